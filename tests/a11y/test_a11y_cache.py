"""Re-check only what changed: cache keys, the cache file, and a checker run with a stand-in
engine that counts the pages it is given (by count, not by time)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from strategy_site.a11y.checks import site as checker
from strategy_site.a11y.checks.cache import (
    CACHE_NAME,
    CacheData,
    load_cache,
    parse_cache,
    save_cache,
)
from strategy_site.a11y.checks.engine import EngineOutput
from strategy_site.a11y.checks.fingerprint import Hasher, local_file, page_key, resources_of
from strategy_site.a11y.checks.site import check_site
from strategy_site.a11y.config import A11yConfig
from strategy_site.a11y.report.results import A11yResult
from strategy_site.a11y.toolchain.setup import PA11Y_CI_BIN, Toolchain, Tools

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
PUBLIC = "https://tiny.example.org/"
PAGE = """<!doctype html><html lang="en"><head><title>{title}</title>
<link rel="stylesheet" href="{up}style.css"><script src="{up}app.js"></script></head>
<body><main><h1>{title}</h1><p>{text}</p></main></body></html>
"""


def write_site(root: Path) -> None:
    (root / "a").mkdir(parents=True, exist_ok=True)
    (root / "b").mkdir(exist_ok=True)
    (root / "style.css").write_text("body { color: #111; }", encoding="utf-8")
    (root / "app.js").write_text("console.log(1);", encoding="utf-8")
    for folder, title, up in (("", "Home", ""), ("a/", "Page A", "../"), ("b/", "Page B", "../")):
        html = PAGE.format(title=title, up=up, text="Everyone is included.")
        (root / folder / "index.html").write_text(html, encoding="utf-8")
    locs = "".join(f"<url><loc>{PUBLIC}{p}</loc></url>" for p in ("", "a/", "b/"))
    (root / "sitemap.xml").write_text(
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>',
        encoding="utf-8",
    )


class CountingEngine:
    """Stands in for the browser: no issues, and remembers which pages it was given."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def __call__(
        self, toolchain: Toolchain, pages: Sequence[tuple[str, str]], config: A11yConfig, on_page
    ) -> EngineOutput:  # type: ignore[no-untyped-def]
        self.calls.append([page for page, _url in pages])
        for page, _url in pages:
            on_page(page)
        return EngineOutput(issues={page: [] for page, _url in pages})

    @property
    def last(self) -> list[str]:
        return self.calls[-1] if self.calls else []


@pytest.fixture
def tools() -> Tools:
    fake = Toolchain(Path("/usr/bin/node"), SCRIPTS / PA11Y_CI_BIN, Path("/bin/sh"))
    return Tools(SCRIPTS, ready=fake)


@pytest.fixture
def site(tmp_path: Path) -> Path:
    write_site(tmp_path / "site")
    return tmp_path / "site"


def run(site: Path, tools: Tools, engine: CountingEngine, **config: object) -> A11yResult:
    cache = site.parent / "cache"
    return check_site(
        site, site.parent / "report", tools, A11yConfig(**config),  # type: ignore[arg-type]
        cache_dir=cache, engine=engine,
    )  # fmt: skip


def test_unchanged_rebuild_rechecks_no_page(site: Path, tools: Tools) -> None:
    engine = CountingEngine()
    first = run(site, tools, engine)
    assert first.rechecked == ("/", "/a/", "/b/")
    second = run(site, tools, engine)
    assert second.rechecked == ()
    assert len(engine.calls) == 1  # the browser was not even started
    assert second.pages == first.pages


def test_one_page_edit_rechecks_that_page_only(site: Path, tools: Tools) -> None:
    engine = CountingEngine()
    run(site, tools, engine)
    html = (site / "a" / "index.html").read_text(encoding="utf-8")
    (site / "a" / "index.html").write_text(html.replace("included", "welcome"), encoding="utf-8")
    assert run(site, tools, engine).rechecked == ("/a/",)


def test_a_changed_stylesheet_rechecks_every_page_that_loads_it(site: Path, tools: Tools) -> None:
    engine = CountingEngine()
    run(site, tools, engine)
    (site / "style.css").write_text("body { color: #999; }", encoding="utf-8")
    assert run(site, tools, engine).rechecked == ("/", "/a/", "/b/")


