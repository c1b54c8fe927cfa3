"""The whole strategy as one PDF: tagged PDF/UA-1 that the build opens and checks,
its tags, alt text, language, title and bookmarks, and the same bytes every build."""

from __future__ import annotations

import io
import re

import pikepdf
import pytest

from strategy_site.build import build
from strategy_site.pdf.check import check_pdf
from strategy_site.pdf.document import Chapter, chapter_html
from strategy_site.sizes import size_text

from ..conftest import TinyProject

PICTURE = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" viewBox="0 0 40 40">'
    '<rect width="40" height="40" fill="#1d4f91"/></svg>\n'
)
PDF = "site/downloads/strategy.pdf"


@pytest.fixture
def printed(tiny: TinyProject) -> TinyProject:
    plugin = "  - strategy/pdf:\n      date: 2022-11-30\n      leave_out: [updates/]\n"
    tiny.write("mkdocs.yml", tiny.read("mkdocs.yml").rstrip("\n") + "\n" + plugin)
    tiny.write("content/pictures/square.svg", PICTURE)
    first = tiny.read("content/priorities/first.md")
    tiny.write(
        "content/priorities/first.md",
        first
        + "\n## A picture\n\n![A blue square](../pictures/square.svg)\n\n### Smaller\n\nText.\n",
    )
    return tiny


def _tags(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    found = []

    def walk(node: pikepdf.Dictionary) -> None:
        kids = node.get("/K")
        for kid in kids if isinstance(kids, pikepdf.Array) else [kids] if kids is not None else []:
            if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                found.append(kid)
                walk(kid)

    walk(pdf.Root.StructTreeRoot)
    return found


def test_the_pdf_is_tagged_with_language_title_alt_text_and_bookmarks(
    printed: TinyProject,
) -> None:
    build(printed.config, check_a11y=False)
    data = (printed.root / PDF).read_bytes()
    pdf = pikepdf.open(io.BytesIO(data))
    assert bool(pdf.Root.MarkInfo.Marked) and str(pdf.Root.Lang) == "en-GB"
    assert bool(pdf.Root.ViewerPreferences.DisplayDocTitle)
    with pdf.open_metadata() as meta:
        assert meta["dc:title"] == "Tiny strategy"
    tags = _tags(pdf)
    kinds = [str(t.S) for t in tags]
    headings = [k for k in kinds if re.fullmatch(r"/H\d", k)]
    assert headings[0] == "/H1" and "/H2" in headings and "/H3" in headings
    assert [str(t.Alt) for t in tags if t.S == "/Figure"] == ["A blue square"]
    assert "/L" in kinds and "/Link" in kinds
    with pdf.open_outline() as outline:
        titles = [item.title for item in outline.root]
    assert titles == ["Tiny strategy"]  # the cover's title, the chapters under it
    chapters = [child.title for child in outline.root[0].children]
    assert "Contents" in chapters and "First priority" in chapters
    assert check_pdf(data, "strategy.pdf", _levels(printed)) == []
    # linked from the home page with its format and size
    home = printed.read("site/index.html")
    assert (
        f'<a href="downloads/strategy.pdf" download>Download the whole strategy '
        f"(PDF, {size_text(len(data))})</a>"
    ) in home
    # the same bytes from a second build
    build(printed.config, check_a11y=False)
    assert (printed.root / PDF).read_bytes() == data


def _levels(project: TinyProject) -> list[int]:
    pdf = pikepdf.open(project.root / PDF)
    return [int(str(t.S)[2]) for t in _tags(pdf) if re.fullmatch(r"/H\d", str(t.S))]


def test_a_figure_without_alt_text_fails_with_its_own_rule(printed: TinyProject) -> None:
    build(printed.config, check_a11y=False)
    pdf = pikepdf.open(printed.root / PDF)
    levels = [int(str(t.S)[2]) for t in _tags(pdf) if re.fullmatch(r"/H\d", str(t.S))]
    for tag in _tags(pdf):
        if tag.S == "/Figure":
            del tag["/Alt"]
    out = io.BytesIO()
    pdf.save(out)
    problems = check_pdf(out.getvalue(), "strategy.pdf", levels)
    assert [(p.rule, p.what) for p in problems] == [
        ("pdf/figure-alt", "has a picture with no alt text")
    ]
    assert re.fullmatch(r"strategy\.pdf, page \d+", problems[0].file)


def test_a_skipped_heading_level_is_found() -> None:
    # the HTML's order, as the tags would have it: h1, then h3
    assert [p.rule for p in check_pdf(_tiny_pdf("<h1>A</h1><h3>B</h3>"), "x.pdf", [1, 3])] == [
        "pdf/heading-skipped"
    ]


def _tiny_pdf(body: str) -> bytes:
    from weasyprint import HTML

    document = f'<html lang="en-GB"><head><title>T</title></head><body>{body}</body></html>'
    return bytes(HTML(string=document).write_pdf(pdf_variant="pdf/ua-1"))


def test_links_between_pages_stay_inside_the_document() -> None:
    home = Chapter("Home", "", '<h1 id="home">Home</h1><p><a href="priorities/first/#why">Why</a>'
                   '<a href="updates/">News</a><img src="pictures/a.svg" alt="A"></p>')  # fmt: skip
    first = Chapter("First", "priorities/first/", '<h1 id="first">First</h1><h2 id="why">Why</h2>')
    html = chapter_html(home, [home, first], "https://tiny.example.org/")
    assert '<h2 id="page-home--home">Home</h2>' in html
    assert 'href="#page-priorities-first--why"' in html
    assert 'href="https://tiny.example.org/updates/"' in html  # not in the PDF: the site
    assert 'src="pictures/a.svg"' in html
