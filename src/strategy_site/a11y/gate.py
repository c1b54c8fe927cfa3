"""The accessibility gate of a build: set up the toolchain, check the staged site,
and turn every error into a problem line that stops publishing."""

from __future__ import annotations

from pathlib import Path

from strategy_site.a11y.checker import check_site
from strategy_site.a11y.errors import A11yError
from strategy_site.a11y.report import render_summary, rule_label
from strategy_site.a11y.results import A11yIssue, A11yResult, LoadFailure
from strategy_site.a11y.toolchain import Toolchain, ensure_toolchain
from strategy_site.problems import BuildFailed, Problem
from strategy_site.sites import Project


def prepare_toolchain(scripts_dir: Path) -> Toolchain:
    """Node.js, the pinned pa11y-ci and a Chromium, or BuildFailed saying what is missing."""
    try:
        return ensure_toolchain(scripts_dir, log=_say)
    except A11yError as error:
        raise BuildFailed([_toolchain_problem(scripts_dir, error)]) from None


def check_staged_site(project: Project, stage: Path) -> A11yResult:
    """Check every page of every site in `stage`; BuildFailed lists each error."""
    toolchain = prepare_toolchain(project.root / "scripts")
    try:
        result = check_site(stage, project.dist_dir / "a11y", toolchain, log=_say)
    except A11yError as error:
        raise BuildFailed([Problem("accessibility check", None, str(error), "see above")]) from None
    _say(render_summary(result))
    if not result.passed:
        problems = [_load_problem(f) for f in result.failures]
        problems += [_issue_problem(i) for i in result.errors]
        raise BuildFailed(problems)
    return result


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


def _issue_problem(issue: A11yIssue) -> Problem:
    element = f" (element: {issue.selector})" if issue.selector else ""
    return Problem(
        issue.page,
        None,
        f"[{rule_label(issue)}] {issue.message}{element}",
        issue.fix or "see dist/a11y/report.json",
    )
