"""Check that every page answers HTTP 200 before pa11y-ci looks at it.

A browser happily runs the checks on a 404 page, so a page missing from the build
would otherwise pass; and a redirect would make pa11y-ci file the result elsewhere.
"""

from __future__ import annotations

import http.client
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit


def fetch_status(url: str, timeout_s: float = 30) -> str | None:
    """None when `url` answers 200 OK; otherwise why not, e.g. 'HTTP 404 Not Found'."""
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=timeout_s)
    try:
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        conn.request("GET", target)
        response = conn.getresponse()
        response.read()
    except OSError as exc:
        return f"no answer ({exc})"
    finally:
        conn.close()
    if response.status == 200:
        return None
    moved = response.getheader("Location")
    suffix = f" (redirects to {moved})" if moved else ""
    return f"HTTP {response.status} {response.reason}{suffix}"


def failing_urls(urls: Iterable[str], workers: int = 8) -> dict[str, str]:
    """Map each URL that does not answer 200 to the reason."""
    unique = sorted(set(urls))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        answers = list(pool.map(fetch_status, unique))
    return {url: why for url, why in zip(unique, answers, strict=True) if why is not None}
