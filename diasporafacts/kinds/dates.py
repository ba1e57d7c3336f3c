r"""Calendar dates, normalized TIMEX3-style (X for what the text leaves out).

Every date form is a pattern in `_FORMS`; at a position the first form that
matches wins, as in one big alternation, and `_normalize` turns the match
into its ISO value. A bare year is a date only in a date context: a
four-digit number followed by a counted plural noun ("2000 migrants") is left
to the counting extractors.

Speed: forms are tried only at anchors (see `scan`), and at a position only
those that may begin there (see `_match`), as a few alternations compiled
once, at import, with the standard `re` module, which compiles and matches
them much faster than `regex`. The results stay those of the `regex`
module: its \s and \d are spelled out (S, D), and its Unicode word
characters, which `re` sees otherwise, are checked in Python where a form
looks at them (`_word_char`).
"""
from __future__ import annotations

import re
from functools import lru_cache

import regex

from ..candidate import Candidate
from ..nounphrase import counts_after

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
ORDINAL_PARTS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2,
                 "3rd": 3, "4th": 4, "last": 4}
# A lone month name is a date after one of these ("in July", "since March").
MONTH_CUES = ("in", "since", "by", "until", "till", "from", "through", "during", "of",
              "last", "next", "early", "late", "mid", "mid-", "before", "after", "between",
              "and", "to", "on", "this", "that", "each", "every", "throughout", "starting",
              "ending", "end", "beginning", "start", "as of", "in early", "in late", "or")

# The `regex` module's \s and \d, for `re` (as classes cheap to compile): its
# \s leaves out \x1c-\x1f, its \d may know the digits of scripts newer than
# Python's Unicode 14 (those below it knows, given as characters, not escapes).
S = r"[^\S\x1c-\x1f]"
_NEWER_DIGITS = ((0x10D40, 0x10D49), (0x116D0, 0x116E3), (0x11BF0, 0x11BF9), (0x11DE0, 0x11DE9),
                 (0x11F50, 0x11F59), (0x16130, 0x16139), (0x16D70, 0x16D79), (0x1CCF0, 0x1CCF9),
                 (0x1E4F0, 0x1E4F9), (0x1E5F1, 0x1E5FA))
# Digits Python's int() cannot read (newer than its Unicode) are no digits
# here: a date made of them would fail to convert. They still bound a form.
_DIGIT = r"\d"
_NEWER = "".join(f"{chr(a)}-{chr(b)}" for a, b in _NEWER_DIGITS if regex.match(r"\d", chr(a)))
D = f"[{_DIGIT}]"
# \w next to a form: `re` sees the ASCII word characters, `_word_char` the rest.
_ASCII_WORD = "[0-9A-Za-z_]"

_full = sorted((m for m in MONTHS if len(m) > 3 or m == "may"), key=len, reverse=True)
_abbr = [m for m in MONTHS if len(m) <= 4 and m != "may" and m not in ("june", "july")]
_cap = lambda w: w[0].upper() + w[1:]
# The month names a date may hold, in the order MONTH tries them, and
# whether a dot may follow.
_MONTH_NAMES = ([(_cap(m), False) for m in _full] + [(m.upper(), False) for m in _full]
                + [(_cap(m), True) for m in sorted(_abbr, key=len, reverse=True)])
MONTH = "(?:" + "|".join(name + (r"\.?" if dot else "") for name, dot in _MONTH_NAMES) + ")"
# Abbreviations need their dot or a day number to count ("Mar" alone is a name).
DAY = rf"(?:[12]{D}|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = rf"(?:1[0-9]|20){D}{{2}}"  # 1000-2099
DASH = rf"{S}?[-–—]{S}?"

