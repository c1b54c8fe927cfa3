"""Which feeds a site has: site-wide, one per priority, one per audience."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from strategy_site.updates.model import Update


@dataclass(frozen=True)
class FeedPlan:
    """A feed before its entries are known."""

    key: str
    """File path under the feeds folder, without suffix: 'updates', 'priorities/workforce'."""
    title: str
    name: str
    """What the feed follows, as the subscribe page lists it (the title without the site)."""
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
        "All progress updates",
        "Every progress update on the strategy, newest first.",
        updates_home,
    )
    by_priority = [
        FeedPlan(
            f"priorities/{slug}",
            f"{site_name}: {name}",
            name,
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
            f"Updates for {name.lower()}",
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


def in_site_order(
    groups: Sequence[tuple[str, list[FeedPlan]]], page_urls: Sequence[str]
) -> list[tuple[str, list[FeedPlan]]]:
    """`groups` with each group's feeds in the order their pages come in the site's
    navigation (the strategy's order); feeds of pages not in it keep their order, last."""
    place = {url: i for i, url in enumerate(page_urls)}
    return [
        (title, sorted(plans, key=lambda plan: place.get(plan.home, len(place))))
        for title, plans in groups
    ]
