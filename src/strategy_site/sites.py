"""The sites a project builds: its main MkDocs config and the counterpart mounted inside it."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from pathlib import Path

from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig

from strategy_site.pairing.plugin import PairingPlugin
from strategy_site.plugins import find_optional


@dataclass(frozen=True)
class Site:
    """One MkDocs site and where it sits inside the published folder."""

    config_file: Path
    name: str
    docs_dir: Path
    mount: str
    """Path of this site's root inside the main site's output, '' for the main site."""


@dataclass(frozen=True)
class Project:
    """Everything one build publishes, and where."""

    root: Path
    site_dir: Path
    sites: tuple[Site, ...]

    @property
    def dist_dir(self) -> Path:
        return self.root / "dist"

    @property
    def work_dir(self) -> Path:
        """Scratch space for staging and caches, never published."""
        return self.root / ".build"


def load_project(main_config: Path) -> Project:
    """Read the main config and the counterpart it names (if built inside it)."""
    main = load_config(str(main_config))
    sites = [_site(main_config, main, "")]
    counterpart = _counterpart_file(main)
    if counterpart is not None:
        other = load_config(str(counterpart))
        mount = posixpath.relpath(Path(other.site_dir).as_posix(), Path(main.site_dir).as_posix())
        if not mount.startswith(".."):
            sites.append(_site(counterpart, other, mount))
    return Project(main_config.resolve().parent, Path(main.site_dir), tuple(sites))


def _site(config_file: Path, config: MkDocsConfig, mount: str) -> Site:
    return Site(config_file, str(config.site_name), Path(config.docs_dir), mount)


def _counterpart_file(config: MkDocsConfig) -> Path | None:
    plugin = find_optional(config, PairingPlugin)
    if plugin is None:
        return None
    return Path(plugin.config.counterpart)
