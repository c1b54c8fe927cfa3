"""Make pa11y-ci runnable: Node.js >= 20, the pinned npm packages, and a Chromium.

Every step is idempotent and cheap once done, so the check can call it each run.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from strategy_site.a11y.chromium import ensure_chromium
from strategy_site.a11y.errors import ToolchainError
from strategy_site.a11y.node import NodeRuntime, ensure_node
from strategy_site.a11y.procs import Log, run_step, silent

STAMP_NAME = ".strategy-site-lock.sha256"
PA11Y_CI_BIN = Path("node_modules", "pa11y-ci", "bin", "pa11y-ci.js")


@dataclass(frozen=True)
class Toolchain:
    """What the check runs: `node pa11y_ci ...` driving `chromium`."""

    node: Path
    pa11y_ci: Path
    chromium: Path


def lock_digest(scripts_dir: Path) -> str:
    """Hash of package-lock.json: node_modules is stale when this changes."""
    lock = scripts_dir / "package-lock.json"
    try:
        return hashlib.sha256(lock.read_bytes()).hexdigest()
    except OSError as exc:
        raise ToolchainError(
            f"cannot read {lock} (fix: restore scripts/package-lock.json from git)"
        ) from exc


def needs_install(scripts_dir: Path) -> bool:
    """True when node_modules is missing, incomplete or from another lock file."""
    stamp = scripts_dir / "node_modules" / STAMP_NAME
    if not (scripts_dir / PA11Y_CI_BIN).is_file() or not stamp.is_file():
        return True
    return stamp.read_text(encoding="utf-8").strip() != lock_digest(scripts_dir)


@contextmanager
def install_lock(scripts_dir: Path) -> Iterator[None]:
    """Serialise installs when several checks start at once in the same tree."""
    key = hashlib.sha256(str(scripts_dir.resolve()).encode()).hexdigest()[:16]
    path = Path(tempfile.gettempdir()) / f"strategy-site-a11y-{key}.lock"
    with path.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def npm_ci(runtime: NodeRuntime, scripts_dir: Path, log: Log) -> None:
    """Install the locked npm packages; never download a browser or run install scripts."""
    log(f"Installing pa11y-ci with npm ci in {scripts_dir}...")
    env = {
        **os.environ,
        "PUPPETEER_SKIP_DOWNLOAD": "1",
        "PATH": f"{runtime.node.parent}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    run_step(
        [*runtime.npm, "ci", "--no-audit", "--no-fund", "--ignore-scripts"],
        what="npm ci",
        fix="check that the npm registry is reachable, then run `strategy-site setup` again",
        cwd=scripts_dir,
        env=env,
        timeout_s=900,
    )
    (scripts_dir / "node_modules" / STAMP_NAME).write_text(
        lock_digest(scripts_dir) + "\n", encoding="utf-8"
    )


def ensure_packages(runtime: NodeRuntime, scripts_dir: Path, log: Log) -> Path:
    """Return pa11y-ci's entry file, running `npm ci` only when node_modules is stale."""
    if not (scripts_dir / "package.json").is_file():
        raise ToolchainError(
            f"{scripts_dir}/package.json is missing (fix: run from the strategy-site repository)"
        )
    with install_lock(scripts_dir):
        if needs_install(scripts_dir):
            npm_ci(runtime, scripts_dir, log)
    bin_path = scripts_dir / PA11Y_CI_BIN
    if not bin_path.is_file():
        raise ToolchainError(f"npm ci did not install {bin_path} (fix: delete node_modules, retry)")
    return bin_path


def ensure_toolchain(scripts_dir: Path, *, log: Log = silent) -> Toolchain:
    """Get Node.js, pa11y-ci and Chromium ready; raise `ToolchainError` saying how to fix."""
    scripts_dir = scripts_dir.resolve()
    runtime = ensure_node(log)
    pa11y_ci = ensure_packages(runtime, scripts_dir, log)
    chromium = ensure_chromium(runtime.node, scripts_dir, log)
    return Toolchain(node=runtime.node, pa11y_ci=pa11y_ci, chromium=chromium)