# Every form, in the order they are tried, with the characters it may begin with.
_MONTH_START = "JFMASOND"
_DIGITS = "0123456789"
_FORMS = [
    ("md_md", _MONTH_START, rf"(?P<m1>{MONTH}){S}(?P<d1>{DAY}){DASH}(?P<m2>{MONTH}){S}(?P<d2>{DAY})(?:,?{S}(?P<y>{YEAR}))?"),
    ("dm_dm", _DIGITS, rf"(?P<d1>{DAY}){S}(?P<m1>{MONTH}){DASH}(?P<d2>{DAY}){S}(?P<m2>{MONTH})(?:,?{S}(?P<y>{YEAR}))?"),
    ("md_d", _MONTH_START, rf"(?P<m1>{MONTH}){S}(?P<d1>{DAY}){DASH}(?P<d2>{DAY})(?!{D})(?:,?{S}(?P<y>{YEAR}))?"),
    ("d_dm", _DIGITS, rf"(?P<d1>{DAY}){DASH}(?P<d2>{DAY}){S}(?P<m1>{MONTH})(?:,?{S}(?P<y>{YEAR}))?"),
    ("mdy", _MONTH_START, rf"(?P<m1>{MONTH}){S}(?P<d1>{DAY}),?{S}(?P<y>{YEAR})"),
    ("dmy", "t" + _DIGITS, rf"(?:the{S})?(?P<d1>{DAY}){S}(?:of{S})?(?P<m1>{MONTH}),?{S}(?P<y>{YEAR})"),
    ("md", _MONTH_START, rf"(?P<m1>{MONTH}){S}(?P<d1>{DAY})(?![{_DIGIT},.]{D}|{S}?(?:%|percent|per{S}cent))"),
    ("dm", "t" + _DIGITS, rf"(?:the{S})?(?P<d1>{DAY}){S}(?:of{S})?(?P<m1>{MONTH})"),
    ("m_my", _MONTH_START, rf"(?P<m1>{MONTH}){DASH}(?P<m2>{MONTH}),?{S}(?P<y>{YEAR})"),
    ("m_and_my", _MONTH_START, rf"(?P<m1>{MONTH}){S}(?:and|to|through|until|till){S}(?P<m2>{MONTH}),?{S}(?P<y>{YEAR})"),
    ("my_my", _MONTH_START, rf"(?P<m1>{MONTH}),?{S}(?P<y1>{YEAR}){S}?(?:[-–—]|to|through|until){S}?(?P<m2>{MONTH}),?{S}(?P<y>{YEAR})"),
    ("my", _MONTH_START, rf"(?P<m1>{MONTH}),?{S}(?:of{S})?(?P<y>{YEAR})"),
    ("m_to_m", _MONTH_START, rf"(?P<m1>{MONTH}){S}(?:to|through|until|till|and){S}(?P<m2>{MONTH})(?!{S}{D})"),
    ("iso", "12", rf"(?P<y>{YEAR})-(?P<mn>0[1-9]|1[0-2])-(?P<d1>0[1-9]|[12]{D}|3[01])"),
    ("dotted", _DIGITS, rf"(?P<d1>0?[1-9]|[12]{D}|3[01])(?P<sep>[./])(?P<mn>0?[1-9]|1[0-2])(?P=sep)(?P<y>{YEAR})"),
    # (a quarter without its year is XXXX-Qn, like a day without its year)
    ("quarter", "tfsl1234", rf"(?:the{S})?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|last){S}(?P<part>quarter|half)"
                            rf"(?:(?:{S}of)?,?{S}(?P<y>{YEAR})|(?![\w-]|{S}of{S}|{S}(?:century|decade|year|month)))"),
    ("qy", "QH", rf"(?P<qh>[QH])(?P<qn>[1-4])(?:{S}|-)?(?P<y>{YEAR})"),
    ("yq", "12", rf"(?P<y>{YEAR})(?:{S}|-)?(?P<qh>[QH])(?P<qn>[1-4])"),
    ("season", "SsAaFfWw", rf"(?P<sn>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter){S}(?:of{S})?(?P<y>{YEAR})"),
    # ...(?!\w) after the "s": see _GUARDS.
    ("decade", "tTeElLmM12", rf"(?:(?:the|The){S})?(?:(?P<part>early|late|mid|mid-|Early|Late|Mid)(?:{S}|-)?)?(?P<dec>1[0-9]{D}0|20{D}0)(?:'s|s)(?!{_ASCII_WORD})"),
    ("midyear", "mel", rf"(?:mid|early|late)-(?P<y>{YEAR})"),
    ("apos", "tTelm'’", rf"(?:(?:the|The){S})?(?:(?:early|late|mid)(?:{S}|-))?['’](?P<dd>{D})0s"),
    ("us", _DIGITS, rf"(?P<mn>0?[1-9]|1[0-2])/(?P<d1>1[3-9]|2{D}|3[01])/(?P<y>{YEAR})"),
    ("yy", "12", rf"(?P<y1>{YEAR})(?P<ysep>[-–/])(?P<y2>{YEAR}|{D}{{2}})(?![{_DIGIT}%]|[.,]{D}|{S}?(?:%|percent))"),
    # ...[-‑]\w after the year: see _GUARDS.
    ("year", "12", rf"{YEAR}(?![{_DIGIT}{_NEWER}]|[.,]{D}|{S}?(?:%|percent|per{S}cent)|[-‑]{_ASCII_WORD})"),
    ("month", _MONTH_START, rf"{MONTH}(?!{S}{D})"),
]
_ORDER = {name: i for i, (name, _, _) in enumerate(_FORMS)}
_SOURCE = {name: source for name, _, source in _FORMS}
# The groups of each form: their names, and their names in `_alternation`.
_GROUPS = {name: [(g, f"{name}__{g}") for g in re.findall(r"\(\?P<(\w+)>", source)]
           for name, _, source in _FORMS}
