"""The accessibility statement: every section of the UK model, status from the results."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
import textstat
from mkdocs.utils.meta import get_data

from strategy_site.a11y.report.statement import statement_facts
from strategy_site.build import build
from strategy_site.easy_read import rules
from strategy_site.easy_read.ideas import check_ideas
from strategy_site.easy_read.text import sentences
from strategy_site.statement.easy import easy_statement_markdown, missing_easy_words
from strategy_site.statement.model import KnownIssue, StatementData, load_statement_data
from strategy_site.statement.plugin import read_results
from strategy_site.statement.render import Results, statement_markdown, status

from ..conftest import TinyProject

DATA = StatementData(
    organisation="Tiny Council",
    contact="Ask us at the front desk.",
    prepared_on=dt.date(2026, 11, 27),
    reviewed_on=dt.date(2026, 11, 28),
    improving="We test every build.",
)


def checked(pages: int, errors: int, tested: dt.date | None = None) -> Results:
    """Results of a check of `pages` pages with `errors` errors, each on its own page."""
    failures = {"WCAG 1.4.3": errors} if errors else {}
    return Results(pages, tested, failures, errors, 0, errors)


ISSUE = KnownIssue("A button is hard to reach.", "2.4.3 Focus Order", dt.date(2027, 3, 31))
SECTIONS = [
    "# Accessibility statement",
    "## Using this website",
    "## How accessible this website is",
    "## Feedback and contact information",
    "## Reporting accessibility problems with this website",
    "## Enforcement procedure",
    "## Technical information about this website's accessibility",
    "### Compliance status",
    "## Non-accessible content",
    "### Non-compliance with the accessibility regulations",
    "### Disproportionate burden",
    "### Content that is not within the scope of the accessibility regulations",
    "## What we are doing to improve accessibility",
    "## Preparation of this accessibility statement",
]


def test_every_section_of_the_model_statement_in_order() -> None:
    page = statement_markdown("Tiny", "https://tiny.example.org/", DATA, checked(9, 0))
    positions = [page.index(section) for section in SECTIONS]
    assert positions == sorted(positions)
    assert "zoom in up to 300%" in page
    assert "Equality Advisory and Support Service (EASS)" in page


@pytest.mark.parametrize(
    ("issues", "results", "expected"),
    [
        ((), checked(9, 0), "fully compliant"),
        ((ISSUE,), checked(9, 0), "partially compliant"),
        ((), checked(9, 2), "partially compliant"),
        ((), None, "not compliant"),
        ((), checked(2, 2), "not compliant"),
    ],
)
def test_status_follows_results_and_known_issues(
    issues: tuple[KnownIssue, ...], results: Results | None, expected: str
) -> None:
    data = StatementData(**{**DATA.__dict__, "known_issues": issues})
    assert status(data, results) == expected
    page = statement_markdown("Tiny", "https://tiny.example.org/", data, results)
    assert f"This website is {expected} with the Web Content Accessibility Guidelines" in page


def test_known_issue_names_criterion_and_fix_by_date() -> None:
    data = StatementData(**{**DATA.__dict__, "known_issues": (ISSUE,)})
    page = statement_markdown("Tiny", "u", data, checked(9, 0, dt.date(2022, 12, 1)))
    assert "This fails WCAG 2.2 success criterion 2.4.3 Focus Order." in page
    assert "We plan to fix it by 31 March 2027." in page
    assert (
        "This version of the website, built from content dated 1 December 2022, was tested "
        "before it was published: 9 pages were checked and 0 errors were found." in page
    )


def test_bad_data_file_lists_every_problem(tmp_path: Path) -> None:
    path = tmp_path / "accessibility.yml"
    path.write_text("organisation: X\nprepared_on: soon\nknown_issues:\n  - problem: P\n")
    data, problems = load_statement_data(path)
    assert data is None
    whats = [p.what for p in problems]
    assert "'contact' is missing" in whats
    assert "prepared_on: 'soon' is not a date" in whats
    assert "'known_issues.0.criterion' is missing" in whats
    assert "'known_issues.0.fix_by' is missing" in whats


def test_results_come_from_the_report(tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    report.write_text(
        json.dumps({"summary": {"pages": 52, "errors": 0}, "tested_on": "2022-12-01"})
    )
    assert read_results(report) == checked(52, 0, dt.date(2022, 12, 1))
    report.write_text("{broken")
    assert read_results(report) is None
    assert read_results(tmp_path / "missing.json") is None


def test_statement_page_on_both_sites_linked_from_the_footer(tiny: TinyProject) -> None:
    tiny.write(
        "accessibility.yml",
        "organisation: Tiny Council\ncontact: Ask us.\nprepared_on: 2026-11-27\n"
        "reviewed_on: 2026-11-27\nimproving: We test.\neasy_contact: You can ask us.\n",
    )
    for name, style in (("mkdocs.yml", "full"), ("mkdocs.easy-read.yml", "easy")):
        config = tiny.read(name).replace(
            "  - strategy/pairing:",
            "  - strategy/statement:\n      file: accessibility.yml\n"
            f"      style: {style}\n  - strategy/pairing:",
        )
        tiny.write(
            name,
            config + "extra:\n  footer_links:\n    - text: Accessibility statement\n"
            "      url: accessibility/\n",
        )
    build(tiny.config, check_a11y=False)

    assert "This version has not been tested yet." in tiny.read("site/accessibility/index.html")
    easy = tiny.read("site/easy-read/accessibility/index.html")
    assert "We have not checked this version of the website yet." in easy
    assert 'href="../../accessibility/">Accessibility statement' in tiny.read(
        "site/priorities/first/index.html"
    )


def test_front_matter_stays_front_matter_when_the_site_name_has_a_colon() -> None:
    """The easy read site is called "...: easy read"; unquoted, that broke the YAML and
    the page printed its own front matter above its heading."""
    page = statement_markdown("Tiny: easy read", "u", DATA, None)
    markdown, meta = get_data(page)
    assert meta == {
        "title": "Accessibility statement",
        "description": "How accessible Tiny: easy read is, and how to tell us about problems.",
    }
    assert markdown.startswith("# Accessibility statement")


def test_easy_read_statement_shows_no_front_matter(tiny: TinyProject) -> None:
    tiny.write(
        "accessibility.yml",
        "organisation: Tiny Council\ncontact: Ask us.\nprepared_on: 2026-11-27\n"
        "reviewed_on: 2026-11-27\nimproving: We test.\neasy_contact: You can ask us.\n",
    )
    config = (
        tiny.read("mkdocs.easy-read.yml")
        .replace(
            "site_name: Tiny strategy easy read",
            "site_name: 'Tiny strategy: easy read'",
        )
        .replace(
            "  - strategy/pairing:",
            "  - strategy/statement:\n      file: accessibility.yml\n      style: easy\n"
            "  - strategy/pairing:",
        )
    )
    tiny.write("mkdocs.easy-read.yml", config)
    build(tiny.config, check_a11y=False)

    html = tiny.read("site/easy-read/accessibility/index.html")
    assert "title: Accessibility statement" not in html
    assert "<title>Accessibility statement - Tiny strategy: easy read</title>" in html


def test_the_statement_names_the_engines_the_check_ran() -> None:
    """Read from report.json's "runners", our own content rules left out; before any
    check, the engines a check runs by default."""
    two = Results(9, None, {}, 0, 0, 0, engines=("axe", "htmlcs"))
    page = statement_markdown("Tiny", "u", DATA, two)
    assert "with two testing engines (axe and HTML_CodeSniffer) against WCAG 2 AA" in page
    default = statement_markdown("Tiny", "u", DATA, None)
    assert "three testing engines (axe, HTML_CodeSniffer and IBM Equal Access)" in default
    report = {"summary": {"pages": 9}, "runners": ["axe", "ibm", "strategy-site"]}
    assert statement_facts(report).engines == ("axe", "ibm")


EASY = dataclasses.replace(
    DATA,
    easy_contact="You can ask us at the front desk.",
    known_issues=(dataclasses.replace(ISSUE, easy="One button is hard to reach."),),
)


def test_the_easy_read_statement_passes_the_easy_read_rules() -> None:
    page = easy_statement_markdown(EASY, checked(9, 0))
    settings = rules.Settings(banned=rules.default_banned())
    findings = rules.check_page(page, settings)
    assert [(f.rule, f.what) for f in findings] == []
    assert check_ideas(page, "accessibility.md") == []
    text = " ".join(s.text for s in sentences(page) if not s.heading)
    assert textstat.flesch_reading_ease(text) >= 70  # the plugin's target


def test_the_easy_read_statement_says_what_the_full_one_says() -> None:
    page = easy_statement_markdown(EASY, checked(9, 0))
    assert "We checked 9 pages of this website." in page
    assert "We found no problems." in page
    assert "We know about 1 problem." in page
    assert "One button is hard to reach.\n\nWe will fix it by 31 March 2027." in page
    # one known issue: partially compliant, as the full statement says
    assert status(EASY, checked(9, 0)) == "partially compliant"
    assert "Our website follows most of these rules." in page
    clean = dataclasses.replace(EASY, known_issues=())
    assert "Our website follows all of these rules." in easy_statement_markdown(
        clean, checked(9, 0)
    )
    untested = easy_statement_markdown(clean, None)
    assert "We have not checked this version of the website yet." in untested
    assert "Our website does not follow these rules yet." in untested
    errors = easy_statement_markdown(clean, checked(9, 2))
    assert "We found 2 problems." in errors


def test_the_easy_read_statement_needs_easy_words() -> None:
    problems = missing_easy_words(dataclasses.replace(DATA, known_issues=(ISSUE,)), "a.yml")
    assert [(p.file, p.what.split(":")[0]) for p in problems] == [
        ("a.yml", "the easy read statement needs 'easy_contact'"),
        ("a.yml", "known issue 1 ('A button is hard to reach.') has no 'easy"),
    ]
