"""Pure renderers: a Feed to RSS 2.0, Atom and JSON Feed 1.1 bytes, and feeds to OPML.

feedgen is wrapped here and only here, with its pitfalls handled: entries
appended in order (it prepends by default), `updated`/`lastBuildDate` set
from the content (it defaults to now), the self link added before the
alternate link (RSS takes the last link added as the channel link).
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from feedgen.feed import FeedGenerator

from strategy_site.feeds.model import FORMATS, Feed


def _generator(feed: Feed, self_suffix: str) -> FeedGenerator:
    fg = FeedGenerator()
    fg.id(feed.url(self_suffix))
    fg.title(feed.title)
    fg.subtitle(feed.description)
    fg.description(feed.description)
    fg.author({"name": feed.author})
    fg.language(feed.language)
    fg.link(href=feed.url(self_suffix), rel="self", type=FORMATS[self_suffix][1])
    fg.link(href=feed.home_url, rel="alternate", type="text/html")
    fg.updated(feed.updated)
    fg.lastBuildDate(feed.updated)
    fg.generator("strategy-site")
    for entry in feed.entries:
        fe = fg.add_entry(order="append")
        fe.id(entry.id)
        fe.guid(entry.id, permalink=False)
        fe.title(entry.title)
        fe.link(href=entry.url, rel="alternate", type="text/html")
        fe.summary(entry.summary)
        fe.description(entry.summary)
        fe.content(entry.content_html, type="html")
        fe.published(entry.published)
        fe.updated(entry.updated)
        fe.pubDate(entry.published)
        for category in entry.categories:
            fe.category(term=category)
    return fg


def rss(feed: Feed) -> bytes:
    """RSS 2.0 with atom:link rel=self; guids are not permalinks (they never change)."""
    result: bytes = _generator(feed, "xml").rss_str(pretty=True)
    return result


def atom(feed: Feed) -> bytes:
    """Atom (RFC 4287)."""
    result: bytes = _generator(feed, "atom").atom_str(pretty=True)
    return result


def json_feed(feed: Feed) -> bytes:
    """JSON Feed 1.1, written with the standard library."""
    document = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": feed.title,
        "home_page_url": feed.home_url,
        "feed_url": feed.url("json"),
        "description": feed.description,
        "language": feed.language,
        "authors": [{"name": feed.author}],
        "items": [
            {
                "id": entry.id,
                "url": entry.url,
                "title": entry.title,
                "summary": entry.summary,
                "content_html": entry.content_html,
                "date_published": entry.published.isoformat(),
                "date_modified": entry.updated.isoformat(),
                "tags": list(entry.categories),
            }
            for entry in feed.entries
        ],
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def opml(title: str, groups: Sequence[tuple[str, Sequence[Feed]]]) -> bytes:
    """OPML 2.0 listing every feed once, as RSS, grouped (site-wide, priorities,
    audiences): a reader given the list subscribes to each feed once, not once per
    format."""
    root = ET.Element("opml", version="2.0")
    ET.SubElement(ET.SubElement(root, "head"), "title").text = title
    body = ET.SubElement(root, "body")
    for group_title, feeds in groups:
        group = ET.SubElement(body, "outline", text=group_title, title=group_title)
        for feed in feeds:
            ET.SubElement(
                group,
                "outline",
                type="rss",
                text=feed.title,
                title=feed.title,
                xmlUrl=feed.url("xml"),
                htmlUrl=feed.home_url,
            )
    ET.indent(root)
    document: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return document + b"\n"
