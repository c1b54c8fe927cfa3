"""Fixed and sticky parts: only where they are needed."""

from __future__ import annotations

import pytest

from strategy_site.build import build

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


PICTURE = """(() => {
  const picture = document.querySelector('.idea__picture svg').getBoundingClientRect();
  const words = document.querySelector('.idea__words').getBoundingClientRect();
  return [Math.round(picture.width), Math.round(picture.height), picture.right <= words.left];
})()"""


@pytest.mark.parametrize(("width", "least"), [(375, 72), (1280, 88)])
def test_easy_read_pictures_are_large_enough_to_see_and_left_of_their_words(
    themed: TinyProject, browser: Browser, width: int, least: int
) -> None:
    config = themed.read("mkdocs.easy-read.yml") + "  - assets/easy-read.css\n"
    themed.write("mkdocs.easy-read.yml", config)
    build(themed.config, check_a11y=False)
    with serving(themed.root / "site") as root:
        visit = browser.visit(root + "easy-read/", [("eval", PICTURE)], width, 800)
    [(picture_width, picture_height, left_of_words)] = visit.values
    assert picture_width >= least and picture_height >= least
    assert left_of_words
