"""scan.anchors and dates.find, rewritten for speed, keep their results.

The date forms are split by their first character, compiled with `re` instead
of `regex`, and the month forms matched in two steps (dates.py); the anchors
come from a folded byte copy of the text instead of an Aho-Corasick pass
(scan.py). These tests hold them to what they did before: dates found by
the former code (GOLDEN), `dates._match` against the single `regex`
alternation it replaces, and `scan.anchors` against a plain reading of what
an anchor is.
"""
from __future__ import annotations

import random
import re

import pytest
import regex

from diasporafacts import scan
from diasporafacts.kinds import dates

# Text -> (start, end, date, qualifier) of each date, as the former code found them.
GOLDEN = [
    ('On 12 March 2024 the law changed.', [(3, 16, '2024-03-12', 'exact')]),
    ('March 12, 2024', [(0, 14, '2024-03-12', 'exact')]),
    ('12.03.2024 and 3/12/2024', [(0, 10, '2024-03-12', 'exact'), (15, 24, '2024-12-03', 'exact')]),
    ('2024-03-12', [(0, 10, '2024-03-12', 'exact')]),
    ('in 2019', [(3, 7, '2019', 'exact')]),
    ('the 1990s', [(0, 9, '199X', 'exact')]),
    ('the early 1990s', [(0, 15, '199X', 'exact')]),
    ("in the late '90s", [(3, 16, '199X', 'exact')]),
    ('the \u201980s', [(0, 8, '198X', 'exact')]),
    ('mid-2020', [(0, 8, '2020', 'exact')]),
    ('early-2021', [(0, 10, '2021', 'exact')]),
    ('from 2001 to 2005', [(5, 17, '2001/2005', 'range')]),
    ('between 2015 and 2020', [(8, 21, '2015/2020', 'range')]),
    ('2015-2020', [(0, 9, '2015/2020', 'range')]),
    ('2015/16', [(0, 7, '2015/2016', 'range')]),
    ('2015\u20132030', [(0, 9, '2015/2030', 'range')]),  # was only '2030': a plan's years are a range
    ('March 1-3', [(0, 9, 'XXXX-03-01/XXXX-03-03', 'range')]),
    ('March 1 \u2013 3, 2024', [(0, 17, '2024-03-01/2024-03-03', 'range')]),
    ('1-3 March 2024', [(0, 14, '2024-03-01/2024-03-03', 'range')]),
    ('March 30 - April 2', [(0, 18, 'XXXX-03-30/XXXX-04-02', 'range')]),
    ('30 March \u2013 2 April 2024', [(0, 23, '2024-03-30/2024-04-02', 'range')]),
    ('March\u2013May 2024', [(0, 14, '2024-03/2024-05', 'range')]),
    ('between March and May 2024', [(8, 26, '2024-03/2024-05', 'range')]),
    ('from March to May', [(5, 17, 'XXXX-03/XXXX-05', 'range')]),
    ('March 2019 to April 2020', [(0, 24, '2019-03/2020-04', 'range')]),
    ('Q1 2024', [(0, 7, '2024-Q1', 'exact')]),
    ('2024 Q3', [(0, 7, '2024-Q3', 'exact')]),
    ('H2-2023', [(0, 7, '2023-H2', 'exact')]),
    ('the first quarter of 2024', [(0, 25, '2024-Q1', 'exact')]),
    ('second half of 2023', [(0, 19, '2023-H2', 'exact')]),
    ('3rd quarter, 2022', [(0, 17, '2022-Q3', 'exact')]),
    ('spring 2020', [(0, 11, '2020-SP', 'exact')]),
    ('Autumn of 2019', [(0, 14, '2019-FA', 'exact')]),
    ('the 3rd of March 2020', [(0, 21, '2020-03-03', 'exact')]),
    ('the 21st of July', [(0, 16, 'XXXX-07-21', 'exact')]),
    ('May 7', [(0, 5, 'XXXX-05-07', 'exact')]),
    ('It may 7 people', []),
    ('May 7 percent', []),
    ('in May', [(3, 6, 'XXXX-05', 'exact')]),
    ('since March', [(6, 11, 'XXXX-03', 'exact')]),
    ('in Mar.', [(3, 7, 'XXXX-03', 'exact')]),
    ('Sept. 5', [(0, 7, 'XXXX-09-05', 'exact')]),
    ('Sept 5', [(0, 6, 'XXXX-09-05', 'exact')]),
    ('SEPT 5, 2020', [(0, 12, '2020-09-05', 'exact')]),
    ('in Sept', []),
    ('Sept. 2020', [(0, 10, '2020-09', 'exact')]),
    ('in June', [(3, 7, 'XXXX-06', 'exact')]),
    ('last June', [(5, 9, 'XXXX-06', 'exact')]),
    ('2000 migrants', []),
    ('2019 boom', [(0, 4, '2019', 'exact')]),
    ('2,019', []),
    ('No. 2019', [(4, 8, '2019', 'exact')]),
    ('more than 2019', []),
    ('in 1750', [(3, 7, '1750', 'exact')]),
    ('the 1750 people', []),
    ('2019k', []),
    ('2019%', []),
    ('2019 per cent', []),
    ('2019-year', []),
    ('2019-2050', [(0, 9, '2019/2050', 'range')]),  # was nothing: both years written out, a 31-year plan
    ('x2024', []),
    ('1.2024', []),
    ('a/2024', []),
    ('1990s\u0301', []),
    ('2019-\u0301', []),
    ('in 2019-\u0436', []),
    ('in\u0301 2019', [(4, 8, '2019', 'exact')]),
    ('12 March 20\u0663\u0660', [(0, 13, '20\u0663\u0660-03-12', 'exact')]),
    ('1\u0663 March 2020', [(0, 13, '2020-03-13', 'exact')]),
    ('the \n1990s', [(5, 10, '199X', 'exact')]),
    ('from \n2015 to 2020', [(6, 18, '2015/2020', 'range')]),
    ('20195 x', []),  # was '2019': five digits are no year
    ('March 12 x', [(0, 8, 'XXXX-03-12', 'exact')]),
    ('Monday, 3 June 2024', [(8, 19, '2024-06-03', 'exact')]),
    ('3 June', [(0, 6, 'XXXX-06-03', 'exact')]),
    ('the 3 June', [(0, 10, 'XXXX-06-03', 'exact')]),
    ('June 3rd', [(0, 8, 'XXXX-06-03', 'exact')]),
    ('as of March 2024', [(6, 16, '2024-03', 'exact')]),
    ('In March, 2020 and April', [(3, 14, '2020-03', 'exact'), (19, 24, 'XXXX-04', 'exact')]),
    ('13/25/2020', []),
    ('12/25/2020', [(0, 10, '2020-12-25', 'exact')]),
    ('25.12.2020', [(0, 10, '2020-12-25', 'exact')]),
]


