"""Material's markup made valid and its landmarks unique, as the Nu HTML checker and a
screen reader's list of landmarks see every page; the home page's title said once."""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import material
import pytest

from strategy_site.build import build

from ..conftest import REPO, TinyProject

MATERIAL = Path(material.__file__).parent / "templates"
LANDMARKS = {"nav": "navigation", "aside": "complementary", "main": "main", "search": "search"}


class _Page(HTMLParser):
    """Labels and the controls they name, checkboxes, and named landmarks."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: dict[str, dict[str, str | None]] = {}
        self.labels: list[str] = []
        self.checkboxes: list[dict[str, str | None]] = []
        self.landmarks: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id"):
            self.ids[str(found["id"])] = {"tag": tag, **found}
        if tag == "label" and found.get("for"):
            self.labels.append(str(found["for"]))
        if tag == "input" and found.get("type") == "checkbox":
            self.checkboxes.append(found)
        role = found.get("role") or LANDMARKS.get(tag)
        name = found.get("aria-label") or found.get("aria-labelledby")
        if role in LANDMARKS.values() and name:
            self.landmarks.append((role, name))


def _parsed(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    return page


PAGES = ["site/index.html", "site/priorities/first/index.html", "site/updates/survey/index.html"]


@pytest.mark.parametrize("path", [*PAGES, "site/easy-read/index.html"])
def test_no_autocomplete_on_checkboxes(themed: TinyProject, path: str) -> None:
    page = _parsed(themed.read(path))
    assert {box["id"] for box in page.checkboxes} >= {"__drawer", "__search"}
    assert [box["id"] for box in page.checkboxes if "autocomplete" in box] == []


@pytest.mark.parametrize("path", PAGES)
def test_every_label_names_a_control_on_the_page(themed: TinyProject, path: str) -> None:
    """An update is not in the navigation, so its page has no "__toc" toggle: its
    table of contents used to carry a label for it all the same."""
    page = _parsed(themed.read(path))
    assert page.labels
    for target in page.labels:
        control = page.ids.get(target)
        assert control is not None, f"<label for={target}> names nothing"
        assert control["tag"] == "input" and control.get("type") != "hidden", target
        assert "hidden" not in control, target


@pytest.mark.parametrize("path", PAGES)
def test_each_landmark_has_its_own_name(themed: TinyProject, path: str) -> None:
    page = _parsed(themed.read(path))
    assert ("navigation", "On this page") in page.landmarks or path == "site/index.html"
    repeated = [mark for mark, count in Counter(page.landmarks).items() if count > 1]
    assert repeated == []


def test_a_heading_with_sub_headings_is_no_landmark(themed: TinyProject) -> None:
    """'Latest updates' has a sub-heading per update: in both tables of contents it
    was a <nav> of that name."""
    html = themed.read("site/priorities/first/index.html")
    # in the drawer's table of contents and the sidebar's
    assert html.count('<a href="#latest-updates" class="md-nav__link">') == 2
    assert ("navigation", "Latest updates") not in _parsed(html).landmarks


def test_a_page_called_like_the_site_has_its_name_once_in_the_title(themed: TinyProject) -> None:
    assert "<title>Tiny strategy</title>" in themed.read("site/index.html")
    first = themed.read("site/priorities/first/index.html")
    assert "<title>First priority - Tiny strategy</title>" in first


SKIP = """\
    <div data-md-component="skip">
      {% if page.toc | first is defined %}
        {% set skip = page.toc | first %}
        <a href="{{ skip.url | url }}" class="md-skip">
          {{ lang.t("action.skip") }}
        </a>
      {% endif %}
    </div>
"""
DIALOG = """\
    <div class="md-dialog" data-md-component="dialog">
      <div class="md-dialog__inner md-typeset"></div>
    </div>
"""
IF_DIALOG = '    {% if "content.code.copy" in features or "search.share" in features %}\n'


def test_base_html_is_materials_with_only_the_documented_changes() -> None:
    """Our copy must follow Material on upgrade (it names Material's hashed assets):
    undo our four changes and it must be Material's file exactly."""
    ours = (REPO / "site_overrides" / "base.html").read_text(encoding="utf-8")
    theirs = (MATERIAL / "base.html").read_text(encoding="utf-8").split("-#}\n", 1)[1]
    body = ours.split("-#}\n", 1)[1]
    for toggle, ours in (
        ("drawer", ' hidden aria-hidden="true"'),
        ("search", ' aria-hidden="true"'),
    ):
        line = f'data-md-toggle="{toggle}" type="checkbox" id="__{toggle}"'
        assert f"{line}{ours}>" in body
        body = body.replace(f"{line}{ours}>", f'{line} autocomplete="off">')
    overlay = '<div class="md-overlay" data-strategy-toggle="__drawer" aria-hidden="true"></div>\n'
    assert overlay in body
    toggles = '<label class="md-overlay" for="__drawer"></label>\n'
    body = body.replace(overlay, toggles + SKIP)
    indented = "".join(f"  {line}\n" for line in DIALOG.splitlines())
    body = body.replace(f"{IF_DIALOG}{indented}    {{% endif %}}\n", DIALOG)
    assert body == theirs


def test_one_skip_link_and_no_empty_fixed_box(tiny: TinyProject) -> None:
    """Even without strategy.css (the tiny site has none), to the page's content."""
    build(tiny.config, check_a11y=False)
    html = tiny.read("site/priorities/first/index.html")
    assert re.findall(r'<a href="([^"]*)" class="md-skip[^"]*"', html) == ["#main-content"]
    assert "md-dialog" not in html
