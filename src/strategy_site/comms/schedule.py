"""schedule.csv: every post of every update, one row each, for scheduling tools."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from strategy_site.comms.posts import Post

COLUMNS = ("datetime", "channel", "text", "link", "image", "alt_text")


def schedule_csv(posts: Iterable[Post]) -> bytes:
    """UTF-8 CSV, rows by time, then in the order the posts come (channel order)."""
    rows = sorted(enumerate(posts), key=lambda pair: (pair[1].when, pair[0]))
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for _, post in rows:
        writer.writerow(
            (
                post.when.isoformat(),
                post.channel.name,
                post.text.rstrip("\n"),
                post.link,
                post.image or "",
                post.alt or "",
            )
        )
    return out.getvalue().encode("utf-8")
