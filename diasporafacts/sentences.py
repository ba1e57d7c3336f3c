"""Split a document into sentence spans.

Tuned for news text: headlines and datelines without a final stop,
abbreviations (Mr., Oct. 10, No. 5, U.S.), decimals and grouped numbers,
initials, quotes that close after the stop, Q&A labels, bullet and
dash-led lines. Compiled patterns find every candidate boundary (end
punctuation before a space, line breaks); each candidate is judged by a few
characters either side, so the work is linear in the input. The
abbreviation table is data/abbreviations.toml.

This runs on every document, so it is written for speed: the scans use the
standard `re` module and start with one literal character ("." or "\\n"),
which `re` finds several times faster than a character class; the common
sentence end is recognised by the pattern itself; `regex` is kept for the
rare checks that need \\p{...}.
"""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

import regex

_OPENERS = "([\"'“‘«"
_AFTER = 40  # characters looked at on either side of a full stop


def _load_abbreviations(path: Path) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    table = tomllib.loads(path.read_text("utf-8"))
    always = frozenset(w.lower() for w in table["always"])
    before_number = frozenset(w.lower() for w in table["before_number"])
    starters = frozenset(table["sentence_starters"])
    if not always or not before_number or not starters:
        raise ValueError(f"{path}: a table is empty")
    return always, before_number, starters


_ALWAYS, _BEFORE_NUMBER, _STARTERS = _load_abbreviations(
    Path(__file__).parent / "data" / "abbreviations.toml")
# A full stop after this many lowercase letters ends its sentence (unless
# a lowercase word follows): the word is longer than any abbreviation, than
# an initial or "123." numbering a line, is no U.S.-like acronym and not in
# capitals. Most sentences end so; the pattern below marks them.
_PLAIN = 1 + max(3, *map(len, _ALWAYS | _BEFORE_NUMBER))

# "Space" in the patterns is what `regex` calls \s: str.isspace() without
# the separators \x1c-\x1f. Spelled out, as the \s of `re` includes them.
_SP = "\t\n\v\f\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"

# A stop: end punctuation starting a run (the lookbehind after its first
# character keeps long runs of dots linear), closing quotes or brackets, then
# a space or the end of the text, and all the spaces. Groups:
#   1 "" when the stop is a full stop after _PLAIN lowercase letters, else
#     None;
#   2 the rest of the punctuation run; 3 the spaces;
#   4 the character after them ("" at the end), not taken: a stop may start
#     there.
_STOP_TAIL = (rf"(?<![.!?…][.!?…])((?<=[a-z]{{{_PLAIN}}}\.))?([.!?…]*+)"
              rf"[\"'”’»)\]]*+(?=[{_SP}]|\Z)([{_SP}]*+)(?=([^{_SP}]?))")
# The runs that start with "." (nearly all) are found by one fast scan; the
# rare ones that start with "!", "?", "…" are found by str.find and matched
# in place.
_STOP_DOT = re.compile(r"\." + _STOP_TAIL)
_STOP_ANY = re.compile(r"[.!?…]" + _STOP_TAIL)
_RUN = re.compile(r"[.!?…]*")

# Line breaks as str.splitlines() knows them.
_LB_CHARS = "\n\r\v\f\x1c-\x1e\x85\u2028\u2029"
_OTHER_LB = "\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
# A line break and all the blank space after it; _BREAK_NL for the texts that
# break lines with "\n" alone (nearly all).
_BREAK = re.compile(rf"[{_LB_CHARS}][{_SP}]*+")
_BREAK_NL = re.compile(rf"\n[{_SP}]*+")
# Counting line breaks, "\r\n" once.
_LB_ONE = re.compile(rf"\r\n|[{_LB_CHARS}]")

