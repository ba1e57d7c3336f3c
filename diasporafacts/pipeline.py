"""Text → candidates → context → validated facts.

Dates claim their spans first, so a year never becomes a count; the
quantity extractor reads everything else. The context pass then gives each
candidate its sentence, the group it counts (for figures that name it
elsewhere in the sentence), its place and its speaker.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_right

import regex

from .attribution import Attributor
from .candidate import Candidate
from .kinds import dates, quantities
from .models import Fact
from . import lexicon
from .nounphrase import classify, is_group_adjective, is_org, is_people, looks_adjective, looks_plural, read_after
from .places import place_for
from .scan import anchors
from .sentences import split_sentences

# Kinds whose record says who is counted and where.
_GROUP_KINDS = ("population", "organizations", "percentage", "change")

_NUMBER_OF = regex.compile(
    r"\b(?:the|a|its|their)\s+(?:total\s+)?(?:number|numbers|figure|figures|population|count|total|size|tally)"
    r"\s+(?:of|for)\s+(?:the\s+|our\s+|their\s+|its\s+)?",
    regex.IGNORECASE,
)
_THE_NUMBER = regex.compile(r"\bthe\s+(?:number|figure|total)\s+(?:was|is|stood|stands|had|has|rose|grew|fell|reached|dropped|will)\b", regex.IGNORECASE)
_COUNT_VERB = regex.compile(
    r"(?:\b(?:number|numbers|numbered|numbering|total|totals|totalled|totaled|reached|reach|reaches"
    r"|(?:estimated|put|thought|believed|said|reckoned)\s+(?:at|to\s+(?:be|number))|stands\s+at|stood\s+at)|[:(])\s*$",
    regex.IGNORECASE)
# Collective nouns that name a people as a whole ("the Armenian community").
_GROUP_NOUNS = frozenset("community communities diaspora diasporas minority minorities population".split())
_AS_MANY = regex.compile(r"[ \u00a0]+as[ \u00a0]+(?:many|much)[ \u00a0]+", regex.IGNORECASE)
_WORDS = regex.compile(r"[A-Za-zÀ-ɏ][\w’'-]*")
_AMONG = regex.compile(r"\b(?:among|of)\s+(?:the\s+|our\s+|their\s+|all\s+)?", regex.IGNORECASE)
_OF_AFTER = regex.compile(r"[ \u00a0]+of[ \u00a0]+(?:the\s+|our\s+|their\s+|its\s+|all\s+)?", regex.IGNORECASE)
_OF_THEM = regex.compile(r"[ \u00a0]+of[ \u00a0]+(?:them|these|those)\b", regex.IGNORECASE)
_ARE = regex.compile(r"[ \u00a0]+(?:are|were|is|was)[ \u00a0]+", regex.IGNORECASE)
_AFTER_REACH = 80  # characters read after a figure for "of the ...", "are ..."
# Collectives of people a share may count besides people nouns.
_HOUSEHOLDS = frozenset({"households", "household", "families", "family"})
# A figure between "of the" and its noun: "of the nearly 7.9 million".
_FIGURE_LEAD = regex.compile(
    r"(?:(?:nearly|almost|about|around|some|roughly|approximately|over|more\s+than|up\s+to|estimated)\s+)?"
    r"\d[\d.,]*(?:\s+(?:thousand|million|billion|lakh|crore))?\s+", regex.IGNORECASE)
# A list item's label right before the figure: "– Households receiving aid: 17 per cent".
_LABEL = regex.compile(r"[\s–—•*·-]*(?P<label>[^\W\d_][^:\n]{2,100}):\s*\Z")
_BY_BEFORE = regex.compile(r"\bby\s+\Z", regex.IGNORECASE)
_CHANGED_BY = regex.compile(r"\b(?:shr[au]nk|shrinks|fell|fallen|falls|dropped|drops|declined|declines|decreased|"
                            r"grew|grown|grows|rose|risen|rises|increased|increases|jumped|climbed)"
                            r"(?:\s+\w+)?\s+by\s+(?:\w+\s+)?\Z", regex.IGNORECASE)


_BREAK = re.compile(r"\r\n|[\n\r\u2028\u2029\x85\v\f]")
_ODD_BREAKS = ("\r", "\u2028", "\u2029", "\x85", "\v", "\f")


class _Lines:
    """Line and column of an offset. Most texts break lines with "\n" only:
    then facts, which come in text order, cost a count of the newlines
    since the previous one instead of a list of every line start."""

    def __init__(self, text: str):
        self.text = text
        self.starts = None
        if any(ch in text for ch in _ODD_BREAKS):
            self.starts = [0] + [m.end() for m in _BREAK.finditer(text)]
        self._pos, self._line = 0, 1

    def at(self, pos: int) -> tuple[int, int]:
        if self.starts is not None:
            i = bisect_right(self.starts, pos) - 1
            return i + 1, pos - self.starts[i] + 1
        if pos < self._pos:
            self._pos, self._line = 0, 1
        self._line += self.text.count("\n", self._pos, pos)
        self._pos = pos
        return self._line, pos - self.text.rfind("\n", 0, pos)


def extract_text(text: str, source: str = "-") -> list[Fact]:
    """Every fact in `text`, in text order."""
    if not text:
        return []
    where = anchors(text)
    if not (where.digits or where.numbers or where.months):
        return []
    found = dates.find(text, where)
    claimed = [(c.start, c.end) for c in found]
    found += quantities.find(text, claimed, where)
    found.sort(key=lambda c: (c.start, -c.end))
    found = _drop_overlaps(found)
    if not found:
        return []
    sentences = split_sentences(text)
    starts = [s for s, _ in sentences]
    attributor = Attributor(text, sentences)
    lines = _Lines(text)
    facts: list[Fact] = []
    kept: list[tuple[Candidate, tuple[int, int]]] = []
    by_sentence: dict[tuple[int, int], list[Candidate]] = {}
    for c in found:
        if not all(x is None or math.isfinite(x) for x in (c.value, c.low, c.high)):
            continue  # "10^400"-long digit runs are not figures anyone can check
        span = _cap(text, _sentence_of(sentences, starts, c, len(text)), c)
        same = by_sentence.setdefault(span, [])
        if not _resolve_group(text, c, span, same, kept):
            continue
        kept.append((c, span))
        same.append(c)
    for c, span in kept:
        place = None
        if c.kind in _GROUP_KINDS:
            place = place_for(text, span, c.start, c.anchor or c.end)
        speaker = attributor.speaker_at(c.start, c.end)
        line, column = lines.at(c.start)
        facts.append(Fact(
            source=source, start=c.start, end=c.end, line=line, column=column,
            quote=text[c.start:c.end], kind=c.kind, value=_tidy(c.value), low=_tidy(c.low),
            high=_tidy(c.high), qualifier=c.qualifier, unit=c.unit,
            subject=c.subject if c.kind in _GROUP_KINDS else None, place=place,
            date=c.date, speaker=speaker, sentence=text[span[0]:span[1]],
        ))
    return facts


# A "sentence" longer than this is a run-on (a table, a list without stops,
# junk); the record keeps a window around the figure instead, so records and
# the per-sentence work stay bounded whatever the input.
_MAX_SENTENCE = 1200
_WINDOW = 400


def _cap(text: str, span: tuple[int, int], c: Candidate) -> tuple[int, int]:
    s, e = span
    if e - s <= _MAX_SENTENCE:
        return span
    lo = max(s, c.start - _WINDOW)
    hi = min(e, c.end + _WINDOW)
    # Snap to word boundaries so the window does not cut a word in half.
    while lo > s and lo < c.start and not text[lo - 1].isspace():
        lo += 1
    while hi < e and hi > c.end and not text[hi].isspace():
        hi -= 1
    return (lo, hi)


def _tidy(x):
    if x is None:
        return None
    # 15 significant digits drop binary noise from scaling ("4.1 trillion"
    # is 4099999999999.9995 as a float product), then 6 decimals at most.
    r = round(float(f"{float(x):.15g}"), 6)
    return int(r) if r == int(r) and abs(r) < 1e18 else r


def _drop_overlaps(cands: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    for c in cands:
        if out and c.start < out[-1].end:
            if (c.end - c.start) > (out[-1].end - out[-1].start) and out[-1].kind != "date":
                out[-1] = c
            continue
        out.append(c)
    return out


def _sentence_of(sentences, starts, c: Candidate, n: int) -> tuple[int, int]:
    i = bisect_right(starts, c.start) - 1
    if i < 0:
        return (c.start, c.end)
    s, e = sentences[i]
    if c.start >= e:
        # Between sentences (should not happen): the span itself.
        return (c.start, c.end)
    j = i
    while e < c.end and j + 1 < len(sentences):
        j += 1
        e = sentences[j][1]
    return (s, max(e, c.end))


def _resolve_group(text: str, c: Candidate, span, before: list[Candidate], kept) -> bool:
    """Fill the counted group for figures that name it elsewhere; False drops it.

    `before` holds the figures already kept in the same sentence."""
    s0 = span[0]
    if c.how == "number_of":
        m = None
        for m in _NUMBER_OF.finditer(text, s0, c.start):
            pass
        if m is None:
            # "In the early 1990s the number was close to 20,000": the group
            # named by the figure before.
            if _THE_NUMBER.search(text, s0, c.start):
                ante = _antecedent(c, before, kept)
                if ante is not None and ante.kind in ("population", "organizations"):
                    c.kind, c.subject = ante.kind, ante.subject
                    return True
            # "Poles in Britain numbered about 682,000"; a headline's
            # "Cultural centres abroad: 46 in 21 countries".
            if _COUNT_VERB.search(text, max(s0, c.start - 16), c.start):
                group = _group_before(text, s0, c.start)
                if group is not None:
                    c.kind, c.subject = group
                    return True
            return False
        np = read_after(text, m.end())
        if np is None:
            return False
        c.kind, c.subject, c.anchor = np.kind, np.text, None
        if c.kind == "count":
            return False  # a count of things needs its noun next to it
        return True
    if c.how == "backref":
        ante = _antecedent(c, before, kept)
        if ante is not None:
            c.kind, c.subject = (ante.kind if ante.kind in ("population", "organizations") else "population"), ante.subject
        return True
    if c.kind == "percentage":
        c.subject = _percentage_subject(text, c, s0, before, kept)
    elif c.kind == "change":
        c.subject = _change_subject(text, c, s0, before)
    return True


def _antecedent(c: Candidate, before, kept):
    for k in reversed(before):
        if k.kind in ("population", "organizations", "percentage") and k.subject:
            return k
    for k, _ in reversed(kept[-20:]):  # the previous sentence or two, not the whole text
        if k.kind in ("population", "organizations") and k.subject:
            return k
    return None


def _share_of(np) -> str | None:
    """A percentage counts people, or households and families (of people)."""
    if np is not None and (np.kind == "population" or np.head.lower() in _HOUSEHOLDS):
        return np.text
    return None


def _percentage_subject(text: str, c: Candidate, s0: int, before, kept) -> str | None:
    # (each match bounded: with no end, `regex` hunts the rest of the text for "of")
    if _OF_THEM.match(text, c.end, c.end + _AFTER_REACH):
        ante = _antecedent(c, before, kept)
        return ante.subject if ante else None
    m = _OF_AFTER.match(text, c.end, c.end + _AFTER_REACH)
    if m:
        at = m.end()
        figure = _FIGURE_LEAD.match(text, at)  # "36% of the nearly 7.9 million Venezuelans"
        if figure:
            at = figure.end()
        return _share_of(read_after(text, at))
    m = _ARE.match(text, c.end, c.end + _AFTER_REACH)
    if m:
        found = _share_of(read_after(text, m.end()))
        if found:
            return found
    # "– Migrants planning to return within five years: roughly 40%"
    label = _LABEL.match(text, s0, c.start)
    if label:
        found = _share_of(read_after(text, label.start("label")))
        if found:
            return found
    # "cut the number of Tajik citizens entering Russia by 18%"
    if _BY_BEFORE.search(text, max(s0, c.start - 8), c.start):
        m = None
        for m in _NUMBER_OF.finditer(text, s0, c.start):
            pass
        if m is not None:
            found = _share_of(read_after(text, m.end()))
            if found:
                return found
        # "The Kazakh community in Mongolia has shrunk by almost 30 percent"
        changed = _CHANGED_BY.search(text, max(s0, c.start - 40), c.start)
        if changed:
            # the group must be what changed: right before the verb ("The
            # Kazakh community in Mongolia has shrunk"), not earlier
            group = _group_before(text, s0, changed.start())
            if group is not None and group[0] == "population":
                gap = text[text.rfind(group[1], s0, changed.start()) + len(group[1]):changed.start()]
                if "," not in gap and len(gap.split()) <= 4:
                    return group[1]
            return None  # "remittances fell by 3 percent": what changed is no group
    # "unemployment among adult refugees stood at 41.5%"
    for am in _AMONG.finditer(text, s0, c.start):
        if am.group(0).lower().startswith("among"):
            np = read_after(text, am.end())
            if np is not None and np.kind == "population":
                return np.text
    for k in reversed(before):
        if k.kind == "percentage" and k.subject:
            return k.subject
    return None


def _group_before(text: str, s0: int, pos: int):
    """The last people or organization noun phrase before `pos` in the sentence."""
    words = [(m.start(), m.end(), m.group(0)) for m in _WORDS.finditer(text, s0, pos)]
    for i in range(len(words) - 1, -1, -1):
        w = words[i][2]
        if w.lower() in _GROUP_NOUNS:
            kind = "population"
        elif not looks_plural(w) or not (is_people(w) or is_org(w)):
            continue
        else:
            kind = classify(w)
        j = i
        collective = w.lower() in _GROUP_NOUNS
        while j > 0 and words[j - 1][2].lower() not in lexicon.NP_STOP and (
                is_group_adjective(words[j - 1][2]) or (not collective and looks_adjective(words[j - 1][2]))):
            j -= 1
        return kind, " ".join(x[2] for x in words[j:i + 1])
    return None


def _change_subject(text: str, c: Candidate, s0: int, before) -> str | None:
    am = _AS_MANY.match(text, c.end, c.end + _AFTER_REACH)
    if am:
        np = read_after(text, am.end())
        if np is not None and np.kind != "count":
            return np.text
    m = None
    for m in _NUMBER_OF.finditer(text, s0, c.start):
        pass
    if m is not None:
        np = read_after(text, m.end())
        if np is not None:
            return np.text
    if before:
        # The figure just before names what changed, unless it is money,
        # a date or a count of things ("sent home $3.56bn, three times more").
        k = before[-1]
        if k.kind == "date" and len(before) > 1:
            k = before[-2]
        if k.kind in ("population", "organizations", "percentage"):
            return k.subject
        if k.kind in ("money", "count", "duration"):
            return None
    group = _group_before(text, s0, c.start)
    return group[1] if group else None
