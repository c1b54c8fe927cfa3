"""The e-mail's plain-text part: the same words, every URL in full."""

from __future__ import annotations

from textwrap import dedent

from strategy_site.comms.plain import html_to_text

LONG_URL = "https://tiny.example.org/priorities/first/?utm_source=bulletin&utm_medium=email"


def test_blocks_lists_and_links() -> None:
    html = (
        "<h2>What happened</h2>"
        "<p>The board met and agreed the plan. Read "
        f'<a href="{LONG_URL.replace("&", "&amp;")}">the first priority</a>.</p>'
        "<ul><li>one</li><li>two<ol><li>a</li><li>b</li></ol></li></ul>"
        '<p>Line<br>break <img src="x.png" alt="A chart"></p>'
    )
    assert html_to_text(html) == dedent(
        f"""\
        What happened

        The board met and agreed the plan. Read the first priority
        ({LONG_URL}).

        - one
        - two
          1. a
          2. b

        Line
        break [Image: A chart]"""
    )


def test_a_link_showing_its_address_is_not_repeated() -> None:
    assert html_to_text('<p><a href="https://e.org/">https://e.org/</a></p>') == "https://e.org/"
