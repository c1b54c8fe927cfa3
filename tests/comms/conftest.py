"""Fixtures for the comms pack's pure functions: updates, items and sources made in memory."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from strategy_site.comms.settings import Settings, load_settings
from strategy_site.comms.source import Item, Source, front_matter_lines, image_url
from strategy_site.comms.templates import Templates
from strategy_site.updates.model import Update
from strategy_site.updates.when import When

SITE = "https://tiny.example.org/"
LONG_SUMMARY = (
    "In 2019 a large conference brought together partners from many different agencies, "
    "and more than 100 people came to help with the first stage of the strategy for "
    "children and young people with special educational needs."
)

MakeItem = Callable[..., Item]
MakeSource = Callable[..., Source]


def settings_from(tmp: Path, text: str = "") -> Settings:
    folder = tmp / "comms"
    folder.mkdir(exist_ok=True)
    (folder / "channels.yml").write_text(text, encoding="utf-8")
    return load_settings(folder, "Tiny strategy")


@pytest.fixture
def make_item() -> MakeItem:
    def make(
        slug: str = "board",
        content: str = "<h2>What happened</h2><p>The board met.</p>",
        front: str = "title: x\nsummary: y\nsocial:\n  x: z\n",
        **fields: Any,
    ) -> Item:
        values: dict[str, Any] = {
            "src_uri": f"updates/{slug}.md",
            "key": slug,
            "title": "The board approves the strategy",
            "date": When(2022, 11, 30),
            "summary": LONG_SUMMARY,
            "priorities": ("first",),
            "audiences": ("families",),
            **fields,
        }
        update = Update(**values)
        url = f"{SITE}updates/{slug}/"
        return Item(
            update=update,
            url=url,
            image_url=image_url(update, SITE),
            content_html=content,
            file=f"content/updates/{slug}.md",
            front=front_matter_lines(f"---\n{front}---\n"),
        )

    return make


@pytest.fixture
def make_source(tmp_path: Path) -> MakeSource:
    def make(*items: Item, channels_yml: str = "", templates: Path | None = None) -> Source:
        return Source(
            site_name="Tiny strategy",
            site_url=SITE,
            updates_url=f"{SITE}updates/",
            items=tuple(items),
            settings=settings_from(tmp_path, channels_yml),
            templates=Templates(templates),
            output=tmp_path / "dist/comms",
        )

    return make
