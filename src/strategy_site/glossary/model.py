"""Glossary entries read from the shared data file, each problem with its line."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from slugify import slugify

from strategy_site.easy_read.icons import icon_path
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


def load_glossary(path: Path) -> tuple[list[Entry], list[Problem]]:
    """The entries, sorted by term, and a problem for each entry that is not right."""
    shown = shown_path(path)
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except (OSError, yaml.YAMLError) as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        return [], [
            Problem(
                shown,
                line,
                f"glossary cannot be read: {error}",
                "check the indentation and quotes on that line",
            )
        ]
    if node is None:
        return [], []
    if not isinstance(node, yaml.SequenceNode):
        return [], [
            Problem(
                shown,
                1,
                "glossary must be a list of entries",
                "start each entry with '- term: ...'",
            )
        ]
    entries, problems = [], []
    for item in node.value:
        line = item.start_mark.line + 1
        entry, entry_problems = _entry(yaml.safe_load(yaml.serialize(item)), shown, line)
        problems += entry_problems
        if entry is not None:
            entries.append(entry)
    return sorted(entries, key=lambda e: e.term.lower()), problems


def _entry(data: Any, file: str, line: int) -> tuple[Entry | None, list[Problem]]:
    if not isinstance(data, dict) or not isinstance(data.get("term"), str):
        return None, [Problem(file, line, "glossary entry has no 'term'", "add 'term: the word'")]
    unknown = set(data) - {"term", "initials", "full", "easy"}
    problems = [
        Problem(
            file,
            line,
            f"glossary entry '{data['term']}' has unknown field '{key}'",
            "use term, initials, full and easy",
        )
        for key in sorted(unknown)
    ]
    easy = data.get("easy")
    easy_entry = None
    if easy is not None:
        easy_entry, easy_problems = _easy(easy, data["term"], file, line)
        problems += easy_problems
    if easy is None and not data.get("full"):
        problems.append(
            Problem(
                file,
                line,
                f"glossary entry '{data['term']}' explains nothing",
                "add 'full:' for the detailed site, 'easy:' for easy read, or both",
            )
        )
    if problems:
        return None, problems
    initials = data.get("initials")
    return Entry(
        str(data["term"]),
        str(initials) if initials else None,
        str(data["full"]) if data.get("full") else None,
        easy_entry,
        line,
    ), []


def _easy(easy: Any, term: str, file: str, line: int) -> tuple[EasyEntry | None, list[Problem]]:
    if not isinstance(easy, dict) or not all(
        isinstance(easy.get(k), str) for k in ("text", "picture", "alt")
    ):
        return None, [
            Problem(
                file,
                line,
                f"easy read entry for '{term}' needs text, picture and alt",
                "give 'easy:' three lines: text, picture (material/<name>) and alt",
            )
        ]
    if icon_path(easy["picture"]) is None:
        return None, [
            Problem(
                file,
                line,
                f"picture '{easy['picture']}' for '{term}' does not exist",
                "use an icon name from https://pictogrammers.com/library/mdi/ as 'material/<name>'",
            )
        ]
    return EasyEntry(easy["text"].strip(), easy["picture"], easy["alt"].strip()), []