_REGEX_WORD = regex.compile(r"\w")


def _word_char(ch: str) -> bool:
    r"""Whether `ch` is a word character (\w) for the `regex` module ("" is not)."""
    if ch.isascii():
        return ch.isalnum() or ch == "_"
    return _REGEX_WORD.match(ch) is not None


# Lookarounds on \w that `re` only checks for ASCII: the rest of the check, on
# the text after the match. Each of these forms has one possible end where it
# starts, so failing here means the form does not match there at all.
_GUARDS = {
    "decade": lambda text, e: not _word_char(text[e:e + 1]),
    "year": lambda text, e: not (text[e:e + 1] in ("-", "‑") and _word_char(text[e + 1:e + 2])),
}


@lru_cache(maxsize=None)
def _alternation(names: tuple[str, ...], after_month: bool = False) -> re.Pattern[str]:
    """One pattern trying the forms `names` in order; `lastgroup` names the one that matched.

    With `after_month`, the forms without their leading month name (see `_match_month`).
    """
    def rename(name: str, source: str) -> str:
        if after_month:
            source = source.removeprefix(f"(?P<m1>{MONTH})").removeprefix(MONTH)
        # Group names must be unique in `re`: "d1" of "dm" becomes "dm__d1".
        return re.sub(r"\(\?P([<=])(\w+)", rf"(?P\1{name}__\2", source)
    return re.compile("|".join(f"(?P<{n}>{rename(n, _SOURCE[n])})" for n in names))


# Which forms to try at a position, by its first character:
# - a month name: the month forms, in two steps (`_match_month`);
# - a digit: the forms that fit the length of the run of digits there, as a
#   form needs one or two digits (a day, a month number, "1st") or four (a
#   year; "year" also takes the first four of five);
# - any other character some form may begin with: the rest.
_MONTH_FORMS = tuple(name for name, first, _ in _FORMS if first == _MONTH_START)
_DIGIT_FORMS = tuple(name for name, first, _ in _FORMS if set(first) & set(_DIGITS))
_OTHER_FORMS = tuple(name for name, first, _ in _FORMS
                     if name not in _MONTH_FORMS and set(first) - set(_DIGITS))
