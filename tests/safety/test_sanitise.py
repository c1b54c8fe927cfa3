"""The sanitiser: what it keeps byte for byte, and what it removes and says it removed."""

from __future__ import annotations

import pytest

from strategy_site.safety.sanitise import has_markup, plain_text, sanitise

KEPT = [
    '<h2 id="our-plan">Our plan</h2>',
    "<p>Tea &amp; cake, &quot;quoted&quot;, &rsquo;<br />next line</p>",
    '<table>\n<thead>\n<tr>\n<th>Year</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td align="left">2022'
    "</td>\n</tr>\n</tbody>\n</table>",
    '<div class="admonition note">\n<p class="admonition-title">Note</p>\n<p>Text</p>\n</div>',
    "<details>\n<summary>More</summary>\n<p>Hidden</p>\n</details>",
    '<p><abbr title="Special educational needs">SEN</abbr> and <time datetime="2022-11-08">'
    "8 November 2022</time></p>",
    '<figure><img alt="A school" height="10" loading="lazy" src="../img/school.png" width="20">'
    "<figcaption>Our school</figcaption></figure>",
    '<span class="twemoji"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">'
    '<path d="M12 2a10 10 0 1 0 0 20"/></svg></span>',
    '<p><a href="https://example.org/">out</a> <a href="mailto:a@example.org">mail</a> '
    '<a href="../why/#aims">aims</a> <a href="tel:0113">call</a></p>',
    '<p class="print-page" hidden><button type="button">Print this page</button></p>',
    "<dl>\n<dt>EHCP</dt>\n<dd>A plan</dd>\n</dl>",
    "<!-- a comment -->",
]


@pytest.mark.parametrize("fragment", KEPT)
def test_what_our_pages_produce_is_kept_byte_for_byte(fragment: str) -> None:
    cleaned = sanitise(fragment)

    assert cleaned.removed == ()
    assert cleaned.html == fragment


REMOVED = [
    ("<p>Hi<script>alert(1)</script></p>", "<p>Hi</p>", ["a <script> element"]),
    ('<img src="x" onerror="alert(1)">', '<img src="x">', ["an 'onerror' attribute"]),
    ('<a href="javascript:alert(1)">x</a>', "<a>x</a>", ["a 'javascript:' link"]),
    ('<a href=" JaVa&#x09;Script:alert(1)">x</a>', "<a>x</a>", ["a 'javascript:' link"]),
    ('<img src="data:image/png;base64,AAAA" alt="">', '<img alt="">', ["a 'data:' address"]),
    ('<iframe src="https://example.org/"></iframe>', "", ["an <iframe> element"]),
    ('<object data="x.swf"></object>', "", ["an <object> element"]),
    ('<p style="color: red">x</p>', "<p>x</p>", ["a 'style' attribute"]),
    ("<style>p { color: red }</style>", "", ["a <style> element"]),
    (
        '<form action="https://evil.example/"><input name="q"></form>',
        "",
        ["a <form> element", "an <input> element"],
    ),
    ('<h2 id="__config">x</h2>', "<h2>x</h2>", ["an 'id' attribute"]),
    (
        '<svg><a href="javascript:alert(1)"><text>x</text></a></svg>',
        "<svg><a>x</a></svg>",
        ["a 'javascript:' link", "a <text> element"],
    ),
    (
        "<!--><img src=x onerror=alert(1)>-->",
        '<!----><img src="x">--&gt;',
        ["markup that browsers would read differently from how it is written"],
    ),
]


@pytest.mark.parametrize(("fragment", "html", "removed"), REMOVED)
def test_what_could_run_or_embed_is_removed_and_named(
    fragment: str, html: str, removed: list[str]
) -> None:
    cleaned = sanitise(fragment)

    assert [r.described for r in cleaned.removed] == removed
    assert cleaned.html == html


@pytest.mark.parametrize(
    ("text", "markup"),
    [
        ("Our new plan", False),
        ("Tea & cake < 5 pounds", False),
        ("&lt;script&gt;", False),
        ("<script>alert(1)</script>", True),
        ("Hello <b>world</b>", True),
        ("x onerror=alert(1)", True),
        ("<!-- hidden -->", True),
    ],
)
def test_markup_in_plain_text_fields_is_noticed(text: str, markup: bool) -> None:
    assert has_markup(text) is markup


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("Our <b>new</b> plan", "Our new plan"),
        ("News<script>alert(1)</script>", "News"),
        ('<img src=x onerror="alert(1)">Hi', "Hi"),
    ],
)
def test_plain_text_keeps_only_the_words(text: str, plain: str) -> None:
    assert plain_text(text) == plain
