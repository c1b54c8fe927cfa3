// Valid HTML: the HTML the server sent for the page (not the DOM the browser repaired
// from it) is validated in Node by html-validate, against its `standard` preset: what the
// HTML standard requires, not a house style. A browser repairs invalid HTML each in its
// own way, and what it builds is what assistive technology reads: an unclosed element, a
// <div> inside a <p>, a duplicate id or a label for nothing change the structure or the
// names a screen reader announces.
//
// Criteria: WCAG 2.2 made 4.1.1 Parsing obsolete (always met), so a validity error has
// no criterion of its own. Each rule names the criterion its fault can break, when there
// is one (CRITERIA): the structure (1.3.1), names and roles (4.1.2), text alternatives
// (1.1.1), input purpose (1.3.5); the rest name none ('') and fail as plain errors.
//
// E-mail HTML (the comms pack's e-bulletins) is told apart by the Outlook conditional
// comments only e-mail carries, and may use the table attributes that Outlook for Windows
// needs to lay it out (it renders with Word, which ignores CSS widths and padding on
// tables); everything else is checked as for a web page.

import {createRequire} from 'node:module';

const require = createRequire(import.meta.url);
const {HtmlValidate, StaticConfigLoader} = require('html-validate');

/** html-validate's static loader resolves its configuration again on every call, and
 * with it the whole table of HTML elements: more than half the time of validating a
 * page. The configuration never changes here, so it is resolved once. */
class ResolvedOnce extends StaticConfigLoader {
	getConfigFor(handle, override) {
		if (override) {
			return super.getConfigFor(handle, override);
		}
		this.resolved = this.resolved || super.getConfigFor(handle);
		return this.resolved;
	}
}

const RULES = {
	// Conformance requirements of the HTML standard that html-validate keeps out of its
	// `standard` preset only because its presets are grouped by theme:
	'input-attributes': 'error', // an attribute the input's type does not take (autocomplete on a checkbox)
	'missing-doctype': 'error', // without one the page renders in quirks mode
	'no-missing-references': 'error', // for, list, aria-labelledby, aria-describedby ... naming no element
	'no-self-closing': 'error' // <div/> is read as <div>: the element stays open
};

/** Attributes e-mail HTML may keep on layout tables (see the top of this file). */
const EMAIL_ATTRIBUTES = {
	table: ['align', 'bgcolor', 'cellpadding', 'cellspacing', 'width'],
	td: ['align', 'bgcolor', 'height', 'valign', 'width'],
	th: ['align', 'bgcolor', 'height', 'valign', 'width']
};
const EMAIL = /<!--\[if [^\]]*mso/i;

const CRITERIA = {
	'area-alt': 'WCAG 1.1.1',
	'aria-label-misuse': 'WCAG 4.1.2',
	'close-order': 'WCAG 1.3.1',
	'element-permitted-content': 'WCAG 1.3.1',
	'element-permitted-occurrences': 'WCAG 1.3.1',
	'element-permitted-order': 'WCAG 1.3.1',
	'element-permitted-parent': 'WCAG 1.3.1',
	'element-required-ancestor': 'WCAG 1.3.1',
	'element-required-content': 'WCAG 1.3.1',
	'input-attributes': 'WCAG 4.1.2',
	'multiple-labeled-controls': 'WCAG 4.1.2',
	'no-abstract-role': 'WCAG 4.1.2',
	'no-dup-id': 'WCAG 4.1.2',
	'no-missing-references': 'WCAG 4.1.2',
	'no-multiple-main': 'WCAG 1.3.1',
	'no-self-closing': 'WCAG 1.3.1',
	'valid-autocomplete': 'WCAG 1.3.5',
	'valid-for': 'WCAG 4.1.2',
	'void-content': 'WCAG 1.3.1'
};

