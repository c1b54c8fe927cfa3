"""Check one page's front matter against a schema: pure, one problem per field."""

from __future__ import annotations

from collections.abc import Mapping

from mkdocs.config import base

from strategy_site.inputs.frontmatter import FrontMatter
from strategy_site.inputs.schema import Where, check
from strategy_site.pages.config import PageMeta
from strategy_site.problems import Problem


def check_front_matter(
    fm: FrontMatter,
    file: str,
    *,
    required: list[str],
    limits: Mapping[str, int],
    schema: type[base.Config] = PageMeta,
) -> list[Problem]:
    """Every problem in a page's front matter, each with its line and a fix."""
    if fm.error:
        return [fm.error.at(file)]
    where = Where(
        file, fm.line, fix="see the front matter table in the README", kind="front matter field"
    )
    return [
        *(repeat.at(file) for repeat in fm.repeats),
        *check(fm.meta, schema, where, required=required),
        *_too_long(fm, file, limits),
    ]


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