@pytest.mark.parametrize("text,expected", GOLDEN)
def test_dates_as_before(text, expected):
    assert [(c.start, c.end, c.date, c.qualifier) for c in dates.find(text)] == expected


def _texts(n: int, seed: int) -> list[str]:
    """Short texts crowded with dates in every form, odd spacing and odd characters."""
    rng = random.Random(seed)
    months = [name for name, _ in dates._MONTH_NAMES] + ["Sept.", "Mar.", "may", "march", "Mid", "Fall"]
    words = ["the", "The", "of", "in", "from", "between", "and", "to", "through", "early", "late", "mid",
             "mid-", "first", "second", "last", "3rd", "quarter", "half", "spring", "Autumn", "winter", "Q1",
             "H2", "people", "percent", "per cent", "%", "million", "k", "No.", "more than", "'", "\u2019",
             "'s", "s", "th", "x", "-", "\u2013", "/", ".", ",", "(", "\n"]
    odd = ["\u0301", "\u0663", "\u00e9", "\u0436", "\u0130", "\u212a", "\u00b2", "_",
           "\x1c", "\u00a0", "\u2009", "\u2011", "\u200d"]
    seps = [" ", " ", " ", "", "  ", "\n", "\u00a0", ", ", "-", "\u2013", " - ", "/", ".", "\x1c"]

    def token() -> str:
        r = rng.random()
        if r < 0.25:
            return rng.choice(months)
        if r < 0.55:
            return str(rng.choice([rng.randint(1, 31), rng.randint(1000, 2099), rng.randint(1900, 2030),
                                   rng.randint(0, 99999)]))
        if r < 0.9:
            return rng.choice(words)
        return rng.choice(odd)

    return ["".join(token() + rng.choice(seps) for _ in range(rng.randint(1, 12))) for _ in range(n)]


def _reference():
    """The single `regex` alternation of every form that `_match` replaces."""
    forms = []
    for name, _, source in dates._FORMS:
        # Back to \w where `re` sees only ASCII and `_GUARDS` does the rest.
        source = source.replace(f"(?!{dates._ASCII_WORD})", r"(?!\w)")
        source = source.replace(f"[-\u2011]{dates._ASCII_WORD}", r"[-\u2011]\w")
        assert dates._ASCII_WORD not in source
        forms.append(f"(?P<{name}>{source})")
    return regex.compile(r"(?<![\w.,/-])(?:" + "|".join(forms) + ")")


def test_match_is_the_single_alternation():
    pattern = _reference()
    tried = matched = 0
    for text in _texts(800, seed=7):
        for start in range(len(text)):
            m = pattern.match(text, start)
            expected = None
            if m is not None:
                kind = next(name for name, _, _ in dates._FORMS if m.group(name) is not None)
                groups = {g: m.group(g) for g, _ in dates._GROUPS[kind]}
                expected = (kind, m.start(), m.end(), groups)
                matched += 1
            assert dates._match(text, start) == expected, (text, start)
            tried += 1
    assert matched > 1000 and tried > 5 * matched  # the texts do hold dates, and much else


