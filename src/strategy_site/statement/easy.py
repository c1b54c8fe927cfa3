"""Pure renderer: the accessibility statement in easy read, from the same data and the
same check results as the full statement (render.py), and the same compliance rule.

Every idea has a picture and short sentences, so the page passes the easy read rules
like the pages people write. The words that only people can give (how to ask for
help, what a known problem is) come from the `easy_contact` and `easy` fields of the
statement's data file.
"""

from __future__ import annotations

from collections.abc import Mapping

from strategy_site.easy_read.engine_pictures import MATERIAL, idea
from strategy_site.problems import Problem
from strategy_site.statement.model import StatementData
from strategy_site.statement.render import Results, day, engine_names, front_matter, status

STATE = {
    "fully compliant": "Our website follows all of these rules.",
    "partially compliant": "Our website follows most of these rules.",
    "not compliant": "Our website does not follow these rules yet.",
}


def missing_easy_words(data: StatementData, file: str) -> list[Problem]:
    """What the easy read statement cannot say without a person's easy read words."""
    problems = []
    if not data.easy_contact:
        problems.append(
            Problem(
                file,
                None,
                "the easy read statement needs 'easy_contact': how to ask for help, in easy "
                "read words",
                "add 'easy_contact:' with short sentences, such as 'You can ask your school "
                "to help you.'",
            )
        )
    for number, issue in enumerate(data.known_issues, 1):
        if not issue.easy:
            problems.append(
                Problem(
                    file,
                    None,
                    f"known issue {number} ('{issue.problem[:40]}') has no 'easy:' words for "
                    "the easy read statement",
                    "add 'easy:' to it: what does not work, in one or two short sentences",
                )
            )
    return problems


def easy_statement_markdown(
    data: StatementData, results: Results | None, pictures: Mapping[str, str] = MATERIAL
) -> str:
    """The whole page: pure, so two builds with the same inputs give the same page.
    `pictures` names the picture of each idea (see easy_read.engine_pictures)."""
    parts = [
        front_matter(
            title="Accessibility statement",
            description="How easy this website is to use, and how to tell us about a problem.",
        ),
        "# Accessibility statement\n",
        idea(
            "A laptop computer",
            pictures["computer"],
            "This page tells you how easy our website is to use.",
            f"{data.organisation} runs this website.",
        ),
        "## What you can do\n",
        idea(
            "A mobile phone",
            pictures["phone"],
            "You can use this website on a phone or a computer.",
            "You can make the words on the screen easier to see.",
        ),
        idea(
            "A keyboard",
            pictures["keyboard"],
            "You can use the website with just a keyboard.",
            "A screen reader can read the website out loud to you.",
        ),
        "## How we check the website\n",
        idea(
            "A tick in a box",
            pictures["tick"],
            "We check every page before we put it on the website.",
            f"We use {len(engine_names(results))} computer programs to check each page.",
            "We also check each page with a keyboard and on a phone.",
            "We do not put a page with a problem on the website.",
        ),
        idea("A magnifying glass", pictures["look"], *_results(results)),
        "## Problems we know about\n",
        idea("A clipboard with a list", pictures["list"], *_known(data)),
        idea(
            "A rule book",
            pictures["rules"],
            "There are rules for making websites easy to use.",
            STATE[status(data, results)],
        ),
        "## Tell us about a problem\n",
        idea(
            "A person with a hand up",
            pictures["question"],
            "Do you need this page in another way?",
            "For example, in large print, audio or braille.",
            "Did you find a problem on this website?",
        ),
        idea("A telephone", pictures["telephone"], data.easy_contact),
        idea(
            "A sad face",
            pictures["sad"],
            "Are you not happy with our answer?",
            "You can contact the Equality Advisory and Support Service.",
        ),
        idea(
            "A calendar",
            pictures["calendar"],
            f"We wrote this page on {day(data.prepared_on)}.",
            f"We last checked this page on {day(data.reviewed_on)}.",
        ),
    ]
    return "\n".join(parts)


def _results(results: Results | None) -> list[str]:
    if results is None:
        return ["We have not checked this version of the website yet."]
    found = (
        "We found no problems."
        if not results.errors
        else f"We found {results.errors} problem{'' if results.errors == 1 else 's'}."
    )
    pages = results.pages_checked
    return [f"We checked {pages} page{'' if pages == 1 else 's'} of this website.", found]


def _known(data: StatementData) -> list[str]:
    if not data.known_issues:
        return ["We do not know of any other problems with this website."]
    count = len(data.known_issues)
    sentences = [f"We know about {count} problem{'' if count == 1 else 's'}."]
    for issue in data.known_issues:
        sentences += [issue.easy, f"We will fix it by {day(issue.fix_by)}."]
    return sentences
