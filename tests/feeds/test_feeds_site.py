"""Feeds of a tiny real site: valid, complete, stable and discoverable."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import feedparser
import pytest

from strategy_site.build import build

from ..conftest import TinyProject

FEEDS = ["updates", "priorities/first", "audiences/partners"]


@pytest.fixture
def built(tiny: TinyProject) -> TinyProject:
    tiny.update("survey", date="2019", audiences="[families, partners]")
    tiny.update("board", date="2022-11-08", updated="2022-11-30")
    tiny.update(
        "scrutiny",
        date="2022-11-30",
        audiences="[partners]",
        body="See ![a chart](chart.png) and [the home page](../index.md#tiny-strategy).",
    )
    tiny.write("content/updates/chart.png", "not really a png")
    tiny.update("secret", date="2023-01-05", draft="true")
    build(tiny.config, check_a11y=False)
    return tiny


def _parsed(project: TinyProject, key: str, suffix: str) -> feedparser.FeedParserDict:
    return feedparser.parse((project.root / f"site/feeds/{key}.{suffix}").read_bytes())


@pytest.mark.parametrize("key", FEEDS)
@pytest.mark.parametrize("suffix", ["xml", "atom"])
def test_feeds_parse_cleanly(built: TinyProject, key: str, suffix: str) -> None:
    parsed = _parsed(built, key, suffix)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.version == ("rss20" if suffix == "xml" else "atom10")


@pytest.mark.parametrize(
    ("key", "titles"),
    [
        ("updates", ["Scrutiny", "Board", "Survey"]),
        ("priorities/first", ["Scrutiny", "Board", "Survey"]),
        ("audiences/partners", ["Scrutiny", "Survey"]),
        ("audiences/families", ["Board", "Survey"]),
    ],
)
def test_each_feed_has_its_published_updates_newest_first(
    built: TinyProject, key: str, titles: list[str]
) -> None:
    for suffix in ("xml", "atom"):
        assert [e.title for e in _parsed(built, key, suffix).entries] == titles
    document = json.loads(built.read(f"site/feeds/{key}.json"))
    assert [item["title"] for item in document["items"]] == titles


def test_rss_follows_the_checklist(built: TinyProject) -> None:
    root = ET.fromstring(built.read("site/feeds/updates.xml"))
    channel = root.find("channel")
    assert channel is not None
    assert channel.findtext("link") == "https://tiny.example.org/updates/"
    self_link = channel.find("{http://www.w3.org/2005/Atom}link")
    assert self_link is not None and self_link.get("rel") == "self"
    assert self_link.get("href") == "https://tiny.example.org/feeds/updates.xml"
    item = channel.find("item")
    assert item is not None
    guid = item.find("guid")
    assert guid is not None and guid.get("isPermaLink") == "false"
    assert item.findtext("pubDate") == "Wed, 30 Nov 2022 00:00:00 +0000"
    assert channel.findtext("lastBuildDate") == "Wed, 30 Nov 2022 00:00:00 +0000"


def test_atom_follows_the_checklist(built: TinyProject) -> None:
    parsed = _parsed(built, "updates", "atom")
    assert parsed.feed.id == "https://tiny.example.org/feeds/updates.atom"
    assert parsed.feed.updated == "2022-11-30T00:00:00+00:00"
    assert {link.rel: link.href for link in parsed.feed.links} == {
        "self": "https://tiny.example.org/feeds/updates.atom",
        "alternate": "https://tiny.example.org/updates/",
    }
    board = parsed.entries[1]
    assert (board.published, board.updated) == (
        "2022-11-08T00:00:00+00:00",
        "2022-11-30T00:00:00+00:00",
    )


def test_json_feed_follows_the_spec(built: TinyProject) -> None:
    document = json.loads(built.read("site/feeds/updates.json"))
    assert document["version"] == "https://jsonfeed.org/version/1.1"
    assert document["feed_url"] == "https://tiny.example.org/feeds/updates.json"
    item = document["items"][0]
    assert set(item) >= {"id", "url", "title", "content_html", "date_published"}
    assert item["date_published"] == "2022-11-30T00:00:00+00:00"


def test_entry_content_is_full_html_with_absolute_links(built: TinyProject) -> None:
    content = json.loads(built.read("site/feeds/updates.json"))["items"][0]["content_html"]
    assert 'src="https://tiny.example.org/updates/chart.png"' in content
    assert 'href="https://tiny.example.org/#tiny-strategy"' in content
    urls = re.findall(r'(?:href|src)="([^"]+)"', content)
    assert urls and all(u.startswith("https://tiny.example.org/") for u in urls)
    assert "<h1" not in content


def test_editing_title_and_date_keeps_entry_ids(built: TinyProject) -> None:
    before = {e.title: e.id for e in _parsed(built, "updates", "atom").entries}
    built.update("board", title="Board meets again", date="2022-11-09")
    build(built.config, check_a11y=False)

    after = {e.title: e.id for e in _parsed(built, "updates", "atom").entries}
    assert after["Board meets again"] == before["Board"]
    assert len(set(after.values())) == 3


def test_building_twice_gives_identical_feeds(built: TinyProject) -> None:
    first = {p: p.read_bytes() for p in (built.root / "site/feeds").rglob("*") if p.is_file()}
    build(built.config, check_a11y=False)
    second = {p: p.read_bytes() for p in (built.root / "site/feeds").rglob("*") if p.is_file()}
    assert first == second


def test_drafts_are_in_no_feed(built: TinyProject) -> None:
    for path in (built.root / "site/feeds").rglob("*"):
        if path.is_file():
            assert "Secret" not in path.read_text(encoding="utf-8"), path


def test_opml_lists_every_feed_once_as_rss(built: TinyProject) -> None:
    """One entry per feed, so that 'subscribe to all' subscribes to each feed once."""
    feeds = built.root / "site/feeds"
    root = ET.fromstring(built.read("site/feeds/feeds.opml"))
    listed = [o for o in root.iter("outline") if o.get("xmlUrl")]
    existing = {
        f"https://tiny.example.org/feeds/{p.relative_to(feeds).as_posix()}"
        for p in feeds.rglob("*.xml")
    }
    assert len(listed) == len(existing) == 1 + 1 + 4  # site-wide, one priority, four audiences
    assert {o.get("xmlUrl") for o in listed} == existing
    assert all(o.get("type") == "rss" for o in listed)
    first = next(o for o in listed if o.get("xmlUrl", "").endswith("priorities/first.xml"))
    assert first.get("text") == "Tiny strategy: First priority"
    for suffix in (".atom", ".json"):  # every feed still has its other formats
        assert {p.stem for p in feeds.rglob(f"*{suffix}")} == {p.stem for p in feeds.rglob("*.xml")}


def test_pages_carry_autodiscovery_links(built: TinyProject) -> None:
    def alternates(html: str) -> set[tuple[str, str]]:
        tags = re.findall(r'<link rel="alternate feed"[^>]*>', html)
        return {
            (re.search(r'type="([^"]+)"', t)[1], re.search(r'href="([^"]+)"', t)[1])  # type: ignore[index]
            for t in tags
        }

    home = alternates(built.read("site/index.html"))
    assert home == {
        ("application/rss+xml", "feeds/updates.xml"),
        ("application/atom+xml", "feeds/updates.atom"),
        ("application/feed+json", "feeds/updates.json"),
    }
    priority = alternates(built.read("site/priorities/first/index.html"))
    assert ("application/rss+xml", "../../feeds/priorities/first.xml") in priority
    assert ("application/rss+xml", "../../feeds/updates.xml") in priority


def test_subscribe_page_links_every_feed_by_name(built: TinyProject) -> None:
    html = built.read("site/subscribe/index.html")
    names = re.findall(
        r'<p class="strategy-feeds__name"><a href="([^"]+)">([^<]+)</a> \(RSS feed\)', html
    )
    assert names[:2] == [
        ("https://tiny.example.org/feeds/updates.xml", "All progress updates"),
        ("https://tiny.example.org/feeds/priorities/first.xml", "First priority"),
    ]
    assert ("https://tiny.example.org/feeds/audiences/partners.xml", "Updates for partners") in (
        names
    )
    assert (
        '<a href="https://tiny.example.org/feeds/priorities/first.atom" '
        'aria-label="Atom feed: First priority">Atom</a>' in html
    )
    assert 'href="../feeds/feeds.opml"' in html
    # The address to copy wraps after a slash, never inside a word; no tables of small code.
    assert (
        '<code class="strategy-feeds__address">https://tiny.example.org/<wbr>feeds/<wbr>'
        "priorities/<wbr>first.xml</code>" in html
    )
    assert "<table" not in html.split('id="main-content"')[1]


def test_subscribe_page_counts_updates_and_says_when_there_are_none(built: TinyProject) -> None:
    html = built.read("site/subscribe/index.html")
    assert "All progress updates</a> (RSS feed). 3 updates so far." in html
    assert "Updates for partners</a> (RSS feed). 2 updates so far." in html
    assert (
        "Updates for practitioners</a> (RSS feed). No updates yet: subscribe to hear about "
        "the first one." in html
    )


def test_priority_feeds_follow_the_strategy_order(tiny: TinyProject) -> None:
    """The navigation's order (the strategy's), not the files' alphabetical order."""
    for slug, title in (("zebra", "Zebra priority"), ("apple", "Apple priority")):
        tiny.write(
            f"content/priorities/{slug}.md",
            f"---\ntitle: {title}\ndescription: {title}.\n---\n# {title}\n\nText.\n",
        )
    tiny.write(
        "mkdocs.yml",
        tiny.read("mkdocs.yml")
        + "nav:\n  - index.md\n  - priorities/zebra.md\n  - priorities/first.md\n"
        "  - priorities/apple.md\n  - updates/index.md\n  - subscribe.md\n",
    )
    tiny.update("survey", priorities="[apple, zebra]")
    build(tiny.config, check_a11y=False)

    html = tiny.read("site/subscribe/index.html")
    listed = re.findall(r'feeds/priorities/(\w+)\.xml">', html)
    assert listed == ["zebra", "first", "apple"]
    assert "First priority</a> (RSS feed). No updates yet" in html
    opml = ET.fromstring(tiny.read("site/feeds/feeds.opml"))
    in_opml = [
        o.get("xmlUrl") for o in opml.iter("outline") if "priorities/" in o.get("xmlUrl", "")
    ]
    assert [url.rsplit("/", 1)[1] for url in in_opml] == ["zebra.xml", "first.xml", "apple.xml"]


def test_feed_files_are_written_only_inside_the_site(built: TinyProject, tmp_path: Path) -> None:
    from strategy_site.feeds.writer import Writer

    writer = Writer(tmp_path / "out")
    writer.write("feeds/a.xml", b"a")
    with pytest.raises(ValueError, match="twice"):
        writer.write("feeds/a.xml", b"b")
    with pytest.raises(ValueError, match="outside"):
        writer.write("../escape.xml", b"c")