const FIXES = {
	'attribute-allowed-values': 'give the attribute one of the values the HTML standard allows',
	'attribute-misuse': 'remove the attribute, or add the attribute it depends on',
	'close-attr': 'remove the attributes from the closing tag',
	'close-order': 'close every element, innermost first, and only once',
	deprecated: 'replace the obsolete element with its modern equivalent',
	'doctype-html': 'start the page with <!doctype html>',
	'element-name': 'use an element the HTML standard defines, or a custom element with a hyphen',
	'element-permitted-content': 'move the element to where it is allowed, or use an element allowed here (a <div> may not go inside a <span> or a <p>)',
	'element-permitted-occurrences': 'keep only one of these elements here',
	'element-permitted-order': 'put the elements in the order the HTML standard gives',
	'element-permitted-parent': 'move the element into a parent it is allowed in',
	'element-required-ancestor': 'put the element inside the element it belongs in',
	'element-required-attributes': 'add the attribute the element needs',
	'element-required-content': 'add the child element it needs',
	'input-attributes': 'remove the attribute: this type of input does not take it',
	'missing-doctype': 'start the page with <!doctype html>',
	'multiple-labeled-controls': 'let each <label> label one form control',
	'no-deprecated-attr': 'remove the obsolete attribute, and style the element with CSS',
	'no-dup-attr': 'keep one of the duplicate attributes',
	'no-dup-id': 'make every id on the page unique',
	'no-missing-references': 'point the attribute at an id that is on the page, or remove it',
	'no-multiple-main': 'keep one visible <main> on the page',
	'no-raw-characters': 'write & as &amp; (and < as &lt;)',
	'no-self-closing': 'close the element with an end tag, not with />',
	'unrecognized-char-ref': 'use a character reference the HTML standard defines, or the character itself',
	'valid-autocomplete': 'use an autocomplete value the HTML standard defines',
	'valid-for': 'point the label\'s for at a form control that can be labelled (not a hidden input)',
	'valid-id': 'give the element an id with no spaces',
	'void-content': 'remove the end tag: this element has none'
};

let validators = null;

/** The two validators, made once per process: for web pages, and for e-mail HTML. */
function validatorFor(source) {
	if (!validators) {
		const standard = {extends: ['html-validate:standard'], rules: RULES};
		const emailElements = Object.fromEntries(Object.entries(EMAIL_ATTRIBUTES).map(([tag, names]) => [
			tag, {attributes: Object.fromEntries(names.map(name => [name, {deprecated: false}]))}
		]));
		validators = {
			page: new HtmlValidate(new ResolvedOnce(standard)),
			email: new HtmlValidate(new ResolvedOnce({...standard, elements: ['html5', emailElements]}))
		};
	}
	return EMAIL.test(source) ? validators.email : validators.page;
}

/** The source line of a message, trimmed to about 300 characters around its column. */
function lineContext(lines, line, column) {
	const text = (lines[line - 1] || '').replace(/\s+$/, '');
	const start = text.length - text.trimStart().length;
	if (text.length - start <= 300) {
		return text.slice(start);
	}
	const from = Math.max(start, column - 1 - 100);
	const to = Math.min(text.length, from + 300);
	return `${from > start ? '...' : ''}${text.slice(from, to)}${to < text.length ? '...' : ''}`;
}

/** Each of html-validate's messages on `source` as a pa11y-shaped issue. */
export async function validateHtml(source) {
	if (!source) {
		return [];
	}
	const report = await validatorFor(source).validateString(source);
	const lines = source.split(/\r\n|\r|\n/);
	const issues = [];
	for (const result of report.results) {
		for (const message of result.messages) {
			const type = message.severity >= 2 ? 'error' : 'warning';
			issues.push({
				code: message.ruleId,
				type,
				typeCode: type === 'error' ? 1 : 2,
				message: `${message.message} (line ${message.line} of the HTML)`,
				selector: message.selector || '',
				context: lineContext(lines, message.line, message.column),
				runner: 'html-validate',
				runnerExtras: {
					criterion: CRITERIA[message.ruleId] || '',
					fix: FIXES[message.ruleId] || 'make the HTML valid as the message says',
					helpUrl: message.ruleUrl || '',
					line: message.line,
					column: message.column
				}
			});
		}
	}
	return issues;
}

/** The walk: the page's own HTML, as the server sent it, validated. */
export async function checkHtml(_page, _job, {source}) {
	return validateHtml(source);
}
