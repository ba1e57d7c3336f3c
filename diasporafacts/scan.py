"""Where a figure may start: one fast pass per document.

Scanning a whole article with the full date and figure patterns costs a
pattern attempt at every character. Instead, figures are anchored: a run
of digits (found by a pattern starting with a digit class, which the
regular-expression engine skips to directly) or a trigger word (number
words, vague amounts, multipliers, month names), found together by an
Aho-Corasick automaton (pyahocorasick) in one pass of C code. The
extractors then try their patterns only at these anchors.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from . import lexicon
from .numbers import TENS, UNITS

_DIGIT_RUN = re.compile(r"[0-9]+")

MONTH_WORDS = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
)


@lru_cache(maxsize=1)
def _number_words() -> frozenset[str]:
    words = set(UNITS) | set(TENS) | {"hundred", "thousand", "million", "billion", "dozen",
                                      "century", "decade", "half"}
    words |= {phrase.split()[0] for phrase in lexicon.VAGUE}
    words |= set(lexicon.FOLD_WORDS) | set(lexicon.CHANGE_WORDS)
    return frozenset(words)


@lru_cache(maxsize=1)
def _automaton():
    a = ahocorasick.Automaton()
    for w in _number_words():
        a.add_word(w, (w, "number"))
    for m in MONTH_WORDS:
        a.add_word(m.lower(), (m.lower(), "month"))
    a.make_automaton()
    return a


@dataclass(slots=True)
class Anchors:
    digits: list[int]          # starts of digit runs
    numbers: list[int]         # starts of number/vague/multiplier words
    months: list[int]          # starts of capitalized month names


def _boundary(text: str, s: int, e: int) -> bool:
    return (s == 0 or not text[s - 1].isalpha()) and (e >= len(text) or not text[e].isalpha())


def anchors(text: str) -> Anchors:
    digits = [m.start() for m in _DIGIT_RUN.finditer(text)]
    numbers: list[int] = []
    months: list[int] = []
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    for end, (word, what) in _automaton().iter(low):
        s = end - len(word) + 1
        if not _boundary(low, s, end + 1):
            continue
        if what == "month":
            if text[s].isupper():
                months.append(s)
        else:
            numbers.append(s)
    numbers.sort()
    months.sort()
    return Anchors(digits, numbers, months)
