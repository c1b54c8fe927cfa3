"""The accessibility gate of a build: read the site's settings, check the staged site
(only what changed since the last check), and turn each finding into a problem line.
Errors stop publishing; warnings are listed after the build, and stop it with --strict."""

from __future__ import annotations

import datetime as dt
import shutil
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from mkdocs.config import load_config

from strategy_site.a11y.checks.site import check_site
from strategy_site.a11y.errors import A11yError, CheckError, ToolchainError
from strategy_site.a11y.report.results import A11yIssue, A11yResult, LoadFailure
from strategy_site.a11y.report.sources import line_in_body, source_of
from strategy_site.a11y.report.summary import plural, render_summary
from strategy_site.a11y.settings import load_settings
from strategy_site.a11y.toolchain.setup import Toolchain, Tools, ensure_toolchain
from strategy_site.dates import published_date
from strategy_site.problems import BuildFailed, Problem, shown_path
from strategy_site.publish import Output, OutsideProject, Stage, remove
from strategy_site.sites import Project

CACHE_FOLDER = "a11y-cache"
FAILED_REPORT_FOLDER = "a11y-failed"
"""Under the work folder: the report of the last check that failed the build."""


@dataclass(frozen=True)
class GateResult:
    """What the gate found: the full result, and the warnings as problem lines."""

    result: A11yResult
    warnings: tuple[Problem, ...]
    report: Output | None = None
    """The report, when it was written into a build's stage."""


def prepare_toolchain(scripts_dir: Path) -> Toolchain:
    """Node.js, the pinned packages and a Chromium, and Pango for the PDFs, or
    BuildFailed saying what is missing."""
    from strategy_site.pdf.system import ensure_pango

    try:
        toolchain = ensure_toolchain(scripts_dir, log=_say)
        ensure_pango(log=_say)
        return toolchain
    except A11yError as error:
        raise BuildFailed([_toolchain_problem(scripts_dir, error)]) from None


def check_staged_site(
    project: Project,
    site: Path,
    *,
    strict: bool = False,
    extra_pages: Mapping[Path, Path] | None = None,
    stage: Stage | None = None,
    tested_on: dt.date | None = None,
) -> GateResult:
    """Check every page of every site in `site` and each of `extra_pages` (published
    path -> file to check, such as the comms pack's preview); write the report into
    `stage` when given, else in place. BuildFailed lists each error (and, when strict,
    each warning)."""
    started = time.monotonic()
    scripts_dir = project.root / "scripts"
    try:
        config = load_settings(project.sites[0].config_file)
        report = _report_output(project, config.report_dir, stage)
        result = check_site(
            site,
            report.staged,
            Tools(scripts_dir, log=_say),
            config,
            extra_pages={shown_path(p): file for p, file in (extra_pages or {}).items()},
            cache_dir=project.work_dir / CACHE_FOLDER,
            tested_on=tested_on or content_date(project),
            log=_say,
        )
    except ToolchainError as error:
        raise BuildFailed([_toolchain_problem(scripts_dir, error)]) from None
    except A11yError as error:
        raise BuildFailed([Problem("accessibility check", None, str(error), "see above")]) from None
    _say(render_summary(result))
    errors = [_load_problem(f) for f in result.failures]
    errors += [issue_problem(i, project) for i in result.errors]
    warnings = [issue_problem(i, project) for i in result.warnings]
    failed = bool(errors or (strict and warnings))
    shown = _kept_report(project, report) if failed and stage is not None else report.published
    _say(_timing(result, time.monotonic() - started, shown / "report.html"))
    if failed:
        raise BuildFailed(errors + (warnings if strict else []))
    return GateResult(result, tuple(warnings), report if stage is not None else None)


def _kept_report(project: Project, report: Output) -> Path:
    """A failed check's report, copied where people can read it: it is not published,
    so the last good report stays in place."""
    kept = project.work_dir / FAILED_REPORT_FOLDER
    remove(kept)
    shutil.copytree(report.staged, kept)
    return kept


def _report_output(project: Project, report_dir: str, stage: Stage | None) -> Output:
    published = project.root / report_dir
    if stage is None:
        return Output(published, published)
    try:
        return Output(published, stage.path(published))
    except OutsideProject as error:
        raise CheckError(f"strategy/a11y option 'report': {error}") from None


def content_date(project: Project) -> dt.date:
    """The build's date from the published content, never the clock."""
    return published_date(load_config(str(site.config_file)) for site in project.sites)


def issue_problem(issue: A11yIssue, project: Project) -> Problem:
    """One finding as a problem line: the Markdown file (and line) when the page has one."""
    source = source_of(issue.page, project.sites) if issue.page.startswith("/") else None
    element = f" (element: {issue.selector})" if issue.selector else ""
    criterion = f" [{issue.criterion}]" if issue.criterion else ""
    if source is None:
        return Problem(issue.page, issue.line, f"{issue.message}{criterion}{element}",
                       issue.fix or "see dist/a11y/report.html", rule_id(issue))  # fmt: skip
    return Problem(
        shown_path(source),
        line_in_body(source, issue.needle),
        f"page {issue.page}: {issue.message}{criterion}{element}",
        issue.fix or "see dist/a11y/report.html",
        rule_id(issue),
    )


def rule_id(issue: A11yIssue) -> str:
    """'a11y/link-text' for our rules, 'axe/target-size', 'htmlcs/<code>' for the engines'."""
    engine = "a11y" if issue.runner == "strategy-site" else issue.runner
    return f"{engine}/{issue.code}"


def _timing(result: A11yResult, seconds: float, report: Path) -> str:
    again = len(result.rechecked)
    kept = len(result.pages) - again - len(result.failures)
    return (
        f"Accessibility check took {seconds:.1f} s: {plural(again, 'page')} checked, "
        f"{max(kept, 0)} unchanged since the last check (report: {report})"
    )


def _say(message: str) -> None:
    print(message, flush=True)


def _toolchain_problem(scripts_dir: Path, error: A11yError) -> Problem:
    return Problem(
        str(scripts_dir), None, f"accessibility toolchain not ready: {error}", "see the message"
    )


def _load_problem(failure: LoadFailure) -> Problem:
    return Problem(
        failure.page,
        None,
        f"page could not be checked: {failure.reason}",
        "make sure the page builds and loads, or remove it from the navigation",
    )
