"""The 'Subscribe to updates' page: what a feed is, in plain English, and every feed as
a link, with its address to copy and how many updates it has."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from strategy_site.easy_read.engine_pictures import MATERIAL
from strategy_site.feeds.model import Feed

INTRO = """\
You can follow our progress updates without visiting this site. A *feed* is
a web address that a feed reader app, an email service or another website
checks for new updates. When we publish an update, it appears there by itself.

## How to subscribe

1. Open your feed reader (or a website or email service that reads feeds).
2. Choose to add a feed or a subscription.
3. Choose a feed below, copy its address and paste it in.

You can also open a feed's link. Some phones and browsers then offer to add it
to a feed reader; others show the feed itself, which looks like code.

Each feed comes in three formats, and most feed readers accept any of them. If
you are not sure, use the main link, which is RSS. To subscribe to every feed at
once, give your reader the
<a href="{opml}">list of all our feeds (OPML file)</a>.
"""


@dataclass(frozen=True)
class Listed:
    """One feed as the page lists it."""

    feed: Feed
    name: str
    """What it follows: 'All progress updates', a priority's title, 'Updates for families'."""
    updates: int
    """How many updates it has now (drafts not counted)."""


def subscribe_page(title: str, groups: Sequence[tuple[str, Sequence[Listed]]], opml: str) -> str:
    """Markdown for the page; `opml` is the OPML file's URL relative to the page.

    The lists are raw HTML: the OPML file and the feeds are written after the
    build, so MkDocs knows none of them as pages to link to.
    """
    parts = [f"---\ntitle: {title}\n---\n", f"# {title}\n", INTRO.format(opml=opml)]
    for group_title, listed in groups:
        parts.append(f"## {group_title}\n")
        items = "\n".join(_item(entry) for entry in listed)
        parts.append(f'<ul class="strategy-feeds">\n{items}\n</ul>\n')
    return "\n".join(parts)


def _item(listed: Listed) -> str:
    feed, name = listed.feed, html.escape(listed.name)
    # Named in full for a list of links; aria-label, not hidden text, which a
    # contrast checker would ask to check by hand (it is positioned off screen).
    also = " or ".join(
        f'<a href="{html.escape(feed.url(suffix))}" aria-label="{label} feed: {name}">{label}</a>'
        for suffix, label in (("atom", "Atom"), ("json", "JSON Feed"))
    )
    return (
        f'<li>\n<p class="strategy-feeds__name"><a href="{html.escape(feed.url("xml"))}">'
        f"{name}</a> (RSS feed). {_count(listed.updates)}</p>\n"
        f'<p>Address to copy: <code class="strategy-feeds__address">'
        f"{breakable_url(feed.url('xml'))}</code></p>\n"
        f"<p>Also as {also}.</p>\n</li>"
    )


def _count(updates: int) -> str:
    if updates == 0:
        return "No updates yet: subscribe to hear about the first one."
    return f"{updates} update{'' if updates == 1 else 's'} so far."


def breakable_url(url: str) -> str:
    """`url`, escaped, that may wrap after each '/' (and at its hyphens, as any text
    may) but never inside a word: a <wbr> after every slash but those of '://'."""
    scheme, sep, rest = url.partition("://")
    pieces = re.split(r"(?<=/)", rest)
    return html.escape(scheme + sep) + "<wbr>".join(html.escape(p) for p in pieces if p)


EASY_INTRO = """\
/// idea | A bell
    icon: {bell}

We write updates about our plan.

You can get them on your phone or computer.
///

/// idea | A mobile phone
    icon: {reader}

You need an app called a feed reader.

Ask someone you trust to help you set it up.
///
"""

EASY_LINKS = """\
/// idea | A link
    icon: {link}

Copy this link into the feed reader app.
///
"""


def easy_subscribe_page(
    title: str, listed: Sequence[Listed], pictures: Mapping[str, str] = MATERIAL
) -> str:
    """The same page in easy read: idea blocks, and each feed's RSS address to copy,
    with no formats to choose between and no OPML list (one feed needs none).
    `pictures` names each idea's picture (see easy_read.engine_pictures)."""
    chosen = {"bell": pictures["bell"], "reader": pictures["phone"], "link": pictures["link"]}
    parts = [f"---\ntitle: {title}\n---\n", f"# {title}\n", EASY_INTRO.format(**chosen)]
    for entry in listed:
        parts.append(EASY_LINKS.format(**chosen))
        parts.append(f'<ul class="strategy-feeds">\n{_easy_item(entry)}\n</ul>\n')
    return "\n".join(parts)


def _easy_item(listed: Listed) -> str:
    feed, name = listed.feed, html.escape(listed.name)
    count = (
        "There are no updates yet."
        if listed.updates == 0
        else f"There {'is' if listed.updates == 1 else 'are'} {listed.updates} "
        f"update{'' if listed.updates == 1 else 's'} so far."
    )
    return (
        f'<li>\n<p class="strategy-feeds__name"><a href="{html.escape(feed.url("xml"))}">'
        f"{name}</a></p>\n<p>{count}</p>\n"
        f'<p>The link is: <code class="strategy-feeds__address">'
        f"{breakable_url(feed.url('xml'))}</code></p>\n</li>"
    )
