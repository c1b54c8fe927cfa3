"""Read comms/channels.yml into typed settings, with one problem line per bad value.

MkDocs' Config.validate() stops at a sub-config's first failure; the comms
team should see every bad value at once, each at its line, so values are
checked one by one against the schema before the real validation runs.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.base import ValidationError
from slugify import slugify

from strategy_site.comms import yamlmap
from strategy_site.comms.channels import CHANNELS, EMAIL_SOURCE, Channel
from strategy_site.comms.config import ChannelsFile, Invalid
from strategy_site.comms.yamlmap import Mapped, Path_
from strategy_site.problems import Problem, shown_path

FILE_NAME = "channels.yml"


@dataclass(frozen=True)
class Settings:
    """What channels.yml says, with every default filled in."""

    channels: tuple[Channel, ...]
    hashtags: tuple[str, ...]
    campaign: str
    social_medium: str
    email_medium: str
    sources: Mapping[str, str]
    sender_name: str
    sender_address: str
    limits: Mapping[str, int]
    emoji: Mapping[str, str]
    post_time: dt.time
    zone: ZoneInfo
    file: str
    """channels.yml as the comms team would type its path, for problem lines."""

    def limit(self, channel: Channel) -> int:
        return self.limits.get(channel.name, channel.default_limit)

    def source(self, channel: str) -> str:
        return self.sources.get(channel, channel)

    def moment(self, day: dt.date) -> dt.datetime:
        """When something dated `day` goes out: the configured time, in the configured zone."""
        return dt.datetime.combine(day, self.post_time, tzinfo=self.zone)


class SettingsFailed(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems


def load_settings(folder: Path, site_name: str) -> Settings:
    """Settings from `folder`/channels.yml (all defaults when there is none)."""
    path = folder / FILE_NAME
    shown = shown_path(path)
    text = path.read_text(encoding="utf-8-sig") if path.is_file() else ""
    mapped = yamlmap.parse(text)
    problems = problems_in(mapped, shown)
    if problems:
        raise SettingsFailed(problems)
    config = ChannelsFile(config_file_path=str(path))
    config.load_dict(mapped.data or {})
    failed, _ = config.validate()
    if failed:  # the checks above should have caught it; say it all the same
        raise SettingsFailed(
            [Problem(shown, None, f"'{k}': {e}", "see the README") for k, e in failed]
        )
    return _settings(config, site_name, shown)


def problems_in(mapped: Mapped, file: str) -> list[Problem]:
    """Every problem in a parsed channels.yml, each at its line."""
    if mapped.error:
        line, what = mapped.error
        return [Problem(file, line, what, "check quotes, colons and indentation on that line")]
    if mapped.data is None:
        return []
    if not isinstance(mapped.data, dict):
        return [Problem(file, 1, "must be 'setting: value' lines", "see comms/channels.yml")]
    problems = _check_group(mapped.data, ChannelsFile, (), mapped, file)
    return problems + _limit_ceilings(mapped, file)


def _check_group(
    data: Mapping[str, Any], schema: type[base.Config], path: Path_, mapped: Mapped, file: str
) -> list[Problem]:
    known = [name for name, _ in schema._schema]
    problems = [
        _unknown(str(key), known, (*path, str(key)), mapped, file)
        for key in data
        if key not in known
    ]
    for name, option in schema._schema:
        if name in data:
            problems += _check_value(option, data[name], (*path, name), mapped, file)
    return problems


def _check_value(
    option: base.BaseConfigOption[Any], value: Any, path: Path_, mapped: Mapped, file: str
) -> list[Problem]:
    """Groups and collections are checked item by item, so each bad item gets its own line."""
    if isinstance(option, c.SubConfig) and isinstance(value, dict):
        return _check_group(value, option.config_class, path, mapped, file)
    if isinstance(option, c.ListOfItems) and isinstance(value, list):
        items = enumerate(value)
        return [p for i, v in items for p in _one(option.option_type, v, (*path, i), mapped, file)]
    if isinstance(option, c.DictOfItems) and isinstance(value, dict):
        return _check_map(option, value, path, mapped, file)
    return _one(option, value, path, mapped, file)


def _check_map(
    option: c.DictOfItems[Any], value: dict[str, Any], path: Path_, mapped: Mapped, file: str
) -> list[Problem]:
    """Each key must be a channel; each value is checked at its own line."""
    keys = getattr(option, "keys", ())
    unknown = [
        Problem(
            file,
            mapped.line((*path, k)),
            f"'{k}' is not a channel",
            f"use one of: {', '.join(keys)}",
        )
        for k in value
        if keys and k not in keys
    ]
    return unknown + [
        p
        for k, item in value.items()
        for p in _one(option.option_type, item, (*path, k), mapped, file)
    ]


def _one(
    option: base.BaseConfigOption[Any], value: Any, path: Path_, mapped: Mapped, file: str
) -> list[Problem]:
    try:
        option.validate(value)
    except Invalid as error:
        return [Problem(file, mapped.line(path), f"{_name(path)}: {error}", error.fix)]
    except ValidationError as error:
        fix = f"see the comments in {FILE_NAME} and the README's 'Comms pack' section"
        return [Problem(file, mapped.line(path), f"{_name(path)} is not valid: {error}", fix)]
    return []


def _unknown(key: str, known: list[str], path: Path_, mapped: Mapped, file: str) -> Problem:
    close = difflib.get_close_matches(key, known, n=1)
    fix = f"did you mean '{close[0]}'?" if close else f"use one of: {', '.join(known)}"
    return Problem(file, mapped.line(path), f"unknown setting '{_name(path)}'", fix)


def _limit_ceilings(mapped: Mapped, file: str) -> list[Problem]:
    limits = mapped.data.get("limits")
    if not isinstance(limits, dict):
        return []
    return [
        Problem(
            file,
            mapped.line(("limits", name)),
            f"limits.{name} is {value}, above {CHANNELS[name].label}'s own limit of "
            f"{CHANNELS[name].max_limit:,}",
            f"use at most {CHANNELS[name].max_limit}",
        )
        for name, value in limits.items()
        if name in CHANNELS and isinstance(value, int) and value > CHANNELS[name].max_limit
    ]


def _name(path: Path_) -> str:
    return ".".join(str(p) for p in path)


def _settings(config: ChannelsFile, site_name: str, file: str) -> Settings:
    utm, sender, schedule = config.utm, config.sender, config.schedule
    return Settings(
        channels=tuple(CHANNELS[name] for name in dict.fromkeys(config.channels)),
        hashtags=tuple(dict.fromkeys(config.hashtags)),
        campaign=utm.campaign or slugify(re.sub("['\u2019]", "", site_name)) or "updates",
        social_medium=utm.social_medium,
        email_medium=utm.email_medium,
        sources={EMAIL_SOURCE: EMAIL_SOURCE, **utm.sources},
        sender_name=sender.name or site_name,
        sender_address=sender.address,
        limits=dict(config.limits),
        emoji=dict(config.emoji),
        post_time=schedule.time,
        zone=ZoneInfo(schedule.timezone),
        file=file,
    )
