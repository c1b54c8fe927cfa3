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
    _remove(stage)
    stage.mkdir(parents=True)
    try:
        yield stage
    finally:
        _remove(stage)


def publish(stage: Path, site_dir: Path, work_dir: Path) -> None:
    """Replace `site_dir` with `stage` by two renames, the old site kept until then."""
    previous = work_dir / "previous"
    _remove(previous)
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    if site_dir.exists():
        site_dir.rename(previous)
    stage.rename(site_dir)
    _remove(previous)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()
