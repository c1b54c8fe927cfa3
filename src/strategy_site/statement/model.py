"""The hand-kept part of the accessibility statement, read and validated."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from strategy_site.problems import Problem, shown_path


@dataclass(frozen=True)
class KnownIssue:
    """A problem we know of: what it is, the WCAG criterion it fails, when it will be fixed."""

    problem: str
    criterion: str
    fix_by: dt.date


@dataclass(frozen=True)
class StatementData:
    """What only people can say: who runs the site, how to reach them, what is known."""

    organisation: str
    contact: str
    prepared_on: dt.date
    reviewed_on: dt.date
    improving: str
    response_time: str = ""
    known_issues: tuple[KnownIssue, ...] = ()
    disproportionate_burden: tuple[str, ...] = ()
    out_of_scope: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)


_REQUIRED = ("organisation", "contact", "prepared_on", "reviewed_on", "improving")


def load_statement_data(path: Path) -> tuple[StatementData | None, list[Problem]]:
    """The file's data, or the problems that stop it being used (one per field)."""
    shown = shown_path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as error:
        return None, [
            Problem(shown, None, f"cannot be read: {error}", "check indentation and quotes")
        ]
    if not isinstance(data, dict):
        return None, [Problem(shown, 1, "must be 'field: value' lines", "see the README")]
    problems = [
        Problem(shown, None, f"'{key}' is missing", f"add '{key}:' (see the README)")
        for key in _REQUIRED
        if not data.get(key)
    ]
    problems += [
        Problem(shown, None, f"'{key}' must be a date", "write it as YYYY-MM-DD")
        for key in ("prepared_on", "reviewed_on")
        if data.get(key) and not isinstance(data[key], dt.date)
    ]
    issues, issue_problems = _issues(data.get("known_issues") or [], shown)
    problems += issue_problems
    if problems:
        return None, problems
    return StatementData(
        organisation=str(data["organisation"]),
        contact=str(data["contact"]).strip(),
        prepared_on=data["prepared_on"],
        reviewed_on=data["reviewed_on"],
        improving=str(data["improving"]).strip(),
        response_time=str(data.get("response_time") or ""),
        known_issues=issues,
        disproportionate_burden=tuple(str(x) for x in data.get("disproportionate_burden") or []),
        out_of_scope=tuple(str(x) for x in data.get("out_of_scope") or []),
    ), []


def _issues(items: list[Any], shown: str) -> tuple[tuple[KnownIssue, ...], list[Problem]]:
    issues, problems = [], []
    for number, item in enumerate(items, 1):
        if (
            isinstance(item, dict)
            and isinstance(item.get("problem"), str)
            and isinstance(item.get("criterion"), str)
            and isinstance(item.get("fix_by"), dt.date)
        ):
            issues.append(KnownIssue(item["problem"].strip(), item["criterion"], item["fix_by"]))
        else:
            problems.append(
                Problem(
                    shown,
                    None,
                    f"known issue {number} needs problem, criterion and fix_by",
                    "give each known issue 'problem:', 'criterion:' (such as '2.4.3 Focus Order') "
                    "and 'fix_by:' (YYYY-MM-DD)",
                )
            )
    return tuple(issues), problems
