"""Clean HTML (from safe_html) as plain text for the e-mail's text part: full URLs, no markup."""

from __future__ import annotations

import textwrap
from html.parser import HTMLParser

WIDTH = 72
_BLOCKS = frozenset(
    ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "pre", "tr", "caption", "hr")
)
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))


def html_to_text(fragment: str, width: int = WIDTH) -> str:
    """Paragraphs wrapped at `width` (URLs never broken), lists as '- ', links as 'words (URL)'."""
    converter = _Text()
    converter.feed(fragment)
    converter.close()
    converter.flush()
    out = ""
    previous = ""
    for text, indent, pre, kind in converter.blocks:
        tight = kind == previous and kind in ("li", "tr")
        out += ("\n" if tight else "\n\n") if out else ""
        out += _wrap(text, indent, pre, width)
        previous = kind
    return out


def wrap(text: str, width: int = WIDTH) -> str:
    """One paragraph of plain text, wrapped without breaking words or URLs."""
    return _wrap(text, "", False, width)


def _wrap(text: str, indent: str, pre: bool, width: int) -> str:
    if pre:
        return text.strip("\n")
    lines = []
    for i, line in enumerate(text.split("\n")):
        first = indent if i == 0 else " " * len(indent)
        lines.append(
            textwrap.fill(
                " ".join(line.split()),
                width,
                initial_indent=first,
                subsequent_indent=" " * len(indent),
                break_long_words=False,
                break_on_hyphens=False,
            )
        )
    return "\n".join(lines)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, str, bool, str]] = []
        """(text, indent of its first line, preformatted, the tag that made it)."""
        self._kind = ""
        self._parts: list[str] = []
        self._indent = ""
        self._lists: list[list[int]] = []
        """Open lists: [next number] for <ol>, [] for <ul>."""
        self._href: list[str | None] = []
        self._pre = False
        self._cells = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag in _BLOCKS or tag in ("ul", "ol", "table", "blockquote"):
            self.flush()
            self._kind = tag
        if tag in ("ul", "ol"):
            self._lists.append([1] if tag == "ol" else [])
        elif tag == "li":
            self._indent = "  " * (len(self._lists) - 1) + self._bullet()
        elif tag == "pre":
            self._pre = True
        elif tag == "br":
            self._parts.append("\n")
        elif tag == "a":
            self._href.append(attributes.get("href"))
        elif tag == "img" and attributes.get("alt"):
            self._parts.append(f"[Image: {attributes['alt']}]")
        elif tag in ("td", "th"):
            self._parts.append(" | " if self._cells else "")
            self._cells += 1
        elif tag == "tr":
            self._cells = 0

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._href:
            href = self._href.pop()
            text = "".join(self._parts).rsplit("\n", 1)[-1]
            if href and not text.rstrip().endswith(href):
                self._parts.append(f" ({href})")
        elif tag in ("ul", "ol") and self._lists:
            self.flush()
            self._lists.pop()
        elif tag in _BLOCKS or tag in ("table", "blockquote"):
            self.flush()
            self._pre = self._pre and tag != "pre"

    def handle_data(self, data: str) -> None:
        self._parts.append(data)

    def flush(self) -> None:
        text = "".join(self._parts)
        if text.strip():
            body = text if self._pre else text.strip()
            self.blocks.append((body, self._indent, self._pre, self._kind))
        self._parts = []
        self._indent = ""

    def _bullet(self) -> str:
        if not self._lists or not self._lists[-1]:
            return "- "
        number = self._lists[-1][0]
        self._lists[-1][0] += 1
        return f"{number}. "
