"""Check every page of the built sites: serve, list pages, check status, run pa11y-ci, report."""

from __future__ import annotations

import tempfile
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from strategy_site.a11y.config import A11yConfig
from strategy_site.a11y.pa11y import Pa11yOutput, collect_results, run_pa11y_ci
from strategy_site.a11y.procs import Log, silent
from strategy_site.a11y.report import display_path, issue_from_pa11y, write_report
from strategy_site.a11y.results import A11yResult, LoadFailure
from strategy_site.a11y.server import serve
from strategy_site.a11y.sitemap import pages_in
from strategy_site.a11y.status import failing_urls
from strategy_site.a11y.toolchain import Toolchain

__all__ = ["A11yResult", "assemble", "check_site"]


def assemble(
    pages: Mapping[str, str],
    base_url: str,
    status_failures: Mapping[str, str],
    output: Pa11yOutput,
) -> A11yResult:
    """Combine what the status check and pa11y-ci said; `pages` maps local URL -> page path."""

    def page_of(url: str) -> str:
        return pages.get(url) or display_path(url.removeprefix(base_url))

    def tidy(reason: str) -> str:
        return reason.replace(base_url, "/")  # the port changes every run

    failures = [LoadFailure(page_of(u), tidy(r)) for u, r in status_failures.items()]
    failures += [LoadFailure(page_of(u), tidy(r)) for u, r in output.failures.items()]
    issues = [
        issue_from_pa11y(page_of(url), raw) for url, raws in output.issues.items() for raw in raws
    ]
    return A11yResult(
        pages=tuple(sorted(pages.values())),
        issues=tuple(sorted(issues, key=lambda issue: issue.sort_key)),
        failures=tuple(sorted(failures)),
    )


def _run(urls: list[str], toolchain: Toolchain, config: A11yConfig) -> Pa11yOutput:
    """pa11y-ci on `urls`, from a throwaway folder for its config file."""
    if not urls:
        return Pa11yOutput()
    with tempfile.TemporaryDirectory(prefix="strategy-site-a11y-") as tmp:
        report = run_pa11y_ci(toolchain, urls, config, Path(tmp))
    return collect_results(report, urls)


def check_site(
    root: Path,
    report_dir: Path,
    toolchain: Toolchain,
    config: A11yConfig | None = None,
    *,
    log: Log = silent,
) -> A11yResult:
    """Check every page listed by the sitemaps under `root`; write `report_dir`/report.json."""
    config = config or A11yConfig()
    paths = pages_in(root)
    with serve(root) as base_url:
        pages = {base_url + path: display_path(path) for path in paths}
        status_failures = failing_urls(pages)
        to_check = [url for url in pages if url not in status_failures]
        log(
            f"Checking {len(to_check)} pages with pa11y-ci ({config.standard}, "
            f"{' + '.join(config.runners)})..."
        )
        output = _run(to_check, toolchain, config)
    result = assemble(pages, base_url, status_failures, output)
    return replace(result, report_path=write_report(result, config, report_dir))
