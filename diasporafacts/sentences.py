"""Split a document into sentence spans.

Tuned for news text: headlines and datelines without a final stop,
abbreviations (Mr., Oct. 10, No. 5, U.S.), decimals and grouped numbers,
initials, quotes that close after the stop, Q&A labels, bullet and
dash-led lines. Two compiled patterns find every candidate boundary (end
punctuation before a space, line breaks); each candidate is judged by a few
characters either side, so the work is linear in the input. The
abbreviation table is data/abbreviations.toml.
"""
from __future__ import annotations

import tomllib
from pathlib import Path

import regex

# Line breaks as str.splitlines() knows them, "\r\n" counted once.
_LB = r"(?:\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029])"

# End punctuation starting a run (the lookbehind keeps long runs of dots
# linear), closing quotes or brackets, then a space or the end of the text,
# and the first character after the space.
_STOP = regex.compile(r"(?<![.!?…])(?P<stop>[.!?…]++[\"'”’»)\]]*+)(?=\s|\Z)\s*+(?P<next>\S?)")

# A line break and all the blank space after it.
_BREAK = regex.compile(_LB + r"\s*+")
_LB_ONE = regex.compile(_LB)

_ACRONYM = regex.compile(r"(?:\p{L}\.)+\p{L}")  # U.S, e.g, U.N
_CAPS_DATELINE = regex.compile(r"\p{Lu}[\p{Lu}\p{N}.-]+\s+[–—-]\s")
_WORD = regex.compile(r"[\p{L}']+")
_OPENERS = "([\"'“‘«"


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


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of a whole document, in order, trimmed of whitespace."""
    if not text or not isinstance(text, str):
        return []
    cuts: set[int] = set()
    for finder in (_break_cuts, _stop_cuts):
        try:
            cuts.update(finder(text))
        except Exception:  # never fail a document over its sentences
            pass
    spans = []
    start = 0
    for cut in sorted(cuts) + [len(text)]:
        span = _trim(text, start, cut)
        if span:
            spans.append(span)
        start = cut
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    piece = text[start:end]
    body = piece.strip()
    if not body:
        return None
    lead = len(piece) - len(piece.lstrip())
    return start + lead, start + lead + len(body)


def _break_cuts(text: str):
    """A blank line always ends a sentence; one line break does unless the
    next line starts in lowercase (a wrapped paragraph)."""
    for m in _BREAK.finditer(text):
        if m.end() < len(text) and text[m.end()].islower():
            if len(_LB_ONE.findall(m.group())) < 2:
                continue
        yield m.start()


def _stop_cuts(text: str):
    for m in _STOP.finditer(text):
        if m.group("next").islower():  # "etc. are", "U.S. officials", "?” he asked"
            continue
        stop = m.group("stop").rstrip("\"'”’»)]")
        if stop == ".":
            if not _period_ends(text, m.start(), text[m.start("next"):m.start("next") + 40]):
                continue
        elif len(stop) >= 4 and stop.count(".") == len(stop):  # leader dots in a table row
            continue
        yield m.end("stop")


def _period_ends(text: str, at: int, after: str) -> bool:
    """Whether the single full stop at text[at] ends its sentence."""
    before = text[max(0, at - 40):at]
    if not before or before[-1].isspace():
        return True
    word = before.split()[-1].lstrip(_OPENERS)
    low = word.lower()
    nxt = after[:1]
    if low in _ALWAYS:
        return False
    if low in _BEFORE_NUMBER and nxt.isdigit():
        return False
    if len(word) == 1 and word.isupper():  # an initial: J. R. Smith
        return False
    if _ACRONYM.fullmatch(word):  # U.S. Embassy, but "the U.S. The ..."
        first = _WORD.match(after)
        return bool(first) and first.group() in _STARTERS
    if word.isdigit() and len(word) <= 3 and _line_start(text, at - len(word)):
        return False  # "1. " numbering a line
    if word.isupper() and _CAPS_DATELINE.match(after) and _line_start(text, at - len(word)):
        return False  # "ASTANA. KAZINFORM – ..." is one dateline
    return True


def _line_start(text: str, pos: int) -> bool:
    """Whether only spaces stand between pos and the start of its line."""
    i = pos - 1
    while i >= 0 and i > pos - 40 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
