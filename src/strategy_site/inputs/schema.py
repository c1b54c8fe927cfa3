"""Check a data file's values against a typed schema, one plain problem per value.

MkDocs' `Config.validate()` stops at the first failure and speaks Python
("Expected type: <class 'int'>"); the comms team should see every bad value
at once, each at its own line, in words. Groups (`SubConfig`), lists and
maps are checked item by item so each bad item names its own line.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.base import ValidationError

from strategy_site.inputs.yamlfile import Path_
from strategy_site.problems import Problem


class Invalid(ValidationError):
    """A bad value and how to correct it (custom options raise it)."""

    def __init__(self, what: str, fix: str) -> None:
        super().__init__(what)
        self.fix = fix


@dataclass(frozen=True)
class Where:
    """The file being checked, the line of each value in it, and the fix to fall back on."""

    file: str
    line: Callable[[Path_], int]
    fix: str = "see the README for what this field may hold"
    kind: str = "field"
    """What the file's names are called, for 'unknown field' lines: 'setting', 'field'."""
    base: int = 0
    """How many leading parts of a path to leave out of names (a list entry's index)."""

    def name(self, path: Path_) -> str:
        """A path as the comms team would write it: utm.sources.x, hashtags.2."""
        return ".".join(str(p) for p in path[self.base :])


class Day(base.BaseConfigOption[dt.date]):
    """A calendar date, YYYY-MM-DD (YAML reads it as a date)."""

    def run_validation(self, value: object) -> dt.date:
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value
        raise Invalid(f"'{value}' is not a date", "write it as YYYY-MM-DD, such as 2027-03-31")


def schema_keys(schema: type[base.Config]) -> list[str]:
    """The names a schema knows, in its order."""
    return [name for name, _ in schema._schema]


def check(
    data: Mapping[str, Any],
    schema: type[base.Config],
    where: Where,
    *,
    path: Path_ = (),
    required: Collection[str] = (),
) -> list[Problem]:
    """Every problem in `data` (the group at `path`), each at its line with a fix."""
    known = schema_keys(schema)
    problems = [
        _unknown(str(key), known, (*path, str(key)), where) for key in data if key not in known
    ]
    for name, option in schema._schema:
        here = (*path, name)
        if data.get(name) in (None, "", []) and (name in required or _required(option)):
            problems.append(_missing(here, where))
        elif name in data:
            problems += check_value(option, data[name], here, where)
    return problems


def _required(option: base.BaseConfigOption[Any]) -> bool:
    """Class-based configs require every option that is not Optional and has no default."""
    if isinstance(option, c.Optional):
        return False
    return bool(getattr(option, "required", False)) and option.default is None


def check_value(
    option: base.BaseConfigOption[Any], value: Any, path: Path_, where: Where
) -> list[Problem]:
    """One value; groups, lists and maps item by item."""
    inner = option.option if isinstance(option, c.Optional) else option
    if value is None and inner is not option:
        return []
    if isinstance(inner, c.SubConfig) and isinstance(value, dict):
        return check(value, inner.config_class, where, path=path)
    if isinstance(inner, c.ListOfItems) and isinstance(value, list):
        kind = inner.option_type
        return [
            p for i, item in enumerate(value) for p in check_value(kind, item, (*path, i), where)
        ]
    if isinstance(inner, c.DictOfItems) and isinstance(value, dict):
        kind = inner.option_type
        return [
            p
            for k, item in value.items()
            for p in _key(inner, k, (*path, k), where) or check_value(kind, item, (*path, k), where)
        ]
    try:
        option.validate(value)
    except Invalid as error:
        return [Problem(where.file, where.line(path), f"{where.name(path)}: {error}", error.fix)]
    except ValidationError as error:
        what = f"'{where.name(path)}' {plain(str(error))}"
        return [Problem(where.file, where.line(path), what, where.fix)]
    return []


def _key(option: c.DictOfItems[Any], key: str, path: Path_, where: Where) -> list[Problem]:
    """A map whose keys are names from a list (channels) checks each key by `check_key`."""
    check_key = getattr(option, "check_key", None)
    try:
        if check_key is not None:
            check_key(key)
    except Invalid as error:
        return [Problem(where.file, where.line(path), str(error), error.fix)]
    return []


def _unknown(key: str, known: list[str], path: Path_, where: Where) -> Problem:
    close = difflib.get_close_matches(key, known, n=1)
    fix = f"did you mean '{close[0]}'?" if close else f"use one of: {', '.join(known)}"
    return Problem(where.file, where.line(path), f"unknown {where.kind} '{where.name(path)}'", fix)


def _missing(path: Path_, where: Where) -> Problem:
    return Problem(
        where.file,
        where.line(path),
        f"'{where.name(path)}' is missing",
        f"add a line '{path[-1]}: ...'",
    )


_TYPE_WORDS = {
    "str": "text",
    "int": "a whole number",
    "float": "a number",
    "bool": "true or false",
    "dict": "a group of 'name: value' lines",
    "list": "a list",
    "tuple": "a list",
    "NoneType": "empty",
    "date": "a date (YYYY-MM-DD)",
    "datetime": "a date and time",
    "time": "a time (HH:MM)",
}


def _type_words(match: re.Match[str], group: str) -> str:
    names = re.findall(r"<class '(?:[\w.]+\.)?(\w+)'>", match[group])
    return " or ".join(dict.fromkeys(_TYPE_WORDS.get(n, n) for n in names)) or match[group]


_MESSAGES: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (
        re.compile(r"Expected type: (?P<want>.+?) but received: (?P<got><class '[\w.]+'>)\s*$"),
        lambda m: f"should be {_type_words(m, 'want')}, not {_type_words(m, 'got')}",
    ),
    (
        re.compile(r"Expected type: (?P<want>.+?) with length (?P<n>\d+) but received: .*"),
        lambda m: f"should be {_type_words(m, 'want')} of {m['n']} items",
    ),
    (
        re.compile(r"Expected a list of items, but a (?P<got>.+) was given"),
        lambda m: f"should be a list (lines starting '- '), not {_type_words(m, 'got')}",
    ),
    (
        re.compile(r"Expected a dict of items, but a (?P<got>.+) was given"),
        lambda m: f"should be a group of 'name: value' lines, not {_type_words(m, 'got')}",
    ),
    (
        re.compile(r"Expected one of: \((?P<choices>.*)\) but received: (?P<got>.*)"),
        lambda m: f"is {m['got']}, which is not one of: {m['choices'].replace(chr(39), '')}",
    ),
    (re.compile(r"Required configuration not provided"), lambda m: "is missing"),
    (
        re.compile(r"The configuration is invalid\. Expected a key-value mapping"),
        lambda m: "should be 'name: value' lines",
    ),
]


def plain(message: str) -> str:
    """A MkDocs validation message in plain words ('should be a whole number, not text')."""
    text = message.strip().rstrip(".")
    for pattern, words in _MESSAGES:
        if m := pattern.search(text):
            return words(m)
    return f"is not valid: {text}"
