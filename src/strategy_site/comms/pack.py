"""The whole pack, as file contents: pure, given the Source (writing is writer.py's job)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path

from strategy_site.comms.bulletin import Bulletin, digest_bulletin, update_bulletin
from strategy_site.comms.mime import eml
from strategy_site.comms.posts import Post, posts_for
from strategy_site.comms.preview import Digest, preview_html
from strategy_site.comms.schedule import schedule_csv
from strategy_site.comms.source import Item, Source
from strategy_site.problems import BuildFailed, Problem

Files = dict[str, bytes]
"""Path inside the pack folder -> contents."""

DIGEST_PREFIX = "digest-"
_DIGEST_NAME = re.compile(re.escape(DIGEST_PREFIX) + r"(\d{4}-\d{2}-\d{2})-(\d{4}-\d{2}-\d{2})")


def digest_folder(since: dt.date, until: dt.date) -> str:
    """'digest-2022-10-01-2022-12-31': where `strategy-site bulletin` writes a digest."""
    return f"{DIGEST_PREFIX}{since.isoformat()}-{until.isoformat()}"


def digest_dates(folder: str) -> tuple[dt.date, dt.date] | None:
    """The dates of a digest folder's name; None for any other name."""
    match = _DIGEST_NAME.fullmatch(folder)
    if match is None:
        return None
    try:
        return dt.date.fromisoformat(match[1]), dt.date.fromisoformat(match[2])
    except ValueError:
        return None


def render_pack(source: Source, digests: Sequence[Digest] = ()) -> Files:
    """Every file of the pack, its preview listing `digests` (made earlier, and kept);
    BuildFailed with every problem of every update."""
    files: Files = {}
    problems: list[Problem] = []
    packs: list[tuple[Item, list[Post]]] = []
    for item in source.items:
        try:
            posts = posts_for(item, source)
            files |= _update_files(item, posts, source)
        except BuildFailed as failed:
            problems += failed.problems
            continue
        packs.append((item, posts))
    if problems:
        raise BuildFailed(problems)
    files["schedule.csv"] = schedule_csv(p for _, posts in packs for p in posts)
    files["index.html"] = preview_html(packs, source, digests).encode("utf-8")
    return files


def render_digest(source: Source, since: dt.date, until: dt.date) -> tuple[str, Files]:
    """The digest e-bulletin of the updates dated from `since` to `until` (both included)."""
    chosen = [i for i in source.items if since <= i.update.date.first_day() <= until]
    if not chosen:
        raise BuildFailed(
            [
                Problem(
                    "strategy-site bulletin",
                    None,
                    f"no published update is dated from {since} to {until}",
                    "check the dates (YYYY-MM-DD); an update dated only by year or month "
                    "counts from its first day",
                )
            ]
        )
    folder = digest_folder(since, until)
    return folder, _bulletin_files(digest_bulletin(chosen, since, until, source), source)


def pack_pages(dist_comms: Path) -> list[str]:
    """The pack's HTML pages (relative paths) that the accessibility gate must check."""
    pages = [p.relative_to(dist_comms).as_posix() for p in dist_comms.glob("*/bulletin.html")]
    index = ["index.html"] if (dist_comms / "index.html").is_file() else []
    return index + sorted(pages)


def _update_files(item: Item, posts: list[Post], source: Source) -> Files:
    slug = item.update.slug
    files = {f"{slug}/{p.channel.name}.txt": p.text.encode("utf-8") for p in posts}
    for post in posts:
        if post.alt:
            files[f"{slug}/{post.channel.name}.alt.txt"] = (post.alt + "\n").encode("utf-8")
    bulletin = _bulletin_files(update_bulletin(item, source), source)
    return files | {f"{slug}/{name}": data for name, data in bulletin.items()}


def _bulletin_files(bulletin: Bulletin, source: Source) -> Files:
    settings = source.settings
    return {
        "bulletin.html": bulletin.html.encode("utf-8"),
        "bulletin.txt": bulletin.text.encode("utf-8"),
        "bulletin.eml": eml(bulletin, settings.sender_name, settings.sender_address),
    }


def digests_in(pack: Path) -> list[Digest]:
    """The digests kept in the pack folder, oldest period first."""
    found = []
    for folder in pack.glob(f"{DIGEST_PREFIX}*"):
        dates = digest_dates(folder.name)
        if dates and (folder / "bulletin.html").is_file():
            found.append(Digest(folder.name, *dates))
    return sorted(found, key=lambda digest: (digest.since, digest.until))
