"""Table captions in plain Markdown: a paragraph starting "Table:" right above a table
becomes that table's <caption>, so a screen reader says what the table is about before
reading its cells (WCAG 1.3.1), and the comms team needs no HTML.

    Table: Who makes sure the strategy happens

    | Group | Its role |
    | --- | --- |
"""

from __future__ import annotations

import copy
import itertools
import re
import xml.etree.ElementTree as etree

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

_MARK = re.compile(r"^\s*Table:\s*")


class CaptionTreeprocessor(Treeprocessor):  # type: ignore[misc]
    """Moves each "Table: ..." paragraph into the table that follows it."""

    def run(self, root: etree.Element) -> None:
        for parent in root.iter():
            for paragraph, table in itertools.pairwise(list(parent)):
                marked = _MARK.match(paragraph.text or "")
                if paragraph.tag == "p" and table.tag == "table" and marked:
                    table.insert(0, _caption(paragraph))
                    parent.remove(paragraph)


def _caption(paragraph: etree.Element) -> etree.Element:
    caption = etree.Element("caption")
    caption.text = _MARK.sub("", paragraph.text or "", count=1)
    for child in paragraph:
        caption.append(copy.deepcopy(child))
    return caption


class CaptionExtension(Extension):  # type: ignore[misc]
    """`strategy_site.pages.captions`; added to both sites by the strategy/pages plugin."""

    def extendMarkdown(self, md: Markdown) -> None:
        # After the inline patterns (priority 20), so the caption keeps its links and emphasis.
        md.treeprocessors.register(CaptionTreeprocessor(md), "strategy_table_captions", 8)


def makeExtension(**kwargs: object) -> CaptionExtension:
    return CaptionExtension(**kwargs)
