"""channels.yml: defaults, the Leeds file, and one problem line per bad value."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from strategy_site.comms.settings import SettingsFailed, load_settings

from ..conftest import REPO
from .conftest import settings_from


def test_defaults_without_a_file(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "nowhere", "Everyone's included")
    assert [c.name for c in settings.channels] == [
        "x", "bluesky", "mastodon", "facebook", "linkedin", "instagram"
    ]  # fmt: skip
    assert settings.campaign == "everyones-included"
    assert (settings.social_medium, settings.email_medium) == ("social", "email")
    assert settings.source("x") == "x" and settings.source("bulletin") == "bulletin"
    assert settings.sender_address.endswith("@example.org")
    assert settings.limits == {} and settings.limit(settings.channels[3]) == 5000
    moment = settings.moment(dt.date(2022, 11, 30))
    assert moment.isoformat() == "2022-11-30T10:00:00+00:00"
    assert settings.moment(dt.date(2022, 6, 1)).isoformat() == "2022-06-01T10:00:00+01:00"


def test_the_projects_channels_file_is_valid() -> None:
    settings = load_settings(REPO / "comms", "Everyone's included")
    assert settings.hashtags == ("#EveryonesIncluded",)
    assert settings.campaign == "everyones-included"
    assert settings.sender_address.endswith("@example.org")  # a placeholder, said so in the README


def test_values_are_read(tmp_path: Path) -> None:
    settings = settings_from(
        tmp_path,
        "channels: [facebook, x]\n"
        'hashtags: ["Everyone\'s included", "#SEND"]\n'
        "utm: {campaign: send-2027, sources: {x: twitter}}\n"
        "sender: {name: The team, address: team@example.org}\n"
        "limits: {facebook: 1000}\n"
        "schedule: {time: '09:30', timezone: Europe/Paris}\n",
    )
    assert [c.name for c in settings.channels] == ["facebook", "x"]
    assert settings.hashtags == ("#EveryonesIncluded", "#SEND")
    assert (settings.campaign, settings.source("x")) == ("send-2027", "twitter")
    assert settings.limit(settings.channels[0]) == 1000
    assert settings.moment(dt.date(2022, 1, 3)).isoformat() == "2022-01-03T09:30:00+01:00"


@pytest.mark.parametrize(
    ("text", "line", "what", "fix"),
    [
        ("channels: [x, twitter]\n", 1, "'twitter' is not a channel", "use one of: x, bluesky"),
        ("hashtags:\n  - '#everyonesincluded'\n", 2, "not in CamelCase", "'#Everyonesincluded'"),
        ("utm:\n  campaign: Everyones Included\n", 2, "not a lowercase UTM", "everyones-included"),
        ("utm:\n  sources:\n    myspace: ms\n", 3, "'myspace' is not a channel", "use one of"),
        ("sender:\n  address: nobody\n", 2, "not an e-mail address", "name@example.org"),
        ("limits:\n  x: 300\n", 2, "above X's own limit of 280", "at most 280"),
        ("limits:\n  linkedin: many\n", 2, "'many' is not a length", "whole number"),
        ("emoji:\n  facebook: love\n", 2, "not one or two emoji", "words"),
        ("schedule:\n  time: '25:00'\n", 2, "not a time of day", '"10:00"'),
        ("schedule:\n  timezone: Europe/Lundon\n", 2, "not a time zone", "Europe/London"),
        ("\n\nhashtag: ['#A']\n", 3, "unknown setting 'hashtag'", "did you mean 'hashtags'?"),
        ("utm: [a\n", 1, "not valid YAML", "closing bracket"),
    ],
)
def test_each_bad_value_is_one_problem_at_its_line(
    tmp_path: Path, text: str, line: int, what: str, fix: str
) -> None:
    with pytest.raises(SettingsFailed) as failed:
        settings_from(tmp_path, text)
    [problem] = failed.value.problems
    assert problem.file.endswith("comms/channels.yml")
    assert (problem.line, what in problem.what, fix in problem.fix) == (line, True, True)


def test_every_bad_value_is_reported_at_once(tmp_path: Path) -> None:
    with pytest.raises(SettingsFailed) as failed:
        settings_from(tmp_path, "channels: [myspace]\nsender:\n  address: x\nlimits: {x: 0}\n")
    assert [p.line for p in failed.value.problems] == [1, 3, 4]
