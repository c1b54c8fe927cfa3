"""Options of the `strategy/pairing` plugin."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c


class PairingConfig(base.Config):
    """How this site finds its counterpart (detailed <-> easy read)."""

    counterpart = c.File(exists=True)
    """The other site's MkDocs config file, relative to this one."""

    declares = c.Type(bool, default=True)
    """True where pages name their counterpart in front matter (the detailed site);
    False where the pairing is read from the other site's pages (the easy read site)."""

    key = c.Type(str, default="easy_read")
    """The front matter field that names the counterpart."""

    exempt = c.ListOfItems(c.Type(str), default=[])
    """Folders of the declaring site whose pages need no easy read route here (progress
    updates, which carry their own), such as `updates/`."""

    generated = c.ListOfItems(c.Type(str), default=[])
    """Pages both sites make at the same path, such as `accessibility.md` (the statement),
    `subscribe.md` and `updates/index.md`: paired with each other, counted as paired.
    Set on the declaring site; the other site reads it from there."""

    generated_folders = c.DictOfItems(c.Type(str), default={})
    """Folders of pages the declaring site makes with no counterpart of their own (the
    lists of updates per audience, the later pages of the updates list), each mapped
    to the easy read page they link to instead: `{updates/: updates/index.md}`."""

    link_text = c.Type(str)
    """Text of the link to the counterpart, for example 'Easy read version'."""
