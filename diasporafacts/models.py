"""The fact record: the one contract with users and the evaluation.

Field names, order and normalization follow shared/spec/FACTS.md exactly;
`id` is our own addition (stable: the same input gives the same id).
"""
from __future__ import annotations

import hashlib
from enum import Enum

from pydantic import BaseModel, ConfigDict, Field, model_validator


class Kind(str, Enum):
    population = "population"
    organizations = "organizations"
    money = "money"
    date = "date"
    duration = "duration"
    percentage = "percentage"
    change = "change"
    count = "count"


class Qualifier(str, Enum):
    exact = "exact"
    approx = "approx"
    more_than = "more_than"
    at_least = "at_least"
    less_than = "less_than"
    up_to = "up_to"
    range = "range"
    vague = "vague"


# The spec's field order: CSV columns and JSON keys follow it.
FIELDS = ("source", "start", "end", "line", "column", "quote", "kind", "value",
          "low", "high", "qualifier", "unit", "subject", "place", "date",
          "speaker", "sentence")


def _iso_currency_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies)


_CURRENCIES: frozenset[str] | None = None


def is_currency_code(code: str) -> bool:
    global _CURRENCIES
    if _CURRENCIES is None:
        _CURRENCIES = _iso_currency_codes()
    return code in _CURRENCIES


def fact_id(source: str, start: int, end: int, kind: str) -> str:
    """Stable id: a short hash of where the fact stands and what it is."""
    raw = f"{source}\x1f{start}\x1f{end}\x1f{kind}".encode("utf-8", "surrogatepass")
    return hashlib.blake2b(raw, digest_size=8).hexdigest()


class Fact(BaseModel):
    """One verifiable figure found in a text."""

    model_config = ConfigDict(use_enum_values=True, extra="forbid")

    source: str = Field(description="the input path as named, or '-' for standard input")
    start: int = Field(ge=0, description="offset (code points) of the span in the decoded text")
    end: int = Field(ge=0, description="end offset; text[start:end] == quote")
    line: int = Field(ge=1, description="1-based line of start")
    column: int = Field(ge=1, description="1-based column of start")
    quote: str = Field(min_length=1, description="the exact span text")
    kind: Kind
    value: int | float | None = Field(None, description="the number as stated, normalized")
    low: int | float | None = Field(None, description="lower bound the wording sets")
    high: int | float | None = Field(None, description="upper bound the wording sets")
    qualifier: Qualifier = Qualifier.exact
    unit: str | None = Field(None, description="ISO 4217 code, time unit, '%', 'times' or the counted noun")
    subject: str | None = Field(None, description="who or what is counted")
    place: str | None = Field(None, description="where the counted group is")
    date: str | None = Field(None, description="ISO 8601 / TIMEX3 value for kind date")
    speaker: str | None = Field(None, description="the named person or body the figure is attributed to")
    sentence: str = Field(description="the sentence that holds the span")
    id: str = Field("", description="stable id of this fact")

    @model_validator(mode="after")
    def _check(self) -> "Fact":
        if self.end <= self.start:
            raise ValueError("end must be greater than start")
        if self.end - self.start != len(self.quote):
            raise ValueError("quote length must equal end - start")
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError("low must not exceed high")
        if self.kind == Kind.money.value and self.unit is not None and not is_currency_code(self.unit):
            raise ValueError(f"money unit {self.unit!r} is not an ISO 4217 code")
        if self.quote not in self.sentence:
            raise ValueError("sentence must contain the quote")
        if not self.id:
            self.id = fact_id(self.source, self.start, self.end, self.kind)
        return self

    def row(self) -> dict:
        """The record as a plain dict in the spec's field order, id last."""
        d = self.model_dump()
        return {**{k: d[k] for k in FIELDS}, "id": d["id"]}
