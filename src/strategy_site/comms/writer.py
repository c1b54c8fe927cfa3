"""Put the pack in place in one swap: a failed build never leaves half a pack.

The pack is written beside the old one, then renamed over it. Digest folders
(`strategy-site bulletin`) are not part of a build's pack, so they are kept (and
copied into a staged pack from the published one).
"""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from pathlib import Path

from strategy_site.comms.pack import DIGEST_PREFIX
from strategy_site.feeds.writer import Writer
from strategy_site.publish import remove, swap_in


def replace_folder(
    target: Path,
    files: Mapping[str, bytes],
    *,
    keep_digests: bool = True,
    digests_from: Path | None = None,
) -> None:
    """Make `target` hold exactly `files` and, if asked, the digests of `digests_from`
    (by default, those `target` had: a staged pack keeps the published pack's)."""
    kept = target if digests_from is None else digests_from
    staging = target.with_name(f".{target.name}.new")
    previous = target.with_name(f".{target.name}.old")
    remove(staging)
    writer = Writer(staging)
    for relative, data in sorted(files.items()):
        writer.write(relative, data)
    staging.mkdir(parents=True, exist_ok=True)
    if keep_digests and kept.is_dir():
        for child in sorted(kept.glob(f"{DIGEST_PREFIX}*")):
            if child.is_dir() and not (staging / child.name).exists():
                shutil.copytree(child, staging / child.name)
    swap_in(staging, target, previous)
