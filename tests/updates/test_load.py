"""An update's front matter: every problem at its line, with the known names listed."""

from __future__ import annotations

import pytest

from strategy_site.inputs.frontmatter import parse
from strategy_site.updates.load import Rules, check_update, load_updates

RULES = Rules(
    priorities=frozenset({"workforce", "inclusive-ethos"}),
    audiences=frozenset({"families", "partners"}),
    summary_max=40,
)
GOOD = """\
---
title: A step forward
date: 2022-11
summary: Something happened.
priorities: [workforce]
audiences: [families]
---
# A step forward
"""


def _problems(text: str) -> list[tuple[int | None, str, str]]:
    return [(p.line, p.what, p.fix) for p in check_update(parse(text), "u.md", RULES)]


def test_a_good_update_has_no_problems() -> None:
    assert _problems(GOOD) == []


@pytest.mark.parametrize(
    ("change", "line", "what"),
    [
        (("title: A step forward\n", ""), 1, "'title' is missing"),
        (("date: 2022-11\n", ""), 1, "'date' is missing"),
        (
            ("date: 2022-11", "date: November"),
            3,
            "'date' is not valid: 'November' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD",
        ),
        (
            ("[workforce]", "[workforse]"),
            5,
            "'priorities' names 'workforse', which is not one of the priority pages",
        ),
        (
            ("[families]", "[parents]"),
            6,
            "'audiences' names 'parents', which is not one of the audiences in the config",
        ),
        (("Something happened.", "x" * 41), 4, "'summary' is 41 characters, over the limit of 40"),
        (("audiences:", "image: a.png\naudiences:"), 6, "'image' has no 'image_alt'"),
        (("title:", "titel: x\ntitle:"), 2, "unknown front matter field 'titel'"),
    ],
)
def test_each_problem_names_field_and_line(change: tuple[str, str], line: int, what: str) -> None:
    found = _problems(GOOD.replace(*change))
    assert [(problem_line, problem_what) for problem_line, problem_what, _ in found] == [
        (line, what)
    ]


def test_unknown_priority_lists_the_known_ones() -> None:
    [(_, _, fix)] = _problems(GOOD.replace("[workforce]", "[nope]"))
    assert fix == "use one of: inclusive-ethos, workforce"


def test_load_keeps_good_updates_and_reports_bad_ones() -> None:
    sources = {
        "updates/a.md": ("content/updates/a.md", parse(GOOD)),
        "updates/b.md": ("content/updates/b.md", parse(GOOD.replace("[families]", "[x]"))),
    }
    loaded = load_updates(sources, RULES)
    assert [u.src_uri for u in loaded.updates] == ["updates/a.md"]
    assert [p.file for p in loaded.problems] == ["content/updates/b.md"]
    assert loaded.updates[0].key == "a"
