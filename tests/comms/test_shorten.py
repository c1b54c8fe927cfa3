"""Shortening: only the summary, cut at a word with an ellipsis; links and hashtags kept."""

from __future__ import annotations

import pytest

from strategy_site.comms.channels import CHANNELS
from strategy_site.comms.counting import graphemes, web_links, x_length
from strategy_site.comms.posts import post_for
from strategy_site.comms.shorten import cut, fit

from .conftest import LONG_SUMMARY, MakeItem, MakeSource


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (3, "In 2019 a\u2026"),
        (6, "In 2019 a large conference brought\u2026"),
        (
            12,
            "In 2019 a large conference brought together partners from many different"
            " agencies\u2026",
        ),
        (0, ""),
        (99, LONG_SUMMARY),
    ],
)
def test_cut_at_word_boundary_with_ellipsis(words: int, expected: str) -> None:
    assert cut(LONG_SUMMARY, words) == expected


def test_fit_keeps_the_longest_summary_that_fits() -> None:
    def render(summary: str) -> str:
        return f"Title\n\n{summary}\n\nhttps://e.org/x #Tag"

    text, shortened = fit(render, "one two three four five", len, 44)
    assert (text, shortened) == ("Title\n\none two three\u2026\n\nhttps://e.org/x #Tag", True)
    assert fit(render, "one two", len, 100) == (render("one two"), False)


@pytest.mark.parametrize("channel", ["x", "bluesky"])
def test_a_long_post_is_shortened_keeping_link_and_hashtags(
    make_item: MakeItem, make_source: MakeSource, channel: str
) -> None:
    title = "A long title about the Scrutiny Board, the Population Board and the café meeting"
    item = make_item(title=title)
    channels_yml = (
        'hashtags: ["#EveryonesIncluded", "#SEND"]\n'
        'emoji: {x: "\U0001f499", bluesky: "\U0001f499"}\n'
    )
    source = make_source(item, channels_yml=channels_yml)

    post = post_for(item, CHANNELS[channel], source)

    count = x_length if channel == "x" else graphemes
    assert post.shortened
    assert count(post.text) == post.length <= post.limit
    assert post.text.startswith(title)
    assert "\u2026" in post.text
    words = post.text.split("\n\n")[1].removesuffix("\u2026").split()
    assert words == LONG_SUMMARY.split()[: len(words)]  # whole words from the start
    assert web_links(post.text) == [post.link]
    assert post.link.endswith(f"utm_source={channel}&utm_medium=social&utm_campaign=tiny-strategy")
    assert post.text.endswith("#EveryonesIncluded #SEND \U0001f499\n")


def test_a_post_that_fits_is_not_shortened(make_item: MakeItem, make_source: MakeSource) -> None:
    item = make_item()
    post = post_for(item, CHANNELS["facebook"], make_source(item))
    assert not post.shortened
    assert LONG_SUMMARY in post.text
