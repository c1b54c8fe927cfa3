"""Search on a phone: Tab never opens it over the page; its button does (WCAG 3.2.1)."""

from __future__ import annotations

import re

from ..conftest import TinyProject
from .browser import Browser, serving

FOCUS = """(() => {
  const focused = document.activeElement;
  return {
    open: document.getElementById("__search").checked,
    field: focused.matches("[data-md-component=search-query]"),
    button: focused.matches("[data-strategy-search-open]"),
  };
})()"""


def test_the_search_opener_is_a_named_button(themed: TinyProject) -> None:
    page = themed.read("site/priorities/first/index.html")
    opener = re.search(r"<button[^>]*data-strategy-search-open[^>]*>(.*?)</button>", page, re.S)
    assert opener is not None
    assert 'type="button"' in opener.group(0)
    assert '<span class="strategy-visually-hidden">Search</span>' in opener.group(1)
    assert not re.search(r'<label class="md-header__button[^>]*for="__search"', page)
    assert "assets/strategy.js" in page


def test_tab_on_a_phone_never_opens_the_search(themed: TinyProject, browser: Browser) -> None:
    with serving(themed.root / "site") as root:
        visit = browser.visit(root + "priorities/first/", [("press", "Tab"), ("eval", FOCUS)] * 10)
    assert visit.values  # ten presses, ten readings
    assert not any(value["open"] or value["field"] for value in visit.values)
    assert any(value["button"] for value in visit.values)


def test_the_button_opens_the_search_and_escape_gives_focus_back(
    themed: TinyProject, browser: Browser
) -> None:
    steps = [
        ("press", "Tab"),
        ("press", "Tab"),
        ("press", "Tab"),
        ("eval", FOCUS),
        ("press", "Enter"),
        ("wait", 400),
        ("eval", FOCUS),
        ("press", "Escape"),
        ("wait", 400),
        ("eval", FOCUS),
    ]
    with serving(themed.root / "site") as root:
        on_button, opened, closed = browser.visit(root + "priorities/first/", steps).values
    assert on_button == {"open": False, "field": False, "button": True}
    assert opened == {"open": True, "field": True, "button": False}
    assert closed == {"open": False, "field": False, "button": True}


def test_on_a_wide_screen_the_field_stays_in_reach(themed: TinyProject, browser: Browser) -> None:
    steps = [("press", "Tab"), ("wait", 200), ("eval", FOCUS)] * 4
    with serving(themed.root / "site") as root:
        visit = browser.visit(root + "priorities/first/", steps, width=1280)
    assert any(value["field"] and value["open"] for value in visit.values)
