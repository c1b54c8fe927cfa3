"""What a reader hears for a link or sees as alt text, and the word lists the rules judge by."""

from __future__ import annotations

import re
from posixpath import basename, splitext

from strategy_site.a11y.checks.content.dom import Element

# Link text that says nothing about where a link goes (GOV.UK and WCAG technique F84).
VAGUE_LINK_TEXT = frozenset(
    {
        "click",
        "click here",
        "click this",
        "continue",
        "details",
        "download",
        "find out more",
        "go",
        "here",
        "info",
        "learn more",
        "link",
        "more",
        "more info",
        "more information",
        "page",
        "read more",
        "see more",
        "this",
        "this link",
        "this page",
        "web page",
        "website",
    }
)
IMAGE_SUFFIXES = (
    ".png",
    ".jpg",
    ".jpeg",
    ".gif",
    ".svg",
    ".webp",
    ".avif",
    ".bmp",
    ".tif",
    ".tiff",
)
ALT_PREFIXES = (
    "image of",
    "an image of",
    "picture of",
    "a picture of",
    "photo of",
    "a photo of",
    "photograph of",
    "a photograph of",
    "graphic of",
    "image:",
    "picture:",
    "photo:",
)
ALT_PLACEHOLDERS = frozenset({"image", "picture", "photo", "photograph", "graphic", "img", "icon"})
_CAMERA_NAME = re.compile(r"(img|dsc|dscn|dcim|pxl|photo|screenshot)[-_ ]?\d+", re.I)
# Elements whose words never run into their neighbours' words.
_BLOCKS = frozenset({"div", "p", "br", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6"})
# Punctuation around link text: ASCII, ellipsis, curly quotes, guillemets and arrows.
_EDGE_PUNCTUATION = (
    " \t\n.,:;!?'\"()[]<>" + "\u2026\u2018\u2019\u201c\u201d\u00ab\u00bb\u203a\u2192"
)


def normalise(text: str) -> str:
    """Lower case, single spaces, no punctuation at the ends: 'Read more…' -> 'read more'."""
    return " ".join(text.split()).strip(_EDGE_PUNCTUATION).casefold()


def spoken_text(element: Element) -> str:
    """The text a screen reader reads inside `element`: words, and the alt of images."""
    parts: list[str] = []
    for child in element.children:
        if isinstance(child, str):
            parts.append(child)
        elif child.get("aria-hidden") == "true" or child.tag in ("script", "style"):
            continue
        elif child.tag == "img":
            parts.append(f" {child.get('alt') or ''} ")
        else:
            parts.append(f" {spoken_text(child)} " if child.tag in _BLOCKS else spoken_text(child))
    return " ".join("".join(parts).split())


def link_name(link: Element) -> str:
    """A link's accessible name: aria-label if set, else its spoken text, else its title."""
    label = (link.get("aria-label") or "").strip()
    return label or spoken_text(link) or (link.get("title") or "").strip()


def is_bare_url(text: str) -> bool:
    """True for link text that is an address: 'https://…', 'www.…'."""
    lowered = text.strip().casefold()
    return lowered.startswith(("http://", "https://", "www."))


def vague_link_text(name: str) -> str | None:
    """Why a link's text does not say where it goes, or None when it does."""
    words = normalise(name)
    if not words:
        return "the link has no text"
    if is_bare_url(name):
        return f"the link text is a bare address ('{name.strip()}')"
    if words in VAGUE_LINK_TEXT or words.startswith("click here"):
        return f"the link text '{name.strip()}' does not say where the link goes"
    return None


def alt_text_problem(alt: str, src: str) -> str | None:
    """Why an image's alt text does not describe it, or None when it may."""
    words = normalise(alt)
    stem = splitext(basename(src.split("?")[0].split("#")[0]))[0].casefold()
    if words.endswith(IMAGE_SUFFIXES) or (stem and words == stem) or _CAMERA_NAME.fullmatch(words):
        return f"the alt text '{alt.strip()}' is a file name, not a description"
    if words in ALT_PLACEHOLDERS:
        return f"the alt text '{alt.strip()}' does not say what the image shows"
    if words.startswith(ALT_PREFIXES):
        return f"the alt text '{alt.strip()}' starts by saying it is an image"
    return None
