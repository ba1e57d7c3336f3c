"""Evidence for a claim and disagreements between sources: pure rules over fact rows.

A fact-checker brings a claim ("over 200,000 Azerbaijanis live in
Kazakhstan") and a pile of sources. The extractor reads both; this module
decides which source facts speak about the same thing as a figure of the
claim, and whether the two figures can both hold. It never says whether a
claim is true.

Rows are the plain dicts of `Fact.row()` (shared/spec/FACTS.md). The rules:

Same thing
- same kind; money, durations, percentages and changes the same unit
  (currency code, time unit, `%`, `times`); counts the same counted noun
  (singular, British and American spellings alike);
- population and organizations: the same subject key (below); percentages
  and changes too when the claim names a subject;
- the same place when either side names one: a claim's place must equal the
  source fact's place, or, when the fact has none, occur in its sentence; a
  claim without a place does not match a fact that has one (a figure for
  Russia is not a figure for the world);
- figures whose record names no subject (money, durations, dates, counts,
  and percentages or changes without one) stand on their sentence instead:
  the source sentence must share two of the claim's content words (one when
  the claim has only one; none when the claim is a bare figure);
- when a date in the same sentence gives a year on both sides, the years
  are equal.

Subject key: (group, head). The group is the people or country a demonym
noun or adjective, or a country name, points to (data/peoples.toml and the
country names of data/places.toml, read through `diasporafacts.vocab`);
the head is the counted noun in the singular. Heads that only say "people
of that group" (citizens, people, residents, nationals, diaspora...) fold
into the group, so `Azerbaijanis`, `Azerbaijani citizens`, `ethnic
Azerbaijanis` and `citizens of Azerbaijan` share one key, while `Azerbaijani
students` keep theirs. Other modifiers (ethnic, young, seasonal) are
ignored.

Agreement: each figure is an interval (`interval()`); two figures are
consistent when their intervals overlap, conflicting otherwise. Dates are
intervals of days; a date without a year (`XXXX-05-07`) is compared on
month and day only.
"""
from __future__ import annotations

import math
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Iterable, Sequence

DEFAULT_TOLERANCE = 0.005   # two exact figures agree within 0.5% of each other
APPROX_TOLERANCE = 0.10     # about / around / nearly: 10% either way

CONSISTENT = "consistent"
CONFLICTING = "conflicting"

# Kinds whose "what" is the subject; compare() needs it.
SUBJECT_KINDS = ("population", "organizations", "percentage", "change")
# Kinds compare() groups: those whose record says what is counted.
COMPARE_KINDS = ("population", "organizations", "percentage", "change", "count")

INF = math.inf


# Intervals

@dataclass(frozen=True, slots=True)
class Interval:
    lo: float
    hi: float
    lo_open: bool = False
    hi_open: bool = False

    def overlaps(self, other: "Interval") -> bool:
        return not (_before(self, other) or _before(other, self))

    def __str__(self) -> str:
        left = "(" if self.lo_open or self.lo == -INF else "["
        right = ")" if self.hi_open or self.hi == INF else "]"
        return f"{left}{_num(self.lo)}, {_num(self.hi)}{right}"


def _before(a: Interval, b: Interval) -> bool:
    """Whether `a` ends before `b` starts (touching closed ends overlap)."""
    return a.hi < b.lo or (a.hi == b.lo and (a.hi_open or b.lo_open))


def _num(x: float) -> str:
    if x in (INF, -INF):
        return "∞" if x > 0 else "-∞"
    return f"{x:g}"


