"""Find the picture for an easy read idea among the bundled icon sets."""

from __future__ import annotations

import html
from functools import cache
from pathlib import Path

import material

MATERIAL_ICONS = Path(material.__file__).parent / "templates" / ".icons"


def icon_path(name: str, extra_dirs: tuple[Path, ...] = ()) -> Path | None:
    """The SVG file for an icon name such as 'material/account-group', if any."""
    if not name or ".." in Path(name).parts:
        return None
    for folder in (*extra_dirs, MATERIAL_ICONS):
        candidate = folder / f"{name}.svg"
        if candidate.is_file():
            return candidate
    return None


@cache
def _svg_source(path: Path) -> str:
    return path.read_text(encoding="utf-8").strip()


def labelled_svg(path: Path, alt: str) -> str:
    """The icon's SVG markup, named for screen readers by its alt text."""
    label = html.escape(alt, quote=True)
    svg = _svg_source(path)
    head, sep, rest = svg.partition(">")
    if not sep or not head.startswith("<svg"):
        raise ValueError(f"{path} is not an SVG file")
    return f'{head} role="img" aria-label="{label}" focusable="false"><title>{label}</title>{rest}'
