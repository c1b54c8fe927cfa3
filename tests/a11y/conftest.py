"""What the real-browser tests of the gate share: the toolchain, made ready once per
run, and a sitemap for a hand-written tiny site."""

from __future__ import annotations

from pathlib import Path

import pytest

from strategy_site.a11y.toolchain.setup import Toolchain, ensure_toolchain

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


@pytest.fixture(scope="session")
def toolchain() -> Toolchain:
    """Node.js, the pinned packages and Chromium, as `strategy-site setup` gets them."""
    return ensure_toolchain(SCRIPTS, log=print)


def sitemap(*locs: str) -> str:
    """A sitemap.xml listing `locs`: the gate checks the pages its sitemaps list."""
    urls = "".join(f"<url><loc>{loc}</loc></url>" for loc in locs)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>\n'
    )
