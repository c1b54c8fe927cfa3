"""Options of the `strategy/glossary` plugin."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c


class GlossaryConfig(base.Config):
    """Where the shared glossary data is and how this site shows it."""

    file = c.File(exists=True)
    """The glossary data file (YAML), shared by both sites."""

    page = c.Type(str, default="glossary.md")
    """The page the glossary is rendered into, at its `<!-- glossary -->` line."""

    style = c.Choice(("full", "easy"), default="full")
    """'full': definitions for the detailed site; 'easy': idea blocks for easy read."""

    link_first_use = c.Type(bool, default=False)
    """Link the first use of each word on every page to its entry (easy read)."""
