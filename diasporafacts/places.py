"""Places: find place names in text and say where a counted group is.

`find_places()` looks names up in the gazetteer of data/places.toml
(countries from pycountry with their common short names, the region's
provinces and towns, the world's big cities; see tools/build_places.py).
Names match case-sensitively, as capitalized words: one regex pass finds
where capitalized words start, and a dict keyed by a name's first word gives
the names to try there, longest first.

`place_for()` binds a figure to a place in its sentence by the rules the
development gold follows:
1. after the figure, in the same clause, the first place that a locative or
   destination preposition introduces ("live legally in Italy", "left for
   Kazakhstan"), or `of` right after the counted noun ("Azerbaijanis of
   Georgia"); a country adjective after a destination preposition stands
   for its country ("left for Greek farms" -> Greece); an aside between
   commas does not end the clause ("1.2 million migrants, most of them
   men, work in Russia");
2. else the nearest place before the figure in the sentence that is not an
   origin ("In Georgia, about 112,000 Russian citizens ...");
3. else the nearest origin before the figure ("came from Germany, with 48").
Coordinated places come back together as written ("South Korea and
Britain"), without a leading "the".
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from typing import NamedTuple

import regex

from . import vocab

# Where a capitalized word starts: not inside a word, nor after a hyphen
# ("Ukrainian-German" names no place).
_CAP_START = regex.compile(r"(?<![\p{L}\p{M}\p{N}_'’-])\p{Lu}[\p{L}\p{M}]*")
_NEXT_WORD = regex.compile(r" (\p{Lu}[\p{L}\p{M}]*)")
# The same first word of a name, found faster at load time by the standard re.
_LETTERS = re.compile(r"[^\W\d_]+")


@cache
def _index() -> tuple[dict[str, list[str]], dict[str, str]]:
    """{first word of a name: names starting with it, longest first}, {name: code}."""
    names = vocab.place_names().names
    by_first: dict[str, list[str]] = {}
    with vocab.bulk_load():
        for name in sorted(names, key=len, reverse=True):
            first = _LETTERS.match(name)
            if first and name[0].isupper():
                by_first.setdefault(first.group(), []).append(name)
    return by_first, names


def _ends_word(text: str, i: int, end: int) -> bool:
    # "Kazan-based" and "Russian-language" do not name a place.
    return i >= end or not (text[i].isalnum() or text[i] in "_-")


# Surname endings of the region: "Baghdad Amreyev" is a man, not a city.
_SURNAME = regex.compile(r"(?:ov|ev|ova|eva|yev|yeva|ovich|evich|enko|yan|dze|shvili|uly|"
                         r"kyzy|oglu|oğlu|zade|zadeh|ski|sky|skaya)$")


def _part_of_name(text: str, a: int, b: int, end: int) -> bool:
    """Whether the place at text[a:b] is part of a longer name: "Chui Times", "Ural"."""
    if a > 0 and b < end and text[a - 1] in "\"“«" and text[b] in "\"”»":
        return True
    m = _NEXT_WORD.match(text, b, end)
    if not m:
        return False
    word = m.group(1).lower()
    return word in vocab.NAME_CONTINUATIONS or word in vocab.ORG_NOUNS \
        or bool(_SURNAME.search(word))


_TYPES = frozenset("province state region oblast county district governorate prefecture territory".split())


def _typed(text: str, b: int, end: int) -> int | None:
    """The end of a capitalized place type right after a place ("Punjab
    Province"), unless a longer name goes on ("Kazakh State University")."""
    m = _NEXT_WORD.match(text, b, end)
    if not m or m.group(1).lower() not in _TYPES or not m.group(1)[:1].isupper():
        return None
    after = _NEXT_WORD.match(text, m.end(1), end)
    if after and (after.group(1)[:1].isupper() or after.group(1).lower() in vocab.ORG_NOUNS):
        return None
    return m.end(1)


def find_places(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Place mentions in text[start:end]: (start, end, name as written)."""
    by_first, _ = _index()
    found = []
    pos = start
    for m in _CAP_START.finditer(text, start, end):
        if m.start() < pos:
            continue
        for name in by_first.get(m.group(), ()):
            stop = m.start() + len(name)
            if stop <= end and text.startswith(name, m.start()) and _ends_word(text, stop, end):
                typed = _typed(text, stop, end)
                if typed:  # "Punjab Province", "Mon State": the place with its type
                    found.append((m.start(), typed, text[m.start():typed]))
                    stop = typed
                elif not _part_of_name(text, m.start(), stop, end):
                    found.append((m.start(), stop, name))
                pos = stop
                break
    return found


def country_name(code: str) -> str | None:
    """The short English name of a country: "GR" -> "Greece"."""
    return vocab.place_names().short.get(code)


# The words that decide what a place is to the group counted.
LOCATIVE = frozenset("in to into across throughout within inside around on".split())  # "on Lampedusa"
MOVING = frozenset("""left leave leaves leaving head heads headed heading bound depart
    departs departed departing set sets sailed flew fly flies flying go goes went""".split())
ORIGIN = frozenset("from fled flee flees fleeing left leaving escaped deported expelled".split())
ORIGIN_NOUNS = frozenset("roots root rooted origin origins born ancestry descent".split())
# "communities outside Russia": where the group is not.
OUTSIDE = frozenset("outside beyond excluding except besides apart".split())
# "compared to Russia", "ambassador to Azerbaijan": no destination.
NOT_DESTINATION = frozenset("""compared similar relative according due thanks addition
    ambassador ambassadors envoy envoys attache consul""".split())
# "citizens of Kyrgyzstan" names a citizenship, not where they are.
CITIZENSHIP = frozenset("citizen citizens national nationals native natives subject subjects".split())
# Words that may stand between a preposition and its place.
FILLERS = frozenset("""the neighbouring neighboring nearby northern southern eastern western
    central northeastern northwestern southeastern southwestern rural urban present-day
    modern today's independent distant mainland greater""".split())
PLACE_TYPES = frozenset("""town city village region province district republic capital port
    settlement oblast county state island municipality area""".split())
NUMBER_WORDS = frozenset("""one two three four five six seven eight nine ten eleven twelve
    dozens hundreds thousands several many""".split())

_WORDS_BEFORE = regex.compile(r"[\p{L}\p{M}'’-]+|[^\s\p{L}\p{M}]")
# `\s*(?:(...)\s*)?`, not `\s*(?:(...))?\s*`: two adjacent runs of \s backtrack
# quadratically over a long run of blanks.
_DATELINE = regex.compile(r"(?:,[^–—\n]{0,60}?)?\s*(?:\([^()\n]{0,60}\)\s*)?[–—-]\s")


class Place(NamedTuple):
    start: int
    end: int
    written: str     # as in the text, without a leading "the"
    role: str        # "loc" (in, to...), "dest" (left for), "of", "origin", "at", "outside", "other"


def _words_before(text: str, lo: int, hi: int) -> list[str]:
    return [w.lower() for w in _WORDS_BEFORE.findall(text, lo, hi)][-8:]


def _role(text: str, lo: int, start: int) -> str:
    """What introduces the place at `start`: walk back over fillers to a preposition."""
    words = _words_before(text, max(lo, start - 80), start)
    while words and words[-1] in FILLERS:
        words.pop()
    # "in the town of Vahdat": the place is the town.
    if len(words) >= 3 and words[-1] == "of" and words[-2] in PLACE_TYPES and words[-3] == "the":
        words = words[:-3]
        while words and words[-1] in FILLERS:
            words.pop()
    if not words:
        return "other"
    prep, before = words[-1], (words[-2] if len(words) > 1 else "")
    if prep in LOCATIVE:
        # "roots in Turkey" is an origin; "of Mexican origin in the US" is not.
        if before in ORIGIN_NOUNS and not (len(words) >= 4 and words[-4] == "of"):
            return "origin"
        return "other" if prep == "to" and before in NOT_DESTINATION else "loc"
    if prep == "for" and before in MOVING:
        return "dest"
    if prep == "of":
        return "origin" if before == "out" else "of"
    if prep in ORIGIN:
        return "origin"
    if prep in OUTSIDE:
        return "outside"
    if prep == "at":
        return "at"
    return "other"


_PLACE_SEP = regex.compile(r"\s*(,)?\s*(?:(and|or|&)\s+)?(?:the\s+)?", regex.IGNORECASE)


def _coordinate(text: str, found: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """Group places joined by "and"/"or" or a list ending in one: "Kyiv, Dnipro and Odesa"."""
    runs: list[list] = []
    for mention in found:
        if runs:
            gap = text[runs[-1][-1][0][1]:mention[0]]
            sep = _PLACE_SEP.fullmatch(gap)
            if sep and (sep.group(1) or sep.group(2)):
                runs[-1].append((mention, "and" if sep.group(2) else ","))
                continue
        runs.append([(mention, None)])
    groups = []
    for run in runs:
        seps = [s for _, s in run[1:]]
        last_and = max((i for i, s in enumerate(seps) if s == "and"), default=-1)
        # Members after the last "and" joined by bare commas stand alone.
        groups.append([m for m, _ in run[:last_and + 2]])
        groups.extend([m] for m, _ in run[last_and + 2:])
    return groups


def _places(text: str, s0: int, s1: int) -> list[Place]:
    out = []
    for group in _coordinate(text, find_places(text, s0, s1)):
        a, b = group[0][0], group[-1][1]
        if _is_dateline(text, s0, a, b):
            continue
        written = text[a:b]
        if written.startswith(("the ", "The ")):
            written = written[4:]
        out.append(Place(a, b, written, _role(text, s0, a)))
    return out


def _is_dateline(text: str, s0: int, a: int, b: int) -> bool:
    """ "BAKU, 14.03.2024 (Caspian Wire) –": the place where the story was filed."""
    line_start = text.rfind("\n", 0, a) + 1
    return not text[max(s0, line_start):a].strip() and bool(_DATELINE.match(text, b))


_BOUNDARY = regex.compile(r"""
      (?<!\d),|,(?!\d)                               # a comma, not one inside 60,000
    | [;:()\[\]]                                      # other punctuation
    | \s[–—-]\s | —                                    # a spaced dash
    | \b(?:but|while|whereas|although|though)\b       # a new clause
""", regex.VERBOSE)
_CONTINUES = regex.compile(r"\s*(?:who|whom|whose|which|that)\b")
_NEXT_NOUN = regex.compile(r"\s*(?:and\s+)?([\p{L}\p{M}'’-]+)(?=\s*(?:,|and\b|or\b))")
_APPOSITION = regex.compile(r"\s*or\s+[^,;:]{1,40},")


def _inside(places: list[Place], starts: list[int], i: int) -> int | None:
    """The end of the place that holds text[i], if any (places are sorted and do not overlap)."""
    k = bisect_right(starts, i) - 1
    return places[k].end if k >= 0 and i < places[k].end else None


def _clause_end(text: str, pos: int, end: int, places: list[Place]) -> int:
    """Where the clause holding text[pos] ends; relative clauses and "or X," go on."""
    starts = [p.start for p in places]
    while True:
        m = _BOUNDARY.search(text, pos, end)
        if not m:
            return end
        inside = _inside(places, starts, m.start())
        if inside is not None:
            pos = inside
            continue
        if m.group() == ",":
            # A relative clause or a list of peoples ("Uzbeks, Tajiks and
            # Kyrgyz") belongs to the counted noun phrase.
            nxt = _NEXT_NOUN.match(text, m.end(), end)
            if _CONTINUES.match(text, m.end(), end) or (
                    nxt and nxt.group(1).lower() in vocab.PEOPLE_NOUNS):
                pos = m.end()
                continue
            app = _APPOSITION.match(text, m.end(), end)
            if app:
                pos = app.end()
                continue
        return m.start()


_HEAD_THEN_OF = regex.compile(r"\s*((?:[\p{L}\p{M}'’-]+\s+){0,3}?)([\p{L}\p{M}'’-]+)\s+of\s+(?:the\s+)?")
_DEMONYM_DEST = regex.compile(
    r"\b(?:(to|into)|(\p{L}+)\s+for)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}]+)\s+\p{Ll}")


def _of_right_after(text: str, fig_end: int, place: Place) -> bool:
    """ "200,000 Azerbaijanis of Georgia": `of` right after the counted noun."""
    m = _HEAD_THEN_OF.fullmatch(text, fig_end, place.start)
    if not m:
        return False
    head = m.group(2).lower()
    known = head in vocab.PEOPLE_NOUNS or head in vocab.ORG_NOUNS
    return known and head not in CITIZENSHIP


def _after(text: str, fig_end: int, stop: int, places: list[Place]) -> str | None:
    """Rule 1: the place after the figure in its clause, which ends at `stop`."""
    for p in places:
        if fig_end <= p.start < stop:
            if p.role in ("loc", "dest") or (p.role == "of" and _of_right_after(text, fig_end, p)):
                return p.written
    # No place named: "left for Greek farms" still says Greece.
    for m in _DEMONYM_DEST.finditer(text, fig_end, stop):
        code = vocab.demonym_countries().get(m.group(3).lower())
        if code and (m.group(2) is None or m.group(2).lower() in MOVING):
            return country_name(code)
    return None


# An aside between commas that leaves the clause to go on: ", most of them
# young men," / ", representing 112 organizations,".
_ASIDE = regex.compile(r""",\s*(?:(?:most|many|some|all|half|none|both|each|several|mostly|mainly
    |largely|chiefly|including|among|almost|nearly|about|around|roughly|or|aged|mostly|majority
    |the\s+majority|a\s+third|a\s+quarter)\b|\p{Ll}+(?:ing|ed)\b)[^,;:()–—]{0,80},\s*""",
                       regex.VERBOSE)
_REPORTING = frozenset("said says say told added noted according reported stated explained".split())


_LOWER_WORD = regex.compile(r"\p{Ll}+")


def _after_aside(text: str, stop: int, s1: int, places: list[Place]) -> str | None:
    """Rule 1 past an aside: "1.2 million migrants, most of them men, work in Russia".
    `stop` is where the figure's clause ends."""
    m = _ASIDE.match(text, stop, s1)
    if not m or m.end() >= s1:
        return None
    first = _LOWER_WORD.match(text, m.end(), s1)
    if not first or first.group() in _REPORTING:
        return None
    return _after(text, m.end(), _clause_end(text, m.end(), s1, places), places)


# The places of the last sentence asked about: pipeline asks for the figures
# of one sentence one after another, so the sentence is read once, not once
# per figure. Keyed by the text's identity (a str never changes) and span.
_last_sentence: tuple[str | None, int, int, list[Place]] = (None, 0, 0, [])


def _sentence_places(text: str, s0: int, s1: int) -> list[Place]:
    global _last_sentence
    last_text, a, b, places = _last_sentence
    if last_text is text and a == s0 and b == s1:
        return places
    places = _places(text, s0, s1)
    _last_sentence = (text, s0, s1, places)
    return places


def place_for(text: str, sentence: tuple[int, int], fig_start: int, fig_end: int) -> str | None:
    """Where the group counted by text[fig_start:fig_end] is, if its sentence says so."""
    s0, s1 = sentence
    places = _sentence_places(text, s0, s1)
    stop = _clause_end(text, fig_end, s1, places)
    found = _after(text, fig_end, stop, places) or _after_aside(text, stop, s1, places)
    if found:
        return found
    before = [p for p in places if p.end <= fig_start]
    for p in reversed(before):
        if p.role not in ("origin", "at", "outside"):
            return p.written
    # An origin of its own after the figure ("4,515 from Mongolia") says where
    # the group came from, so an earlier origin belongs to another group.
    if any(fig_end <= p.start < stop and p.role == "origin" for p in places):
        return None
    for p in reversed(before):
        if p.role == "origin":
            return p.written
    return None
