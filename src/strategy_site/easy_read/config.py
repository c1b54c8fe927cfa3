"""Options of the `strategy/easy_read` plugin: the rules' thresholds and levels."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c

LEVELS = ("error", "warning", "off")


class EasyReadConfig(base.Config):
    """Easy read checks, after GOV.UK, Mencap and Inclusion Europe. Picture folders
    come from the `idea` block extension's own `icon_dirs` option."""

    sentence_warn = c.Type(int, default=12)
    """Words in a sentence above which the build warns."""

    sentence_fail = c.Type(int, default=15)
    """Words in a sentence above which the build fails."""

    word_budget = c.Type(int, default=350)
    """Words on one page above which the build warns (easy read documents are short)."""

    reading_ease_target = c.Type(float, default=70.0)
    """Flesch reading ease each page should reach (higher is easier; 70+ is plain English)."""

    banned_words = c.ListOfItems(c.Type(str), default=[])
    """Words and idioms to avoid, added to the list that ships with strategy-site."""

    rules = c.DictOfItems(c.Choice(LEVELS), default={})
    """Level of a rule by id, overriding its default: error, warning or off."""

    credit_pictures = c.Type(bool, default=True)
    """Add OpenMoji's credit and licence to the footer when its pictures are installed
    (CC BY-SA 4.0 asks for it wherever they are shown)."""

    summary = c.Type(str, default="dist/easy-read/index.html")
    """The comms team's summary of every easy read page, relative to the config file."""
