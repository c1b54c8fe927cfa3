"""`strategy/updates`: progress updates as pages, listings and 'Latest updates' blocks.

The plugin only dispatches: reading is in load.py, listing pages and blocks
in render.py, and the order of pages in pages.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from strategy_site.easy_read.engine_pictures import engine_pictures
from strategy_site.inputs import frontmatter
from strategy_site.inputs.frontmatter import FrontMatter
from strategy_site.markdown_edit import insert_after_h1
from strategy_site.pairing.plugin import PairingPlugin
from strategy_site.plugins import find
from strategy_site.priorities import priority_titles
from strategy_site.problems import report, shown_path
from strategy_site.updates import easy as easy_render
from strategy_site.updates import render
from strategy_site.updates.config import UpdatesConfig
from strategy_site.updates.load import Rules, inherited, load_updates
from strategy_site.updates.model import Rendered, Update, newest_first
from strategy_site.updates.pages import listings

FIRST = 50
"""Priority of `on_files`, whose results feeds and comms read in theirs: above MkDocs'
default of 0, so it runs first wherever the plugin is listed."""
LAST = -50
"""Priority of `on_page_content`: the pages are kept for the feeds and the pack as
finally rendered, after every other plugin's changes."""


class UpdatesPlugin(BasePlugin[UpdatesConfig]):
    """Publishes `updates` (newest first) for the feeds and comms plugins to use."""

    updates: list[Update]
    priority_titles: dict[str, str]
    """Slug -> title of every priority page, known after `on_files`."""
    rendered: dict[str, Rendered]
    """src_uri -> the update's rendered page, known after its `on_page_content`."""

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.updates = []
        self.priority_titles = {}
        self.rendered = {}
        self._by_uri: dict[str, Update] = {}
        self._drafts = self.config.drafts
        return config

    @event_priority(FIRST)
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        folder = self.config.folder.strip("/")
        self.priority_titles = priority_titles(files, self.config.priorities_folder)
        mine = [f for f in files.documentation_pages() if f.src_uri.startswith(f"{folder}/")]
        inherit = self._full_versions(config)
        sources = {
            f.src_uri: (
                shown_path(Path(f.abs_src_path or f.src_uri)),
                inherit(f.src_uri, frontmatter.parse(f.content_string)),
            )
            for f in mine
        }
        loaded = load_updates(sources, self._rules(files))
        for problem in loaded.problems:
            report(problem)
        self.updates = newest_first([u for u in loaded.updates if self._drafts or not u.draft])
        self._by_uri = {u.src_uri: u for u in self.updates}
        published = {u.src_uri for u in self.updates}
        for file in mine:
            if file.src_uri in published:
                file.inclusion = InclusionLevel.NOT_IN_NAV
            else:
                files.remove(file)  # drafts (and broken updates) are never published
        easy = self.config.style == "easy"
        by_audience = {} if easy else self._audiences
        for listing in listings(self.updates, folder, self.config.per_page, by_audience):
            content = (
                easy_render.listing_page(listing, engine_pictures(config))
                if easy
                else render.listing_page(listing)
            )
            inclusion = (
                InclusionLevel.INCLUDED
                if listing.src_uri == f"{folder}/index.md"
                else InclusionLevel.NOT_IN_NAV
            )
            files.append(
                File.generated(config, listing.src_uri, content=content, inclusion=inclusion)
            )
        return files

    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        update = self._by_uri.get(page.file.src_uri)
        easy = self.config.style == "easy"
        if update is not None:
            folder = self.config.priorities_folder
            header = (
                easy_render.update_header(
                    update, self.priority_titles, folder, engine_pictures(config)
                )
                if easy
                else render.update_header(update, self.priority_titles, folder, self._audiences)
            )
            return insert_after_h1(markdown, header)
        chosen = self._latest_for(page.file.src_uri)
        if chosen is None:
            return markdown
        index = f"{self.config.folder.strip('/')}/index.md"
        heading = self.config.latest_title or ("What is new" if easy else "Latest updates")
        if easy:
            pictures = engine_pictures(config)
            return markdown + easy_render.latest_block(
                page.file.src_uri, chosen, index, heading, pictures
            )
        return markdown + render.latest_block(page.file.src_uri, chosen, index, heading)

    @event_priority(LAST)
    def on_page_content(
        self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        if page.file.src_uri in self._by_uri:
            self.rendered[page.file.src_uri] = Rendered(page.url, html)
        return html

    @property
    def _audiences(self) -> dict[str, str]:
        return {str(k): str(v) for k, v in self.config.audiences.items()}

    def _rules(self, files: Files) -> Rules:
        return Rules(
            priorities=frozenset(self.priority_titles),
            audiences=frozenset(self._audiences),
            summary_max=self.config.summary_max,
            files=frozenset(f.src_uri for f in files),
        )

    def _full_versions(self, config: MkDocsConfig) -> Callable[[str, FrontMatter], FrontMatter]:
        """How an easy read update's front matter takes what it leaves out from its full
        version (with `from_full_version`; otherwise it is kept as written)."""
        if not self.config.from_full_version:
            return lambda _src_uri, fm: fm
        pairing = find(config, PairingPlugin, needed_by="strategy/updates: from_full_version")
        return lambda src_uri, fm: inherited(fm, pairing.counterpart_meta(src_uri))

    def _latest_for(self, src_uri: str) -> list[Update] | None:
        """The updates a page's 'Latest updates' block shows, or None for no block."""
        count = self.config.latest_count
        if src_uri in self.config.latest_on:
            return self.updates[:count]
        directory, _, name = src_uri.rpartition("/")
        if directory == self.config.priorities_folder.strip("/") and name != "index.md":
            slug = name.removesuffix(".md")
            return [u for u in self.updates if slug in u.priorities][:count]
        return None


def find_updates(config: MkDocsConfig, needed_by: str, why_site_url: str) -> UpdatesPlugin:
    """The site's updates plugin, for a plugin built on it (feeds, comms).

    Both need absolute links, so a missing `site_url` is reported here too.
    """
    updates = find(config, UpdatesPlugin, needed_by=needed_by)
    if not config.site_url:
        raise PluginError(f"{needed_by} needs 'site_url': {why_site_url}")
    return updates
