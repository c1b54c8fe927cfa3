"""Plugins find each other whatever their order; the build date and drafts are passed
explicitly, never through the environment; a draft influences nothing published."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import re
from pathlib import Path

import pytest

from strategy_site.build import build
from strategy_site.problems import BuildFailed

from .conftest import TinyProject, file_digests


def _with_updates(tiny: TinyProject) -> TinyProject:
    tiny.update("board", date="2022-11-08")
    tiny.update("scrutiny", date="2022-11-30", audiences="[partners]")
    return tiny


# --- (b) one typed lookup, and an order that does not matter ---------------------------


def test_feeds_listed_before_updates_still_has_its_priority_feeds(tiny: TinyProject) -> None:
    _with_updates(tiny)
    config = tiny.read("mkdocs.yml").replace("  - strategy/feeds\n", "")
    config = config.replace("  - strategy/updates:", "  - strategy/feeds\n  - strategy/updates:")
    assert config.index("strategy/feeds") < config.index("strategy/updates")
    tiny.write("mkdocs.yml", config)

    build(tiny.config, check_a11y=False)

    first = json.loads(tiny.read("site/feeds/priorities/first.json"))
    assert [item["title"] for item in first["items"]] == ["Scrutiny", "Board"]
    assert "priorities/first.xml" in tiny.read("site/feeds/feeds.opml")
    assert "feeds/priorities/first.xml" in tiny.read("site/priorities/first/index.html")


def test_a_missing_plugin_fails_with_one_clear_line(tiny: TinyProject) -> None:
    config = re.sub(r"  - strategy/updates:\n      per_page: 2\n", "", tiny.read("mkdocs.yml"))
    tiny.write("mkdocs.yml", config)

    with pytest.raises(BuildFailed) as failed:
        build(tiny.config, check_a11y=False)

    [problem] = failed.value.problems
    assert problem.file == "mkdocs.yml"
    assert problem.what == (
        "strategy/feeds needs the strategy/updates plugin: "
        "add '- strategy/updates' to 'plugins' in mkdocs.yml"
    )


# --- (c) the date and drafts passed explicitly -----------------------------------------


def test_the_environment_changes_nothing_and_is_left_alone(
    tiny: TinyProject, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_updates(tiny)
    tiny.update("secret", date="2022-11-20", draft="true")
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    build(tiny.config, check_a11y=False)
    assert "SOURCE_DATE_EPOCH" not in os.environ
    clean = file_digests(tiny.root)

    # What used to steer the build: neither the date nor the drafts follow them now.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(dt.datetime(2031, 5, 1).timestamp())))
    monkeypatch.setenv("STRATEGY_SITE_DRAFTS", "1")
    build(tiny.config, check_a11y=False)

    assert file_digests(tiny.root) == clean
    assert not (tiny.root / "site/updates/secret").exists()
    assert "<lastmod>2022-11-30</lastmod>" in tiny.read("site/sitemap.xml")


# --- (d) drafts influence nothing that is published ------------------------------------


@pytest.fixture
def with_late_draft(tiny: TinyProject) -> TinyProject:
    _with_updates(tiny)
    tiny.update(
        "hidden-plans",
        date="2030-06-01",
        updated="2030-07-01",
        draft="true",
        audiences="[young-people]",
        priorities="[first]",
    )
    build(tiny.config, check_a11y=False)
    return tiny


def test_a_late_draft_gives_no_date(with_late_draft: TinyProject) -> None:
    root = with_late_draft.root
    for sitemap in ("site/sitemap.xml", "site/easy-read/sitemap.xml"):
        dates = set(re.findall(r"<lastmod>([^<]+)</lastmod>", with_late_draft.read(sitemap)))
        assert dates == {"2022-11-30"}, sitemap
    with gzip.open(root / "site/sitemap.xml.gz") as packed:
        packed.read()
        assert packed.mtime == int(dt.datetime(2022, 11, 30, tzinfo=dt.UTC).timestamp())
    # A feed with no published entry (the draft's audience) falls back on the content date.
    young = json.loads(with_late_draft.read("site/feeds/audiences/young-people.json"))
    assert young["items"] == []
    assert "<updated>2022-11-30T00:00:00+00:00</updated>" in with_late_draft.read(
        "site/feeds/audiences/young-people.atom"
    )
    assert "<updated>2022-11-30T00:00:00+00:00</updated>" in with_late_draft.read(
        "site/feeds/updates.atom"
    )


def test_a_late_draft_gives_no_count_link_or_listing(with_late_draft: TinyProject) -> None:
    root = with_late_draft.root
    # per_page is 2: a counted draft would make a second page of updates.
    assert not (root / "site/updates/page-2").exists()
    assert "Page 1 of" not in with_late_draft.read("site/updates/index.html")
    assert sorted(p.name for p in (root / "dist/comms").iterdir() if p.is_dir()) == [
        "board",
        "scrutiny",
    ]
    leaks = [
        p.relative_to(root).as_posix()
        for top in ("site", "dist")
        for p in sorted((root / top).rglob("*"))
        if p.is_file() and re.search(rb"hidden-plans|Hidden plans|2030", _plain(p))
    ]
    assert leaks == []


def _plain(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data
