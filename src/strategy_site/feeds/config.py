"""Options of the `strategy/feeds` plugin."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c


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
