"""Build into a staging folder and swap it in only when everything passed.

The staging folder mirrors the project folder: the sites go to its `site/`, and
every output outside them (the comms pack, the easy read summary, the
accessibility report) to its own place in it, such as `dist/comms/`. Only when
every site built and every page passed the checks are they all swapped in, one
after the other; a failed build, or one stopped half-way, leaves `site/` and
`dist/` exactly as they were.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


class OutsideProject(ValueError):
    """An output that would be published outside the project folder."""


@dataclass(frozen=True)
class Stage:
    """Where a build writes what it will publish: `folder` mirrors the project `root`."""

    root: Path
    folder: Path

    def path(self, published: Path) -> Path:
        """Where this build writes what is published at `published` (relative to the root)."""
        target = (self.root / published).resolve()
        try:
            return self.folder / target.relative_to(self.root.resolve())
        except ValueError:
            raise OutsideProject(f"{published} is outside the project folder") from None

    def current(self, published: Path) -> Path:
        """The file this build wrote for `published` if it wrote one, else the published one."""
        try:
            staged = self.path(published)
        except OutsideProject:
            return self.root / published
        return staged if staged.exists() else self.root / published


@dataclass(frozen=True)
class Output:
    """One file or folder a build publishes: where it was staged, where it goes."""

    published: Path
    staged: Path
    pages: tuple[str, ...] = ()
    """Its HTML pages, relative to it, that people read ('' when it is one page itself)."""

    def page_files(self) -> dict[Path, Path]:
        """Each page's published path -> its staged file (for the accessibility checks)."""
        return {self.published / page: self.staged / page for page in self.pages}


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


def publish(outputs: Sequence[Output], work_dir: Path) -> None:
    """Swap every staged output in; the old ones are kept until every swap is done,
    and put back if one fails."""
    previous = work_dir / "previous"
    remove(previous)
    previous.mkdir(parents=True)
    moved: list[tuple[Output, Path, bool]] = []
    try:
        for index, output in enumerate(outputs):
            kept = previous / str(index)
            output.published.parent.mkdir(parents=True, exist_ok=True)
            if output.published.exists() or output.published.is_symlink():
                output.published.rename(kept)
            moved.append((output, kept, False))
            output.staged.rename(output.published)
            moved[-1] = (output, kept, True)
    except OSError:
        _put_back(moved)
        raise
    remove(previous)


def _put_back(moved: list[tuple[Output, Path, bool]]) -> None:
    """Undo a publish that failed half-way: every output as it was before."""
    for output, kept, swapped in reversed(moved):
        if swapped:
            remove(output.published)
        if kept.exists() or kept.is_symlink():
            kept.rename(output.published)


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
