"""Every file the feeds write goes through one writer (after Pelican's): it refuses to
write the same path twice or anywhere outside the output folder."""

from __future__ import annotations

from pathlib import Path


class Writer:
    """Writes bytes under `root`, each path once."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.written: list[Path] = []

    def write(self, relative: str, data: bytes) -> Path:
        path = (self.root / relative).resolve()
        if not path.is_relative_to(self.root):
            raise ValueError(f"refusing to write {relative}: outside {self.root}")
        if path in self.written:
            raise ValueError(f"refusing to write {relative} twice in one build")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        self.written.append(path)
        return path
