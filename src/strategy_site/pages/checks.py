"""Check one page's front matter against a schema: pure, one problem per field."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from typing import Any

from mkdocs.config import base
from mkdocs.config.base import ValidationError

from strategy_site.pages.config import PageMeta
from strategy_site.pages.frontmatter import FrontMatter
from strategy_site.problems import Problem


def check_front_matter(
    fm: FrontMatter,
    file: str,
    *,
    required: list[str],
    limits: Mapping[str, int],
    schema: type[base.Config] = PageMeta,
) -> list[Problem]:
    """Every problem in a page's front matter, each with its line and a fix.

    MkDocs' own Config.validate() stops at the first failure; the comms team
    should see them all at once, so each field is validated on its own.
    """
    if fm.error:
        line, what = fm.error
        return [Problem(file, line, what, "check quotes, colons and indentation on that line")]
    return [
        *_missing(fm, file, required),
        *_unknown(fm, file, schema),
        *_wrong_types(fm, file, schema, required),
        *_too_long(fm, file, limits),
    ]


def _missing(fm: FrontMatter, file: str, required: list[str]) -> list[Problem]:
    return [
        Problem(file, 1, f"front matter has no '{key}'", f"add a line '{key}: ...' at the top")
        for key in required
        if fm.meta.get(key) in (None, "", [])
    ]


def _unknown(fm: FrontMatter, file: str, schema: type[base.Config]) -> list[Problem]:
    known = [name for name, _ in schema._schema]
    problems = []
    for key in fm.meta:
        if key in known:
            continue
        close = difflib.get_close_matches(key, known, n=1)
        fix = f"did you mean '{close[0]}'?" if close else f"use one of: {', '.join(known)}"
        problems.append(Problem(file, fm.line(key), f"unknown front matter field '{key}'", fix))
    return problems


def _wrong_types(
    fm: FrontMatter, file: str, schema: type[base.Config], required: list[str]
) -> list[Problem]:
    problems = []
    for name, option in schema._schema:
        value: Any = fm.meta.get(name)
        if value is None and name in required:
            continue  # already reported as missing
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


def _too_long(fm: FrontMatter, file: str, limits: Mapping[str, int]) -> list[Problem]:
    problems = []
    for name, limit in limits.items():
        text = fm.meta.get(name)
        if isinstance(text, str) and len(text) > limit:
            problems.append(
                Problem(
                    file,
                    fm.line(name),
                    f"'{name}' is {len(text)} characters, over the limit of {limit}",
                    "shorten it to one or two plain sentences",
                )
            )
    return problems
