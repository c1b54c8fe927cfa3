"""What the engines ask a person to look at, grouped by rule: a count, the pages, and
one sentence on what to look for. Thousands of single items get no review; a handful
of groups, each with something to do, do."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from strategy_site.a11y.report.hints import technique
from strategy_site.a11y.report.results import A11yIssue

# What a person should look at, for the review items the engines give most.
LOOK_AT: Mapping[str, str] = {
    "G18": "check the contrast of text the engine could not measure (over an image, a "
    "gradient or a see-through colour) reaches 4.5:1",
    "G145": "check the contrast of large text the engine could not measure reaches 3:1",
    "F24": "check that where a colour is set, the matching background (or text) colour is set too",
    "H48": "check that a set of links that reads as a list is marked up as a list",
    "G141": "check that the headings on the page are in a sensible order",
    "H42": "check that text that looks like a heading is marked up as one",
    "H39": "check that each data table's caption says what the table is about",
    "H73": "check that each data table's summary (if any) differs from its caption",
    "F87": "check that content added with CSS ::before or ::after is only decoration",
    "style_color_misuse": "check that nothing on the page is told by colour alone (a link "
    "is underlined, a state has a word or an icon as well as a colour)",
    "text_sensory_misuse": "check that words such as above, below, right, large or small "
    'in the sentences listed are not the only way to find something ("the button on the '
    'right"); ordinary uses ("the right support", "extra help") are fine',
    "text_quoted_correctly": "check that words in quotation marks that are someone's words "
    "are marked up as a quotation (a blockquote)",
    "blockquote_cite_exists": "check that each block quotation is a quotation, not "
    "indented text, and says whose words they are",
    "color-contrast": "check the contrast of the text axe could not measure (often text "
    "over an image or a see-through colour) reaches 4.5:1",
}


@dataclass(frozen=True)
class ReviewGroup:
    """Every review item of one rule."""

    engine: str
    rule: str
    criterion: str
    count: int
    pages: tuple[str, ...]
    look_at: str


def _look_at(issue: A11yIssue) -> str:
    for key in (issue.code, technique(issue.code), technique(issue.code).split(".")[0]):
        if key in LOOK_AT:
            return LOOK_AT[key]
    first = issue.message.split(". ")[0].rstrip(".")
    return f"check this on each page listed: {first[:1].lower()}{first[1:]}"


def review_groups(issues: Iterable[A11yIssue]) -> tuple[ReviewGroup, ...]:
    """The review items, one group per engine and rule, most pages first."""
    grouped: dict[tuple[str, str], list[A11yIssue]] = {}
    for issue in sorted(issues, key=lambda i: i.sort_key):
        if issue.type == "review":
            grouped.setdefault((issue.runner, issue.code), []).append(issue)
    groups = [
        ReviewGroup(
            engine=engine,
            rule=rule,
            criterion=found[0].criterion,
            count=len(found),
            pages=tuple(sorted({i.page for i in found})),
            look_at=_look_at(found[0]),
        )
        for (engine, rule), found in grouped.items()
    ]
    return tuple(sorted(groups, key=lambda g: (-len(g.pages), -g.count, g.engine, g.rule)))
