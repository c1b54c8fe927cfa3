"""An update's social posts: rendered from the channel's template, fitted, then checked."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from strategy_site.comms.channels import CHANNELS, Channel
from strategy_site.comms.links import hashtags_in, with_utm
from strategy_site.comms.rules import Broken, broken_rules
from strategy_site.comms.safe_html import plain_text
from strategy_site.comms.shorten import fit
from strategy_site.comms.source import Item, Source
from strategy_site.problems import BuildFailed, Problem


@dataclass(frozen=True)
class Post:
    """One post, ready to paste or schedule."""

    channel: Channel
    text: str
    link: str
    """The tracked link to the update (for Instagram, the one to put in the bio)."""
    length: int
    """As the channel counts it."""
    limit: int
    shortened: bool
    overridden: bool
    image: str | None
    alt: str | None
    when: dt.datetime


def posts_for(item: Item, source: Source) -> list[Post]:
    """One post per channel in use; BuildFailed lists every rule any of them breaks."""
    problems = _unknown_overrides(item)
    posts = []
    for channel in source.settings.channels:
        try:
            posts.append(post_for(item, channel, source))
        except BuildFailed as failed:
            problems += failed.problems
    if problems:
        raise BuildFailed(problems)
    return posts


def post_for(item: Item, channel: Channel, source: Source) -> Post:
    """One channel's post: the update's own text for it, or the template with the summary fitted."""
    settings = source.settings
    easy = item.easy if channel.name in settings.easy_read else None
    link = with_utm(
        easy.url if easy else item.url,
        settings.source(channel.name),
        settings.social_medium,
        settings.campaign,
    )
    override = plain_text(item.update.social.get(channel.name, ""))
    limit = settings.limit(channel)
    text, shortened = _text(item, channel, source, link, override)
    _check(text, item, channel, limit, override)
    alt = plain_text(item.update.image_alt or "") if item.image_url else ""
    return Post(
        channel=channel,
        text=text,
        link=link,
        length=channel.count(text),
        limit=limit,
        shortened=shortened,
        overridden=bool(override),
        image=item.image_url,
        alt=alt or None,
        when=settings.moment(item.update.date.first_day()),
    )


def _text(
    item: Item, channel: Channel, source: Source, link: str, override: str
) -> tuple[str, bool]:
    """The rendered post, and whether its summary had to be cut (an override never is)."""
    context = _context(item, channel, source, link, override)
    easy = item.easy if channel.name in source.settings.easy_read else None

    def render(summary: str) -> str:
        return source.templates.text(f"{channel.name}.txt.j2", **context, summary=summary)

    summary = plain_text(easy.summary if easy else item.update.summary)
    if override:
        return render(summary), False
    return fit(render, summary, channel.count, source.settings.limit(channel))


def _check(text: str, item: Item, channel: Channel, limit: int, override: str) -> None:
    broken = broken_rules(text, channel, limit)
    if broken:
        line = item.line("social", channel.name) if override else item.line("title")
        raise BuildFailed([_problem(item, line, b, channel, override) for b in broken])


def _context(
    item: Item, channel: Channel, source: Source, link: str, override: str
) -> dict[str, Any]:
    """What a post template can use: see the README's 'Comms pack' section."""
    settings = source.settings
    tags = [t for t in settings.hashtags if t.lower() not in _lower(hashtags_in(override))]
    easy = item.easy if channel.name in settings.easy_read else None
    return {
        "title": plain_text(easy.title if easy else item.update.title),
        "easy_read": easy is not None,
        "override": override,
        "link": link if channel.links else "",
        "hashtags": " ".join(tags),
        "emoji": settings.emoji.get(channel.name, ""),
        "channel": channel.label,
        "date": item.update.date.display(),
        "site_name": source.site_name,
        "image_alt": plain_text(item.update.image_alt or ""),
    }


def _lower(tags: list[str]) -> set[str]:
    return {t.lower() for t in tags}


def _problem(item: Item, line: int, broken: Broken, channel: Channel, override: str) -> Problem:
    """Say where to make the change: the override, or what the generated post is made of."""
    social = f"'social: {channel.name}:'"
    if override:
        where = f"in the text under {social} in the front matter"
    elif broken.too_long:
        where = f"from the title (the summary is already cut), or write a shorter {social}"
    else:
        where = f"in the title or summary, or in comms/templates/{channel.name}.txt.j2"
    return Problem(item.file, line, broken.what, f"{broken.fix} {where}")


def _unknown_overrides(item: Item) -> list[Problem]:
    return [
        Problem(
            item.file,
            item.line("social", name),
            f"'social' names '{name}', which is not a channel",
            f"use one of: {', '.join(CHANNELS)}",
        )
        for name in item.update.social
        if name not in CHANNELS
    ]
