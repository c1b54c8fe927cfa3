"""The site-wide feed of another site built from the same project (the easy read site),
so that one OPML list and one subscribe page offer every feed a reader can follow."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from mkdocs.config import load_config

from strategy_site.feeds.model import Feed
from strategy_site.feeds.subscribe import Listed
from strategy_site.inputs import frontmatter
from strategy_site.urls import page_url


def other_site_feed(config_file: str, fallback_updated: dt.datetime) -> tuple[str, Listed]:
    """(group title, the other site's feed of all its updates) from its config file.

    Its entries are not needed here (the other build writes them), only its address,
    its title and how many updates it has, counted from its update files.
    """
    other = load_config(config_file)
    feeds = other.plugins.get("strategy/feeds")
    updates = other.plugins.get("strategy/updates")
    if feeds is None or updates is None:
        raise ValueError(
            f"{config_file} has no strategy/updates and strategy/feeds plugins, so it has "
            "no feed to list (fix: add both to it, or take it out of 'also_list')"
        )
    site_url = str(other.site_url or "").rstrip("/") + "/"
    name = str(feeds.config.title or other.site_name)
    folder = str(updates.config.folder).strip("/")
    home = page_url(f"{folder}/index.md", use_directory_urls=bool(other.use_directory_urls))
    feed = Feed(
        key=f"{str(feeds.config.folder).strip('/')}/updates",
        title=f"{name}: progress updates",
        description=f"Every progress update of {name}, newest first.",
        home_url=site_url + home,
        site_url=site_url,
        language=str(feeds.config.language),
        author=str(other.site_author or other.site_name),
        entries=(),
        fallback_updated=fallback_updated,
    )
    return name, Listed(feed, name, _count(Path(other.docs_dir) / folder))


def _count(folder: Path) -> int:
    """Published updates in `folder`: its Markdown files that are not drafts."""
    metas = (
        frontmatter.parse(p.read_text(encoding="utf-8-sig")).meta
        for p in sorted(folder.rglob("*.md"))
    )
    return sum(1 for meta in metas if meta.get("draft") is not True)
