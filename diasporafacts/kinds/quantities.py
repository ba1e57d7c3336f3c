"""Every figure that is not a calendar date: counts of people and
organizations, money, durations, percentages, multipliers, other counts.

One pass finds number atoms (digits, number words, vague words, multiplier
words); each atom is then grown in place: scale words, a range, a qualifier
before it, and finally what follows decides the kind (a percent sign, a
currency, a time unit, "times"/"-fold", or the counted noun phrase). Atoms
with nothing counted after them are dropped unless the sentence names the
counted group another way (ellipsis, "the number of X").
"""
from __future__ import annotations

import math
import re
from bisect import bisect_right, insort

import regex

from .. import currency, lexicon
from ..candidate import Candidate
from ..nounphrase import NounPhrase, read_after, unit_of
from ..numbers import DIGITS, NUMBER, SCALE, SCALES, WORD_NUMBER, is_decimal_ambiguous, parse_number


def _alt(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


# ISO codes and lettered symbols that may be glued to the amount:
# "USD34.6 million", "RM1,500", "Dh1,500", "KD1.2 million", "Rs.500".
_GLUED_CODES = _alt([c.code for c in currency.currencies()]
                    + [sym for c in currency.currencies() for sym in c.symbols
                       if sym[-1].isalpha() or (sym[-1] in "./" and sym[:1].isalpha())])

ATOM = regex.compile(
    rf"""
    (?:(?<![\w.,/:#№+@&=-])|(?<=\b(?:{_GLUED_CODES})))
    (?:
      (?P<vague>(?:hundreds|tens)\s+of\s+(?:thousands|millions)|several\s+(?:hundred|thousand|million|dozen)
               |dozens|hundreds|thousands|millions|billions|scores|several)
    | (?P<fold>{_alt(lexicon.FOLD_WORDS)})
    | (?P<cword>{_alt(lexicon.CHANGE_WORDS)})
    | (?P<aunit>(?:half\s+a|an?|one)\s+(?:century|decade)|half\s+a\s+(?:million|billion)|a\s+dozen)
    | (?P<num>{DIGITS}(?P<glued>k|m|bn|mn|b|pct|th|st|nd|rd|s|x)?|{WORD_NUMBER})
    )
    (?![\w])
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# An abbreviated scale may keep its dot before a currency word: "310 thou. dram".
_SCALE_AFTER = regex.compile(rf"[ \u00a0]?(?P<s>{SCALE})\b(?:\.(?=[ \u00a0][a-z]))?", regex.IGNORECASE)
# "six and a half hours", "two and a half times", "5 and a half percent":
# only before a unit that takes a fraction (not "two and a half children").
_AND_A_HALF = regex.compile(
    rf"[ \u00a0]+and[ \u00a0]+a[ \u00a0]+half(?=[ \u00a0]+(?:times|percent|per[ \u00a0]cent|{_alt(lexicon.DURATION_UNITS)})\b)",
    regex.IGNORECASE)
_SMALL_SCALES = frozenset({"lakh", "lakhs", "thousand", "thou"})
_MIXED = regex.compile(rf"[ \u00a0](?P<n>{DIGITS})[ \u00a0](?P<s>thousand|thou|k)\b", regex.IGNORECASE)
_RANGE = regex.compile(
    rf"""(?P<sep>[ \u00a0]?[-–—][ \u00a0]?|\s(?:to|and|or)\s)
        (?P<sym>(?:{_alt([c.code for c in currency.currencies()] + [y for c in currency.currencies() for y in c.symbols])})[ \u00a0]?)?
        (?P<n2>{NUMBER})(?P<glued>k|m|bn)?(?![\w])
        (?P<sc>[ \u00a0]?(?:{SCALE})\b)?""",
    regex.VERBOSE | regex.IGNORECASE,
)
# Patterns that end in `$` read the words just before a figure. _QUAL_BEFORE,
# _PREV_WORD, _LAST_WORD and _RATIO_BEFORE are searched backwards ((?r)): the
# search starts at the figure instead of trying every start in the window
# (2-7x faster; for _BETWEEN and _GROUP_OF forward was as fast). Those with
# `^`, `\b` or a look-behind run on a slice, not with pos/endpos, which would
# let them see the text before the window.
_QUAL_BEFORE = regex.compile(
    rf"(?r)(?:^|(?<=[\s(“\"‘'—–-]))(?P<q>{_alt(lexicon.QUALIFIERS_BEFORE)})[ \u00a0]+$", regex.IGNORECASE
)
_QUAL_AFTER = regex.compile(r"[ \u00a0]?(?P<q>or more|and more|or over|or longer|or above|or higher|or less|or fewer|or so|-plus|plus\b|\+)", regex.IGNORECASE)
_BETWEEN = regex.compile(r"(?:^|(?<=\s))(?P<w>between|from)[ \u00a0]+$", regex.IGNORECASE)
_PERCENT = regex.compile(
    r"(?:[ \u00a0]?%|[ \u00a0-](?:percent|per[ -]cent|pct|percentage[ \u00a0]points?)\b)", regex.IGNORECASE
)
_FOLD = regex.compile(r"-?fold\b", regex.IGNORECASE)
_TIMES = regex.compile(r"[ \u00a0]times\b", regex.IGNORECASE)
_DURATION = regex.compile(
    rf"(?P<sep>[ \u00a0]|[ \u00a0]?-[ \u00a0]?)(?P<u>{_alt(lexicon.DURATION_UNITS)})\b", regex.IGNORECASE
)
# `[ ]*(?:-[ ]*)?`, not `[ ]*-?[ ]*`: two adjacent runs backtrack quadratically over a long run of blanks.
_NOT_DURATION = regex.compile(
    r"(?:[ \u00a0]*(?:-[ \u00a0]*)?(?:ago|old|earlier|later|hence|younger|older|of age|back)\b|-old)", regex.IGNORECASE
)
_PREV_WORD = regex.compile(r"(?r)([\w.#№’']+)[\s(]*$")
_LAST_WORD = regex.compile(r"(?r)([\w’']+)[\s,]*$")
_TIME_OF_DAY = regex.compile(r"(?::\d\d|[ \u00a0]?(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock|hrs\b|GMT|UTC))", regex.IGNORECASE)
_OF_PRONOUN = regex.compile(r"[ \u00a0]+of[ \u00a0]+(?:them|these|those|us|which|whom)\b", regex.IGNORECASE)
_OF_THE = regex.compile(rf"[ \u00a0]+of[ \u00a0]+(?:the|our|their|its|these|those)[ \u00a0]+(?:(?P<n>{NUMBER})[ \u00a0]+)?", regex.IGNORECASE)
_VAGUE_OF = regex.compile(r"[ \u00a0]+of[ \u00a0]+(?:(?:the|our|their|its|his|her|these|those|whom)[ \u00a0]+)?", regex.IGNORECASE)
_SENT_BREAK = regex.compile(r"[.!?]['\"”’)]*\s+(?=[A-Z“\"'‘(–—-])|\n\s*\n|\n")
_STRONG = regex.compile(r"[ \u00a0]?-?strong\b", regex.IGNORECASE)
# "a population of 3 million", "a community of 5,000": people, named before.
_GROUP_OF = regex.compile(
    r"\b(?:population|community|communities|diaspora|delegation|crowd|contingent|workforce|membership|colony)"
    r"\s+of\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|roughly|approximately|an\s+estimated|up\s+to|at\s+least|close\s+to)\s+)?$",
    regex.IGNORECASE,
)
def _is_ratio(text: str, s: int, e: int) -> bool:
    """"two in five families": a smaller number "in"/"out of" a larger one."""
    b = _RATIO_BEFORE.search(text[max(0, s - 16):s])
    a = _RATIO_AFTER.match(text, e)
    if not (a or b):
        return False
    try:
        x = parse_number(text[s:e])
        return bool((b and parse_number(b.group("x")) < x) or (a and x < parse_number(a.group("y"))))
    except ValueError:
        return False


_RATIO_BEFORE = regex.compile(
    r"(?r)\b(?P<x>one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:in|out\s+of)\s+$", regex.IGNORECASE)
_RATIO_AFTER = regex.compile(
    r"\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<y>two|three|four|five|six|seven|eight|nine|ten|\d+)\b(?!\s*(?:%|percent|per\s?cent))",
    regex.IGNORECASE)
_ARE = regex.compile(r"[ \u00a0]+(?:are|were)[ \u00a0]+", regex.IGNORECASE)
_HYPHEN_WORD = regex.compile(r"-[A-Za-z]")

_VAGUE_KEYS = {k: v for k, v in lexicon.VAGUE.items()}


def _prev_word(text: str, pos: int, span: int = 24) -> str:
    # Searched backwards from `pos`: a forward search for a `$`-anchored
    # pattern tries every start in the window.
    m = _PREV_WORD.search(text, max(0, pos - span), pos)
    return m.group(1).lower().rstrip(".") if m else ""


_WORD_RUN = regex.compile(r"[\w’']+")


def _prev_words(text: str, pos: int, n: int = 3) -> list[str]:
    return _WORD_RUN.findall(text[max(0, pos - 40):pos].lower())[-n:]


_ASCII_WORDS = re.compile(r"[a-z]+")


def _last_starting_by(spans: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    """The greatest (start, end) in sorted `spans` whose start is at or before `pos`."""
    i = bisect_right(spans, (pos, math.inf)) - 1
    return spans[i] if i >= 0 else None


class _Doc:
    """Per-document state the atom parser shares."""

    def __init__(self, text: str, claimed: list[tuple[int, int]]):
        self.text = text
        # Spans claimed before (dates) and while parsing (the second number of
        # an age range, the set of a partitive), each kept sorted. Two lists
        # so that a claim made while parsing is one insort into a short list,
        # not a re-sort of every date span of the document.
        self.claimed = sorted(claimed)
        self.claimed_here: list[tuple[int, int]] = []
        self.values_seen: set[float] = set()
        self._words: frozenset[str] | None = None
        self.out: list[Candidate] = []

    def doc_words(self) -> frozenset[str]:
        if self._words is None:
            # ASCII letters only, so the standard re gives the same words (faster).
            self._words = frozenset(_ASCII_WORDS.findall(self.text.lower()))
        return self._words

    def claim(self, start: int, end: int) -> None:
        """Mark a span that no later atom may start in."""
        insort(self.claimed_here, (start, end))

    def is_claimed(self, pos: int) -> bool:
        # The claim that starts last at or before `pos` (the longest of those
        # starting there) decides, as if both lists were one sorted list.
        a, b = _last_starting_by(self.claimed, pos), _last_starting_by(self.claimed_here, pos)
        last = max(a, b) if a and b else a or b
        return last is not None and pos < last[1]


_A_BEFORE = regex.compile(r"(?:half\s+a|an?|one)\s+$", regex.IGNORECASE)
_A_WORDS = ("century", "decade", "dozen", "million", "billion", "thousand", "hundred")


def find(text: str, claimed: list[tuple[int, int]] | None = None, anchors=None) -> list[Candidate]:
    """Figures other than dates, tried only at the anchors `scan` found."""
    from ..scan import anchors as scan_anchors

    anchors = anchors or scan_anchors(text)
    doc = _Doc(text, claimed or [])
    last_end = 0
    for p in sorted(anchors.digits + anchors.numbers):
        if p < last_end or doc.is_claimed(p):
            continue
        m = None
        if text[p:p + 8].lower().startswith(_A_WORDS):
            # "a century", "half a million": the article starts the figure.
            a = _A_BEFORE.search(text, max(0, p - 8), p)
            if a and a.start() >= last_end:
                m = ATOM.match(text, a.start())
        if m is None:
            m = ATOM.match(text, p)
        if m is None:
            continue
        for c in _parse(doc, m):
            doc.out.append(c)
            last_end = max(last_end, c.end)
            if c.value is not None:
                doc.values_seen.add(c.value)
    return doc.out


def _bounds(c: Candidate) -> Candidate:
    q, v = c.qualifier, c.value
    if q == "exact":
        c.low = c.high = v
    elif q in ("more_than", "at_least"):
        c.low, c.high = v, None
    elif q in ("less_than", "up_to"):
        c.low, c.high = None, v
    elif q == "approx":
        c.low = c.high = None
    return c


def _scaled(text: str, raw: str, glued: str | None, end: int) -> tuple[float, int, bool]:
    """Value of a number atom with its scale words; returns (value, end, had_scale)."""
    value = parse_number(raw)
    had = False
    if glued and glued.lower() in ("k", "m", "bn", "mn", "b"):
        value *= SCALES[glued.lower()]
        had = True
    sm = _SCALE_AFTER.match(text, end)
    if sm and not glued:
        if is_decimal_ambiguous(raw):
            value = float(raw.replace(".", ".", 1))  # '1.500 million' is 1.5 million
        value *= SCALES[sm.group("s").lower()]
        end = sm.end()
        had = True
        # "10.7 lakh crore", "5 thousand crore", "2 thousand million": scales multiply
        sm2 = _SCALE_AFTER.match(text, end)
        if sm2 and sm.group("s").lower() in _SMALL_SCALES and SCALES[sm2.group("s").lower()] >= 1e6:
            value *= SCALES[sm2.group("s").lower()]
            end = sm2.end()
        mx = _MIXED.match(text, end)
        if mx and SCALES[sm.group("s").lower()] > 1e3:
            value += parse_number(mx.group("n")) * 1e3
            end = mx.end()
    return value, end, had


def _parse(doc: _Doc, m) -> list[Candidate]:
    text = doc.text
    s, e = m.span()
    if m.group("vague"):
        return _vague(doc, m)
    if m.group("fold") or m.group("cword"):
        return _change_word(doc, m)
    if m.group("aunit"):
        return _a_unit(doc, m)
    glued = m.group("glued")
    raw = text[s:m.end("num")] if not glued else text[s:m.start("glued")]
    if glued and glued.lower() in ("th", "st", "nd", "rd", "s", "x"):
        return []  # ordinals, decades, "3x" handled elsewhere
    prev = _prev_word(text, s)
    if (prev in lexicon.IDENTIFIER_WORDS and not currency.symbol_before(text, s)) or prev in ("every", "each", "per"):
        return []  # identifiers and frequencies ("every two weeks"); "KM 500" is money, "km 500" a marker
    if _is_ratio(text, s, e):
        return []  # "one in five", "two out of three" are ratios
    if prev in lexicon.AGE_WORDS:
        # "aged 14 to 18": neither end is a figure.
        rm = _RANGE.match(text, e)
        if rm:
            doc.claim(rm.start("n2"), rm.end())
        return []
    if _TIME_OF_DAY.match(text, e):
        return []
    if _is_phone(text, s, e):
        return []
    is_word = not raw[0].isdigit()
    value, end, had_scale = _scaled(text, raw, glued, e)
    if glued and glued.lower() == "pct":
        end = e
    # (bounded: with no end, `regex` hunts the rest of the text for "and")
    half = None if had_scale or glued else _AND_A_HALF.match(text, end, end + 60)
    if half:  # "six and a half hours", "two and a half times"
        value += 0.5
        end = half.end()
    # A number glued by a hyphen to a word is a compound adjective: only a
    # duration ("two-day"), a percentage ("4-percent") or "-fold" counts.
    hyphen_word = bool(_HYPHEN_WORD.match(text, end))
    left = s
    cur = currency.symbol_before(text, s)
    code = None
    if cur:
        left, code = cur
    # Range: "20-25 million", "between 4 and 6 million", "from 15 to 30".
    low = high = None
    qualifier = "exact"
    btw = _BETWEEN.search(text[max(0, left - 10):left])
    rm = None if hyphen_word else _RANGE.match(text, end)
    split_range = False
    if rm:
        sep = rm.group("sep").strip()
        ok = True
        if sep == "and" and not (btw and btw.group("w").lower() == "between"):
            ok = False
        if sep == "to" and btw and btw.group("w").lower() == "from" and _after_change_verb(text, left - len(btw.group(0))):
            ok, split_range = False, True
        if sep in ("to", "-", "–", "—") and prev in lexicon.AGE_WORDS:
            return []
        if ok:
            raw2 = rm.group("n2")
            v2 = parse_number(raw2)
            if rm.group("glued"):
                v2 *= SCALES[rm.group("glued").lower()]
            if rm.group("sc"):
                sc = SCALES[rm.group("sc").strip().lower()]
                if is_decimal_ambiguous(raw2):
                    v2 = float(raw2)
                v2 *= sc
                if not had_scale:
                    value *= sc
            if v2 > value and (sep != "or" or is_word or v2 < 100):
                low, high = value, v2
                qualifier = "range"
                end = rm.end()
                if rm.group("sym") and not code:
                    c2 = currency.symbol_before(text, rm.start("n2"))
                    code = c2[1] if c2 else None
                if btw:
                    left = max(0, left - 10) + btw.start()
    # Qualifier before (after "between"/"from" moved `left`).
    qstart = left
    qm = _qualifier_before(text, left)
    if qm:
        qstart = left - (len(text[max(0, left - 24):left]) - qm.start("q"))
        if qualifier != "range":
            qualifier = lexicon.QUALIFIERS_BEFORE[qm.group("q").lower()]
    # What follows decides the kind.
    c = Candidate(qstart if qm else left, end, "count", value=None if qualifier == "range" else value,
                  low=low, high=high, qualifier=qualifier)
    after = end
    pm = _PERCENT.match(text, after) if not (glued and glued.lower() == "pct") else None
    if glued and glued.lower() == "pct":
        c.kind, c.unit = "percentage", "%"
        return [_finish(doc, c)]
    if pm:
        c.kind, c.unit, c.end = "percentage", "%", pm.end()
        return [_finish(doc, c)]
    fm = _FOLD.match(text, after)
    if fm:
        c.kind, c.unit, c.end = "change", "times", fm.end()
        return [_finish(doc, c)]
    tm = _TIMES.match(text, after)
    if tm:
        if _is_change_times(text, c.start, tm.end()):
            c.kind, c.unit, c.end = "change", "times", tm.end()
            return [_finish(doc, c)]
        return []
    na = currency.name_after(text, after, None)
    if na:
        nend, ncode = na
        if ncode is not None and ncode in ("UZS", "KGS", "AZN", "TMT", "USD"):
            nend, ncode = currency.name_after(text, after, doc.doc_words())
        code = code or ncode
        c.end = nend if ncode else c.end
    if code:
        c.kind, c.unit = "money", code
        _qual_after(text, c)
        return [_finish(doc, c)]
    dm = _DURATION.match(text, after)
    if dm and not dm.group("sep").strip() and not dm.group("u").lower().endswith("s") and value != 1 \
            and qualifier != "range" and dm.group("u").lower() not in ("century", "decade"):
        dm = None  # "12 day schools": a singular unit after a plural number modifies a noun
    if dm and not _NOT_DURATION.match(text, dm.end()):
        unit, mult = lexicon.DURATION_UNITS[dm.group("u").lower()]
        c.kind, c.unit, c.end = "duration", unit, dm.end()
        for attr in ("value", "low", "high"):
            v = getattr(c, attr)
            if v is not None:
                setattr(c, attr, v * mult)
        if qm and qm.group("q").lower() == "over" and _prev_word(text, qstart) != "for":
            # "€1.2 million over two years": "over" here means "during".
            c.start, c.qualifier = left, ("range" if qualifier == "range" else "exact")
        return [_finish(doc, c)]
    sm = _STRONG.match(text, after)
    if sm:
        # "a 300,000-strong diaspora": people, named after the adjective.
        np = read_after(text, sm.end())
        c.kind, c.subject, c.how = "population", (np.text if np else None), "noun"
        return [_finish(doc, c)]
    if dm or hyphen_word:
        return []
    if value == 1 and qualifier != "range" and not had_scale:
        return []  # "one" is a pronoun far more often than a count
    # The counted noun phrase.
    np = _counted_np(doc, c, after)
    if np is None:
        if split_range:
            return _split_from_to(doc, c, after)
        return _bare(doc, c, after, prev)
    if np.head.lower() in lexicon.COUNT_NOUN_STOP:
        return []
    if _is_backref(doc, c, text):
        return []
    _take_noun(c, np)
    _qual_after(text, c)
    return [_finish(doc, c)]


# "under"/"below" read as "less than" only after these; elsewhere they are
# places or ranks ("grouped under seven federations").
_UNDER_AFTER = frozenset("""is are was were be been being remains remained remain stood stands
stand at of for to by from in on with just well still now only numbered number numbers cost
costs earn earns earned paid pay pays fell fall falls dropped drop stayed stay had has have
""".split())


def _qualifier_before(text: str, left: int):
    window = text[max(0, left - 24):left]
    qm = _QUAL_BEFORE.search(window)
    if qm and qm.group("q").lower() in ("under", "below"):
        pw = _LAST_WORD.search(window, 0, qm.start("q"))
        if pw and pw.group(1).lower() not in _UNDER_AFTER:
            return None
    return qm


def _take_noun(c: Candidate, np: NounPhrase) -> None:
    """The counted noun decides the kind: a count keeps it as unit, a group as subject."""
    c.kind, c.anchor, c.how = np.kind, np.end, "noun"
    if c.kind == "count":
        c.unit = unit_of(np)
    else:
        c.subject = np.text


def _finish(doc: _Doc, c: Candidate) -> Candidate:
    return _bounds(c) if c.qualifier not in ("range", "vague") else c


def _qual_after(text: str, c: Candidate) -> None:
    m = _QUAL_AFTER.match(text, c.end)
    if m and c.qualifier == "exact":
        c.qualifier = lexicon.QUALIFIERS_AFTER[m.group("q").lower()]
        c.end = m.end()


def _counted_np(doc: _Doc, c: Candidate, after: int) -> NounPhrase | None:
    text = doc.text
    op = _OF_PRONOUN.match(text, after, after + 40)
    if op:
        np = read_after(text, op.end())
        if np is not None:
            return np
        c.how = "backref"
        return None
    np = read_after(text, after)
    if np is not None:
        return np
    ot = _OF_THE.match(text, after, after + 80)
    if ot:
        # Partitive "17 of the 46 centres": the noun after the set.
        np = read_after(text, ot.end())
        if np is not None and ot.group("n"):
            doc.claim(ot.start("n"), ot.end("n"))
        return np
    return None


def _bare(doc: _Doc, c: Candidate, after: int, prev: str) -> list[Candidate]:
    """A number with no counted noun after it: keep it only when the
    sentence names what it counts another way."""
    text = doc.text
    if c.how == "backref":
        c.kind = "population"  # resolved (kind and subject) by the context pass
        return [_finish(doc, c)]
    # "about 45,000 were Azerbaijani citizens": the group after the verb.
    am = _ARE.match(text, after)
    if am:
        np = read_after(text, am.end())
        if np is not None and np.kind in ("population", "organizations"):
            c.kind, c.subject, c.anchor, c.how = np.kind, np.text, np.end, "noun"
            return [_finish(doc, c)]
    gm = _GROUP_OF.search(text[max(0, c.start - 48):c.start + 1].rstrip() + " ")
    if gm or _GROUP_OF.search(text[max(0, c.start - 48):c.start]):
        c.kind, c.how = "population", "group_of"
        return [_finish(doc, c)]
    # Ellipsis: "7,862 people arrived from China and 4,515 from Mongolia".
    last = doc.out[-1] if doc.out else None
    words = _prev_words(text, c.start, 2)
    cue = (words[-1] if words else "") in lexicon.ELLIPSIS_BEFORE or text[max(0, c.start - 2):c.start].strip() == ","
    if last and last.kind in ("population", "organizations", "count") and last.how in ("noun", "ellipsis") \
            and cue and not _SENT_BREAK.search(text, last.end, c.start) and c.start - last.end < 160:
        c.kind, c.unit, c.subject, c.how = last.kind, last.unit, last.subject, "ellipsis"
        return [_finish(doc, c)]
    # "the number of Azerbaijanis ... has grown to more than 60,000".
    c.how = "number_of"
    c.kind = "population"
    return [_finish(doc, c)]  # the context pass keeps it only if it finds the group


_TO = regex.compile(r"\s+to\s+")


def _split_from_to(doc: _Doc, c: Candidate, after: int) -> list[Candidate]:
    """"grew from 85 to 240 members": the first figure takes the second's unit."""
    text = doc.text
    to = _TO.match(text[after:after + 6])
    m2 = ATOM.match(text, after + to.end()) if to else None
    if not m2:
        return []
    second = _parse(doc, m2)
    if not second:
        return []
    y = second[0]
    c.kind, c.unit, c.subject, c.how, c.anchor = y.kind, y.unit, y.subject, y.how, y.anchor
    if y.kind == "duration":
        return [_finish(doc, c)] + second
    return [_finish(doc, c)] + second


_PRONOUN = regex.compile(r"them|us|these|those", regex.IGNORECASE)
_BLANKS = regex.compile(r"[ \u00a0]+")


def _vague_of(text: str, e: int):
    """`_VAGUE_OF` at `e`, tried only where "of" follows the blanks: matched
    there without an end, `regex` would look for "of" through the rest of
    the text whenever it is missing (a scan per vague word)."""
    b = _BLANKS.match(text, e)
    if not b or text[b.end():b.end() + 2] not in ("of", "Of", "oF", "OF"):
        return None
    return _VAGUE_OF.match(text, e)


def _vague(doc: _Doc, m) -> list[Candidate]:
    text = doc.text
    s, e = m.span()
    phrase = " ".join(m.group("vague").lower().split())
    low, high = lexicon.VAGUE[phrase]
    c = Candidate(s, e, "count", low=low, high=high, qualifier="vague")
    of = _vague_of(text, e)
    if phrase.startswith("several") or phrase in ("hundreds", "thousands", "millions", "dozens", "billions"):
        start = of.end() if of else e
    else:
        start = of.end() if of else e
    if not of and not phrase.startswith("several"):
        return []  # "in their thousands", "hundreds more"
    if of and _PRONOUN.match(text[of.end():of.end() + 6]):
        c.how = "backref"
        c.kind = "population"
        return [c]
    np = read_after(text, start)
    if np is None or np.head.lower() in ("times",) or np.head.lower() in lexicon.DURATION_UNITS:
        return []
    if np.head.lower() in lexicon.COUNT_NOUN_STOP:
        return []
    _take_noun(c, np)
    return [c]


_DET_AFTER = regex.compile(r"\s+(the|that|what|its|their|his|her|this|last)\b", regex.IGNORECASE)
_FREQUENCY_AFTER = regex.compile(r"\s(?:a|per|each|every|weekly|monthly|daily|yearly|annually|in\s(?:a|one))\b")


def _change_word(doc: _Doc, m) -> list[Candidate]:
    text = doc.text
    s, e = m.span()
    word = m.group(0).lower()
    value = lexicon.FOLD_WORDS.get(word) or lexicon.CHANGE_WORDS.get(word)
    if word in ("double", "triple", "quadruple"):
        # "nearly double the 2019 figure", not "double taxation".
        nxt = _DET_AFTER.match(text[e:e + 8])
        prev = _prev_words(text, s, 1)
        if not nxt and not (prev and (prev[-1] in lexicon.GROWTH_VERBS or prev[-1] in ("nearly", "almost", "roughly", "about"))):
            return []
    if word in ("twice", "thrice"):
        nxt = text[e:e + 12].lower()
        if _FREQUENCY_AFTER.match(nxt):
            return []  # frequency
        if not _is_change_times(text, s, e):
            return []
    c = Candidate(s, e, "change", value=value, unit="times")
    qm = _QUAL_BEFORE.search(text[max(0, s - 24):s])
    if qm:
        c.start = s - (len(text[max(0, s - 24):s]) - qm.start("q"))
        c.qualifier = lexicon.QUALIFIERS_BEFORE[qm.group("q").lower()]
    # "two or three times" is parsed from the number; nothing else here.
    return [_bounds(c)]


def _a_unit(doc: _Doc, m) -> list[Candidate]:
    """"a century", "half a century", "a decade", "half a million", "a dozen"."""
    text = doc.text
    s, e = m.span()
    phrase = " ".join(m.group(0).lower().split())
    qm = _QUAL_BEFORE.search(text[max(0, s - 24):s])
    start = s
    qualifier = "exact"
    if qm:
        start = s - (len(text[max(0, s - 24):s]) - qm.start("q"))
        qualifier = lexicon.QUALIFIERS_BEFORE[qm.group("q").lower()]
    if phrase.endswith(("century", "decade")):
        if _NOT_DURATION.match(text, e):
            return []
        if not qm and _prev_word(text, s) not in ("for", "over", "than", "in", "past", "last", "nearly", "almost", "about", "within", "of"):
            return []
        if qm and qm.group("q").lower() == "over" and _prev_word(text, start) != "for":
            start, qualifier = s, "exact"
        value = (50 if phrase.startswith("half") else 100) if phrase.endswith("century") else (5 if phrase.startswith("half") else 10)
        return [_bounds(Candidate(start, e, "duration", value=value, unit="year", qualifier=qualifier))]
    if phrase.endswith("dozen"):
        np = read_after(text, e)
        if np is None:
            return []
        c = Candidate(start, e, np.kind, value=12, qualifier=qualifier)
        _take_noun(c, np)
        return [_bounds(c)]
    value = 5e5 if phrase.endswith("million") else 5e8
    c = Candidate(start, e, "count", value=value, qualifier=qualifier)
    np = read_after(text, e)
    na = currency.name_after(text, e, None)
    if na and na[1]:
        c.kind, c.unit, c.end = "money", na[1], na[0]
        return [_bounds(c)]
    if np is None:
        return []
    _take_noun(c, np)
    return [_bounds(c)]


_NEXT_WORD = regex.compile(r"[\s,]*([\w’']+)")


def _is_change_times(text: str, start: int, end: int) -> bool:
    nxt = _NEXT_WORD.match(text[end:end + 20])
    if nxt and nxt.group(1).lower() in lexicon.TIMES_AFTER:
        if nxt.group(1).lower() in ("a", "per"):
            return False
        return True
    prev = _prev_words(text, start, 2)
    return bool(prev) and prev[-1] in lexicon.GROWTH_VERBS


def _after_change_verb(text: str, pos: int) -> bool:
    words = _prev_words(text, pos, 4)
    return any(w in lexicon.CHANGE_VERBS for w in words)


def _is_backref(doc: _Doc, c: Candidate, text: str) -> bool:
    """"the two countries", "these three regions", "of the 46 centres"."""
    words = _prev_words(text, c.start, 2)
    if not words:
        return False
    det = words[-1]
    if det in ("these", "those"):
        return True
    if det in ("the", "both", "all", "its", "their", "our", "his", "her"):
        v = c.value if c.value is not None else c.low
        if v is not None and (v <= 10 or v in doc.values_seen):
            return True
    return False


_PHONE_RUN = regex.compile(r"\+?[\d(][\d ()\u00a0.-]{6,}\d")
_DIGIT_RUN = regex.compile(r"\d+")


def _is_phone(text: str, s: int, e: int) -> bool:
    lo = max(0, s - 20)
    for m in _PHONE_RUN.finditer(text, lo, min(len(text), e + 20)):
        if m.start() <= s < m.end():
            run = m.group(0)
            if run.startswith("+") or run.startswith("("):
                return True
            groups = _DIGIT_RUN.findall(run)
            if len(groups) >= 4 and any(len(x) != 3 for x in groups[1:]):
                return True
    return False