_OTHER_START = frozenset(c for _, first, _ in _FORMS for c in first) - set(_DIGITS)
_YEAR_FORMS = ("iso", "yq", "decade", "yy", "year")  # those beginning with four digits
_DAY_FORMS = tuple(name for name in _DIGIT_FORMS if name not in _YEAR_FORMS)
assert _YEAR_FORMS == tuple(name for name in _DIGIT_FORMS if name in _YEAR_FORMS)
_BY_DIGIT_RUN = {1: _DAY_FORMS, 2: _DAY_FORMS, 4: _YEAR_FORMS, 5: _YEAR_FORMS}
_DIGIT_RUN = re.compile("[0-9]{1,6}")  # (six or more: no form)
# Compiled now, not at the first document; all the digit forms together are
# only needed when a digit beyond ASCII follows a run, which is rare.
_MONTH_REST = _alternation(_MONTH_FORMS, True)
for _names in (_OTHER_FORMS, _DAY_FORMS, _YEAR_FORMS):
    _alternation(_names)
_MONTH_NAMES_AT: dict[str, list[tuple[str, bool]]] = {}
for _name, _dot in _MONTH_NAMES:
    _MONTH_NAMES_AT.setdefault(_name[:3], []).append((_name, _dot))
# Characters that keep a date from starting right after them: \w and ".,/-".
_NO_START_AFTER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.,/-")


def _match(text: str, start: int) -> tuple[str, int, int, dict[str, str | None]] | None:
    """The form matching at `start` (the first in `_FORMS` order): its name, span and groups."""
    first = text[start]
    if first not in _DIGITS and first not in _OTHER_START:
        return None
    # No date starts inside a word, a number or a path ("x2024", "1.2024", "a/2024").
    if start:
        before = text[start - 1]
        if before in _NO_START_AFTER or (not before.isascii() and _word_char(before)):
            return None
    if first in _MONTH_START:
        ends = _month_ends(text, start)
        if ends:
            # Only the month forms can begin with a month name ("Mid", "Spring",
            # "Autumn", "Fall" are no month).
            return _match_month(text, start, ends)
    if first in _DIGITS:
        end = _DIGIT_RUN.match(text, start).end()
        if end < len(text) and not text[end].isascii():
            names = _DIGIT_FORMS  # a digit beyond ASCII may go on the run
        elif end - start in _BY_DIGIT_RUN:
            names = _BY_DIGIT_RUN[end - start]
        else:
            return None
    else:
        names = _OTHER_FORMS
    while True:
        m = _alternation(names).match(text, start)
        if m is None:
            return None
        kind = m.lastgroup
        guard = _GUARDS.get(kind)
        if guard is None or guard(text, m.end()):
            return kind, start, m.end(), {g: m.group(full) for g, full in _GROUPS[kind]}
        # That form fails here: try the later ones.
        names = names[names.index(kind) + 1:]
        if not names:
            return None


def _month_ends(text: str, start: int) -> list[int]:
    """Where MONTH may end when it begins at `start`, in the order it tries them."""
    ends: list[int] = []
    for name, dot in _MONTH_NAMES_AT.get(text[start:start + 3], ()):
        if text.startswith(name, start):
            e = start + len(name)
            if dot and text.startswith(".", e):
                ends.append(e + 1)
            ends.append(e)
    return list(dict.fromkeys(ends))


def _match_month(text: str, start: int, ends: list[int]) -> tuple[str, int, int, dict[str, str | None]] | None:
    """`_match` for the month forms: the rest of each tried after each end of the name.

    One big alternation would try every form with every end of the month
    name before the next form; so the earliest form wins, and for it the
    first end that works.
    """
    best = None
    for end in ends:
        m = _MONTH_REST.match(text, end)
        if m is not None and (best is None or _ORDER[m.lastgroup] < _ORDER[best[1].lastgroup]):
            best = (end, m)
    if best is None:
        return None
    end, m = best
    kind = m.lastgroup
    groups = {g: text[start:end] if g == "m1" else m.group(full) for g, full in _GROUPS[kind]}
    return kind, start, m.end(), groups


