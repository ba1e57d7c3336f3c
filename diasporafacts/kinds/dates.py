"""Calendar dates, normalized TIMEX3-style (X for what the text leaves out).

One combined pattern finds every date form; `_normalize` turns each match
into its ISO value. A bare year is a date only in a date context: a
four-digit number followed by a counted plural noun ("2000 migrants") is left
to the counting extractors.
"""
from __future__ import annotations

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
# Words after a four-digit number that show it counts things, not a year.

_full = sorted((m for m in MONTHS if len(m) > 3 or m == "may"), key=len, reverse=True)
_abbr = [m for m in MONTHS if len(m) <= 4 and m != "may" and m not in ("june", "july")]
_cap = lambda w: w[0].upper() + w[1:]
MONTH = (
    "(?:" + "|".join(_cap(m) for m in _full) + "|" + "|".join(m.upper() for m in _full)
    + "|" + "|".join(_cap(m) + r"\.?" for m in sorted(_abbr, key=len, reverse=True)) + ")"
)
# Abbreviations need their dot or a day number to count ("Mar" alone is a name).
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[0-9]\d\d|20\d\d)"
DASH = r"\s?[-–—]\s?"

PATTERN = regex.compile(
    rf"""
    (?<![\w.,/-])
    (?:
      (?P<md_md>(?P<m1>{MONTH})\s(?P<d1>{DAY}){DASH}(?P<m2>{MONTH})\s(?P<d2>{DAY})(?:,?\s(?P<y>{YEAR}))?)
    | (?P<dm_dm>(?P<d1>{DAY})\s(?P<m1>{MONTH}){DASH}(?P<d2>{DAY})\s(?P<m2>{MONTH})(?:,?\s(?P<y>{YEAR}))?)
    | (?P<md_d>(?P<m1>{MONTH})\s(?P<d1>{DAY}){DASH}(?P<d2>{DAY})(?!\d)(?:,?\s(?P<y>{YEAR}))?)
    | (?P<d_dm>(?P<d1>{DAY}){DASH}(?P<d2>{DAY})\s(?P<m1>{MONTH})(?:,?\s(?P<y>{YEAR}))?)
    | (?P<mdy>(?P<m1>{MONTH})\s(?P<d1>{DAY}),?\s(?P<y>{YEAR}))
    | (?P<dmy>(?:the\s)?(?P<d1>{DAY})\s(?:of\s)?(?P<m1>{MONTH}),?\s(?P<y>{YEAR}))
    | (?P<md>(?P<m1>{MONTH})\s(?P<d1>{DAY})(?![\d,.]\d|\s?(?:%|percent|per\scent)))
    | (?P<dm>(?:the\s)?(?P<d1>{DAY})\s(?:of\s)?(?P<m1>{MONTH}))
    | (?P<m_my>(?P<m1>{MONTH}){DASH}(?P<m2>{MONTH}),?\s(?P<y>{YEAR}))
    | (?P<m_and_my>(?P<m1>{MONTH})\s(?:and|to|through|until|till)\s(?P<m2>{MONTH}),?\s(?P<y>{YEAR}))
    | (?P<my_my>(?P<m1>{MONTH}),?\s(?P<y1>{YEAR})\s?(?:[-–—]|to|through|until)\s?(?P<m2>{MONTH}),?\s(?P<y>{YEAR}))
    | (?P<my>(?P<m1>{MONTH}),?\s(?:of\s)?(?P<y>{YEAR}))
    | (?P<m_to_m>(?P<m1>{MONTH})\s(?:to|through|until|till|and)\s(?P<m2>{MONTH})(?!\s\d))
    | (?P<iso>(?P<y>{YEAR})-(?P<mn>0[1-9]|1[0-2])-(?P<d1>0[1-9]|[12]\d|3[01]))
    | (?P<dotted>(?P<d1>0?[1-9]|[12]\d|3[01])(?P<sep>[./])(?P<mn>0?[1-9]|1[0-2])(?P=sep)(?P<y>{YEAR}))
    | (?P<quarter>(?:the\s)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|last)\s(?:quarter|half)(?:\sof)?,?\s(?P<y>{YEAR}))
    | (?P<qy>(?P<qh>[QH])(?P<qn>[1-4])[\s-]?(?P<y>{YEAR}))
    | (?P<yq>(?P<y>{YEAR})[\s-]?(?P<qh>[QH])(?P<qn>[1-4]))
    | (?P<season>(?P<sn>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\s(?:of\s)?(?P<y>{YEAR}))
    | (?P<decade>(?:(?:the|The)\s)?(?:(?P<part>early|late|mid|mid-|Early|Late|Mid)[\s-]?)?(?P<dec>1[0-9]\d0|20\d0)(?:'s|s)(?!\w))
    | (?P<midyear>(?:mid|early|late)-(?P<y>{YEAR}))
    | (?P<apos>(?:(?:the|The)\s)?(?:(?:early|late|mid)[\s-])?['’](?P<dd>\d)0s)
    | (?P<us>(?P<mn>0?[1-9]|1[0-2])/(?P<d1>1[3-9]|2\d|3[01])/(?P<y>{YEAR}))
    | (?P<yy>(?P<y1>{YEAR})(?P<ysep>[-–/])(?P<y2>{YEAR}|\d\d)(?![\d%]|[.,]\d|\s?(?:%|percent)))
    | (?P<year>{YEAR})(?![\d.,]\d|\s?(?:%|percent|per\scent)|[-‑]\w)
    | (?P<month>{MONTH})(?!\s\d)
    )
    """,
    regex.VERBOSE,
)
_FORMS = ("md_md", "dm_dm", "md_d", "d_dm", "mdy", "dmy", "md", "dm", "m_my", "m_and_my", "my_my",
          "my", "m_to_m", "iso", "dotted", "quarter", "qy", "yq", "season", "decade", "midyear", "apos", "us", "yy", "year", "month")
