"""Find the picture for an easy read idea: a Material icon, an OpenMoji picture, or a
project's own SVG icon.

OpenMoji (https://openmoji.org, CC BY-SA 4.0) is a colourful, open emoji set that
easy read readers recognise more readily than line icons. It comes from the npm
package `openmoji`, pinned in scripts/package-lock.json and installed with the rest
of the toolchain; an idea names a picture by its English name, such as
`openmoji/school` or `openmoji/people-holding-hands`, or by its code (`openmoji/1F3EB`).
"""

from __future__ import annotations

import html
import json
import re
from functools import cache
from pathlib import Path

import material
from slugify import slugify

from strategy_site.safety.sanitise import ATTRIBUTES

MATERIAL_ICONS = Path(material.__file__).parent / "templates" / ".icons"
OPENMOJI = "openmoji/"
"""The prefix of an OpenMoji picture's name."""
OPENMOJI_CREDIT = (
    "Pictures from OpenMoji (openmoji.org), the open-source emoji and icon project, under the "
    'licence <a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a>'
)
"""What the licence asks of a site that shows OpenMoji pictures."""


def icon_path(
    name: str, extra_dirs: tuple[Path, ...] = (), openmoji: Path | None = None
) -> Path | None:
    """The SVG file for a picture name such as 'material/account-group' or
    'openmoji/school', if any; `openmoji` is the npm package's folder."""
    if not name or ".." in Path(name).parts:
        return None
    if name.startswith(OPENMOJI):
        return openmoji_path(name.removeprefix(OPENMOJI), openmoji) if openmoji else None
    for folder in (*extra_dirs, MATERIAL_ICONS):
        candidate = folder / f"{name}.svg"
        if candidate.is_file():
            return candidate
    return None


def openmoji_path(key: str, root: Path) -> Path | None:
    """The colour SVG of an OpenMoji picture, by its code or its name's slug."""
    folder = root / "color" / "svg"
    by_code = folder / f"{key.upper()}.svg"
    if re.fullmatch(r"[0-9A-Fa-f]{4,6}(-[0-9A-Fa-f]{4,6})*", key) and by_code.is_file():
        return by_code
    code = _openmoji_names(root).get(key)
    return folder / f"{code}.svg" if code and (folder / f"{code}.svg").is_file() else None


def is_openmoji(path: Path) -> bool:
    """True for a picture from the OpenMoji set (drawn in its own colours)."""
    return path.parent.name == "svg" and path.parent.parent.name == "color"


@cache
def _openmoji_names(root: Path) -> dict[str, str]:
    """Slug of each picture's English name -> its code; the Unicode emoji before
    OpenMoji's own extras, and no skin tone variants (one picture for one name)."""
    try:
        data = json.loads((root / "data" / "openmoji.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    names: dict[str, str] = {}
    ordered = sorted(
        (e for e in data if isinstance(e, dict) and not e.get("skintone")),
        key=lambda e: (str(e.get("group")) == "extras-openmoji", int(e.get("order") or 10**6)),
    )
    for entry in ordered:
        names.setdefault(slugify(str(entry.get("annotation", ""))), str(entry["hexcode"]))
    return names


@cache
def _svg_source(path: Path) -> str:
    return path.read_text(encoding="utf-8").strip()


def labelled_svg(path: Path, alt: str) -> str:
    """The picture's SVG markup, named for screen readers by its alt text.

    OpenMoji's files name their layers with ids ('emoji', 'color', 'line'): two
    pictures on one page would repeat them, so they are dropped (nothing refers to
    them), as is what their drawing program left (`sodipodi:docname`): only what
    the site's sanitiser allows is kept, and the picture keeps its own colours
    (class `idea__colour`)."""
    label = html.escape(alt, quote=True)
    svg = _svg_source(path)
    extra = ""
    if is_openmoji(path):
        svg = _drawing(path)
        extra = ' class="idea__colour"'
    head, sep, rest = svg.partition(">")
    if not sep or not head.startswith("<svg"):
        raise ValueError(f"{path} is not an SVG file")
    return (
        f'{head}{extra} role="img" aria-label="{label}" focusable="false">'
        f"<title>{label}</title>{rest}"
    )


_TAG = re.compile(r"<([a-zA-Z]+)((?:\s+[a-zA-Z:-]+[0-9]*=\"[^\"]*\")*)\s*(/?)>")
_ATTRIBUTE = re.compile(r'\s+([a-zA-Z:-]+[0-9]*)="([^"]*)"')


@cache
def _drawing(path: Path) -> str:
    """An OpenMoji file made ready once, however many ideas show it."""
    return _allowed_only(_svg_source(path))


def _allowed_only(svg: str) -> str:
    """`svg` with each tag keeping only the attributes the sanitiser allows it, and no
    id (a drawing's ids repeat from picture to picture)."""

    def tag(match: re.Match[str]) -> str:
        name = match[1]
        allowed = (ATTRIBUTES["*"] | ATTRIBUTES.get(name, set())) - {"id"}
        kept = "".join(
            f' {key}="{value}"' for key, value in _ATTRIBUTE.findall(match[2]) if key in allowed
        )
        return f"<{name}{kept}{match[3]}>"

    return _TAG.sub(tag, svg)


def usable_openmoji(path: Path) -> bool:
    """False for the few OpenMoji files that refer to their own ids (url(#...)), which
    cannot lose them: choose another picture."""
    return "url(#" not in _svg_source(path) and 'href="#' not in _svg_source(path)
