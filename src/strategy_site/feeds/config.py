"""Options of the `strategy/feeds` plugin."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c

KINDS = ("all", "priorities", "audiences")


class FeedsConfig(base.Config):
    """Where the feeds go and what they are called."""

    folder = c.Type(str, default="feeds")
    """Folder of the built site that holds every feed file."""

    title = c.Optional(c.Type(str))
    """Title of the site-wide feed; the site name when not set."""

    language = c.Type(str, default="en-GB")
    """Language of the entries (RSS `language`, JSON Feed `language`)."""

    subscribe_page = c.Type(str, default="subscribe.md")
    """The generated page that explains feeds and lists them; '' for none."""

    kinds = c.ListOfItems(c.Choice(("all", "priorities", "audiences")), default=list(KINDS))
    """Which feeds to make: of all updates, one per priority, one per audience."""

    style = c.Choice(("full", "easy"), default="full")
    """The subscribe page's words: 'easy' writes it in easy read, in idea blocks."""

    also_list = c.ListOfItems(c.File(exists=True), default=[])
    """Config files of other sites of the project (the easy read site) whose feed of all
    updates this site's subscribe page and OPML list offer too."""
