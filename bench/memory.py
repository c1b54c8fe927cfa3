"""Peak memory of this process's children (Node and every Chromium process), for the bench.

Linux only: it reads /proc. Each process counts its proportional set size (PSS), so
pages that Chromium's processes share are not counted once per process.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

PROC = Path("/proc")


def _children(pid: int) -> list[int]:
    """A process's children; none if it has gone (even while its tasks are listed)."""
    found: list[int] = []
    try:
        tasks = list((PROC / str(pid) / "task").iterdir())
    except OSError:
        return found
    for task in tasks:
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def descendants(pid: int) -> list[int]:
    """Every process below `pid`."""
    seen, todo = [], _children(pid)
    while todo:
        child = todo.pop()
        seen.append(child)
        todo += _children(child)
    return seen


def pss_bytes(pid: int) -> int:
    """A process's proportional set size, 0 if it is gone."""
    try:
        for line in (PROC / str(pid) / "smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        return 0
    return 0


class PeakMemory:
    """Samples the children's total PSS every `interval` seconds while in a `with` block."""

    def __init__(self, interval: float = 0.1) -> None:
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = os.getpid()
        while not self._stop.wait(self.interval):
            self.peak = max(self.peak, sum(pss_bytes(p) for p in descendants(me)))

    def __enter__(self) -> PeakMemory:
        if PROC.is_dir():
            self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()
