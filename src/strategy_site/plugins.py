"""How our plugins find each other: one typed lookup, and one way to learn what a
plugin wrote outside the site.

A plugin built on another (feeds and comms on updates, easy read on the
glossary) asks `find(config, UpdatesPlugin, needed_by="strategy/feeds")`: it
gets the instance, typed, or the build fails with one line saying what to add.
Where the order of events matters, the plugin that others read orders itself
with MkDocs' event priorities, so the order of `plugins:` in mkdocs.yml never
changes what is published.
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, Protocol, TypeVar, runtime_checkable

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin

from strategy_site.problems import shown_path
from strategy_site.publish import Output, Stage

P = TypeVar("P", bound="BasePlugin[Any]")


def find(config: MkDocsConfig, kind: type[P], *, needed_by: str) -> P:
    """The site's plugin of `kind`; PluginError (one line) when the site does not list it."""
    plugin = find_optional(config, kind)
    if plugin is None:
        name = plugin_name(kind)
        file = shown_path(Path(config.config_file_path or "mkdocs.yml"))
        raise PluginError(
            f"{needed_by} needs the {name} plugin: add '- {name}' to 'plugins' in {file}"
        )
    return plugin


def find_optional(config: MkDocsConfig, kind: type[P]) -> P | None:
    """The site's plugin of `kind`, or None when it does not list one."""
    for plugin in config.plugins.values():
        if isinstance(plugin, kind):
            return plugin
    return None


def plugin_name(kind: type[BasePlugin[Any]]) -> str:
    """The name a site lists the plugin by ('strategy/updates'), from its entry point."""
    target = f"{kind.__module__}:{kind.__qualname__}"
    for point in entry_points(group="mkdocs.plugins"):
        if point.value == target:
            return point.name
    return kind.__name__


@runtime_checkable
class StagedPlugin(Protocol):
    """A plugin that writes files outside the site (the comms pack, the easy read
    summary), or reads one a build writes (the statement reads the report).

    `strategy-site build` sets `stage` before the build, and the plugin writes into
    the staging folder instead (and reads what this build staged, if anything);
    afterwards the build asks it what it wrote, checks those pages and swaps them in
    with the site. With no stage (a plain `mkdocs build`), it writes in place.
    """

    stage: Stage | None

    def outputs(self) -> Sequence[Output]:
        """What this build wrote (in the stage), where it is published, and its pages."""
        ...


def set_stage(config: MkDocsConfig, stage: Stage) -> None:
    """Tell every plugin that writes outside the site to write into `stage`."""
    for plugin in config.plugins.values():
        if isinstance(plugin, StagedPlugin):
            plugin.stage = stage


def outputs_of(config: MkDocsConfig) -> list[Output]:
    """Everything the site's plugins wrote outside the site, in the order they are listed."""
    return [
        output
        for plugin in config.plugins.values()
        if isinstance(plugin, StagedPlugin)
        for output in plugin.outputs()
    ]
