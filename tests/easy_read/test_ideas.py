"""Idea blocks: rendering (input/output) and the line-accurate checks."""

from __future__ import annotations

from textwrap import dedent

import markdown
import pytest

from strategy_site.easy_read.ideas import check_ideas


def _render(src: str) -> str:
    return markdown.markdown(dedent(src), extensions=["strategy_site.easy_read.blocks"])


def test_idea_renders_labelled_picture_then_words() -> None:
    html = _render(
        """\
        /// idea | Two friends & a <dog>
            icon: material/account-group

        We learn together.
        ///
        """
    )
    assert html.startswith('<div class="idea">\n<div class="idea__picture"><svg ')
    assert 'role="img" aria-label="Two friends &amp; a &lt;dog&gt;"' in html
    assert "<title>Two friends &amp; a &lt;dog&gt;</title>" in html
    assert html.endswith('<div class="idea__words">\n<p>We learn together.</p>\n</div>\n</div>')


def test_idea_with_unknown_icon_is_left_as_text() -> None:
    html = _render("/// idea | A dog\n    icon: material/no-such-icon\n\nWoof.\n///\n")
    assert 'class="idea"' not in html


@pytest.mark.parametrize(
    ("source", "problems"),
    [
        ("/// idea | A school\n    icon: material/school\n\nHi.\n///\n", []),
        (
            "# T\n\n/// idea\n    icon: material/school\n\nHi.\n///\n",
            [(3, "idea block has no alt text for its picture")],
        ),
        ("/// idea | A school\n\nHi.\n///\n", [(1, "idea block has no picture")]),
        (
            "x\n/// idea | A school\n    icon: material/skool\n\nHi.\n///\n",
            [(2, "picture 'material/skool' does not exist")],
        ),
        (
            "/// idea | Image of a school\n    icon: material/school\n\nHi.\n///\n",
            [(1, "alt text 'Image of a school' names the file or says 'image of'")],
        ),
        (
            "/// idea | school.svg\n    icon: material/school\n\nHi.\n///\n",
            [(1, "alt text 'school.svg' names the file or says 'image of'")],
        ),
    ],
)
def test_check_ideas(source: str, problems: list[tuple[int, str]]) -> None:
    found = check_ideas(source, "page.md")
    assert [(p.line, p.what) for p in found] == problems
    assert all(p.file == "page.md" and p.fix for p in found)
