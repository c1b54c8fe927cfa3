"""A built site in real headless Chromium: load a page, press keys, read the page back.

Needs Node.js, the npm packages in scripts/ (puppeteer) and a Chromium, as the
accessibility checks do (`strategy-site setup`); the tests that use it are skipped
without them.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import subprocess
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
PUPPETEER = REPO / "scripts" / "node_modules" / "puppeteer"
DRIVER = Path(__file__).with_name("drive.mjs")

Step = tuple[str, Any]
"""("press", "Tab"), ("click", "css selector"), ("wait", 300) or ("eval", "js")."""


@dataclass(frozen=True)
class Visit:
    """What one visit found: each "eval" step's value, failed requests, page errors."""

    values: list[Any]
    failed: list[str]
    errors: list[str]


@dataclass(frozen=True)
class Browser:
    node: str
    chromium: str

    def visit(
        self, url: str, steps: Sequence[Step] = (), width: int = 375, height: int = 800
    ) -> Visit:
        job = {
            "chromium": self.chromium,
            "puppeteer": str(REPO / "scripts" / "package.json"),
            "url": url,
            "width": width,
            "height": height,
            "steps": [list(step) for step in steps],
        }
        path = Path(os.environ.get("TMPDIR", "/tmp")) / f"drive-{os.getpid()}-{id(job)}.json"
        path.write_text(json.dumps(job), encoding="utf-8")
        try:
            done = subprocess.run(
                [self.node, str(DRIVER), str(path)],
                capture_output=True,
                text=True,
                timeout=120,
                check=False,
            )
        finally:
            path.unlink(missing_ok=True)
        if done.returncode != 0:
            raise AssertionError(f"the browser failed: {done.stderr[-2000:]}")
        found = json.loads(done.stdout)
        return Visit(found["values"], found["failed"], found["errors"])


def _chromium() -> str | None:
    named = os.environ.get("STRATEGY_SITE_CHROMIUM")
    if named:
        return named
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="session")
def browser() -> Browser:
    node, chromium = shutil.which("node"), _chromium()
    if node is None or chromium is None or not PUPPETEER.is_dir():
        pytest.skip("needs Node.js, scripts/node_modules (strategy-site setup) and Chromium")
    return Browser(node, chromium)


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serving(folder: Path) -> Iterator[str]:
    """`folder` on a local web server for the block's length: its address, with /."""
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
