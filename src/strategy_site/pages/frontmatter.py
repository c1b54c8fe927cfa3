"""Front matter is read by the one input module; this name stays for the plugins."""

from __future__ import annotations

from strategy_site.inputs.frontmatter import FrontMatter, parse

__all__ = ["FrontMatter", "parse"]
