"""A table-driven corpus of real-looking news sentences and the facts in them.

Each module of this package is one family of figures (population,
organizations, money, dates, durations, percentages, changes, counts,
negatives, and context for subject, place and speaker) and holds one list,
`CASES`, of rows:

- `Case(text, facts, exhaustive=True, note="")`: the extractor must produce
  every `Fact` listed; with `exhaustive` it must produce nothing else.
- `Neg(text, note, kinds=())`: the text gives no fact at all, or none of
  the kinds named.

A `Fact` names its span by `quote` (the `occurrence`-th `text.find(quote)`)
and the fields it checks; `ANY` leaves a field unchecked and `None` means the
field must be null. Expectations follow shared/spec/FACTS.md, including its
"Conventions the evaluation follows"; where the spec leaves a field open the
row leaves it `ANY`. Every sentence was written for this corpus; none is
taken from the seeds or the development set, and the groups, places,
currencies and outlets differ from theirs on purpose.

The helpers below build `Fact` rows from the spec's mapping of qualifiers to
bounds and its table of vague quantities, so a row states only what the
text says: `pop("more than 200,000", 200000, "more_than", subject=...)`.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any


class _Any:
    """Sentinel for a field the row does not check."""

    _instance: "_Any | None" = None

    def __new__(cls) -> "_Any":
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "ANY"


ANY: Any = _Any()

KINDS = frozenset({"population", "organizations", "money", "date", "duration",
                   "percentage", "change", "count"})
QUALIFIERS = frozenset({"exact", "approx", "more_than", "at_least", "less_than",
                        "up_to", "range", "vague"})
DURATION_UNITS = frozenset({"year", "month", "week", "day", "hour"})

# The spec's bounds for each qualifier of a single stated number.
BOUNDS = {
    "exact": lambda v: (v, v),
    "approx": lambda v: (None, None),
    "more_than": lambda v: (v, None),
    "at_least": lambda v: (v, None),
    "less_than": lambda v: (None, v),
    "up_to": lambda v: (None, v),
}

# The spec's bounds for vague quantities (FACTS.md, "Vague quantities").
VAGUE = {
    "dozens": (24, 99),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
    "millions": (2_000_000, 9_999_999),
    "several": (3, 9),
    "several hundred": (300, 999),
    "several thousand": (3_000, 9_999),
}

# Units the spec fixes by kind: none for people and bodies, % and times.
FIXED_UNIT = {"population": None, "organizations": None,
              "percentage": "%", "change": "times"}


@dataclass(frozen=True)
class Fact:
    """One expected fact: its span (by quote) and the fields to check."""

    quote: str
    kind: str
    value: Any = ANY
    low: Any = ANY
    high: Any = ANY
    qualifier: Any = ANY
    unit: Any = ANY
    date: Any = ANY
    subject: Any = ANY
    place: Any = ANY
    speaker: Any = ANY
    occurrence: int = 1


@dataclass(frozen=True)
class Case:
    """A text and the facts it gives."""

    text: str
    facts: list[Fact]
    exhaustive: bool = True
    note: str = ""


@dataclass(frozen=True)
class Neg:
    """A text that gives no fact (or none of `kinds`)."""

    text: str
    note: str
    kinds: tuple[str, ...] = ()


def _unit(kind: str, fields: dict) -> dict:
    if "unit" not in fields and kind in FIXED_UNIT:
        fields["unit"] = FIXED_UNIT[kind]
    return fields


def fig(kind: str, quote: str, value: float, qualifier: str = "exact", **fields) -> Fact:
    """A single stated number; bounds follow from the qualifier (if checked)."""
    low, high = (ANY, ANY) if qualifier is ANY else BOUNDS[qualifier](value)
    return Fact(quote, kind, value=value, low=low, high=high, qualifier=qualifier,
                **_unit(kind, fields))


def rng(kind: str, quote: str, low: float, high: float, **fields) -> Fact:
    """A range: no value, both bounds."""
    return Fact(quote, kind, value=None, low=low, high=high, qualifier="range",
                **_unit(kind, fields))


def vague(kind: str, quote: str, word: str, **fields) -> Fact:
    """A vague quantity (dozens, hundreds...): no value, the spec's bounds."""
    low, high = VAGUE[word]
    return Fact(quote, kind, value=None, low=low, high=high, qualifier="vague",
                **_unit(kind, fields))


def date(quote: str, iso: str, **fields) -> Fact:
    """A calendar reference with its TIMEX-style value."""
    return Fact(quote, "date", value=None, date=iso, **fields)


def pop(quote: str, value: float, qualifier: str = "exact", **fields) -> Fact:
    return fig("population", quote, value, qualifier, **fields)


def org(quote: str, value: float, qualifier: str = "exact", **fields) -> Fact:
    return fig("organizations", quote, value, qualifier, **fields)


def pct(quote: str, value: float, qualifier: str = "exact", **fields) -> Fact:
    return fig("percentage", quote, value, qualifier, **fields)


def chg(quote: str, value: float, qualifier: str = "exact", **fields) -> Fact:
    return fig("change", quote, value, qualifier, **fields)


def money(quote: str, value: float, unit: str, qualifier: str = "exact", **fields) -> Fact:
    return fig("money", quote, value, qualifier, unit=unit, **fields)


def dur(quote: str, value: float, unit: str, qualifier: str = "exact", **fields) -> Fact:
    return fig("duration", quote, value, qualifier, unit=unit, **fields)


def cnt(quote: str, value: float, unit: str, qualifier: str = "exact", **fields) -> Fact:
    return fig("count", quote, value, qualifier, unit=unit, **fields)


MODULES = ("population", "organizations", "money", "dates", "durations",
           "percentages", "changes", "counts", "negatives", "context", "regressions")


def rows() -> list[tuple[str, Case | Neg]]:
    """Every row of every module, each with a stable id like `money-007`."""
    out = []
    for name in MODULES:
        module = importlib.import_module(f"{__name__}.{name}")
        for i, row in enumerate(module.CASES, 1):
            out.append((f"{name}-{i:03d}", row))
    return out
