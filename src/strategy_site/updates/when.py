"""Dates as precise as the source says: a year, a month or a day.

The council's report dates some steps only to a year ("2019"); an update
must not claim a day it does not know. Feeds, which need an instant, use the
start of the period in the site's time zone.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

_PATTERN = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2}))?)?$")


@dataclass(frozen=True)
class When:
    """A year, a month of a year, or a day."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: object) -> When:
        """Read YAML's value for `date:` (an int, a 'YYYY-MM' string or a date)."""
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return cls(value.year, value.month, value.day)
        match = _PATTERN.match(str(value).strip()) if isinstance(value, (int, str)) else None
        if not match:
            raise ValueError(f"'{value}' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = (int(g) if g else None for g in match.group("year", "month", "day"))
        assert year is not None
        when = cls(year, month, day)
        when.first_day()  # raises ValueError for month 13 or 31 February
        return when

    @property
    def sort_key(self) -> tuple[int, int, int]:
        """Orders a year before any month or day in it."""
        return (self.year, self.month or 0, self.day or 0)

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def start(self, zone: ZoneInfo) -> dt.datetime:
        """The first moment of the period, in `zone`: what feeds publish."""
        return dt.datetime.combine(self.first_day(), dt.time(), tzinfo=zone)

    def iso(self) -> str:
        """For `<time datetime>`: as precise as known."""
        parts = [f"{self.year:04d}", f"{self.month:02d}" if self.month else "", ""]
        if self.day:
            parts[2] = f"{self.day:02d}"
        return "-".join(p for p in parts if p)

    def display(self) -> str:
        """In words, British style: '2019', 'December 2022', '8 November 2022'."""
        if self.month is None:
            return str(self.year)
        month = self.first_day().strftime("%B")
        return f"{self.day} {month} {self.year}" if self.day else f"{month} {self.year}"
