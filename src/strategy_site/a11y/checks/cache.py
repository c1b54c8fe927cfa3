"""The check's memory between builds: each page's findings, under its key (see
fingerprint), and which files each page's HTML loads (so unchanged HTML is not parsed).

One JSON file outside the published site. It carries a format number and a checksum
of its entries: a file from another version, cut short, edited or otherwise damaged
is reported and ignored (every page is then checked), never trusted. Writes go
through a temporary file and a rename, so a build stopped half-way leaves the old
file whole. Only the entries of the last check are kept.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeGuard

FORMAT = 1
CACHE_NAME = "results.json"

Entries = dict[str, list[dict[str, Any]]]


def checksum(entries: Mapping[str, Any]) -> str:
    """SHA-256 of the entries in canonical JSON."""
    text = json.dumps(entries, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def _valid_entries(value: object) -> TypeGuard[Entries]:
    return isinstance(value, dict) and all(
        isinstance(key, str)
        and isinstance(issues, list)
        and all(isinstance(issue, dict) for issue in issues)
        for key, issues in value.items()
    )


@dataclass(frozen=True)
class CacheData:
    """Findings by page key, and the resources each HTML loads, by the HTML's hash."""

    entries: Entries = field(default_factory=dict)
    resources: dict[str, list[str]] = field(default_factory=dict)


def _valid_resources(value: object) -> TypeGuard[dict[str, list[str]]]:
    return isinstance(value, dict) and all(
        isinstance(urls, list) and all(isinstance(url, str) for url in urls)
        for urls in value.values()
    )


def parse_cache(text: str) -> tuple[CacheData, str | None]:
    """What a cache file holds, or nothing and why the file cannot be trusted."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return CacheData(), "it is not valid JSON"
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return CacheData(), "it was written by another version"
    entries, resources = data.get("entries"), data.get("resources")
    if not (_valid_entries(entries) and _valid_resources(resources)):
        return CacheData(), "its contents are not what a cache holds"
    if data.get("checksum") != checksum({"entries": entries, "resources": resources}):
        return CacheData(), "its checksum does not match its contents"
    return CacheData(entries, resources), None


def load_cache(folder: Path) -> tuple[CacheData, str | None]:
    """What the last check left in `folder`; a missing file is an empty cache, not a problem."""
    path = folder / CACHE_NAME
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return CacheData(), None
    except (OSError, UnicodeDecodeError) as error:
        return CacheData(), f"it cannot be read ({error})"
    return parse_cache(text)


def save_cache(folder: Path, cache: CacheData) -> Path:
    """Replace the cache file with `cache`, atomically."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / CACHE_NAME
    body = {"entries": cache.entries, "resources": cache.resources}
    data = {"format": FORMAT, "checksum": checksum(body), **body}
    # json.dumps, not json.dump: only the former uses the C encoder (ten times faster).
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".results-", suffix=".json")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
