"""A Content-Security-Policy for a finished page, as the first element of its `<head>`.

The policy allows only the site's own files, and the page's own inline scripts by
their SHA-256 hashes (Material writes a few: `__md_scope`, the palette, tabs), so a
script that slipped into the content would not run. Material's
`<script id="__config" type="application/json">` is a data block, which browsers
never run, so it needs no hash.

Nothing needs `'unsafe-inline'` for styles: Material and our templates write no
`style` attribute or `<style>` element (the theme's scripts set styles through the
CSSOM, which a policy does not restrict); any `<style>` element a page does have
is allowed by its hash. Images may be `data:` addresses because Material's
stylesheet draws its icons with `data:image/svg+xml` masks.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from html.parser import HTMLParser

SCRIPT_TYPES = frozenset(("", "text/javascript", "application/javascript", "module"))
"""`type` values a browser runs as script (lower-cased, trimmed); the rest are data."""

_FIXED = (
    ("default-src", "'self'"),
    ("img-src", "'self' data:"),
    ("font-src", "'self'"),
    ("connect-src", "'self'"),
    ("worker-src", "'self'"),
    ("object-src", "'none'"),
    ("frame-src", "'none'"),
    ("base-uri", "'self'"),
    ("form-action", "'self'"),
)


def policy(page: str) -> str:
    """The policy for `page`: its own files, and its inline scripts and styles by hash."""
    scripts, styles = _inline(page)
    directives = dict(_FIXED)
    directives["script-src"] = " ".join(("'self'", *_hashes(scripts)))
    directives["style-src"] = " ".join(("'self'", *_hashes(styles)))
    order = ("default-src", "script-src", "style-src", *(name for name, _ in _FIXED[1:]))
    return "; ".join(f"{name} {directives[name]}" for name in order)


def with_policy(page: str) -> str:
    """`page` with its policy as a `<meta http-equiv>` at the top of its `<head>`.

    It goes before every script, style and link, so that it governs all of them:
    first in `<head>`, or straight after `<meta charset>` when that opens the head
    (the character set must stay within the page's first 1,024 bytes, and a policy
    with several hashes is long). A page without `<head>` is returned unchanged.
    """
    head = _HEAD.search(page)
    if head is None:
        return page
    charset = _CHARSET.match(page, head.end())
    at = charset.end() if charset else head.end()
    content = html.escape(policy(page), quote=False).replace('"', "&quot;")
    meta = f'\n    <meta http-equiv="Content-Security-Policy" content="{content}">'
    return page[:at] + meta + page[at:]


_HEAD = re.compile(r"<head(?:\s[^>]*)?>", re.I)
_CHARSET = re.compile(r"\s*<meta\s+charset=[^>]*>", re.I)


def _hashes(bodies: list[str]) -> list[str]:
    """One `'sha256-…'` source per distinct body, in the order first met."""
    seen = dict.fromkeys(_sha256(body) for body in bodies)
    return list(seen)


def _sha256(body: str) -> str:
    digest = hashlib.sha256(body.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def _inline(page: str) -> tuple[list[str], list[str]]:
    """The text of every inline script a browser would run, and of every `<style>`."""
    finder = _InlineFinder()
    finder.feed(page)
    finder.close()
    return finder.scripts, finder.styles


class _InlineFinder(HTMLParser):
    def __init__(self) -> None:
        # Hashes are of the exact characters between the tags: no reference decoding.
        super().__init__(convert_charrefs=False)
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self._open: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "script" and "src" not in values:
            if values.get("type", "").strip().lower() in SCRIPT_TYPES:
                self._open = self.scripts
                self.scripts.append("")
        elif tag == "style":
            self._open = self.styles
            self.styles.append("")

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._open[-1] += data

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._open = None
