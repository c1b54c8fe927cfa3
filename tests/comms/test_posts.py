"""Posts: templates per channel, overrides, alt text, and every channel rule."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from strategy_site.comms.channels import CHANNELS
from strategy_site.comms.posts import post_for, posts_for
from strategy_site.problems import BuildFailed

from .conftest import MakeItem, MakeSource

FRONT = "title: x\nsummary: y\nsocial:\n  x: too long\n  instagram: caption\n"


def test_one_post_per_channel_in_order(make_item: MakeItem, make_source: MakeSource) -> None:
    item = make_item(image="chart.png", image_alt="A chart of the survey answers")
    posts = posts_for(item, make_source(item, channels_yml="channels: [linkedin, x]\n"))
    assert [p.channel.name for p in posts] == ["linkedin", "x"]
    assert all(p.alt == "A chart of the survey answers" for p in posts)
    assert all(p.image == "https://tiny.example.org/updates/chart.png" for p in posts)
    assert posts[0].when.isoformat() == "2022-11-30T10:00:00+00:00"


def test_instagram_points_to_the_link_in_bio(make_item: MakeItem, make_source: MakeSource) -> None:
    item = make_item()
    post = post_for(item, CHANNELS["instagram"], make_source(item))
    assert "link in bio" in post.text
    assert "http" not in post.text
    assert post.link.endswith("utm_source=instagram&utm_medium=social&utm_campaign=tiny-strategy")


def test_an_override_replaces_the_words_and_keeps_link_and_tags(
    make_item: MakeItem, make_source: MakeSource
) -> None:
    item = make_item(social={"x": "Our board said yes! #EveryonesIncluded"})
    source = make_source(item, channels_yml="hashtags: ['#EveryonesIncluded', '#Leeds']\n")
    post = post_for(item, CHANNELS["x"], source)
    assert post.overridden and not post.shortened
    assert post.text.startswith("Our board said yes! #EveryonesIncluded\n")
    assert item.update.title not in post.text
    assert post.link in post.text
    assert post.text.count("#EveryonesIncluded") == 1 and "#Leeds" in post.text


def test_a_too_long_override_fails_with_file_channel_count_and_limit(
    make_item: MakeItem, make_source: MakeSource
) -> None:
    item = make_item(social={"x": "word " * 60}, front=FRONT)
    with pytest.raises(BuildFailed) as failed:
        posts_for(item, make_source(item))
    [problem] = failed.value.problems
    assert problem.file == "content/updates/board.md"
    assert problem.line == 5  # the line of 'x:' under 'social:'
    assert re.fullmatch(
        r"the X post is 3\d\d weighted characters, over the limit of 280", problem.what
    )
    assert "social: x:" in problem.fix


def test_a_title_too_long_even_without_summary_fails_at_the_title(
    make_item: MakeItem, make_source: MakeSource
) -> None:
    item = make_item(title="Very long title " * 20, front=FRONT)
    with pytest.raises(BuildFailed) as failed:
        post_for(item, CHANNELS["x"], make_source(item))
    [problem] = failed.value.problems
    assert (problem.file, problem.line) == ("content/updates/board.md", 2)
    assert "over the limit of 280" in problem.what and "from the title" in problem.fix


def test_an_unknown_channel_in_social_is_a_problem(
    make_item: MakeItem, make_source: MakeSource
) -> None:
    item = make_item(social={"twitter": "Hello"}, front="title: x\nsocial:\n  twitter: Hello\n")
    with pytest.raises(BuildFailed) as failed:
        posts_for(item, make_source(item))
    [problem] = failed.value.problems
    assert (problem.line, problem.what) == (4, "'social' names 'twitter', which is not a channel")
    assert problem.fix.startswith("use one of: x, bluesky")


@pytest.mark.parametrize(
    ("channel", "override", "what"),
    [
        ("facebook", "Click here to read it", "the post says 'click here'"),
        ("facebook", "We did it \U0001f389 together", "emoji before its last line"),
        ("instagram", "See https://tiny.example.org/x", "links do not work in Instagram posts"),
        (
            "linkedin",
            "Join us #everyonesincluded",
            "hashtag '#everyonesincluded' is not in CamelCase",
        ),
        ("bluesky", "x" * 301, "the Bluesky post is"),
    ],
)
def test_channel_rules(
    make_item: MakeItem, make_source: MakeSource, channel: str, override: str, what: str
) -> None:
    item = make_item(social={channel: override}, front=FRONT)
    with pytest.raises(BuildFailed) as failed:
        post_for(item, CHANNELS[channel], make_source(item))
    assert any(what in p.what for p in failed.value.problems), failed.value.problems


def test_emoji_at_the_end_and_hashtags_in_links_are_fine(
    make_item: MakeItem, make_source: MakeSource
) -> None:
    item = make_item(content="", social={"mastodon": "Read https://e.org/#section"})
    source = make_source(item, channels_yml='emoji: {mastodon: "\U0001f499"}\n')
    post = post_for(item, CHANNELS["mastodon"], source)
    assert post.text.endswith("\U0001f499\n")


def test_a_comms_team_template_is_used(
    tmp_path: Path, make_item: MakeItem, make_source: MakeSource
) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "x.txt.j2").write_text("{{ title | upper }} {{ link }}\n", encoding="utf-8")
    item = make_item()
    post = post_for(item, CHANNELS["x"], make_source(item, templates=templates))
    assert post.text.startswith("THE BOARD APPROVES THE STRATEGY https://tiny.example.org/")
