"""Read the `strategy/a11y` plugin's options from the main mkdocs.yml, quickly.

Loading the whole MkDocs config again (theme, every plugin) takes about a second;
the gate needs only this plugin's entry, so it reads the YAML itself and validates
the entry with the plugin's own typed config (MkDocs has already validated the
whole file while building the site). Tags such as !!python/name are not needed here
and are read as nothing. A config that inherits (INHERIT:) is loaded by MkDocs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from mkdocs.config import load_config

from strategy_site.a11y.config import A11yConfig, A11yPluginConfig, from_plugin
from strategy_site.a11y.errors import CheckError

PLUGIN = "strategy/a11y"


class _Loader(yaml.SafeLoader):
    """YAML with every unknown tag read as None."""


def _nothing(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> None:
    return None


_Loader.add_multi_constructor("!", _nothing)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", _nothing)


def plugin_entry(config: dict[str, Any]) -> dict[str, Any] | None:
    """The plugin's options from a loaded config ({} when listed bare); None if not listed."""
    plugins = config.get("plugins") or []
    items = plugins.items() if isinstance(plugins, dict) else (
        next(iter(p.items())) if isinstance(p, dict) else (p, {}) for p in plugins
    )  # fmt: skip
    for name, options in items:
        if name == PLUGIN:
            return dict(options or {})
    return None


def validate(options: dict[str, Any], source: str) -> A11yConfig:
    """The checker's settings from the plugin's raw options; CheckError on a bad one."""
    typed = A11yPluginConfig(config_file_path=source)
    typed.load_dict(options)
    errors, _warnings = typed.validate()
    if errors:
        key, error = errors[0]
        raise CheckError(f"{source}: {PLUGIN} option '{key}': {error}")
    return from_plugin(typed)


def load_settings(config_file: Path) -> A11yConfig:
    """The gate's settings from the main MkDocs config (defaults when the plugin is absent)."""
    text = config_file.read_text(encoding="utf-8")
    raw = yaml.load(text, Loader=_Loader) or {}
    if not isinstance(raw, dict):
        return A11yConfig()
    if "INHERIT" in raw:
        plugin = load_config(str(config_file)).plugins.get(PLUGIN)
        return from_plugin(plugin.config) if plugin is not None else A11yConfig()
    options = plugin_entry(raw)
    return A11yConfig() if options is None else validate(options, str(config_file))
