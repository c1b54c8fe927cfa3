"""Turn findings into readable lines and a deterministic report.json."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from strategy_site.a11y.checks.content import ENGINE
from strategy_site.a11y.config import A11yConfig, RuleLevel
from strategy_site.a11y.report.hints import (
    axe_criterion,
    fix_hint,
    strip_help_url,
    technique,
    wcag_criterion,
)
from strategy_site.a11y.report.levels import level_of
from strategy_site.a11y.report.results import A11yIssue, A11yResult, LoadFailure
from strategy_site.a11y.report.review import review_groups

REPORT_NAME = "report.json"
__all__ = ["A11yIssue", "LoadFailure", "render_result"]


def display_path(path: str) -> str:
    """Root-relative path as a reader sees it: '' -> '/', 'easy-read/a/' -> '/easy-read/a/'."""
    return "/" + unquote(path)


def _criterion(code: str, runner: str, extras: Mapping[str, Any]) -> str:
    if extras.get("criterion"):  # our content rules and walks, and engines that name it
        return str(extras["criterion"])
    if runner == "axe":
        return axe_criterion(extras.get("tags") or [])
    return wcag_criterion(code)


def issue_from_pa11y(
    page: str, raw: Mapping[str, Any], rules: Mapping[str, RuleLevel] | None = None
) -> A11yIssue | None:
    """An `A11yIssue` from one issue as pa11y shapes it, at its level; None if its rule is off."""
    code = str(raw.get("code") or "")
    runner = str(raw.get("runner") or "")
    extras: Mapping[str, Any] = raw.get("runnerExtras") or {}
    level = level_of(code, str(raw.get("type") or "error"), rules or {})
    if level is None:
        return None
    line = extras.get("line")
    return A11yIssue(
        page=page,
        type=level,
        runner=runner,
        code=code,
        message=strip_help_url(str(raw.get("message") or "")),
        selector=str(raw.get("selector") or ""),
        context=str(raw.get("context") or ""),
        criterion=_criterion(code, runner, extras),
        fix=str(extras.get("fix") or "") or fix_hint(code, runner, extras),
        help_url=str(extras.get("helpUrl") or ""),
        line=line if isinstance(line, int) else None,
        needle=str(extras.get("needle") or ""),
    )


def rule_label(issue: A11yIssue) -> str:
    """'axe image-alt', 'htmlcs WCAG 1.1.1 H37' or 'strategy-site link-text'."""
    if issue.runner != "htmlcs":
        return f"{issue.runner} {issue.code}"
    label = f"{issue.criterion} {technique(issue.code)}".strip()
    return f"{issue.runner} {label if issue.criterion else issue.code}"


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
    """The closing line: how many pages, errors, warnings and failures."""
    verdict = "passed" if result.passed else "FAILED"
    return (
        f"Accessibility check {verdict}: {plural(len(result.pages), 'page')}, "
        f"{plural(len(result.errors), 'error')}, {plural(result.warning_count, 'warning')}, "
        f"{plural(len(result.failures), 'page')} not loaded "
        f"({plural(len(review_groups(result.issues)), 'thing')} to review by hand, "
        f"listed in the report, do not fail the check)"
    )


def render_result(result: A11yResult) -> list[str]:
    """Every failure and error, one per line, then the summary."""
    lines = [render_failure(failure) for failure in sorted(result.failures)]
    lines += [render_issue(issue) for issue in sorted(result.errors, key=lambda i: i.sort_key)]
    return [*lines, render_summary(result)]


def _issue_json(issue: A11yIssue) -> dict[str, Any]:
    """An issue for report.json (page and level are given by where it sits)."""
    return {
        "engine": issue.runner,
        "rule": issue.code,
        "criterion": issue.criterion,
        "message": issue.message,
        "element": issue.selector,
        "context": issue.context,
        "fix": issue.fix,
        "help_url": issue.help_url,
    }


def _page_json(page: str, issues: Iterable[A11yIssue]) -> dict[str, Any]:
    """One page's findings: errors, warnings and reviews in full, notices counted."""
    ordered = sorted(issues, key=lambda i: i.sort_key)
    return {
        "page": page,
        "errors": [_issue_json(i) for i in ordered if i.type == "error"],
        "warnings": [_issue_json(i) for i in ordered if i.type == "warning"],
        "review": [_issue_json(i) for i in ordered if i.type == "review"],
        "notices": sum(1 for i in ordered if i.type == "notice"),
    }


def rule_counts(result: A11yResult) -> list[dict[str, Any]]:
    """Per rule that failed somewhere: engine, criterion, fix, and how often on how many pages."""
    failing = [i for i in result.issues if i.type in ("error", "warning")]
    counts = Counter((i.runner, i.code, i.type) for i in failing)
    first = {(i.runner, i.code, i.type): i for i in sorted(failing, key=lambda i: i.sort_key)}
    return [
        {
            "engine": runner,
            "rule": code,
            "level": level,
            "criterion": first[(runner, code, level)].criterion,
            "fix": first[(runner, code, level)].fix,
            "count": count,
            "pages": len({i.page for i in failing if (i.runner, i.code, i.type) == key}),
        }
        for key, count in sorted(counts.items())
        for runner, code, level in [key]
    ]


def report_dict(result: A11yResult, config: A11yConfig) -> dict[str, Any]:
    """The whole report: same input, same output (sorted, no clock, no ports)."""
    return {
        "standard": config.standard,
        "axe_tags": list(config.axe_tags),
        "runners": [*config.runners, ENGINE],
        "tested_on": result.tested_on.isoformat() if result.tested_on else None,
        "summary": {
            "passed": result.passed,
            "pages": len(result.pages),
            "errors": len(result.errors),
            "warnings": result.warning_count,
            "load_failures": len(result.failures),
            "review": result.review_count,
            "notices": result.notice_count,
        },
        "rules": rule_counts(result),
        "review_groups": [
            {
                "engine": group.engine,
                "rule": group.rule,
                "criterion": group.criterion,
                "count": group.count,
                "pages": list(group.pages),
                "look_at": group.look_at,
            }
            for group in review_groups(result.issues)
        ],
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
    path.write_text(to_json(report_dict(result, config)), encoding="utf-8")
    return path


def to_json(data: Mapping[str, Any]) -> str:
    """Readable JSON that is quick to write: one top-level key, and one list item, a line.

    (json.dumps with `indent` falls back to its pure-Python encoder, slow on thousands
    of findings.)
    """

    def value(item: Any) -> str:
        return json.dumps(item, ensure_ascii=False, sort_keys=False)

    lines = []
    for key, item in data.items():
        if isinstance(item, list) and item:
            inner = ",\n".join(f"    {value(element)}" for element in item)
            lines.append(f"  {value(key)}: [\n{inner}\n  ]")
        else:
            lines.append(f"  {value(key)}: {value(item)}")
    return "{\n" + ",\n".join(lines) + "\n}\n"
