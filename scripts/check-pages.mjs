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
// and the runners' scripts load by URL from a loopback server, so Chromium compiles
// them once and takes them from its code cache after that. The issues are pa11y's
// own: its in-page runner (pa11y/lib/runner.js) turns each finding into an issue.

import {readFile} from 'node:fs/promises';
import {createServer} from 'node:http';
import {createRequire} from 'node:module';
import path from 'node:path';
import puppeteer from 'puppeteer';

const require = createRequire(import.meta.url);
const PA11Y_VERSION = require('pa11y/package.json').version;
const RUNNERS = {axe: require('pa11y/lib/runners/axe.js'), htmlcs: require('pa11y/lib/runners/htmlcs.js')};

/** In the page, once axe is loaded: the ids of the rules tagged with any of `tags`
 * (wcag22aa -> target-size), and every rule's tags (so a finding can name its criterion). */
function axeRules(tags) {
	const all = window.axe.getRules();
	return {
		enabled: tags.length ? window.axe.getRules(tags).map(rule => rule.ruleId) : [],
		tags: Object.fromEntries(all.map(rule => [rule.ruleId, rule.tags]))
	};
}

/** Serve the runners' vendor scripts (axe.min.js, HTMLCS.js) on loopback; resolve to URLs. */
async function serveScripts(files) {
	const bodies = new Map();
	for (const [index, file] of files.entries()) {
		bodies.set(`/${index}/${path.basename(file)}`, await readFile(file));
	}
	const server = createServer((request, response) => {
		const body = bodies.get(request.url);
		response.writeHead(body ? 200 : 404, {
			'Content-Type': 'text/javascript; charset=utf-8',
			'Cache-Control': 'public, max-age=3600'
		});
		response.end(body || '');
	});
	await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
	const base = `http://127.0.0.1:${server.address().port}`;
	return {server, urls: [...bodies.keys()].map(key => base + key)};
}

/** What each runner needs in the page: its vendor script URLs and pa11y's glue for it. */
async function prepareRunners(names) {
	const files = names.flatMap(name => RUNNERS[name].scripts);
	const {server, urls} = await serveScripts(files);
	const runners = [];
	let next = 0;
	for (const name of names) {
		const count = RUNNERS[name].scripts.length;
		runners.push({
			name,
			urls: urls.slice(next, next + count),
			glue: `window.__pa11y.runners[${JSON.stringify(name)}] = ${RUNNERS[name].run.toString()};`
		});
		next += count;
	}
	const pa11yScript = await readFile(require.resolve('pa11y/lib/runner.js'), 'utf-8');
	return {server, runners, pa11yScript};
}

/** In the page: add a <script src>, wait for it, take the element out again. */
function loadScript(url) {
	return new Promise((resolve, reject) => {
		const script = document.createElement('script');
		script.src = url;
		script.onload = () => {
			script.remove();
			resolve();
		};
		script.onerror = () => {
			script.remove();
			reject(new Error(`could not load ${url}`));
		};
		document.head.append(script);
	});
}

function runOptions(job, name, rules) {
	return {
		pa11yVersion: PA11Y_VERSION,
		hideElements: null,
		ignore: job.ignore,
		levelCapWhenNeedsReview: job.levelCapWhenNeedsReview,
		rootElement: null,
		rules,
		runners: [name],
		standard: job.standard,
		wait: 0
	};
}

function withTags(issue, tags) {
	if (issue.runner !== 'axe') {
		return issue;
	}
	return {...issue, runnerExtras: {...issue.runnerExtras, tags: tags[issue.code] || []}};
}

/** Load one page in `page` and run every runner on it. */
async function checkPage(job, engines, page, url) {
	const response = await page.goto(url, {waitUntil: 'load', timeout: job.timeoutMs});
	if (!response) {
		return {error: 'no response'};
	}
	if (response.status() !== 200) {
		return {error: `HTTP ${response.status()} ${response.statusText()}`.trim()};
	}
	await page.evaluate(engines.pa11yScript);
	const issues = [];
	for (const runner of engines.runners) {
		for (const src of runner.urls) {
			await page.evaluate(loadScript, src);
		}
		await page.evaluate(runner.glue);
		const axe = runner.name === 'axe' ? await page.evaluate(axeRules, job.axeTags) : null;
		const options = runOptions(job, runner.name, axe ? axe.enabled : []);
		// eslint-disable-next-line no-underscore-dangle
		const result = await page.evaluate(opts => window.__pa11y.run(opts), options);
		issues.push(...result.issues.map(issue => withTags(issue, axe ? axe.tags : {})));
	}
	return {issues};
}

function deadline(ms) {
	let timer;
	const promise = new Promise((_resolve, reject) => {
		timer = setTimeout(() => reject(new Error(`not checked within ${ms / 1000} s`)), ms);
	});
	return {promise, cancel: () => clearTimeout(timer)};
}

async function newTab(browser, job) {
	const page = await browser.newPage();
	await page.setViewport(job.viewport);
	if (job.blockUrls.length) {
		const cdp = await page.createCDPSession();
		await cdp.send('Network.enable');
		await cdp.send('Network.setBlockedURLs', {urls: job.blockUrls});
	}
	return page;
}

/** One worker: checks the next page of the queue in its own tab until the queue is empty. */
async function worker(job, engines, browser, queue) {
	let page = await newTab(browser, job);
	for (let next = queue.shift(); next; next = queue.shift()) {
		const limit = deadline(job.timeoutMs);
		let line;
		const work = checkPage(job, engines, page, next.url);
		work.catch(() => {}); // after a timeout its late failure must not end the process
		try {
			const outcome = await Promise.race([work, limit.promise]);
			line = {id: next.id, ...outcome};
		} catch (error) {
			line = {id: next.id, error: String(error?.message || error)};
			// A tab that timed out or crashed may be stuck: go on in a new one.
			await page.close().catch(() => {});
			page = await newTab(browser, job);
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
	// pa11y's own option handling: unwanted issue types are ignored by type.
	job.ignore = [
		...(job.includeWarnings ? [] : ['warning']),
		...(job.includeNotices ? [] : ['notice'])
	];
	const engines = await prepareRunners(job.runners);
	const browser = await puppeteer.launch({executablePath: job.chromium, args: job.args});
	try {
		const queue = [...job.pages];
		const workers = Math.max(1, Math.min(job.concurrency, queue.length));
		await Promise.all(Array.from({length: workers}, () => worker(job, engines, browser, queue)));
	} finally {
		await browser.close();
		engines.server.close();
	}
}

main().catch(error => {
	process.stderr.write(`Error: ${error?.message || error}\n`);
	process.exit(1);
});
