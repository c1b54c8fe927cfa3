"""The content rules: pure functions from a page's element tree to findings.

Content rules look only inside the page's content area (see `dom.content_area`),
so the theme's header, navigation and footer never trip them; the language rules
look at the whole page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from posixpath import splitext
from urllib.parse import urljoin, urlsplit

from strategy_site.a11y.checks.content.dom import Element
from strategy_site.a11y.checks.content.text import alt_text_problem, link_name, vague_link_text

DOCUMENT_FORMATS: dict[str, tuple[str, ...]] = {
    ".pdf": ("pdf",),
    ".doc": ("word", "doc"),
    ".docx": ("word", "docx"),
    ".odt": ("odt", "opendocument"),
    ".rtf": ("rtf", "rich text"),
    ".xls": ("excel", "xls"),
    ".xlsx": ("excel", "xlsx"),
    ".ods": ("ods", "opendocument"),
    ".ppt": ("powerpoint", "ppt"),
    ".pptx": ("powerpoint", "pptx"),
    ".odp": ("odp", "opendocument"),
}
_SIZE = re.compile(r"\b\d+(?:[.,]\d+)?\s?(?:bytes|kb|kib|mb|mib|gb)\b", re.I)
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# Links that are part of a heading's furniture, named by the heading itself.
_FURNITURE = frozenset({"headerlink"})


@dataclass(frozen=True)
class Finding:
    """One rule broken by one element."""

    rule: str
    message: str
    element: Element
    needle: str = ""
    """Words to look for in the Markdown source to find the line, if any."""


PageRule = Callable[[Element, Element, str], Iterator[Finding]]
"""(whole document, content area, page URL) -> findings."""


def is_decorative(image: Element) -> bool:
    """Marked as decoration in the Markdown ({ .decorative }) or by its role."""
    return (
        "decorative" in image.classes
        or image.get("role") in ("presentation", "none")
        or image.get("aria-hidden") == "true"
    )


def images(_document: Element, area: Element, _url: str) -> Iterator[Finding]:
    """Every content image has alt text; empty only when marked decorative; and it describes."""
    for image in area.iter("img"):
        alt, src = image.get("alt"), image.get("src") or ""
        if alt is None:
            yield Finding("alt-missing", "the image has no alt text", image, src)
        elif not alt.strip() and not is_decorative(image):
            why = "the image has empty alt text but is not marked decorative"
            yield Finding("alt-missing", why, image, src)
        elif alt.strip() and (problem := alt_text_problem(alt, src)):
            yield Finding("alt-text", problem, image, alt.strip())


def _links(area: Element) -> Iterator[Element]:
    for link in area.iter("a"):
        if link.get("href") is not None and not (link.classes & _FURNITURE):
            yield link


def link_texts(_document: Element, area: Element, _url: str) -> Iterator[Finding]:
    """Link text says where the link goes: not 'click here', 'read more', or an address."""
    for link in _links(area):
        name = link_name(link)
        if problem := vague_link_text(name):
            yield Finding("link-text", problem, link, name)


def target(href: str, page_url: str) -> str:
    """Where a link goes, as one absolute URL ('…/index.html' and '…/' are the same place)."""
    absolute = urljoin(page_url, href.strip())
    base, hash_, fragment = absolute.partition("#")
    if base.endswith("/index.html"):
        base = base[: -len("index.html")]
    return base + hash_ + fragment


def link_targets(_document: Element, area: Element, url: str) -> Iterator[Finding]:
    """The same link text never points to different places on one page."""
    seen: dict[str, tuple[str, str]] = {}
    for link in _links(area):
        name = link_name(link)
        key = " ".join(name.split()).casefold()
        if not key:
            continue
        place = target(link.get("href") or "", url)
        first = seen.setdefault(key, (place, link.get("href") or ""))
        if first[0] != place:
            message = (
                f"the link text '{name}' points to '{link.get('href')}' here "
                f"and to '{first[1]}' earlier on the page"
            )
            yield Finding("link-text-target", message, link, name)


def document_links(_document: Element, area: Element, _url: str) -> Iterator[Finding]:
    """A link to a PDF or office file says the file's format and size."""
    for link in _links(area):
        suffix = splitext(urlsplit(link.get("href") or "").path.casefold())[1]
        formats = DOCUMENT_FORMATS.get(suffix)
        if not formats:
            continue
        text = link_name(link)
        words = set(re.findall(r"[a-z]+", text.casefold()))
        missing = [] if any(f in words or f in text.casefold() for f in formats) else ["format"]
        missing += [] if _SIZE.search(text) else ["size"]
        if missing:
            kind = formats[0].upper() if suffix == ".pdf" else formats[0].capitalize()
            message = f"the link to a {kind} file does not say its {' and '.join(missing)}"
            yield Finding("document-link", message, link, text)


