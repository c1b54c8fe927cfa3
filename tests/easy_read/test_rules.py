"""Each easy read rule fires on a page written to break it, at the right line,
and stays quiet on a good page."""

from __future__ import annotations

from textwrap import dedent

import pytest

from strategy_site.easy_read.rules import Settings, check_page, default_banned

SETTINGS = Settings(known_caps=frozenset({"SEND"}), banned=default_banned(), word_budget=80)

GOOD = """\
---
title: Good
---
# A good page

/// idea | Two friends talking
    icon: material/account-group

We want every child to enjoy learning.

Children should learn with their friends.

**SEND** means extra help with learning.
///
"""


def _page(sentence: str) -> str:
    """A good page with one more sentence in its block, at line 15."""
    return GOOD.replace("\n///\n", f"\n\n{sentence}\n///\n")


def _found(source: str) -> list[tuple[str, int, str]]:
    return [(f.rule, f.line, f.what) for f in check_page(source, SETTINGS)]


def test_good_page_is_quiet() -> None:
    assert _found(GOOD) == []


@pytest.mark.parametrize(
    ("sentence", "rule", "words"),
    [
        (
            "We will work hard with all of our partners across the whole city every day.",
            "sentence-long",
            "sentence has 15 words, over 12",
        ),
        (
            "We will work hard with all of our many partners across the city every single day.",
            "sentence-too-long",
            "sentence has 16 words, over 15",
        ),
        ("We listen and we learn but we also act.", "one-idea", "'and', 'but'"),
        ("The plan was written last year.", "passive-voice", "passive voice: 'was written'"),
        ("We help lots of people, e.g. parents.", "banned-words", "'e.g.'"),
        ("We use lots of things etc.", "banned-words", "'etc.'"),
        ("We can go there via the bus.", "banned-words", "'via'"),
        ("It is a piece of cake for us.", "banned-words", "'a piece of cake'"),
        ("About 45% of families answered.", "percentage", "percentage"),
        ("About 45 per cent of families answered.", "percentage", "percentage"),
        ("More than 30,000 people saw it.", "large-number", "large number '30,000'"),
        ("More than 3 thousand people saw it.", "large-number", "large number 'thousand'"),
        ("Five families came to see us.", "number-as-word", "'Five'"),
        ("We wrote an EHCP for you.", "unknown-initials", "initials 'EHCP'"),
        ("This is VERY IMPORTANT to us.", "block-capitals", "'VERY IMPORTANT'"),
        ("This is EXTREMELY good.", "block-capitals", "'EXTREMELY'"),
        ("This is *really* good.", "italics", "italics: 'really'"),
    ],
)
def test_rule_fires_at_its_line(sentence: str, rule: str, words: str) -> None:
    found = [f for f in _found(_page(sentence)) if f[0] == rule]
    assert len(found) == 1, _found(_page(sentence))
    assert found[0][1] == 15
    assert words in found[0][2]


def test_years_and_small_numbers_are_fine() -> None:
    assert _found(_page("In 2022 we met 230 families.")) == []


def test_text_outside_an_idea_block() -> None:
    source = GOOD.replace("# A good page\n", "# A good page\n\nSome loose words.\n")
    assert ("picture-first", 6, "text outside an idea block: 'Some loose words.'") in _found(source)


def test_word_budget() -> None:
    long = _page(" ".join(["We like school."] * 30))
    assert [f for f in _found(long) if f[0] == "word-budget"] == [
        ("word-budget", 1, "page has 112 words, over 80")
    ]


def test_names_with_and_are_one_idea() -> None:
    assert _found(_page("Children and young people and parents and carers came.")) == []


def test_extra_banned_words_from_the_config() -> None:
    settings = Settings(known_caps=frozenset({"SEND"}), banned=("synergy",))
    found = check_page(_page("We want synergy."), settings)
    assert [(f.rule, f.line) for f in found] == [("banned-words", 15)]


def test_headings_are_checked_for_words_but_not_length() -> None:
    source = dedent(GOOD).replace(
        "# A good page", "# A very long heading that goes on and on and on about many things today"
    )
    rules = {f[0] for f in _found(source)}
    assert "sentence-too-long" not in rules
