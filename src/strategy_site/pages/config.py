"""Typed schemas: the plugin's options and the front matter every page may carry."""

from __future__ import annotations

import datetime as dt

from mkdocs.config import base
from mkdocs.config import config_options as c


class PagesConfig(base.Config):
    """Options of the `strategy/pages` plugin."""

    required = c.ListOfItems(c.Type(str), default=["title", "description"])
    """Front matter fields every page must have."""

    max_description = c.Type(int, default=160)
    """Longest `description`, in characters (search results cut longer ones)."""

    build_date = c.Optional(c.Type(dt.date))
    """The date of the content, given to every page (the sitemap's `lastmod`) and to
    feeds with no entries. `strategy-site build` sets it to the newest date in the
    published pages' front matter; unset, MkDocs' own (SOURCE_DATE_EPOCH or today)."""


class PageMeta(base.Config):
    """Front matter fields a page may carry; anything else is a typo."""

    title = c.Optional(c.Type(str))
    """The page's title, as in its `# heading`."""

    description = c.Optional(c.Type(str))
    """One plain sentence for search engines and link previews."""

    easy_read = c.Optional(c.Type(str))
    """Path of the easy read counterpart, relative to the easy read folder; or `none`
    for a page with no easy read version, with `easy_read_reason` saying why."""

    easy_read_reason = c.Optional(c.Type(str))
    """Why a page has no easy read version (with `easy_read: none`)."""

    hide = c.Optional(c.ListOfItems(c.Choice(("navigation", "toc", "footer", "path"))))
    """Parts of Material's layout to hide on this page."""

    template = c.Optional(c.Type(str))
    """A template in site_overrides/ to render this page with."""

    search = c.Optional(c.Type(dict))
    """Material's search options for the page (for example `exclude: true`)."""

    icon = c.Optional(c.Type(str))
    """A Material icon shown beside the page in the navigation."""

    checked_by = c.Optional(c.Type(str))
    """Easy read pages: who (people who use easy read) checked this page."""

    checked_on = c.Optional(c.Type(dt.date))
    """Easy read pages: the day they checked it (YYYY-MM-DD)."""
