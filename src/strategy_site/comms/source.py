"""What the pack is made from: the published updates, their pages, the settings and templates.

The plugin builds a `Source` after the site is built; `capturing()` lets the
`bulletin` command borrow it from a build it runs, without a second reader of
the updates.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from strategy_site.comms.settings import Settings
from strategy_site.comms.templates import Templates
from strategy_site.inputs import frontmatter
from strategy_site.inputs.frontmatter import FrontMatter
from strategy_site.updates.model import Update


@dataclass(frozen=True)
class EasyWords:
    """An update's easy read version, as posts and e-mails use it."""

    title: str
    summary: str
    url: str
    """Absolute URL of its page on the easy read site."""


@dataclass(frozen=True)
class Item:
    """One published update, with what the pack needs from its page and its file."""

    update: Update
    url: str
    """Absolute URL of its page on the site."""
    image_url: str | None
    """Its image (front matter `image:`) as an absolute URL."""
    content_html: str
    """Its page body: links absolute, title removed, not yet cleaned (see safe_html)."""
    file: str
    """Its Markdown file, as the comms team would type the path."""
    front: FrontMatter
    """Lines of its front matter fields, for problem lines."""
    easy: EasyWords | None = None
    """Its easy read version, when it has one (front matter `easy_read:`)."""

    def line(self, *path: str) -> int:
        return self.front.line(path)


@dataclass(frozen=True)
class Source:
    """Everything the pack is made from."""

    site_name: str
    site_url: str
    """Absolute, ending in '/'."""
    updates_url: str
    """Absolute URL of the list of all updates."""
    items: tuple[Item, ...]
    """Newest first, as the site lists them."""
    settings: Settings
    templates: Templates
    output: Path
    """The pack's folder (dist/comms)."""


def front_matter_lines(markdown: str) -> FrontMatter:
    """Lines of every field (nested ones too) in a Markdown file's front matter."""
    return frontmatter.parse(markdown)


def image_url(update: Update, site_url: str) -> str | None:
    """An update's image as an absolute URL; a relative path is relative to its Markdown file."""
    image = update.image
    if not image:
        return None
    if re.match(r"^[a-z][a-z0-9+.-]*:", image, re.I):
        return image
    if image.startswith("/"):
        return site_url + image.lstrip("/")
    return site_url + posixpath.normpath(posixpath.join(posixpath.dirname(update.src_uri), image))


_sinks: list[list[Source]] = []


@contextmanager
def capturing() -> Iterator[list[Source]]:
    """Collect every Source the plugin makes while the block runs."""
    sink: list[Source] = []
    _sinks.append(sink)
    try:
        yield sink
    finally:
        _sinks.remove(sink)


def announce(source: Source) -> None:
    for sink in _sinks:
        sink.append(source)
