"""Hostile Markdown never reaches an e-mail, the preview or a post."""

from __future__ import annotations

import pytest

from strategy_site.comms.safe_html import clean_html, plain_text, safe_url


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>Hi<script>alert('<p>')</script></p>", "<p>Hi</p>"),
        ('<a href="javascript:alert(1)">words</a>', "words"),
        ('<a href=" JaVa&#x09;script:alert(1)">words</a>', "words"),
        ('<a href="data:text/html,x">words</a>', "words"),
        ('<a href="https://e.org/?a=1&amp;b=2" onclick="x()">ok</a>',
         '<a href="https://e.org/?a=1&amp;b=2">ok</a>'),
        ('<p style="color:red" class="c" id="i">t</p>', "<p>t</p>"),
        ('<img src="javascript:x" alt="a"><img src="https://e.org/i.png">',
         '<img src="https://e.org/i.png" alt="">'),
        ("<svg><g><svg></svg>inner</g></svg>after", "after"),
        ("<iframe src='https://e.org'>x</iframe><form><input></form>", ""),
        ("<div><span>kept words</span></div>", "kept words"),
        ("<p>&lt;script&gt; as text</p>", "<p>&lt;script&gt; as text</p>"),
        ('<th scope="col" onmouseover="x">h</th>', '<th scope="col">h</th>'),
        ("<p>They said <q>include us</q>.</p>", "<p>They said \u201cinclude us\u201d.</p>"),
        ("<p><cite>A report</cite></p>", "<p><cite>A report</cite></p>"),
    ],
)  # fmt: skip
def test_only_safe_html_is_kept(html: str, expected: str) -> None:
    assert clean_html(html) == expected


def test_hrefs_are_rewritten_after_checking() -> None:
    html = '<a href="https://e.org/a">a</a> <a href="vbscript:x">b</a>'
    assert clean_html(html, lambda url: url + "?t=1") == '<a href="https://e.org/a?t=1">a</a> b'


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://e.org", True),
        ("mailto:a@e.org", True),
        ("tel:+441130000000", True),
        ("javascript:alert(1)", False),
        ("java\nscript:alert(1)", False),
        ("relative/path", False),
        ("//e.org/x", False),
    ],
)
def test_safe_url(url: str, safe: bool) -> None:
    assert (safe_url(url) is not None) is safe


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Board <script>alert(1)</script>meets", "Board meets"),
        ("A <b>bold</b> claim", "A bold claim"),
        ("See javascript:alert(1) now", "See now"),
        ("Fish & chips < 5", "Fish & chips < 5"),
    ],
)
def test_plain_text_from_front_matter(text: str, expected: str) -> None:
    assert plain_text(text) == expected
