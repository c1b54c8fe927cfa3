// Walk the page with the Tab key, as a keyboard user does, at desktop and phone widths.
// Every link, button and field must be reached (WCAG 2.1.1), in reading order (2.4.3),
// show where focus is (2.4.7), not be hidden under a sticky header or footer (2.4.11);
// focus must never get stuck (2.1.2), and Tab must not open something that hides the
// page (3.2.1 On Focus).
//
// The presses are real key events (Input.dispatchKeyEvent), sent one after another
// without waiting for each answer: the page handles them in order, and a listener in
// the page measures the focused element at each press, before Tab moves focus on.

import {inPage, tagged} from './inpage.mjs';

const TAB = {key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, nativeVirtualKeyCode: 9};

/** In the page: note what Tab should reach and how each element looks unfocused, and
 * measure the focused element whenever Tab is about to move on. */
function startWalk() {
	const {tabbable, selector, pinnedAncestor} = window.__walk;
	// Start from the top, as a reader arriving on the page does: Tab goes on from where
	// focus last was, so put it on a mark at the very start (removed when the walk ends).
	const start = document.createElement('span');
	start.tabIndex = -1;
	document.body.prepend(start);
	start.focus({preventScroll: true});
	window.scrollTo(0, 0);
	// Transitions would show the focus style half-way (or not yet) when it is measured.
	const still = document.createElement('style');
	still.textContent = '*, *::before, *::after { transition: none !important; animation: none !important; }';
	document.head.append(still);
	// ...and any already running (a resize to the phone width starts some) end now.
	for (const animation of document.getAnimations()) {
		try {
			animation.finish();
		} catch {}
	}
	const STYLE = ['outline-style', 'outline-width', 'outline-color', 'box-shadow', 'background-color', 'color',
		'text-decoration-line', 'text-decoration-thickness', 'border-top-color', 'border-bottom-color',
		'border-bottom-width', 'border-top-width'];
	const look = el => {
		const mine = getComputedStyle(el);
		const own = STYLE.map(name => mine.getPropertyValue(name));
		const parent = el.parentElement ? getComputedStyle(el.parentElement) : null;
		return [...own, ...(parent ? STYLE.map(name => parent.getPropertyValue(name)) : [])].join('|');
	};
	const list = tabbable();
	const index = new Map(list.map((el, i) => [el, i]));
	const unfocused = new Map(list.map(el => [el, look(el)]));
	const w = window.innerWidth;
	const h = window.innerHeight;
	/** A fixed element covering most of the window, at its centre, if any (the element
	 * hit there is looked up again only when it changes). */
	let lastHit = null;
	let lastCover = null;
	const cover = () => {
		const hit = document.elementFromPoint(w / 2, h / 2);
		if (hit !== lastHit) {
			lastHit = hit;
			const pinned = hit && pinnedAncestor(hit);
			const box = pinned && pinned.getBoundingClientRect();
			lastCover = box && box.width * box.height >= 0.5 * w * h ? pinned : null;
		}
		return lastCover;
	};
	const coveredAtStart = cover();
	const steps = [];
	const measure = () => {
		const el = document.activeElement;
		if (!el || el === document.body || el === document.documentElement) {
			steps.push(null);
			return;
		}
		const inView = () => {
			const box = el.getBoundingClientRect();
			const points = [[0.5, 0.5], [0.15, 0.15], [0.85, 0.15], [0.15, 0.85], [0.85, 0.85]].map(([x, y]) =>
				[box.left + box.width * x, box.top + box.height * y]).filter(([x, y]) => x >= 0 && y >= 0 && x < w && y < h);
			return {box, points};
		};
		let {box, points} = inView();
		if (!points.length) {
			// A browser scrolls what gets focus into view; a page script (Material's sidebar)
			// may have scrolled its menu back since. Scroll it as focus did, and look again:
			// what no scrolling can show (moved off the page, clipped) is still off screen.
			el.scrollIntoView({block: 'nearest', inline: 'nearest'});
			({box, points} = inView());
		}
		// The centre first: most focused elements are in plain view, and one look is enough.
		const hits = [];
		let seen = false;
		for (const [x, y] of points) {
			const hit = document.elementFromPoint(x, y);
			hits.push(hit);
			if (hit && (hit === el || el.contains(hit) || hit.contains(el))) {
				seen = true;
				break;
			}
		}
		const blocker = seen ? null : hits.find(hit => hit && pinnedAncestor(hit));
		const covering = cover();
		steps.push({
			i: index.has(el) ? index.get(el) : -1,
			selector: selector(el),
			changed: unfocused.has(el) ? look(el) !== unfocused.get(el) : true,
			inWindow: points.length > 0 && box.width > 0 && box.height > 0,
			seen,
			blocker: blocker ? selector(pinnedAncestor(blocker)) : '',
			covered: covering && covering !== coveredAtStart ? selector(covering) : ''
		});
	};
	const onKey = event => {
		if (event.key === 'Tab') {
			measure();
		}
	};
	window.addEventListener('keydown', onKey, true);
	window.__keyboardWalk = {list, steps, measure, stop() {
		window.removeEventListener('keydown', onKey, true);
		still.remove();
		start.remove();
	}};
	return list.length;
}

