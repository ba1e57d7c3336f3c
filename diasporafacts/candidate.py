"""A figure found in the text before it becomes a validated Fact."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    kind: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    qualifier: str = "exact"
    unit: str | None = None
    date: str | None = None
    subject: str | None = None
    # End of the counted noun phrase after the figure (where place search starts).
    anchor: int | None = None
    # How the counted noun was found: "noun", "backref" (of them), "ellipsis", "number_of"...
    how: str = ""
