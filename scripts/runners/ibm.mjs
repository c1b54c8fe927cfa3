// IBM Equal Access (npm accessibility-checker-engine) as a pa11y runner, beside pa11y's
// own axe and htmlcs runners (see check-pages.mjs): the engine's browser bundle, ace.js,
// is served to the page like axe's scripts, so it runs offline and under the page's
// Content-Security-Policy, and `run` runs in the page through pa11y's in-page runner,
// which names each element (selector, context) as it does for the other engines.
//
// Only the engine: its wrapper, npm accessibility-checker, downloads rules at run time
// and sends telemetry.
//
// The wrapper's reading of a result's `value` [policy, confidence]:
//   VIOLATION + FAIL       a violation             -> type 'error'
//   VIOLATION + POTENTIAL  a potential violation   -> type 'warning' (a person reviews it)
//   VIOLATION + MANUAL     a manual check          -> type 'notice'
//   RECOMMENDATION + FAIL or POTENTIAL             -> type 'notice'
//   PASS, and INFORMATION                          -> left out
// Notices are dropped unless the job includes them; then the recommendation rules, which
// can only give notices, are not run at all.
//
// Nor are the few rules that the same check already does better elsewhere (see `SKIP`):
// they cost more than half of the engine's time on a page, and would only repeat, as
// items to review, what the keyboard walk, the text spacing walk and axe test for real.

import {createRequire} from 'node:module';

const require = createRequire(import.meta.url);

/** IBM rules left out when the check already covers them: rule -> what covers it, as
 * [kind, name] of the job (a walk, a runner, or an axe tag, which needs axe too). */
const SKIP = {
	// 2.4.7 and 2.4.11: the keyboard walk presses Tab and looks at each focused element.
	style_focus_visible: ['walk', 'keyboard'],
	element_tabbable_visible: ['walk', 'keyboard'],
	element_tabbable_unobscured: ['walk', 'keyboard'],
	// 1.4.12: the spacing walk applies the spacing and looks for text cut off.
	text_spacing_valid: ['walk', 'spacing'],
	// 2.5.8: axe's target-size (tag wcag22aa); 1.4.3: axe's color-contrast.
	target_spacing_sufficient: ['axeTag', 'wcag22aa'],
	text_contrast_sufficient: ['runner', 'axe']
};

/** The runner's own options for a job: which rules not to run. */
function options(job) {
	const has = {
		walk: name => (job.walks || []).includes(name),
		runner: name => job.runners.includes(name),
		axeTag: name => job.runners.includes('axe') && (job.axeTags || []).includes(name)
	};
	return {ibmSkip: Object.keys(SKIP).filter(rule => has[SKIP[rule][0]](SKIP[rule][1]))};
}

/** In the page, after ace.js: check the document against the WCAG 2.2 rule set, only the
 * rules of the standard's levels (A, or A and AA: the engine has no AAA rules), and return
 * pa11y-shaped issues, each with its element. Sent as source: nothing from this module's
 * scope may be used here. */
async function run(options) {
	const {ace} = window;
	const GUIDELINE = 'WCAG_2_2';
	const levels = options.standard === 'WCAG2A' ? ['A'] : ['A', 'AA'];
	const notices = !options.ignore.includes('notice');
	const skip = new Set(options.ibmSkip || []);
	const checker = new ace.Checker();
	const base = checker.getGuidelines().find(guideline => guideline.id === GUIDELINE);
	if (!base) {
		throw new Error(`accessibility-checker-engine has no ${GUIDELINE} rule set`);
	}
	const checkpoints = base.checkpoints.filter(checkpoint => levels.includes(checkpoint.wcagLevel));
	// The rules to run: those that can find a violation (every rule, with notices), and
	// every rule they depend on (a rule runs only on what its dependencies passed).
	const keep = new Set();
	const want = id => {
		const rule = checker.engine.getRule(id);
		if (keep.has(id) || !rule) {
			return;
		}
		keep.add(id);
		for (const dependency of (rule.rule || rule).dependencies || []) {
			want(dependency);
		}
	};
	for (const checkpoint of checkpoints) {
		for (const rule of checkpoint.rules || []) {
			if ((notices || rule.level === 'VIOLATION') && !skip.has(rule.id)) {
				want(rule.id);
			}
		}
	}
	const criteria = {};
	const known = new Set();
	for (const checkpoint of checkpoints) {
		checkpoint.rules = (checkpoint.rules || []).filter(rule => keep.has(rule.id));
		for (const rule of checkpoint.rules) {
			known.add(rule.id);
			(criteria[rule.id] = criteria[rule.id] || []).push({num: checkpoint.num, reasons: rule.reasonCodes});
		}
	}
	// A dependency from outside the chosen checkpoints still needs a level, or the
	// checker throws when it reports: it only informs.
	const extra = [...keep].filter(id => !known.has(id)).map(id => ({id, level: 'INFORMATION', toolkitLevel: '4'}));
	if (extra.length) {
		checkpoints.push({num: '', name: 'Dependencies', wcagLevel: 'A', summary: '', rules: extra});
	}
	const id = 'STRATEGY_SITE';
	checker.addGuideline({...base, id, name: `${base.name} for strategy-site`, checkpoints});
	const report = await checker.check(document, [id]);
	const types = {
		'VIOLATION FAIL': 'error',
		'VIOLATION POTENTIAL': 'warning',
		'VIOLATION MANUAL': 'notice',
		'RECOMMENDATION FAIL': 'notice',
		'RECOMMENDATION POTENTIAL': 'notice',
		'RECOMMENDATION MANUAL': 'notice'
	};
	const issues = [];
	for (const result of report.results) {
		const type = types[result.value.join(' ')];
		if (!type || options.ignore.includes(type)) {
			continue;
		}
		const nums = (criteria[result.ruleId] || [])
			.filter(({num, reasons}) => num && (!reasons || reasons.includes(String(result.reasonId))))
			.map(({num}) => `WCAG ${num}`);
		const {node} = result;
		const element = node && node.nodeType === Node.ELEMENT_NODE ? node :
			(node && node.nodeType === Node.DOCUMENT_NODE ? node.documentElement : node && node.parentElement);
		const nls = (report.nls || {})[result.ruleId] || {};
		issues.push({
			code: result.ruleId,
			type,
			message: result.message,
			element: element || null,
			runnerExtras: {
				criterion: [...new Set(nums)].join(', '),
				reasonId: String(result.reasonId),
				value: result.value,
				description: nls[0] || '',
				helpUrl: checker.engine.getHelp(result.ruleId, result.reasonId) || '',
				xpath: (result.path && result.path.dom) || ''
			}
		});
	}
	return issues;
}

/** The runner, shaped as pa11y's are: `run` goes into the page as source, after `scripts`;
 * `options(job)` adds to the options it is run with. */
export const ibm = {
	run,
	options,
	scripts: [require.resolve('accessibility-checker-engine/ace.js')]
};
