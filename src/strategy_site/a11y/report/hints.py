"""Short "how to fix" hints and WCAG criteria for pa11y issues, for people who edit content."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

# axe rule ids and HTML_CodeSniffer technique codes seen most on content sites.
FIXES: Mapping[str, str] = {
    "image-alt": 'add an alt attribute that says what the image shows (alt="" if decorative)',
    "H37": 'add an alt attribute that says what the image shows (alt="" if decorative)',
    "html-has-lang": 'set the page language, e.g. <html lang="en">',
    "H57.2": 'set the page language, e.g. <html lang="en">',
    "document-title": "give the page a <title> that says what it is about",
    "H25.1.NoTitleEl": "give the page a <title> that says what it is about",
    "color-contrast": "raise the text/background contrast to 4.5:1 (3:1 for large text)",
    "G18.Fail": "raise the text/background contrast to 4.5:1 (3:1 for large text)",
    "G145.Fail": "raise the text/background contrast to 3:1 for large text",
    "link-name": "give the link text that says where it goes",
    "H30.2": "give the link text (or its image an alt) that says where it goes",
    "label": "give the form field a <label>",
    "heading-order": "use heading levels in order without skipping one",
    "duplicate-id": "make every id on the page unique",
    "duplicate-id-aria": "make every id on the page unique",
    "list": "put only <li> elements directly inside <ul> and <ol>",
    "listitem": "put each <li> inside a <ul> or <ol>",
    "empty-heading": "give the heading some text, or remove it",
    "target-size": "make the link or button at least 24 by 24 pixels, or keep 24 pixels "
    "clear around it (WCAG 2.2)",
    # IBM Equal Access rule ids (the rest fall back to the rule's own requirement).
    "svg_graphics_labelled": "name the picture: aria-label or a <title> inside the <svg>, or "
    'aria-hidden="true" if it is decorative',
    "table_headers_exists": "mark the header row or column with <th> cells (or, for a layout "
    'table, role="presentation")',
    "label_ref_valid": "point the label's for at the id of a visible form control",
    "label_content_exists": "give the <label> text that says what the control does",
    "form_label_unique": "give the form control one <label>, not several",
    "img_alt_valid": 'add an alt attribute that says what the image shows (alt="" if decorative)',
    "a_text_purpose": "give the link text that says where it goes",
}

_HTMLCS_CODE = re.compile(
    r"^WCAG2A{1,3}\.Principle\d+\.Guideline\d+_\d+\.(?P<sc>\d+_\d+_\d+)\.?(?P<technique>.*)$"
)


def wcag_criterion(code: str) -> str:
    """'WCAG2AA.Principle1.Guideline1_1.1_1_1.H37' -> 'WCAG 1.1.1'; '' if not HTMLCS."""
    match = _HTMLCS_CODE.match(code)
    return f"WCAG {match['sc'].replace('_', '.')}" if match else ""


_AXE_CRITERION = re.compile(r"^wcag(?P<principle>\d)(?P<guideline>\d)(?P<criterion>\d+)$")


def axe_criterion(tags: Sequence[str]) -> str:
    """axe's tags ['wcag2aa', 'wcag143'] -> 'WCAG 1.4.3'; several joined by ', '; '' if none."""
    found = [m for tag in tags if (m := _AXE_CRITERION.match(tag))]
    return ", ".join(f"WCAG {m['principle']}.{m['guideline']}.{m['criterion']}" for m in found)


def technique(code: str) -> str:
    """'WCAG2AA.Principle1.Guideline1_1.1_1_1.H37' -> 'H37'; '' if none."""
    match = _HTMLCS_CODE.match(code)
    return match["technique"] if match else ""


def strip_help_url(message: str) -> str:
    """axe messages end with ' (https://dequeuniversity.com/...)': keep the words."""
    return re.sub(r"\s*\(https?://[^)]*\)\s*$", "", message).strip()


def fix_hint(code: str, runner: str, extras: Mapping[str, Any]) -> str:
    """A short fix for an issue: a known one, else what the rule asks for."""
    key = technique(code) if runner == "htmlcs" else code
    for candidate in (key, key.split(".")[0], code):
        if candidate in FIXES:
            return FIXES[candidate]
    if runner in ("axe", "ibm") and extras.get("description"):
        return str(extras["description"]).rstrip(".")
    criterion = wcag_criterion(code)
    return f"see {criterion} ({key})" if criterion and key else "see the rule's documentation"