def _first_chars(items) -> set[str] | None:
    """Characters a parsed pattern may begin with (None: any); "" if it may match empty."""
    from re import _constants as c  # the parser's names (CPython 3.11+)

    out: set[str] = set()
    for op, av in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero width
        if op is c.LITERAL:
            return out | {chr(av)}
        if op is c.IN:
            chars = set()
            for iop, iav in av:
                if iop is c.LITERAL:
                    chars.add(chr(iav))
                elif iop is c.RANGE:
                    chars |= {chr(x) for x in range(iav[0], iav[1] + 1)}
                else:
                    return None
            return out | chars
        if op is c.SUBPATTERN:
            sub = _first_chars(av[3])
        elif op is c.BRANCH:
            subs = [_first_chars(b) for b in av[1]]
            sub = None if None in subs else set().union(*subs)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            sub = _first_chars(av[2])
            if sub is not None and av[0] == 0:
                sub = sub | {""}
        else:
            return None
        if sub is None:
            return None
        out |= sub - {""}
        if "" not in sub:
            return out
    return out | {""}


def test_forms_begin_where_the_dispatch_says():
    from re import _parser

    for name, first, source in dates._FORMS:
        chars = _first_chars(_parser.parse(source))
        assert chars is not None and "" not in chars, name
        assert chars <= set(first), (name, chars - set(first))
        if name in dates._DIGIT_FORMS:
            assert chars & set(dates._DIGITS)
    # A month name begins no other form, so a position holding one tries only
    # the month forms.
    others = [re.compile(source) for name, _, source in dates._FORMS if name not in dates._MONTH_FORMS]
    for month, _ in dates._MONTH_NAMES:
        for tail in (" 2020", "-2020", " 1990s", "s", " of 2020", "ing 2020", " quarter of 2020", "1990s"):
            assert not any(p.match(month + tail) for p in others), month + tail


def _anchors_plainly(text: str) -> tuple[list[int], list[int], list[int]]:
    """Anchors as defined: digit runs, and every trigger word between non-letters."""
    digits = [m.start() for m in re.finditer("[0-9]+", text)]
    low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    months_words = {m.lower() for m in scan.MONTH_WORDS}
    numbers, months = [], []
    for word in scan._number_words() | months_words:
        i = low.find(word)
        while i >= 0:
            j = i + len(word)
            if (i == 0 or not low[i - 1].isalpha()) and (j == len(low) or not low[j].isalpha()):
                if word not in months_words:
                    numbers.append(i)
                elif text[i].isupper():
                    months.append(i)
            i = low.find(word, i + 1)
    return digits, sorted(numbers), sorted(months)


@pytest.mark.parametrize("text", [
    "", "one", "One two THREE fOuR", "sixty-six", "2one one2 x2 2x", "sixé é six", "\u0436one one\u0436",
    "\u0130one one\u0130 \u0131one", "\u212aone six\u212a \u017fix", "half_ _half", "hundreds, thousands.",
    "In March, May and mar. or MARCH", "Marchx xMarch March2 2March", "\u00b2one one\u00b2 \u0301one",
    "123 4,5 6.7 \u0663 \uff11 000", "twentyfold\ntwenty fold", "one\x00two\x1cthree",
])
def test_anchors_as_defined(text):
    a = scan.anchors(text)
    assert (a.digits, a.numbers, a.months) == _anchors_plainly(text)


def test_anchors_as_defined_on_noise():
    rng = random.Random(3)
    pieces = sorted(scan._number_words()) + list(scan.MONTH_WORDS) + [
        "x", "s", "-", " ", " ", "\n", "1", "23", "\u00e9", "\u0436", "\u212a", "\u0301", "_", "'", ".", ","]
    for _ in range(500):
        words = [rng.choice(pieces) for _ in range(rng.randint(1, 15))]
        words = [w.upper() if rng.random() < 0.2 else w.capitalize() if rng.random() < 0.2 else w for w in words]
        text = "".join(w + rng.choice(["", " ", " ", "-", ",", "\n"]) for w in words)
        a = scan.anchors(text)
        assert (a.digits, a.numbers, a.months) == _anchors_plainly(text), text


def test_regex_classes_spelled_out():
    # S, D, `_word_char` and `_space_char` are the `regex` module's \s, \d, \w and \s.
    s, d = re.compile(dates.S), re.compile(dates.D)
    rs, rd, rw = regex.compile(r"\s"), regex.compile(r"\d"), regex.compile(r"\w")
    for cp in range(0x110000):
        ch = chr(cp)
        assert bool(s.match(ch)) == bool(rs.match(ch)) == dates._space_char(ch), hex(cp)
        # \d but the digits Python's int() cannot read (newer than its Unicode)
        assert bool(d.match(ch)) == (bool(rd.match(ch)) and ch.isdecimal()), hex(cp)
        assert dates._word_char(ch) == bool(rw.match(ch)), hex(cp)


@pytest.mark.parametrize("text", ["In 2019\U00011f51 something.", "\U00011f51\U00011f52 March 2020",
                                  "On 3\U00011f51 June", "2015\u2013\U00011f51\U00011f52"])
def test_digits_newer_than_python_do_not_crash(text):
    # Kawi digits (Unicode 15): `regex` calls them digits, int() cannot read them.
    for c in dates.find(text):
        assert c.date is not None
