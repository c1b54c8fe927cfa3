"""Glossary entries read from the shared data file, each problem with its line."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c
from slugify import slugify

from strategy_site.easy_read.icons import OPENMOJI, icon_path
from strategy_site.inputs import yamlfile
from strategy_site.inputs.files import Unreadable, read_text
from strategy_site.inputs.schema import Invalid, Where, check
from strategy_site.problems import Problem, shown_path


@dataclass(frozen=True)
class EasyEntry:
    """How the easy read site explains a word: short sentences and a picture."""

    text: str
    picture: str
    alt: str


@dataclass(frozen=True)
class Entry:
    """One hard word, name or set of initials."""

    term: str
    initials: str | None = None
    full: str | None = None
    easy: EasyEntry | None = None
    line: int = 0
    """Where the entry starts in the glossary file, for problems found in its text."""

    @property
    def anchor(self) -> str:
        return slugify(self.term)


class _Picture(base.BaseConfigOption[str]):
    """A Material icon name, 'material/<name>', that exists, or an OpenMoji picture's,
    'openmoji/<name>' (the easy read build checks that one against the installed set)."""

    def run_validation(self, value: object) -> str:
        if isinstance(value, str) and value.startswith(OPENMOJI) and len(value) > len(OPENMOJI):
            return value
        if not isinstance(value, str) or icon_path(value) is None:
            raise Invalid(
                f"picture '{value}' does not exist",
                "use an icon name from https://pictogrammers.com/library/mdi/ as 'material/<name>'",
            )
        return value


class EasySchema(base.Config):
    """How the easy read site explains a word."""

    text = c.Type(str)
    """Two or three short sentences."""
    picture = _Picture()
    """A Material icon, 'material/<name>'."""
    alt = c.Type(str)
    """What the picture shows."""


class EntrySchema(base.Config):
    """One entry of glossary.yml."""

    term = c.Type(str)
    initials = c.Optional(c.Type(str))
    full = c.Optional(c.Type(str))
    """The explanation on the detailed site."""
    easy = c.SubConfig(EasySchema)


_FIX = "see the comments at the top of glossary.yml and the README's glossary section"


def load_glossary(path: Path) -> tuple[list[Entry], list[Problem]]:
    """The entries, sorted by term, and a problem for each entry that is not right."""
    shown = shown_path(path)
    try:
        mapped = yamlfile.parse(read_text(path))
    except Unreadable as unreadable:
        return [], [unreadable.problem]
    if mapped.error:
        return [], [mapped.error.at(shown)]
    if mapped.data is None:
        return [], []
    if not isinstance(mapped.data, list):
        return [], [
            Problem(
                shown,
                1,
                "glossary must be a list of entries",
                "start each entry with '- term: ...'",
            )
        ]
    where = Where(shown, mapped.line, fix=_FIX, base=1)
    entries, problems = [], [repeat.at(shown) for repeat in mapped.repeats]
    for index, data in enumerate(mapped.data):
        entry_problems = _entry_problems(data, index, where)
        problems += entry_problems
        if not entry_problems:
            entries.append(_entry(data, mapped.line((index,))))
    return sorted(entries, key=lambda e: e.term.lower()), problems


def _entry_problems(data: Any, index: int, where: Where) -> list[Problem]:
    line = where.line((index,))
    if not isinstance(data, dict):
        return [Problem(where.file, line, "glossary entry has no 'term'", "add 'term: the word'")]
    problems = check(data, EntrySchema, where, path=(index,))
    if not problems and data.get("easy") is None and not data.get("full"):
        problems.append(
            Problem(
                where.file,
                line,
                f"glossary entry '{data['term']}' explains nothing",
                "add 'full:' for the detailed site, 'easy:' for easy read, or both",
            )
        )
    return problems


def _entry(data: dict[str, Any], line: int) -> Entry:
    easy = data.get("easy")
    return Entry(
        str(data["term"]),
        str(data["initials"]) if data.get("initials") else None,
        str(data["full"]) if data.get("full") else None,
        EasyEntry(easy["text"].strip(), easy["picture"], easy["alt"].strip()) if easy else None,
        line,
    )
