"""How each platform counts a post's length: wrappers of the libraries that know.

twitter-text-parser and grapheme ship no type hints, so they are wrapped here
and only here, behind typed functions.
"""

from __future__ import annotations

import re

import grapheme  # type: ignore[import-untyped]
from twitter_text import (  # type: ignore[import-untyped]
    extract_emojis_with_indices,
    extract_urls_with_indices,
    parse_tweet,
)

URL_LENGTH = 23
"""What X and Mastodon count for any link, however long."""

_SCHEME = re.compile(r"^https?://", re.I)


def x_length(text: str) -> int:
    """X's weighted length (twitter-text v3): NFC, most Latin 1, emoji and CJK 2, links 23."""
    return int(parse_tweet(text).weightedLength)


def graphemes(text: str) -> int:
    """User-perceived characters (Bluesky's count): a family emoji is one."""
    return int(grapheme.length(text))


def mastodon_length(text: str) -> int:
    """Characters, with every http(s) link counted as 23 (Mastodon ignores bare domains)."""
    length = len(text)
    for found in web_links(text):
        length += URL_LENGTH - len(found)
    return length


def characters(text: str) -> int:
    """Unicode characters, as Facebook, LinkedIn and Instagram count them."""
    return len(text)


def web_links(text: str) -> list[str]:
    """Every http(s) link in `text`, as X's own link finder sees it."""
    return [str(u["url"]) for u in extract_urls_with_indices(text) if _SCHEME.match(u["url"])]


def utf8_bytes(text: str) -> int:
    return len(text.encode("utf-8"))


# Symbols twemoji counts as emoji, though they read as text.
_TEXT_SYMBOLS = frozenset("\u00a9\u00ae\u2122")


def emoji_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every emoji in `text`, as X finds them (skin tones and ZWJ included)."""
    return [
        (int(e["indices"][0]), int(e["indices"][1]))
        for e in extract_emojis_with_indices(text)
        if e["emoji"] not in _TEXT_SYMBOLS
    ]


def without_emoji(text: str) -> str:
    """`text` with every emoji taken out."""
    kept, start = [], 0
    for begin, end in emoji_spans(text):
        kept.append(text[start:begin])
        start = end
    return "".join(kept) + text[start:]