_BETWEEN = regex.compile(r"(?:\b(?:between|from)\s)$", regex.IGNORECASE)
_TO_YEAR = re.compile(rf"{S}(?:and|to|until|till|through){S}(?P<y2>{YEAR})(?![{_DIGIT}.,]{D})")


def _m(s: str) -> int:
    return MONTHS[s.rstrip(".").lower()]


def _d(s: str) -> int:
    return int(s.rstrip("stndrh"))  # a day number and its ordinal suffix, if any


def _ymd(y: str | None, m: int, d: int | None = None) -> str:
    out = (y or "XXXX") + f"-{m:02d}"
    return out + f"-{d:02d}" if d else out


def _word_before(text: str, pos: int, n: int = 12) -> str:
    r"""The word ending before `pos`, past spaces and "(" (within `n` characters), lower-cased.

    What `([\w-]+)[\s(]*$` finds searching the `n` characters before `pos`
    with the `regex` module, written out.
    """
    lo = max(0, pos - n)
    k = pos
    while k > lo and (text[k - 1] == "(" or _space_char(text[k - 1])):
        k -= 1
    i = k
    while i > lo and (text[i - 1] == "-" or _word_char(text[i - 1])):
        i -= 1
    return text[i:k].lower()


def _space_char(ch: str) -> bool:
    r"""Whether `ch` is a space (\s) for the `regex` module, which leaves out \x1c-\x1f."""
    return ch.isspace() and ch not in "\x1c\x1d\x1e\x1f"


# Words that may open a date written before its digits ("the early 1990s",
# "first quarter of 2024", "spring of 2023", "between April and ...").
_OPENERS = frozenset("""the early late mid first second third fourth last 1st 2nd 3rd 4th quarter
half of spring summer autumn fall winter between from""".split()) | frozenset(MONTHS)


def find(text: str, anchors=None) -> list[Candidate]:
    """Dates, tried only at digit runs and month names (see `scan`)."""
    from ..scan import anchors as scan_anchors

    anchors = anchors or scan_anchors(text)
    out: list[Candidate] = []
    last_end = 0
    # What was found at each start, and its candidate: neighbouring anchors
    # share starts ("March March March ...", where each is an opener).
    found_at: dict[int, tuple | None] = {}
    candidate_at: dict[int, Candidate | None] = {}
    for p in sorted(anchors.digits + anchors.months):
        if p < last_end or (p and text[p - 1] in _DEAD_AFTER):
            continue
        for start in _starts(text, p, last_end):
            if start not in found_at:
                found_at[start] = _match(text, start)
            found = found_at[start]
            if found is None or found[2] <= p:
                continue
            if start not in candidate_at:
                candidate_at[start] = _normalize(text, *found)
            c = candidate_at[start]
            if c is not None:
                out.append(c)
                last_end = c.end
                break
    return out


# After one of these, the only start for an anchor is the anchor itself
# (no letters to walk back over, no opener before), where no date starts.
_DEAD_AFTER = frozenset("0123456789_.,/")


def _starts(text: str, p: int, floor: int) -> list[int]:
    """Where a date holding position `p` may begin: a few opener words back, then `p`."""
    starts = [p]
    # The token holding p ("mid-2023", "Q1", "'90s").
    q = p
    lo = max(floor, p - 6)  # "mid-", "Q", "'": a short prefix at most
    while q > lo and (text[q - 1].isalpha() or text[q - 1] in "-'’"):
        q -= 1
    if q < p:
        starts.insert(0, q)
    pos = starts[0]
    for _ in range(4):
        # An opener ends in spaces (and perhaps a newline) just before `pos`.
        if not pos or text[pos - 1] not in " \u00a0\n":
            break
        pos = _opener_before(text, max(floor, pos - 16), pos)
        if pos < 0:
            break
        starts.insert(0, pos)
    return starts


_TOKEN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'’.-")


