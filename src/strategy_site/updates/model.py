"""An update as the rest of the engine sees it: validated, typed, ready to render."""

from __future__ import annotations

import posixpath
from collections.abc import Mapping
from dataclasses import dataclass, field

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
    social: Mapping[str, str] = field(default_factory=dict)
    actions: tuple[str, ...] = ()
    """The actions (measures/actions.yml) it reports on."""
    """Per-channel text that replaces the generated post (channel name -> text)."""

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


@dataclass(frozen=True)
class Rendered:
    """An update's page as the site shows it, for feeds and the comms pack."""

    url: str
    """Site-relative URL of the page."""
    content_html: str
    """The page body (MkDocs' rendered Markdown, without the theme)."""
