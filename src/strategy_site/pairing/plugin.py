"""`strategy/pairing`: link each page to its counterpart in the other site."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from strategy_site.inputs import frontmatter
from strategy_site.pairing import links
from strategy_site.pairing.config import PairingConfig
from strategy_site.pairing.coverage import Coverage, coverage, is_exempt, reason_key, route_of
from strategy_site.problems import Problem, advise, report, shown_path
from strategy_site.urls import page_url


class PairingPlugin(BasePlugin[PairingConfig]):
    """Sets `page.meta.counterpart` ({url, text}) for the theme to show as a link."""

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        other = load_config(self.config.counterpart)
        self._other_docs = Path(other.docs_dir)
        self._other_directory_urls = bool(other.use_directory_urls)
        # The configured folders, not this build's (a staged or served build
        # overrides site_dir): the mount is where the sites sit when published.
        own = load_config(config.config_file_path) if config.config_file_path else config
        self._mount = links.mount_of(own.site_dir, other.site_dir)
        # the declaring site's front matter, for the links back and the summary's counts
        self._other_metas = {} if self.config.declares else links.front_matters(self._other_docs)
        self._reverse = links.declared_pairs(self._other_metas, self.config.key)
        self._other_exempt = _exempt_of(other)
        return config

    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        target = self._target(page)
        if target is not None:
            url = page_url(target, use_directory_urls=self._other_directory_urls)
            page.meta["counterpart"] = {
                "url": links.counterpart_href(page.url, self._mount, url),
                "text": self.config.link_text,
            }
        return markdown

    def coverage(self) -> Coverage:
        """The other (declaring) site's pages by easy read route, for the summary."""
        return coverage(self._other_metas, self.config.key, self._other_exempt)

    def counterpart_source(self, src_uri: str) -> Path | None:
        """The counterpart's Markdown file of a page of the non-declaring site, if any."""
        target = self._reverse.get(src_uri)
        return self._other_docs / target if target else None

    def _target(self, page: Page) -> str | None:
        """The counterpart's path in the other docs folder, if it has one that exists."""
        if not self.config.declares:
            return self._reverse.get(page.file.src_uri)
        route = route_of(page.meta, self.config.key)
        if route != "paired":
            self._no_route(page, route)
            return None
        declared = str(page.meta[self.config.key])
        target = links.normalise(declared)
        if links.leaves_folder(target) or not target.endswith(".md"):
            report(self._outside(page, declared))
            return None
        if not (self._other_docs / target).is_file():
            report(self._missing(page, declared, target))
            return None
        return target

    def _no_route(self, page: Page, route: str) -> None:
        """Warn about a written page that neither names its easy read version nor says
        why it has none (generated pages and exempt folders are not asked)."""
        if route == "reason" or page.file.generated_by or not page.file.abs_src_path:
            return
        if is_exempt(page.file.src_uri, self.config.exempt):
            return
        key, why = self.config.key, reason_key(self.config.key)
        folder = shown_path(self._other_docs)
        if route == "no-reason":
            file, line = self._where(page)
            advise(
                Problem(
                    file,
                    line,
                    f"'{key}: none' says this page has no easy read version, but not why",
                    f"add '{why}:' with a short reason (one plain sentence)",
                    "pairing/no-reason",
                )
            )
            return
        advise(
            Problem(
                shown_path(Path(page.file.abs_src_path)),
                None,
                "this page has no easy read version and does not say why",
                f"add '{key}:' naming its easy read page in {folder}/ (such as "
                f"'{key}: {page.file.src_uri}'), or '{key}: none' and '{why}:' with a reason",
                "pairing/missing",
            )
        )

    def _where(self, page: Page) -> tuple[str, int]:
        source = Path(page.file.abs_src_path or page.file.src_uri)
        fm = frontmatter.parse(source.read_text(encoding="utf-8-sig"))
        return shown_path(source), fm.line(self.config.key)

    def _outside(self, page: Page, declared: str) -> Problem:
        folder = shown_path(self._other_docs)
        return Problem(
            *self._where(page),
            f"{self.config.key} counterpart '{declared}' is not a page in {folder}/",
            f"name a .md page inside {folder}/, relative to that folder, such as 'why.md'",
        )

    def _missing(self, page: Page, declared: str, target: str) -> Problem:
        other = shown_path(self._other_docs / target)
        return Problem(
            *self._where(page),
            f"{self.config.key} counterpart '{declared}' does not exist (looked for {other})",
            f"create {other}, or correct '{self.config.key}:' (paths are relative to "
            f"{shown_path(self._other_docs)}/)",
        )


def _exempt_of(config: MkDocsConfig) -> list[str]:
    """The `exempt` folders of a site's own pairing plugin, if it has one."""
    plugin = config.plugins.get("strategy/pairing")
    found = getattr(getattr(plugin, "config", None), "exempt", None)
    return list(found) if isinstance(found, list) else []
