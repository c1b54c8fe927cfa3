"""WeasyPrint draws with Pango, a system library pip cannot install: find it, or
install Debian's packages where we are root, the way the a11y setup installs
Chromium; otherwise say in one line what to install."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from strategy_site.a11y.errors import ToolchainError
from strategy_site.a11y.toolchain.procs import Log, run_step, silent

PACKAGES = ("libpango-1.0-0", "libpangoft2-1.0-0", "libharfbuzz-subset0", "libfontconfig1")
"""Debian's packages of the libraries WeasyPrint loads (its documentation's list)."""

FIX = (
    "install Pango (Debian and Ubuntu: `apt-get install " + " ".join(PACKAGES) + "`; "
    "macOS: `brew install pango`), then run `make build` again"
)


def weasyprint_loads() -> bool:
    """True when WeasyPrint finds its libraries (asked in a fresh Python: a failed
    load cannot be retried in this one)."""
    result = subprocess.run(
        [sys.executable, "-c", "import weasyprint"], capture_output=True, timeout=120, check=False
    )
    return result.returncode == 0


def ensure_pango(log: Log = silent) -> None:
    """Make WeasyPrint loadable, or raise a ToolchainError that says how."""
    if weasyprint_loads():
        return
    if not (hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get")):
        raise ToolchainError(f"WeasyPrint cannot find Pango for the PDFs (fix: {FIX})")
    log("Installing Pango for the PDFs with apt-get...")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    run_step(["apt-get", "update"], what="apt-get update", fix=FIX, env=env, timeout_s=900)
    run_step(
        ["apt-get", "install", "-y", *PACKAGES],
        what="apt-get install Pango",
        fix=FIX,
        env=env,
        timeout_s=1800,
    )
    if not weasyprint_loads():
        raise ToolchainError(f"WeasyPrint still cannot find Pango (fix: {FIX})")
