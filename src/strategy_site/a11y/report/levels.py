"""Each finding's level: what the engine said, then what the site's `rules:` setting says.

An engine error, or a finding of our content rules, is an error unless the rule is
set to `warning` or `off`. The engines' own warnings ask a person to review something
and their notices inform: they never fail the build, and only `off` removes them.
"""

from __future__ import annotations

from collections.abc import Mapping

from strategy_site.a11y.config import RuleLevel

FAILING = frozenset({"error", "warning"})


def configured_level(code: str, rules: Mapping[str, RuleLevel]) -> RuleLevel | None:
    """The level set for a rule: its exact id, else the longest setting its code starts
    with (so 'WCAG2AA.Principle1.Guideline1_4.1_4_3' covers every technique of 1.4.3)."""
    if code in rules:
        return rules[code]
    prefixes = [key for key in rules if "." in key and code.startswith(key)]
    return rules[max(prefixes, key=len)] if prefixes else None


def level_of(code: str, raw_type: str, rules: Mapping[str, RuleLevel]) -> str | None:
    """'error', 'warning', 'review' or 'notice'; None when the rule is off."""
    setting = configured_level(code, rules)
    if setting == "off":
        return None
    if raw_type == "error":
        return setting or "error"
    return "review" if raw_type == "warning" else "notice"
