"""Typed schemas: the `strategy/comms` plugin's options and the comms team's channels.yml.

Each custom option raises `Invalid` with a fix, so a bad value in channels.yml
becomes one problem line saying how to correct it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from mkdocs.config import base
from mkdocs.config import config_options as c

from strategy_site.comms.channels import CHANNELS, DEFAULT_CHANNELS, EMAIL_SOURCE
from strategy_site.comms.counting import emoji_spans, without_emoji
from strategy_site.comms.links import camel_hashtag, is_camel_case
from strategy_site.inputs.schema import Invalid

T = TypeVar("T")


class CommsConfig(base.Config):
    """Options of the `strategy/comms` plugin."""

    settings = c.Type(str, default="comms")
    """Folder of channels.yml and templates/, relative to the folder of mkdocs.yml."""

    output = c.Type(str, default="dist/comms")
    """Where the pack is written, relative to the folder of mkdocs.yml (never inside the site)."""


class _Option(base.BaseConfigOption[T]):
    """An option with a default, checked by `run_validation`."""

    def __init__(self, default: object = None) -> None:
        super().__init__()
        self.default = default


class Channel(_Option[str]):
    """The name of a channel the pack knows."""

    def run_validation(self, value: object) -> str:
        if value not in CHANNELS:
            raise Invalid(f"'{value}' is not a channel", f"use one of: {', '.join(CHANNELS)}")
        return str(value)


class Hashtag(_Option[str]):
    """'#EveryonesIncluded', or the words ("Everyone's included") to make it from."""

    def run_validation(self, value: object) -> str:
        if not isinstance(value, str) or not value.strip("# "):
            raise Invalid(f"'{value}' is not a hashtag", "write it as '#EveryonesIncluded'")
        tag = value if re.fullmatch(r"#\w+", value) else camel_hashtag(value)
        if not is_camel_case(tag):
            raise Invalid(
                f"hashtag '{value}' is not in CamelCase, so screen readers cannot read its words",
                f"start each word with a capital letter, as in '#{tag[1:2].upper()}{tag[2:]}'",
            )
        return tag


class Lowercase(_Option[str]):
    """A UTM value: lowercase letters, digits and hyphens, so reports do not split."""

    def run_validation(self, value: object) -> str:
        if not isinstance(value, str) or not re.fullmatch(r"[a-z0-9][a-z0-9._-]*", value):
            raise Invalid(
                f"'{value}' is not a lowercase UTM value",
                f"use lowercase letters, digits and hyphens only, for example "
                f"'{re.sub(r'[^a-z0-9]+', '-', str(value).lower()).strip('-') or 'social'}'",
            )
        return value


class Address(_Option[str]):
    """An e-mail address."""

    def run_validation(self, value: object) -> str:
        if not isinstance(value, str) or not re.fullmatch(r"[^@\s<>\"]+@[^@\s<>\"]+\.\w+", value):
            raise Invalid(f"'{value}' is not an e-mail address", "write it as 'name@example.org'")
        return value


class ClockTime(_Option[dt.time]):
    """A time of day, 'HH:MM' on the 24-hour clock."""

    def run_validation(self, value: object) -> dt.time:
        if isinstance(value, int) and 0 <= value < 24 * 60:
            return dt.time(value // 60, value % 60)  # YAML 1.1 reads 10:00 as 600
        try:
            return dt.time.fromisoformat(str(value))
        except ValueError:
            raise Invalid(f"'{value}' is not a time of day", 'write it as "10:00"') from None


class TimeZone(_Option[str]):
    """An IANA time zone name."""

    def run_validation(self, value: object) -> str:
        try:
            ZoneInfo(str(value))
        except (ZoneInfoNotFoundError, ValueError):
            raise Invalid(
                f"'{value}' is not a time zone", "use a name such as 'Europe/London'"
            ) from None
        return str(value)


class Limit(_Option[int]):
    """A post length limit: a whole number, at most the platform's own (checked by key)."""

    def run_validation(self, value: object) -> int:
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise Invalid(f"'{value}' is not a length", "write a whole number, such as 280")
        return value


class Emoji(_Option[str]):
    """One or two emoji to end a channel's posts with."""

    def run_validation(self, value: object) -> str:
        if not isinstance(value, str) or not _emoji_only(value):
            raise Invalid(
                f"'{value}' is not one or two emoji",
                "use at most two emoji, and words for anything they mean",
            )
        return value


def _emoji_only(text: str) -> bool:
    return 0 < len(emoji_spans(text)) <= 2 and not without_emoji(text).strip()


class ChannelMap(c.DictOfItems[Any]):
    """A dict keyed by channel name (plus any `extra` keys)."""

    def __init__(self, option_type: base.BaseConfigOption[Any], extra: tuple[str, ...] = ()):
        super().__init__(option_type, default={})
        self.keys = (*CHANNELS, *extra)

    def run_validation(self, value: object) -> dict[str, Any]:
        result = super().run_validation(value)
        for key in result:
            self.check_key(key)
        return result

    def check_key(self, key: str) -> None:
        if key not in self.keys:
            raise Invalid(f"'{key}' is not a channel", f"use one of: {', '.join(self.keys)}")


class Utm(base.Config):
    """UTM parameters on links to the site, so its statistics show what each channel brought."""

    campaign = c.Optional(Lowercase())
    """utm_campaign of every link; the site name in lowercase words when not set."""
    social_medium = Lowercase(default="social")
    """utm_medium of links in social posts."""
    email_medium = Lowercase(default="email")
    """utm_medium of links in e-bulletins."""
    sources = ChannelMap(Lowercase(), extra=(EMAIL_SOURCE,))
    """utm_source per channel ('bulletin' for e-mails); the channel's name when not set."""


class Sender(base.Config):
    """Who the e-bulletins come from."""

    name = c.Optional(c.Type(str))
    """The sender's name; the site name when not set."""
    address = Address(default="comms@example.org")
    """The sender's address. The default is a placeholder: change it."""


class Schedule(base.Config):
    """When posts are scheduled: this time on the day of the update's date."""

    time = ClockTime(default="10:00")
    timezone = TimeZone(default="Europe/London")


class ChannelsFile(base.Config):
    """comms/channels.yml: every field is optional."""

    channels = c.ListOfItems(Channel(), default=list(DEFAULT_CHANNELS))
    """The channels in use, in the order the pack lists them."""
    hashtags = c.ListOfItems(Hashtag(), default=[])
    """Campaign hashtags added to every post."""
    utm = c.SubConfig(Utm)
    sender = c.SubConfig(Sender)
    limits = ChannelMap(Limit())
    """Longest post per channel, where lower than the default."""
    emoji = ChannelMap(Emoji())
    """An emoji to end the posts of a channel with (sparingly: most channels need none)."""
    schedule = c.SubConfig(Schedule)
    easy_read = c.ListOfItems(Channel(), default=[])
    """Channels whose posts use an update's easy read words (its easy read title and
    summary) and link to its easy read page, for an update that has one."""
