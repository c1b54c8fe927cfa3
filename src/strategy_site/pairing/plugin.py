"""`strategy/pairing`: link each page to its counterpart in the other site."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
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
        self._other_site_url = str(other.site_url or "").rstrip("/") + "/"
        # The configured folders, not this build's (a staged or served build
        # overrides site_dir): the mount is where the sites sit when published.
        own = load_config(config.config_file_path) if config.config_file_path else config
        self._mount = links.mount_of(own.site_dir, other.site_dir)
        # the declaring site's front matter, for the links back and the summary's counts
        self._other_metas = {} if self.config.declares else links.front_matters(self._other_docs)
        self._reverse = links.declared_pairs(self._other_metas, self.config.key)
        self._own_metas: dict[str, Mapping[str, object]] = {}
        self._other_exempt = _option_of(other, "exempt")
        self._generated = set(
            self.config.generated if self.config.declares else _option_of(other, "generated")
        )
        plugin = other.plugins.get("strategy/pairing")
        folders = getattr(getattr(plugin, "config", None), "generated_folders", None)
        self._other_folders = (
            {str(k): str(v) for k, v in folders.items()}
            if isinstance(folders, dict) and not self.config.declares
            else {}
        )
        return config

    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        self._own_metas[page.file.src_uri] = page.meta
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
        found = coverage(self._other_metas, self.config.key, self._other_exempt, self._generated)
        return replace(found, folders=tuple(sorted(self._other_folders.items())))

    def other_pages(self) -> set[str]:
        """On the non-declaring site: the declaring site's Markdown pages, by
        docs-relative path (read once, with their front matter, in on_config)."""
        return set(self._other_metas)

    def counterpart_source(self, src_uri: str) -> Path | None:
        """The counterpart's Markdown file of a page of the non-declaring site, if any."""
        target = self._reverse.get(src_uri)
        return self._other_docs / target if target else None

    def counterpart(self, src_uri: str) -> tuple[Path, str] | None:
        """On the declaring site, after its pages are read: the Markdown file and absolute
        URL of the counterpart a page names, if that file exists (the build warns
        otherwise)."""
        if not self.config.declares:
            return None
        meta = self._own_metas.get(src_uri) or {}
        if route_of(meta, self.config.key) != "paired":
            return None
        target = links.normalise(str(meta[self.config.key]))
        file = self._other_docs / target
        if links.leaves_folder(target) or not file.is_file():
            return None
        url = page_url(target, use_directory_urls=self._other_directory_urls)
        return file, self._other_site_url + url

    def counterpart_meta(self, src_uri: str) -> Mapping[str, object] | None:
        """The front matter of the full page that names `src_uri` as its easy read
        version, on the non-declaring site (None elsewhere, or if no page names it)."""
        target = self._reverse.get(src_uri)
        return self._other_metas.get(target) if target else None

    def _target(self, page: Page) -> str | None:
        """The counterpart's path in the other docs folder, if it has one that exists."""
        if page.file.src_uri in self._generated:
            return page.file.src_uri
        if self.config.declares and page.file.generated_by:
            folders = self.config.generated_folders.items()
            for folder, target in folders:
                if page.file.src_uri.startswith(folder.rstrip("/") + "/"):
                    return links.normalise(target)
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


def _option_of(config: MkDocsConfig, name: str) -> list[str]:
    """A list option (`exempt`, `generated`) of a site's own pairing plugin, if it has one."""
    plugin = config.plugins.get("strategy/pairing")
    found = getattr(getattr(plugin, "config", None), name, None)
    return list(found) if isinstance(found, list) else []
