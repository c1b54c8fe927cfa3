"""Our own content rules: each fires on a page that breaks it, with its criterion and fix,
and stays quiet on a clean page and on the theme's chrome around the content."""

from __future__ import annotations

from typing import Any

import pytest

from strategy_site.a11y.checks.content import RULES, check_html
from strategy_site.a11y.checks.content.dom import content_area, parse
from strategy_site.a11y.checks.content.text import alt_text_problem, normalise, vague_link_text

URL = "http://site.invalid/priorities/workforce/"


def page(body: str, lang: str = ' lang="en-GB"', head: str = "") -> str:
    return (
        f"<!doctype html><html{lang}><head><title>T</title>{head}</head><body>"
        '<header><a href="../../">here</a><h4>Menu</h4></header>'
        f'<main><article class="md-content__inner md-typeset">{body}</article></main>'
        '<footer><a href="x/">more</a><a href="y/">more</a></footer></body></html>'
    )


CLEAN = page(
    '<h1>Our workforce</h1><p>Read <a href="../../risks/">our risks page</a>.</p>'
    '<h2>Pictures</h2><p><img src="team.png" alt="Teachers at a training day">'
    '<img src="line.svg" alt="" class="decorative"><img src="dot.svg" alt="" role="presentation">'
    "</p><h3>Figures</h3><table><thead><tr><th>Year</th></tr></thead>"
    "<tbody><tr><td>2022</td></tr></tbody></table>"
    '<p><a href="plan.pdf">Our plan (PDF, 1.2 MB)</a> and '
    '<a href="plan.docx">the same plan as a Word file, 300 KB</a></p>'
    '<p lang="cy">Croeso</p><h2>More</h2>'
)


def codes(html: str) -> list[str]:
    return [issue["code"] for issue in check_html(html, URL)]


def only(html: str, rule: str) -> dict[str, Any]:
    issues = [issue for issue in check_html(html, URL) if issue["code"] == rule]
    assert len(issues) == 1, issues
    return issues[0]


def test_clean_page_passes_and_the_chrome_is_not_checked() -> None:
    assert codes(CLEAN) == []


H1 = "<h1>Title</h1>"


@pytest.mark.parametrize(
    ("body", "rule", "message"),
    [
        (H1 + '<img src="team.png">', "alt-missing", "has no alt text"),
        (H1 + '<img src="team.png" alt="">', "alt-missing", "not marked decorative"),
        (H1 + '<img src="team.png" alt="team.png">', "alt-text", "is a file name"),
        (H1 + '<img src="x/team.png" alt="team">', "alt-text", "is a file name"),
        (H1 + '<img src="a.jpg" alt="DSC_0042">', "alt-text", "is a file name"),
        (H1 + '<img src="a.jpg" alt="Image of a school">', "alt-text", "saying it is an image"),
        (H1 + '<img src="a.jpg" alt="picture">', "alt-text", "does not say what"),
        (H1 + '<a href="../">Click here</a>', "link-text", "does not say where"),
        (H1 + '<a href="../">click here to read the plan</a>', "link-text", "does not say"),
        (H1 + '<a href="../">Read more…</a>', "link-text", "does not say where"),
        (H1 + '<a href="../">here</a>', "link-text", "does not say where"),
        (H1 + '<a href="https://leeds.gov.uk">https://leeds.gov.uk</a>', "link-text", "bare"),
        (H1 + '<a href="../"><img src="i.svg" alt=""></a>', "link-text", "has no text"),
        (
            H1 + '<a href="../a/">Our plan</a> <a href="../b/">our plan</a>',
            "link-text-target",
            "points to '../b/' here and to '../a/' earlier",
        ),
        (H1 + "<h3>Deep</h3>", "heading-levels", "skips a level (after an h1)"),
        ("<h2>Start</h2>", "heading-levels", "starts with an h2, not an h1"),
        (H1 + "<h1>Again</h1>", "heading-levels", "more than one h1"),
        ("<p>No headings</p>", "heading-levels", "has no h1"),
        (H1 + "<table><tr><td>1</td></tr></table>", "table-headers", "no header cells"),
        (H1 + '<a href="plan.pdf">Our plan</a>', "document-link", "format and size"),
        (H1 + '<a href="plan.pdf">Our plan (PDF)</a>', "document-link", "its size"),
        (H1 + '<a href="plan.docx">Our plan, 2 MB</a>', "document-link", "Word file"),
        (H1 + '<p lang="">x</p>', "passage-lang", "is not a language code"),
        (H1 + '<p lang="en_GB">x</p>', "passage-lang", "is not a language code"),
        (H1 + '<p xml:lang="cy">Croeso</p>', "passage-lang", "xml:lang only"),
    ],
)
def test_each_rule_fires_with_its_criterion_and_fix(body: str, rule: str, message: str) -> None:
    issue = only(page(body), rule)
    assert message in issue["message"]
    assert issue["runner"] == "strategy-site"
    assert issue["type"] == "error"
    assert issue["runnerExtras"]["criterion"] == RULES[rule].criterion
    assert issue["runnerExtras"]["fix"] == RULES[rule].fix
    assert isinstance(issue["runnerExtras"]["line"], int)
    assert issue["selector"]


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("", "does not say its language"),
        (' lang=""', "does not say"),
        (' lang="english!"', "is not"),
    ],
)
def test_page_language_is_checked_on_the_whole_page(lang: str, message: str) -> None:
    issue = only(page(H1, lang=lang), "page-lang")
    assert message in issue["message"]
    assert issue["runnerExtras"]["criterion"] == "WCAG 3.1.1"


