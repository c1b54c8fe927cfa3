"""What a page's check result depends on, as one hash: the cache key.

A page's key hashes, in order: the check's own digest (the engines' settings, the
pinned Node packages, our Node script and content rules, the Chromium binary), the
page's address, its HTML, and every stylesheet, script, image and frame that HTML
loads from the site (each by the hash of its bytes). Change any of them and the key
changes, so the page is checked again; an unchanged page finds its old result.
"""

from __future__ import annotations

import hashlib
import json
import posixpath
from collections.abc import Iterable, Mapping, Sequence
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

SITE = "http://site.invalid/"
"""The address pages are resolved against when hashing (the real port changes each run)."""

CONTENT_PACKAGE = Path(__file__).parent / "content"
_LOADED = {"script": "src", "img": "src", "iframe": "src", "embed": "src", "object": "data"}


class _Resources(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        rel = (values.get("rel") or "").lower().split()
        if tag == "link" and "stylesheet" in rel:
            self._add(values.get("href"))
        elif tag in _LOADED:
            self._add(values.get(_LOADED[tag]))
        elif tag == "input" and (values.get("type") or "").lower() == "image":
            self._add(values.get("src"))

    def _add(self, url: str | None) -> None:
        if url and not url.startswith(("data:", "#")):
            self.urls.append(url.strip())


def resources_of(html: str) -> list[str]:
    """The URLs of what a page loads, as written in its HTML, in order, without repeats."""
    parser = _Resources()
    parser.feed(html)
    parser.close()
    return list(dict.fromkeys(parser.urls))


def local_file(url: str, page: str, mounts: Mapping[str, Path]) -> Path | None:
    """The file a resource URL names, when it is on the site; None for another host.

    `page` is the page's path on the site and `mounts` maps URL folders ('' for the
    site, '__extra__/0/' for an extra page's folder) to folders on disk.
    """
    absolute = urljoin(SITE + page, url)
    if not absolute.startswith(SITE):
        return None
    path = posixpath.normpath(unquote(urlsplit(absolute).path).lstrip("/"))
    path = "" if path == "." else path
    mount = max((m for m in mounts if path.startswith(m) or m == ""), key=len, default=None)
    if mount is None:
        return None
    return mounts[mount] / path[len(mount) :]


class Hasher:
    """Hashes of files, each read once per run (many pages share one stylesheet)."""

    def __init__(self) -> None:
        self._known: dict[Path, str] = {}

    def file(self, path: Path) -> str:
        """The SHA-256 of a file's bytes, 'missing' if it cannot be read."""
        if path not in self._known:
            try:
                self._known[path] = hashlib.sha256(path.read_bytes()).hexdigest()
            except OSError:
                self._known[path] = "missing"
        return self._known[path]


def html_digest(html: bytes) -> str:
    """The SHA-256 of a page's HTML."""
    return hashlib.sha256(html).hexdigest()


def page_key(
    check_digest: str,
    page: str,
    html: bytes,
    resources: Sequence[str],
    mounts: Mapping[str, Path],
    hasher: Hasher,
) -> str:
    """The cache key of one page; `resources` are `resources_of(html)`."""
    digest = hashlib.sha256()
    for part in (check_digest, page, html_digest(html)):
        digest.update(part.encode() + b"\0")
    for url in resources:
        file = local_file(url, page, mounts)
        if file is not None and file.is_dir():
            file = file / "index.html"
        state = hasher.file(file) if file is not None else "external"
        digest.update(f"{url}\0{state}\0".encode())
    return digest.hexdigest()


def files_digest(paths: Iterable[Path]) -> str:
    """One hash of several files' names and bytes."""
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(path.name.encode() + b"\0")
        digest.update(path.read_bytes() if path.is_file() else b"missing")
    return digest.hexdigest()


def check_digest(engine_settings: Mapping[str, Any], tools: Mapping[str, str]) -> str:
    """The digest of everything besides the page that decides its result."""
    code = files_digest(CONTENT_PACKAGE.glob("*.py"))
    payload = {"engines": engine_settings, "tools": dict(tools), "content_rules": code}
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()
