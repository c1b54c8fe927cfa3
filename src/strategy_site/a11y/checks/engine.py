"""Run the engines (axe and HTML_CodeSniffer through pa11y's runners, IBM Equal Access
through one of ours) on many pages at once: one Node process, one Chromium, a tab per
core (scripts/check-pages.mjs).

The job goes to Node as a JSON file; results come back as one JSON line per page,
read as they arrive (so a progress bar can follow, and no pipe ever fills up).
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from strategy_site.a11y.config import A11yConfig
from strategy_site.a11y.errors import CheckError
from strategy_site.a11y.toolchain.chromium import CHROME_ARGS
from strategy_site.a11y.toolchain.procs import error_line
from strategy_site.a11y.toolchain.setup import Toolchain

JsonDict = dict[str, Any]
OnPage = Callable[[str], None]


@dataclass(frozen=True)
class EngineOutput:
    """What the engines found: issues per page that loaded, and why the others did not."""

    issues: dict[str, list[JsonDict]] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)


Engine = Callable[[Toolchain, Sequence[tuple[str, str]], A11yConfig, OnPage], EngineOutput]
"""Checks (id, url) pages in a browser; `run_engines`, or a stand-in in tests."""


# Keep timers running in tabs that are not in front: every tab is checking a page.
BACKGROUND_ARGS = (
    "--disable-background-timer-throttling",
    "--disable-backgrounding-occluded-windows",
    "--disable-renderer-backgrounding",
)


def job_dict(pages: Sequence[tuple[str, str]], chromium: Path, config: A11yConfig) -> JsonDict:
    """The job for check-pages.mjs; `pages` are (id, url) pairs."""
    width, height = config.viewport
    return {
        "chromium": str(chromium),
        "args": [*CHROME_ARGS, *BACKGROUND_ARGS],
        "concurrency": config.tabs,
        "timeoutMs": config.timeout_ms,
        "standard": config.standard,
        "runners": list(config.runners),
        "axeTags": list(config.axe_tags),
        "includeWarnings": config.include_warnings,
        "includeNotices": config.include_notices,
        "levelCapWhenNeedsReview": config.needs_review_cap,
        "blockUrls": list(config.block_urls),
        "viewport": {"width": width, "height": height},
        "walks": list(config.walks),
        "phoneViewport": dict(zip(("width", "height"), config.phone_viewport, strict=True)),
        "reflowWidth": config.reflow_width,
        "pages": [{"id": page_id, "url": url} for page_id, url in pages],
    }


def read_line(line: str, expected: set[str], out: EngineOutput) -> str:
    """Record one result line from check-pages.mjs; return the page id it was about."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        raise CheckError(f"unreadable line from check-pages.mjs: {line[:80]!r}") from error
    page_id = data.get("id") if isinstance(data, dict) else None
    if page_id not in expected:
        raise CheckError(f"check-pages.mjs answered for a page it was not given: {line[:80]!r}")
    issues = data.get("issues")
    if isinstance(issues, list) and "error" not in data:
        out.issues[page_id] = [dict(issue) for issue in issues if isinstance(issue, dict)]
    else:
        out.failures[page_id] = str(data.get("error") or "no result")
    return str(page_id)


def _answered(out: EngineOutput, expected: set[str]) -> bool:
    return len(out.issues.keys() | out.failures.keys()) == len(expected)


def _read_all(stdout: IO[str], expected: set[str], on_page: OnPage) -> EngineOutput:
    """Read result lines until every page has answered (or the output ends)."""
    out = EngineOutput()
    for line in stdout:
        if line.strip():
            on_page(read_line(line, expected, out))
            if _answered(out, expected):
                break
    return out


_closing: list[threading.Thread] = []


def wait_for_closing() -> None:
    """Wait until every engine that has answered has also closed its browser (so that
    a measurement counts its CPU time)."""
    while _closing:
        _closing.pop().join()


def _reap_later(process: subprocess.Popen[str], budget_s: float) -> None:
    """Let the engine close its browser (a fifth of a second or so) while the build goes
    on: every page has answered, so nothing it does now can change the results."""

    def reap() -> None:
        try:
            process.wait(timeout=budget_s)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()

    reaper = threading.Thread(target=reap, name="a11y-engine-reaper", daemon=True)
    reaper.start()
    _closing[:] = [*(thread for thread in _closing if thread.is_alive()), reaper]


def run_engines(
    toolchain: Toolchain,
    pages: Sequence[tuple[str, str]],
    config: A11yConfig,
    on_page: OnPage = lambda _page: None,
) -> EngineOutput:
    """Check `pages` ((id, url) pairs); issues or a failure for every id."""
    if not pages:
        return EngineOutput()
    budget_s = 120 + config.timeout_ms / 1000 * len(pages) / config.tabs
    with tempfile.TemporaryDirectory(prefix="strategy-site-a11y-") as tmp:
        job = Path(tmp, "job.json")
        job.write_text(json.dumps(job_dict(pages, toolchain.chromium, config)), encoding="utf-8")
        errors = Path(tmp, "stderr.txt")
        out = _run(toolchain, job, errors, budget_s, {page_id for page_id, _ in pages}, on_page)
    for page_id, _url in pages:
        if page_id not in out.issues and page_id not in out.failures:
            out.failures[page_id] = "check-pages.mjs returned no result for this page"
    return out


def _run(
    toolchain: Toolchain,
    job: Path,
    errors: Path,
    budget_s: float,
    expected: set[str],
    on_page: OnPage,
) -> EngineOutput:
    cmd = [str(toolchain.node), str(toolchain.check_pages), str(job)]
    env = {**os.environ, "PUPPETEER_SKIP_DOWNLOAD": "1"}
    with errors.open("w", encoding="utf-8") as stderr:
        process = subprocess.Popen(
            cmd, cwd=toolchain.check_pages.parent, env=env, stdout=subprocess.PIPE,
            stderr=stderr, text=True, encoding="utf-8",
        )  # fmt: skip
        watchdog = threading.Timer(budget_s, process.kill)
        watchdog.start()
        answered = False
        try:
            assert process.stdout is not None
            out = _read_all(process.stdout, expected, on_page)
            answered = _answered(out, expected)
            code = 0 if answered else process.wait()
        finally:
            watchdog.cancel()
            if answered:
                _reap_later(process, budget_s)
            elif process.poll() is None:
                process.kill()
                process.wait()
    if code != 0:
        why = error_line(errors.read_text(encoding="utf-8"))
        if code < 0:
            why = f"stopped after {budget_s:.0f}s"
        raise CheckError(
            f"check-pages.mjs failed: {why} (fix: run `strategy-site setup`, or set "
            "STRATEGY_SITE_CHROMIUM to a working Chromium)"
        )
    return out
