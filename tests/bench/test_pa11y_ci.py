"""Reading pa11y-ci's JSON report, and the config we hand it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from bench.pa11y_ci import build_config, collect_results, parse_report

from strategy_site.a11y.config import A11yConfig
from strategy_site.a11y.errors import CheckError

OK = "http://127.0.0.1:4000/"
BAD = "http://127.0.0.1:4000/bad.html"
GONE = "http://127.0.0.1:4000/gone/"

AXE_ERROR: dict[str, Any] = {
    "code": "image-alt",
    "type": "error",
    "typeCode": 1,
    "message": "Images must have alternative text (https://dequeuniversity.com/rules/axe/4.11/image-alt?application=axeAPI)",
    "context": '<img class="logo" src="x.png">',
    "selector": "html > body > main > img",
    "runner": "axe",
    "runnerExtras": {"description": "Ensure <img> elements have alternative text"},
}
NOTICE: dict[str, Any] = {
    "code": "WCAG2AA.Principle2.Guideline2_4.2_4_2.H25.2",
    "type": "notice",
    "typeCode": 3,
    "message": "Check that the title element describes the document.",
    "context": "<title>Home</title>",
    "selector": "html > head > title",
    "runner": "htmlcs",
    "runnerExtras": {},
}


def report(results: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """The shape pa11y-ci 4 writes (its counts are not to be trusted, so they are junk here)."""
    return {"total": 99, "passes": 99, "errors": 0, "results": results}


@pytest.mark.parametrize(
    ("results", "urls", "issues", "failures"),
    [
        ({OK: [], BAD: [AXE_ERROR]}, [OK, BAD], {OK: [], BAD: [AXE_ERROR]}, {}),
        ({OK: [NOTICE]}, [OK], {OK: [NOTICE]}, {}),
        (  # what pa11y-ci writes for a page that did not load: one bare error object
            {OK: [], GONE: [{"message": "net::ERR_CONNECTION_REFUSED at " + GONE}]},
            [OK, GONE],
            {OK: []},
            {GONE: "net::ERR_CONNECTION_REFUSED at " + GONE},
        ),
        (
            {GONE: [{"message": "Navigation timeout of 4000 ms exceeded"}]},
            [GONE],
            {},
            {GONE: "Navigation timeout of 4000 ms exceeded"},
        ),
        ({GONE: [{}]}, [GONE], {}, {GONE: "unknown error"}),
        (  # a URL pa11y-ci never reported on
            {OK: []},
            [OK, BAD],
            {OK: []},
            {BAD: "pa11y-ci returned no result for this page"},
        ),
    ],
)
def test_collect_results(
    results: dict[str, list[dict[str, Any]]],
    urls: list[str],
    issues: dict[str, list[dict[str, Any]]],
    failures: dict[str, str],
) -> None:
    out = collect_results(report(results), urls)
    assert out.issues == issues
    assert out.failures == failures


def test_parse_report_round_trips() -> None:
    data = report({OK: [AXE_ERROR]})
    assert parse_report(json.dumps(data)) == data


@pytest.mark.parametrize("text", ["", "{not json", "[]", '{"total": 1}'])
def test_parse_report_rejects_garbage(text: str) -> None:
    with pytest.raises(CheckError):
        parse_report(text)


def test_build_config(tmp_path: Path) -> None:
    results = tmp_path / "results.json"
    cfg = build_config([OK, BAD], Path("/usr/bin/chromium"), A11yConfig(), results)
    defaults = cfg["defaults"]
    assert defaults["standard"] == "WCAG2AA"
    assert defaults["runners"] == ["axe", "htmlcs"]
    assert defaults["concurrency"] == A11yConfig().tabs
    assert defaults["timeout"] == 30_000
    assert defaults["reporters"] == [["json", {"fileName": str(results)}]]
    launch = defaults["chromeLaunchConfig"]
    assert launch["executablePath"] == "/usr/bin/chromium"
    assert "--disable-background-networking" in launch["args"]
    assert "--no-sandbox" in launch["args"]
    # objects, not strings: pa11y-ci 4 shares one options object between string URLs
    assert cfg["urls"] == [{"url": OK}, {"url": BAD}]
    json.dumps(cfg)  # must be writable as JSON


def test_build_config_follows_config(tmp_path: Path) -> None:
    config = A11yConfig(standard="WCAG2A", runners=("htmlcs",), timeout_ms=5000, concurrency=1)
    defaults = build_config([OK], Path("/c"), config, tmp_path / "r.json")["defaults"]
    assert (defaults["standard"], defaults["runners"]) == ("WCAG2A", ["htmlcs"])
    assert (defaults["timeout"], defaults["concurrency"]) == (5000, 1)
