"""Site-relative URLs as MkDocs makes them, shared by every plugin that links pages."""

from __future__ import annotations

import posixpath
import re

from mkdocs.structure.files import File


def page_url(src_uri: str, *, use_directory_urls: bool) -> str:
    """The site-relative URL MkDocs gives the page built from `src_uri`."""
    return File(src_uri, "", "", use_directory_urls).url


def url_dir(url: str) -> str:
    """The folder a page's relative links start from ('.' for the home page)."""
    if url in ("", "./"):
        return "."
    return url.rstrip("/") if url.endswith("/") else posixpath.dirname(url) or "."


def relative_url(target: str, from_url: str) -> str:
    """`target` (site-relative) as a link from the page at `from_url`."""
    return posixpath.relpath(target, url_dir(from_url))


def doc_link(from_uri: str, to_uri: str) -> str:
    """A relative link between two docs files (.md), as MkDocs expects it in Markdown."""
    return posixpath.relpath(to_uri, posixpath.dirname(from_uri) or ".")


def on_another_site(address: str) -> bool:
    """True for an address with a scheme ('https:', 'data:') or a host ('//cdn...'): a
    picture there would be fetched from another site by every reader's browser."""
    return re.match(r"^[a-z][a-z0-9+.-]*:|^//", address, re.I) is not None
