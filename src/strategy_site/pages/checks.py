"""Check one page's front matter against the schema: pure, one problem per field."""

from __future__ import annotations

import difflib
from typing import Any

from mkdocs.config.base import ValidationError

from strategy_site.pages.config import PageMeta
from strategy_site.pages.frontmatter import FrontMatter
from strategy_site.problems import Problem


def check_front_matter(
    fm: FrontMatter, file: str, *, required: list[str], max_description: int
) -> list[Problem]:
    """Every problem in a page's front matter, each with its line and a fix."""
    if fm.error:
        line, what = fm.error
        return [Problem(file, line, what, "check quotes, colons and indentation on that line")]
    return [
        *_missing(fm, file, required),
        *_unknown(fm, file),
        *_wrong_types(fm, file),
        *_too_long(fm, file, max_description),
    ]


def _fields() -> list[str]:
    return [name for name, _ in PageMeta._schema]


def _missing(fm: FrontMatter, file: str, required: list[str]) -> list[Problem]:
    return [
        Problem(file, 1, f"front matter has no '{key}'", f"add a line '{key}: ...' at the top")
        for key in required
        if not fm.meta.get(key)
    ]


def _unknown(fm: FrontMatter, file: str) -> list[Problem]:
    known = _fields()
    problems = []
    for key in fm.meta:
        if key in known:
            continue
        close = difflib.get_close_matches(key, known, n=1)
        fix = f"did you mean '{close[0]}'?" if close else f"use one of: {', '.join(known)}"
        problems.append(Problem(file, fm.line(key), f"unknown front matter field '{key}'", fix))
    return problems


def _wrong_types(fm: FrontMatter, file: str) -> list[Problem]:
    problems = []
    for name, option in PageMeta._schema:
        value: Any = fm.meta.get(name)
        try:
            option.validate(value)
        except ValidationError as error:
            problems.append(
                Problem(
                    file,
                    fm.line(name),
                    f"'{name}' is not valid: {error}",
                    f"see the front matter table in the README for '{name}'",
                )
            )
    return problems


def _too_long(fm: FrontMatter, file: str, limit: int) -> list[Problem]:
    description = fm.meta.get("description")
    if not isinstance(description, str) or len(description) <= limit:
        return []
    return [
        Problem(
            file,
            fm.line("description"),
            f"'description' is {len(description)} characters, over the limit of {limit}",
            "shorten it to one plain sentence",
        )
    ]
