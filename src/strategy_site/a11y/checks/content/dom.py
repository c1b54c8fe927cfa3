"""A small element tree of a built page, from the standard library's html.parser.

Enough for content checks: elements with their attributes, children and source
line; text; and the start tag as written, to show in a report. Void elements never
get children; an end tag closes the nearest open element of its name, and a stray
one is ignored, as browsers do for the well-formed HTML MkDocs writes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
# Content a reader never sees as text.
_NOT_TEXT = frozenset(("script", "style", "template", "noscript"))


@dataclass
class Element:
    """One element: tag, attributes, children (elements and text), where it starts."""

    tag: str
    attrs: dict[str, str]
    line: int
    start_tag: str = ""
    children: list[Element | str] = field(default_factory=list)
    parent: Element | None = field(default=None, repr=False)

    def get(self, name: str, default: str | None = None) -> str | None:
        """An attribute's value (a bare attribute is '')."""
        return self.attrs.get(name, default)

    @property
    def classes(self) -> frozenset[str]:
        """The class names."""
        return frozenset((self.attrs.get("class") or "").split())

    def iter(self, *tags: str) -> Iterator[Element]:
        """This element and every element inside it, in document order (only `tags`, if any)."""
        if not tags or self.tag in tags:
            yield self
        for child in self.children:
            if isinstance(child, Element):
                yield from child.iter(*tags)

    def find(self, tag: str, class_name: str | None = None) -> Element | None:
        """The first element inside (or this one) with `tag` and, if given, that class."""
        for element in self.iter(tag):
            if class_name is None or class_name in element.classes:
                return element
        return None

    def text(self) -> str:
        """The text inside, whitespace collapsed (script and style left out)."""
        return " ".join("".join(self._text_parts()).split())

    def _text_parts(self) -> Iterator[str]:
        for child in self.children:
            if isinstance(child, str):
                yield child
            elif child.tag not in _NOT_TEXT:
                yield from child._text_parts()

    def ancestors(self) -> Iterator[Element]:
        """The enclosing elements, nearest first."""
        node = self.parent
        while node is not None:
            yield node
            node = node.parent


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {}, 1)
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        line = self.getpos()[0]
        element = Element(tag, values, line, self.get_starttag_text() or "", parent=self.stack[-1])
        self.stack[-1].children.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse(html: str) -> Element:
    """The element tree of `html`; its root is a '#document' element."""
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


def content_area(document: Element) -> Element:
    """Where a page's own content is: Material's article, else <main>, else <body>."""
    return (
        document.find("article", "md-content__inner")
        or document.find("main")
        or document.find("body")
        or document
    )