def _opener_before(text: str, lo: int, pos: int) -> int:
    """Where an opener word followed by spaces up to `pos` begins (not before `lo`), or -1.

    What `([A-Za-z0-9'’.-]+)[ \u00a0]+$` would find searching text[lo:pos],
    written out: the engine would try every start in the window.
    """
    end = pos - 1 if pos > lo and text[pos - 1] == "\n" else pos  # "$" allows a final newline
    k = end
    while k > lo and text[k - 1] in " \u00a0":
        k -= 1
    i = k
    while i > lo and text[i - 1] in _TOKEN:
        i -= 1
    if k == end or i == k or text[i:k].lower().rstrip(".") not in _OPENERS:
        return -1
    return i


def _normalize(text: str, kind: str, s: int, e: int, g: dict[str, str | None]) -> Candidate | None:
    y = g.get("y")
    date = None
    qual = "exact"
    if kind == "md_md":
        date = f"{_ymd(y, _m(g['m1']), _d(g['d1']))}/{_ymd(y, _m(g['m2']), _d(g['d2']))}"
    elif kind == "dm_dm":
        date = f"{_ymd(y, _m(g['m1']), _d(g['d1']))}/{_ymd(y, _m(g['m2']), _d(g['d2']))}"
    elif kind in ("md_d", "d_dm"):
        mo = _m(g["m1"])
        d1, d2 = _d(g["d1"]), _d(g["d2"])
        if d2 <= d1:
            return None
        date = f"{_ymd(y, mo, d1)}/{_ymd(y, mo, d2)}"
    elif kind in ("mdy", "dmy", "md", "dm"):
        if kind in ("md", "dm"):
            # "March 3" needs a real day; "May 7" at a sentence start is fine,
            # but a lone abbreviation needs its dot.
            word = g["m1"]
            if word.lower() == "may" and kind == "md" and not _looks_like_day_after(text, e):
                return None
        date = _ymd(y, _m(g["m1"]), _d(g["d1"]))
    elif kind in ("m_my", "m_and_my"):
        if kind == "m_and_my" and "and" in text[s:e] and not _BETWEEN.search(text[max(0, s - 9):s]):
            return None
        date = f"{_ymd(y, _m(g['m1']))}/{_ymd(y, _m(g['m2']))}"
    elif kind == "m_to_m":
        if not _BETWEEN.search(text[max(0, s - 9):s]):
            return None
        date = f"{_ymd(None, _m(g['m1']))}/{_ymd(None, _m(g['m2']))}"
    elif kind == "my_my":
        date = f"{_ymd(g['y1'], _m(g['m1']))}/{_ymd(y, _m(g['m2']))}"
    elif kind == "my":
        date = _ymd(y, _m(g["m1"]))
    elif kind == "iso":
        date = f"{y}-{g['mn']}-{g['d1']}"
    elif kind == "dotted":
        date = f"{y}-{int(g['mn']):02d}-{int(g['d1']):02d}"
    elif kind == "quarter":
        part = "Q" if g["part"].lower() == "quarter" else "H"
        if y is None:
            if part == "H" or g["ord"].lower() == "last":
                return None  # "the first half", "last quarter": no calendar date
            y = "XXXX"
        n = ORDINAL_PARTS[g["ord"].lower()]
        if part == "H":
            n = 2 if g["ord"].lower() in ("second", "2nd", "last") else 1
        date = f"{y}-{part}{n}"
    elif kind in ("qy", "yq"):
        date = f"{y}-{g['qh']}{g['qn']}"
    elif kind == "season":
        date = f"{y}-{SEASONS[g['sn'].lower()]}"
    elif kind == "decade":
        dec = g["dec"]
        date = dec[:3] + "X"
    elif kind == "midyear":
        date = y
    elif kind == "apos":
        dd = int(g["dd"])
        date = ("20" if dd <= 2 else "19") + g["dd"] + "X"
    elif kind == "us":
        date = f"{y}-{int(g['mn']):02d}-{int(g['d1']):02d}"
    elif kind == "yy":
        y1, y2 = g["y1"], g["y2"]
        if len(y2) == 2:
            y2 = y1[:2] + y2
        # "2023-24" spans a year or a few; "2015-2030" (a plan) or
        # "1991-2024" may span decades when both years are written out
        if not (0 < int(y2) - int(y1) <= (100 if len(g["y2"]) == 4 else 10)):
            return None
        if _counts_things(text, e):
            return None
        date = f"{y1}/{y2}"
    elif kind == "year":
        if not _year_is_date(text, s, e):
            return None
        # "between 2015 and 2020", "from 1991 to 2001": one range.
        lead = _BETWEEN.search(text[max(0, s - 9):s])
        if lead:
            t = _TO_YEAR.match(text, e)
            # "and" pairs with "between"; "from 2015 and 2016" is two years
            pairs = t is not None and (t.group(0).split()[0].lower() != "and" or lead.group(0).lower().startswith("between"))
            if pairs and int(t.group("y2")) > int(text[s:e]):
                return Candidate(s, t.end(), "date", date=f"{text[s:e]}/{t.group('y2')}", qualifier="range")
        date = text[s:e]
    elif kind == "month":
        if not _month_alone_is_date(text, s, text[s:e]):
            return None
        date = _ymd(None, _m(text[s:e]))
    if date is None:
        return None
    if "/" in date:
        qual = "range"
    # Quote without a leading "the " is fine, but keep "the 1990s" as written.
    return Candidate(s, e, "date", date=date, qualifier=qual)


