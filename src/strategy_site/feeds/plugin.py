"""`strategy/feeds`: RSS, Atom and JSON feeds of the updates, an OPML list, a
'Subscribe to updates' page and autodiscovery links. A thin dispatcher:
plan.py says which feeds, build.py fills them, render.py writes the bytes."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from strategy_site.dates import site_datetime
from strategy_site.easy_read.engine_pictures import engine_pictures
from strategy_site.feeds import build, render
from strategy_site.feeds.config import FeedsConfig
from strategy_site.feeds.model import FORMATS, Feed
from strategy_site.feeds.others import other_site_feed
from strategy_site.feeds.plan import FeedPlan, in_site_order, plan_feeds
from strategy_site.feeds.subscribe import Listed, easy_subscribe_page, subscribe_page
from strategy_site.feeds.writer import Writer
from strategy_site.updates.plugin import find_updates
from strategy_site.urls import page_url, relative_url


class FeedsPlugin(BasePlugin[FeedsConfig]):
    """Writes `<site>/feeds/...` after the build from the updates plugin's pages."""

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self._updates = find_updates(config, "strategy/feeds", "feeds must use absolute links")
        try:
            self._others = [
                other_site_feed(file, site_datetime(config)) for file in self.config.also_list
            ]
        except ValueError as error:
            raise PluginError(f"strategy/feeds: 'also_list': {error}") from None
        return config

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        self._groups = self._plan(files, config)
        if self.config.subscribe_page:
            content = self._subscribe_markdown(config)
            files.append(File.generated(config, self.config.subscribe_page, content=content))
        return files

    def on_nav(self, nav: Navigation, /, *, config: MkDocsConfig, files: Files) -> Navigation:
        """Feeds in the strategy's order (its pages' order in the navigation), on the
        subscribe page and in the OPML list alike."""
        self._groups = in_site_order(self._groups, [page.url for page in nav.pages])
        page = files.get_file_from_path(self.config.subscribe_page or "")
        if page is not None and self.config.subscribe_page:
            page.content_string = self._subscribe_markdown(config)
        return nav

    def on_page_context(
        self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        page.meta["feeds"] = [
            {
                "title": f"{p.title} ({name})",
                "type": media,
                "href": relative_url(f"{self.config.folder}/{p.key}.{suffix}", page.url),
            }
            for p in self._discoverable(page)
            for suffix, (name, media) in FORMATS.items()
        ]
        return context

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        writer = Writer(Path(config.site_dir))
        groups = [
            (title, [self._filled(config, p) for p in plans]) for title, plans in self._groups
        ]
        for _, feeds in groups:
            for feed in feeds:
                writer.write(f"{feed.key}.xml", render.rss(feed))
                writer.write(f"{feed.key}.atom", render.atom(feed))
                writer.write(f"{feed.key}.json", render.json_feed(feed))
        others = [(title, [listed.feed]) for title, listed in self._others]
        writer.write(
            f"{self.config.folder}/feeds.opml",
            render.opml(self._title(config), [*groups[:1], *others, *groups[1:]]),
        )

    def _plan(self, files: Files, config: MkDocsConfig) -> list[tuple[str, list[FeedPlan]]]:
        folder = self._updates.config.folder.strip("/")
        priorities_folder = self._updates.config.priorities_folder.strip("/")
        priorities = {
            slug: (title, _url(files, f"{priorities_folder}/{slug}.md"))
            for slug, title in self._updates.priority_titles.items()
        }
        audiences = {
            slug: (str(name), _url(files, f"{folder}/audiences/{slug}.md"))
            for slug, name in self._updates.config.audiences.items()
        }
        home = _url(files, f"{folder}/index.md")
        groups = plan_feeds(self._title(config), home, priorities, audiences)
        kinds = set(self.config.kinds)
        chosen = [(title, [p for p in plans if p.kind in kinds]) for title, plans in groups]
        return [(title, plans) for title, plans in chosen if plans]

    def _subscribe_markdown(self, config: MkDocsConfig) -> str:
        url = page_url(self.config.subscribe_page, use_directory_urls=config.use_directory_urls)
        opml = relative_url(f"{self.config.folder}/feeds.opml", url)
        groups = [
            (title, [self._listed(config, plan) for plan in plans]) for title, plans in self._groups
        ]
        if self.config.style == "easy":
            return easy_subscribe_page(
                "Get updates", [p for _, g in groups for p in g], engine_pictures(config)
            )
        others = [(title, [listed]) for title, listed in self._others]
        return subscribe_page("Subscribe to updates", [*groups[:1], *others, *groups[1:]], opml)

    def _listed(self, config: MkDocsConfig, plan: FeedPlan) -> Listed:
        count = sum(1 for update in self._updates.updates if plan.includes(update))
        return Listed(self._feed(config, plan, []), plan.name, count)

    def _title(self, config: MkDocsConfig) -> str:
        return self.config.title or str(config.site_name)

    def _site(self, config: MkDocsConfig) -> build.Site:
        return build.Site(
            url=str(config.site_url).rstrip("/") + "/",
            name=str(config.site_name),
            author=str(config.site_author or config.site_name),
            language=self.config.language,
            folder=self.config.folder.strip("/"),
            zone=ZoneInfo(self._updates.config.timezone),
            fallback_updated=site_datetime(config),
        )

    def _feed(self, config: MkDocsConfig, plan: FeedPlan, entries: list[Any]) -> Feed:
        return build.feed(
            self._site(config), plan.key, plan.title, plan.description, plan.home, entries
        )

    def _filled(self, config: MkDocsConfig, plan: FeedPlan) -> Feed:
        site = self._site(config)
        tags = self._updates.priority_titles
        entries = [
            build.entry(update, self._updates.rendered[update.src_uri], site, tags)
            for update in self._updates.updates
            if plan.includes(update) and update.src_uri in self._updates.rendered
        ]
        return self._feed(config, plan, entries)

    def _discoverable(self, page: Page) -> list[FeedPlan]:
        """The site-wide feeds everywhere; a priority's or audience's feeds on its own page."""
        plans = [p for _, group in self._groups for p in group]
        return [p for p in plans if p.kind == "all" or p.home == page.url]


def _url(files: Files, src_uri: str) -> str:
    file = files.get_file_from_path(src_uri)
    return file.url if file is not None else src_uri
