"""An update as the rest of the engine sees it: validated, typed, ready to render."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from strategy_site.updates.when import When


@dataclass(frozen=True)
class Update:
    """One progress update, read from its Markdown file's front matter."""

    src_uri: str
    key: str
    """Stable identity for feed ids: the `id:` field, or the file name without '.md'."""
    title: str
    date: When
    summary: str
    priorities: tuple[str, ...]
    audiences: tuple[str, ...]
    updated: When | None = None
    image: str | None = None
    image_alt: str | None = None
    easy_read: str | None = None
    draft: bool = False

    @property
    def slug(self) -> str:
        return posixpath.splitext(posixpath.basename(self.src_uri))[0]

    @property
    def last_changed(self) -> When:
        return self.updated or self.date


def newest_first(updates: list[Update]) -> list[Update]:
    """Newest first; same-date updates in a fixed order (by file name) so builds repeat."""
    by_name = sorted(updates, key=lambda u: u.src_uri)
    return sorted(by_name, key=lambda u: u.date.sort_key, reverse=True)
