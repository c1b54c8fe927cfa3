"""Find a Chromium for pa11y-ci, or install one (Debian's package as root, else puppeteer's).

An explicit path in the environment wins and must be right; then the usual system
names; then whatever puppeteer already downloaded.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Mapping
from pathlib import Path

from strategy_site.a11y.errors import ToolchainError
from strategy_site.a11y.toolchain.procs import Log, run_step, silent, try_step

ENV_VARS = ("STRATEGY_SITE_CHROMIUM", "PUPPETEER_EXECUTABLE_PATH", "CHROME_PATH")
DEBIAN_CHROMIUM = Path("/usr/bin/chromium")
SYSTEM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
CACHE_GLOBS = (
    "chrome-headless-shell/*/chrome-headless-shell-*/chrome-headless-shell",
    "chrome/*/chrome-*/chrome",
)
PUPPETEER_CLI = Path("lib", "cjs", "puppeteer", "node", "cli.js")
FIX = "install Chromium (`apt-get install chromium`) or set STRATEGY_SITE_CHROMIUM to its path"

Which = Callable[[str], str | None]


# How the checks launch Chromium.
CHROME_ARGS = (
    "--no-sandbox",
    "--headless=new",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    # Without these Chromium keeps calling home, which floods a closed network.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
)


def is_executable(path: Path) -> bool:
    """True for an existing file we may run."""
    return path.is_file() and os.access(path, os.X_OK)


def puppeteer_cache(env: Mapping[str, str], home: Path) -> Path:
    """Where puppeteer keeps the browsers it downloads."""
    configured = env.get("PUPPETEER_CACHE_DIR")
    return Path(configured) if configured else home / ".cache" / "puppeteer"


def from_env(env: Mapping[str, str]) -> Path | None:
    """The browser named by the environment; a name that is wrong is an error, not a skip."""
    for var in ENV_VARS:
        value = env.get(var)
        if not value:
            continue
        if not is_executable(Path(value)):
            raise ToolchainError(
                f"{var}={value} is not an executable file (fix: point it at Chromium or unset it)"
            )
        return Path(value)
    return None


def from_system(which: Which, fixed: Path = DEBIAN_CHROMIUM) -> Path | None:
    """/usr/bin/chromium or a browser on PATH under a usual name."""
    if is_executable(fixed):
        return fixed
    for name in SYSTEM_NAMES:
        found = which(name)
        if found and is_executable(Path(found)):
            return Path(found)
    return None


def from_cache(cache: Path) -> Path | None:
    """The newest browser puppeteer downloaded into `cache`."""
    for pattern in CACHE_GLOBS:
        found = sorted(path for path in cache.glob(pattern) if is_executable(path))
        if found:
            return found[-1]
    return None


def find_chromium(env: Mapping[str, str], which: Which, home: Path) -> Path | None:
    """Return an installed Chromium, or None."""
    return from_env(env) or from_system(which) or from_cache(puppeteer_cache(env, home))


def _install_with_apt(log: Log) -> None:
    """Install Debian's chromium package (needs root and apt-get)."""
    log("Installing Chromium with apt-get (Debian package `chromium`)...")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    run_step(["apt-get", "update"], what="apt-get update", fix=FIX, env=env, timeout_s=900)
    run_step(
        ["apt-get", "install", "-y", "chromium"],
        what="apt-get install chromium",
        fix=FIX,
        env=env,
        timeout_s=1800,
    )


def _install_with_puppeteer(node: Path, scripts_dir: Path, log: Log) -> None:
    """Download puppeteer's own chrome-headless-shell into its cache."""
    log("Downloading chrome-headless-shell with puppeteer...")
    cli = scripts_dir / "node_modules" / "puppeteer" / PUPPETEER_CLI
    env = {k: v for k, v in os.environ.items() if k != "PUPPETEER_SKIP_DOWNLOAD"}
    run_step(
        [node, cli, "browsers", "install", "chrome-headless-shell"],
        what="puppeteer browsers install chrome-headless-shell",
        fix=FIX,
        cwd=scripts_dir,
        env=env,
        timeout_s=900,
    )


def _install(node: Path, scripts_dir: Path, log: Log) -> None:
    """Install Chromium the best way this machine allows; errors name every way tried."""
    reasons: list[str] = []
    if hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        try:
            _install_with_apt(log)
            return
        except ToolchainError as exc:
            reasons.append(str(exc))
            log(f"{exc}; trying puppeteer's download instead.")
    try:
        _install_with_puppeteer(node, scripts_dir, log)
    except ToolchainError as exc:
        reasons.append(str(exc))
        raise ToolchainError("; ".join(reasons)) from exc


def check_starts(chromium: Path) -> None:
    """Fail early, with a clear line, when the browser cannot even print its version."""
    if try_step([chromium, "--version"], timeout_s=60) is None:
        raise ToolchainError(f"Chromium at {chromium} does not start (fix: {FIX})")


def ensure_chromium(node: Path, scripts_dir: Path, log: Log = silent) -> Path:
    """Return a working Chromium, installing one when none is found."""
    env, home = os.environ, Path.home()
    found = find_chromium(env, shutil.which, home)
    if found is None:
        _install(node, scripts_dir, log)
        found = find_chromium(env, shutil.which, home)
    if found is None:
        raise ToolchainError(f"Chromium was installed but cannot be found (fix: {FIX})")
    check_starts(found)
    return found
