"""Theme colours: opaque, so contrast can be computed, and with enough contrast."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import material
import pytest

from ..conftest import REPO, TinyProject
from .browser import PUPPETEER, Browser, serving

STYLES = REPO / "site_overrides" / "assets"
MATERIAL_CSS = next(
    (Path(material.__file__).parent / "templates/assets/stylesheets").glob("main.*.min.css")
)
PA11Y = PUPPETEER.parent / "pa11y" / "bin" / "pa11y.js"


def _variables(css: str, scope: str = ":root") -> dict[str, str]:
    """The custom properties set in `scope`'s first plain rule block(s)."""
    found: dict[str, str] = {}
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css):
        if scope in [part.strip() for part in selector.split(",")]:
            found.update(re.findall(r"(--[\w-]+)\s*:\s*([^;]+?)\s*(?:;|$)", body))
    return found


def _transparent(value: str) -> bool:
    return bool(re.fullmatch(r"#(?:[0-9a-f]{4}|[0-9a-f]{8})", value, re.I)) or "rgba(" in value


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(one: str, other: str) -> float:
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


OURS = _variables((STYLES / "strategy.css").read_text(encoding="utf-8"))


def test_every_colour_material_makes_transparent_is_opaque_here() -> None:
    theirs = _variables(MATERIAL_CSS.read_text(encoding="utf-8"))
    transparent = {
        name for name, value in theirs.items() if _transparent(value) and "shadow" not in name
    }
    assert len(transparent) > 15  # Material's defaults: black and white with alpha
    assert sorted(name for name in transparent if name not in OURS) == []
    assert {n: v for n, v in OURS.items() if _transparent(v)} == {}


@pytest.mark.parametrize(
    ("text", "background", "needed"),
    [
        ("--md-default-fg-color", "--md-default-bg-color", 4.5),
        ("--md-typeset-color", "--md-default-bg-color", 4.5),
        ("--md-default-fg-color--light", "--md-default-bg-color", 4.5),
        ("--md-default-fg-color--light", "--md-default-fg-color--lightest", 4.5),
        ("--md-default-fg-color--light", "--md-code-bg-color", 4.5),
        ("--md-default-fg-color--lighter", "--md-default-bg-color", 4.5),
        ("--md-default-fg-color--lighter", "--md-code-bg-color", 4.5),
        ("--md-typeset-a-color", "--md-default-bg-color", 4.5),
        ("--md-typeset-a-color", "--md-accent-fg-color--transparent", 4.5),
        ("--md-accent-fg-color", "--md-accent-fg-color--transparent", 4.5),
        ("--md-default-fg-color", "--md-typeset-mark-color", 4.5),
        ("--md-code-fg-color", "--md-code-bg-color", 4.5),
        ("--md-primary-bg-color", "--md-primary-fg-color", 4.5),
        ("--md-primary-bg-color--light", "--md-primary-fg-color", 4.5),
        ("--md-primary-bg-color--light", "--md-primary-fg-color--dark", 4.5),
        ("--md-primary-bg-color", "--md-default-bg-color--lightest", 4.5),
        ("--md-footer-fg-color", "--md-footer-bg-color", 4.5),
        ("--md-footer-fg-color--lighter", "--md-footer-bg-color--dark", 4.5),
        ("--md-primary-fg-color", "--md-default-bg-color", 3),  # borders, icons
        ("--strategy-focus-color", "--md-default-bg-color", 3),
        ("--strategy-focus-on-dark", "--md-primary-fg-color", 3),
        ("--strategy-focus-on-dark", "--md-footer-bg-color", 3),
    ],
)
def test_contrast(text: str, background: str, needed: float) -> None:
    assert _contrast(OURS[text], OURS[background]) >= needed


def test_html_codesniffer_can_compute_every_contrast(
    themed: TinyProject, browser: Browser, tmp_path: Path
) -> None:
    """Transparent colours made it ask for each text to be checked by hand (G18.Alpha),
    about 56 times a page."""
    config = tmp_path / "pa11y.json"
    config.write_text(
        json.dumps(
            {
                "chromeLaunchConfig": {
                    "executablePath": browser.chromium,
                    "args": ["--no-sandbox"],
                },
                "runners": ["htmlcs"],
                "includeWarnings": True,
                "standard": "WCAG2AA",
            }
        ),
        encoding="utf-8",
    )
    with serving(themed.root / "site") as root:
        for path in ("priorities/first/", "subscribe/", "easy-read/priorities/first/"):
            done = subprocess.run(
                [
                    browser.node,
                    str(PA11Y),
                    "--config",
                    str(config),
                    "--reporter",
                    "json",
                    root + path,
                ],
                capture_output=True,
                text=True,
                timeout=120,
                check=False,
            )
            issues = json.loads(done.stdout)
            alpha = [i["context"] for i in issues if i["code"].endswith(".Alpha")]
            assert alpha == [], path