def interval(row: dict, tolerance: float = DEFAULT_TOLERANCE) -> Interval | None:
    """The values a figure allows, from its value, bounds and qualifier.

    exact: value ± half the tolerance (relative), so that two exact figures
    agree when they differ by at most the tolerance; approx: value ± 10%; more_than:
    (value, ∞); at_least: [value, ∞); less_than: (-∞, value); up_to:
    (-∞, value]; range and vague: [low, high]. None for dates and for a
    figure with no number at all.
    """
    if row.get("kind") == "date":
        return date_interval(row.get("date"))
    q = row.get("qualifier") or "exact"
    v, lo, hi = row.get("value"), row.get("low"), row.get("high")
    if q in ("exact", "approx") and v is not None:
        d = abs(v) * (tolerance / 2 if q == "exact" else APPROX_TOLERANCE)
        return Interval(v - d, v + d)
    if q == "more_than" and (v if v is not None else lo) is not None:
        return Interval(v if v is not None else lo, INF, lo_open=True)
    if q == "at_least" and (v if v is not None else lo) is not None:
        return Interval(v if v is not None else lo, INF)
    if q == "less_than" and (v if v is not None else hi) is not None:
        return Interval(-INF, v if v is not None else hi, hi_open=True)
    if q == "up_to" and (v if v is not None else hi) is not None:
        return Interval(-INF, v if v is not None else hi)
    if lo is not None or hi is not None:
        return Interval(lo if lo is not None else -INF, hi if hi is not None else INF)
    if v is not None:
        d = abs(v) * tolerance / 2
        return Interval(v - d, v + d)
    return None


# Dates: TIMEX3-style values as the spec writes them.

