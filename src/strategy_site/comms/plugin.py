"""`strategy/comms`: the comms pack (posts, e-bulletins, schedule, preview) in dist/comms/.

A thin dispatcher: settings.py reads channels.yml, source.py gathers the
updates' pages, pack.py renders every file and writer.py swaps them in.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin

from strategy_site.comms.config import CommsConfig
from strategy_site.comms.overrides import advise_copies
from strategy_site.comms.pack import digests_in, pack_pages, render_pack
from strategy_site.comms.settings import Settings, SettingsFailed, load_settings
from strategy_site.comms.source import (
    EasyWords,
    Item,
    Source,
    announce,
    front_matter_lines,
    image_url,
)
from strategy_site.comms.templates import Templates
from strategy_site.comms.writer import replace_folder
from strategy_site.feeds.absolute import absolute_links, without_first_h1
from strategy_site.inputs import frontmatter
from strategy_site.pairing.plugin import PairingPlugin
from strategy_site.plugins import find_optional
from strategy_site.problems import BuildFailed, report, shown_path
from strategy_site.publish import Output, OutsideProject, Stage
from strategy_site.updates.plugin import find_updates
from strategy_site.urls import page_url


class CommsPlugin(BasePlugin[CommsConfig]):
    """Writes the pack after the build, from the updates plugin's pages (into the
    build's stage when it has one: see strategy_site.plugins.StagedPlugin)."""

    stage: Stage | None = None

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self._updates = find_updates(config, "strategy/comms", "posts and e-mails link to the site")
        self._root = Path(config.config_file_path or ".").resolve().parent
        self._output = (self._root / self.config.output).resolve()
        if self._output.is_relative_to(Path(config.site_dir).resolve()):
            raise PluginError(
                "strategy/comms: 'output' must be outside the site (the default is dist/comms)"
            )
        self._written: Path | None = None
        self._write_to = self._output
        if self.stage is not None:
            try:
                self._write_to = self.stage.path(self._output)
            except OutsideProject as error:
                raise PluginError(f"strategy/comms: 'output': {error}") from None
        folder = self._root / self.config.settings
        self._templates = Templates(folder / "templates")
        advise_copies(folder / "templates")
        self._settings: Settings | None = None
        try:
            self._settings = load_settings(folder, str(config.site_name))
        except SettingsFailed as failed:
            for problem in failed.problems:
                report(problem)
        return config

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self._settings is None:
            return  # channels.yml is broken, and said so: keep the last good pack
        source = self._source(config, self._settings)
        announce(source)
        try:
            files = render_pack(source, digests_in(self._output))
        except BuildFailed as failed:
            for problem in failed.problems:
                report(problem)
            return
        replace_folder(self._write_to, files, digests_from=self._output)
        self._written = self._write_to

    def outputs(self) -> list[Output]:
        """The pack this build wrote into its stage, and its pages to check."""
        if self.stage is None or self._written is None:
            return []
        return [Output(self._output, self._written, tuple(pack_pages(self._written)))]

    def _source(self, config: MkDocsConfig, settings: Settings) -> Source:
        site_url = str(config.site_url).rstrip("/") + "/"
        index = f"{self._updates.config.folder.strip('/')}/index.md"
        return Source(
            site_name=str(config.site_name),
            site_url=site_url,
            updates_url=site_url + page_url(index, use_directory_urls=config.use_directory_urls),
            items=tuple(self._items(config, site_url)),
            settings=settings,
            templates=self._templates,
            output=self._output,
        )

    def _easy_words(self, config: MkDocsConfig, src_uri: str) -> EasyWords | None:
        """The easy read version's title, summary and address, if the update has one."""
        pairing = find_optional(config, PairingPlugin)
        found = pairing.counterpart(src_uri) if pairing is not None else None
        if found is None:
            return None
        file, url = found
        meta = frontmatter.parse(file.read_text(encoding="utf-8-sig")).meta
        title, summary = meta.get("title"), meta.get("summary")
        if not isinstance(title, str) or not isinstance(summary, str):
            return None  # the easy read build says what is missing
        return EasyWords(" ".join(title.split()), " ".join(summary.split()), url)

    def _items(self, config: MkDocsConfig, site_url: str) -> list[Item]:
        items = []
        for update in self._updates.updates:
            page = self._updates.rendered.get(update.src_uri)
            if page is None or update.draft:  # `serve` shows drafts; the pack never has them
                continue
            path = Path(config.docs_dir) / update.src_uri
            url = site_url + page.url
            items.append(
                Item(
                    update=update,
                    url=url,
                    image_url=image_url(update, site_url),
                    content_html=absolute_links(without_first_h1(page.content_html), url),
                    file=shown_path(path),
                    front=front_matter_lines(path.read_text(encoding="utf-8-sig")),
                    easy=self._easy_words(config, update.src_uri),
                )
            )
        return items
