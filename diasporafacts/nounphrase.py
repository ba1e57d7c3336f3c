"""The counted noun phrase next to a figure, and what kind it makes.

No part-of-speech tagger: a noun phrase after a figure is a short run of
words up to a stop word or punctuation; its head is the rightmost word that
is a known people/organization noun or looks plural. The head's class gives
the kind: people → population, organizations → organizations, anything else
plural → count (with the noun as unit).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from . import lexicon

_WORD = regex.compile(r"[ \u00a0]*[\"“‘']?([A-Za-zÀ-ɏ][\w’'-]*|[A-Z]{2,}s?)[\"”’']?")
_IRREGULAR_PLURALS = frozenset("people children men women staff personnel police youth "
                               "folk clergy cattle kin".split())
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "ous", "'s", "’s", "ics")
_ADJ_ENDINGS = ("al", "ic", "ian", "ish", "ese", "ive", "ous", "ful", "less", "able",
                "ible", "ary", "ory", "ern", "ed", "ing", "i", "an", "ean")
ADJECTIVES = frozenset("""
new old young elderly small large big major minor other different various separate local
foreign international national regional seasonal ethnic registered adult underage
long-term short-term full-time part-time skilled unskilled undocumented illegal legal
irregular young-adult single married female male junior senior main key top leading
active independent private public official total further additional more extra current
former future potential permanent temporary daily weekly monthly annual mosque umbrella
amateur guest sole such same many few several numerous certain entire whole own
""".split())


@lru_cache(maxsize=1)
def _vocab():
    from . import vocab
    return vocab.PEOPLE_NOUNS, vocab.ORG_NOUNS, vocab.GROUP_ADJECTIVES


def is_people(word: str) -> bool:
    return word.lower() in _vocab()[0]


def is_org(word: str) -> bool:
    return word.lower() in _vocab()[1]


def is_group_adjective(word: str) -> bool:
    return word.lower() in _vocab()[2]


def looks_plural(word: str) -> bool:
    w = word.lower()
    if w in _IRREGULAR_PLURALS:
        return True
    if word.isupper() and len(word) >= 2:
        return True  # acronyms: MCI, NGOs, SMEs
    if w.endswith("s") and len(w) > 3 and (is_people(w) or is_org(w)):
        return True  # "Azerbaijanis", "Pakistanis": listed plurals in -is
    return w.endswith("s") and not w.endswith(_NOT_PLURAL_ENDINGS) and len(w) > 2


def looks_adjective(word: str) -> bool:
    w = word.lower()
    if w in ADJECTIVES or is_group_adjective(w):
        return True
    if word[:1].isupper() and not looks_plural(word):
        return True  # "German cities", "Azerbaijani Houses"
    if "-" in w:
        return True  # "Turkish-origin", "long-term"
    return w.endswith(_ADJ_ENDINGS) and not looks_plural(word)


@dataclass(slots=True)
class NounPhrase:
    start: int
    end: int
    words: list[str]       # the phrase as written, head last
    head: str
    kind: str              # population | organizations | count

    @property
    def text(self) -> str:
        return " ".join(self.words)


def classify(head: str) -> str:
    if is_people(head):
        return "population"
    if is_org(head):
        return "organizations"
    if head[:1].isupper() and head[1:2].islower() and looks_plural(head):
        return "population"  # an unlisted people: "300 Sikhs", "40 Hazaras"
    return "count"


def read_after(text: str, pos: int, limit: int | None = None, max_words: int = 5) -> NounPhrase | None:
    """The noun phrase starting at `pos` (after a figure), or None."""
    limit = len(text) if limit is None else limit
    words: list[tuple[int, int, str]] = []
    p = pos
    while len(words) < max_words:
        m = _WORD.match(text, p, limit)
        if not m:
            break
        w = m.group(1)
        lw = w.lower()
        if lw in lexicon.NP_STOP or lw in lexicon.FRACTION_WORDS or lw in lexicon.VERBS_S:
            break
        words.append((m.start(1), m.end(1), w))
        p = m.end()
        if text[m.end(1):m.end()].strip():
            break  # a closing quote ends the phrase
    # The head: the rightmost known or plural-looking word. Before it any
    # word may be a modifier ("food parcels"). After it the phrase goes on
    # only while the head can itself be a modifier: a group word ("Kyrgyz
    # seasonal workers", "Afghan refugees", "kandas families"); otherwise the
    # next word is a verb or a new phrase ("Azerbaijanis live in",
    # "foreigners paying contributions", "countries host agents").
    head_i = None
    for i, (_, _, w) in enumerate(words):
        head_like = is_people(w) or is_org(w) or looks_plural(w)
        if head_i is None:
            if head_like:
                head_i = i
            continue
        prev = words[head_i][2]
        if head_like and (is_group_adjective(prev) or prev.isupper() or (is_people(prev) and not is_people(w))):
            head_i = i
        elif is_group_adjective(prev) and head_i == i - 1 and looks_adjective(w):
            continue
        else:
            break
    if head_i is None:
        return None
    chosen = words[: head_i + 1]
    # Drop leading words that cannot start a counted phrase.
    head = chosen[-1][2]
    return NounPhrase(chosen[0][0], chosen[-1][1], [w for _, _, w in chosen], head, classify(head))


def unit_of(np: NounPhrase) -> str:
    """A count's unit: the head noun, with noun modifiers ("food parcels")."""
    keep = []
    for w in np.words[:-1]:
        if looks_adjective(w) or is_people(w) or is_org(w):
            keep = []  # "German cities", "kandas families": the modifier is no part of the unit
            continue
        keep.append(w)
    keep.append(np.words[-1])
    return " ".join(keep) if keep else np.head


def counts_after(text: str, pos: int) -> bool:
    """Whether a counted plural noun follows `pos` ("2000 migrants", not "2022 boom")."""
    m = _WORD.match(text, pos, min(len(text), pos + 60))
    steps = 0
    while m and steps < 3:
        w = m.group(1)
        if w.lower() in lexicon.NP_STOP or w.lower() in lexicon.VERBS_S:
            return False
        if looks_plural(w):
            return True
        if not looks_adjective(w):
            return False
        steps += 1
        m = _WORD.match(text, m.end(), min(len(text), m.end() + 60))
    return False
