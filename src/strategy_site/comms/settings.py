"""Read comms/channels.yml into typed settings, with one problem line per bad value.

The file is read and checked by the one input module (`strategy_site.inputs`);
only then does MkDocs' own validation fill in the defaults.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from slugify import slugify

from strategy_site.comms.channels import CHANNELS, EMAIL_SOURCE, Channel
from strategy_site.comms.config import ChannelsFile
from strategy_site.inputs import yamlfile
from strategy_site.inputs.files import Unreadable, read_text
from strategy_site.inputs.schema import Where, check, plain
from strategy_site.inputs.yamlfile import Mapped
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
    easy_read: frozenset[str] = frozenset()
    """Channels that post the easy read words of an update that has them."""

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
    try:
        text = read_text(path) if path.exists() or path.is_symlink() else ""
    except Unreadable as unreadable:
        raise SettingsFailed([unreadable.problem]) from None
    mapped = yamlfile.parse(text)
    problems = problems_in(mapped, shown)
    if problems:
        raise SettingsFailed(problems)
    config = ChannelsFile(config_file_path=str(path))
    config.load_dict(mapped.data or {})
    failed, _ = config.validate()
    if failed:  # the checks above should have caught it; say it all the same
        raise SettingsFailed(
            [Problem(shown, None, f"'{k}' {plain(str(e))}", _FIX) for k, e in failed]
        )
    return _settings(config, site_name, shown)


_FIX = f"see the comments in {FILE_NAME} and the README's 'Comms pack' section"


def problems_in(mapped: Mapped, file: str) -> list[Problem]:
    """Every problem in a parsed channels.yml, each at its line."""
    if mapped.error:
        return [mapped.error.at(file)]
    if mapped.data is None:
        return []
    if not isinstance(mapped.data, dict):
        return [Problem(file, 1, "must be 'setting: value' lines", "see comms/channels.yml")]
    where = Where(file, mapped.line, fix=_FIX, kind="setting")
    problems = [repeat.at(file) for repeat in mapped.repeats]
    problems += check(mapped.data, ChannelsFile, where)
    return problems + _limit_ceilings(mapped, file)


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
        easy_read=frozenset(config.easy_read),
    )
