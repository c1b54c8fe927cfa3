"""Front matter parsing keeps each field's line and reports YAML errors where they are."""

from __future__ import annotations

import pytest

from strategy_site.inputs.frontmatter import parse


@pytest.mark.parametrize(
    ("text", "meta", "lines"),
    [
        (
            "---\ntitle: A\neasy_read: x.md\n---\n# A\n",
            {"title": "A", "easy_read": "x.md"},
            {"title": 2, "easy_read": 3},
        ),
        ("---\n---\n# A\n", {}, {}),
        ("# No front matter\n", {}, {}),
        ("---\ntitle: A\n...\n# A\n", {"title": "A"}, {"title": 2}),
    ],
)
def test_parses_fields_and_their_lines(
    text: str, meta: dict[str, str], lines: dict[str, int]
) -> None:
    fm = parse(text)
    assert (fm.meta, fm.lines, fm.error) == (meta, lines, None)


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("---\ntitle: A\ndescription: [unclosed\n---\n", 3, "not valid YAML"),
        ("---\ntitle: A\n  bad: indent\n---\n", 3, "not valid YAML"),
        ("---\n- a list\n---\n", 2, "'field: value' lines"),
        ("---\ntitle: A\ndate: 2022-13-45\n---\n", 3, "'2022-13-45' is not a real date"),
        ("---\ntitle: A\n\n# A\n", 1, "never ends"),
        ("---\ntitle: A\n\tdate: 2022\n---\n", 3, "a tab is used for indenting"),
    ],
)
def test_reports_bad_yaml_at_its_line(text: str, line: int, words: str) -> None:
    error = parse(text).error
    assert error is not None
    assert error.line == line
    assert words in error.what


def test_line_of_a_missing_field_is_the_top() -> None:
    assert parse("---\ntitle: A\n---\n").line("description") == 1
