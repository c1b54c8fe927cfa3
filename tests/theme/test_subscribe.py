"""The subscribe page on a phone: feeds are links at body size, easy to tap, and fit."""

from __future__ import annotations

from ..conftest import TinyProject
from .browser import Browser, serving

MEASURE = """(() => {
  const px = el => parseFloat(getComputedStyle(el).fontSize);
  const body = px(document.querySelector(".md-typeset p"));
  const links = [...document.querySelectorAll(".strategy-feeds a")];
  const addresses = [...document.querySelectorAll(".strategy-feeds code")];
  return {
    links: links.length,
    small: links.map(a => a.getBoundingClientRect())
      .filter(r => r.width < 24 || r.height < 24).length,
    smallText: [...links, ...addresses].filter(el => px(el) < body).length,
    wide: document.documentElement.scrollWidth > document.documentElement.clientWidth,
  };
})()"""


def test_feed_links_are_body_size_tappable_and_fit_at_320_px(
    themed: TinyProject, browser: Browser
) -> None:
    with serving(themed.root / "site") as root:
        visit = browser.visit(root + "subscribe/", [("eval", MEASURE)], width=320)
    (found,) = visit.values
    assert found["links"] == 3 * (1 + 1 + 4)  # each feed: RSS, Atom, JSON Feed
    assert found == {**found, "small": 0, "smallText": 0, "wide": False}
