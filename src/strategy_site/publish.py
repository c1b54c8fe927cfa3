"""Build into a staging folder and swap it in only when everything passed.

A failed build, or one stopped half-way, leaves the last good site in place.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def staging_dir(work_dir: Path) -> Iterator[Path]:
    """A fresh, empty folder to build into; removed afterwards if not published."""
    stage = work_dir / "staging"
    remove(stage)
    stage.mkdir(parents=True)
    try:
        yield stage
    finally:
        remove(stage)


def publish(stage: Path, site_dir: Path, work_dir: Path) -> None:
    """Replace `site_dir` with `stage`; the old site is kept until the swap is done."""
    swap_in(stage, site_dir, work_dir / "previous")


def swap_in(new: Path, target: Path, previous: Path) -> None:
    """Replace `target` with the folder `new` by two renames (`previous` is scratch)."""
    remove(previous)
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        target.rename(previous)
    new.rename(target)
    remove(previous)


def remove(path: Path) -> None:
    """Delete a file or folder tree, if there is one."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()
