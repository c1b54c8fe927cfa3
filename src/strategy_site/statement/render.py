"""Pure renderer: the statement's Markdown, with every section of the UK model statement
(Public Sector Bodies (Websites and Mobile Applications) Accessibility Regulations 2018)."""

from __future__ import annotations

import datetime as dt

import yaml

from strategy_site.a11y.config import DEFAULT_RUNNERS
from strategy_site.a11y.report.statement import StatementFacts, compliance
from strategy_site.statement.model import StatementData

Results = StatementFacts
"""What the last automated check found (see a11y.report.statement)."""


def status(data: StatementData, results: Results | None) -> str:
    """The check's results and the known issues, through the one compliance rule."""
    return compliance(results, len(data.known_issues))


def day(date: dt.date) -> str:
    """'27 November 2026'."""
    return f"{date.day} {date:%B %Y}"


def statement_markdown(
    site_name: str, site_url: str, data: StatementData, results: Results | None
) -> str:
    """The whole page: pure, so two builds with the same inputs give the same page."""
    state = status(data, results)
    parts = [
        front_matter(
            title="Accessibility statement",
            description=f"How accessible {site_name} is, and how to tell us about problems.",
        ),
        "# Accessibility statement\n",
        f"This statement applies to {site_url}: the full version of the strategy and its easy "
        f"read version. The website is run by {data.organisation}.\n",
        "## Using this website\n",
        "We want as many people as possible to be able to use this website. "
        "You should be able to:\n",
        "- change colours, contrast levels and fonts using your browser or device settings\n"
        "- zoom in up to 300% without the text spilling off the screen\n"
        "- move around the whole website using just a keyboard\n"
        "- move around the website using speech recognition software\n"
        "- listen to the website using a screen reader\n",
        "We have also tried to make the text easy to understand. Every main page has an easy "
        "read version, with short sentences and a picture for each idea.\n",
        "## How accessible this website is\n",
        _known(data),
        "## Feedback and contact information\n",
        f"If you need information on this website in a different format, such as large print, "
        f"audio or braille:\n\n{data.contact}\n",
        (
            f"We will consider your request and get back to you in {data.response_time}.\n"
            if data.response_time
            else ""
        ),
        "## Reporting accessibility problems with this website\n",
        "We are always looking to improve the accessibility of this website. If you find any "
        "problems not listed on this page, or think we are not meeting accessibility "
        "requirements, please tell us in the same way.\n",
        "## Enforcement procedure\n",
        "The Equality and Human Rights Commission (EHRC) is responsible for enforcing the "
        "accessibility regulations. If you are not happy with how we respond to your complaint, "
        "contact the Equality Advisory and Support Service (EASS).\n",
        "## Technical information about this website's accessibility\n",
        f"{data.organisation} is committed to making its website accessible, in accordance "
        "with the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility "
        "Regulations 2018.\n",
        "### Compliance status\n",
        f"This website is {state} with the Web Content Accessibility Guidelines version 2.2 "
        "AA standard"
        + ("" if state == "fully compliant" else ", due to the problems listed in the next section")
        + ".\n",
        "## Non-accessible content\n",
        "### Non-compliance with the accessibility regulations\n",
        _issues(data),
        "### Disproportionate burden\n",
        _listed(
            data.disproportionate_burden,
            "We are not claiming that any fix would be a disproportionate burden.",
        ),
        "### Content that is not within the scope of the accessibility regulations\n",
        _listed(
            data.out_of_scope,
            "We know of no content on this website that is outside the scope of the regulations.",
        ),
        "## What we are doing to improve accessibility\n",
        f"{data.improving}\n",
        "## Preparation of this accessibility statement\n",
        f"This statement was prepared on {day(data.prepared_on)}. It was last reviewed on "
        f"{day(data.reviewed_on)}.\n",
        _testing(results),
    ]
    return "\n".join(p for p in parts if p)


def front_matter(**fields: str) -> str:
    """YAML front matter, quoted so that any site name (one with a colon, say) stays text."""
    return f"---\n{yaml.safe_dump(fields, allow_unicode=True, sort_keys=False, width=10**6)}---\n"


def _known(data: StatementData) -> str:
    if not data.known_issues:
        return "We know of no parts of this website that are not fully accessible.\n"
    items = "\n".join(f"- {issue.problem}" for issue in data.known_issues)
    return f"We know some parts of this website are not fully accessible:\n\n{items}\n"


def _issues(data: StatementData) -> str:
    if not data.known_issues:
        return "We know of no content that fails the accessibility regulations.\n"
    return "\n".join(
        f"- {issue.problem} This fails WCAG 2.2 success criterion {issue.criterion}. "
        f"We plan to fix it by {day(issue.fix_by)}.\n"
        for issue in data.known_issues
    )


def _listed(items: tuple[str, ...], none: str) -> str:
    return "\n".join(f"- {item}" for item in items) + "\n" if items else f"{none}\n"


ENGINE_NAMES = {"axe": "axe", "htmlcs": "HTML_CodeSniffer", "ibm": "IBM Equal Access"}
NUMBERS = {1: "one testing engine", 2: "two testing engines", 3: "three testing engines"}


def engine_names(results: Results | None) -> list[str]:
    """The testing engines the last check ran, or the default ones before any check."""
    names = [ENGINE_NAMES.get(name, name) for name in (results.engines if results else ())]
    return names or [ENGINE_NAMES[name] for name in DEFAULT_RUNNERS]


def _engines(results: Results | None) -> str:
    """'three testing engines (axe, HTML_CodeSniffer and IBM Equal Access)'."""
    names = engine_names(results)
    listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    return f"{NUMBERS.get(len(names), f'{len(names)} testing engines')} ({listed})"


def _testing(results: Results | None) -> str:
    how = (
        "Every page of both versions of the website is tested automatically each time the "
        f"website is built, before it is published: in a real web browser, with "
        f"{_engines(results)} against WCAG 2 AA, with the WCAG 2.2 rules "
        "added; by moving through every page with the Tab key, at the width of a computer "
        "screen and of a phone; at 320 pixels wide and with wider text spacing; by checking that "
        "its HTML is valid; and with our own "
        "checks of images, links, headings, tables and easy read "
        "writing. A version that fails is not published. Automated tools find only some "
        "problems, so we also rely on people telling us what they find."
    )
    if results is None:
        return f"{how}\n\nThis version has not been tested yet.\n"
    dated = f", built from content dated {day(results.last_tested)}," if results.last_tested else ""
    return (
        f"{how}\n\nThis version of the website{dated} was tested before it was published: "
        f"{results.pages_checked} pages were checked and {results.errors} errors were found.\n"
    )