_DATE_PART = re.compile(r"^(?P<y>[0-9X]{4})(?:-(?P<m>[0-9X]{2}|Q[1-4]|H[12]|SP|SU|FA|WI)(?:-(?P<d>[0-9X]{2}))?)?$")
_MONTHS_OF = {"Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12), "H1": (1, 6), "H2": (7, 12),
              "SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (1, 12)}  # winter straddles two years


@dataclass(frozen=True, slots=True)
class DateSpan:
    """A date as the years it may fall in and the month-days it covers."""
    years: tuple[int, int] | None   # None: the text gives no year
    md: tuple[int, int]             # month*100 + day, from..to


def _part(s: str) -> tuple[tuple[int, int] | None, int, int] | None:
    m = _DATE_PART.match(s.strip())
    if not m:
        return None
    y = m["y"]
    if y == "XXXX":
        years = None
    else:
        digits = y.rstrip("X")
        if "X" in digits:
            return None
        pad = 4 - len(digits)
        years = (int(digits + "0" * pad), int(digits + "9" * pad))
    mo, d = m["m"], m["d"]
    if mo is None or mo == "XX":
        m_lo, m_hi = 1, 12
    elif mo in _MONTHS_OF:
        m_lo, m_hi = _MONTHS_OF[mo]
    else:
        m_lo = m_hi = int(mo)
    if d is None or d == "XX" or m_lo != m_hi:
        d_lo, d_hi = 1, 31
    else:
        d_lo = d_hi = int(d)
    return years, m_lo * 100 + d_lo, m_hi * 100 + d_hi


def date_span(value: str | None) -> DateSpan | None:
    """`2020-05-07`, `2019-02`, `199X`, `XXXX-07-12`, `2021-Q1`, `2012/2013`... as a DateSpan."""
    if not value:
        return None
    start, _, end = value.partition("/")
    a = _part(start)
    b = _part(end) if end else a
    if a is None or b is None:
        return None
    ya, yb = a[0], b[0]
    if ya is not None and yb is not None:
        years = (ya[0], yb[1])
    else:
        years = ya or yb  # "XXXX-04/2024-09": the one year stated
    md = (a[1], b[2])
    if (years is None or years[0] == years[1]) and md[0] > md[1]:
        md = (101, 1231)  # wraps the new year: any month-day
    return DateSpan(years, md)


def _month_days(span: DateSpan) -> Interval:
    if span.years is not None and span.years[0] != span.years[1]:
        return Interval(101, 1231)  # more than a year: any month-day
    return Interval(*span.md)


def date_interval(value: str | None) -> Interval | None:
    """A date as an interval of yyyymmdd numbers (years unknown: month-day only, as mmdd)."""
    span = date_span(value)
    if span is None:
        return None
    if span.years is None:
        return _month_days(span)
    return Interval(span.years[0] * 10000 + span.md[0], span.years[1] * 10000 + span.md[1])


def dates_comparable(a: str | None, b: str | None) -> bool:
    """Whether two dates state something in common: both a year, or both a month.

    `2009` against `XXXX-01-30` states nothing to compare: any January 30
    falls in some year.
    """
    sa, sb = date_span(a), date_span(b)
    if sa is None or sb is None:
        return False
    if sa.years is not None and sb.years is not None:
        return True
    return sa.md != (101, 1231) and sb.md != (101, 1231)


def dates_agree(a: str | None, b: str | None) -> bool:
    """Whether two dates can be the same day: full dates by overlap, else on month and day."""
    sa, sb = date_span(a), date_span(b)
    if sa is None or sb is None:
        return False
    if sa.years is not None and sb.years is not None:
        return date_interval(a).overlaps(date_interval(b))
    return _month_days(sa).overlaps(_month_days(sb))


def agree(a: dict, b: dict, tolerance: float = DEFAULT_TOLERANCE) -> bool:
    """Whether two figures (fact rows of the same kind and unit) can both hold."""
    if a.get("kind") == "date" or b.get("kind") == "date":
        return dates_agree(a.get("date"), b.get("date"))
    ia, ib = interval(a, tolerance), interval(b, tolerance)
    if ia is None or ib is None:
        return False
    return ia.overlaps(ib)


def label(claim: dict, fact: dict, tolerance: float = DEFAULT_TOLERANCE) -> str:
    return CONSISTENT if agree(claim, fact, tolerance) else CONFLICTING


# Words

def fold(s: str) -> str:
    """Lowercase, without accents, hyphens as spaces, curly apostrophes straight."""
    s = unicodedata.normalize("NFKD", s.replace("’", "'").replace("İ", "I"))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = s.replace("ı", "i")
    return re.sub(r"[\s\-‐‑–]+", " ", s).strip()


_WORDS = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
_IRREGULAR = {"men": "man", "women": "woman", "children": "child", "kinsmen": "kinsman",
              "countrymen": "countryman", "countrywomen": "countrywoman", "chairmen": "chairman",
              "persons": "person", "people": "person", "peoples": "person", "wives": "wife",
              "oralmen": "oralman", "businessmen": "businessman", "businesswomen": "businesswoman",
              "police": "police", "staff": "staff", "personnel": "personnel", "youth": "youth",
              "data": "data", "media": "media"}
_SPELLING = (("isation", "ization"), ("centre", "center"), ("programme", "program"),
             ("labour", "labor"), ("theatre", "theater"))


def singular(word: str) -> str:
    """The singular of a plural English noun, American spelling (crude, for matching only)."""
    w = fold(word).replace("'s", "")
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    for gb, us in _SPELLING:
        w = w.replace(gb, us)
    if len(w) <= 3 or w.endswith(("ss", "us", "is", "ics")):
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes", "zes")):
        return w[:-2]
    if w.endswith("s"):
        return w[:-1]
    return w


def plural(lemma: str) -> str:
    if " of " in lemma:
        head, _, rest = lemma.partition(" of ")
        return f"{plural(head)} of {plural(rest)}"
    inverse = {"man": "men", "woman": "women", "child": "children", "person": "people", "wife": "wives"}
    last = lemma.rsplit(" ", 1)[-1]
    if last in inverse:
        return lemma[: len(lemma) - len(last)] + inverse[last]
    if lemma.endswith(("police", "staff", "personnel", "youth", "data", "media", "diaspora")):
        return lemma
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ies"
    if lemma.endswith(("s", "x", "z", "ch", "sh")):
        return lemma + "es"
    return lemma + "s"


# Words that carry no topic: function words, reporting verbs, figure words.
_STOP = frozenset("""
a an the and or but nor of in on at to for from by with without within into onto over under
about around above below between among across through during before after since until till
per via than as that this these those there here it its it's they them their theirs he him his
she her hers we us our ours you your i me my mine who whom whose which what when where why how
is are was were be been being am do does did done have has had having will would shall should
can could may might must not no yes so too very more most less least much many few several some
any all both each every other another such only also just even still yet already now then
said says say saying told tell according noted stated reported reports added according
nearly almost approximately roughly estimated estimate about around over under exceeding
least up down out off again further once one two three four five six seven eight nine ten
eleven twelve twenty thirty forty fifty hundred hundreds thousand thousands million millions
billion billions dozen dozens tens percent per cent year years month months week weeks day days
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec today yesterday total number figure figures
new whole own live lives living lived
""".split())


def _stem(word: str) -> str:
    w = singular(word)
    for suffix in ("ing", "ed", "ment", "ly"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            break
    return w[:6]


@lru_cache(maxsize=8192)
def topic_words(text: str) -> frozenset[str]:
    """The content words of `text`, stemmed: what a sentence is about, roughly."""
    out = set()
    for w in _WORDS.findall(text):
        f = fold(w)
        if len(f) < 3 or f in _STOP or singular(f) in _STOP:
            continue
        out.add(_stem(f))
    return frozenset(out)


def topic_needed(claim_words: frozenset[str]) -> int:
    """How many of the claim's content words a source sentence must share."""
    return min(len(claim_words), 2)


# Groups of people, places

# Heads that only say "people of that group": with a group they fold into it.
GENERIC_HEADS = frozenset("""
person citizen national resident inhabitant population diaspora community native
compatriot origin descent ethnicity dweller soul individual
""".split())


@dataclass(frozen=True)
class _Tables:
    phrases: dict[str, str]          # folded phrase -> group id
    is_noun: frozenset[str]          # folded phrases that are nouns (a people named)
    countries: dict[str, str]        # folded country name -> alpha-2 code
    country_names: dict[str, tuple[str, ...]]  # code -> names as written
    labels: dict[str, str]           # group id -> plural noun to print
    adjectives: dict[str, str]       # group id -> adjective to print
    max_len: int


def _places_countries() -> dict[str, list[str]]:
    from . import vocab

    path = vocab.DATA / "places.toml"
    return tomllib.loads(path.read_text("utf-8"))["countries"]


@cache
def tables() -> _Tables:
    """Demonyms, group adjectives and country names, folded, from the vocabularies."""
    from . import vocab

    rows = vocab.demonym_rows()
    candidates: dict[str, set[str]] = {}
    nouns: set[str] = set()
    labels: dict[str, str] = {}
    adjectives: dict[str, str] = {}
    for part, block in rows.items():
        for key, (adjs, people) in block.items():
            if part == "countries":
                gid = key
            else:
                gid = f"{part[0]}:{key}"
            faiths = part == "regions" and key.lower() == "faiths"
            for words, noun in ((adjs, False), (people, True)):
                for w in words:
                    f = fold(w)
                    if not f:
                        continue
                    # A grab-bag row (the faiths) is not one group: each word is its own.
                    g = f"faith:{singular(f)}" if faiths else gid
                    candidates.setdefault(f, set()).add(g)
                    if noun:
                        nouns.add(f)
                        if faiths and w.endswith("s"):
                            labels[g] = w
                            adjectives.setdefault(g, w[:-1])
                        if not faiths:
                            lab = labels.get(gid)
                            if lab is None or (not lab.endswith("s") and w.endswith("s")):
                                labels[gid] = w
                    elif not faiths and gid not in adjectives:
                        adjectives[gid] = w
            if not faiths:
                labels.setdefault(gid, adjs[0] if adjs else key)
                adjectives.setdefault(gid, adjs[0] if adjs else key)
    phrases: dict[str, str] = {}
    for f, gids in candidates.items():
        countries_only = {g for g in gids if ":" not in g}
        gids = countries_only or gids  # "Korean": the countries before the Koryo-saram
        phrases[f] = "/".join(sorted(gids))
        if "/" in phrases[f]:
            for g in gids:
                labels.setdefault(phrases[f], labels.get(g, f))
                adjectives.setdefault(phrases[f], adjectives.get(g, f))
    countries: dict[str, str] = {}
    names: dict[str, tuple[str, ...]] = {}
    try:
        table = _places_countries()
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        table = {}
    for code, cnames in table.items():
        names[code] = tuple(cnames)
        for n in cnames:
            f = fold(n)
            if f.startswith("the "):
                f = f[4:]
            countries[f] = code
    longest = max((len(p.split()) for p in list(phrases) + list(countries)), default=1)
    return _Tables(phrases, frozenset(nouns), countries, names, labels, adjectives, longest)


def _tokens(text: str) -> list[tuple[str, str, bool]]:
    """("G", group, is_noun) for a demonym, adjective or country name; ("W", lemma, False) else."""
    t = tables()
    words = [fold(w) for w in _WORDS.findall(text.replace("-", " "))]
    words = [w for w in words if w]
    out: list[tuple[str, str, bool]] = []
    i = 0
    while i < len(words):
        for n in range(min(t.max_len, len(words) - i), 0, -1):
            phrase = " ".join(words[i:i + n])
            if phrase in t.phrases:
                out.append(("G", t.phrases[phrase], phrase in t.is_noun))
                break
            if phrase in t.countries:
                out.append(("G", t.countries[phrase], False))
                break
        else:
            out.append(("W", words[i], False))
            n = 1
        i += n
    return out


@cache
def _place_names() -> frozenset[str]:
    from . import vocab

    return frozenset(fold(n) for n in vocab.place_names().names)


def _is_place(toks: list[tuple[str, str, bool]]) -> bool:
    """Whether words after "of" name a place ("residents of Baku"): the place is the fact's, not the subject's."""
    words = [t[1] for t in toks if t[0] == "W" and t[1] not in _DETERMINERS]
    return bool(words) and " ".join(words) in _place_names()


_DETERMINERS = frozenset("the a an our their its his her these those all some".split())


def subject_key(subject: str | None) -> tuple[str | None, str | None] | None:
    """(group, head) of a subject: `Azerbaijani citizens` -> ("AZ", None).

    The group is the people or country named by a demonym, a group
    adjective or a country name; the head is the counted noun in the
    singular, None when it only says "people of the group". None for no
    subject.
    """
    if not subject or not subject.strip():
        return None
    toks = [tok for tok in _tokens(subject) if not (tok[0] == "W" and tok[1] in _DETERMINERS)]
    parts: list[list[tuple[str, str, bool]]] = [[]]
    for tok in toks:
        if tok[0] == "W" and tok[1] in ("and", "or", "&"):
            parts.append([])
        else:
            parts[-1].append(tok)
    groups: list[str] = []
    heads: list[str] = []
    for part in parts:
        if not part:
            continue
        head_toks = part
        complement: list[tuple[str, str, bool]] = []
        for j, tok in enumerate(part):
            if tok == ("W", "of", False) and j > 0:
                head_toks, complement = part[:j], part[j + 1:]
                break
        for tok in part:
            if tok[0] == "G" and tok[1] not in groups:
                groups.append(tok[1])
        last = head_toks[-1]
        # A people named ("Azerbaijanis") or an adjective standing alone: the group is the head.
        head = None if last[0] == "G" else singular(last[1])
        extra = [singular(t[1]) for t in complement if t[0] == "W" and t[1] not in _DETERMINERS]
        if extra and not any(t[0] == "G" for t in complement) and not _is_place(complement):
            head = f"{head or ''} of {' '.join(extra)}".strip()
        if head is not None:
            heads.append(head)
    group = "+".join(groups) or None
    heads = [h for h in heads if not (group and h in GENERIC_HEADS)]
    head = "+".join(heads) or None
    if group is None and head is None:
        return None
    return group, head


def subject_label(key: tuple[str | None, str | None] | None) -> str | None:
    """A readable name for a subject key: `Azerbaijanis`, `Kyrgyz workers`, `organizations`."""
    if key is None:
        return None
    group, head = key
    t = tables()
    if group is None:
        return " and ".join(plural(h) for h in head.split("+"))
    names = group.split("+")
    if head is None:
        # "Meskhetian Turks", "Crimean Tatars": the last group named, the others before it.
        return " ".join([t.adjectives.get(g, g) for g in names[:-1]] + [t.labels.get(names[-1], names[-1])])
    adj = " ".join(t.adjectives.get(g, g) for g in names)
    return f"{adj} " + " and ".join(plural(h) for h in head.split("+"))


def unit_key(row: dict) -> str | None:
    unit = row.get("unit")
    if unit is None:
        return None
    if row.get("kind") == "count":
        return " ".join(singular(w) for w in fold(unit).split())
    return unit


_PLACE_SPLIT = re.compile(r"\s*(?:,|&|\band\b|\bor\b)\s*")


def _place_one(name: str) -> str:
    f = fold(name)
    if f.startswith("the "):
        f = f[4:]
    return tables().countries.get(f, f)


def place_key(place: str | None) -> frozenset[str] | None:
    """A place as a set of country codes or folded names: `the UK` -> {"GB"}."""
    if not place or not place.strip():
        return None
    whole = _place_one(place)
    if whole in tables().country_names:
        return frozenset([whole])
    parts = [p for p in _PLACE_SPLIT.split(place) if p.strip()]
    return frozenset(_place_one(p) for p in parts) or None


def place_label(key: frozenset[str] | None, written: str | None = None) -> str | None:
    if key is None:
        return None
    names = tables().country_names
    if len(key) == 1 and written is not None and _place_one(written) in key:
        (k,) = key
        return names[k][0] if k in names and names[k] else written
    return " and ".join(sorted(names[k][0] if k in names and names[k] else k.title() for k in key))


def place_in_text(key: frozenset[str], text: str) -> bool:
    """Whether every place of `key` is named in `text` (any of a country's names)."""
    folded = " " + " ".join(_WORDS.findall(fold(text))) + " "
    names = tables().country_names
    for k in key:
        variants = [fold(n) for n in names.get(k, ())] or [k]
        if not any(f" {' '.join(_WORDS.findall(v))} " in folded for v in variants if v):
            return False
    return True


# Year context: a date in the same sentence.

_YEAR = re.compile(r"^(\d{4})(?:$|-)")


def year_of(date: str | None) -> int | None:
    """The one year a date value states, if it states exactly one."""
    if not date:
        return None
    start, _, end = date.partition("/")
    a, b = _YEAR.match(start), _YEAR.match(end) if end else None
    if not a or (end and (not b or b[1] != a[1])):
        return None
    return int(a[1])


def years_in_context(rows: Sequence[dict]) -> dict[int, int]:
    """{index of a non-date row: the year of the nearest date in the same sentence}."""
    dates = [(i, r) for i, r in enumerate(rows) if r.get("kind") == "date" and year_of(r.get("date"))]
    out: dict[int, int] = {}
    if not dates:
        return out
    for i, r in enumerate(rows):
        if r.get("kind") == "date":
            continue
        best = None
        for _, d in dates:
            if d.get("source") != r.get("source") or d.get("sentence") != r.get("sentence"):
                continue
            dist = abs(d["start"] - r["start"])
            if dist > len(r.get("sentence") or ""):
                continue  # the same words, but another sentence
            if best is None or dist < best[0]:
                best = (dist, year_of(d["date"]))
        if best is not None:
            out[i] = best[1]
    return out


# Checking a claim

@dataclass
class Figure:
    """A fact prepared for matching: its row and the keys the rules compare."""
    row: dict
    subject: tuple[str | None, str | None] | None
    place: frozenset[str] | None
    unit: str | None
    year: int | None
    topic: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, row: dict, year: int | None = None, topic: frozenset[str] | None = None) -> "Figure":
        return cls(row, subject_key(row.get("subject")), place_key(row.get("place")), unit_key(row), year,
                   topic if topic is not None else frozenset())


def prepare(rows: Sequence[dict]) -> list[Figure]:
    years = years_in_context(rows)
    return [Figure.of(r, years.get(i)) for i, r in enumerate(rows)]


def claim_figures(claim_text: str, rows: Sequence[dict]) -> list[Figure]:
    """The figures of a claim to look for, each with the claim's content words.

    In a claim that also holds another figure, a date is not checked on its
    own: it dates the figure of its sentence (gives its year).
    """
    years = years_in_context(rows)
    others = [r for r in rows if r.get("kind") != "date"]
    text = claim_text
    for r in sorted(rows, key=lambda r: -r["start"]):
        text = text[: r["start"]] + " " + text[r["end"]:] if text[r["start"]:r["end"]] == r["quote"] else text
    topic = topic_words(text)
    out = []
    for i, r in enumerate(rows):
        if r.get("kind") == "date" and others:
            continue
        # The counted noun is matched as the unit; it says nothing more about the topic.
        own = topic - topic_words(r["unit"]) if r.get("kind") == "count" and r.get("unit") else topic
        out.append(Figure.of(r, years.get(i), own))
    return out


def _subject_matches(claim: Figure, fact: Figure) -> bool | None:
    """True/False when the subject decides; None when the sentence must decide."""
    kind = claim.row["kind"]
    if kind in ("population", "organizations"):
        if claim.subject is None:
            return None
        return fact.subject == claim.subject
    if kind in ("percentage", "change") and claim.subject is not None:
        return fact.subject == claim.subject
    return None


def _place_matches(claim: Figure, fact: Figure) -> bool:
    if claim.place is not None:
        if fact.place is not None:
            return fact.place == claim.place
        return place_in_text(claim.place, fact.row.get("sentence") or "")
    return fact.place is None


def same_thing(claim: Figure, fact: Figure) -> bool:
    """Whether a source fact speaks about what a claim figure speaks about."""
    c, f = claim.row, fact.row
    if c.get("kind") != f.get("kind"):
        return False
    if c["kind"] == "date" and not dates_comparable(c.get("date"), f.get("date")):
        return False
    if c["kind"] in ("money", "duration", "percentage", "change", "count") and claim.unit != fact.unit:
        return False
    if not _place_matches(claim, fact):
        return False
    if claim.year is not None and fact.year is not None and claim.year != fact.year:
        return False
    decided = _subject_matches(claim, fact)
    if decided is not None:
        return decided
    need = topic_needed(claim.topic)
    if need == 0:
        return True
    shared = claim.topic & topic_words(f.get("sentence") or "")
    return len(shared) >= need


@dataclass(frozen=True, slots=True)
class Evidence:
    figure: int      # index of the claim figure
    match: str       # consistent | conflicting
    fact: dict


def find_evidence(claim: Sequence[Figure], facts: Iterable[Figure],
                  tolerance: float = DEFAULT_TOLERANCE) -> list[Evidence]:
    """Every source fact about the same thing as a claim figure, labelled, in source order."""
    facts = list(facts)
    out = []
    for i, c in enumerate(claim):
        for f in facts:
            if same_thing(c, f):
                out.append(Evidence(i, label(c.row, f.row, tolerance), f.row))
    return out


# Comparing sources

@dataclass
class Group:
    kind: str
    subject: str | None
    place: str | None
    unit: str | None
    year: int | None
    facts: list[dict]
    consistent: bool

    @property
    def sources(self) -> list[str]:
        return list(dict.fromkeys(f["source"] for f in self.facts))


def group_key(fig: Figure) -> tuple | None:
    """What a fact is about, for compare(): None when the record does not say."""
    kind = fig.row.get("kind")
    if kind not in COMPARE_KINDS:
        return None
    if kind in SUBJECT_KINDS and fig.subject is None:
        return None
    if kind == "count" and fig.unit is None:
        return None
    return (kind, fig.subject, fig.place, fig.unit, fig.year)


def _disagree(facts: Sequence[dict], tolerance: float) -> bool:
    for i, a in enumerate(facts):
        for b in facts[i + 1:]:
            if a["source"] != b["source"] and not agree(a, b, tolerance):
                return True
    return False


_KIND_ORDER = {k: i for i, k in enumerate(COMPARE_KINDS)}


def _own_topic(fig: Figure) -> frozenset[str]:
    """A fact's sentence words besides its figure and what it counts."""
    r = fig.row
    sentence = r.get("sentence") or ""
    sentence = sentence.replace(r.get("quote") or "\0", " ", 1)
    return topic_words(sentence) - topic_words(r.get("subject") or "") - topic_words(r.get("unit") or "")


def _topic_clusters(figs: list[Figure], common: frozenset[str]) -> list[list[Figure]]:
    """Facts whose sentences pairwise share two content words that are not `common`.

    Complete linkage, greedily in input order: a fact joins the first group
    whose every member it shares two words with, so a chain of loosely
    related sentences never becomes one group.
    """
    clusters: list[list[tuple[Figure, frozenset[str]]]] = []
    for f in figs:
        words = _own_topic(f) - common
        for cluster in clusters:
            if all(len(words & other) >= 2 for _, other in cluster):
                cluster.append((f, words))
                break
        else:
            clusters.append([(f, words)])
    return [[f for f, _ in c] for c in clusters]


def _common_words(figs: Sequence[Figure]) -> frozenset[str]:
    """Words in the fact sentences of more than a quarter of the sources (and of more than two)."""
    by_source: dict[str, set[str]] = {}
    for f in figs:
        by_source.setdefault(f.row["source"], set()).update(_own_topic(f))
    limit = max(2, len(by_source) // 4)
    counts: dict[str, int] = {}
    for words in by_source.values():
        for w in words:
            counts[w] = counts.get(w, 0) + 1
    return frozenset(w for w, n in counts.items() if n > limit)


def compare(figures: Iterable[Figure], tolerance: float = DEFAULT_TOLERANCE, all_groups: bool = False,
            kinds: Iterable[str] | None = None) -> list[Group]:
    """Groups of facts about the same thing from two or more sources.

    Facts share a group when kind, subject key, place, unit and year (of a
    date in the same sentence) are equal. Without a place that is too
    little to go on ("dozens of people", "37 countries"): such facts share
    a group only when their sentences also share two content words besides
    the figure and what it counts, not counting words that are common across
    the sources (in the fact sentences of more than a quarter of them, and
    of more than two). Only groups whose sources disagree (two
    facts from different sources that cannot both hold) are returned,
    unless `all_groups`.
    """
    wanted = set(kinds) if kinds else None
    figures = list(figures)
    common = _common_words(figures)
    buckets: dict[tuple, list[Figure]] = {}
    for fig in figures:
        if wanted is not None and fig.row.get("kind") not in wanted:
            continue
        key = group_key(fig)
        if key is not None:
            buckets.setdefault(key, []).append(fig)
    out = []
    for (kind, subject, place, unit, year), figs in buckets.items():
        for cluster in ([figs] if place is not None else _topic_clusters(figs, common)):
            rows = [f.row for f in cluster]
            if len({r["source"] for r in rows}) < 2:
                continue
            ok = not _disagree(rows, tolerance)
            if ok and not all_groups:
                continue
            written_place = next((r.get("place") for r in rows if r.get("place")), None)
            out.append(Group(kind, subject_label(subject), place_label(place, written_place),
                             rows[0].get("unit"), year, rows, ok))
    out.sort(key=lambda g: (_KIND_ORDER.get(g.kind, 99), (g.subject or g.unit or "").casefold(),
                            (g.place or "").casefold(), g.year or 0))
    return out
