"""Pure renderer: an indicator's values as a static SVG line chart everyone can read.

After the Government Analysis Function's and the ONS's guidance: the chart is an
image with a title and a description that says the trend in words, its text is
text (never paths), each series is labelled where it ends and told apart by its
line style and markers as well as its colour, and every line has at least 3:1
contrast with the white background (WCAG 1.4.11). No script, no web font, no
request: the same values give the same bytes.
"""

from __future__ import annotations

import html
import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

WIDTH, HEIGHT = 480, 300
LEFT, RIGHT, TOP, BOTTOM = 56, 104, 20, 64
FONT = 20
"""Text size: the chart is drawn smaller on a phone, and its words must stay readable."""
STYLES = (
    # colour (contrast with white), dash pattern, marker
    ("#1d4f91", "", "circle"),  # 8.6:1
    ("#505a5f", "8 5", "square"),  # 7.0:1
    ("#6f2c91", "2 4", "diamond"),  # 9.7:1
)
"""One style per series, in order: the strategy's own figures first, comparisons after."""


@dataclass(frozen=True)
class Series:
    """One line: its name (labelled at its end) and its values by period, in order."""

    name: str
    points: tuple[tuple[str, float], ...]


def number(value: float) -> str:
    """'14', '2.5', '12,400': as a person would write it, never '14.0'."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.1f}".rstrip("0").rstrip(".")


def with_unit(value: float, unit: str) -> str:
    """'14 weeks', '96%', '3 pupils'."""
    if unit == "%":
        return f"{number(value)}%"
    return f"{number(value)} {unit}".strip()


def trend(series: Series, unit: str) -> str:
    """The change in words: 'went down from 21 weeks in 2022 to 14 weeks in 2024'."""
    (first_period, first), (last_period, last) = series.points[0], series.points[-1]
    if len(series.points) == 1:
        return f"was {with_unit(last, unit)} in {last_period}"
    if last == first:
        return f"stayed at {with_unit(last, unit)} from {first_period} to {last_period}"
    way = "went up" if last > first else "went down"
    return (
        f"{way} from {with_unit(first, unit)} in {first_period} "
        f"to {with_unit(last, unit)} in {last_period}"
    )


def describe(title: str, series: Sequence[Series], unit: str, better: str) -> str:
    """The chart's description: each series' change, how the first compares with each
    other one at the last period they share, and which way is better. It never works
    out a new figure (such as a gap): every number in it is one of the values."""
    main, *others = series
    sentences = [f"{title}: for {main.name}, it {trend(main, unit)}."]
    for other in others:
        sentences.append(f"For {other.name}, it {trend(other, unit)}.")
        theirs = dict(other.points)
        shared = [period for period, _ in main.points if period in theirs]
        if shared:
            period = shared[-1]
            mine, their = dict(main.points)[period], theirs[period]
            if mine == their:
                compared = f"it was the same for {main.name} as for {other.name}"
            else:
                way = "higher" if mine > their else "lower"
                compared = f"it was {way} for {main.name} than for {other.name}"
            sentences.append(f"In {period}, {compared}.")
    sentences.append("Higher is better." if better == "higher" else "Lower is better.")
    return " ".join(sentences)


def nice_top(value: float) -> tuple[float, float]:
    """A round top for the value axis, and the step between its lines (1, 2 or 5 x 10^n)."""
    if value <= 0:
        return 1.0, 0.25
    raw = value / 5
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    return step * math.ceil(value / step), step


def line_chart(chart_id: str, title: str, series: Sequence[Series], unit: str, better: str) -> str:
    """The whole <svg>: pure. `chart_id` makes its title and description ids unique on
    the page; `series` has the strategy's own values first, at most three in all."""
    if not series or not series[0].points:
        raise ValueError("a chart needs at least one value")
    periods = list(dict.fromkeys(p for s in series for p, _ in s.points))
    top, step = nice_top(max(v for s in series for _, v in s.points))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(period: str) -> float:
        if len(periods) == 1:
            return LEFT + plot_w / 2
        return LEFT + plot_w * periods.index(period) / (len(periods) - 1)

    def y(value: float) -> float:
        return TOP + plot_h * (1 - value / top)

    title_id, desc_id = f"{chart_id}-title", f"{chart_id}-desc"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'role="img" aria-labelledby="{title_id} {desc_id}" font-family="sans-serif">',
        f'<title id="{title_id}">{html.escape(title)}</title>',
        f'<desc id="{desc_id}">{html.escape(describe(title, series, unit, better))}</desc>',
    ]
    ticks = round(top / step)
    for k in range(ticks + 1):
        value = step * k
        parts.append(
            f'<line x1="{LEFT}" y1="{_n(y(value))}" x2="{LEFT + plot_w}" y2="{_n(y(value))}" '
            f'stroke="#b1b4b6" stroke-width="1"/>'
        )
        label = with_unit(value, unit) if unit == "%" else number(value)
        parts.append(
            f'<text x="{LEFT - 8}" y="{_n(y(value) + 7)}" text-anchor="end" font-size="{FONT}" '
            f'fill="#0b0c0c">{html.escape(label)}</text>'
        )
    for period in periods:
        parts.append(
            f'<text x="{_n(x(period))}" y="{HEIGHT - BOTTOM + 28}" text-anchor="middle" '
            f'font-size="{FONT}" fill="#0b0c0c">{html.escape(period)}</text>'
        )
    if unit and unit != "%":
        parts.append(
            f'<text x="{LEFT}" y="{HEIGHT - 8}" font-size="{FONT}" fill="#0b0c0c">'
            f"Values in {html.escape(unit)}</text>"
        )
    shown = series[: len(STYLES)]
    ends = _apart([y(line.points[-1][1]) + 7 for line in shown], FONT + 4)
    for index, line in enumerate(shown):
        colour, dash, marker = STYLES[index]
        coords = [(x(p), y(v)) for p, v in line.points]
        dashed = f' stroke-dasharray="{dash}"' if dash else ""
        parts.append(
            f'<polyline points="{" ".join(f"{_n(a)},{_n(b)}" for a, b in coords)}" fill="none" '
            f'stroke="{colour}" stroke-width="3"{dashed}/>'
        )
        parts += [_marker(marker, a, b, colour) for a, b in coords]
        parts.append(
            f'<text x="{_n(coords[-1][0] + 10)}" y="{_n(ends[index])}" font-size="{FONT}" '
            f'font-weight="bold" fill="{colour}">{html.escape(line.name)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _apart(heights: list[float], gap: float = 18) -> list[float]:
    """The series' end labels' heights, moved apart so that no two overlap."""
    order = sorted(range(len(heights)), key=lambda i: heights[i])
    placed = list(heights)
    for before, after in itertools.pairwise(order):
        placed[after] = max(placed[after], placed[before] + gap)
    return placed


def _marker(kind: str, cx: float, cy: float, colour: str) -> str:
    if kind == "square":
        return f'<rect x="{_n(cx - 5)}" y="{_n(cy - 5)}" width="10" height="10" fill="{colour}"/>'
    if kind == "diamond":
        corners = ((cx, cy - 7), (cx + 7, cy), (cx, cy + 7), (cx - 7, cy))
        points = " ".join(f"{_n(a)},{_n(b)}" for a, b in corners)
        return f'<polygon points="{points}" fill="{colour}"/>'
    return f'<circle cx="{_n(cx)}" cy="{_n(cy)}" r="6" fill="{colour}"/>'


def _n(value: float) -> str:
    """A coordinate with at most one decimal, the same on every machine."""
    return f"{value:.1f}".rstrip("0").rstrip(".")
