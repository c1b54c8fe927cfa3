"""Material's drawer, sections and table of contents opened by real buttons, not by
<label>s for hidden checkboxes (IBM Equal Access: label_ref_valid,
label_content_exists, form_label_unique), and usable from the keyboard on a phone."""

from __future__ import annotations

import re

import pytest

from ..conftest import TinyProject
from .browser import Browser, serving

PAGES = ["site/index.html", "site/priorities/first/index.html", "site/easy-read/index.html"]


@pytest.mark.parametrize("path", PAGES)
def test_the_only_labels_are_the_open_searchs_overlay_and_the_search_fields(
    themed: TinyProject, path: str
) -> None:
    """Material's script needs one `header [for=__search]`: the overlay around an open
    search, which is a pointer's way to close it. The search field has a visible label
    of its own, not a placeholder."""
    page = themed.read(path)
    labels = re.findall(r"<label\b[^>]*>", page)
    assert labels == [
        '<label class="md-search__overlay" for="__search">',
        '<label class="strategy-search-label" for="strategy-search-q">',
    ]
    field = re.search(r'<input type="text" class="md-search__input"[^>]*>', page)
    assert field is not None
    assert 'id="strategy-search-q"' in field.group(0) and "placeholder" not in field.group(0)


@pytest.mark.parametrize("path", PAGES)
def test_each_toggle_button_works_a_checkbox_on_the_page_and_has_a_name(
    themed: TinyProject, path: str
) -> None:
    page = themed.read(path)
    boxes = {
        found.group("id"): found.group(0)
        for found in re.finditer(r'<input class="[^"]*md-toggle[^>]*id="(?P<id>[^"]+)"[^>]*>', page)
    }
    assert {"__drawer", "__search"} <= boxes.keys()
    # state holders only: no checker or screen reader takes them for form fields
    assert all('aria-hidden="true"' in box for box in boxes.values())
    # hidden too, unless a <label> names it (the Nu HTML checker fails that)
    assert 'hidden aria-hidden="true"' in boxes["__drawer"]
    buttons = re.findall(
        r'<button type="button" ([^>]*data-strategy-toggle="[^"]+"[^>]*)>(.*?)</button>', page, re.S
    )
    assert len(buttons) >= 2  # the menu, the drawer's close button
    for attributes, content in buttons:
        target = re.search(r'data-strategy-toggle="([^"]+)"', attributes)
        assert target is not None and target.group(1) in boxes
        text = re.sub(r"<[^>]+>", "", content).strip()
        title = re.search(r'title="([^"]+)"', attributes)
        assert text or title, f"<button {attributes}> has no name"


@pytest.mark.parametrize("path", PAGES)
def test_icons_are_hidden_from_assistive_technology(themed: TinyProject, path: str) -> None:
    """Each sits in a named control or link; an <svg> with no name fails WCAG 1.1.1.
    (An easy read picture is named.)"""
    page = themed.read(path)
    svgs = [
        # the <svg> tag, and the tag it sits in
        (found.group(0), re.findall(r"<[a-z][^>]*>", page[: found.start()])[-1])
        for found in re.finditer(r"<svg\b[^>]*>", page)
    ]
    assert len(svgs) >= 3  # the logo, the menu and the search
    unnamed = [
        svg
        for svg, parent in svgs
        if 'aria-hidden="true"' not in svg + parent
        and not ('role="img"' in svg and "aria-label=" in svg)  # an easy read picture
    ]
    assert unnamed == []


STATE = """(() => {
  const focused = document.activeElement;
  const menu = document.getElementById("__drawer_open");
  return {
    open: document.getElementById("__drawer").checked,
    expanded: menu.getAttribute("aria-expanded"),
    focus: focused.id || focused.tagName,
    inDrawer: !!focused.closest(".md-sidebar--primary"),
  };
})()"""


def test_the_drawer_opens_and_closes_from_the_keyboard(
    themed: TinyProject, browser: Browser
) -> None:
    steps = [
        ("eval", "document.getElementById('__drawer_open').focus()"),
        ("press", "Enter"),
        ("wait", 300),
        ("eval", STATE),
        ("eval", "document.getElementById('__drawer_close').focus()"),
        ("press", "Enter"),
        ("wait", 300),
        ("eval", STATE),
    ]
    with serving(themed.root / "site") as root:
        visit = browser.visit(root, steps)
    opened, closed = visit.values[1], visit.values[3]
    assert opened["open"] and opened["expanded"] == "true" and opened["inDrawer"]
    assert closed == {
        "open": False,
        "expanded": "false",
        "focus": "__drawer_open",
        "inDrawer": False,
    }
    assert visit.errors == []


FIRST_SECTION = ".md-nav--primary > .md-nav__list button[data-strategy-toggle]"
SECTION = f"""(() => {{
  const button = document.querySelector("{FIRST_SECTION}");
  return {{
    id: button.id,
    expanded: button.getAttribute("aria-expanded"),
    open: document.getElementById(button.dataset.strategyToggle).checked,
    focus: document.activeElement.id,
  }};
}})()"""


def test_a_section_opens_on_its_back_button_and_closes_back_to_its_entry(
    themed: TinyProject, browser: Browser
) -> None:
    """On a phone a section is a panel that slides over the drawer: focus goes into it,
    and back again when it closes, never to the top of the page."""
    steps = [
        ("click", "#__drawer_open"),
        ("wait", 300),
        ("eval", SECTION),
        (
            "eval",
            f"document.querySelector('{FIRST_SECTION}').focus()",
        ),
        ("press", "Enter"),
        ("wait", 300),
        ("eval", SECTION),
        ("press", "Enter"),
        ("wait", 300),
        ("eval", SECTION),
    ]
    with serving(themed.root / "site") as root:
        values = browser.visit(root, steps).values
    closed, opened, back = values[0], values[2], values[3]
    section = closed["id"]
    assert section.endswith("_label") and closed["expanded"] == "false" and not closed["open"]
    assert opened["open"] and opened["expanded"] == "true"
    assert opened["focus"] == section.replace("_label", "_back")
    assert back == {"id": section, "expanded": "false", "open": False, "focus": section}
