"""Options of the `strategy/pdf` plugin."""

from __future__ import annotations

import datetime as dt

from mkdocs.config import base
from mkdocs.config import config_options as c


class PdfConfig(base.Config):
    """What the PDF is called, what it holds and where it is linked from."""

    file = c.Type(str, default="downloads/strategy.pdf")
    """Where the PDF is published, relative to the site."""

    date = c.Type((str, dt.date))
    """The day the document is dated, such as 2022-11-30: from the content, never the
    day of the build, so two builds give the same bytes."""

    title = c.Optional(c.Type(str))
    """The cover's title and the PDF's; the site's name if not set."""

    subtitle = c.Optional(c.Type(str))
    """The cover's second line; the site's description if not set."""

    author = c.Optional(c.Type(str))
    """Who it is from; the site's author if not set."""

    style = c.Choice(("full", "easy"), default="full")
    """'easy' prints the easy read layout: 16 pt text, each picture left of its words."""

    leave_out = c.ListOfItems(c.Type(str), default=[])
    """Pages or folders of the navigation that are not part of the document, such as
    `updates/` or `subscribe.md`."""

    last = c.ListOfItems(c.Type(str), default=["glossary.md"])
    """Pages moved to the end, in this order (the glossary)."""

    link_from = c.ListOfItems(c.Type(str), default=["index.md"])
    """Pages that end with a link to the PDF, its format and size in the link text."""

    link_text = c.Type(str, default="Download the whole strategy")

    lang = c.Type(str, default="en-GB")
    """The document's language, as the pages' lang attribute gives it."""
