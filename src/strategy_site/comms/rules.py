"""Each channel's rules, checked on the finished text of a post (an override too)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from strategy_site.comms import counting
from strategy_site.comms.channels import Channel
from strategy_site.comms.links import hashtags_in, is_camel_case

_CLICK_HERE = re.compile(r"\bclick\s+(?:here|this|the\s+link)\b", re.I)


@dataclass(frozen=True)
class Broken:
    """A rule a post breaks: what is wrong and how to fix it."""

    what: str
    fix: str
    too_long: bool = False


def broken_rules(text: str, channel: Channel, limit: int) -> list[Broken]:
    """Every rule the post breaks."""
    found = []
    length = channel.count(text)
    if length > limit:
        what = f"the {channel.label} post is {length:,} {channel.unit}, over the limit of {limit:,}"
        found.append(Broken(what, f"cut {length - limit:,} or more", too_long=True))
    size = counting.utf8_bytes(text)
    if channel.max_bytes is not None and size > channel.max_bytes:
        what = (
            f"the {channel.label} post is {size:,} bytes, over the limit of {channel.max_bytes:,}"
        )
        found.append(Broken(what, "shorten it or use fewer emoji", too_long=True))
    return found + _style(text, channel)


def _style(text: str, channel: Channel) -> list[Broken]:
    found = []
    if _CLICK_HERE.search(text):
        found.append(Broken("the post says 'click here'", "say where the link goes instead"))
    if not emoji_only_at_end(text):
        what = f"the {channel.label} post has emoji before its last line"
        found.append(Broken(what, "use words for meaning, and emoji only at the end"))
    links = counting.web_links(text)
    if not channel.links and links:
        what = f"links do not work in {channel.label} posts: {links[0]}"
        found.append(Broken(what, "take the link out and say 'link in bio'"))
    words = text
    for link in links:
        words = words.replace(link, " ")  # a '#' in a link is not a hashtag
    for tag in hashtags_in(words):
        if not is_camel_case(tag):
            fix = f"start each word with a capital, as in '#{tag[1:2].upper()}{tag[2:]}'"
            found.append(Broken(f"hashtag '{tag}' is not in CamelCase", fix))
    return found


def emoji_only_at_end(text: str) -> bool:
    """True when every emoji is on the post's last line (sparingly, never in place of words)."""
    body, _, _ = text.rstrip().rpartition("\n")
    return not counting.emoji_spans(body)
