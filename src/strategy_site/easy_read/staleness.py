"""Has the detailed page changed since its easy read version was last changed or checked?

Answered from git history. A shallow clone or a file git does not know gives
'cannot tell', never a guess.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Staleness:
    """The verdict for one pair, with the dates it rests on."""

    stale: bool | None
    """None when git cannot tell."""
    detailed_changed: dt.date | None
    easy_changed: dt.date | None
    reason: str = ""


def last_commit_date(path: Path) -> dt.date | None:
    """Date of the last commit that touched `path`, or None if git has none."""
    result = _git(path.parent, "log", "-1", "--format=%cs", "--", path.name)
    return dt.date.fromisoformat(result) if result else None


def is_shallow(folder: Path) -> bool | None:
    """True in a shallow clone; None outside a git work tree."""
    answer = _git(folder, "rev-parse", "--is-shallow-repository")
    return None if answer is None else answer == "true"


def judge(detailed: Path, easy: Path, checked_on: dt.date | None) -> Staleness:
    """Stale when the detailed page's last commit is newer than the easy page's
    last commit and newer than the day it was last checked."""
    shallow = is_shallow(detailed.parent)
    if shallow is None:
        return Staleness(None, None, None, "not in a git repository")
    if shallow:
        return Staleness(None, None, None, "shallow clone: history is incomplete")
    detailed_changed, easy_changed = last_commit_date(detailed), last_commit_date(easy)
    if detailed_changed is None or easy_changed is None:
        return Staleness(None, detailed_changed, easy_changed, "not committed yet")
    kept_up = max(easy_changed, checked_on or easy_changed)
    return Staleness(detailed_changed > kept_up, detailed_changed, easy_changed)


def _git(folder: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(
            ["git", *args], cwd=folder, capture_output=True, text=True, check=False, timeout=30
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout.strip() if done.returncode == 0 else None
