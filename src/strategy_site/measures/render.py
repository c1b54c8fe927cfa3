"""Pure renderers: indicators and actions as Markdown (with the chart as raw HTML).

Each indicator with values is a figure (the chart, its caption and source), the same
figures as a table, and the CSV to download with its format and size; one without
values yet says so. Actions are counted in words and listed with their status as a
word first.
"""

from __future__ import annotations

import html
from collections.abc import Iterator, Mapping, Sequence

from strategy_site.measures import chart
from strategy_site.measures.model import Action, Indicator
from strategy_site.sizes import size_text
from strategy_site.updates.render import md_text
from strategy_site.updates.when import When

INTRO = (
    "This page shows how we will know the strategy is working: the figures we follow "
    "for each priority, and what each priority's working group said it would do."
)


def csv_path(indicator: Indicator) -> str:
    """Where an indicator's CSV is published, relative to the docs folder."""
    return f"data/{indicator.id}.csv"


def chart_path(indicator: Indicator) -> str:
    """Where an indicator's chart is published, relative to the docs folder."""
    return f"data/{indicator.id}.svg"


def size(data: str) -> str:
    """'312 bytes', '4 KB': the size of a download, in the words of its link."""
    return size_text(len(data.encode("utf-8")))


def series_of(indicator: Indicator) -> list[chart.Series]:
    """The lines of an indicator's chart: its own values, then its comparison's."""
    series = [chart.Series(indicator.label, tuple((v.period, v.value) for v in indicator.values))]
    compared = tuple((v.period, v.comparison) for v in indicator.values if v.comparison is not None)
    if indicator.comparison and compared:
        series.append(chart.Series(indicator.comparison, compared))
    return series


def has_chart(indicator: Indicator) -> bool:
    """A line needs two periods: one period's figures are said in words and tabled."""
    return len(indicator.values) >= 2


def chart_svg(indicator: Indicator) -> str:
    """The chart file: an SVG image with its title and description (see chart.py)."""
    svg = chart.line_chart(
        f"chart-{indicator.id}",
        indicator.title,
        series_of(indicator),
        indicator.unit,
        indicator.better,
    )
    return svg + "\n"


def indicator_block(indicator: Indicator, level: int, csv_href: str, chart_href: str) -> str:
    """One indicator: heading, chart in a figure, table and download; or 'no figures yet'."""
    hashes = "#" * level
    parts = [f"{hashes} {indicator.title}\n"]
    if not indicator.values:
        parts.append(
            f"{indicator.label[:1].upper()}{indicator.label[1:]} figures will be published "
            "here when they are ready."
            + (f" {indicator.notes}" if indicator.notes else "")
            + f"\n\nSource: {indicator.source}.\n"
        )
        return "\n".join(parts)
    series = series_of(indicator)
    described = chart.describe(indicator.title, series, indicator.unit, indicator.better)
    source = f"Source: {html.escape(indicator.source)}."
    if not has_chart(indicator):
        parts.append(f"{html.escape(described)} {source}\n")
    else:
        # An image of the SVG file, not the SVG itself: the words of a chart drawn in
        # the page are SVG text over a picture, whose contrast no checker can measure.
        # Its description is in the caption, for everyone.
        parts.append(_figure(indicator, chart_href, f"{html.escape(described)} {source}"))
    if indicator.notes:
        parts.append(f"{indicator.notes}\n")
    parts.append(_table(indicator))
    parts.append(
        f"[Download the figures for {indicator.title} (CSV, {size(indicator.csv)})]({csv_href})\n"
    )
    return "\n".join(parts)


def _figure(indicator: Indicator, chart_href: str, caption: str) -> str:
    return (
        f'<figure class="chart-figure" markdown>\n\n'
        f'![Line chart: {_alt(indicator.title)}]({chart_href}){{ width="480" height="300" }}\n\n'
        f"<figcaption>{caption}</figcaption>\n</figure>\n"
    )


