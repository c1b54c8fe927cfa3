"""Typed schemas: the `strategy/updates` plugin's options and an update's front matter."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.base import ValidationError

from strategy_site.updates.when import When

DEFAULT_AUDIENCES = {
    "families": "Families",
    "young-people": "Young people",
    "partners": "Partners",
    "practitioners": "Practitioners",
}


class WhenOption(base.BaseConfigOption[When]):
    """A date as precise as known: YYYY, YYYY-MM or YYYY-MM-DD."""

    def run_validation(self, value: object) -> When:
        try:
            return When.parse(value)
        except ValueError as error:
            raise ValidationError(str(error)) from None


class UpdatesConfig(base.Config):
    """Options of the `strategy/updates` plugin."""

    folder = c.Type(str, default="updates")
    """Folder of the docs holding one Markdown file per update."""

    priorities_folder = c.Type(str, default="priorities")
    """Folder of the priority pages; their file names are the priority slugs."""

    audiences = c.Type(dict, default=DEFAULT_AUDIENCES)
    """Allowed audience slugs and their names, configured once for the site."""

    per_page = c.Type(int, default=10)
    """Updates on each page of the updates index."""

    latest_count = c.Type(int, default=3)
    """Updates in a 'Latest updates' block."""

    latest_on = c.ListOfItems(c.Type(str), default=["index.md"])
    """Pages (besides each priority page) that end with a 'Latest updates' block."""

    latest_title = c.Optional(c.Type(str))
    """Heading of that block: 'Latest updates', or 'What is new' in the easy style."""

    style = c.Choice(("full", "easy"), default="full")
    """The words of the pages the plugin makes: 'easy' writes lists, blocks and headers
    as easy read idea blocks, with no page per audience."""

    from_full_version = c.Type(bool, default=False)
    """On the easy read site: an update that a full update names in `easy_read:` takes
    the full update's date, updated, priorities and audiences where its own front matter
    leaves them out, so the two versions cannot drift apart (needs strategy/pairing)."""

    summary_max = c.Type(int, default=200)
    """Longest summary, in characters (it feeds posts and feed readers)."""

    timezone = c.Type(str, default="Europe/London")
    """Time zone of the dates in front matter."""

    drafts = c.Type(bool, default=False)
    """Publish drafts. Off for builds; `strategy-site serve` turns it on."""


class UpdateMeta(base.Config):
    """Front matter of an update."""

    id = c.Optional(c.Type(str))
    """Keeps the feed entry id when the file is renamed: the old file name."""
    title = c.Type(str)
    date = WhenOption()
    updated: c.Optional[When] = c.Optional(WhenOption())
    summary = c.Type(str)
    priorities = c.ListOfItems(c.Type(str))
    audiences = c.ListOfItems(c.Type(str))
    image = c.Optional(c.Type(str))
    image_alt = c.Optional(c.Type(str))
    easy_read = c.Optional(c.Type(str))
    draft = c.Type(bool, default=False)
    social = c.Optional(c.Type(dict))
    """Per-channel text overrides for the comms pack."""
    actions = c.ListOfItems(c.Type(str), default=[])
    """The ids of the actions (measures/actions.yml) the update reports on."""
