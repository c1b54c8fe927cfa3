#!/usr/bin/env node
// Check many pages with pa11y's runners in ONE headless Chromium and a pool of reused tabs.
//
// Usage: node check-pages.mjs JOB.json
// The job names the browser, the pages and the runners' options (see
// strategy_site/a11y/engine.py). One JSON line per page goes to stdout as soon as
// the page is checked:
//   {"id": ..., "issues": [...]}   or   {"id": ..., "error": "why it could not be checked"}
// Anything else (no browser, a bad job) goes to stderr, with exit status 1.
//
// Why not pa11y-ci: it opens a new incognito context per page, waits for 500 ms of
// network silence on each, passes one `rules` list to every runner (HTML_CodeSniffer
// throws on axe's rule ids, so axe's WCAG 2.2 rules cannot be turned on), and
// re-compiles axe (560 KB) from a string on every page. Here each tab is reused, a
// static page counts as loaded at its `load` event, each runner gets its own rules,
// and the runners' scripts load by URL, answered by the tab itself, so Chromium compiles
// them once and takes them from its code cache after that (they are served under the
// page's own origin, so that its Content-Security-Policy, script-src 'self', lets them
// run: the check runs under the policy, not around it). Each page costs one call
// into it, not one per script; axe builds node details only for the results pa11y
// reads; and notices, which pa11y would drop, are dropped before pa11y describes
// them. The issues are pa11y's own: its in-page runner (pa11y/lib/runner.js) turns
// each finding into an issue.