def test_lang_outside_the_content_area_is_checked_too() -> None:
    html = page(H1).replace("<footer>", '<footer><p lang="x_y">z</p>')
    assert codes(html) == ["passage-lang"]


def test_the_same_text_to_the_same_place_is_fine() -> None:
    body = H1 + '<a href="../a/">Our plan</a> <a href="../a/index.html">our plan</a>'
    assert codes(page(body)) == []


def test_every_rule_has_a_criterion_and_a_fix() -> None:
    for rule in RULES.values():
        assert rule.criterion.startswith("WCAG ")
        assert len(rule.fix) > 20


@pytest.mark.parametrize(
    ("html", "tag"),
    [
        ('<main><article class="md-content__inner">x</article></main>', "article"),
        ("<body><main>x</main></body>", "main"),
        ("<body><p>x</p></body>", "body"),
    ],
)
def test_content_area(html: str, tag: str) -> None:
    assert content_area(parse(html)).tag == tag


@pytest.mark.parametrize(
    ("text", "expected"),
    [("  Read  more… ", "read more"), ("“Here”", "here"), ("Our plan", "our plan")],
)
def test_normalise(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(
    ("text", "vague"),
    [("our workforce priority", False), ("More", True), ("www.leeds.gov.uk", True), ("", True)],
)
def test_vague_link_text(text: str, vague: bool) -> None:
    assert (vague_link_text(text) is not None) is vague


@pytest.mark.parametrize(
    ("alt", "src", "bad"),
    [
        ("Two children reading", "reading.png", False),
        ("reading", "reading.png", True),
        ("IMG_2044", "x.jpg", True),
        ("Photo of the council offices", "x.jpg", True),
        ("A photographer at work", "x.jpg", False),
    ],
)
def test_alt_text_problem(alt: str, src: str, bad: bool) -> None:
    assert (alt_text_problem(alt, src) is not None) is bad


@pytest.mark.parametrize(
    ("body", "shown"),
    [
        ("<p>title: Statement description: How</p><h1>Statement</h1>", "Front matter"),
        ("<h1>Plan</h1><p>Read [the plan](plan.md) first.</p>", "a Markdown link"),
        ("<h1>Plan</h1><p>Made by {{ config.site_author }}.</p>", "template code"),
        ("<h1>Plan</h1><p>{% include 'x.md' %}</p>", "template code"),
        ("<h1>Plan</h1><p>/// idea</p>", "a block fence"),
    ],
)
def test_source_showing_through_is_found(body: str, shown: str) -> None:
    assert shown in only(page(body), "source-shown")["message"]


@pytest.mark.parametrize(
    "body",
    [
        "<h1>Plan</h1><pre><code>{{ page.title }} [a](b.md) ///</code></pre>",
        "<p>Easy read version: the plan</p><h1>Plan</h1>",
        "<h1>Plan</h1><p>Time: 10am. See the plan (page 2).</p>",
    ],
)
def test_code_samples_and_ordinary_words_are_not_source(body: str) -> None:
    assert "source-shown" not in codes(page(body))


@pytest.mark.parametrize(("role", "flagged"), [("none presentation", False), ("grid none", True)])
def test_layout_tables_by_their_first_role(role: str, flagged: bool) -> None:
    html = page(f'<h1>Mail</h1><table role="{role}"><tr><td>Hello</td></tr></table>')
    assert ("table-headers" in codes(html)) is flagged
