"""Pure renderer: 'How we are doing' in easy read, from the same files as the full page.

No chart: each figure is a big number with a picture and a sentence or two in the
indicator's easy read words ("In 2024, children waited 14 weeks. In 2022, they waited
21 weeks."), and each action says "We said we would ..." and how far it has got.
Indicators and actions without easy read words are left out (the full site's build
says which, so they can be written).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from strategy_site.easy_read.engine_pictures import MATERIAL, idea
from strategy_site.measures.chart import with_unit
from strategy_site.measures.model import Action, Indicator, Value
from strategy_site.measures.render import by_priority

SLOT = "{value}"

INTRO = (
    "This page shows how we will know if our plan is working.",
    "It shows the things we said we would do.",
)

STATUS_WORDS: Mapping[str, tuple[str, str, str]] = {
    # status -> (picture, its alt text, what it means in easy read)
    "done": ("tick", "A tick in a box", "We have done it."),
    "on track": ("tools", "A hammer and a spanner", "We are doing it now."),
    "not started": ("hourglass", "An hourglass", "We have not started it yet."),
    "at risk": ("warning", "A warning sign", "We are doing it. It might be late."),
    "delayed": ("clock", "An alarm clock", "It is late. We are still doing it."),
}


def told(indicator: Indicator) -> bool:
    """An indicator the easy read page can show: it has its easy read words, and its
    sentence if it has figures."""
    return bool(indicator.easy_title and (indicator.easy_words or not indicator.values))


def sentence(words: str, period: str, value: float | None, unit: str) -> str:
    """'In 2024, children waited 14 weeks.' (words without '{value}' are said as written)."""
    filled = words.replace(SLOT, with_unit(value, unit)) if value is not None else words
    return f"In {period}, {filled.rstrip('.')}."


def indicator_idea(indicator: Indicator, pictures: Mapping[str, str]) -> str:
    """One indicator: a big number and its sentences, or 'we do not have the numbers yet'."""
    heading = f"### {indicator.easy_title}\n"
    if not indicator.values:
        return heading + idea(
            "A bar chart",
            pictures["chart"],
            "We do not have the numbers yet.",
            "We will put them here when we have them.",
        )
    first, last = indicator.values[0], indicator.values[-1]
    numbered = SLOT in indicator.easy_words
    changed = numbered and len(indicator.values) > 1
    paragraphs = []
    if numbered:
        paragraphs.append(f"{with_unit(last.value, indicator.unit)}\n{{: .big-number }}")
    paragraphs.append(_said(indicator.easy_words, last, indicator.unit))
    if changed:
        paragraphs.append(_said(indicator.easy_words, first, indicator.unit))
    if indicator.easy_comparison and last.comparison is not None:
        paragraphs.append(
            sentence(indicator.easy_comparison, last.period, last.comparison, indicator.unit)
        )
    alt, picture = "A bar chart", "chart"
    if changed and last.value == first.value:
        paragraphs.append("This is the same.")
    elif changed:
        went_up = last.value > first.value
        alt, picture = ("A chart going up", "chart-up") if went_up else (
            "A chart going down", "chart-down"
        )  # fmt: skip
        better = went_up == (indicator.better == "higher")
        paragraphs.append("This is better." if better else "This is worse.")
    return heading + idea(alt, pictures[picture], *paragraphs)


def _said(words: str, value: Value, unit: str) -> str:
    return sentence(words, value.period, value.value, unit)


def count_done(actions: Sequence[Action]) -> str:
    """'We said we would do 6 things. We have done 1 of them.'"""
    done, count = sum(1 for a in actions if a.status == "done"), len(actions)
    if count == 1:
        return "We said we would do 1 thing.\n\n" + (
            "We have done it." if done else "We have not done it yet."
        )
    finished = (
        "We have not done any of them yet." if done == 0
        else "We have done all of them." if done == count
        else f"We have done {done} of them."
    )  # fmt: skip
    return f"We said we would do {count} things.\n\n{finished}"


def action_idea(action: Action, pictures: Mapping[str, str]) -> str:
    """'We said we would set up a group. We are doing it now.'"""
    picture, alt, words = STATUS_WORDS[action.status]
    return idea(alt, pictures[picture], f"We said we would {action.easy_what.rstrip('.')}.", words)


def easy_measures_page(
    title: str,
    priority_titles: Mapping[str, str],
    indicators: Sequence[Indicator],
    actions: Sequence[Action],
    pictures: Mapping[str, str] = MATERIAL,
) -> str:
    """The easy read 'How we are doing' page: each priority's numbers and actions."""
    shown = [i for i in indicators if told(i)]
    doing = [a for a in actions if a.easy_what]
    parts = [
        f'---\ntitle: "{title}"\n---\n',
        f"# {title}\n",
        idea("A signpost", pictures["signpost"], *INTRO),
    ]
    if doing:
        parts.append(idea("A clipboard with a list", pictures["list"], count_done(doing)))
    for name, mine, theirs in by_priority(priority_titles, shown, doing):
        parts.append(f"## {name}\n")
        parts += [indicator_idea(i, pictures) for i in mine]
        if theirs:
            parts.append("### What we said we would do\n")
            parts += [action_idea(a, pictures) for a in theirs]
    if not shown and not doing:
        parts.append("There is nothing here yet.\n")
    return "\n".join(parts)
