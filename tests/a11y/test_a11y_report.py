"""Turning pa11y issues into readable lines, hints and a deterministic report.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from strategy_site.a11y.checker import assemble
from strategy_site.a11y.config import A11yConfig
from strategy_site.a11y.hints import fix_hint, strip_help_url, technique, wcag_criterion
from strategy_site.a11y.pa11y import Pa11yOutput
from strategy_site.a11y.report import (
    display_path,
    issue_from_pa11y,
    render_failure,
    render_issue,
    render_result,
    render_summary,
    report_dict,
    write_report,
)
from strategy_site.a11y.results import A11yIssue, A11yResult, LoadFailure

H37 = "WCAG2AA.Principle1.Guideline1_1.1_1_1.H37"


@pytest.mark.parametrize(
    ("code", "criterion", "tech"),
    [
        (H37, "WCAG 1.1.1", "H37"),
        ("WCAG2AA.Principle1.Guideline1_4.1_4_3.G18.Fail", "WCAG 1.4.3", "G18.Fail"),
        ("WCAG2AA.Principle1.Guideline1_4.1_4_10.C32,C31", "WCAG 1.4.10", "C32,C31"),
        ("WCAG2AA.Principle1.Guideline1_3.1_3_4.", "WCAG 1.3.4", ""),
        ("WCAG2AAA.Principle3.Guideline3_1.3_1_1.H57.2", "WCAG 3.1.1", "H57.2"),
        ("image-alt", "", ""),
        ("", "", ""),
    ],
)
def test_htmlcs_code(code: str, criterion: str, tech: str) -> None:
    assert wcag_criterion(code) == criterion
    assert technique(code) == tech


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "Images must have alternative text (https://dequeuniversity.com/x?a=1)",
            "Images must have alternative text",
        ),
        ("Img element missing an alt attribute.", "Img element missing an alt attribute."),
    ],
)
def test_strip_help_url(message: str, expected: str) -> None:
    assert strip_help_url(message) == expected


@pytest.mark.parametrize(
    ("code", "runner", "extras", "expected"),
    [
        ("image-alt", "axe", {}, "add an alt attribute"),
        (H37, "htmlcs", {}, "add an alt attribute"),
        ("WCAG2AA.Principle1.Guideline1_4.1_4_3.G18.Fail", "htmlcs", {}, "contrast to 4.5:1"),
        ("scrollable-region-focusable", "axe", {"description": "Ensure X."}, "Ensure X"),
        ("WCAG2AA.Principle2.Guideline2_4.2_4_4.H77,H78", "htmlcs", {}, "see WCAG 2.4.4 (H77,H78)"),
        ("mystery", "axe", {}, "see the rule's documentation"),
    ],
)
def test_fix_hint(code: str, runner: str, extras: dict[str, Any], expected: str) -> None:
    assert expected in fix_hint(code, runner, extras)


def raw_axe(code: str = "image-alt", type_: str = "error", selector: str = "img.logo") -> Any:
    return {
        "code": code,
        "type": type_,
        "message": f"Rule {code} broken (https://dequeuniversity.com/rules/{code})",
        "context": "<img>",
        "selector": selector,
        "runner": "axe",
        "runnerExtras": {"helpUrl": f"https://dequeuniversity.com/rules/{code}"},
    }


def raw_htmlcs(type_: str = "error") -> Any:
    return {
        "code": H37,
        "type": type_,
        "message": "Img element missing an alt attribute.",
        "context": "<img>",
        "selector": "html > body > img",
        "runner": "htmlcs",
        "runnerExtras": {},
    }


def test_render_axe_issue() -> None:
    issue = issue_from_pa11y("/easy-read/priorities/workforce/", raw_axe())
    assert render_issue(issue) == (
        "/easy-read/priorities/workforce/: [axe image-alt] Rule image-alt broken — element: "
        'img.logo — fix: add an alt attribute that says what the image shows (alt="" if '
        "decorative)"
    )
    assert issue.help_url == "https://dequeuniversity.com/rules/image-alt"


def test_render_htmlcs_issue_without_selector() -> None:
    raw = {**raw_htmlcs(), "selector": ""}
    line = render_issue(issue_from_pa11y("/", raw))
    assert line.startswith("/: [htmlcs WCAG 1.1.1 H37] Img element missing an alt attribute.")
    assert "element:" not in line


def test_render_failure() -> None:
    line = render_failure(LoadFailure("/missing/", "HTTP 404 File not found"))
    assert line.startswith("/missing/: page could not be checked: HTTP 404 File not found")


@pytest.mark.parametrize(
    ("path", "shown"), [("", "/"), ("easy-read/a/", "/easy-read/a/"), ("caf%C3%A9/", "/café/")]
)
def test_display_path(path: str, shown: str) -> None:
    assert display_path(path) == shown


def result_with(*issues: A11yIssue, failures: tuple[LoadFailure, ...] = ()) -> A11yResult:
    return A11yResult(pages=("/", "/bad/"), issues=issues, failures=failures)


@pytest.mark.parametrize(
    ("result", "passed", "summary"),
    [
        (result_with(), True, "passed: 2 pages, 0 errors, 0 pages not loaded"),
        (
            result_with(issue_from_pa11y("/bad/", raw_axe(type_="warning"))),
            True,
            "passed: 2 pages, 0 errors, 0 pages not loaded (1 warning and 0 notices",
        ),
        (
            result_with(issue_from_pa11y("/bad/", raw_axe())),
            False,
            "FAILED: 2 pages, 1 error, 0 pages not loaded",
        ),
        (
            result_with(failures=(LoadFailure("/bad/", "HTTP 404"),)),
            False,
            "FAILED: 2 pages, 0 errors, 1 page not loaded",
        ),
    ],
)
def test_summary(result: A11yResult, passed: bool, summary: str) -> None:
    assert result.passed is passed
    assert summary in render_summary(result)


def test_render_result_lists_failures_then_errors_not_warnings() -> None:
    result = result_with(
        issue_from_pa11y("/bad/", raw_axe(type_="warning", code="region")),
        issue_from_pa11y("/bad/", raw_axe()),
        failures=(LoadFailure("/gone/", "HTTP 404"),),
    )
    lines = render_result(result)
    assert len(lines) == 3
    assert lines[0].startswith("/gone/:")
    assert lines[1].startswith("/bad/: [axe image-alt]")
    assert lines[2].startswith("Accessibility check FAILED")


def sample_issues() -> list[A11yIssue]:
    return [
        issue_from_pa11y("/bad/", raw_axe()),
        issue_from_pa11y("/bad/", raw_axe(code="color-contrast", selector="p")),
        issue_from_pa11y("/bad/", raw_htmlcs()),
        issue_from_pa11y("/bad/", raw_axe(code="region", type_="warning")),
        issue_from_pa11y("/", raw_htmlcs(type_="notice")),
    ]


def test_report_dict_shape() -> None:
    data = report_dict(
        result_with(*sample_issues(), failures=(LoadFailure("/gone/", "HTTP 404"),)), A11yConfig()
    )
    assert list(data) == ["standard", "runners", "summary", "load_failures", "pages"]
    assert data["summary"] == {
        "passed": False,
        "pages": 2,
        "errors": 3,
        "load_failures": 1,
        "warnings": 1,
        "notices": 1,
    }
    assert data["load_failures"] == [{"page": "/gone/", "reason": "HTTP 404"}]
    home, bad = data["pages"]
    assert home == {"page": "/", "errors": [], "warnings": [], "notices": 1}
    assert [e["code"] for e in bad["errors"]] == ["color-contrast", "image-alt", H37]
    assert bad["errors"][2]["criterion"] == "WCAG 1.1.1"
    assert [w["code"] for w in bad["warnings"]] == ["region"]


def test_report_is_deterministic(tmp_path: Path) -> None:
    issues = sample_issues()
    first = write_report(result_with(*issues), A11yConfig(), tmp_path / "a")
    second = write_report(result_with(*reversed(issues)), A11yConfig(), tmp_path / "b")
    assert first.name == "report.json"
    assert first.read_bytes() == second.read_bytes()
    assert first.read_text(encoding="utf-8").endswith("}\n")
    assert json.loads(first.read_text(encoding="utf-8"))["summary"]["errors"] == 3


def test_assemble_maps_urls_to_pages_and_hides_the_port() -> None:
    base = "http://127.0.0.1:5555/"
    pages = {base: "/", base + "bad/": "/bad/", base + "gone/": "/gone/", base + "x/": "/x/"}
    output = Pa11yOutput(
        issues={base: [], base + "bad/": [raw_axe()]},
        failures={base + "x/": f"net::ERR_FAILED at {base}x/"},
    )
    result = assemble(pages, base, {base + "gone/": "HTTP 404 File not found"}, output)
    assert result.pages == ("/", "/bad/", "/gone/", "/x/")
    assert [(i.page, i.code) for i in result.errors] == [("/bad/", "image-alt")]
    assert result.failures == (
        LoadFailure("/gone/", "HTTP 404 File not found"),
        LoadFailure("/x/", "net::ERR_FAILED at /x/"),
    )
