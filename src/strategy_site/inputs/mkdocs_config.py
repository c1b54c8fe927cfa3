"""MkDocs' own configuration errors, as problem lines in the same shape as ours.

MkDocs says 'Config value 'plugins': Plugin 'strategy/feeds' option 'titel':
Unrecognised configuration name: titel' and points at no line. Here each one
names the line of the offending key (not its parent), says what is wrong in
words and suggests the closest valid name.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from functools import cache
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import yaml

from strategy_site.inputs import yamlfile
from strategy_site.inputs.schema import plain
from strategy_site.inputs.yamlfile import Mapped, Path_
from strategy_site.problems import Problem, shown_path

_DOCS = "https://www.mkdocs.org/user-guide/configuration/"
_VALUE = re.compile(r"Config value '(?P<key>[^']+)': (?P<error>.*)", re.S)
_PLUGIN_OPTION = re.compile(
    r"Plugin '(?P<plugin>[^']+?)(?: #\d+)?' option '(?P<option>[^']+)': (?P<error>.*)"
)
_UNRECOGNISED = re.compile(r"Unrecognised configuration name: (?P<name>.+)")
_NOT_INSTALLED = re.compile(r'The "(?P<name>[^"]+)" plugin is not installed')
_THEME = re.compile(r"Unrecognised theme name: '(?P<name>[^']+)'")
_EXTENSION = re.compile(r"Failed to load extension '(?P<name>[^']+)'")
_NO_FOLDER = re.compile(r"The path '(?P<path>[^']+)' isn't an existing directory")


class ConfigFile:
    """One MkDocs config file, with the line of each of its keys."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.shown = shown_path(path)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            text = ""
        self.mapped: Mapped = yamlfile.parse(text, tolerant=True)

    def line(self, path: Path_) -> int | None:
        return self.mapped.lines.get(path) if path else None

    def plugin_path(self, plugin: str) -> Path_:
        """Where a plugin is listed under `plugins:` (a list item, or a key of one)."""
        plugins = (
            (self.mapped.data or {}).get("plugins") if isinstance(self.mapped.data, dict) else None
        )
        if isinstance(plugins, dict):
            return ("plugins", plugin)
        for index, item in enumerate(plugins or []):
            if item == plugin:
                return ("plugins", index)
            if isinstance(item, dict) and plugin in item:
                return ("plugins", index, plugin)
        return ("plugins",)

    def problem(self, path: Path_, what: str, fix: str) -> Problem:
        line = None
        while path and line is None:
            line = self.line(path)
            path = path[:-1]
        return Problem(self.shown, line, what, fix)


def parse_error(config_file: Path, error: BaseException) -> Problem | None:
    """A YAML syntax error that stopped MkDocs reading its config, at its line."""
    cause = error.__cause__ or error.__context__
    if not isinstance(cause, yaml.YAMLError):
        return None
    mark = getattr(cause, "problem_mark", None)
    # The counterpart's config is read while loading the main one: the mark names the file.
    name = getattr(mark, "name", "")
    path = Path(name) if name and Path(name).is_file() else config_file
    text = path.read_text(encoding="utf-8-sig", errors="replace")
    return yamlfile.flaw(cause, 1, text).at(shown_path(path))


def config_problems(message: str, config_file: Path) -> list[Problem] | None:
    """The problems in one message MkDocs logged about its config, or None if not one."""
    m = _VALUE.match(message)
    if not m:
        return None
    config = ConfigFile(config_file)
    key, errors = m["key"], m["error"].strip()
    if key == "plugins":
        return [_plugin_problem(config, line) for line in _lines(errors)]
    return [_value_problem(config, key, errors)]


def _lines(errors: str) -> list[str]:
    """MkDocs joins a plugin's option errors with newlines; keep tracebacks' last line out."""
    lines = [line for line in errors.splitlines() if line.strip()]
    if lines and not _PLUGIN_OPTION.match(lines[0]):
        return [lines[0]]
    return [line for line in lines if _PLUGIN_OPTION.match(line)] or lines[:1]


