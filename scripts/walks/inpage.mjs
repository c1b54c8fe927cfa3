// Helpers the walks need inside the page: how to name an element in a finding, and
// which elements a keyboard user can reach. `installHelpers` runs in the page (it is
// sent as source, so it must not use anything from this module's scope).

/** Define `window.__walk` in the page, once per page load. */
export function installHelpers() {
	if (window.__walk) {
		return;
	}
	const cssEscape = value => (window.CSS && CSS.escape ? CSS.escape(value) : value);
	/** A short CSS selector that finds `el`: its id when it has one, else a path of up to
	 * four steps with classes and positions. */
	function selector(el) {
		if (!(el instanceof Element)) {
			return '';
		}
		const steps = [];
		for (let node = el; node && node !== document.documentElement && steps.length < 4; node = node.parentElement) {
			if (node.id && document.querySelectorAll(`#${cssEscape(node.id)}`).length === 1) {
				steps.unshift(`#${cssEscape(node.id)}`);
				break;
			}
			let step = node.localName;
			const classes = [...node.classList].slice(0, 2).map(name => `.${cssEscape(name)}`).join('');
			step += classes;
			const parent = node.parentElement;
			if (parent) {
				const same = [...parent.children].filter(child => child.localName === node.localName);
				if (same.length > 1) {
					step += `:nth-of-type(${same.indexOf(node) + 1})`;
				}
			}
			steps.unshift(step);
		}
		return steps.join(' > ');
	}
	/** What a reader would call the element: its label, its text, or its tag. */
	function name(el) {
		const label = el.getAttribute && (el.getAttribute('aria-label') || el.getAttribute('title') || el.getAttribute('alt'));
		const text = (label || el.innerText || el.value || '').replace(/\s+/g, ' ').trim();
		const tag = el.localName === 'a' ? 'link' : el.localName === 'input' ? `${el.type || 'text'} field` : el.localName;
		return text ? `${tag} "${text.slice(0, 50)}"` : tag;
	}
	function context(el) {
		const html = el.outerHTML || '';
		return html.length > 300 ? `${html.slice(0, 300)}...` : html;
	}
	/** Shown at all: laid out, not visibility:hidden, not inside a closed <details>. */
	function rendered(el) {
		if (el.checkVisibility) {
			return el.checkVisibility({visibilityProperty: true, contentVisibilityAuto: true});
		}
		return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
	}
	const FOCUSABLE = 'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex], [contenteditable="true"], audio[controls], video[controls]';
	/** The elements Tab should reach, in document order. */
	function tabbable() {
		return [...document.querySelectorAll(FOCUSABLE)].filter(el =>
			el.tabIndex >= 0 && !el.disabled && !el.closest('[inert]') && rendered(el) &&
			(el.localName !== 'summary' || el.parentElement?.localName === 'details'));
	}
	/** The position: fixed or sticky element that `el` sits in, if any. */
	function pinnedAncestor(el) {
		for (let node = el; node && node !== document.body; node = node.parentElement) {
			const {position} = getComputedStyle(node);
			if (position === 'fixed' || position === 'sticky') {
				return node;
			}
		}
		return null;
	}
	function finding(code, criterion, message, el, fix, type = 'error') {
		return {
			code, type, typeCode: type === 'error' ? 1 : 2, message,
			selector: el ? selector(el) : '', context: el ? context(el) : '',
			runnerExtras: {criterion, fix}
		};
	}
	window.__walk = {selector, name, context, rendered, tabbable, pinnedAncestor, finding};
}

/** Run `fn(args)` in the page with the helpers installed; returns what `fn` returns. */
export async function inPage(page, fn, args = {}) {
	await page.evaluate(installHelpers);
	return page.evaluate(fn, args);
}

/** The walk's findings, each marked with the walk that made them. */
export function tagged(runner, issues) {
	return issues.map(issue => ({...issue, runner}));
}
