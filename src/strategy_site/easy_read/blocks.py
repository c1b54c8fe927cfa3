"""Python-Markdown extension: easy read 'idea' blocks, a picture left of its words.

    /// idea | A parent and child reading together
        icon: material/book-open-variant

    We want every child to enjoy learning.
    ///

The text after `|` is the picture's alt text. A block without alt text or
with an unknown icon is left as plain text; the easy read plugin reports it
with its line, so the build fails with a fix.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from pathlib import Path
from typing import Any

from markdown import Markdown
from pymdownx.blocks import BlocksExtension, BlocksProcessor
from pymdownx.blocks.block import Block, type_string

from strategy_site.easy_read.icons import icon_path, labelled_svg


class Idea(Block):  # type: ignore[misc]
    """One idea: a labelled picture, then a few short sentences."""

    NAME = "idea"
    ARGUMENT = True
    OPTIONS = {"icon": ("", type_string)}  # noqa: RUF012 - pymdownx's own spec format

    def on_validate(self, parent: etree.Element) -> bool:
        self._icon = icon_path(self.options["icon"], self._icon_dirs())
        return bool(str(self.argument).strip()) and self._icon is not None

    def on_create(self, parent: etree.Element) -> etree.Element:
        idea = etree.SubElement(parent, "div", {"class": "idea"})
        picture = etree.SubElement(idea, "div", {"class": "idea__picture"})
        assert self._icon is not None
        picture.text = self.md.htmlStash.store(labelled_svg(self._icon, str(self.argument)))
        etree.SubElement(idea, "div", {"class": "idea__words"})
        return idea

    def on_add(self, block: etree.Element) -> etree.Element:
        words = block.find("./div[@class='idea__words']")
        return words if words is not None else block

    def _icon_dirs(self) -> tuple[Path, ...]:
        return tuple(Path(d) for d in self.config.get("icon_dirs", []))


class IdeaExtension(BlocksExtension):  # type: ignore[misc]
    """Registers the `idea` block."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.config = {
            "icon_dirs": [[], "Folders of project SVG icons, searched before Material's"],
        }
        super().__init__(*args, **kwargs)

    def extendMarkdownBlocks(self, md: Markdown, block_mgr: BlocksProcessor) -> None:
        block_mgr.register(Idea, self.getConfigs())


def makeExtension(*args: Any, **kwargs: Any) -> IdeaExtension:
    """Python-Markdown's entry point."""
    return IdeaExtension(*args, **kwargs)