/** In the page: the findings of the walk just done, for `width`. */
function endWalk({width, phone}) {
	const {finding, name} = window.__walk;
	const walk = window.__keyboardWalk;
	walk.measure(); // where the last press left focus
	walk.stop();
	const where = phone ? `on a phone (${width} px wide)` : `at ${width} px wide`;
	// steps[0] is the state before the first press; step k is where press k left focus.
	const visits = walk.steps.slice(1);
	const found = [];
	const seen = new Set();
	let wrapped = false;
	let last = -1;
	let firstKey = null;
	for (let k = 0; k < visits.length; k++) {
		const visit = visits[k];
		if (!visit) {
			continue;
		}
		const key = visit.i >= 0 ? `#${visit.i}` : visit.selector;
		if (firstKey === null) {
			firstKey = key;
		} else if (key === firstKey) {
			wrapped = true;
			break;
		}
		const el = visit.i >= 0 ? walk.list[visit.i] : document.querySelector(visit.selector);
		const step = `press ${k + 1} of Tab ${where}`;
		const label = el ? name(el) : visit.selector;
		if (seen.has(key)) {
			found.push(finding('keyboard-trap', 'WCAG 2.1.2',
				`Focus gets stuck: ${step} comes back to ${label} before reaching the rest of the page`,
				el, 'do not move focus back with script on Tab; let Tab leave every widget'));
			break;
		}
		seen.add(key);
		if (visit.covered) {
			found.push(finding('focus-opens-overlay', 'WCAG 3.2.1',
				`${step} lands on ${label}, and that opens ${visit.covered} over the page`,
				el, 'open it only when the reader asks (a button press), never when something gets focus'));
		}
		if (!visit.changed) {
			found.push(finding('focus-not-visible', 'WCAG 2.4.7',
				`${step} lands on ${label}, but it looks the same as when it is not focused`,
				el, 'give it a :focus-visible style, e.g. outline: 2px solid currentColor; outline-offset: 2px'));
		}
		if (!visit.inWindow) {
			found.push(finding('focus-off-screen', 'WCAG 2.4.7',
				`${step} lands on ${label}, which is not on the screen`,
				el, 'hide it with display: none or visibility: hidden while it is not shown, so Tab skips it'));
		} else if (!visit.seen && visit.blocker) {
			found.push(finding('focus-obscured', 'WCAG 2.4.11',
				`${step} lands on ${label}, hidden under ${visit.blocker}`,
				el, 'add scroll-padding-top (or -bottom) the height of the sticky part, or do not make it sticky'));
		}
		if (visit.i >= 0 && visit.i < last) {
			found.push(finding('focus-order', 'WCAG 2.4.3',
				`${step} goes back up the page to ${label}`,
				el, 'remove positive tabindex values and put the HTML in the order it is read'));
		}
		last = Math.max(last, visit.i);
	}
	// A label that works a hidden checkbox is a control too: Material's toggles are.
	// Without a tabindex only a mouse or a finger can use it.
	for (const label of document.querySelectorAll('label[for]')) {
		const control = document.getElementById(label.htmlFor);
		const box = label.getBoundingClientRect();
		if (!control || !/^(checkbox|radio)$/.test(control.type) || window.__walk.rendered(control) ||
			label.tabIndex >= 0 || label.querySelector('a[href], button, input, [tabindex]') ||
			label.closest('[aria-hidden="true"]') || // a shortcut the keyboard has another way
			!box.width || !box.height || !window.__walk.rendered(label) ||
			box.right < 0 || box.left > innerWidth || box.bottom < 0 || box.top > innerHeight * 50) {
			continue;
		}
		found.push(finding('mouse-only', 'WCAG 2.1.1',
			`${name(label)} ${where} works with a mouse or a finger, but the keyboard cannot reach it`,
			label, 'give the label tabindex="0" and let Enter and Space work it, or use a <button>'));
	}
	const reached = new Set([...seen].filter(key => key.startsWith('#')).map(key => Number(key.slice(1))));
	if (wrapped || visits.length) {
		walk.list.forEach((el, i) => {
			if (!reached.has(i) && found.every(f => f.code !== 'keyboard-trap')) {
				found.push(finding('not-reached', 'WCAG 2.1.1',
					`Tab ${where} never reaches ${name(el)}`,
					el, 'make it a real link, button or field, or remove a tabindex="-1" from it'));
			}
		});
	}
	delete window.__keyboardWalk;
	return found;
}

async function walkAt(page, cdp, width, phone) {
	const count = await inPage(page, startWalk);
	const presses = Math.min(count + Math.ceil(count / 5) + 4, 800);
	const sent = [];
	for (let k = 0; k < presses; k++) {
		sent.push(cdp.send('Input.dispatchKeyEvent', {type: 'rawKeyDown', ...TAB}));
		sent.push(cdp.send('Input.dispatchKeyEvent', {type: 'keyUp', ...TAB}));
	}
	await Promise.all(sent);
	return page.evaluate(endWalk, {width, phone});
}

const sessions = new WeakMap();

/** The tab's own DevTools session for key presses, opened once per tab. */
async function sessionOf(page) {
	if (!sessions.has(page)) {
		sessions.set(page, await page.createCDPSession());
	}
	return sessions.get(page);
}

/** The walk at the tab's present width (`phone` says which of the job's widths it is). */
export async function walkKeyboard(page, job, _answer, phone = false) {
	const width = phone ? job.phoneViewport.width : job.viewport.width;
	return tagged('keyboard', await walkAt(page, await sessionOf(page), width, phone));
}
