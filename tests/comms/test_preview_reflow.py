"""The comms preview on a phone: it reflows at 320 CSS px, nothing scrolls sideways."""

from __future__ import annotations

import re

from ..conftest import TinyProject
from ..theme.browser import Browser, browser, serving
from .test_comms_site import built

__all__ = ["browser", "built"]

WIDE = """(() => {
  const width = document.documentElement.clientWidth;
  const wide = [...document.querySelectorAll("main *")]
    .filter(el => el.getBoundingClientRect().right > width + 0.5)
    .filter(el => !el.closest("thead"))  // visually hidden on small screens
    .map(el => el.tagName + ": " + el.textContent.trim().slice(0, 40));
  return {width, scroll: document.documentElement.scrollWidth, wide};
})()"""


def test_each_cell_names_its_column_for_small_screens(built: TinyProject) -> None:
    html = built.read("dist/comms/index.html")
    cells = re.findall(r"<td[^>]*>", html)
    assert cells
    labels = {re.search(r'data-label="([^"]+)"', cell)[1] for cell in cells}  # type: ignore[index]
    assert labels == {"Post", "Length", "Image description (alt text)"}


def test_the_preview_reflows_at_320_px(built: TinyProject, browser: Browser) -> None:
    with serving(built.root / "dist" / "comms") as root:
        visit = browser.visit(root, [("eval", WIDE)], width=320, height=640)
    (page,) = visit.values
    assert page["scroll"] <= page["width"] == 320
    assert page["wide"] == []
    assert visit.failed == []
