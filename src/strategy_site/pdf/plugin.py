"""`strategy/pdf`: the site's pages, in navigation order, as one tagged PDF.

A thin adapter: document.py writes the HTML, render.py draws it with WeasyPrint,
check.py opens the result and checks it. It runs once every page's content is
rendered (on_env) and before the templates are, so the home page can give the
PDF's size in its link; the file is written with the rest of the site.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from strategy_site.pdf.check import check_pdf, heading_levels
from strategy_site.pdf.config import PdfConfig
from strategy_site.pdf.document import Chapter, Cover, document_html
from strategy_site.pdf.render import font_css, render_pdf
from strategy_site.problems import Problem, report
from strategy_site.sizes import size_text
from strategy_site.updates.when import When


class PdfPlugin(BasePlugin[PdfConfig]):
    """One PDF a site; every problem it has fails the build, like a page's."""

    def on_nav(self, nav: Navigation, /, *, config: MkDocsConfig, files: Files) -> Navigation:
        self._pages = list(nav.pages)
        return nav

    def on_env(self, env: Any, /, *, config: MkDocsConfig, files: Files) -> Any:
        site_url = config.site_url or "https://example.org/"
        site_url = site_url if site_url.endswith("/") else site_url + "/"
        chapters = [
            Chapter(page.title or page.file.src_uri, page.url, page.content or "")
            for page in self._document_pages()
        ]
        css = resources.files("strategy_site.pdf").joinpath("print.css").read_text("utf-8")
        if self.config.style == "easy":
            css += resources.files("strategy_site.pdf").joinpath("easy.css").read_text("utf-8")
        cover = self._cover(config)
        document = document_html(cover, chapters, site_url, font_css(site_url) + "\n" + css)
        by_url = {file.dest_uri: file for file in files}
        data, refused = render_pdf(
            document,
            site_url,
            lambda path: by_url[path].content_bytes if path in by_url else None,
            When.parse(self.config.date).first_day(),
        )
        shown = f"{Path(config.site_dir).name}/{self.config.file}"
        for address in refused:
            report(
                Problem(
                    shown,
                    None,
                    f"could not include {address}: it is not a file of the site",
                    "use pictures from the docs folder only",
                    rule="pdf/outside-site",
                )
            )
        for problem in check_pdf(data, self.config.file, heading_levels(document)):
            report(problem)
        self._data = data
        self._link_from_pages(size_text(len(data)))
        return env

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        target = Path(config.site_dir) / self.config.file
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(self._data)

    def _document_pages(self) -> list[Page]:
        def left_out(page: Page) -> bool:
            src = page.file.src_uri
            return any(src == item or src.startswith(item) for item in self.config.leave_out)

        pages = [page for page in self._pages if not left_out(page)]
        last = [page for name in self.config.last for page in pages if page.file.src_uri == name]
        return [page for page in pages if page not in last] + last

    def _cover(self, config: MkDocsConfig) -> Cover:
        day = When.parse(self.config.date)
        return Cover(
            title=self.config.title or config.site_name,
            subtitle=self.config.subtitle or config.site_description or "",
            author=self.config.author or config.site_author or "",
            date=day.iso(),
            date_text=day.display(),
            lang=self.config.lang,
        )

    def _link_from_pages(self, size: str) -> None:
        """The link to the PDF, its format and size in its text, at the end of each
        page in `link_from`."""
        for page in self._pages:
            if page.file.src_uri not in self.config.link_from:
                continue
            depth = page.url.count("/") if page.url else 0
            href = "../" * depth + self.config.file
            page.content = (page.content or "") + (
                f'\n<p class="pdf-download"><a href="{href}" download>'
                f"{self.config.link_text} (PDF, {size})</a></p>\n"
            )
