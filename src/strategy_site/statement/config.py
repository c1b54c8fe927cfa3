"""Options of the `strategy/statement` plugin."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c


class StatementConfig(base.Config):
    """Where the statement's hand-kept data and the last check's report are."""

    file = c.File(exists=True)
    """The hand-kept part (organisation, contact, known issues, dates), YAML."""

    report = c.Type(str, default="dist/a11y/report.json")
    """The last accessibility report, relative to the config file."""

    page = c.Type(str, default="accessibility.md")
    """The page the statement is generated as."""

    style = c.Choice(("full", "easy"), default="full")
    """'easy' writes it in easy read (idea blocks), from the same data and results; the
    data file then needs `easy_contact`, and an `easy` line for each known issue."""
