"""An update's easy read version: a page of the easy read site, listed there, in its own
feed (and the full site's OPML), checked by the easy read rules, and used by the comms
pack for the channels that ask for easy read words."""

from __future__ import annotations

import json
import re

import pytest

from strategy_site.build import BuildSummary, build
from strategy_site.problems import BuildFailed
from strategy_site.updates.easy import when_sentence
from strategy_site.updates.when import When

from ..conftest import MAIN_CONFIG, TinyProject

EASY_PLUGINS = """\
  - strategy/updates:
      style: easy
      from_full_version: true
  - strategy/feeds:
      kinds: [all]
      style: easy
  - strategy/easy_read
"""

EASY_SURVEY = """\
---
title: Families told us what matters
summary: We asked families what matters to them.
---
# Families told us what matters

/// idea | A clipboard with a list
    icon: material/clipboard-text

We asked families some questions.
///
"""


def _warnings(summary: BuildSummary) -> list[tuple[str, int | None, str]]:
    """The build's warnings but reading ease, which a page of a few words cannot pass."""
    found = [(w.file, w.line, w.rule) for w in summary.warnings]
    return sorted(w for w in found if w[2] != "easy-read/reading-ease")


@pytest.fixture
def paired(tiny: TinyProject) -> TinyProject:
    """The tiny project with easy read updates on: one update with its easy read version."""
    main = MAIN_CONFIG.format(overrides="{overrides}").replace(
        "      exempt: [updates/]\n",
        "      generated: [subscribe.md, updates/index.md]\n"
        "      generated_folders: {updates/: updates/index.md}\n",
    )
    main = main.replace(
        "  - strategy/feeds\n", "  - strategy/feeds:\n      also_list: [mkdocs.easy-read.yml]\n"
    )
    overrides = tiny.read("mkdocs.yml").split("custom_dir: ")[1].split("\n")[0]
    tiny.write("mkdocs.yml", main.replace("{overrides}", overrides))
    easy = tiny.read("mkdocs.easy-read.yml").replace("  - strategy/easy_read\n", EASY_PLUGINS)
    tiny.write("mkdocs.easy-read.yml", easy)
    tiny.update("survey", date="2019-06-01", easy_read="updates/survey.md")
    tiny.write("easy_read/updates/survey.md", EASY_SURVEY)
    return tiny


def test_the_easy_read_version_is_a_page_listed_and_fed(paired: TinyProject) -> None:
    summary = build(paired.config, check_a11y=False)
    assert _warnings(summary) == []

    page = paired.read("site/easy-read/updates/survey/index.html")
    assert "We asked families some questions." in page
    # the date comes from the full update, as a sentence
    assert 'This happened on <time datetime="2019-06-01">1 June 2019</time>.' in page
    assert 'class="counterpart-link" href="../../../updates/survey/"' in page
    full = paired.read("site/updates/survey/index.html")
    assert 'class="counterpart-link" href="../../easy-read/updates/survey/"' in full

    # a list the full site makes with no easy read list of its own links to the one list
    families = paired.read("site/updates/audiences/families/index.html")
    assert 'class="counterpart-link" href="../../../easy-read/updates/"' in families
    summary_page = paired.read("dist/easy-read/index.html")
    assert "The pages the build makes in updates/ link to the easy read page" in summary_page

    listing = paired.read("site/easy-read/updates/index.html")
    assert 'href="survey/">Families told us what matters</a>' in listing
    assert 'This happened on <time datetime="2019-06-01">' in listing
    home = paired.read("site/easy-read/index.html")
    assert ">What is new</h2>" in home and 'href="updates/survey/"' in home
    assert re.search(
        r'<link rel="alternate feed" type="application/rss\+xml"[^>]*"feeds/updates.xml"', home
    )

    fed = json.loads(paired.read("site/easy-read/feeds/updates.json"))
    assert [(i["title"], i["url"]) for i in fed["items"]] == [
        ("Families told us what matters", "https://tiny.example.org/easy-read/updates/survey/")
    ]
    opml = paired.read("site/feeds/feeds.opml")
    assert opml.count('xmlUrl="https://tiny.example.org/easy-read/feeds/updates.xml"') == 1
    subscribe = paired.read("site/subscribe/index.html")
    assert "https://tiny.example.org/easy-read/feeds/updates.xml" in subscribe
    easy_subscribe = paired.read("site/easy-read/subscribe/index.html")
    assert "You need an app called a feed reader." in easy_subscribe
    assert "There is 1 update so far." in easy_subscribe


def test_the_easy_read_version_is_checked_by_the_rules(paired: TinyProject) -> None:
    paired.write(
        "easy_read/updates/survey.md",
        EASY_SURVEY.replace(
            "summary: We asked families what matters to them.",
            "summary: In the summer we asked lots of families what matters most to them.",
        ).replace("We asked families some questions.", "Families were asked some questions."),
    )
    summary = build(paired.config, check_a11y=False)
    assert _warnings(summary) == [
        ("easy_read/updates/survey.md", 3, "easy-read/sentence-long"),
        ("easy_read/updates/survey.md", 10, "easy-read/passive-voice"),
    ]


def test_an_update_without_an_easy_read_version_warns(paired: TinyProject) -> None:
    paired.update("board", date="2022-11-30")
    summary = build(paired.config, check_a11y=False)
    assert _warnings(summary) == [("content/updates/board.md", None, "pairing/missing")]
    page = paired.read("dist/easy-read/index.html")
    # index, first priority, survey, board; and the two pages both sites make
    assert "6 full pages: 5 with an easy read version" in page


def test_a_channel_can_post_the_easy_read_words(paired: TinyProject) -> None:
    paired.write(
        "comms/channels.yml",
        "channels: [facebook, facebook-group]\neasy_read: [facebook-group]\n",
    )
    build(paired.config, check_a11y=False)
    group = paired.read("dist/comms/survey/facebook-group.txt")
    assert group.startswith("Families told us what matters\n\nWe asked families what matters")
    assert "Read it in easy read: https://tiny.example.org/easy-read/updates/survey/?" in group
    page = paired.read("dist/comms/survey/facebook.txt")
    assert page.startswith("Survey\n\nSummary of survey.")
    assert "https://tiny.example.org/updates/survey/?" in page
    bulletin = paired.read("dist/comms/survey/bulletin.html")
    assert re.search(
        r'href="https://tiny\.example\.org/easy-read/updates/survey/\?utm_source=bulletin[^"]*"'
        r"[^>]*>Read this update in easy read</a>",
        bulletin,
    )


def test_an_easy_read_update_of_no_full_update_must_give_its_own_date(
    paired: TinyProject,
) -> None:
    paired.write("easy_read/updates/orphan.md", EASY_SURVEY)
    with pytest.raises(BuildFailed) as failed:
        build(paired.config, check_a11y=False)
    assert [p.file for p in failed.value.problems] == ["easy_read/updates/orphan.md"] * 3
    assert {p.what.split("'")[1] for p in failed.value.problems} == {
        "date",
        "priorities",
        "audiences",
    }


@pytest.mark.parametrize(
    ("date", "sentence"),
    [
        ("2019", 'This happened in <time datetime="2019">2019</time>.'),
        ("2022-12", 'This happened in <time datetime="2022-12">December 2022</time>.'),
        ("2022-11-30", 'This happened on <time datetime="2022-11-30">30 November 2022</time>.'),
    ],
)
def test_a_date_is_a_sentence_as_precise_as_the_date(date: str, sentence: str) -> None:
    assert when_sentence(When.parse(date)) == sentence
