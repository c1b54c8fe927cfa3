"""A progress bar while pages are checked: on a terminal only, never in CI logs."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import TextIO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

Advance = Callable[[str], None]


def wants_progress(stream: TextIO, env: Mapping[str, str]) -> bool:
    """True on an interactive terminal; False when piped, in CI (CI=true) or TERM=dumb."""
    in_ci = env.get("CI", "").strip().lower() not in ("", "0", "false", "no")
    return stream.isatty() and not in_ci and env.get("TERM") != "dumb"


@contextmanager
def progress_bar(total: int, label: str, stream: TextIO | None = None) -> Iterator[Advance]:
    """Yield a function to call once per page checked; it draws a bar when it should."""
    stream = stream or sys.stderr
    if total == 0 or not wants_progress(stream, os.environ):
        yield lambda _page: None
        return
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=Console(file=stream), transient=True) as progress:
        task = progress.add_task(label, total=total)
        yield lambda _page: progress.advance(task)
