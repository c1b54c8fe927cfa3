// The checks of how people use a page, run in the tab that the engines just checked
// (see check-pages.mjs). Each walk takes the tab, the job and what the page answered,
// and returns pa11y-shaped issues:
//   {code, type: 'error' | 'warning', message, selector, context, runner,
//    runnerExtras: {criterion: 'WCAG 1.4.10', fix: '...'}}
// The walks run at three widths: the desktop width the engines used, a phone's, and
// the reflow width (320 px); the tab is resized twice, then put back for the next page.

import {checkHtml} from './html.mjs';
import {walkKeyboard} from './keyboard.mjs';
import {checkReflow} from './reflow.mjs';
import {checkSpacing} from './spacing.mjs';

const STAGES = [
	{viewport: job => job.viewport, walks: {html: checkHtml, spacing: checkSpacing, keyboard: walkKeyboard}},
	{viewport: job => job.phoneViewport, phone: true, walks: {keyboard: walkKeyboard}},
	{viewport: job => ({width: job.reflowWidth, height: job.phoneViewport.height}), walks: {reflow: checkReflow}}
];

/** Every walk the job names, on the page loaded in `page`; `answer` holds the HTML the
 * server sent (`source`). */
export async function runWalks(page, job, answer) {
	const issues = [];
	let resized = false;
	try {
		for (const stage of STAGES) {
			const names = Object.keys(stage.walks).filter(name => job.walks.includes(name));
			if (!names.length) {
				continue;
			}
			if (stage.viewport(job) !== job.viewport) {
				await page.setViewport(stage.viewport(job));
				resized = true;
			}
			for (const name of names) {
				issues.push(...await stage.walks[name](page, job, answer, Boolean(stage.phone)));
			}
		}
	} finally {
		if (resized) {
			await page.setViewport(job.viewport);
		}
	}
	return issues;
}
