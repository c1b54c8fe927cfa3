// The checks of how people use a page, run in the tab that the engines just checked
// (see check-pages.mjs). Each walk takes the tab, the job and what the page answered,
// and returns pa11y-shaped issues:
//   {code, type: 'error' | 'warning', message, selector, context, runner,
//    runnerExtras: {criterion: 'WCAG 1.4.10', fix: '...'}}
// The walks that change the tab (its width, its styles) put it back as they found it,
// so the order below is only the order of the report.

import {checkHtml} from './html.mjs';
import {walkKeyboard} from './keyboard.mjs';
import {checkReflow} from './reflow.mjs';
import {checkSpacing} from './spacing.mjs';

const WALKS = {
	html: checkHtml,
	spacing: checkSpacing,
	keyboard: walkKeyboard,
	reflow: checkReflow
};

/** Every walk the job names, on the page loaded in `page`; `answer` holds the HTML the
 * server sent (`source`). */
export async function runWalks(page, job, answer) {
	const issues = [];
	for (const name of Object.keys(WALKS)) {
		if (job.walks.includes(name)) {
			issues.push(...await WALKS[name](page, job, answer));
		}
	}
	return issues;
}
