"""Run a setup command and turn any failure into one clear `ToolchainError` line."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from strategy_site.a11y.errors import ToolchainError

Log = Callable[[str], None]


def silent(_message: str) -> None:
    """Default log: say nothing."""


# Closing lines that say where more is, not what went wrong.
_NOISE = ("A complete log of this run", "Run `npm install-scripts")


def last_line(text: str) -> str:
    """The last meaningful line of a command's output: usually the one that says why."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    lines = [line for line in lines if not any(noise in line for noise in _NOISE)]
    return lines[-1] if lines else "no output"


def error_line(stderr: str) -> str:
    """The line of a Node tool's stderr that says what went wrong."""
    lines = [line.strip() for line in stderr.splitlines()]
    return next((line for line in lines if line.startswith("Error:")), last_line(stderr))


def _with_fix(message: str, fix: str) -> str:
    """Append the fix, when there is one, in the house format."""
    return f"{message} (fix: {fix})" if fix else message


def run_step(
    cmd: Sequence[str | Path],
    *,
    what: str,
    fix: str,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
    timeout_s: float = 600,
) -> str:
    """Run `cmd`; return its stdout, or raise `ToolchainError` naming `what` and `fix`."""
    argv = [str(part) for part in cmd]
    try:
        done = subprocess.run(
            argv,
            cwd=cwd,
            env=None if env is None else dict(env),
            capture_output=True,
            text=True,
            timeout=timeout_s,
            check=False,
        )
    except FileNotFoundError as exc:
        raise ToolchainError(_with_fix(f"{what} failed: {argv[0]} not found", fix)) from exc
    except subprocess.TimeoutExpired as exc:
        raise ToolchainError(_with_fix(f"{what} timed out after {timeout_s:.0f}s", fix)) from exc
    if done.returncode != 0:
        why = last_line(done.stderr or done.stdout)
        raise ToolchainError(_with_fix(f"{what} failed: {why}", fix))
    return done.stdout


def try_step(cmd: Sequence[str | Path], *, timeout_s: float = 600) -> str | None:
    """Run `cmd` for a fallback chain: stdout on success, None on any failure."""
    try:
        return run_step(cmd, what="probe", fix="", timeout_s=timeout_s)
    except ToolchainError:
        return None
