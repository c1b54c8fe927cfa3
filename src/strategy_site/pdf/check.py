"""Open a PDF the build made and check what PDF/UA-1 asks of it, one problem a line.

Marked and tagged, a structure tree whose headings follow the HTML's order and never
skip a level, every figure with alt text, the language, the title shown as the
window title, every font embedded. Each problem names the PDF, the page where it
can, what is wrong and the fix; the plugin fails the build on any of them.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Sequence
from typing import Any

import pikepdf

from strategy_site.problems import Problem

FIX_SOURCE = "this comes from the page it was made from: fix it there and build again"


def _elements(node: pikepdf.Dictionary) -> Iterator[pikepdf.Dictionary]:
    """The structure elements under `node`, in reading order."""
    kids = node.get("/K")
    if kids is None:
        return
    for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
        if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
            yield kid
            yield from _elements(kid)


def _page_of(pdf: pikepdf.Pdf, element: pikepdf.Dictionary) -> int | None:
    page = element.get("/Pg")
    if page is None:
        return None
    for number, candidate in enumerate(pdf.pages, 1):
        if candidate.obj.objgen == page.objgen:
            return number
    return None


def heading_levels(html: str) -> list[int]:
    """The levels of the document's headings, in order (h1 -> 1)."""
    return [int(level) for level in re.findall(r"<h([1-6])\b", html)]


def check_pdf(data: bytes, name: str, levels: Sequence[int]) -> list[Problem]:
    """Problems of the PDF `name` (as shown to the reader), given the heading levels
    of the HTML it was made from."""
    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except pikepdf.PdfError as error:
        return [Problem(name, None, f"is not a PDF that opens ({error})", "build again")]
    problems: list[Problem] = []

    def problem(page: int | None, what: str, fix: str, rule: str) -> None:
        where = f"{name}, page {page}" if page else name
        problems.append(Problem(where, None, what, fix, rule=f"pdf/{rule}"))

    root = pdf.Root
    marked = root.get("/MarkInfo")
    if marked is None or not bool(marked.get("/Marked", False)):
        problem(
            None,
            "is not marked as tagged (/MarkInfo /Marked)",
            "render it as pdf/ua-1",
            "not-tagged",
        )
    tree = root.get("/StructTreeRoot")
    if tree is None:
        problem(None, "has no structure tree", "render it as pdf/ua-1", "no-structure")
        return problems
    if not str(root.get("/Lang", "")).strip():
        problem(None, "has no language (/Lang)", "give the site's HTML a lang attribute", "no-lang")
    prefs = root.get("/ViewerPreferences")
    if prefs is None or not bool(prefs.get("/DisplayDocTitle", False)):
        problem(None, "does not show its title as the window title (DisplayDocTitle)",
                "render it as pdf/ua-1", "title-not-shown")  # fmt: skip
    with pdf.open_metadata() as meta:
        title = str(meta.get("dc:title", "") or "")
    if not title.strip():
        problem(None, "has no title in its metadata", "give the document a <title>", "no-title")
    found: list[int] = []
    for element in _elements(tree):  # type: ignore[arg-type]
        kind = str(element.get("/S"))
        if kind == "/Figure" and not str(element.get("/Alt", "")).strip():
            problem(
                _page_of(pdf, element), "has a picture with no alt text", FIX_SOURCE, "figure-alt"
            )
        if len(kind) == 3 and kind.startswith("/H") and kind[2].isdigit():
            level = int(kind[2])
            if (found and level > found[-1] + 1) or (not found and level != 1):
                problem(_page_of(pdf, element),
                        f"has a level {level} heading after level {found[-1] if found else 0}",
                        FIX_SOURCE, "heading-skipped")  # fmt: skip
            found.append(level)
    if list(levels) != found:
        problem(None, f"has {len(found)} headings in its tags, where the HTML has {len(levels)}",
                "render it as pdf/ua-1 from the whole document", "headings-differ")  # fmt: skip
    for number, page in enumerate(pdf.pages, 1):
        for font in _fonts(page):
            problem(number, f"uses the font {font} without embedding it",
                    "use the font the package ships", "font-not-embedded")  # fmt: skip
    return problems


def _fonts(page: pikepdf.Page) -> Iterator[str]:
    """The names of the fonts a page uses that are not embedded."""
    resources: Any = page.obj.get("/Resources") or {}
    fonts = resources.get("/Font") or {}
    for _, font in fonts.items():
        descendants = font.get("/DescendantFonts")
        descriptor = (descendants[0] if descendants else font).get("/FontDescriptor")
        if font.get("/Subtype") == "/Type3":
            continue
        if descriptor is None or not any(
            key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
        ):
            yield str(font.get("/BaseFont", "?")).lstrip("/")
