"""The engines in real headless Chromium on a tiny built site with a nested sub-site.

Needs Node.js >= 20, the npm packages in scripts/ and Chromium; ensure_toolchain gets
them (quick when already there), as `strategy-site setup` does.
"""

from __future__ import annotations

import json
import socket
import tempfile
from pathlib import Path

import pytest
from bench.pa11y_ci import collect_results, run_pa11y_ci

from strategy_site.a11y.checks.site import A11yResult, check_site
from strategy_site.a11y.config import A11yConfig
from strategy_site.a11y.report.summary import render_result
from strategy_site.a11y.toolchain.setup import Toolchain

from .conftest import sitemap

pytestmark = pytest.mark.a11y

PUBLIC = "https://everyones-included.example.org/"
CLEAN = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{title}</title></head>
<body><main><h1>{title}</h1><p>Everyone is included.</p></main></body>
</html>
"""
BAD = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Bad page</title>
<style>.tiny { width: 12px; height: 12px; padding: 0; margin: 0; border: 0; }</style></head>
<body><main><h1>Bad page</h1><img class="logo" src="logo.png">
<h3>Skipped a level</h3>
<p>For the plan <a href="plan/">click here</a>.</p>
<div><button class="tiny" aria-label="Previous">&lt;</button><button class="tiny"
 aria-label="Next">&gt;</button></div></main></body>
</html>
"""
# Text that fades in from a pale grey (too faint to read) to black over a minute, starting
# as the page loads: checked mid-fade it fails colour contrast; settled, it passes.
FADING = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Fading</title>
<style>p { color: #eeeeee; transition: color 60s linear; } p.shown { color: #000000; }</style>
<script>
document.addEventListener("DOMContentLoaded", () => {
  const text = document.querySelector("p");
  getComputedStyle(text).color;
  text.classList.add("shown");
});
</script></head>
<body><main><h1>Fading</h1><p>Everyone is included.</p></main></body>
</html>
"""


def build_tiny_site(root: Path) -> None:
    """A main site (clean home, bad page, a page missing from the build) and an easy read site."""
    (root / "easy-read" / "priorities" / "workforce").mkdir(parents=True)
    (root / "index.html").write_text(CLEAN.format(title="Home"), encoding="utf-8")
    (root / "bad.html").write_text(BAD, encoding="utf-8")
    (root / "sitemap.xml").write_text(
        sitemap(PUBLIC, PUBLIC + "bad.html", PUBLIC + "missing/"), encoding="utf-8"
    )
    easy = root / "easy-read"
    (easy / "index.html").write_text(CLEAN.format(title="Easy read"), encoding="utf-8")
    (easy / "priorities" / "workforce" / "index.html").write_text(
        CLEAN.format(title="Workforce"), encoding="utf-8"
    )
    (easy / "sitemap.xml").write_text(
        sitemap(PUBLIC + "easy-read/", PUBLIC + "easy-read/priorities/workforce/"),
        encoding="utf-8",
    )


@pytest.fixture(scope="module")
def checked(toolchain: Toolchain, tmp_path_factory: pytest.TempPathFactory) -> A11yResult:
    root = tmp_path_factory.mktemp("site")
    build_tiny_site(root)
    config = A11yConfig(include_notices=True)
    return check_site(root, tmp_path_factory.mktemp("report"), toolchain, config)


def codes_on(result: A11yResult, page: str) -> set[str]:
    return {issue.code for issue in result.errors if issue.page == page}


def test_every_page_of_both_sites_is_listed(checked: A11yResult) -> None:
    assert checked.pages == (
        "/",
        "/bad.html",
        "/easy-read/",
        "/easy-read/priorities/workforce/",
        "/missing/",
    )


def test_bad_page_fails_naming_the_rule(checked: A11yResult) -> None:
    codes = codes_on(checked, "/bad.html")
    assert "image-alt" in codes
    assert "WCAG2AA.Principle1.Guideline1_1.1_1_1.H37" in codes
    assert not checked.passed
    lines = render_result(checked)
    assert any(line.startswith("/bad.html: [axe image-alt]") for line in lines)


def test_wcag_22_target_size_fires(checked: A11yResult) -> None:
    [first, *_] = [i for i in checked.errors if i.code == "target-size"]
    assert first.page == "/bad.html"
    assert first.criterion == "WCAG 2.5.8"
    assert "button" in first.context
    assert "24 by 24 pixels" in first.fix


def test_our_content_rules_fire_in_the_same_run(checked: A11yResult) -> None:
    ours = {i.code: i for i in checked.errors if i.runner == "strategy-site"}
    assert set(ours) == {"alt-missing", "heading-levels", "link-text"}
    assert ours["link-text"].criterion == "WCAG 2.4.4"
    assert ours["link-text"].needle == "click here"


@pytest.mark.parametrize("page", ["/", "/easy-read/", "/easy-read/priorities/workforce/"])
def test_clean_pages_have_no_errors(checked: A11yResult, page: str) -> None:
    assert codes_on(checked, page) == set()
    # they were really checked: htmlcs always leaves notices on a page it saw
    assert any(issue.page == page and issue.type == "notice" for issue in checked.issues)
    assert page in checked.rechecked


def test_missing_page_fails_with_http_404(checked: A11yResult) -> None:
    assert [(f.page, f.reason.split(" ")[:2]) for f in checked.failures] == [
        ("/missing/", ["HTTP", "404"])
    ]


def test_report_json_names_the_rule(checked: A11yResult) -> None:
    assert checked.report_path is not None
    data = json.loads(checked.report_path.read_text(encoding="utf-8"))
    assert data["summary"]["passed"] is False
    assert data["summary"]["pages"] == 5
    assert data["load_failures"] == [{"page": "/missing/", "reason": "HTTP 404 File not found"}]
    pages = {page["page"]: page for page in data["pages"]}
    assert {e["rule"] for e in pages["/bad.html"]["errors"]} >= {"image-alt", "target-size"}
    assert pages["/"]["errors"] == []


def test_page_that_does_not_load_is_a_failure(toolchain: Toolchain) -> None:
    """What pa11y-ci reports for a page Chromium cannot load, read as a failure."""
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}/nothing/"
    with tempfile.TemporaryDirectory() as tmp:
        report = run_pa11y_ci(toolchain, [url], A11yConfig(timeout_ms=15_000), Path(tmp))
    out = collect_results(report, [url])
    assert out.issues == {}
    assert list(out.failures) == [url]
    assert "ERR_CONNECTION_REFUSED" in out.failures[url]


def test_the_html_report_passes_the_gate(
    checked: A11yResult, toolchain: Toolchain, tmp_path: Path
) -> None:
    """report.html, handed to the checks as an extra page, has no error of any engine."""
    assert checked.html_report_path is not None
    root = tmp_path / "site"
    build_tiny_site(root)
    report = tmp_path / "reports" / "report.html"
    report.parent.mkdir()
    report.write_bytes(checked.html_report_path.read_bytes())
    result = check_site(root, tmp_path / "out", toolchain, extra_pages={"report.html": report})
    assert "report.html" in result.rechecked
    assert [(i.runner, i.code, i.message) for i in result.errors if i.page == "report.html"] == []
    assert [f for f in result.failures if f.page == "report.html"] == []


def test_a_page_is_checked_once_its_transitions_have_finished(
    toolchain: Toolchain, tmp_path: Path
) -> None:
    """The same page gives the same findings on every run, not whatever a transition
    happens to show at the moment of the check."""
    root = tmp_path / "site"
    root.mkdir()
    (root / "index.html").write_text(FADING, encoding="utf-8")
    (root / "sitemap.xml").write_text(sitemap(PUBLIC), encoding="utf-8")
    result = check_site(root, tmp_path / "report", toolchain, A11yConfig(cache=False))
    assert result.rechecked == ("/",)
    assert result.failures == ()
    assert [(i.runner, i.code) for i in result.errors] == []
    assert not [i for i in result.issues if "contrast" in i.code.lower() or "G18" in i.code]


def test_a_page_that_never_finishes_loading_fails_and_the_rest_are_checked(
    toolchain: Toolchain, tmp_path: Path
) -> None:
    """A page waits on an image from a server that never answers: it is reported as not
    checked once the timeout has passed, and the page after it is checked in a new tab."""
    with socket.socket() as silent:  # accepts connections, never answers them
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        image = f"http://127.0.0.1:{silent.getsockname()[1]}/photo.png"
        root = tmp_path / "site"
        (root / "hangs").mkdir(parents=True)
        (root / "index.html").write_text(CLEAN.format(title="Home"), encoding="utf-8")
        hanging = CLEAN.format(title="Hangs").replace(
            "</main>", f'<img src="{image}" alt="A photo"></main>'
        )
        (root / "hangs" / "index.html").write_text(hanging, encoding="utf-8")
        (root / "sitemap.xml").write_text(sitemap(PUBLIC + "hangs/", PUBLIC), encoding="utf-8")
        config = A11yConfig(timeout_ms=3_000, concurrency=1, cache=False)
        result = check_site(root, tmp_path / "report", toolchain, config)
    assert [f.page for f in result.failures] == ["/hangs/"]
    assert "3000 ms" in result.failures[0].reason or "3 s" in result.failures[0].reason
    assert set(result.rechecked) == {"/", "/hangs/"}
    assert [i for i in result.errors if i.page == "/"] == []
