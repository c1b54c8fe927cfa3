"""Read measuring success from the comms team's files, every problem at its line.

    measures/indicators.yml    one entry per indicator (what it measures, which way is better)
    measures/<id>.csv          its values: period,value (and the comparison's, if it has one)
    measures/actions.yml       the actions of each priority, with their status

Problems have the shape of front matter problems: file, line, what is wrong, the fix.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Collection, Iterator, Sequence
from pathlib import Path
from typing import Any

from strategy_site.inputs import yamlfile
from strategy_site.inputs.files import Unreadable, read_text
from strategy_site.measures.model import (
    STATUSES,
    Action,
    Indicator,
    Measures,
    Value,
    YouSaid,
)
from strategy_site.problems import Problem, shown_path
from strategy_site.updates.when import When

INDICATORS, ACTIONS, YOU_SAID = "indicators.yml", "actions.yml", "you-said.yml"
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_INDICATOR_FIELDS = (
    "id", "title", "priority", "unit", "better", "source", "notes", "comparison", "label",
    "easy_title", "easy_words", "easy_comparison",
)  # fmt: skip
_ACTION_FIELDS = ("id", "priority", "what", "lead", "due", "status", "note", "easy_what")
_SLOT = "{value}"
"""Where the number goes in an easy read sentence: the only braces it may hold."""
_YOU_SAID_FIELDS = ("said", "did", "when", "links", "easy_said", "easy_did")


def load_measures(
    folder: Path, priorities: Collection[str], pages: Collection[str] = ()
) -> tuple[Measures, list[Problem]]:
    """Everything in `folder` (none of it needed: no files, no measures), and its problems.

    `priorities` are the slugs of the priority pages an entry may name; `pages` the
    docs-relative paths of the pages a 'You said, we did' entry may link to."""
    problems: list[Problem] = []
    indicators = list(_indicators(folder, priorities, problems))
    actions, as_of = _actions(folder, priorities, problems)
    said = list(you_said(folder, pages, problems))
    return Measures(tuple(indicators), tuple(actions), as_of, tuple(said)), problems


def you_said(folder: Path, pages: Collection[str], problems: list[Problem]) -> Iterator[YouSaid]:
    """The entries of you-said.yml, adding each problem to `problems`."""
    path = folder / YOU_SAID
    mapped = _document(path, problems)
    if mapped is None:
        return
    file = shown_path(path)
    for index, item in _entries(mapped, "entries", file, problems):
        here = ("entries", index)
        found = _text_fields(item, here, _YOU_SAID_FIELDS, ("said", "did", "when"), mapped, file)
        found += _date(item, here, "when", dt.date(2022, 11, 30), mapped, file)
        links = item.get("links") or []
        if not isinstance(links, list):
            links = [links]
        for link in links:
            if str(link) not in pages:
                found.append(
                    Problem(
                        file,
                        mapped.line((*here, "links")),
                        f"'links' names '{link}', which is not a page of the site",
                        "give a page's path in content/, such as 'updates/2019-families-survey.md'",
                    )
                )
        if found:
            problems += found
            continue
        yield YouSaid(
            said=" ".join(str(item["said"]).split()),
            did=" ".join(str(item["did"]).split()),
            when=When.parse(item["when"]).iso(),
            links=tuple(str(link) for link in links),
            easy_said=" ".join(str(item.get("easy_said") or "").split()),
            easy_did=" ".join(str(item.get("easy_did") or "").split()),
        )


def _document(path: Path, problems: list[Problem]) -> yamlfile.Mapped | None:
    if not path.exists():
        return None
    try:
        mapped = yamlfile.parse(read_text(path))
    except Unreadable as unreadable:
        problems.append(unreadable.problem)
        return None
    if mapped.error:
        problems.append(mapped.error.at(shown_path(path)))
        return None
    problems += [repeat.at(shown_path(path)) for repeat in mapped.repeats]
    return mapped


def _entries(
    mapped: yamlfile.Mapped, key: str, file: str, problems: list[Problem]
) -> Iterator[tuple[int, dict[str, Any]]]:
    """(index, entry) for each mapping in the list under `key`."""
    data = mapped.data if isinstance(mapped.data, dict) else {}
    items = data.get(key)
    if not isinstance(items, list):
        problems.append(
            Problem(
                file,
                mapped.line((key,)),
                f"'{key}' must be a list of entries, each starting with '- id:'",
                f"see the comments at the top of {file}",
            )
        )
        return
    for index, item in enumerate(items):
        if isinstance(item, dict):
            yield index, item
        else:
            problems.append(
                Problem(
                    file,
                    mapped.line((key, index)),
                    f"entry {index + 1} of '{key}' is not 'field: value' lines",
                    "start each entry with '- id:' and indent its other fields under it",
                )
            )


def _text_fields(
    item: dict[str, Any],
    where: tuple[str, int],
    fields: tuple[str, ...],
    required: tuple[str, ...],
    mapped: yamlfile.Mapped,
    file: str,
) -> list[Problem]:
    key, index = where
    problems = []
    for name in item:
        if name not in fields:
            problems.append(
                Problem(
                    file,
                    mapped.line((key, index, name)),
                    f"'{name}' is not a field of an entry here",
                    f"use only: {', '.join(fields)}",
                )
            )
    for name in required:
        value = item.get(name)
        if not isinstance(value, str | int | dt.date) or not str(value).strip():
            problems.append(
                Problem(
                    file,
                    mapped.line((key, index, name)) if name in item else mapped.line((key, index)),
                    f"entry {index + 1} has no '{name}'",
                    f"add '{name}:' to it",
                )
            )
    return problems


def _indicators(
    folder: Path, priorities: Collection[str], problems: list[Problem]
) -> Iterator[Indicator]:
    path = folder / INDICATORS
    mapped = _document(path, problems)
    if mapped is None:
        return
    file = shown_path(path)
    seen: dict[str, int] = {}
    for index, item in _entries(mapped, "indicators", file, problems):
        here = ("indicators", index)
        found = _text_fields(
            item,
            here,
            _INDICATOR_FIELDS,
            ("id", "title", "priority", "better", "source"),
            mapped,
            file,
        )
        found += _known(item, here, "priority", sorted(priorities), "priority pages", mapped, file)
        found += _known(item, here, "better", ("higher", "lower"), "choices", mapped, file)
        found += _new_id(item, here, seen, mapped, file)
        found += _sentences(item, here, ("easy_words", "easy_comparison"), mapped, file)
        if found:
            problems += found
            continue
        ident = str(item["id"])
        values, csv_text = _values(folder / f"{ident}.csv", bool(item.get("comparison")), problems)
        yield Indicator(
            id=ident,
            title=str(item["title"]).strip(),
            priority=str(item["priority"]),
            unit=str(item.get("unit") or "").strip(),
            better=str(item["better"]),
            source=str(item["source"]).strip(),
            notes=" ".join(str(item.get("notes") or "").split()),
            comparison=str(item.get("comparison") or "").strip(),
            label=_words(item, "label") or "Leeds",
            easy_title=_words(item, "easy_title"),
            easy_words=_words(item, "easy_words"),
            easy_comparison=_words(item, "easy_comparison"),
            values=values,
            csv=csv_text,
            line=mapped.line(here) or 0,
        )


def _words(item: dict[str, Any], name: str) -> str:
    """A text field with its spaces and line breaks made single spaces; '' if absent."""
    return " ".join(str(item.get(name) or "").split())


def _sentences(
    item: dict[str, Any],
    here: tuple[str, int],
    names: Sequence[str],
    mapped: yamlfile.Mapped,
    file: str,
) -> list[Problem]:
    """Easy read sentences that the build puts a number into: each once, at '{value}'."""
    problems = []
    for name in names:
        text = _words(item, name)
        if text and (text.count(_SLOT) != 1 or "{" in text.replace(_SLOT, "")
                     or "}" in text.replace(_SLOT, "")):  # fmt: skip
            problems.append(
                Problem(
                    file,
                    mapped.line((*here, name)),
                    f"'{name}' must have {_SLOT} once, where the number goes, and no other braces",
                    f"write it like 'children waited {_SLOT}' (the build writes '14 weeks' there)",
                )
            )
    return problems


def _known(
    item: dict[str, Any],
    here: tuple[str, int],
    name: str,
    known: Sequence[str],
    what: str,
    mapped: yamlfile.Mapped,
    file: str,
) -> list[Problem]:
    value = item.get(name)
    if value is None or str(value) in known:
        return []
    return [
        Problem(
            file,
            mapped.line((*here, name)),
            f"'{name}' is '{value}', which is not one of the {what}",
            f"use one of: {', '.join(known)}",
        )
    ]


def _date(
    item: dict[str, Any],
    here: tuple[str, int],
    name: str,
    example: dt.date,
    mapped: yamlfile.Mapped,
    file: str,
) -> list[Problem]:
    """A date as precise as known (a year, a month or a day), if the entry gives one."""
    value = item.get(name)
    if value is None:
        return []
    try:
        When.parse(value)
    except ValueError:
        return [
            Problem(
                file,
                mapped.line((*here, name)),
                f"'{name}' is '{value}', not a date",
                f"write it as a year ({example:%Y}), a month ({example:%Y-%m}) or a day "
                f"({example.isoformat()})",
            )
        ]
    return []


def _new_id(
    item: dict[str, Any],
    here: tuple[str, int],
    seen: dict[str, int],
    mapped: yamlfile.Mapped,
    file: str,
) -> list[Problem]:
    ident = item.get("id")
    if ident is None:
        return []
    line = mapped.line((*here, "id"))
    if not _ID.match(str(ident)):
        return [
            Problem(
                file,
                line,
                f"id '{ident}' is not lowercase words joined by hyphens",
                "write it like 'assessment-wait' (it names the CSV file and the page's link)",
            )
        ]
    if str(ident) in seen:
        return [
            Problem(
                file,
                line,
                f"id '{ident}' is also the id of the entry at line {seen[str(ident)]}",
                "give each entry its own id",
            )
        ]
    seen[str(ident)] = line
    return []


def _values(
    path: Path, has_comparison: bool, problems: list[Problem]
) -> tuple[tuple[Value, ...], str]:
    """The CSV's rows, and the CSV as it is published; none while there is no file."""
    if not path.exists():
        return (), ""
    file = shown_path(path)
    try:
        text = read_text(path)
    except Unreadable as unreadable:
        problems.append(unreadable.problem)
        return (), ""
    rows = list(csv.reader(io.StringIO(text)))
    wanted = ["period", "value", *(["comparison"] if has_comparison else [])]
    header = [cell.strip().lower() for cell in rows[0]] if rows else []
    if header != wanted:
        problems.append(
            Problem(
                file,
                1,
                f"the first line is '{','.join(header)}', not the column names",
                f"make the first line '{','.join(wanted)}'"
                + ("" if has_comparison else " (or add 'comparison:' to the indicator)"),
            )
        )
        return (), ""
    values, found, periods = [], [], set()
    for number, row in enumerate(rows[1:], 2):
        if not any(cell.strip() for cell in row):
            continue
        cells = [cell.strip() for cell in row] + [""] * (len(wanted) - len(row))
        if len(row) > len(wanted):
            found.append(
                Problem(
                    file,
                    number,
                    f"this line has {len(row)} values, not {len(wanted)}",
                    f"give each line {', '.join(wanted)}, separated by commas",
                )
            )
            continue
        period, value, comparison = cells[0], cells[1], cells[2] if has_comparison else ""
        if not period:
            found.append(
                Problem(
                    file,
                    number,
                    "this line has no period",
                    "write the year, such as 2023 or 2023/24, first",
                )
            )
            continue
        if period in periods:
            found.append(
                Problem(
                    file,
                    number,
                    f"period '{period}' is on an earlier line too",
                    "keep one line per period",
                )
            )
            continue
        periods.add(period)
        numbers = [
            _number(value, "value", file, number, found),
            _number(comparison, "comparison", file, number, found, optional=True),
        ]
        if numbers[0] is None or (comparison and numbers[1] is None):
            continue
        values.append(Value(period, numbers[0], numbers[1]))
    problems += found
    if found:
        return (), ""
    lines = [",".join(wanted)] + [
        ",".join([v.period, _plain(v.value), *([_plain(v.comparison)] if has_comparison else [])])
        for v in values
    ]
    return tuple(values), "\n".join(lines) + "\n"


