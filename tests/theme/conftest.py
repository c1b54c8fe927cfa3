"""A tiny project built with the theme's stylesheet, as the Leeds sites load it."""

from __future__ import annotations

import pytest

from strategy_site.build import build

from ..conftest import TinyProject
from .browser import browser

__all__ = ["browser", "themed"]


@pytest.fixture
def themed(tiny: TinyProject) -> TinyProject:
    """Both tiny sites, with assets/strategy.css, two updates and their feeds, built."""
    for name in ("mkdocs.yml", "mkdocs.easy-read.yml"):
        tiny.write(name, tiny.read(name) + "extra_css:\n  - assets/strategy.css\n")
    # Headings, so that the update's page (not in the navigation) has a table of contents
    body = "## What we asked\n\nA few questions.\n\n## What we heard\n\nMany answers.\n"
    tiny.update("survey", date="2019-06-01", body=body)
    tiny.update("board", date="2022-11-08")
    build(tiny.config, check_a11y=False)
    return tiny
