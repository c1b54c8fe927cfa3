"""Turning pa11y issues into readable lines, hints and a deterministic report.json."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from strategy_site.a11y.checks.site import Target, assemble
from strategy_site.a11y.config import A11yConfig
from strategy_site.a11y.report.hints import fix_hint, strip_help_url, technique, wcag_criterion
from strategy_site.a11y.report.html import render_html_report
from strategy_site.a11y.report.results import A11yIssue, A11yResult, LoadFailure
from strategy_site.a11y.report.review import review_groups
from strategy_site.a11y.report.summary import (
    display_path,
    issue_from_pa11y,
    render_failure,
    render_issue,
    render_result,
    render_summary,
    report_dict,
    write_report,
)

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
    found = issue("/easy-read/priorities/workforce/", raw_axe())
    assert render_issue(found) == (
        "/easy-read/priorities/workforce/: [axe image-alt] Rule image-alt broken — element: "
        'img.logo — fix: add an alt attribute that says what the image shows (alt="" if '
        "decorative)"
    )
    assert found.help_url == "https://dequeuniversity.com/rules/image-alt"


def test_render_htmlcs_issue_without_selector() -> None:
    raw = {**raw_htmlcs(), "selector": ""}
    line = render_issue(issue("/", raw))
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


def result_with(*issues: A11yIssue | None, failures: tuple[LoadFailure, ...] = ()) -> A11yResult:
    return A11yResult(pages=("/", "/bad/"), issues=tuple(i for i in issues if i), failures=failures)


def issue(page: str, raw: Any, rules: dict[str, Any] | None = None) -> A11yIssue:
    found = issue_from_pa11y(page, raw, rules)
    assert found is not None
    return found


@pytest.mark.parametrize(
    ("result", "passed", "summary"),
    [
        (result_with(), True, "passed: 2 pages, 0 errors, 0 warnings, 0 pages not loaded"),
        (
            result_with(issue("/bad/", raw_axe(type_="warning"))),
            True,
            "passed: 2 pages, 0 errors, 0 warnings, 0 pages not loaded (1 thing to review by hand",
        ),
        (
            result_with(issue("/bad/", raw_axe(), {"image-alt": "warning"})),
            True,
            "passed: 2 pages, 0 errors, 1 warning, 0 pages not loaded",
        ),
        (
            result_with(issue("/bad/", raw_axe())),
            False,
            "FAILED: 2 pages, 1 error, 0 warnings, 0 pages not loaded",
        ),
        (
            result_with(failures=(LoadFailure("/bad/", "HTTP 404"),)),
            False,
            "FAILED: 2 pages, 0 errors, 0 warnings, 1 page not loaded",
        ),
    ],
)
def test_summary(result: A11yResult, passed: bool, summary: str) -> None:
    assert result.passed is passed
    assert summary in render_summary(result)


@pytest.mark.parametrize(
    ("raw_type", "rules", "level"),
    [
        ("error", {}, "error"),
        ("error", {"image-alt": "warning"}, "warning"),
        ("error", {"image-alt": "off"}, None),
        ("warning", {}, "review"),
        ("notice", {}, "notice"),
        ("warning", {"image-alt": "error"}, "review"),  # a review never becomes an error
    ],
)
def test_rule_levels(raw_type: str, rules: dict[str, Any], level: str | None) -> None:
    found = issue_from_pa11y("/", raw_axe(type_=raw_type), rules)
    assert (found.type if found else None) == level


def test_htmlcs_levels_match_by_prefix() -> None:
    rules: dict[str, Any] = {"WCAG2AA.Principle1.Guideline1_1": "off"}
    assert issue_from_pa11y("/", raw_htmlcs(), rules) is None


def test_render_result_lists_failures_then_errors_not_warnings() -> None:
    result = result_with(
        issue("/bad/", raw_axe(type_="warning", code="region")),
        issue("/bad/", raw_axe()),
        failures=(LoadFailure("/gone/", "HTTP 404"),),
    )
    lines = render_result(result)
    assert len(lines) == 3
    assert lines[0].startswith("/gone/:")
    assert lines[1].startswith("/bad/: [axe image-alt]")
    assert lines[2].startswith("Accessibility check FAILED")


def test_axe_criterion_comes_from_its_tags() -> None:
    raw = raw_axe(code="target-size")
    raw["runnerExtras"]["tags"] = ["cat.sensory-and-visual-cues", "wcag22aa", "wcag258"]
    found = issue("/", raw)
    assert found.criterion == "WCAG 2.5.8"
    assert "24 by 24 pixels" in found.fix


def sample_issues() -> list[A11yIssue]:
    return [
        issue("/bad/", raw_axe()),
        issue("/bad/", raw_axe(code="color-contrast", selector="p")),
        issue("/bad/", raw_htmlcs()),
        issue("/bad/", raw_axe(code="region", type_="warning")),
        issue("/", raw_htmlcs(type_="notice")),
    ]


def test_report_dict_shape() -> None:
    data = report_dict(
        result_with(*sample_issues(), failures=(LoadFailure("/gone/", "HTTP 404"),)), A11yConfig()
    )
    assert list(data) == [
        "standard", "axe_tags", "runners", "tested_on", "summary", "rules", "review_groups",
        "load_failures", "pages",
    ]  # fmt: skip
    assert data["summary"] == {
        "passed": False,
        "pages": 2,
        "errors": 3,
        "warnings": 0,
        "load_failures": 1,
        "review": 1,
        "notices": 1,
    }
    assert data["load_failures"] == [{"page": "/gone/", "reason": "HTTP 404"}]
    home, bad = data["pages"]
    assert home == {"page": "/", "errors": [], "warnings": [], "review": [], "notices": 1}
    assert [e["rule"] for e in bad["errors"]] == ["color-contrast", "image-alt", H37]
    assert bad["errors"][2]["criterion"] == "WCAG 1.1.1"
    assert bad["errors"][2]["engine"] == "htmlcs"
    assert bad["errors"][1]["element"] == "img.logo"
    assert [w["rule"] for w in bad["review"]] == ["region"]
    assert [(r["rule"], r["count"], r["pages"]) for r in data["rules"]] == [
        ("color-contrast", 1, 1), ("image-alt", 1, 1), (H37, 1, 1)
    ]  # fmt: skip


def test_report_is_deterministic(tmp_path: Path) -> None:
    issues = sample_issues()
    first = write_report(result_with(*issues), A11yConfig(), tmp_path / "a")
    second = write_report(result_with(*reversed(issues)), A11yConfig(), tmp_path / "b")
    assert first.name == "report.json"
    assert first.read_bytes() == second.read_bytes()
    assert first.read_text(encoding="utf-8").endswith("}\n")
    assert json.loads(first.read_text(encoding="utf-8"))["summary"]["errors"] == 3


def test_html_report_is_deterministic_and_lists_each_finding(tmp_path: Path) -> None:
    issues = sample_issues()
    result = replace(result_with(*issues), tested_on=dt.date(2022, 11, 30))
    first = render_html_report(result, A11yConfig())
    again = render_html_report(replace(result, issues=tuple(reversed(result.issues))), A11yConfig())
    assert first == again
    assert '<html lang="en-GB">' in first
    assert "Last tested: 2022-11-30" in first
    assert "<code>color-contrast</code>" in first
    assert "WCAG 1.1.1" in first
    assert first.count("<h1>") == 1


def test_assemble_maps_pages_and_levels() -> None:
    targets = [Target(page, page.lstrip("/"), None) for page in ("/", "/bad/", "/gone/")]
    results = {"/": [], "/bad/": [raw_axe(), raw_axe(code="region")]}
    config = A11yConfig(rules={"region": "off"})
    result = assemble(targets, results, {"/gone/": "HTTP 404 File not found"}, config)
    assert result.pages == ("/", "/bad/", "/gone/")
    assert [(i.page, i.code) for i in result.errors] == [("/bad/", "image-alt")]
    assert result.failures == (LoadFailure("/gone/", "HTTP 404 File not found"),)


def test_review_items_are_grouped_by_rule_with_pages_and_what_to_look_at() -> None:
    contrast = {**raw_htmlcs("warning"), "code": "WCAG2AA.Principle1.Guideline1_4.1_4_3.G18.Abs"}
    result = result_with(
        issue("/", contrast),
        issue("/bad/", contrast),
        issue("/bad/", {**contrast, "selector": "p.other"}),
        issue("/bad/", raw_axe("region", type_="warning")),
        issue("/bad/", raw_axe()),  # an error: never a review item
    )
    groups = review_groups(result.issues)
    assert [(g.engine, g.count, g.pages) for g in groups] == [
        ("htmlcs", 3, ("/", "/bad/")),
        ("axe", 1, ("/bad/",)),
    ]
    assert "4.5:1" in groups[0].look_at
    assert groups[1].look_at == "check this on each page listed: rule region broken"
    assert "(2 things to review by hand" in render_summary(result)
    data = report_dict(result, A11yConfig())
    assert data["review_groups"][0]["pages"] == ["/", "/bad/"]
    assert "What to look at" in render_html_report(result, A11yConfig())
