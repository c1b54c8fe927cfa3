"""Measuring success as the rest of the engine sees it: indicators with their values,
and the actions of each priority with their status. Validated, typed, ready to render."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

STATUSES = ("not started", "on track", "at risk", "delayed", "done")
"""An action's status: a word first, as GOV.UK's tag component shows it."""


@dataclass(frozen=True)
class Value:
    """One row of an indicator's CSV: a period, the value, and the comparison's value."""

    period: str
    value: float
    comparison: float | None = None


@dataclass(frozen=True)
class Indicator:
    """One measure of success, from indicators.yml, with its values from <id>.csv."""

    id: str
    title: str
    priority: str
    unit: str
    better: str
    """'higher' or 'lower': which way is better."""
    source: str
    notes: str = ""
    comparison: str = ""
    """What the comparison column is, such as 'England'; '' when there is none."""
    label: str = "Leeds"
    """What the value column is: the place, or the group of people, it counts."""
    easy_title: str = ""
    easy_words: str = ""
    """For the easy read site: what it measures, and a sentence with '{value}' where its
    number goes ('children waited {value}'); '' when not written yet."""
    easy_comparison: str = ""
    """The same sentence for the comparison column ('in England, children waited {value}')."""
    values: tuple[Value, ...] = ()
    csv: str = ""
    """The values as the CSV to download (normalised: the same bytes every build)."""
    line: int = field(default=0, compare=False)
    """Its line in indicators.yml, for problems found later."""


@dataclass(frozen=True)
class Action:
    """One thing a priority's working group said it would do."""

    id: str
    priority: str
    what: str
    lead: str
    due: str
    """As precise as known: '2023', '2023-03' or '2023-03-31'; '' when no date is set."""
    status: str
    note: str = ""
    """Where the status comes from, or what it means here, in plain words."""
    easy_what: str = ""
    """What will be done in easy read words, after 'We said we would' ('set up a group')."""
    line: int = field(default=0, compare=False)
    """Its line in actions.yml."""


@dataclass(frozen=True)
class YouSaid:
    """One 'You said, we did' entry: what people said (a theme, never a person), what
    we did, when, and the pages that tell more."""

    said: str
    did: str
    when: str
    """As precise as known: '2022', '2022-11' or '2022-11-30'."""
    links: tuple[str, ...] = ()
    """Pages of the full site (docs-relative .md paths) about it."""
    easy_said: str = ""
    easy_did: str = ""
    """The same in easy read words, for the easy read site."""


@dataclass(frozen=True)
class Measures:
    """Everything measuring success is made from."""

    indicators: tuple[Indicator, ...] = ()
    actions: tuple[Action, ...] = ()
    as_of: dt.date | None = None
    """The day the actions' statuses were last checked (actions.yml `as_of`)."""
    you_said: tuple[YouSaid, ...] = ()
