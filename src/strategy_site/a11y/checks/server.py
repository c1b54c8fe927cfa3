"""Serve the built folder on loopback so Chromium loads pages as a browser would over HTTP.

Extra folders can be mounted under their own URL prefix (the checker mounts the
folder of each extra page handed to the gate, such as the comms pack's preview).
"""

from __future__ import annotations

import posixpath
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit


class _QuietHandler(SimpleHTTPRequestHandler):
    """Static files with index.html for directories, 404 for the rest, and no log lines."""

    mounts: Mapping[str, Path] = {}

    def translate_path(self, path: str) -> str:
        """Files of a mounted folder under its prefix; the site's own folder for the rest."""
        clean = posixpath.normpath(unquote(urlsplit(path).path)).lstrip("/")
        for prefix, folder in self.mounts.items():
            if prefix and (clean + "/").startswith(prefix):
                rest = clean[len(prefix) :]
                trailing = "/" if path.split("?")[0].endswith("/") else ""
                return str(folder / rest) + trailing if rest else str(folder) + "/"
        return super().translate_path(path)

    def log_message(self, format: str, *args: Any) -> None:
        """Keep the check's output to its findings."""


class _QuietServer(ThreadingHTTPServer):
    """A server that does not print a traceback when the browser drops a connection."""

    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Dropped connections are normal while pages close; say nothing."""


@contextmanager
def serve(root: Path, mounts: Mapping[str, Path] | None = None) -> Iterator[str]:
    """Serve `root` (and each folder of `mounts` under its prefix, e.g. '__extra__/0/')
    at http://127.0.0.1:<free port>/ and yield that base URL."""
    if not root.is_dir():
        raise FileNotFoundError(f"site folder {root} does not exist")
    handler_class = type("_Handler", (_QuietHandler,), {"mounts": dict(mounts or {})})
    handler = partial(handler_class, directory=str(root))
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
