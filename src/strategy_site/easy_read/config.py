"""Options of the `strategy/easy_read` plugin."""

from __future__ import annotations

from mkdocs.config import base


class EasyReadConfig(base.Config):
    """Easy read checks. Picture folders come from the `idea` block extension's own
    `icon_dirs` option, so they are configured once."""
