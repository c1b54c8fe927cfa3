"""Keep only safe HTML from an update's rendered page, for e-mails and the preview.

An update is Markdown, and Markdown lets raw HTML through: a `<script>` or a
`javascript:` link must never reach an e-mail. Everything first passes the site's
one sanitiser (strategy_site.safety.sanitise); then an e-mail's narrower allow-list
of tags and attributes survives: links and images keep only web addresses (http,
https, mailto, tel), and a link whose address is not one loses its tag but keeps
its words. An inline quotation (`<q>`) becomes its quotation marks, because
e-mail programs do not all draw them.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from html.parser import HTMLParser

from strategy_site.safety import sanitise

_INLINE = ("a", "abbr", "b", "br", "cite", "code", "em", "i", "img", "strong", "sub", "sup", "time")
_BLOCK = ("blockquote", "dd", "dl", "dt", "hr", "li", "ol", "p", "pre", "ul")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_TABLE = ("caption", "table", "tbody", "td", "tfoot", "th", "thead", "tr")
ALLOWED = frozenset(_INLINE + _BLOCK + _HEADINGS + _TABLE)
ATTRIBUTES = {
    "a": ("href", "title"),
    "abbr": ("title",),
    "img": ("src", "alt", "width", "height"),
    "time": ("datetime",),
    "td": ("colspan", "rowspan"),
    "th": ("colspan", "rowspan", "scope"),
}
_CODE = ("script", "style", "noscript", "template")
_EMBEDDED = ("iframe", "frame", "object", "embed", "svg", "math", "canvas", "audio", "video")
_FORMS = ("form", "button", "input", "select", "textarea")
_HEAD = ("head", "title", "link", "meta", "base")
DROPPED = frozenset((*_CODE, *_EMBEDDED, *_FORMS, *_HEAD))
"""Dropped with everything inside them."""
QUOTE_MARKS = ("\u201c", "\u201d")
"""What `<q>` and `</q>` become."""
VOID = frozenset(("br", "hr", "img", "input", "link", "meta", "base", "embed"))
SAFE_SCHEMES = ("http", "https", "mailto", "tel")

Rewrite = Callable[[str], str]


def safe_url(url: str) -> str | None:
    """`url` if it is an absolute address with a safe scheme, else None."""
    squeezed = re.sub(r"[\x00-\x20\x7f]+", "", url)
    match = re.match(r"^([a-zA-Z][a-zA-Z0-9+.-]*):", squeezed)
    if not match or match[1].lower() not in SAFE_SCHEMES:
        return None
    return url.strip()


def clean_html(fragment: str, rewrite_href: Rewrite = lambda url: url) -> str:
    """The allowed part of `fragment`; each safe link's href passed through `rewrite_href`."""
    narrowed = _narrowed(fragment, rewrite_href)
    checked = sanitise.sanitise(narrowed)
    # A fragment cut from its page (a lone `<th>`) loses misplaced tags in the site's
    # sanitiser; only what its allow-list removes sends the e-mail its cleaned reading.
    return _narrowed(checked.html, rewrite_href) if sanitise.unsafe(checked) else narrowed


def _narrowed(fragment: str, rewrite_href: Rewrite) -> str:
    cleaner = _Cleaner(rewrite_href)
    cleaner.feed(fragment)
    cleaner.close()
    return "".join(cleaner.out)


def plain_text(text: str) -> str:
    """Text from front matter made safe for posts: no markup, no script addresses."""
    text = re.sub(r"(?is)<(script|style)\b.*?(</\1\s*>|$)", "", text)
    text = sanitise.plain_text(text)
    text = re.sub(r"<[A-Za-z/!?][^>]*>?", "", text)
    text = re.sub(r"(?i)\b(?:java|vb)script\s*:\S*|\bdata\s*:\S*", "", text)
    return re.sub(r"[ \t]+", " ", text).strip()


class _Cleaner(HTMLParser):
    def __init__(self, rewrite_href: Rewrite) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._rewrite = rewrite_href
        self._skipping: list[str] = []
        self._links: list[bool] = []
        """For each open <a>: whether its tag was kept."""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skipping:
            if tag == self._skipping[-1] and tag not in VOID:
                self._skipping.append(tag)
            return
        if tag in DROPPED:
            if tag not in VOID:
                self._skipping.append(tag)
            return
        if tag == "q":
            self.out.append(QUOTE_MARKS[0])
            return
        if tag not in ALLOWED:
            return
        kept = self._attributes(tag, attrs)
        if kept is None:
            if tag == "a":
                self._links.append(False)
            return
        if tag == "a":
            self._links.append(True)
        text = "".join(f' {name}="{html.escape(value)}"' for name, value in kept)
        self.out.append(f"<{tag}{text}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._skipping:
            if tag == self._skipping[-1]:
                self._skipping.pop()
            return
        if tag == "q":
            self.out.append(QUOTE_MARKS[1])
            return
        if tag not in ALLOWED or tag in VOID:
            return
        if tag == "a" and not (self._links.pop() if self._links else False):
            return
        self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.out.append(html.escape(data, quote=False))

    def _attributes(
        self, tag: str, attrs: list[tuple[str, str | None]]
    ) -> list[tuple[str, str]] | None:
        """The attributes kept, or None when the tag itself must go (a link with a bad href)."""
        allowed = ATTRIBUTES.get(tag, ())
        kept = [(k, v or "") for k, v in attrs if k in allowed]
        if tag in ("a", "img"):
            key = "href" if tag == "a" else "src"
            url = safe_url(dict(kept).get(key, ""))
            if url is None:
                return None
            kept = [(k, self._rewrite(url) if k == "href" else v) for k, v in kept]
            if tag == "img" and "alt" not in dict(kept):
                kept.append(("alt", ""))
        return kept
