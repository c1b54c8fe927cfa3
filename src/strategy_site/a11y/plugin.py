"""`strategy/a11y`: where a site keeps the settings of its accessibility gate.

The checks run after both sites are built (`strategy-site build`), not inside
MkDocs, so the plugin only declares and validates its options; a bad level or a
misspelt option fails like any MkDocs setting.
"""

from __future__ import annotations

from mkdocs.plugins import BasePlugin

from strategy_site.a11y.config import A11yPluginConfig


class A11yPlugin(BasePlugin[A11yPluginConfig]):
    """Holds the accessibility gate's options; the gate reads them from the main config."""