def headings(_document: Element, area: Element, _url: str) -> Iterator[Finding]:
    """Headings start at one h1 and never skip a level."""
    found = list(area.iter(*_HEADINGS))
    if not found:
        yield Finding("heading-levels", "the page has no h1 heading", area)
        return
    if found[0].tag != "h1":
        yield Finding(
            "heading-levels",
            f"the page starts with an {found[0].tag}, not an h1",
            found[0],
            found[0].text(),
        )
    previous = int(found[0].tag[1])
    h1_count = int(found[0].tag == "h1")
    for heading in found[1:]:
        level = int(heading.tag[1])
        h1_count += level == 1
        if level == 1 and h1_count == 2:
            yield Finding(
                "heading-levels", "the page has more than one h1", heading, heading.text()
            )
        elif level > previous + 1:
            message = f"the {heading.tag} '{heading.text()}' skips a level (after an h{previous})"
            yield Finding("heading-levels", message, heading, heading.text())
        previous = level


def tables(_document: Element, area: Element, _url: str) -> Iterator[Finding]:
    """Data tables have header cells; layout tables say role="presentation"."""
    for table in area.iter("table"):
        # role is a list of fallbacks ("none presentation"): the first the browser knows wins.
        roles = (table.get("role") or "").split()
        if roles and roles[0] in ("presentation", "none"):
            continue
        if table.find("th") is None:
            first = table.find("td")
            needle = first.text() if first is not None else ""
            yield Finding("table-headers", "the table has no header cells", table, needle)


def _valid_language(value: str) -> bool:
    return _LANGUAGE_TAG.fullmatch(value.strip()) is not None


def languages(document: Element, _area: Element, _url: str) -> Iterator[Finding]:
    """The page says its language, and every passage marked with a language says a valid one."""
    root = document.find("html")
    page_lang = root.get("lang") if root is not None else None
    if root is None or not (page_lang or "").strip():
        yield Finding("page-lang", "the page does not say its language", root or document)
    elif not _valid_language(page_lang or ""):
        yield Finding("page-lang", f"the page language '{page_lang}' is not a language code", root)
    for element in document.iter():
        if element is root:
            continue
        lang = element.get("lang")
        if lang is None and element.get("xml:lang") is not None:
            why = "the passage is marked with xml:lang only; browsers read lang"
            yield Finding("passage-lang", why, element, element.text()[:40])
        elif lang is not None and not _valid_language(lang):
            why = f"the passage's language '{lang}' is not a language code"
            yield Finding("passage-lang", why, element, element.text()[:40])


# What the source of a page looks like when it shows through as text: template tags,
# Markdown links and pymdownx block fences. Code samples may show them on purpose.
_SOURCE_SYNTAX = (
    (re.compile(r"\{\{.*?\}\}|\{%.*?%\}"), "template code"),
    (re.compile(r"\[[^\]\n]+\]\([^)\s]+\)"), "a Markdown link"),
    (re.compile(r"(?:^|\s)///(?:\s|$)"), "a block fence (///)"),
)
_FRONT_MATTER = re.compile(r"^\s*(?:---\s+)?[a-z][a-z_]{1,30}:\s+\S")
_CODE = frozenset(("code", "pre", "kbd", "samp", "script", "style", "template"))


def _text_blocks(element: Element) -> Iterator[tuple[Element, str]]:
    """(element, its own text) for every element with text, leaving out code samples."""
    if element.tag in _CODE:
        return
    own = "".join(child for child in element.children if isinstance(child, str))
    if own.strip():
        yield element, own
    for child in element.children:
        if isinstance(child, Element):
            yield from _text_blocks(child)


def source_shown(_document: Element, area: Element, _url: str) -> Iterator[Finding]:
    """No front matter, Markdown or template syntax is shown as text."""
    blocks = list(_text_blocks(area))
    before_heading: list[tuple[Element, str]] = []
    for element, text in blocks:
        if element.tag in _HEADINGS or any(a.tag in _HEADINGS for a in element.ancestors()):
            break
        before_heading.append((element, text))
    for element, text in before_heading:
        if _FRONT_MATTER.search(text):
            shown = " ".join(text.split())[:60]
            yield Finding(
                "source-shown", f"Front matter is shown as text above the heading: `{shown}`",
                element, needle=shown.split(":")[0],
            )  # fmt: skip
            break
    for element, text in blocks:
        for pattern, what in _SOURCE_SYNTAX:
            if match := pattern.search(text):
                yield Finding(
                    "source-shown", f"The page shows {what} as text: `{match.group().strip()}`",
                    element, needle=match.group().strip(),
                )  # fmt: skip


PAGE_RULES: tuple[PageRule, ...] = (
    images,
    link_texts,
    link_targets,
    document_links,
    headings,
    tables,
    languages,
    source_shown,
)
