"""Turn the published updates into the site's feeds: pure, given the rendered pages."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from strategy_site.feeds.absolute import absolute_links, without_first_h1
from strategy_site.feeds.model import Entry, Feed
from strategy_site.safety.sanitise import plain_text
from strategy_site.updates.model import Rendered, Update


@dataclass(frozen=True)
class Site:
    """What every feed of a site shares."""

    url: str
    """Absolute, ending in '/'."""
    name: str
    author: str
    language: str
    folder: str
    zone: ZoneInfo
    fallback_updated: dt.datetime


def entry_id(site_url: str, key: str) -> str:
    """A permanent id from the update's key: editing its title or date never changes it."""
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'{site_url}updates/{key}')}"


def entry(update: Update, page: Rendered, site: Site, tags: Mapping[str, str]) -> Entry:
    """One update as a feed entry, its links made absolute.

    Title and summary are text, but feed readers render RSS's as HTML: any markup
    in them (already an error in the build) is dropped here, where they enter the feeds.
    """
    url = site.url + page.url
    published = update.date.start(site.zone)
    return Entry(
        id=entry_id(site.url, update.key),
        title=plain_text(update.title),
        url=url,
        summary=plain_text(update.summary),
        content_html=absolute_links(without_first_h1(page.content_html), url).strip(),
        published=published,
        updated=update.updated.start(site.zone) if update.updated else published,
        categories=tuple(tags.get(slug, slug) for slug in update.priorities),
    )


def feed(
    site: Site, key: str, title: str, description: str, home: str, entries: Sequence[Entry]
) -> Feed:
    """A feed of some of the entries, its files at `<folder>/<key>.*`."""
    return Feed(
        key=f"{site.folder}/{key}",
        title=title,
        description=description,
        home_url=site.url + home,
        site_url=site.url,
        language=site.language,
        author=site.author,
        entries=tuple(entries),
        fallback_updated=site.fallback_updated,
    )
