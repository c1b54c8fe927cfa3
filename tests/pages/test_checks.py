"""Front matter checks: one problem per field, each with its line and a fix."""

from __future__ import annotations

from strategy_site.inputs.frontmatter import parse
from strategy_site.pages.checks import check_front_matter


def _check(text: str, limit: int = 160) -> list[tuple[int | None, str, str]]:
    problems = check_front_matter(
        parse(text), "page.md", required=["title", "description"], limits={"description": limit}
    )
    return [(p.line, p.what, p.fix) for p in problems]


def test_good_front_matter_has_no_problems() -> None:
    assert _check("---\ntitle: A\ndescription: B.\neasy_read: a.md\nhide: [toc]\n---\n") == []


def test_missing_required_fields() -> None:
    assert [what for _, what, _ in _check("---\ntitle: A\n---\n")] == ["'description' is missing"]


def test_unknown_field_suggests_the_close_one() -> None:
    [(line, what, fix)] = _check("---\ntitle: A\ndescription: B.\neasyread: a.md\n---\n")
    assert (line, what, fix) == (
        4,
        "unknown front matter field 'easyread'",
        "did you mean 'easy_read'?",
    )


def test_wrong_type_names_the_field_and_line() -> None:
    [(line, what, _)] = _check("---\ntitle: A\ndescription: B.\neasy_read: 3\n---\n")
    assert line == 4
    assert what == "'easy_read' should be text, not a whole number"


def test_description_over_the_limit() -> None:
    [(line, what, _)] = _check("---\ntitle: A\ndescription: abcdefghijk\n---\n", limit=10)
    assert (line, what) == (3, "'description' is 11 characters, over the limit of 10")


def test_yaml_error_is_the_only_problem() -> None:
    [(line, what, _)] = _check("---\ntitle: [A\n---\n")
    assert line == 2
    assert "not valid YAML" in what