_NOT_A_DAY_AFTER = regex.compile(r"\s(?:people|percent|of)\b")
_SCALE_AFTER = regex.compile(r"\s?(?:k|m|bn|mln|million|thousand|billion)\b")


def _looks_like_day_after(text: str, end: int) -> bool:
    # "May 7" followed by a comma, a year, a dash, a parenthesis or the end.
    nxt = text[end:end + 3]
    return nxt == "" or nxt[0] in " ,.;:)–-(" and not _NOT_A_DAY_AFTER.match(text[end:end + 9])


def _counts_things(text: str, end: int) -> bool:
    return counts_after(text, end)


_YEAR_NOT_BEFORE = regex.compile(
    r"(?:[$€£₽₸₼₺₾₴₹¥₩#№]|(?:\b(?:No|no|Nos|Art|Article|Decree|Resolution|Law|Order|Section|page|pages|p|pp|"
    r"version|v|Flight|Room|Route|Act|Code|Item|Table|Figure|Fig)\.?)|(?:\b(?:more than|over|about|around|nearly|"
    r"almost|some|roughly|approximately|up to|at least|fewer than|less than|estimated|than))\s?)$"
)


def _year_is_date(text: str, s: int, e: int) -> bool:
    y = int(text[s:e])
    before = text[max(0, s - 16):s]
    if _YEAR_NOT_BEFORE.search(before):
        return False
    nxt = text[e:e + 2]
    if nxt[:1].isalpha() or nxt.startswith(("%", "-", "‑")) or _SCALE_AFTER.match(text[e:e + 10]):
        return False
    if _counts_things(text, e):
        return False
    if y < 1800 and _word_before(text, s) not in ("in", "since", "of", "from", "by", "until", "to", "year", "between", "and", "before", "after", "around", "circa", "c."):
        return False
    return True


def _month_alone_is_date(text: str, s: int, word: str) -> bool:
    w = word.rstrip(".").lower()
    if len(w) <= 4 and w not in ("may", "june", "july") and not word.endswith("."):
        return False
    if w == "may" or w == "march":
        # Modal verb / walk: only after a clear cue.
        return _word_before(text, s) in ("in", "since", "by", "until", "of", "last", "next", "early", "late", "mid", "from", "between", "till", "through", "during")
    if _word_before(text, s) in MONTH_CUES:
        return True
    # "January-September" style or "(April)" need more; a month at a line start is a label.
    return False