_ACRONYM = regex.compile(r"(?:\p{L}\.)+\p{L}")  # U.S, e.g, U.N
_CAPS_DATELINE = regex.compile(r"\p{Lu}[\p{Lu}\p{N}.-]+\s+[–—-]\s")
_WORD = regex.compile(r"[\p{L}']+")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of a whole document, in order, trimmed of whitespace."""
    if not text or not isinstance(text, str):
        return []
    # Where a sentence may end -> where the blank space after it ends.
    cuts: dict[int, int] = {}
    for finder in (_break_cuts, _stop_cuts):
        try:
            finder(text, cuts)
        except Exception:  # never fail a document over its sentences
            pass
    cuts[len(text)] = len(text)
    spans = []
    start = 0  # where the next piece starts, past the blank space known
    for cut in sorted(cuts):  # each finder added its cuts in order: one merge
        if start < cut:
            if text[start].isspace() or text[cut - 1].isspace():
                # Rare: space at the start of the text, before a line break,
                # or \x1c-\x1f, which the patterns do not count as blank.
                piece = text[start:cut]
                rest = piece.lstrip()
                if rest:
                    first = start + len(piece) - len(rest)
                    spans.append((first, first + len(rest.rstrip())))
            else:
                spans.append((start, cut))
        start = cuts[cut]
    return spans


def _break_cuts(text: str, cuts: dict[int, int]) -> None:
    """A blank line always ends a sentence; one line break does unless the
    next line starts in lowercase (a wrapped paragraph)."""
    n = len(text)
    pattern = _BREAK if any(c in text for c in _OTHER_LB) else _BREAK_NL
    for m in pattern.finditer(text):
        end = m.end()
        if end < n and text[end].islower() and len(_LB_ONE.findall(m.group())) < 2:
            continue
        cuts[m.start()] = end


def _stop_cuts(text: str, cuts: dict[int, int]) -> None:
    found = _STOP_DOT.finditer(text)
    rare = list(_rare_stops(text))
    if rare:
        found = sorted([*found, *rare], key=re.Match.start)  # two sorted runs: one merge
    # Stops never overlap, but the character after a stop's spaces belongs
    # to it (the stop is judged by it), so a stop starting right there does
    # not count: "Wait. . Then go." is cut once.
    taken = -1
    for m in found:
        start, end = m.span()
        if start == taken:
            continue
        taken = end
        plain, more, blank, nxt = m.groups()
        if nxt.islower():  # "etc. are", "U.S. officials", "?” he asked"
            continue
        if more:
            if len(more) >= 3 and text[start] == "." and more.count(".") == len(more):
                continue  # leader dots in a table row
        elif plain is None and text[start] == "." and not _period_ends(text, start, end, nxt):
            continue
        cuts[end - len(blank)] = end


def _rare_stops(text: str):
    """The stops that start with "!", "?" or "…", in order for each."""
    for c in "!?…":
        i = text.find(c)
        while i >= 0:
            m = _STOP_ANY.match(text, i)  # None inside a run or before a non-space
            if m:
                yield m
            i = text.find(c, m.end(2) if m else _RUN.match(text, i).end())  # past the run


def _period_ends(text: str, at: int, after: int, nxt: str) -> bool:
    """Whether the single full stop at text[at] ends its sentence; the next
    word starts at text[after] with the character nxt ("" at the end)."""
    if at == 0 or text[at - 1].isspace():
        return True
    # The last word of the 40 characters before the stop (no space ends
    # them, so rsplit's last piece is split()'s last word).
    word = text[max(0, at - _AFTER):at].rsplit(None, 1)[-1].lstrip(_OPENERS)
    low = word.lower()
    if low in _ALWAYS:
        return False
    if low in _BEFORE_NUMBER and nxt.isdigit():
        return False
    if len(word) == 1 and word.isupper():  # an initial: J. R. Smith
        return False
    if "." in word and _ACRONYM.fullmatch(word):  # U.S. Embassy, but "the U.S. The ..."
        first = _WORD.match(text, after, after + _AFTER)
        return bool(first) and first.group() in _STARTERS
    if word.isdigit() and len(word) <= 3 and _line_start(text, at - len(word)):
        return False  # "1. " numbering a line
    if word.isupper() and _CAPS_DATELINE.match(text, after, after + _AFTER) \
            and _line_start(text, at - len(word)):
        return False  # "ASTANA. KAZINFORM – ..." is one dateline
    return True


def _line_start(text: str, pos: int) -> bool:
    """Whether only spaces stand between pos and the start of its line."""
    i = pos - 1
    while i >= 0 and i > pos - 40 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
