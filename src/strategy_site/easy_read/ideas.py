"""Check the idea blocks of an easy read page: line-accurate.

Every idea needs a picture that exists and alt text that says what it shows;
a block that breaks either rule would otherwise render as stray text. A picture
file (`image:`) must be an image inside the docs folder: one on another website
would be fetched from there by every reader's browser.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml
from PIL import Image

from strategy_site.easy_read.icons import OPENMOJI, icon_path, is_openmoji, usable_openmoji
from strategy_site.problems import Problem
from strategy_site.urls import on_another_site

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
    image: str = ""


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
        yield IdeaHeader(
            index + 1,
            (match["alt"] or "").strip(),
            _option(options, "icon"),
            _option(options, "image"),
        )


def _option(options: list[str], name: str) -> str:
    try:
        data = yaml.safe_load("\n".join(options)) if options else None
    except yaml.YAMLError:
        return ""
    value = data.get(name) if isinstance(data, dict) else None
    return value.strip() if isinstance(value, str) else ""


NOT_INSTALLED = "and OpenMoji is not installed"
"""The end of the problem that every OpenMoji picture has when the set is missing."""


@dataclass(frozen=True)
class Pictures:
    """Where an idea's pictures are looked for."""

    icon_dirs: tuple[Path, ...] = ()
    openmoji: Path | None = None
    """The npm package openmoji's folder (scripts/node_modules/openmoji)."""
    docs: Path | None = None
    """The docs folder: picture files must be inside it."""


def picture_of(idea: IdeaHeader) -> str:
    """What the idea shows, as the site-wide check compares it: its file or its icon."""
    return idea.image or idea.icon


def check_ideas(
    source: str, file: str, *, pictures: Pictures | None = None, page: Path | None = None
) -> list[Problem]:
    """Problems with the idea blocks of one page (`source` includes its front matter);
    `page` is its Markdown file, which `image:` paths are relative to."""
    where = pictures or Pictures()
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
        if idea.image:
            problems += _image_problems(idea, file, where, page)
        elif not idea.icon:
            problems.append(
                Problem(
                    file,
                    line,
                    "idea block has no picture",
                    "add an indented line '    icon: openmoji/<name>' (or 'image: <file>') "
                    "under the block's first line",
                )
            )
        else:
            problems += _icon_problems(idea, file, where)
    return problems


def _icon_problems(idea: IdeaHeader, file: str, where: Pictures) -> list[Problem]:
    if idea.icon.startswith(OPENMOJI) and where.openmoji is None:
        return [
            Problem(
                file,
                idea.line,
                f"picture '{idea.icon}' is an OpenMoji picture, {NOT_INSTALLED}",
                "run 'make setup' (it installs the pictures with the accessibility tools); "
                "every OpenMoji picture of the site needs it",
            )
        ]
    path = icon_path(idea.icon, where.icon_dirs, where.openmoji)
    if path is None:
        return [
            Problem(
                file,
                idea.line,
                f"picture '{idea.icon}' does not exist",
                "use 'openmoji/<name>' with a name from https://openmoji.org (such as "
                "'openmoji/school'), 'material/<name>' from "
                "https://pictogrammers.com/library/mdi/, or add the SVG to the project's "
                "icon folder",
            )
        ]
    if is_openmoji(path) and not usable_openmoji(path):
        return [
            Problem(
                file,
                idea.line,
                f"picture '{idea.icon}' cannot be drawn into the page (its file refers to "
                "its own parts)",
                "choose another OpenMoji picture",
            )
        ]
    return []


def _image_problems(
    idea: IdeaHeader, file: str, where: Pictures, page: Path | None
) -> list[Problem]:
    """A picture file must be inside the docs folder, exist, and be an image."""
    image, line = idea.image, idea.line
    if on_another_site(image):
        return [
            Problem(
                file,
                line,
                f"picture '{image}' is on another website",
                "save the picture in the docs folder (for example pictures/) and give its path",
            )
        ]
    docs = where.docs or (page.parent if page else Path.cwd())
    base = docs if image.startswith("/") or page is None else page.parent
    target = (base / image.lstrip("/")).resolve()
    if not target.is_relative_to(docs.resolve()):
        return [
            Problem(
                file,
                line,
                f"picture '{image}' is outside the docs folder",
                "put the picture inside the docs folder and give its path from this page",
            )
        ]
    if not target.is_file():
        return [
            Problem(
                file,
                line,
                f"picture '{image}' does not exist",
                "add the file, or correct the path (it is relative to this page)",
            )
        ]
    why = unreadable_image(target)
    if why:
        return [
            Problem(
                file,
                line,
                f"picture '{image}' cannot be shown: {why}",
                "save it again as a JPEG, PNG, WebP or SVG file",
            )
        ]
    return []


def unreadable_image(path: Path) -> str:
    """Why `path` is not an image a browser can show ('' when it is one)."""
    if path.suffix.lower() == ".svg":
        try:
            root = ET.parse(path).getroot()
        except (ET.ParseError, OSError) as error:
            return f"it is not a readable SVG file ({error})"
        return "" if root.tag.rsplit("}", 1)[-1] == "svg" else "it is not an SVG image"
    try:
        with Image.open(path) as picture:
            picture.verify()
            kind = picture.format
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as error:
        return f"it is not a readable image ({type(error).__name__})"
    if kind not in {"JPEG", "PNG", "GIF", "WEBP"}:
        return f"browsers do not all show {kind} images"
    return ""
