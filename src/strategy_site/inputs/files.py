"""Read a source file as text, or say in plain words why it cannot be used."""

from __future__ import annotations

from pathlib import Path

from strategy_site.problems import Problem, shown_path


class Unreadable(Exception):
    """A file the build cannot use, and the one problem line that says why."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def outside(path: Path, root: Path) -> bool:
    """True when `path`, with every link followed, is not inside `root`."""
    return not path.resolve().is_relative_to(root.resolve())


def check_inside(path: Path, root: Path) -> Problem | None:
    """A problem when `path` is (or links to) something outside the project."""
    if not outside(path, root):
        return None
    if path.is_symlink():
        what = "folder" if path.is_dir() else "file"
        return Problem(
            shown_path(path),
            None,
            f"is a link to a {what} outside the project, which is never published",
            f"copy the {what} into the project folder instead of linking to it",
        )
    return Problem(
        shown_path(path),
        None,
        "is outside the project folder, which is never published",
        "move the file into the project folder",
    )


def read_text(path: Path, root: Path | None = None) -> str:
    """The file's text (UTF-8, a byte order mark dropped), or `Unreadable`."""
    shown = shown_path(path)
    if root is not None and (problem := check_inside(path, root)):
        raise Unreadable(problem)
    if path.is_dir():
        raise Unreadable(
            Problem(
                shown,
                None,
                "is a folder where a file was expected",
                "rename the folder, or move what is in it into a file of that name",
            )
        )
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise Unreadable(
            Problem(shown, None, "does not exist", "create the file or correct its name")
        ) from None
    except OSError as error:
        reason = error.strerror or "it cannot be opened"
        raise Unreadable(
            Problem(shown, None, f"cannot be read: {reason.lower()}", "check the file")
        ) from None
    return decode(data, shown)


def decode(data: bytes, shown: str) -> str:
    """`data` as UTF-8 text, or `Unreadable` naming the line of the first bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        byte = data[error.start]
        raise Unreadable(
            Problem(
                shown,
                line,
                f"is not saved as UTF-8: the character stored as byte 0x{byte:02X} "
                "on this line cannot be read (often a curly quote or dash saved as Windows-1252)",
                "save the file again with the encoding 'UTF-8' (in Notepad: Save as, "
                "Encoding: UTF-8)",
            )
        ) from None
