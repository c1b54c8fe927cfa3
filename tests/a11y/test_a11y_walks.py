"""The checks of how people use a page, in real headless Chromium: reflow at 320 px,
text spacing, the Tab key at desktop and phone widths, and source showing through.

Each fault has a page of its own in a tiny hand-written site; each page fails with its
own rule id, naming the element; the same pages with the fault mended pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from strategy_site.a11y.checks.site import A11yResult, check_site
from strategy_site.a11y.config import A11yConfig
from strategy_site.a11y.toolchain.setup import Toolchain

from .conftest import sitemap

pytestmark = pytest.mark.a11y

PUBLIC = "https://tiny.example.org/"
PAGE = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{name}</title>
<style>
body {{ margin: 0; font: 16px/1.4 sans-serif; color: #111; background: #fff; }}
a {{ color: #0645ad; }}
a:focus-visible, input:focus-visible {{ outline: 3px solid #111; outline-offset: 2px; }}
{style}
</style>
</head>
<body><main><h1>{name}</h1>
<p><a href="../">A first link</a></p>
{body}
<p><a href="../wide/">A last link</a></p>
</main>{script}</body>
</html>
"""

# (page, rule id, element the finding names, the faulty part, the mended part)
FAULTS = {
    "wide": (
        "reflow/page-scrolls-sideways",
        "div.wide",
        {"style": ".wide { width: 900px; }", "body": '<div class="wide">A wide box</div>'},
        {"style": ".wide { max-width: 900px; }", "body": '<div class="wide">A wide box</div>'},
    ),
    "scroller": (
        "reflow/scroll-region",
        "div.scroll",
        {
            "style": ".scroll { overflow-x: auto; } .scroll p { width: 700px; }",
            "body": '<div class="scroll"><p>A long line of figures</p></div>',
        },
        {
            "style": ".scroll { overflow-x: auto; } .scroll p { width: 700px; }",
            "body": '<div class="scroll" role="region" aria-label="Figures" tabindex="0">'
            "<p>A long line of figures</p></div>",
        },
    ),
    "clipped": (
        "spacing/text-cut-off",
        "div.clip",
        {
            "style": ".clip { height: 1.3em; overflow: hidden; width: 20em; }",
            "body": '<div class="clip">Short words</div>',
        },
        {
            "style": ".clip { min-height: 1.3em; width: 20em; }",
            "body": '<div class="clip">Short words</div>',
        },
    ),
    "no-focus-style": (
        "keyboard/focus-not-visible",
        "a.plain",
        {
            "style": "a.plain:focus-visible { outline: none; }",
            "body": '<p><a class="plain" href="../">A plain link</a></p>',
        },
        {"style": "", "body": '<p><a class="plain" href="../">A plain link</a></p>'},
    ),
    "sticky": (
        "keyboard/focus-obscured",
        "#below",
        {
            "style": "footer { position: fixed; bottom: 0; left: 0; right: 0; height: 30vh;"
            " background: #fff; } .gap { height: 150vh; }",
            "body": '<div class="gap"></div><p><a id="below" href="../">Below the fold</a></p>'
            "<footer><p>A notice that stays at the bottom</p></footer>",
        },
        {
            "style": "footer { height: 30vh; background: #fff; } .gap { height: 150vh; }",
            "body": '<div class="gap"></div><p><a id="below" href="../">Below the fold</a></p>'
            "<footer><p>A notice that stays at the bottom</p></footer>",
        },
    ),
    "off-screen": (
        "keyboard/focus-off-screen",
        "a.away",
        {
            "style": "a.away { position: absolute; left: -9999px; }",
            "body": '<p><a class="away" href="../">A moved link</a></p>',
        },
        {"style": "", "body": '<p><a class="away" href="../">A moved link</a></p>'},
    ),
    "trap": (
        "keyboard/keyboard-trap",
        "#trap > input",
        {
            "body": '<div id="trap"><input aria-label="First"><input aria-label="Second"></div>',
            "script": "<script src='../trap.js'></script>",
        },
        {"body": '<div id="trap"><input aria-label="First"><input aria-label="Second"></div>'},
    ),
    "overlay": (
        "keyboard/focus-opens-overlay",
        "input",
        {
            "style": "#cover { display: none; position: fixed; inset: 0; background: #fff; }"
            " #cover.open { display: block; }",
            "body": '<p><input aria-label="Search"></p><div id="cover"><p>Type to search</p></div>',
            "script": "<script src='../overlay.js'></script>",
        },
        {
            "style": "#cover { display: none; }",
            "body": '<p><input aria-label="Search"></p><div id="cover"><p>Type to search</p></div>',
        },
    ),
    "missing-file": (
        "requests/request-failed",
        "",
        {"body": '<p><img src="../missing.svg" alt="A chart of waiting times"></p>'},
        {"body": '<p><img src="../chart.svg" alt="A chart of waiting times"></p>'},
    ),
    "front-matter": (
        "strategy-site/source-shown",
        "p",
        {"body": ""},
        {"body": ""},
    ),
}
SCRIPTS_JS = {
    # Sends focus back to the first field whenever Tab leaves the second.
    "trap.js": "document.querySelector('#trap').addEventListener('keydown', event => {"
    " if (event.key === 'Tab' && event.target.getAttribute('aria-label') === 'Second') {"
    " event.preventDefault(); document.querySelector('#trap input').focus(); } });",
    "chart.svg": '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>',
    # Covers the page as soon as the field gets focus.
    "overlay.js": "document.querySelector('input').addEventListener('focus', () =>"
    " document.querySelector('#cover').classList.add('open'));",
}
SHOWN_FRONT_MATTER = "<p>title: Tiny page description: What the page is about</p>"


