"""Check the project's source folders before anything reads them.

Every later reader (MkDocs, our plugins, the build date) can then take a
page for a UTF-8 file inside the project: a file saved in Windows-1252, a
folder named like a page, or a link to a file elsewhere on the machine is
one problem line here, never a traceback or a published secret.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from strategy_site.inputs.files import Unreadable, check_inside, decode
from strategy_site.problems import Problem, shown_path

TEXT_SUFFIXES = (".md", ".markdown", ".yml", ".yaml", ".csv", ".txt", ".j2", ".html", ".css")
"""Files the comms team edits as text: each must be UTF-8."""


def source_problems(root: Path, folders: Iterable[Path]) -> list[Problem]:
    """One problem per unusable entry in `folders` (each inside `root`)."""
    seen: set[Path] = set()
    problems = []
    for folder in folders:
        if not folder.exists() or folder in seen:
            continue
        seen.add(folder)
        problems += [p for path in _entries(folder) if (p := _problem(path, root))]
    return problems


def _entries(folder: Path) -> Iterator[Path]:
    """Every file and folder under `folder`, without following links (they are checked)."""
    if folder.is_file():
        yield folder
        return
    for top, dirs, files in os.walk(folder, followlinks=False):
        dirs.sort()
        here = Path(top)
        for name in dirs:
            yield here / name
        for name in sorted(files):
            yield here / name


def _problem(path: Path, root: Path) -> Problem | None:
    if path.is_symlink():
        if not path.exists():
            return Problem(
                shown_path(path),
                None,
                "is a link to a file that does not exist",
                "delete the link, or copy the real file here",
            )
        return check_inside(path, root)
    if path.is_dir():
        if path.suffix.lower() in (".md", ".markdown"):
            return Problem(
                shown_path(path),
                None,
                "is a folder, but its name ends in .md like a page",
                "rename the folder, or replace it with the page of that name",
            )
        return None
    if not path.is_file():
        return Problem(
            shown_path(path),
            None,
            "is not a normal file",
            "remove it from the project folder",
        )
    if path.suffix.lower() in TEXT_SUFFIXES:
        try:
            decode(path.read_bytes(), shown_path(path))
        except Unreadable as unreadable:
            return unreadable.problem
        except OSError as error:
            reason = (error.strerror or "it cannot be opened").lower()
            return Problem(shown_path(path), None, f"cannot be read: {reason}", "check the file")
    return None
