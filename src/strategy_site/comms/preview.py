"""index.html: the comms team's preview of the pack, every post with its count and limit."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from strategy_site.comms.bulletin import digest_span
from strategy_site.comms.posts import Post
from strategy_site.comms.safe_html import plain_text
from strategy_site.comms.source import Item, Source

PLACEHOLDER_DOMAINS = ("example.org", "example.com", "example.net")


@dataclass(frozen=True)
class Digest:
    """A digest e-bulletin made by `strategy-site bulletin`, kept in the pack's folder."""

    folder: str
    since: dt.date
    until: dt.date


def preview_html(
    packs: Sequence[tuple[Item, Sequence[Post]]], source: Source, digests: Sequence[Digest] = ()
) -> str:
    """The preview page; text from the updates is escaped by the template (autoescape)."""
    settings = source.settings
    domain = settings.sender_address.rpartition("@")[2].lower()
    return source.templates.render(
        "preview.html.j2",
        site_name=source.site_name,
        sender=f"{settings.sender_name} <{settings.sender_address}>",
        placeholder_sender=domain.endswith(PLACEHOLDER_DOMAINS),
        channels=[c.label for c in settings.channels],
        updates=[_update(item, posts) for item, posts in packs],
        digests=[{"folder": d.folder, "span": digest_span(d.since, d.until)} for d in digests],
    )


def breakable(text: str) -> Markup:
    """Escaped text whose links may wrap after '/', '?', '&' and '=' (<wbr>), so a long
    link never widens the table (CSS `overflow-wrap: anywhere` confuses axe's contrast check)."""
    parts = re.split(r"(https?://\S+)", text)
    return Markup("").join(
        Markup("<wbr>").join(re.split(r"(?<=[?&=])|(?<=\w/)", part)) if i % 2 else part
        for i, part in enumerate(parts)
    )


def _update(item: Item, posts: Sequence[Post]) -> dict[str, Any]:
    slug = item.update.slug
    return {
        "id": f"update-{slug}",
        "slug": slug,
        "title": plain_text(item.update.title),
        "date": item.update.date.display(),
        "url": item.url,
        "posts": [_post(p) for p in posts],
    }


def _post(post: Post) -> dict[str, Any]:
    notes = []
    if post.shortened:
        notes.append("summary shortened to fit")
    if post.overridden:
        notes.append("text from the update's 'social:'")
    if not post.channel.links:
        notes.append("put the link in the bio")
    return {
        "channel": post.channel.label,
        "file": f"{post.channel.name}.txt",
        "text": breakable(post.text.rstrip("\n")),
        "length": f"{post.length:,}",
        "limit": f"{post.limit:,}",
        "unit": post.channel.unit,
        "alt": post.alt,
        "notes": notes,
        "link": post.link,
    }
