"""Run pa11y-ci on a list of URLs and read back, for each URL, its issues or why it failed.

pa11y-ci's exit status is not enough: a page that fails to load is reported as a list
holding one `{"message": ...}` object and is not counted as an error, so we read the
JSON ourselves. URLs are passed as objects, not strings: with string URLs pa11y-ci 4
shares one options object between concurrent pages and closes the wrong browser
context ("Protocol error (Target.closeTarget): No target with given id found").
The report goes to a file through pa11y-ci's json reporter, not to stdout with --json:
pa11y-ci exits right after printing, which cuts piped output at 64 KiB.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from strategy_site.a11y.checks.engine import EngineOutput
from strategy_site.a11y.config import A11yConfig
from strategy_site.a11y.errors import CheckError
from strategy_site.a11y.toolchain.chromium import CHROME_ARGS
from strategy_site.a11y.toolchain.procs import error_line
from strategy_site.a11y.toolchain.setup import Toolchain

JsonDict = dict[str, Any]
PA11Y_RUNNERS = ("axe", "htmlcs")
"""The runners pa11y ships; IBM's is our own (scripts/runners/), which pa11y-ci cannot load."""


def build_config(
    urls: Sequence[str], chromium: Path, config: A11yConfig, results_file: Path
) -> JsonDict:
    """The pa11y-ci JSON config for `urls`, writing its JSON report to `results_file`."""
    return {
        "defaults": {
            "standard": config.standard,
            "runners": [name for name in config.runners if name in PA11Y_RUNNERS],
            "timeout": config.timeout_ms,
            "concurrency": config.tabs,
            "includeWarnings": config.include_warnings,
            "includeNotices": config.include_notices,
            "levelCapWhenNeedsReview": config.needs_review_cap,
            "useIncognitoBrowserContext": True,
            "reporters": [["json", {"fileName": str(results_file)}]],
            "chromeLaunchConfig": {"executablePath": str(chromium), "args": list(CHROME_ARGS)},
        },
        "urls": [{"url": url} for url in urls],
    }


def parse_report(text: str) -> JsonDict:
    """pa11y-ci's JSON report, checked to have the shape we read."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CheckError(f"pa11y-ci wrote an unreadable report: {exc} (fix: run it again)") from exc
    if not isinstance(data, dict) or not isinstance(data.get("results"), dict):
        raise CheckError("pa11y-ci wrote a report without results (fix: run it again)")
    return data


def _is_issue(entry: object) -> bool:
    """A pa11y issue has a type and a code; anything else in the list is a thrown error."""
    return isinstance(entry, dict) and "type" in entry and "code" in entry


def _load_error(entries: Sequence[object]) -> str | None:
    """Why a page failed to load, if its result list holds an error instead of issues."""
    for entry in entries:
        if not _is_issue(entry):
            message = entry.get("message") if isinstance(entry, dict) else None
            return str(message or entry or "unknown error")
    return None


def collect_results(report: Mapping[str, Any], urls: Sequence[str]) -> EngineOutput:
    """Split pa11y-ci's report into issues and load failures; a URL it skipped is a failure."""
    results: Mapping[str, Any] = report.get("results") or {}
    out = EngineOutput()
    for url, entries in results.items():
        entries_list = entries if isinstance(entries, list) else [entries]
        error = _load_error(entries_list)
        if error is not None:
            out.failures[url] = error
        else:
            out.issues[url] = [dict(entry) for entry in entries_list]
    for url in urls:
        if url not in results:
            out.failures[url] = "pa11y-ci returned no result for this page"
    return out


def run_pa11y_ci(
    toolchain: Toolchain, urls: Sequence[str], config: A11yConfig, workdir: Path
) -> JsonDict:
    """Run pa11y-ci on `urls` (its config and report go in `workdir`); return its report."""
    results_file = workdir / "results.json"
    results_file.unlink(missing_ok=True)
    cfg_path = workdir / "pa11y-ci.config.json"
    cfg = build_config(urls, toolchain.chromium, config, results_file)
    cfg_path.write_text(json.dumps(cfg, indent=2), encoding="utf-8")
    budget_s = 120 + config.timeout_ms / 1000 * len(urls)
    env = {**os.environ, "PUPPETEER_SKIP_DOWNLOAD": "1"}
    cmd = [str(toolchain.node), str(toolchain.pa11y_ci), "--config", str(cfg_path)]
    try:
        done = subprocess.run(
            cmd, cwd=workdir, env=env, capture_output=True, text=True, timeout=budget_s, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise CheckError(
            f"pa11y-ci did not finish in {budget_s:.0f}s (fix: raise the timeout)"
        ) from exc
    if done.returncode not in (0, 2) or not results_file.is_file():
        raise CheckError(
            f"pa11y-ci failed: {error_line(done.stderr or done.stdout)} "
            "(fix: run `strategy-site setup`, or set STRATEGY_SITE_CHROMIUM to a working Chromium)"
        )
    return parse_report(results_file.read_text(encoding="utf-8"))