def _alt(text: str) -> str:
    """Text made safe inside Markdown image alt text."""
    return text.replace("[", "(").replace("]", ")")


def _table(indicator: Indicator) -> str:
    # The unit goes in the caption: short headings keep the table narrow enough for a
    # phone at 320 px, where a wider table would have to scroll sideways.
    unit = f" ({indicator.unit})" if indicator.unit else ""
    names = [indicator.label, *([indicator.comparison] if indicator.comparison else [])]
    heads = ["Period", *(name[:1].upper() + name[1:] for name in names)]
    rows = [
        [v.period, chart.number(v.value)]
        + ([chart.number(v.comparison) if v.comparison is not None else "none"]
           if indicator.comparison else [])
        for v in indicator.values
    ]  # fmt: skip
    lines = [
        f"Table: {indicator.title}, by period{unit}",
        "",
        "| " + " | ".join(heads) + " |",
        "| " + " | ".join(["---"] * len(heads)) + " |",
        *("| " + " | ".join(row) + " |" for row in rows),
    ]
    return "\n".join(lines) + "\n"


def status_tag(status: str) -> str:
    """The status as a word first, in a tag the theme colours (see strategy.css)."""
    slug = status.replace(" ", "-")
    return (
        f'<strong class="status-tag status-tag--{slug}">{html.escape(status.capitalize())}</strong>'
    )


def count_done(actions: Sequence[Action]) -> str:
    """'1 of 6 actions done.'"""
    done = sum(1 for a in actions if a.status == "done")
    noun = "action" if len(actions) == 1 else "actions"
    return f"{done} of {len(actions)} {noun} done."


Reports = Mapping[str, Sequence[tuple[str, str]]]
"""Action id -> (title, link) of each update that reports on it."""


def actions_block(
    actions: Sequence[Action], level: int, as_of: str = "", reports: Reports | None = None
) -> str:
    """The actions of one priority: a count in words, then each with its status and the
    updates that report on it."""
    if not actions:
        return ""
    hashes = "#" * level
    checked = f" Statuses as at {as_of}." if as_of else ""
    items = []
    for action in actions:
        due = f"due {When.parse(action.due).display()}" if action.due else "no date set yet"
        note = f" {html.escape(action.note)}" if action.note else ""
        items.append(
            f"- {status_tag(action.status)}: {action.what} (led by {action.lead}; {due}).{note}"
        )
        for title, href in (reports or {}).get(action.id, ()):
            items.append(f"    - Update: [{md_text(title)}]({href})")
    return (
        f"{hashes} What we said we would do\n\n{count_done(actions)}{checked}\n\n"
        + "\n".join(items)
        + "\n"
    )


def by_priority(
    priority_titles: Mapping[str, str],
    indicators: Sequence[Indicator],
    actions: Sequence[Action],
) -> Iterator[tuple[str, list[Indicator], list[Action]]]:
    """(title, its indicators, its actions) of each priority that has any, in order."""
    for slug, name in priority_titles.items():
        mine = [i for i in indicators if i.priority == slug]
        doing = [a for a in actions if a.priority == slug]
        if mine or doing:
            yield name, mine, doing


def measures_page(
    title: str,
    priority_titles: Mapping[str, str],
    indicators: Sequence[Indicator],
    actions: Sequence[Action],
    csv_href: Mapping[str, str],
    chart_href: Mapping[str, str],
    as_of: str = "",
    reports: Reports | None = None,
) -> str:
    """The 'How we are doing' page: each priority's indicators and actions, in order."""
    parts = [f'---\ntitle: "{title}"\n---\n', f"# {title}\n", f"{INTRO}\n"]
    if actions:
        parts.append(f"Across the strategy: {count_done(actions)}\n")
    for name, mine, doing in by_priority(priority_titles, indicators, actions):
        parts.append(f"## {name}\n")
        parts += [indicator_block(i, 3, csv_href[i.id], chart_href[i.id]) for i in mine]
        if doing:
            parts.append(actions_block(doing, 3, as_of, reports))
    return "\n".join(parts)
