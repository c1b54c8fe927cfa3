"""Turn pa11y findings into readable lines and a deterministic report.json."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from strategy_site.a11y.config import A11yConfig
from strategy_site.a11y.hints import fix_hint, strip_help_url, technique, wcag_criterion
from strategy_site.a11y.results import A11yIssue, A11yResult, LoadFailure

REPORT_NAME = "report.json"
__all__ = ["A11yIssue", "LoadFailure", "render_result"]


def display_path(path: str) -> str:
    """Root-relative path as a reader sees it: '' -> '/', 'easy-read/a/' -> '/easy-read/a/'."""
    return "/" + unquote(path)


def issue_from_pa11y(page: str, raw: Mapping[str, Any]) -> A11yIssue:
    """Build an `A11yIssue` from one entry of pa11y's issue list."""
    code = str(raw.get("code") or "")
    runner = str(raw.get("runner") or "")
    extras: Mapping[str, Any] = raw.get("runnerExtras") or {}
    return A11yIssue(
        page=page,
        type=str(raw.get("type") or "error"),
        runner=runner,
        code=code,
        message=strip_help_url(str(raw.get("message") or "")),
        selector=str(raw.get("selector") or ""),
        context=str(raw.get("context") or ""),
        criterion=wcag_criterion(code),
        fix=fix_hint(code, runner, extras),
        help_url=str(extras.get("helpUrl") or ""),
    )


def rule_label(issue: A11yIssue) -> str:
    """'axe image-alt' or 'htmlcs WCAG 1.1.1 H37'."""
    label = f"{issue.criterion} {technique(issue.code)}".strip()
    name = label if issue.criterion else issue.code
    return f"{issue.runner} {name}"


def render_issue(issue: A11yIssue) -> str:
    """One line a content editor can act on."""
    parts = [f"{issue.page}: [{rule_label(issue)}] {issue.message}"]
    if issue.selector:
        parts.append(f"element: {issue.selector}")
    if issue.fix:
        parts.append(f"fix: {issue.fix}")
    return " — ".join(parts)


def render_failure(failure: LoadFailure) -> str:
    """One line for a page that could not be checked."""
    return (
        f"{failure.page}: page could not be checked: {failure.reason} — fix: make sure the "
        "page is built and loads, or remove it from the navigation"
    )


def plural(count: int, word: str) -> str:
    """'1 page', '2 pages'."""
    return f"{count} {word}{'' if count == 1 else 's'}"


def render_summary(result: A11yResult) -> str:
    """The closing line: how many pages, errors and failures."""
    verdict = "passed" if result.passed else "FAILED"
    return (
        f"Accessibility check {verdict}: {plural(len(result.pages), 'page')}, "
        f"{plural(len(result.errors), 'error')}, "
        f"{plural(len(result.failures), 'page')} not loaded "
        f"({plural(result.warning_count, 'warning')} and "
        f"{plural(result.notice_count, 'notice')} do not fail the check)"
    )


def render_result(result: A11yResult) -> list[str]:
    """Every failure and error, one per line, then the summary."""
    lines = [render_failure(failure) for failure in sorted(result.failures)]
    lines += [render_issue(issue) for issue in sorted(result.errors, key=lambda i: i.sort_key)]
    return [*lines, render_summary(result)]


def _issue_json(issue: A11yIssue) -> dict[str, str]:
    """An issue for report.json (page and type are given by where it sits)."""
    return {
        "runner": issue.runner,
        "code": issue.code,
        "criterion": issue.criterion,
        "message": issue.message,
        "selector": issue.selector,
        "context": issue.context,
        "fix": issue.fix,
        "help_url": issue.help_url,
    }


def _page_json(page: str, issues: Iterable[A11yIssue]) -> dict[str, Any]:
    """One page's findings: errors and warnings in full, notices counted."""
    ordered = sorted(issues, key=lambda i: i.sort_key)
    return {
        "page": page,
        "errors": [_issue_json(i) for i in ordered if i.type == "error"],
        "warnings": [_issue_json(i) for i in ordered if i.type == "warning"],
        "notices": sum(1 for i in ordered if i.type == "notice"),
    }


def report_dict(result: A11yResult, config: A11yConfig) -> dict[str, Any]:
    """The whole report: same input, same output (sorted, no timestamps, no ports)."""
    return {
        "standard": config.standard,
        "runners": list(config.runners),
        "summary": {
            "passed": result.passed,
            "pages": len(result.pages),
            "errors": len(result.errors),
            "load_failures": len(result.failures),
            "warnings": result.warning_count,
            "notices": result.notice_count,
        },
        "load_failures": [{"page": f.page, "reason": f.reason} for f in sorted(result.failures)],
        "pages": [_page_json(page, issues) for page, issues in sorted(_by_page(result).items())],
    }


def _by_page(result: A11yResult) -> dict[str, list[A11yIssue]]:
    """Issues grouped by page; every checked page appears, even without issues."""
    grouped: dict[str, list[A11yIssue]] = {page: [] for page in result.pages}
    for issue in result.issues:
        grouped.setdefault(issue.page, []).append(issue)
    return grouped


def write_report(result: A11yResult, config: A11yConfig, report_dir: Path) -> Path:
    """Write report.json into `report_dir` and return its path."""
    report_dir.mkdir(parents=True, exist_ok=True)
    path = report_dir / REPORT_NAME
    text = json.dumps(report_dict(result, config), indent=2, ensure_ascii=False)
    path.write_text(text + "\n", encoding="utf-8")
    return path
