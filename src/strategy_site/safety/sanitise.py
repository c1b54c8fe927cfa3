"""The one HTML sanitiser: an allow-list over nh3 (ammonia), and what it had to remove.

Everything our pages legitimately produce from Markdown (headings with ids,
tables, admonitions, details, definition lists, abbreviations, figures,
Material's inline SVG icons) is allowed; scripts, event handlers, script and
data addresses, frames, objects, forms and `style` attributes are not.

nh3 re-serialises what it keeps (`<br />` becomes `<br>`), so a fragment that
loses nothing is returned exactly as it came: the pages of a good build keep
their bytes. "Loses nothing" is judged by comparing the input with nh3's output
token by token; where they differ at all (a removed tag, or markup a browser
would read differently from Python's parser), nh3's output is what is kept.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser

import nh3

_TEXT = ("a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "del", "dfn", "em", "i")
_TEXT_2 = ("ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup")
_TEXT_3 = ("time", "u", "var", "wbr")
_BLOCKS = ("blockquote", "dd", "details", "div", "dl", "dt", "figcaption", "figure", "hr")
_BLOCKS_2 = ("li", "nav", "ol", "p", "pre", "section", "summary", "ul", "img", "button")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_TABLES = ("caption", "col", "colgroup", "table", "tbody", "td", "tfoot", "th", "thead", "tr")
_SVG = ("svg", "path", "g", "circle", "rect", "title", "line", "polyline", "polygon", "ellipse")
"""Material's icons, emoji (pymdownx.emoji's `to_svg`) and the OpenMoji pictures of easy
read ideas are inline SVG: shapes and how they are painted, nothing that runs or links."""
SVG_PAINT = frozenset(
    (
        *("fill", "fill-opacity", "fill-rule", "clip-rule", "opacity", "transform"),
        *("stroke", "stroke-width", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit"),
        *("stroke-dasharray", "stroke-opacity", "paint-order", "display"),
    )
)
"""Presentation attributes of the SVG shapes: paint only."""
TAGS = frozenset(_TEXT + _TEXT_2 + _TEXT_3 + _BLOCKS + _BLOCKS_2 + _HEADINGS + _TABLES + _SVG)

_EVERYWHERE = {"id", "class", "title", "lang", "dir", "hidden", "role"}
_ARIA = {"aria-label", "aria-labelledby", "aria-describedby", "aria-hidden"}
ATTRIBUTES: dict[str, set[str]] = {
    "*": _EVERYWHERE | _ARIA,
    "a": {"href", "hreflang"},
    "img": {"src", "alt", "width", "height", "loading"},
    "time": {"datetime"},
    "button": {"type"},
    "details": {"open"},
    "ol": {"start", "reversed", "type"},
    "li": {"value"},
    "td": {"colspan", "rowspan", "align"},
    "th": {"colspan", "rowspan", "scope", "align"},
    "col": {"span"},
    "colgroup": {"span"},
    "del": {"datetime"},
    "ins": {"datetime"},
    "svg": {"xmlns", "viewBox", "width", "height", "focusable", "fill"},
    "path": {"d"} | SVG_PAINT,
    "g": set(SVG_PAINT),
    "circle": {"cx", "cy", "r"} | SVG_PAINT,
    "rect": {"x", "y", "width", "height", "rx", "ry"} | SVG_PAINT,
    "line": {"x1", "y1", "x2", "y2"} | SVG_PAINT,
    "polyline": {"points"} | SVG_PAINT,
    "polygon": {"points"} | SVG_PAINT,
    "ellipse": {"cx", "cy", "rx", "ry"} | SVG_PAINT,
}
URL_SCHEMES = frozenset(("http", "https", "mailto", "tel"))
CLEAN_CONTENT = frozenset(
    (
        *("script", "style", "noscript", "template", "textarea", "select", "xmp"),
        *("iframe", "frame", "frameset", "object", "embed", "noembed", "noframes", "math"),
    )
)
"""Dropped with everything inside them: what is inside is code, or someone else's page."""
_VOID = frozenset(
    ("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr")
)
_URL_ATTRIBUTES = frozenset(("href", "src", "action", "formaction", "xlink:href", "data"))


def _kept_attribute(tag: str, name: str, value: str) -> str | None:
    """Ids beginning '__' are the theme's own (`__config`, `__search`): content must not
    take them, or the theme's scripts would find the wrong element."""
    if name == "id" and value.startswith("__"):
        return None
    return value


_CLEANER = nh3.Cleaner(
    tags=set(TAGS),
    clean_content_tags=set(CLEAN_CONTENT),
    attributes=ATTRIBUTES,
    attribute_filter=_kept_attribute,
    strip_comments=False,
    link_rel=None,
    url_schemes=set(URL_SCHEMES),
)


@dataclass(frozen=True)
class Cleaned:
    """A fragment after sanitising, and what had to go (empty when nothing did)."""

    html: str
    removed: tuple[Removed, ...] = ()


