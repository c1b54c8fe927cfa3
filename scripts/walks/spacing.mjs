// WCAG 1.4.12 Text spacing: a reader may set line height 1.5, paragraph spacing 2 em,
// letter spacing 0.12 em and word spacing 0.16 em, and no text may be cut off or
// overlap. The spacing is applied, the boxes that start cutting their text off (or
// spilling it over what follows) are found, and the page is put back.

import {inPage, tagged} from './inpage.mjs';

const FIX = 'let the box grow with its text: no fixed height or width on boxes with text (use min-height), and no overflow: hidden on them';

function measureSpacing({fix}) {
	const {finding, rendered} = window.__walk;
	const hasText = el => [...el.childNodes].some(node => node.nodeType === Node.TEXT_NODE && node.textContent.trim()) ||
		(el.innerText || '').trim().length > 0;
	const boxes = [...document.body.querySelectorAll('*')].filter(el => el.clientWidth > 2 && el.clientHeight > 2);
	const measure = el => {
		const style = getComputedStyle(el);
		const hidden = [style.overflowX, style.overflowY].some(value => value === 'hidden' || value === 'clip') || style.textOverflow === 'ellipsis';
		return {
			hidden,
			overX: el.scrollWidth > el.clientWidth + 1,
			overY: el.scrollHeight > el.clientHeight + 1,
			height: el.clientHeight
		};
	};
	const before = new Map(boxes.map(el => [el, measure(el)]));
	const sheet = document.createElement('style');
	sheet.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
	document.head.append(sheet);
	const found = [];
	const flagged = [];
	try {
		for (const el of boxes) {
			const was = before.get(el);
			const now = measure(el);
			const grewOut = (now.overX && !was.overX) || (now.overY && !was.overY);
			// Only the outermost box of each problem: the boxes inside it say the same.
			if (!grewOut || !rendered(el) || !hasText(el) || flagged.some(box => box.contains(el))) {
				continue;
			}
			if (now.hidden) {
				flagged.push(el);
				found.push(finding('text-cut-off', 'WCAG 1.4.12',
					'With the text spacing a reader may set, this box cuts its text off', el, fix));
			} else if (now.overY && now.height <= was.height) {
				flagged.push(el);
				found.push(finding('text-overlaps', 'WCAG 1.4.12',
					'With the text spacing a reader may set, this text spills out of its box over what follows', el, fix));
			}
		}
	} finally {
		sheet.remove();
	}
	return found;
}

export async function checkSpacing(page) {
	const found = await inPage(page, measureSpacing, {fix: FIX});
	return tagged('spacing', found.slice(0, 10));
}
