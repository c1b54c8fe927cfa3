"""The 'Subscribe to updates' page: what a feed is, in plain English, and every address."""

from __future__ import annotations

from collections.abc import Sequence

from strategy_site.feeds.model import FORMATS, Feed

INTRO = """\
You can follow our progress updates without visiting this site. A *feed* is
a web address that a feed reader app, an email service or another website
checks for new updates. When we publish an update, it appears there by itself.

## How to subscribe

1. Open your feed reader (or a website or email service that reads feeds).
2. Choose to add a feed or a subscription.
3. Copy one of the addresses below and paste it in.

Most feed readers accept any of the three formats. If you are not sure, use
the RSS address. To subscribe to every feed at once, give your reader the
<a href="{opml}">list of all our feeds (OPML file)</a>.
"""


def subscribe_page(title: str, groups: Sequence[tuple[str, Sequence[Feed]]], opml: str) -> str:
    """Markdown for the page; `opml` is the OPML file's URL relative to the page.

    The OPML link is raw HTML: MkDocs only knows the files it builds, and the
    feeds are written after the build.
    """
    parts = [f"---\ntitle: {title}\n---\n", f"# {title}\n", INTRO.format(opml=opml)]
    for group_title, feeds in groups:
        parts.append(f"## {group_title}\n")
        for feed in feeds:
            parts.append(f"### {feed.title}\n")
            parts.append("| Format | Address to copy |\n| --- | --- |")
            parts.extend(
                f"| {name} | `{feed.url(suffix)}` |" for suffix, (name, _) in FORMATS.items()
            )
            parts.append("")
    return "\n".join(parts)
