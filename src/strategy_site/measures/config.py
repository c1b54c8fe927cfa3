"""Options of the `strategy/measures` plugin."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c


class MeasuresConfig(base.Config):
    """Where measuring success's files are, and the page they make."""

    folder = c.Type(str, default="measures")
    """The comms team's folder of indicators.yml, <id>.csv and actions.yml, relative to
    the config file."""

    page = c.Type(str, default="how-we-are-doing.md")
    """The page the build makes: every priority's indicators and actions."""

    title = c.Type(str, default="How we are doing")

    you_said_page = c.Type(str, default="you-said-we-did.md")
    """The 'You said, we did' page the build makes, from measures/you-said.yml."""

    you_said_title = c.Type(str, default="You said, we did")

    style = c.Choice(("full", "easy"), default="full")
    """'easy' (the easy read site) makes only the 'You said, we did' page, in easy read
    words and idea blocks."""

    priorities_folder = c.Type(str, default="priorities")
    """Folder of the priority pages: their file names are the priorities' ids, and each
    ends with its own indicators and actions."""
