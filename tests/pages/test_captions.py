"""Table captions written in Markdown ("Table: ..." above the table)."""

from __future__ import annotations

import markdown

EXTENSIONS = ["tables", "strategy_site.pages.captions"]
TABLE = "| Year | Weeks |\n| --- | --- |\n| 2022 | 21 |\n"


def html(text: str) -> str:
    return markdown.markdown(text, extensions=EXTENSIONS)


def test_a_table_line_above_a_table_becomes_its_caption() -> None:
    out = html(f"Table: How long children *waited*\n\n{TABLE}")
    assert "<table>\n<caption>How long children <em>waited</em></caption>" in out
    assert "<p>Table:" not in out


def test_other_paragraphs_are_left_alone() -> None:
    assert "<p>Table: not above a table</p>" in html("Table: not above a table\n")
    assert "<caption>" not in html(f"A table follows.\n\n{TABLE}")
