"""Fixed and sticky parts: only where they are needed."""

from __future__ import annotations

import pytest

from ..conftest import TinyProject
from .browser import Browser, serving

POSITION = 'getComputedStyle(document.querySelector(".md-header")).position'


@pytest.mark.parametrize(
    ("width", "height", "position"),
    [(375, 800, "sticky"), (1280, 800, "sticky"), (320, 256, "relative"), (800, 400, "relative")],
)
def test_the_header_stays_on_top_only_where_there_is_room(
    themed: TinyProject, browser: Browser, width: int, height: int, position: str
) -> None:
    """At 320x256 (1280x1024 zoomed to 400%) a sticky header hid a fifth of the text."""
    with serving(themed.root / "site") as root:
        visit = browser.visit(root + "priorities/first/", [("eval", POSITION)], width, height)
    assert visit.values == [position]
