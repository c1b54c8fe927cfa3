"""Check the idea blocks of an easy read page: pure, line-accurate.

Every idea needs a picture that exists and alt text that says what it shows;
a block that breaks either rule would otherwise render as stray text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from strategy_site.easy_read.icons import icon_path
from strategy_site.problems import Problem

_HEADER = re.compile(r"^/{3,}\s*idea\b\s*(?:\|\s*(?P<alt>.*?))?\s*$")
_OPTION = re.compile(r"^ {4}\S")
_POOR_ALT = re.compile(
    r"^(an? )?(image|picture|icon|photo|graphic)( of)?\b|\.(svg|png|jpe?g)$", re.I
)


@dataclass(frozen=True)
class IdeaHeader:
    """An idea block's first lines: where it starts, its alt text and icon name."""

    line: int
    alt: str
    icon: str


def find_ideas(markdown: str) -> Iterator[IdeaHeader]:
    """Every idea block header in the page, with its options."""
    lines = markdown.splitlines()
    for index, text in enumerate(lines):
        match = _HEADER.match(text)
        if not match:
            continue
        options = []
        for following in lines[index + 1 :]:
            if not _OPTION.match(following):
                break
            options.append(following[4:])
        yield IdeaHeader(index + 1, (match["alt"] or "").strip(), _icon_option(options))


def _icon_option(options: list[str]) -> str:
    try:
        data = yaml.safe_load("\n".join(options)) if options else None
    except yaml.YAMLError:
        return ""
    icon = data.get("icon") if isinstance(data, dict) else None
    return icon if isinstance(icon, str) else ""


def check_ideas(source: str, file: str, *, icon_dirs: tuple[Path, ...] = ()) -> list[Problem]:
    """Problems with the idea blocks of one page (`source` includes its front matter)."""
    problems = []
    for idea in find_ideas(source):
        line = idea.line
        if not idea.alt:
            problems.append(
                Problem(
                    file,
                    line,
                    "idea block has no alt text for its picture",
                    "write what the picture shows after '|', as in '/// idea | A family'",
                )
            )
        elif _POOR_ALT.search(idea.alt):
            problems.append(
                Problem(
                    file,
                    line,
                    f"alt text '{idea.alt}' names the file or says 'image of'",
                    "say what the picture shows, for example 'Two friends talking'",
                )
            )
        if not idea.icon:
            problems.append(
                Problem(
                    file,
                    line,
                    "idea block has no picture",
                    "add an indented line '    icon: material/<name>' under the block's first line",
                )
            )
        elif icon_path(idea.icon, icon_dirs) is None:
            problems.append(
                Problem(
                    file,
                    line,
                    f"picture '{idea.icon}' does not exist",
                    "use an icon name from https://pictogrammers.com/library/mdi/ as "
                    "'material/<name>', or add the SVG to the project's icon folder",
                )
            )
    return problems