_BETWEEN = regex.compile(r"(?:\b(?:between|from)\s)$", regex.IGNORECASE)
_TO_YEAR = regex.compile(rf"\s(?:and|to|until|till|through)\s(?P<y2>{YEAR})(?![\d.,]\d)")


def _m(s: str) -> int:
    return MONTHS[s.rstrip(".").lower()]


def _d(s: str) -> int:
    return int(regex.sub(r"\D", "", s))


def _ymd(y: str | None, m: int, d: int | None = None) -> str:
    out = (y or "XXXX") + f"-{m:02d}"
    return out + f"-{d:02d}" if d else out


def _word_before(text: str, pos: int, n: int = 12) -> str:
    w = regex.search(r"([\w-]+)[\s(]*$", text[max(0, pos - n):pos])
    return w.group(1).lower() if w else ""


# Words that may open a date written before its digits ("the early 1990s",
# "first quarter of 2024", "spring of 2023", "between April and ...").
_OPENERS = frozenset("""the early late mid first second third fourth last 1st 2nd 3rd 4th quarter
half of spring summer autumn fall winter between from""".split()) | frozenset(MONTHS)
_WORD_BEFORE = regex.compile(r"([A-Za-z0-9'’.-]+)[ \u00a0]+$")


def find(text: str, anchors=None) -> list[Candidate]:
    """Dates, tried only at digit runs and month names (see `scan`)."""
    from ..scan import anchors as scan_anchors

    anchors = anchors or scan_anchors(text)
    out: list[Candidate] = []
    last_end = 0
    for p in sorted(anchors.digits + anchors.months):
        if p < last_end:
            continue
        for start in _starts(text, p, last_end):
            m = PATTERN.match(text, start)
            if m is None or m.end() <= p:
                continue
            c = _normalize(text, m)
            if c is not None:
                out.append(c)
                last_end = c.end
                break
    return out


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
        w = _WORD_BEFORE.search(text, max(floor, pos - 16), pos)
        if not w or w.group(1).lower().rstrip(".") not in _OPENERS:
            break
        pos = w.start(1)
        starts.insert(0, pos)
    return starts


def _normalize(text: str, m) -> Candidate | None:
    g = m.groupdict()
    s, e = m.span()
    kind = next(k for k in _FORMS if g.get(k) is not None)
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
            if word.lower() == "may" and kind == "md" and not _looks_like_day_after(text, m.end()):
                return None
        date = _ymd(y, _m(g["m1"]), _d(g["d1"]))
    elif kind in ("m_my", "m_and_my"):
        if kind == "m_and_my" and "and" in m.group(0) and not _BETWEEN.search(text[max(0, s - 9):s]):
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
        part = "Q" if "quarter" in m.group(0).lower() else "H"
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
        if not (0 < int(y2) - int(y1) <= 10):
            return None
        if _counts_things(text, e):
            return None
        date = f"{y1}/{y2}"
    elif kind == "year":
        if not _year_is_date(text, s, e):
            return None
        # "between 2015 and 2020", "from 1991 to 2001": one range.
        if _BETWEEN.search(text[max(0, s - 9):s]):
            t = _TO_YEAR.match(text, e)
            if t and int(t.group("y2")) > int(m.group(0)):
                return Candidate(s, t.end(), "date", date=f"{m.group(0)}/{t.group('y2')}", qualifier="range")
        date = m.group(0)
    elif kind == "month":
        if not _month_alone_is_date(text, s, m.group(0)):
            return None
        date = _ymd(None, _m(m.group(0)))
    if date is None:
        return None
    if "/" in date:
        qual = "range"
    # Quote without a leading "the " is fine, but keep "the 1990s" as written.
    return Candidate(s, e, "date", date=date, qualifier=qual)


def _looks_like_day_after(text: str, end: int) -> bool:
    # "May 7" followed by a comma, a year, a dash, a parenthesis or the end.
    nxt = text[end:end + 3]
    return nxt == "" or nxt[0] in " ,.;:)–-(" and not regex.match(r"\s(?:people|percent|of)\b", text[end:end + 9])


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
    if nxt[:1].isalpha() or nxt.startswith(("%", "-", "‑")) or regex.match(r"\s?(?:k|m|bn|mln|million|thousand|billion)\b", text[e:e + 10]):
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
