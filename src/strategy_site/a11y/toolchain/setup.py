"""Make the checks runnable: Node.js >= 20, the pinned npm packages, and a Chromium.

Every step is idempotent and cheap once done, so the check can call it each run;
`Tools` calls it only when some page needs the browser, and says which browser and
packages a check would use without starting anything (for the cache key).
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from strategy_site.a11y.errors import ToolchainError
from strategy_site.a11y.toolchain.chromium import ensure_chromium, find_chromium
from strategy_site.a11y.toolchain.node import NodeRuntime, ensure_node
from strategy_site.a11y.toolchain.procs import Log, run_step, silent

STAMP_NAME = ".strategy-site-lock.sha256"
PA11Y_CI_BIN = Path("node_modules", "pa11y-ci", "bin", "pa11y-ci.js")
CHECK_PAGES = "check-pages.mjs"
WALKS_FOLDER = "walks"
"""Beside check-pages.mjs: the checks of how people use a page, one module each."""
RUNNERS_FOLDER = "runners"
"""Beside check-pages.mjs: engines run as pa11y runners that pa11y does not ship (IBM's)."""


@dataclass(frozen=True)
class Toolchain:
    """What the check runs: `node check_pages JOB` driving `chromium` (pa11y-ci for the bench)."""

    node: Path
    pa11y_ci: Path
    chromium: Path

    @property
    def check_pages(self) -> Path:
        """Our Node script that checks many pages in one browser."""
        return self.pa11y_ci.parents[3] / CHECK_PAGES


class Tools:
    """The toolchain of one scripts folder, made ready only when first needed."""

    def __init__(self, scripts_dir: Path, *, log: Log = silent, ready: Toolchain | None = None):
        self.scripts_dir = scripts_dir.resolve()
        self._log = log
        self._ready = ready

    def get(self) -> Toolchain:
        """The ready toolchain (installing what is missing, once)."""
        if self._ready is None:
            self._ready = ensure_toolchain(self.scripts_dir, log=self._log)
        return self._ready

    def identity(self) -> dict[str, str]:
        """What decides the engines' findings besides the page, found without running anything."""
        chromium = self._ready.chromium if self._ready else _found_chromium()
        if chromium is None:
            chromium = self.get().chromium
        return {
            "lock": lock_digest(self.scripts_dir),
            "script": _digest(self.scripts_dir / CHECK_PAGES),
            "walks": _scripts_digest(self.scripts_dir / WALKS_FOLDER),
            "runners": _scripts_digest(self.scripts_dir / RUNNERS_FOLDER),
            "chromium": _file_identity(chromium),
        }


def _found_chromium() -> Path | None:
    try:
        return find_chromium(os.environ, shutil.which, Path.home())
    except ToolchainError:
        return None


def _scripts_digest(folder: Path) -> str:
    """One hash of every script in `folder`, by name and content."""
    digest = hashlib.sha256()
    for script in sorted(folder.glob("*.mjs")):
        digest.update(f"{script.name}\0{_digest(script)}\0".encode())
    return digest.hexdigest()


def _digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "missing"


def _file_identity(path: Path) -> str:
    """A browser binary's path, size and change time: a new Chromium gets new results."""
    real = path.resolve()
    try:
        stat = real.stat()
    except OSError:
        return f"{real} missing"
    return f"{real} {stat.st_size} {stat.st_mtime_ns}"


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
    if not (scripts_dir / CHECK_PAGES).is_file():
        raise ToolchainError(
            f"{scripts_dir / CHECK_PAGES} is missing (fix: restore scripts/ from git)"
        )
    return bin_path


def ensure_toolchain(scripts_dir: Path, *, log: Log = silent) -> Toolchain:
    """Get Node.js, pa11y-ci and Chromium ready; raise `ToolchainError` saying how to fix."""
    scripts_dir = scripts_dir.resolve()
    runtime = ensure_node(log)
    pa11y_ci = ensure_packages(runtime, scripts_dir, log)
    chromium = ensure_chromium(runtime.node, scripts_dir, log)
    return Toolchain(node=runtime.node, pa11y_ci=pa11y_ci, chromium=chromium)
