"""Each channel's count, checked against independent counters and known fixtures."""

from __future__ import annotations

import unicodedata

import pytest
import regex

from strategy_site.comms.channels import CHANNELS
from strategy_site.comms.counting import graphemes, mastodon_length, x_length

URL = "https://everyones-included.example.org/updates/board/?utm_source=x&utm_medium=social"
FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466"  # one ZWJ sequence
FLAG = "\U0001f1ec\U0001f1e7"  # regional indicators G B
THUMB = "\U0001f44d\U0001f3fd"  # thumbs up, medium skin tone
LIGHT_RANGES = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))

SAMPLES = [
    "Plain ASCII text",
    "Café crème, naïve résumé",
    "Everyone's included \u2014 \u201cquoted\u201d \u2026",
    f"Read the update: {URL}",
    f"Two links {URL} and https://example.com/a",
    f"Emoji at the end {FAMILY} {FLAG} {THUMB} \U0001f499",
    "日本語のテキスト and Ελληνικά",
    "A very long title that goes on and on about the Scrutiny Board " * 5,
    "Decomposed e\u0301 and precomposed \u00e9",
]


def x_weighted(text: str) -> int:
    """X's rules written again: NFC; a link is 23; an emoji sequence 2; light ranges 1; else 2."""
    text = unicodedata.normalize("NFC", text)
    total = 0
    for token in regex.findall(r"https?://\S+|\X", text):
        if token.startswith("http"):
            total += 23
        elif regex.search(r"\p{Extended_Pictographic}|\p{Regional_Indicator}", token):
            total += 2
        else:
            total += sum(
                1 if any(a <= ord(ch) <= b for a, b in LIGHT_RANGES) else 2 for ch in token
            )
    return total


@pytest.mark.parametrize("text", SAMPLES)
def test_x_counts_like_an_independent_reimplementation(text: str) -> None:
    assert x_length(text) == x_weighted(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a" * 280, 280),
        (URL, 23),
        (f"{URL} {URL}", 47),
        (FAMILY, 2),
        (THUMB, 2),
        ("日本", 4),
        ("english text 日本語 😷 https://example.com", 46),  # twitter-text's own example
        ("\u2026", 2),  # the ellipsis is outside X's light ranges
    ],
)
def test_x_known_fixtures(text: str, expected: int) -> None:
    assert x_length(text) == expected


@pytest.mark.parametrize("text", SAMPLES)
def test_bluesky_counts_graphemes_like_regex(text: str) -> None:
    assert graphemes(text) == len(regex.findall(r"\X", text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [(FAMILY, 1), (FLAG, 1), (THUMB, 1), ("e\u0301", 1), (URL, len(URL)), ("abc", 3)],
)
def test_bluesky_known_sequences(text: str, expected: int) -> None:
    assert graphemes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (URL, 23),
        (f"Read: {URL}", 29),
        ("everyones-included.example.org has no scheme", 44),
        (f"{FAMILY} and {URL}", len(FAMILY) + 5 + 23),
        ("x" * 500, 500),
    ],
)
def test_mastodon_counts_each_web_link_as_23(text: str, expected: int) -> None:
    assert mastodon_length(text) == expected


def test_channel_defaults_follow_the_reference() -> None:
    limits = {name: (c.default_limit, c.max_limit) for name, c in CHANNELS.items()}
    assert limits == {
        "x": (280, 280),
        "bluesky": (300, 300),
        "mastodon": (500, 100_000),
        "facebook": (5000, 63206),
        "facebook-group": (5000, 63206),
        "linkedin": (3000, 3000),
        "instagram": (2200, 2200),
    }
    assert not CHANNELS["instagram"].links