def test_other_engine_settings_recheck_everything_but_levels_do_not(
    site: Path, tools: Tools
) -> None:
    engine = CountingEngine()
    run(site, tools, engine)
    assert run(site, tools, engine, rules={"link-text": "warning"}).rechecked == ()
    assert run(site, tools, engine, axe_tags=("wcag22aa",)).rechecked == ("/", "/a/", "/b/")


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: "{not json",
        lambda text: text[: len(text) // 2],
        lambda text: text.replace('"format":1', '"format":99'),
        lambda text: text.replace('"entries":{', '"entries":{"forged":[],'),
        lambda text: text.replace("[]", "[{}]", 1),
    ],
)
def test_a_damaged_cache_is_not_trusted(site: Path, tools: Tools, damage) -> None:  # type: ignore[no-untyped-def]
    engine = CountingEngine()
    run(site, tools, engine)
    cache_file = site.parent / "cache" / CACHE_NAME
    cache_file.write_text(damage(cache_file.read_text(encoding="utf-8")), encoding="utf-8")
    said: list[str] = []
    result = check_site(
        site, site.parent / "report", tools, A11yConfig(), cache_dir=site.parent / "cache",
        engine=engine, log=said.append,
    )  # fmt: skip
    assert result.rechecked == ("/", "/a/", "/b/")
    assert any("cache was not used" in line for line in said)
    assert parse_cache(cache_file.read_text(encoding="utf-8"))[1] is None  # rebuilt whole


def test_cache_without_the_setting_checks_everything(site: Path, tools: Tools) -> None:
    engine = CountingEngine()
    run(site, tools, engine)
    assert run(site, tools, engine, cache=False).rechecked == ("/", "/a/", "/b/")


def test_cache_round_trip_and_checksum(tmp_path: Path) -> None:
    data = CacheData({"k": [{"code": "image-alt"}]}, {"h": ["style.css"]})
    path = save_cache(tmp_path, data)
    assert load_cache(tmp_path) == (data, None)
    stored = json.loads(path.read_text(encoding="utf-8"))
    stored["entries"]["k"] = []
    assert parse_cache(json.dumps(stored)) == (
        CacheData(),
        "its checksum does not match its contents",
    )
    assert load_cache(tmp_path / "none") == (CacheData(), None)


def test_resources_of() -> None:
    html = (
        '<link rel="stylesheet" href="a.css"><link rel="icon" href="i.png">'
        '<script src="b.js"></script><script>inline()</script><img src="c.png">'
        '<img src="data:image/png;base64,xx"><iframe src="d.html"></iframe><img src="c.png">'
    )
    assert resources_of(html) == ["a.css", "b.js", "c.png", "d.html"]


def test_local_file(tmp_path: Path) -> None:
    mounts = {"": tmp_path, "__extra__/0/": tmp_path / "x"}
    assert local_file("../s.css", "a/", mounts) == tmp_path / "s.css"
    assert local_file("s.css", "__extra__/0/p.html", mounts) == tmp_path / "x" / "s.css"
    assert local_file("https://cdn.example.org/s.css", "a/", mounts) is None


def test_page_key_follows_page_html_and_resources(tmp_path: Path) -> None:
    (tmp_path / "s.css").write_text("a", encoding="utf-8")
    mounts = {"": tmp_path}

    def key(page: str = "a/", html: bytes = b"<p>x</p>", digest: str = "d") -> str:
        return page_key(digest, page, html, ["../s.css"], mounts, Hasher())

    base = key()
    assert key() == base
    assert key(page="b/") != base
    assert key(html=b"<p>y</p>") != base
    assert key(digest="e") != base
    (tmp_path / "s.css").write_text("b", encoding="utf-8")
    assert key() != base


def test_html_seen_before_is_not_parsed_again(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A page's resources are kept by the hash of its HTML, also when it loads nothing."""
    (tmp_path / "index.html").write_text("<p>Loads nothing</p>", encoding="utf-8")
    (tmp_path / "a.html").write_text('<img src="a.png" alt="A">', encoding="utf-8")
    targets = [
        checker.Target("/", "", tmp_path / "index.html"),
        checker.Target("/a.html", "a.html", tmp_path / "a.html"),
    ]
    _keys, known = checker.page_keys(targets, {"": tmp_path}, "digest", {})
    assert sorted(known.values()) == [[], ["a.png"]]
    parsed: list[str] = []
    monkeypatch.setattr(checker, "resources_of", lambda html: parsed.append(html) or [])
    checker.page_keys(targets, {"": tmp_path}, "digest", known)
    assert parsed == []
