"""What a feed says, independent of its format."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Entry:
    """One update as a feed entry; every URL absolute."""

    id: str
    title: str
    url: str
    summary: str
    content_html: str
    published: dt.datetime
    updated: dt.datetime
    categories: tuple[str, ...] = ()


@dataclass(frozen=True)
class Feed:
    """One feed (site-wide, a priority's or an audience's), in all its formats."""

    key: str
    """Path of its files under the site without the suffix, such as 'feeds/updates'."""
    title: str
    description: str
    home_url: str
    """The page this feed follows (absolute)."""
    site_url: str
    language: str
    author: str
    entries: tuple[Entry, ...]
    """Newest first."""
    fallback_updated: dt.datetime
    """`updated` for a feed with no entries: from the content, never the clock."""

    def url(self, suffix: str) -> str:
        return f"{self.site_url}{self.key}.{suffix}"

    @property
    def updated(self) -> dt.datetime:
        return max((e.updated for e in self.entries), default=self.fallback_updated)


FORMATS = {
    "xml": ("RSS", "application/rss+xml"),
    "atom": ("Atom", "application/atom+xml"),
    "json": ("JSON Feed", "application/feed+json"),
}
"""Suffix -> (name, media type) of every format written for each feed."""
