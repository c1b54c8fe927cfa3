"""Which feeds a site has: site-wide, one per priority, one per audience."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from strategy_site.updates.model import Update


@dataclass(frozen=True)
class FeedPlan:
    """A feed before its entries are known."""

    key: str
    """File path under the feeds folder, without suffix: 'updates', 'priorities/workforce'."""
    title: str
    description: str
    home: str
    """Site-relative URL of the page the feed follows."""
    kind: Literal["all", "priorities", "audiences"] = "all"
    slug: str = ""

    def includes(self, update: Update) -> bool:
        if self.kind == "priorities":
            return self.slug in update.priorities
        if self.kind == "audiences":
            return self.slug in update.audiences
        return True


def plan_feeds(
    site_name: str,
    updates_home: str,
    priorities: Mapping[str, tuple[str, str]],
    audiences: Mapping[str, tuple[str, str]],
) -> list[tuple[str, list[FeedPlan]]]:
    """Groups of feeds; `priorities` and `audiences` map slug -> (name, page URL)."""
    everything = FeedPlan(
        "updates",
        f"{site_name}: progress updates",
        "Every progress update on the strategy, newest first.",
        updates_home,
    )
    by_priority = [
        FeedPlan(
            f"priorities/{slug}",
            f"{site_name}: {name}",
            f"Progress updates about the priority '{name}'.",
            home,
            "priorities",
            slug,
        )
        for slug, (name, home) in priorities.items()
    ]
    by_audience = [
        FeedPlan(
            f"audiences/{slug}",
            f"{site_name}: updates for {name.lower()}",
            f"Progress updates for {name.lower()}.",
            home,
            "audiences",
            slug,
        )
        for slug, (name, home) in audiences.items()
    ]
    return [
        ("All updates", [everything]),
        ("Updates about one priority", by_priority),
        ("Updates for one audience", by_audience),
    ]
