// Load one page in headless Chromium and run a few steps on it, for tests/theme.
//
// Usage: node drive.mjs JOB.json, where the job is
//   {"chromium": path, "puppeteer": path of scripts/package.json, "url": ...,
//    "width": 375, "height": 800, "steps": [[action, argument], ...]}
// and each action is "press" (a key, "Shift+Tab" for one with modifiers), "click" (a CSS selector), "wait" (ms),
// "screenshot" (a file to save it in, to look at by hand) or "eval" (a JavaScript
// expression, whose value is kept). Prints one JSON object:
//   {"values": [each eval's value], "failed": ["404 url" or "failed url: why"],
//    "errors": [uncaught errors in the page]}
import {readFile} from 'node:fs/promises';
import {createRequire} from 'node:module';

const job = JSON.parse(await readFile(process.argv[2], 'utf8'));
const puppeteer = createRequire(job.puppeteer)('puppeteer');
const browser = await puppeteer.launch({
	executablePath: job.chromium,
	headless: true,
	args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']
});
const out = {values: [], failed: [], errors: []};
try {
	const page = await browser.newPage();
	await page.setViewport({width: job.width, height: job.height});
	page.on('requestfailed', request => {
		out.failed.push(`failed ${request.url()}: ${request.failure()?.errorText}`);
	});
	page.on('response', response => {
		if (response.status() >= 400) {
			out.failed.push(`${response.status()} ${response.url()}`);
		}
	});
	page.on('pageerror', error => out.errors.push(String(error)));
	await page.goto(job.url, {waitUntil: 'networkidle0'});
	for (const [action, argument] of job.steps) {
		if (action === 'press') {
			// "Tab", or with modifiers held: "Shift+Tab"
			const keys = argument.split('+');
			const key = keys.pop();
			for (const modifier of keys) {
				await page.keyboard.down(modifier);
			}
			await page.keyboard.press(key);
			for (const modifier of keys.reverse()) {
				await page.keyboard.up(modifier);
			}
		} else if (action === 'click') {
			await page.click(argument);
		} else if (action === 'wait') {
			await new Promise(resolve => setTimeout(resolve, argument));
		} else if (action === 'screenshot') {
			await page.screenshot({path: argument});
		} else if (action === 'eval') {
			out.values.push(await page.evaluate(argument));
		} else {
			throw new Error(`unknown step ${action}`);
		}
	}
	await page.waitForNetworkIdle({idleTime: 300});
} finally {
	await browser.close();
}
process.stdout.write(JSON.stringify(out));
