"""strategy-site: publish a strategy from Markdown as accessible sites, feeds and comms."""

from __future__ import annotations

__version__ = "0.1.0"
