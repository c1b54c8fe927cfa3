"""Dates exactly as precise as the source: a year, a month or a day."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from strategy_site.updates.when import When


@pytest.mark.parametrize(
    ("value", "when", "iso", "display"),
    [
        (2019, When(2019), "2019", "2019"),
        ("2022-12", When(2022, 12), "2022-12", "December 2022"),
        (dt.date(2022, 11, 8), When(2022, 11, 8), "2022-11-08", "8 November 2022"),
        ("2022-11-30", When(2022, 11, 30), "2022-11-30", "30 November 2022"),
    ],
)
def test_parse_iso_and_display(value: object, when: When, iso: str, display: str) -> None:
    parsed = When.parse(value)
    assert (parsed, parsed.iso(), parsed.display()) == (when, iso, display)


@pytest.mark.parametrize("value", ["2022-13", "2022-02-30", "last year", "22-11-08", None, 3.5])
def test_rejects_what_is_not_a_date(value: object) -> None:
    with pytest.raises(ValueError):
        When.parse(value)


def test_start_is_the_first_moment_of_the_period_in_the_zone() -> None:
    london = ZoneInfo("Europe/London")
    assert When(2022, 7).start(london) == dt.datetime(2022, 7, 1, tzinfo=london)
    assert When(2022, 7).start(london).utcoffset() == dt.timedelta(hours=1)


def test_a_year_sorts_before_a_day_in_it() -> None:
    assert When(2022).sort_key < When(2022, 1, 1).sort_key < When(2022, 11).sort_key
