"""Python-Markdown extension: easy read 'idea' blocks, a picture left of its words.

    /// idea | A parent and child reading together
        icon: openmoji/open-book

    We want every child to enjoy learning.
    ///

The text after `|` is the picture's alt text. The picture is an icon (Material,
OpenMoji, or the project's own SVG) drawn into the page, or with `image:` a
picture file of the project (a photo the council owns, a drawing), linked
relative to the page like any Markdown image. A block without alt text or with a
picture that cannot be found is left as plain text; the easy read plugin reports
it with its line, so the build fails with a fix.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from pathlib import Path
from typing import Any

from markdown import Markdown
from pymdownx.blocks import BlocksExtension, BlocksProcessor
from pymdownx.blocks.block import Block, type_string

from strategy_site.easy_read.icons import icon_path, is_openmoji, labelled_svg, usable_openmoji


class Idea(Block):  # type: ignore[misc]
    """One idea: a labelled picture, then a few short sentences."""

    NAME = "idea"
    ARGUMENT = True
    OPTIONS = {"icon": ("", type_string), "image": ("", type_string)}  # noqa: RUF012 - pymdownx's spec

    def on_validate(self, parent: etree.Element) -> bool:
        self._image = str(self.options["image"]).strip()
        openmoji = self.config.get("openmoji") or None
        self._icon = icon_path(
            self.options["icon"], self._icon_dirs(), Path(openmoji) if openmoji else None
        )
        picture = (
            self._image_found()
            if self._image
            else (
                self._icon is not None
                and (not is_openmoji(self._icon) or usable_openmoji(self._icon))
            )
        )
        return bool(str(self.argument).strip()) and picture

    def on_create(self, parent: etree.Element) -> etree.Element:
        idea = etree.SubElement(parent, "div", {"class": "idea"})
        picture = etree.SubElement(idea, "div", {"class": "idea__picture"})
        alt = str(self.argument).strip()
        if self._image:
            # An element, not stashed HTML: MkDocs makes its address relative to the
            # page, as it does for a Markdown image.
            etree.SubElement(picture, "img", {"src": self._image, "alt": alt})
        else:
            assert self._icon is not None
            picture.text = self.md.htmlStash.store(labelled_svg(self._icon, alt))
        etree.SubElement(idea, "div", {"class": "idea__words"})
        return idea

    def on_add(self, block: etree.Element) -> etree.Element:
        words = block.find("./div[@class='idea__words']")
        return words if words is not None else block

    def _image_found(self) -> bool:
        """Whether the picture file is there, beside the page being rendered (the easy
        read plugin says which, and reports a missing one at its line): MkDocs would
        otherwise report it a second time, without the line."""
        page = str(self.config.get("page") or "")
        if not page:
            return True  # rendered outside a build: nothing to look beside
        if "://" in self._image:
            return False
        docs = str(self.config.get("docs") or "")
        base = Path(docs) if self._image.startswith("/") and docs else Path(page).parent
        return (base / self._image.lstrip("/")).is_file()

    def _icon_dirs(self) -> tuple[Path, ...]:
        return tuple(Path(d) for d in self.config.get("icon_dirs", []))


class IdeaExtension(BlocksExtension):  # type: ignore[misc]
    """Registers the `idea` block."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.config = {
            "icon_dirs": [[], "Folders of project SVG icons, searched before Material's"],
            "openmoji": ["", "Folder of the npm package openmoji, for 'openmoji/<name>' icons"],
            "page": ["", "The Markdown file being rendered (set by the easy read plugin)"],
            "docs": ["", "The docs folder (set by the easy read plugin)"],
        }
        super().__init__(*args, **kwargs)

    def extendMarkdownBlocks(self, md: Markdown, block_mgr: BlocksProcessor) -> None:
        block_mgr.register(Idea, self.getConfigs())


def makeExtension(*args: Any, **kwargs: Any) -> IdeaExtension:
    """Python-Markdown's entry point."""
    return IdeaExtension(*args, **kwargs)
