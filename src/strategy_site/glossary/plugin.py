"""`strategy/glossary`: render the shared glossary into this site's glossary page
and, on easy read, link each word's first use on a page to its explanation."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from strategy_site.glossary import render
from strategy_site.glossary.config import GlossaryConfig
from strategy_site.glossary.model import Entry, load_glossary
from strategy_site.problems import report
from strategy_site.urls import doc_link


class GlossaryPlugin(BasePlugin[GlossaryConfig]):
    """Publishes `entries` for the easy read checks (initials the glossary explains)."""

    entries: list[Entry]
    path: Path
    """The glossary file, for problems found in its entries' text."""

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.path = Path(self.config.file)
        self.entries, problems = load_glossary(self.path)
        for problem in problems:
            report(problem)
        return config

    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        if page.file.src_uri == self.config.page:
            rendered = (
                render.easy_glossary(self.entries)
                if self.config.style == "easy"
                else render.full_glossary(self.entries)
            )
            return render.insert_glossary(markdown, rendered)
        if self.config.link_first_use:
            href = doc_link(page.file.src_uri, self.config.page)
            return render.link_first_uses(markdown, self.entries, href)
        return markdown

    @property
    def known_initials(self) -> frozenset[str]:
        return frozenset(e.initials for e in self.entries if e.initials)
