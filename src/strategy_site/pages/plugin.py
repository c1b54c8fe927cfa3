"""`strategy/pages`: validate every page's front matter on every build."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from strategy_site.pages import frontmatter
from strategy_site.pages.checks import check_front_matter
from strategy_site.pages.config import PagesConfig
from strategy_site.problems import report, shown_path


class PagesPlugin(BasePlugin[PagesConfig]):
    """Report bad front matter as one warning per field (strict mode fails the build)."""

    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        path = Path(page.file.abs_src_path or "")
        fm = frontmatter.parse(path.read_text(encoding="utf-8-sig"))
        for problem in check_front_matter(
            fm,
            shown_path(path),
            required=self.config.required,
            max_description=self.config.max_description,
        ):
            report(problem)
        return markdown
