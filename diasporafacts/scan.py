"""Where a figure may start: one fast pass per document.

Scanning a whole article with the full date and figure patterns costs a
pattern attempt at every character. Instead, figures are anchored: a run
of digits or a trigger word (number words, vague amounts, multipliers,
month names) standing alone between non-letters. The extractors then try
their patterns only at these anchors.

Both are found on a folded copy of the text, one byte per character (so
positions carry over): ASCII letters lower-cased, ASCII digits as "0", the
other Latin-1 letters as "_", anything else as a space. On it, a digit run
is a run of "0", and a trigger word follows a space once the digits are
spaces too: each search starts from a literal byte, which the
regular-expression engine finds in a tight C loop, and the words are one
pattern written as a trie, so a position is given up after a letter or two.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon
from .numbers import TENS, UNITS

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


def _fold_table() -> bytes:
    table = bytearray(b" " * 256)
    for b in range(256):
        c = chr(b)
        if c.isascii() and c.isalpha():
            table[b] = ord(c.lower())
        elif c.isascii() and c.isdigit():
            table[b] = ord("0")
        elif c.isalpha():
            table[b] = ord("_")
    return bytes(table)


_FOLD = _fold_table()
_DIGIT_RUN = re.compile(rb"00*")  # not "0+": a pattern must open with a literal to be searched fast


def _fold(text: str) -> bytes:
    """The text as one byte per character (see the module docstring), after a space."""
    if "\u212a" in text:
        text = text.replace("\u212a", "k")  # KELVIN SIGN lower-cases to "k"
    # Characters beyond Latin-1 become "?", then a space; letters among them
    # are caught by the checks on the text itself in `anchors`.
    return b" " + text.encode("latin-1", "replace").translate(_FOLD)


def _trie(words: list[str]) -> str:
    """A pattern matching any of `words`, the longest first, as a trie."""
    heads: dict[str, list[str]] = {}
    for w in words:
        if w:
            heads.setdefault(w[0], []).append(w[1:])
    branches = [c + _trie(rest) for c, rest in sorted(heads.items())]
    if "" in words:
        branches.append("")  # the word may end here, once longer ones failed
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


@lru_cache(maxsize=1)
def _trigger_words() -> tuple[dict[bytes, str], re.Pattern[bytes]]:
    kinds = {w: "number" for w in _number_words()}
    kinds.update({m.lower(): "month" for m in MONTH_WORDS})
    kinds["quarter"] = "quarter"  # "in the fourth quarter": a date with no digit
    bad = [w for w in kinds if not (w.isascii() and w.isalpha() and w.islower())]
    if bad:
        raise ValueError(f"scan: trigger words must be single lower-case ASCII words: {bad}")
    # A word needs a non-letter on each side: the space before is matched, a
    # letter after is refused here or in `anchors`.
    pattern = re.compile(rb" (" + _trie(sorted(kinds)).encode() + rb")(?![a-z_])")
    return {w.encode(): k for w, k in kinds.items()}, pattern


@dataclass(slots=True)
class Anchors:
    digits: list[int]          # starts of digit runs
    numbers: list[int]         # starts of number/vague/multiplier words
    months: list[int]          # starts of capitalized month names and of "quarter"


def anchors(text: str) -> Anchors:
    folded = _fold(text)
    digits = [m.start() - 1 for m in _DIGIT_RUN.finditer(folded)]
    numbers: list[int] = []
    months: list[int] = []
    kinds, pattern = _trigger_words()
    n = len(text)
    for m in pattern.finditer(folded.replace(b"0", b" ")):
        s, e = m.start(1) - 1, m.end() - 1
        # A letter beyond Latin-1 was folded to a space: look at the text.
        if (s and text[s - 1].isalpha()) or (e < n and text[e].isalpha()):
            continue
        kind = kinds[m.group(1)]
        if kind == "month":
            if text[s].isupper():
                months.append(s)
        elif kind == "quarter":
            months.append(s)
        else:
            numbers.append(s)
    return Anchors(digits, numbers, months)