def _plugin_problem(config: ConfigFile, error: str) -> Problem:
    if m := _NOT_INSTALLED.match(error):
        name = m["name"]
        return config.problem(
            config.plugin_path(name),
            f"there is no plugin called '{name}'",
            _closest(name, _installed_plugins(), "remove it from 'plugins', or install it"),
        )
    m = _PLUGIN_OPTION.match(error)
    if not m:
        return config.problem(("plugins",), f"'plugins' {plain(error)}", f"see {_DOCS}#plugins")
    plugin, option, reason = m["plugin"], m["option"], m["error"]
    where = (*config.plugin_path(plugin), option)
    if _UNRECOGNISED.match(reason):
        return config.problem(
            where,
            f"the plugin '{plugin}' has no option '{option}'",
            _closest(option, _plugin_options(plugin), "remove the line"),
        )
    return config.problem(
        where,
        f"the '{option}' option of the plugin '{plugin}' {plain(reason)}",
        f"see what '{option}' takes in the README (plugin options)",
    )


def _value_problem(config: ConfigFile, key: str, error: str) -> Problem:
    first = error.splitlines()[0].strip()
    if _UNRECOGNISED.match(first):
        return config.problem(
            (key,),
            f"'{key}' is not a setting MkDocs knows",
            _closest(key, _settings(), "remove the line"),
        )
    if m := _THEME.match(first):
        return config.problem(
            ("theme", "name"),
            f"there is no theme called '{m['name']}'",
            _closest(m["name"], _group("mkdocs.themes"), "use 'material'"),
        )
    if m := _EXTENSION.match(first):
        name = m["name"]
        path: Path_ = ("markdown_extensions", *_item_path(config, "markdown_extensions", name))
        return config.problem(
            path,
            f"there is no Markdown extension called '{name}'",
            _closest(name, _extensions(), "remove it from 'markdown_extensions'"),
        )
    if m := _NO_FOLDER.match(first):
        folder = Path(m["path"])
        near = (
            [p.name for p in folder.parent.iterdir() if p.is_dir()]
            if folder.parent.is_dir()
            else []
        )
        return config.problem(
            (key,),
            f"'{key}' names the folder '{folder.name}', which does not exist",
            _closest(folder.name, near, "create the folder or correct its name"),
        )
    return config.problem((key,), f"'{key}' {plain(first)}", f"see '{key}' in {_DOCS}")


def _item_path(config: ConfigFile, key: str, name: str) -> Path_:
    data = config.mapped.data if isinstance(config.mapped.data, dict) else {}
    for index, item in enumerate(data.get(key) or []):
        if item == name or (isinstance(item, dict) and name in item):
            return (index,)
    return ()


def _closest(name: str, known: Iterable[str], otherwise: str) -> str:
    close = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else otherwise


@cache
def _group(group: str) -> tuple[str, ...]:
    return tuple(sorted({e.name for e in entry_points(group=group)}))


def _installed_plugins() -> tuple[str, ...]:
    return _group("mkdocs.plugins")


def _extensions() -> tuple[str, ...]:
    pymdownx = ("pymdownx.details", "pymdownx.emoji", "pymdownx.superfences", "pymdownx.tabbed")
    return (*_group("markdown.extensions"), *pymdownx)


def _plugin_options(plugin: str) -> list[str]:
    for entry in entry_points(group="mkdocs.plugins"):
        if entry.name == plugin:
            try:
                cls: Any = entry.load()
                return [name for name, _ in cls.config_class._schema]
            except Exception:  # a plugin that cannot even load has no options to suggest
                return []
    return []


def _settings() -> list[str]:
    from mkdocs.config.defaults import MkDocsConfig

    return [name for name, _ in MkDocsConfig._schema]