def page_html(name: str, part: dict[str, str], faulty: bool) -> str:
    html = PAGE.format(
        name=name.replace("-", " ").capitalize(),
        style=part.get("style", ""),
        body=part.get("body", ""),
        script=part.get("script", ""),
    )
    if name == "front-matter" and faulty:
        html = html.replace("<main><h1>", f"<main>{SHOWN_FRONT_MATTER}<h1>")
    return html


def build(root: Path, *, faulty: bool) -> None:
    locs = []
    for name, (_rule, _element, bad, good) in FAULTS.items():
        (root / name).mkdir(parents=True)
        (root / name / "index.html").write_text(
            page_html(name, bad if faulty else good, faulty), encoding="utf-8"
        )
        locs.append(f"{PUBLIC}{name}/")
    for script, body in SCRIPTS_JS.items():
        (root / script).write_text(body, encoding="utf-8")
    (root / "sitemap.xml").write_text(sitemap(*locs), encoding="utf-8")


def check(toolchain: Toolchain, tmp: pytest.TempPathFactory, *, faulty: bool) -> A11yResult:
    root = tmp.mktemp("faulty" if faulty else "mended")
    build(root, faulty=faulty)
    return check_site(root, tmp.mktemp("report"), toolchain, A11yConfig(cache=False))


@pytest.fixture(scope="module")
def faulty(toolchain: Toolchain, tmp_path_factory: pytest.TempPathFactory) -> A11yResult:
    return check(toolchain, tmp_path_factory, faulty=True)


@pytest.mark.parametrize("name", list(FAULTS))
def test_each_fault_fails_with_its_rule_page_and_element(faulty: A11yResult, name: str) -> None:
    rule, element, _bad, _good = FAULTS[name]
    runner, code = rule.split("/")
    found = [
        i for i in faulty.errors if i.page == f"/{name}/" and (i.runner, i.code) == (runner, code)
    ]
    assert found, [(i.runner, i.code, i.selector) for i in faulty.errors if i.page == f"/{name}/"]
    assert all(i.fix for i in found)
    if runner == "requests":
        # Named by its path on the site: the local server's port changes every run.
        assert "asked for /missing.svg and got HTTP 404" in found[0].message
        return
    assert all(i.criterion.startswith("WCAG ") for i in found)
    assert any(i.selector.endswith(element) or element in i.selector for i in found)


def test_keyboard_findings_name_the_step_and_width(faulty: A11yResult) -> None:
    messages = {i.message for i in faulty.errors if i.code == "focus-not-visible"}
    assert any("press 2 of Tab at 1280 px wide" in m for m in messages), messages
    assert any("on a phone (375 px wide)" in m for m in messages), messages


def test_a_fault_on_one_page_is_found_on_that_page_only(faulty: A11yResult) -> None:
    pages = {i.page for i in faulty.errors if i.code == "page-scrolls-sideways"}
    assert pages == {"/wide/"}


def test_the_same_pages_without_the_faults_pass(
    toolchain: Toolchain, tmp_path_factory: pytest.TempPathFactory
) -> None:
    mended = check(toolchain, tmp_path_factory, faulty=False)
    assert [(i.page, i.runner, i.code, i.selector) for i in mended.errors] == []
    assert mended.passed
