"""`strategy/safety` in a tiny real build: hostile HTML fails the build at its line, and
none of it reaches any output even where a build is let through."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config

from strategy_site.build import build
from strategy_site.problems import BuildFailed

from ..conftest import TinyProject

HOSTILE_BODY = """\
Read about [the first priority](../priorities/first.md).

<script>alert(1)</script>

An image <img src=x onerror=alert(2)> in a line.

A [link](javascript:alert(3)) to nowhere.
"""
PAYLOADS = ("alert(1)", "alert(2)", "alert(3)", "<script>alert", "onerror", "javascript:")


@pytest.fixture
def safe(tiny: TinyProject) -> TinyProject:
    """The tiny project with strategy/safety listed after search, as in the Leeds sites."""
    for name in ("mkdocs.yml", "mkdocs.easy-read.yml"):
        config = tiny.read(name).replace("  - search\n", "  - search\n  - strategy/safety\n")
        tiny.write(name, config)
    return tiny


def _outputs(root: Path) -> dict[str, str]:
    folders = [root / "site", root / "dist", root / ".build"]
    return {
        p.relative_to(root).as_posix(): p.read_text(encoding="utf-8", errors="replace")
        for folder in folders
        if folder.exists()
        for p in folder.rglob("*")
        if p.is_file()
    }


def _carrying_payload(root: Path) -> list[str]:
    return [
        f"{name}: {payload}"
        for name, text in _outputs(root).items()
        for payload in PAYLOADS
        if payload in text
    ]


def test_hostile_html_in_an_update_fails_the_build_at_each_line(safe: TinyProject) -> None:
    safe.update("news", HOSTILE_BODY)

    with pytest.raises(BuildFailed) as failed:
        build(safe.config, check_a11y=False)

    assert [str(p) for p in failed.value.problems] == [
        "content/updates/news.md:12: the page contains a <script> element, which is never "
        "published — fix: remove it; pages cannot run scripts",
        "content/updates/news.md:14: the page contains an 'onerror' attribute, which is never "
        "published — fix: remove it; pages cannot run scripts",
        "content/updates/news.md:16: the page contains a 'javascript:' link, which is never "
        "published — fix: link to a web address (https://...) or to another page instead",
    ]
    assert _carrying_payload(safe.root) == []


def test_markup_in_front_matter_text_fails_at_the_field(safe: TinyProject) -> None:
    safe.update(
        "news",
        title='"News <img src=x onerror=alert(1)>"',
        summary='"A summary<script>alert(2)</script>"',
    )
    safe.write(
        "content/priorities/first.md",
        """\
        ---
        title: First priority
        description: "The first <b onmouseover=alert(3)>priority</b>."
        easy_read: priorities/first.md
        ---
        # First priority

        Back to the [home page](../index.md).
        """,
    )

    with pytest.raises(BuildFailed) as failed:
        build(safe.config, check_a11y=False)

    found = sorted((p.file, p.line, p.what) for p in failed.value.problems)
    markup = "contains HTML markup, which is never published"
    assert ("content/priorities/first.md", 3, f"'description' {markup}") in found
    assert ("content/updates/news.md", 2, f"'title' {markup}") in found
    assert ("content/updates/news.md", 4, f"'summary' {markup}") in found


def _let_through(project: TinyProject) -> None:
    """A plain, non-strict `mkdocs build`: the problems are logged, the site is written."""
    mkdocs_build(load_config(str(project.config), strict=False))


class _Live(HTMLParser):
    """Markup in a piece of HTML that a browser would run."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._script = tag == "script"
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}>")
            if name in ("href", "src") and (value or "").strip().lower().startswith("javascript:"):
                self.found.append(f"<{tag} {name}={value}>")

    def handle_data(self, data: str) -> None:
        if self._script and "alert(" in data:
            self.found.append(f"<script>{data}")

    def handle_endtag(self, tag: str) -> None:
        self._script = False


def _strings(path: Path) -> Iterator[str]:
    """Every piece of text in an output: a page, each string of a JSON file, each text
    and attribute of an XML feed (feed readers render several of them as HTML)."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        yield from _json_strings(json.loads(text))
    elif path.suffix in (".xml", ".atom", ".opml"):
        for element in ET.fromstring(text).iter():
            yield element.text or ""
            yield from element.attrib.values()
    else:
        yield text


def _json_strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _json_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _json_strings(item)


def _live_markup(root: Path) -> list[str]:
    suffixes = (".html", ".json", ".xml", ".atom", ".opml", ".txt", ".eml", ".csv")
    found = []
    for path in sorted(p for folder in ("site", "dist") for p in (root / folder).rglob("*")):
        if path.suffix not in suffixes or "assets" in path.parts:
            continue
        for text in _strings(path):
            live = _Live()
            live.feed(text)
            found += [f"{path.relative_to(root)}: {what}" for what in live.found]
    return found


def test_a_build_let_through_publishes_no_payload_in_pages_or_feeds(safe: TinyProject) -> None:
    safe.update("news", HOSTILE_BODY)
    safe.update(
        "more",
        title='"More <img src=x onerror=alert(1)>"',
        summary='"Also<script>alert(2)</script>"',
    )

    _let_through(safe)

    assert (safe.root / "site/updates/news/index.html").is_file()
    assert "in a line" in safe.read("site/updates/news/index.html")
    assert "in a line" in safe.read("site/feeds/updates.json")
    assert _live_markup(safe.root) == []
    feed = json.loads(safe.read("site/feeds/updates.json"))
    texts = [item[key] for item in feed["items"] for key in ("title", "summary")]
    assert [t for t in texts if "<" in t] == []


def test_every_page_carries_a_policy_allowing_its_own_inline_scripts(safe: TinyProject) -> None:
    build(safe.config, check_a11y=False)

    pages = sorted((safe.root / "site").rglob("*.html"))
    assert pages
    for page in pages:
        text = page.read_text(encoding="utf-8")
        head = text[: text.index("</head>")]
        assert head.count('http-equiv="Content-Security-Policy"') == 1, page
        assert head.index("Content-Security-Policy") < head.index("<script"), page
        assert "script-src 'self' 'sha256-" in head, page
