// WCAG 1.4.10 Reflow: at 320 CSS px wide (1280 px at 400% zoom) a page must not scroll
// sideways. A wide table may scroll inside its own box, if a keyboard user can reach
// that box (so it scrolls with the arrow keys) and a screen reader can name it.

import {inPage, tagged} from './inpage.mjs';

const FIX_PAGE = 'let it wrap or shrink at 320 px: max-width: 100%, overflow-wrap: anywhere for long words and addresses, and no fixed widths';
const FIX_REGION = 'give the scrolling box role="region", a name (aria-label, or aria-labelledby its caption) and tabindex="0"';

/** In the page: what makes it wider than the window, and scrolling boxes nobody can
 * reach or name. */
function findOverflow({width, fixPage, fixRegion}) {
	const {finding, rendered} = window.__walk;
	const found = [];
	const root = document.scrollingElement || document.documentElement;
	const scrollers = [];
	for (const el of document.body.querySelectorAll('*')) {
		const style = getComputedStyle(el);
		if (/(auto|scroll)/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1 && rendered(el)) {
			scrollers.push(el);
		}
	}
	if (root.scrollWidth > width + 1) {
		// The widest elements whose parent fits (or is the page): the causes, not every
		// ancestor of them.
		const clipped = el => {
			for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
				const {overflowX} = getComputedStyle(node);
				if (overflowX !== 'visible') {
					return true;
				}
			}
			return false;
		};
		const causes = [];
		for (const el of document.body.querySelectorAll('*')) {
			const box = el.getBoundingClientRect();
			if (box.right <= width + 1 || box.width === 0 || !rendered(el) || clipped(el)) {
				continue;
			}
			if (!causes.some(cause => cause.contains(el))) {
				causes.push(el);
			}
		}
		const shown = causes.filter(el => !causes.some(other => other !== el && other.contains(el))).slice(0, 3);
		for (const el of shown.length ? shown : [document.body]) {
			const right = Math.round(el.getBoundingClientRect().right);
			found.push(finding(
				'page-scrolls-sideways', 'WCAG 1.4.10',
				`At ${width} px wide the page scrolls sideways: this element reaches ${right} px`,
				el, fixPage
			));
		}
	}
	for (const el of scrollers) {
		const named = el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
		const reachable = el.tabIndex >= 0 || el.querySelector('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])');
		if (!named || !reachable) {
			found.push(finding(
				'scroll-region', 'WCAG 1.4.10',
				`At ${width} px wide this box scrolls sideways but ${named ? 'cannot be reached with the keyboard' : 'has no name'}`,
				el, fixRegion
			));
		}
	}
	return found;
}

/** The page at the reflow width (the tab is already set to it). */
export async function checkReflow(page, job) {
	const args = {width: job.reflowWidth, fixPage: FIX_PAGE, fixRegion: FIX_REGION};
	return tagged('reflow', await inPage(page, findOverflow, args));
}
