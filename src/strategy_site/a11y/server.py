"""Serve the built folder on loopback so Chromium loads pages as a browser would over HTTP."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


class _QuietHandler(SimpleHTTPRequestHandler):
    """Static files with index.html for directories, 404 for the rest, and no log lines."""

    def log_message(self, format: str, *args: Any) -> None:
        """Keep the check's output to its findings."""


class _QuietServer(ThreadingHTTPServer):
    """A server that does not print a traceback when the browser drops a connection."""

    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Dropped connections are normal while pages close; say nothing."""


@contextmanager
def serve(root: Path) -> Iterator[str]:
    """Serve `root` at http://127.0.0.1:<free port>/ and yield that base URL."""
    if not root.is_dir():
        raise FileNotFoundError(f"site folder {root} does not exist")
    handler = partial(_QuietHandler, directory=str(root))
    server = _QuietServer(("127.0.0.1", 0), handler)
    loop = partial(server.serve_forever, poll_interval=0.05)  # so shutdown() is quick
    thread = threading.Thread(target=loop, name="a11y-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