@dataclass(frozen=True)
class Removed:
    """One thing the sanitiser removed."""

    kind: str
    """'element', 'attribute' or 'address'."""
    name: str
    """The tag ('script'), the attribute ('onerror') or the address's scheme ('javascript')."""
    attribute: str = ""
    """For an address: the attribute that held it ('href', 'src')."""
    structural: bool = False
    """Allowed, yet lost in parsing (a `<td>` outside any table): not unsafe, only misplaced."""

    @property
    def described(self) -> str:
        """In plain words, for a problem line: "a <script> element"."""
        if self.kind == "element":
            return f"{_article(self.name)} <{self.name}> element"
        if self.kind == "attribute":
            return f"{_article(self.name)} '{self.name}' attribute"
        if self.kind == "address":
            what = "link" if self.attribute == "href" else "address"
            return f"a '{self.name}:' {what}"
        return "markup that browsers would read differently from how it is written"

    @property
    def needle(self) -> str:
        """What to look for in the source to find the line it came from."""
        if self.kind == "element":
            return f"<{self.name}"
        if self.kind == "attribute":
            return self.name
        return f"{self.name}:" if self.name else "<"


def sanitise(fragment: str) -> Cleaned:
    """`fragment` with only allowed HTML, and what was removed, in the order met."""
    cleaned = _CLEANER.clean(fragment)
    before, after = _tokens(fragment), _tokens(cleaned)
    if before == after:
        return Cleaned(fragment)
    removed = _removed(before, after) or _reread(before, after)
    return Cleaned(cleaned, removed)


def unsafe(cleaned: Cleaned) -> tuple[Removed, ...]:
    """What the allow-list itself removed, leaving out what parsing lost."""
    return tuple(r for r in cleaned.removed if not r.structural)


def has_markup(text: str) -> bool:
    """Whether plain text (a title, a summary) holds HTML: a tag, a comment, an `on...=`."""
    if _HANDLER.search(text):
        return True
    return any(kind != "text" for kind, _, _ in _tokens(text))


def plain_text(text: str) -> str:
    """The words of `text` without any of its markup (or the contents of its scripts)."""
    kept = _CLEANER_TEXT.clean(text)
    return "".join(value for kind, value, _ in _tokens(kept) if kind == "text")


_HANDLER = re.compile(r"(?i)\bon[a-z]+\s*=")
_CLEANER_TEXT = nh3.Cleaner(tags=set(), clean_content_tags=set(CLEAN_CONTENT), attributes={})


_Token = tuple[str, str, tuple[tuple[str, str], ...]]


def _tokens(fragment: str) -> list[_Token]:
    parser = _Tokens()
    parser.feed(fragment)
    parser.close()
    return parser.tokens


def _removed(before: list[_Token], after: list[_Token]) -> tuple[Removed, ...]:
    """Elements, attributes and addresses in `before` that are missing from `after`."""
    left = Counter(_parts(after))
    found: dict[Removed, None] = {}
    for part in _parts(before):
        if left[part] > 0:
            left[part] -= 1
        else:
            found.setdefault(_describe(part), None)
    return tuple(found)


def _reread(before: list[_Token], after: list[_Token]) -> tuple[Removed, ...]:
    """Nothing went, yet the tokens differ: only end tags nh3 added (harmless), or markup
    Python's parser reads one way and a browser (and nh3) another, which is suspect."""
    opening = [t for t in before if t[0] != "end"]
    if opening == [t for t in after if t[0] != "end"]:
        return ()
    return (Removed("markup", ""),)


def _parts(tokens: list[_Token]) -> list[tuple[str, str, str, str]]:
    """(tag, attribute, value) of every start tag and of each of its attributes."""
    parts = []
    for kind, tag, attrs in tokens:
        if kind != "start":
            continue
        parts.append(("element", tag, "", ""))
        if tag in TAGS:  # a removed element's attributes went with it
            parts.extend(("attribute", tag, name, value) for name, value in attrs)
    return parts


def _describe(part: tuple[str, str, str, str]) -> Removed:
    kind, tag, name, value = part
    if kind == "element":
        return Removed("element", tag, structural=tag in TAGS)
    scheme = re.match(r"\s*([a-zA-Z][a-zA-Z0-9+.-]*):", re.sub(r"[\x00-\x20\x7f]+", "", value))
    allowed = name in ATTRIBUTES.get(tag, set()) | ATTRIBUTES["*"]
    allowed = allowed and _kept_attribute(tag, name, value) is not None
    if name in _URL_ATTRIBUTES and scheme:
        allowed = allowed and scheme[1].lower() in URL_SCHEMES
        return Removed("address", scheme[1].lower(), name, structural=allowed)
    return Removed("attribute", name, structural=allowed)


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


class _Tokens(HTMLParser):
    """The fragment as comparable tokens: tags with sorted attributes, text, comments.

    Serialisation details that do not change meaning (quotes, `<br />`, character
    references, the order of attributes) are gone from the tokens.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tokens: list[_Token] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        pairs = tuple(sorted((name, value or "") for name, value in attrs))
        self.tokens.append(("start", tag, pairs))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag not in _VOID:
            self.tokens.append(("end", tag, ()))

    def handle_data(self, data: str) -> None:
        if self.tokens and self.tokens[-1][0] == "text":
            data = self.tokens.pop()[1] + data
        self.tokens.append(("text", data, ()))

    def handle_comment(self, data: str) -> None:
        self.tokens.append(("comment", data, ()))

    def handle_decl(self, decl: str) -> None:
        self.tokens.append(("declaration", decl, ()))

    def handle_pi(self, data: str) -> None:
        self.tokens.append(("instruction", data, ()))

    def unknown_decl(self, data: str) -> None:
        self.tokens.append(("declaration", data, ()))
