"""Put the pack in place in one swap: a failed build never leaves half a pack.

The pack is written beside the old one, then renamed over it. Digest folders
(`strategy-site bulletin`) are not part of a build's pack, so they are kept.
"""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from pathlib import Path

from strategy_site.comms.pack import DIGEST_PREFIX
from strategy_site.feeds.writer import Writer
from strategy_site.publish import remove, swap_in


def replace_folder(target: Path, files: Mapping[str, bytes], *, keep_digests: bool = True) -> None:
    """Make `target` hold exactly `files` (and, if asked, the digests it had)."""
    staging = target.with_name(f".{target.name}.new")
    previous = target.with_name(f".{target.name}.old")
    remove(staging)
    writer = Writer(staging)
    for relative, data in sorted(files.items()):
        writer.write(relative, data)
    staging.mkdir(parents=True, exist_ok=True)
    if keep_digests and target.is_dir():
        for child in sorted(target.glob(f"{DIGEST_PREFIX}*")):
            if child.is_dir() and not (staging / child.name).exists():
                shutil.copytree(child, staging / child.name)
    swap_in(staging, target, previous)