import {readFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import path from 'node:path';
import puppeteer from 'puppeteer';
import {ibm} from './runners/ibm.mjs';
import {runWalks} from './walks/index.mjs';

const require = createRequire(import.meta.url);
const PA11Y_VERSION = require('pa11y/package.json').version;
// pa11y's runners, and IBM Equal Access's engine as one of the same shape (runners/ibm.mjs).
const RUNNERS = {axe: require('pa11y/lib/runners/axe.js'), htmlcs: require('pa11y/lib/runners/htmlcs.js'), ibm};

/** The folder, on every checked page's own origin, that the check's scripts are served
 * from: every page carries a Content-Security-Policy allowing only its own origin's
 * scripts, and the check must run under that policy, not around it. No site has it. */
const SCRIPTS_FOLDER = '/__strategy_site_checks__';

/** `scripts` (name -> body) as responses for requests under SCRIPTS_FOLDER, and their
 * paths in order. Each tab answers those requests itself (see `newTab`), with a long
 * max-age, so Chromium compiles each script once and takes it from its code cache on
 * every later page. */
function serveScripts(scripts) {
	const bodies = new Map(scripts.map(([name, body], index) => [
		`${SCRIPTS_FOLDER}/${index}/${name}`,
		Buffer.from(body).toString('base64')
	]));
	return {bodies, urls: [...bodies.keys()]};
}

/** Answer the tab's requests for the check's scripts (and only those) from `bodies`. */
async function answerScripts(cdp, bodies) {
	cdp.on('Fetch.requestPaused', ({requestId, request}) => {
		const body = bodies.get(new URL(request.url).pathname);
		cdp.send('Fetch.fulfillRequest', {
			requestId,
			responseCode: body ? 200 : 404,
			responseHeaders: [
				{name: 'Content-Type', value: 'text/javascript; charset=utf-8'},
				{name: 'Cache-Control', value: 'public, max-age=3600'}
			],
			body: body || ''
		}).catch(() => {});
	});
	await cdp.send('Fetch.enable', {patterns: [{urlPattern: `*${SCRIPTS_FOLDER}/*`}]});
}

/** Before any of the page's own scripts: note everything its policy blocks. */
function watchPolicy() {
	window.__strategyViolations = [];
	document.addEventListener('securitypolicyviolation', event => {
		const blocked = event.blockedURI || 'an inline script or style';
		window.__strategyViolations.push(`${event.effectiveDirective} blocked ${blocked}`);
	});
}

/** pa11y's glue for one runner, wrapped so that issues of an ignored type (notices, by
 * default) are dropped before pa11y's runner describes each one (outerHTML, selector),
 * work it would throw away. */
function glue(name) {
	return `window.__pa11y.runners[${JSON.stringify(name)}] = (run => async (options, pa11y) =>
	(await run(options, pa11y)).filter(issue => !options.ignore.includes(issue.type)))(${RUNNERS[name].run.toString()});`;
}

/** Every script a check loads into a page, in order: pa11y's in-page runner, then each
 * runner's vendor scripts (axe.min.js, HTMLCS.js, ace.js) and its glue. */
async function prepareScripts(names) {
	const scripts = [['runner.js', await readFile(require.resolve('pa11y/lib/runner.js'))]];
	for (const name of names) {
		for (const file of RUNNERS[name].scripts) {
			scripts.push([path.basename(file), await readFile(file)]);
		}
		scripts.push([`${name}-glue.js`, glue(name)]);
	}
	return serveScripts(scripts);
}

/** In the page, in one call (each call into the page costs a round trip): load the
 * scripts, then run each runner through pa11y, as pa11y does. axe also runs its rules
 * tagged `axeTags` (wcag22aa -> target-size), builds node details only for the
 * results pa11y reads, and each of its issues carries the rule's tags (so a finding
 * can name its WCAG criterion). */
async function runInPage({scripts, runs, axeTags}) {
	// What the page's policy blocked while it loaded: the page does not work as published.
	// eslint-disable-next-line no-underscore-dangle
	const violations = [...new Set(window.__strategyViolations || [])];
	if (violations.length) {
		return {violations};
	}
	// All at once, so they download and compile side by side; `async = false` still
	// runs them in order.
	await Promise.all(scripts.map(url => new Promise((resolve, reject) => {
		const script = document.createElement('script');
		script.src = url;
		script.async = false;
		script.onload = () => {
			script.remove();
			resolve();
		};
		script.onerror = () => {
			script.remove();
			reject(new Error(`could not load ${url}`));
		};
		document.head.append(script);
	})));
	// Checked mid-transition, a page gives different findings from run to run (a colour
	// half faded in reads as transparent): first finish every CSS transition and animation,
	// so the page is checked as a reader sees it once it has settled. An endless
	// animation cannot finish, and is checked as it is.
	for (const animation of document.getAnimations()) {
		try {
			animation.finish();
		} catch {}
	}
	const issues = [];
	for (const {name, options} of runs) {
		let tags = {};
		if (name === 'axe') {
			const {axe} = window;
			tags = Object.fromEntries(axe.getRules().map(rule => [rule.ruleId, rule.tags]));
			options.rules = axeTags.length ? axe.getRules(axeTags).map(rule => rule.ruleId) : [];
			const run = axe.run.bind(axe);
			axe.run = (context, axeOptions) => run(context, {
				...axeOptions,
				resultTypes: ['violations', 'incomplete']
			});
		}
		// eslint-disable-next-line no-underscore-dangle
		const result = await window.__pa11y.run(options);
		issues.push(...result.issues.map(issue => name === 'axe' ?
			{...issue, runnerExtras: {...issue.runnerExtras, tags: tags[issue.code] || []}} :
			issue));
	}
	return {issues};
}

function runOptions(job, name) {
	return {
		pa11yVersion: PA11Y_VERSION,
		hideElements: null,
		ignore: job.ignore,
		levelCapWhenNeedsReview: job.levelCapWhenNeedsReview,
		rootElement: null,
		rules: [],
		runners: [name],
		standard: job.standard,
		wait: 0,
		...RUNNERS[name].options?.(job)
	};
}

/** A request of the page that failed: a finding like any other (a page that asks for
 * what is not there is broken for every reader, and its console fills with errors). */
function failedRequest(request, why) {
	return {
		code: 'request-failed', type: 'error', typeCode: 1, runner: 'requests',
		message: `The page asked for ${request.url()} and got ${why}`,
		selector: '', context: `${request.method()} ${request.url()}`,
		runnerExtras: {
			criterion: '',
			fix: 'link only to files the site publishes; for a feed link (rel="alternate"), see site_overrides'
		}
	};
}

/** Requests the browser makes of its own, not the page: a page without an icon link
 * gets /favicon.ico asked for it. */
const BROWSER_OWN = new Set(['/favicon.ico']);

/** Note every request of the page loaded in `page` that fails, from now on. */
function watchRequests(page, job) {
	const failed = [];
	const ours = url => url.includes(SCRIPTS_FOLDER) || BROWSER_OWN.has(new URL(url).pathname);
	const blocked = job.blockUrls.map(pattern => new RegExp(`^${pattern.split('*').map(part =>
		part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`));
	const onFailed = request => {
		const why = request.failure()?.errorText || 'no answer';
		const isBlocked = blocked.some(pattern => pattern.test(request.url()));
		if (!isBlocked && !ours(request.url()) && why !== 'net::ERR_ABORTED') {
			failed.push(failedRequest(request, why));
		}
	};
	const onResponse = response => {
		if (response.status() >= 400 && !ours(response.url())) {
			failed.push(failedRequest(response.request(), `HTTP ${response.status()}`));
		}
	};
	page.on('requestfailed', onFailed);
	page.on('response', onResponse);
	return {
		failed,
		stop() {
			page.off('requestfailed', onFailed);
			page.off('response', onResponse);
		}
	};
}

/** Load one page in `page` and run every runner on it. */
async function checkPage(job, plan, page, url) {
	const requests = watchRequests(page, job);
	try {
		const outcome = await loadAndCheck(job, plan, page, url);
		return outcome.issues ? {issues: [...outcome.issues, ...requests.failed]} : outcome;
	} finally {
		requests.stop();
	}
}

async function loadAndCheck(job, plan, page, url) {
	const response = await page.goto(url, {waitUntil: 'load', timeout: job.timeoutMs});
	if (!response) {
		return {error: 'no response'};
	}
	if (response.status() !== 200) {
		return {error: `HTTP ${response.status()} ${response.statusText()}`.trim()};
	}
	const source = job.walks.includes('html') ? await response.text() : '';
	const {issues, violations} = await page.evaluate(runInPage, plan);
	if (violations) {
		return {error: `its Content-Security-Policy blocked what it needs: ${violations.join('; ')}`};
	}
	return {issues: [...issues, ...await runWalks(page, job, {source})]};
}

function deadline(ms) {
	let timer;
	const promise = new Promise((_resolve, reject) => {
		timer = setTimeout(() => reject(new Error(`not checked within ${ms / 1000} s`)), ms);
	});
	return {promise, cancel: () => clearTimeout(timer)};
}

/** A tab set up for checking: the first worker takes the blank tab Chromium opens with,
 * which saves a one-page check the cost of opening another. */
async function newTab(browser, job, bodies, blank = null) {
	const page = blank || await browser.newPage();
	await page.setViewport(job.viewport);
	await page.evaluateOnNewDocument(watchPolicy);
	const cdp = await page.createCDPSession();
	await answerScripts(cdp, bodies);
	// Every tab behaves as the one in front: tabs check pages side by side, and a tab
	// behind does not scroll a focused link into view (the keyboard walk would find
	// a link in a long menu "not on the screen" that a reader's browser scrolls to).
	await cdp.send('Emulation.setFocusEmulationEnabled', {enabled: true});
	if (job.blockUrls.length) {
		await cdp.send('Network.enable');
		await cdp.send('Network.setBlockedURLs', {urls: job.blockUrls});
	}
	return page;
}

/** One worker: checks the next page of the queue in its own tab until the queue is empty. */
async function worker(job, plan, bodies, browser, queue, blank) {
	let page = await newTab(browser, job, bodies, blank);
	for (let next = queue.shift(); next; next = queue.shift()) {
		const limit = deadline(job.timeoutMs);
		let line;
		const work = checkPage(job, plan, page, next.url);
		work.catch(() => {}); // after a timeout its late failure must not end the process
		try {
			const outcome = await Promise.race([work, limit.promise]);
			line = {id: next.id, ...outcome};
		} catch (error) {
			line = {id: next.id, error: String(error?.message || error)};
			// A tab that timed out or crashed may be stuck: go on in a new one.
			await page.close().catch(() => {});
			page = await newTab(browser, job, bodies);
		} finally {
			limit.cancel();
		}
		process.stdout.write(`${JSON.stringify(line)}\n`);
	}
	await page.close().catch(() => {});
}

async function main() {
	const job = JSON.parse(await readFile(process.argv[2], 'utf-8'));
	job.axeTags = job.axeTags || [];
	job.blockUrls = job.blockUrls || [];
	job.walks = job.walks || [];
	// pa11y's own option handling: unwanted issue types are ignored by type.
	job.ignore = [
		...(job.includeWarnings ? [] : ['warning']),
		...(job.includeNotices ? [] : ['notice'])
	];
	const scripts = await prepareScripts(job.runners);
	const plan = {
		scripts: scripts.urls,
		runs: job.runners.map(name => ({name, options: runOptions(job, name)})),
		axeTags: job.axeTags
	};
	const browser = await puppeteer.launch({executablePath: job.chromium, args: job.args});
	try {
		const queue = [...job.pages];
		const workers = Math.max(1, Math.min(job.concurrency, queue.length));
		const [blank] = await browser.pages();
		await Promise.all(Array.from(
			{length: workers},
			(_, index) => worker(job, plan, scripts.bodies, browser, queue, index === 0 ? blank : null)
		));
	} finally {
		await browser.close();
	}
}

main().catch(error => {
	process.stderr.write(`Error: ${error?.message || error}\n`);
	process.exit(1);
});