def _number(
    cell: str, column: str, file: str, line: int, problems: list[Problem], optional: bool = False
) -> float | None:
    if not cell:
        if not optional:
            problems.append(
                Problem(file, line, f"the {column} is empty", "write a number, such as 14 or 2.5")
            )
        return None
    plain = re.fullmatch(r"-?[\d,]+(\.\d+)?", cell)
    value = float(cell.replace(",", "")) if plain else None
    if value is None:
        problems.append(
            Problem(
                file,
                line,
                f"the {column} '{cell}' is not a number",
                "write digits only, such as 14 or 2.5 (no units, no % sign)",
            )
        )
    return value


def _plain(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(value)


def _actions(
    folder: Path, priorities: Collection[str], problems: list[Problem]
) -> tuple[list[Action], dt.date | None]:
    path = folder / ACTIONS
    mapped = _document(path, problems)
    if mapped is None:
        return [], None
    file = shown_path(path)
    data = mapped.data if isinstance(mapped.data, dict) else {}
    as_of = data.get("as_of")
    if as_of is not None and not isinstance(as_of, dt.date):
        problems.append(
            Problem(
                file,
                mapped.line(("as_of",)),
                f"'as_of' is '{as_of}', not a date",
                "write it as 2022-11-30",
            )
        )
        as_of = None
    actions: list[Action] = []
    seen: dict[str, int] = {}
    for index, item in _entries(mapped, "actions", file, problems):
        here = ("actions", index)
        found = _text_fields(
            item,
            here,
            _ACTION_FIELDS,
            ("id", "priority", "what", "lead", "status"),
            mapped,
            file,
        )
        found += _known(item, here, "priority", sorted(priorities), "priority pages", mapped, file)
        found += _known(item, here, "status", STATUSES, "statuses", mapped, file)
        found += _new_id(item, here, seen, mapped, file)
        due = item.get("due")
        found += _date(item, here, "due", dt.date(2023, 3, 31), mapped, file)
        if found:
            problems += found
            continue
        actions.append(
            Action(
                id=str(item["id"]),
                priority=str(item["priority"]),
                what=" ".join(str(item["what"]).split()),
                lead=" ".join(str(item["lead"]).split()),
                due=When.parse(due).iso() if due is not None else "",
                status=str(item["status"]),
                note=_words(item, "note"),
                easy_what=_words(item, "easy_what"),
                line=mapped.line(here) or 0,
            )
        )
    return actions, as_of if isinstance(as_of, dt.date) else None
