"""Shared fixtures: tiny real projects (both sites) built in tmp_path."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from textwrap import dedent

import pytest

REPO = Path(__file__).resolve().parent.parent

MAIN_CONFIG = """\
site_name: Tiny strategy
site_url: https://tiny.example.org/
docs_dir: content
site_dir: site
strict: true
validation:
  omitted_files: warn
  absolute_links: warn
  unrecognized_links: warn
  anchors: warn
theme:
  name: material
  custom_dir: {overrides}
  language: en
  font: false
markdown_extensions:
  - attr_list
  - md_in_html
plugins:
  - search
  - strategy/pages
  - strategy/updates:
      per_page: 2
  - strategy/feeds
  - strategy/comms
  - strategy/pairing:
      counterpart: mkdocs.easy-read.yml
      declares: true
      exempt: [updates/]
      link_text: Easy read version
"""

EASY_CONFIG = """\
site_name: Tiny strategy easy read
site_url: https://tiny.example.org/easy-read/
docs_dir: easy_read
site_dir: site/easy-read
strict: true
validation:
  omitted_files: warn
  absolute_links: warn
  unrecognized_links: warn
  anchors: warn
theme:
  name: material
  custom_dir: {overrides}
  language: en
  font: false
extra:
  easy_read: true
markdown_extensions:
  - attr_list
  - md_in_html
  - strategy_site.easy_read.blocks
plugins:
  - search
  - strategy/pages
  - strategy/pairing:
      counterpart: mkdocs.yml
      declares: false
      link_text: Full version
  - strategy/easy_read
"""

PAGES = {
    "content/index.md": """\
        ---
        title: Tiny strategy
        description: A tiny strategy for tests.
        easy_read: index.md
        ---
        # Tiny strategy

        Read about [our first priority](priorities/first.md).
        """,
    "content/priorities/first.md": """\
        ---
        title: First priority
        description: The first priority.
        easy_read: priorities/first.md
        ---
        # First priority

        Back to the [home page](../index.md).
        """,
    "easy_read/index.md": """\
        ---
        title: Tiny plan
        description: The tiny plan in easy read.
        ---
        # Tiny plan

        /// idea | A group of friends
            icon: material/account-group

        Everyone is included.
        ///
        """,
    "easy_read/priorities/first.md": """\
        ---
        title: First thing
        description: The first thing in easy read.
        ---
        # First thing

        /// idea | A school building
            icon: material/school

        Children learn together.
        ///
        """,
}


@dataclass
class TinyProject:
    """A project folder with both sites, and helpers to change it."""

    root: Path

    @property
    def config(self) -> Path:
        return self.root / "mkdocs.yml"

    def write(self, relative: str, text: str) -> Path:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(dedent(text), encoding="utf-8")
        return path

    def update(self, name: str, body: str = "", **fields: str) -> Path:
        """Write content/updates/<name>.md; `fields` are front matter values as YAML text."""
        meta = {
            "title": name.replace("-", " ").capitalize(),
            "date": "2022-11-08",
            "summary": f"Summary of {name}.",
            "priorities": "[first]",
            "audiences": "[families]",
            **fields,
        }
        front = "".join(f"{key}: {value}\n" for key, value in meta.items())
        body = body or "Read about [the first priority](../priorities/first.md)."
        return self.write(
            f"content/updates/{name}.md", f"---\n{front}---\n# {meta['title']}\n\n{body}\n"
        )

    def read(self, relative: str) -> str:
        return (self.root / relative).read_text(encoding="utf-8")


@pytest.fixture
def tiny(tmp_path: Path) -> Iterator[TinyProject]:
    """A tiny real project in tmp_path, with the working directory set to it."""
    project = TinyProject(tmp_path / "project")
    overrides = (REPO / "site_overrides").as_posix()
    project.write("mkdocs.yml", MAIN_CONFIG.format(overrides=overrides))
    project.write("mkdocs.easy-read.yml", EASY_CONFIG.format(overrides=overrides))
    for relative, text in PAGES.items():
        project.write(relative, text)
    old = Path.cwd()
    os.chdir(project.root)
    try:
        yield project
    finally:
        os.chdir(old)


def file_digests(root: Path, folders: tuple[str, ...] = ("site", "dist")) -> dict[str, str]:
    """A hash of every file in the published folders, to prove a build changed none."""
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for top in folders
        for p in sorted((root / top).rglob("*"))
        if p.is_file()
    }
