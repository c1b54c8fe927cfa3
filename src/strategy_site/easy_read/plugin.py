"""`strategy/easy_read`: check every easy read page's idea blocks on every build."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from strategy_site.easy_read.config import EasyReadConfig
from strategy_site.easy_read.ideas import check_ideas
from strategy_site.problems import report, shown_path

_BLOCKS = "strategy_site.easy_read.blocks"


class EasyReadPlugin(BasePlugin[EasyReadConfig]):
    """Reports idea blocks without a picture or alt text, with their line."""

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if _BLOCKS not in config.markdown_extensions:
            config.markdown_extensions.append(_BLOCKS)
        options = dict(config.mdx_configs.get(_BLOCKS, {}))
        base = Path(config.config_file_path or ".").parent
        self._icon_dirs = tuple((base / d).resolve() for d in options.get("icon_dirs", []))
        # Resolve once, against the config file, for the extension and the checks alike.
        options["icon_dirs"] = [str(d) for d in self._icon_dirs]
        config.mdx_configs[_BLOCKS] = options
        return config

    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        path = Path(page.file.abs_src_path or "")
        source = path.read_text(encoding="utf-8-sig")
        for problem in check_ideas(source, shown_path(path), icon_dirs=self._icon_dirs):
            report(problem)
        return markdown
