"""The hand-kept part of the accessibility statement, read and validated."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c

from strategy_site.inputs import yamlfile
from strategy_site.inputs.files import Unreadable, read_text
from strategy_site.inputs.schema import Day, Where, check
from strategy_site.problems import Problem, shown_path


@dataclass(frozen=True)
class KnownIssue:
    """A problem we know of: what it is, the WCAG criterion it fails, when it will be fixed."""

    problem: str
    criterion: str
    fix_by: dt.date
    easy: str = ""
    """The problem in easy read words, for the easy read statement."""


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
    easy_contact: str = ""
    """How to ask for help, in easy read words (Markdown), for the easy read statement."""
    extra: dict[str, Any] = field(default_factory=dict)


class KnownIssueSchema(base.Config):
    """One entry of `known_issues`."""

    problem = c.Type(str)
    """What does not work, in plain words."""
    criterion = c.Type(str)
    """The WCAG success criterion it fails, such as '2.4.3 Focus Order'."""
    fix_by = Day()
    """When it will be fixed."""
    easy = c.Optional(c.Type(str))
    """The problem in easy read words (the easy read statement needs it)."""


class StatementSchema(base.Config):
    """accessibility.yml."""

    organisation = c.Type(str)
    contact = c.Type(str)
    """How to ask for another format or report a problem (Markdown)."""
    prepared_on = Day()
    reviewed_on = Day()
    improving = c.Type(str)
    """What we are doing to improve accessibility."""
    response_time = c.Optional(c.Type(str))
    known_issues = c.ListOfItems(c.SubConfig(KnownIssueSchema), default=[])
    disproportionate_burden = c.ListOfItems(c.Type(str), default=[])
    out_of_scope = c.ListOfItems(c.Type(str), default=[])
    easy_contact = c.Optional(c.Type(str))
    """`contact` in easy read words (the easy read statement needs it)."""


_FIX = "see the comments in the file and the README's accessibility statement section"


def load_statement_data(path: Path) -> tuple[StatementData | None, list[Problem]]:
    """The file's data, or the problems that stop it being used (one per field)."""
    shown = shown_path(path)
    try:
        mapped = yamlfile.parse(read_text(path))
    except Unreadable as unreadable:
        return None, [unreadable.problem]
    if mapped.error:
        return None, [mapped.error.at(shown)]
    data = mapped.data or {}
    if not isinstance(data, dict):
        return None, [Problem(shown, 1, "must be 'field: value' lines", _FIX)]
    problems = [repeat.at(shown) for repeat in mapped.repeats]
    problems += check(data, StatementSchema, Where(shown, mapped.line, fix=_FIX))
    if problems:
        return None, problems
    return StatementData(
        organisation=str(data["organisation"]),
        contact=str(data["contact"]).strip(),
        prepared_on=data["prepared_on"],
        reviewed_on=data["reviewed_on"],
        improving=str(data["improving"]).strip(),
        response_time=str(data.get("response_time") or ""),
        known_issues=tuple(
            KnownIssue(
                str(i["problem"]).strip(),
                str(i["criterion"]),
                i["fix_by"],
                str(i.get("easy") or "").strip(),
            )
            for i in data.get("known_issues") or []
        ),
        disproportionate_burden=tuple(str(x) for x in data.get("disproportionate_burden") or []),
        out_of_scope=tuple(str(x) for x in data.get("out_of_scope") or []),
        easy_contact=str(data.get("easy_contact") or "").strip(),
    ), []
