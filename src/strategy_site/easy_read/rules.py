"""Easy read rules (GOV.UK, Mencap, Inclusion Europe) as checks on one page: pure.

Each rule has an id, finds the offending words, and says how to fix them.
Levels (error, warning, off) are applied by the caller from the config.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import resources

from strategy_site.easy_read.text import Sentence, has_emphasis, paragraphs, sentences

_BANNED_ABBREVIATIONS = ("e.g.", "i.e.", "etc.", "eg", "ie", "via", "&", "n.b.", "approx.")
_CONJUNCTIONS = re.compile(r"\b(and|but|because|which)\b", re.I)
_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|get|got)\s+(?:\w+ly\s+)?"
    r"(\w+ed|given|made|done|seen|known|taken|shown|written|chosen|told|paid|kept|held|"
    r"found|brought|built|sent|set up|run|led)\b",
    re.I,
)
_PASSIVE_EXCEPTIONS = {
    "need",
    "needed",
    "interested",
    "worried",
    "excited",
    "tired",
    "scared",
    "bored",
    "pleased",
    "called",
    "based",
    "involved",
    "supported",
    "included",
    "qualified",
    "disabled",
    "skilled",
    "used",
    "supposed",
}
_PERCENT = re.compile(r"\d\s*%|\bper ?cent\b", re.I)
_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w,]\d)")
_BIG_WORDS = re.compile(r"\b(thousand|thousands|million|millions|billion|billions)\b", re.I)
_NUMBER_WORDS = re.compile(
    r"\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred|hundreds)\b",
    re.I,
)
_CAPS_RUN = re.compile(r"\b[A-Z][A-Z0-9]+\b(?:\s+[A-Z][A-Z0-9]+\b)*")


@dataclass(frozen=True)
class Settings:
    """What the rules measure against (from the plugin config)."""

    sentence_warn: int = 12
    sentence_fail: int = 15
    word_budget: int = 350
    known_caps: frozenset[str] = frozenset()
    """Initials and words in capitals that the glossary explains."""
    banned: tuple[str, ...] = ()
    """Idioms and words to avoid, lower case."""
    phrases: tuple[str, ...] = ("children and young people", "parents and carers")
    """Names that contain 'and' but say one thing (glossary terms are added)."""


@dataclass(frozen=True)
class Finding:
    """A rule broken at a line, with the words that broke it."""

    rule: str
    line: int
    what: str
    fix: str


Rule = Callable[[Sentence, Settings], Iterator[Finding]]

DEFAULT_LEVELS = {
    "sentence-too-long": "error",
    "sentence-long": "warning",
    "one-idea": "warning",
    "passive-voice": "warning",
    "banned-words": "error",
    "percentage": "error",
    "large-number": "error",
    "number-as-word": "error",
    "unknown-initials": "error",
    "block-capitals": "error",
    "italics": "error",
    "picture-first": "error",
    "word-budget": "warning",
    "reading-ease": "warning",
    "stale": "warning",
}
"""Every rule id and how seriously the build takes it unless the config says otherwise."""


def default_banned() -> tuple[str, ...]:
    """The idioms that ship with the project, plus Latin abbreviations."""
    text = resources.files("strategy_site.easy_read").joinpath("data/idioms.txt").read_text("utf-8")
    idioms = [
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    ]
    return (*_BANNED_ABBREVIATIONS, *idioms)


def sentence_length(s: Sentence, settings: Settings) -> Iterator[Finding]:
    count = len(s.words)
    if count > settings.sentence_fail:
        yield Finding(
            "sentence-too-long",
            s.line,
            f"sentence has {count} words, over {settings.sentence_fail}: '{_short(s.text)}'",
            "split it into shorter sentences, one idea each",
        )
    elif count > settings.sentence_warn:
        yield Finding(
            "sentence-long",
            s.line,
            f"sentence has {count} words, over {settings.sentence_warn}: '{_short(s.text)}'",
            "try to say it in 12 words or fewer",
        )


def one_idea(s: Sentence, settings: Settings) -> Iterator[Finding]:
    text = s.text.lower()
    for phrase in settings.phrases:
        text = text.replace(phrase.lower(), "")
    joins = _CONJUNCTIONS.findall(text)
    if len(joins) > 1:
        yield Finding(
            "one-idea",
            s.line,
            f"sentence joins ideas with {', '.join(repr(j) for j in joins)}",
            "give each idea its own sentence",
        )


def passive_voice(s: Sentence, settings: Settings) -> Iterator[Finding]:
    for match in _PASSIVE.finditer(s.text):
        if match.group(1).lower() not in _PASSIVE_EXCEPTIONS:
            yield Finding(
                "passive-voice",
                s.line,
                f"passive voice: '{match.group(0)}'",
                "say who does it: 'We asked families', not 'Families were asked'",
            )


def banned_words(s: Sentence, settings: Settings) -> Iterator[Finding]:
    lowered = f" {s.text.lower()} "
    for phrase in settings.banned:
        pattern = (
            rf"(?<![\w.]){re.escape(phrase)}(?![\w])"
            if phrase[-1].isalnum()
            else rf"(?<![\w]){re.escape(phrase)}"
        )
        if re.search(pattern, lowered):
            yield Finding(
                "banned-words",
                s.line,
                f"'{phrase}' is hard to understand",
                "use everyday words instead: 'for example', 'that means', 'by'",
            )


def numbers(s: Sentence, settings: Settings) -> Iterator[Finding]:
    if _PERCENT.search(s.text):
        yield Finding(
            "percentage",
            s.line,
            f"percentage in '{_short(s.text)}'",
            "say it in words people can picture, such as '1 in 2' or 'about half'",
        )
    large = [m.group(0) for m in _NUMBER.finditer(s.text) if _over_1000(m.group(1))]
    large += [m.group(0) for m in _BIG_WORDS.finditer(s.text)]
    for words in large:
        yield Finding(
            "large-number",
            s.line,
            f"large number '{words}'",
            "avoid numbers over 1,000: say 'lots of people' or compare it",
        )
    for match in _NUMBER_WORDS.finditer(s.text):
        yield Finding(
            "number-as-word",
            s.line,
            f"number written as a word: '{match.group(0)}'",
            "write numbers as digits, such as 5",
        )


def _over_1000(number: str) -> bool:
    """Over 1,000, but not a year such as 2022 (years are fine in easy read)."""
    value = int(number.replace(",", ""))
    return value > 1000 and not (1900 <= value <= 2100 and "," not in number)


def capitals(s: Sentence, settings: Settings) -> Iterator[Finding]:
    """Unknown initials, and words in capitals for emphasis (long, or several in a row)."""
    for run in _CAPS_RUN.finditer(s.text):
        words = [w for w in run.group(0).split() if w not in settings.known_caps]
        if not words:
            continue
        if len(words) == 1 and len(words[0]) <= 5:
            yield Finding(
                "unknown-initials",
                s.line,
                f"initials '{words[0]}' are not in the glossary",
                "write the words in full, or add the initials to the glossary",
            )
        else:
            yield Finding(
                "block-capitals",
                s.line,
                f"'{' '.join(words)}' is in capitals",
                "use bold for emphasis, not capital letters",
            )


def italics(s: Sentence, settings: Settings) -> Iterator[Finding]:
    for words in has_emphasis(s.raw):
        yield Finding("italics", s.line, f"italics: '{words}'", "use bold for emphasis, or none")


SENTENCE_RULES: tuple[Rule, ...] = (
    sentence_length,
    one_idea,
    passive_voice,
    banned_words,
    numbers,
    capitals,
    italics,
)


def check_page(source: str, settings: Settings) -> list[Finding]:
    """Every finding on one page, in line order."""
    findings: list[Finding] = []
    words = 0
    for sentence in sentences(source):
        words += len(sentence.words)
        for rule in SENTENCE_RULES:
            if sentence.heading and rule in (sentence_length, one_idea):
                continue
            findings.extend(rule(sentence, settings))
    findings.extend(_outside_ideas(source))
    if words > settings.word_budget:
        findings.append(
            Finding(
                "word-budget",
                1,
                f"page has {words} words, over {settings.word_budget}",
                "keep only what readers need, or split the page in two",
            )
        )
    return sorted(findings, key=lambda f: (f.line, f.rule))


def _outside_ideas(source: str) -> Iterator[Finding]:
    for para in paragraphs(source):
        if not para.in_idea and not para.heading:
            yield Finding(
                "picture-first",
                para.line,
                f"text outside an idea block: '{_short(para.raw)}'",
                "put it in an idea block with a picture: '/// idea | what the picture shows'",
            )


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
