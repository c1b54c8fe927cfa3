"""Blocks the easy read plugin puts under a page's heading."""

from __future__ import annotations


def unchecked_notice() -> str:
    """Shown until people who use easy read have checked the page."""
    return (
        '<div class="unchecked-notice" role="note" markdown>\n'
        "**This easy read page has not been checked yet** by people who use easy read.\n"
        "</div>\n"
    )


def print_button() -> str:
    """A 'Print this page' button; assets/print.js makes it work and shows it."""
    return '<p class="print-page" hidden><button type="button">Print this page</button></p>\n'
