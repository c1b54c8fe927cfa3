"""A download's size in the words of its link: '312 bytes', '4 KB', '1.2 MB'."""

from __future__ import annotations


def size_text(count: int) -> str:
    """The size of a file of `count` bytes, as a link to it says it."""
    if count < 1024:
        return f"{count} bytes"
    if count < 1024 * 1024:
        return f"{round(count / 1024)} KB"
    return f"{count / (1024 * 1024):.1f} MB"
