"""YAML with the line of every key and list item, so each problem can name its line.

One loader for every data file: it composes the node tree once (for lines),
builds the values from it, and turns every YAML error into a `Flaw` in plain
words (an impossible date, a tab, a stray colon, a key given twice).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor

from strategy_site.problems import Problem

Path_ = tuple[str | int, ...]
"""Where a value sits: ('utm', 'sources', 'x') or ('hashtags', 2)."""

# libyaml's parser where PyYAML was built with it: the same YAML, read several times faster.
_BASE: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

YAML_FIX = "check the quotes, colons and indenting on that line"


@dataclass(frozen=True)
class Flaw:
    """What is wrong at a line of a file, before the file's name is known."""

    line: int
    what: str
    fix: str

    def at(self, file: str) -> Problem:
        return Problem(file, self.line, self.what, self.fix)


@dataclass(frozen=True)
class Mapped:
    """A parsed YAML document, the line of each path in it, and any parse error."""

    data: Any = None
    lines: dict[Path_, int] = field(default_factory=dict)
    error: Flaw | None = None
    repeats: tuple[Flaw, ...] = ()
    """Keys given twice in one group: YAML keeps the last one without a word."""

    def line(self, path: Path_) -> int:
        """Line of `path`, or of its nearest parent that has one."""
        while path and path not in self.lines:
            path = path[:-1]
        return self.lines.get(path, min(self.lines.values(), default=1))


def _timestamp(loader: SafeConstructor, node: yaml.Node) -> Any:
    """YAML's dates, but an impossible one (2022-13-45) is a problem at its line."""
    try:
        return SafeConstructor.construct_yaml_timestamp(loader, node)  # type: ignore[arg-type]
    except (ValueError, OverflowError):
        raise ConstructorError(
            None, None, f"'{node.value}' is not a real date", node.start_mark
        ) from None


class _Loader(_BASE):  # type: ignore[valid-type, misc]
    """The safe loader, with dates that fail at their line."""


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


class _Tolerant(_Loader):
    """For MkDocs' own configs, which use tags such as !!python/name: and !ENV.

    Only the lines are wanted from these files; MkDocs reads the values itself.
    """


def _any_tag(loader: yaml.BaseLoader, suffix: str, node: yaml.Node) -> None:
    return None


_Tolerant.add_multi_constructor("!", _any_tag)
_Tolerant.add_multi_constructor("tag:yaml.org,2002:python/", _any_tag)


def parse(text: str, first_line: int = 1, *, tolerant: bool = False) -> Mapped:
    """Parse `text`, whose first line is line `first_line` of its file."""
    loader = (_Tolerant if tolerant else _Loader)(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as error:
        return Mapped(error=flaw(error, first_line, text))
    finally:
        loader.dispose()
    lines: dict[Path_, int] = {}
    repeats: list[Flaw] = []
    _walk(node, (), lines, repeats, first_line)
    return Mapped(data, lines, repeats=tuple(repeats))


def flaw(error: yaml.YAMLError, first_line: int = 1, text: str = "") -> Flaw:
    """A YAML error in plain words, at the line where the broken part is."""
    mark = getattr(error, "problem_mark", None)
    problem = str(getattr(error, "problem", None) or error)
    if mark is not None and "\t" in _line(text, mark.line):
        problem = "found character '\\t'"
    if isinstance(error, yaml.constructor.ConstructorError) and problem.endswith("real date"):
        return Flaw(
            mark.line + first_line if mark else first_line,
            problem,
            "write the date as YYYY-MM-DD with a month from 01 to 12 and a day that month has",
        )
    # Where an unclosed quote or bracket began says more than where parsing gave up.
    context_mark = getattr(error, "context_mark", None)
    if context_mark is not None and _is_unclosed(problem):
        mark = context_mark
    line = mark.line + first_line if mark is not None else first_line
    what, fix = _plain(problem)
    return Flaw(line, what, fix)


def _line(text: str, index: int) -> str:
    lines = text.splitlines()
    return lines[index] if index < len(lines) else ""


def _is_unclosed(problem: str) -> bool:
    return "expected" in problem or "end of stream" in problem


_PLAIN: list[tuple[re.Pattern[str], str, str]] = [
    (
        re.compile(r"found character '\\t'"),
        "a tab is used for indenting, and YAML only allows spaces",
        "replace the tab at the start of the line with spaces",
    ),
    (
        re.compile(r"mapping values are not allowed"),
        "a ':' where YAML does not expect one",
        "put the text in quotes if it contains ': ', or put the field on a line of its own",
    ),
    (
        re.compile(r"could not find expected ':'"),
        "a line that is not 'name: value'",
        "add the ':' after the name, or join the line to the one above",
    ),
    (
        re.compile(r"found unexpected end of stream|while scanning a quoted"),
        "a quote is opened but never closed",
        "add the closing quote",
    ),
    (
        re.compile(r"expected ',' or '\]'|expected ',' or '\}'"),
        "a list in [brackets] or a group in {braces} is not closed",
        "add the closing bracket, or put quotes around text that contains a comma",
    ),
    (
        re.compile(r"expected <block end>"),
        "the indenting does not line up with the lines above",
        "indent this line with the same number of spaces as the others at its level",
    ),
    (
        re.compile(r"found undefined alias|found character '\*'"),
        "a '*' at the start of a value, which YAML reads as a reference",
        "put the value in quotes",
    ),
    (
        re.compile(r"found character '@'|found character '`'"),
        "a value starts with a character YAML keeps for itself",
        "put the value in quotes",
    ),
    (
        re.compile(r"could not determine a constructor for the tag"),
        "a '!' tag that this file cannot use",
        "remove the '!...' before the value, or put the value in quotes",
    ),
]


def _plain(problem: str) -> tuple[str, str]:
    for pattern, what, fix in _PLAIN:
        if pattern.search(problem):
            return f"not valid YAML: {what}", fix
    return f"not valid YAML: {problem}", YAML_FIX


def _walk(
    node: yaml.Node | None, path: Path_, lines: dict[Path_, int], repeats: list[Flaw], first: int
) -> None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            here = (*path, str(key.value))
            line = key.start_mark.line + first
            if here in lines:
                repeats.append(_repeat(here, lines[here], line))
            lines[here] = line
            _walk(value, here, lines, repeats, first)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            here = (*path, index)
            lines[here] = item.start_mark.line + first
            _walk(item, here, lines, repeats, first)


def _repeat(path: Path_, first: int, again: int) -> Flaw:
    name = ".".join(str(p) for p in path)
    return Flaw(
        again,
        f"'{name}' is given twice (first on line {first}); only this one would be used",
        "keep one of the two lines",
    )
