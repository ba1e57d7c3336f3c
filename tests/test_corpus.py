"""Run every row of the example corpus (tests/corpus/) through `extract_text`.

The rows were written from shared/spec/FACTS.md, not from what the extractor
happens to produce. Matching follows shared/eval/score.py: a produced fact
matches an expected one when their spans overlap and their kinds agree, each
expected fact taking the unmatched produced fact that overlaps it most.
Numbers compare with `math.isclose`; qualifier, unit and date exactly, except
that a count's unit (a noun) compares by its head noun, case and plural
ignored; subject, place and speaker compare leniently as score.py does.

Known failures go in KNOWN_FAILURES (row id -> reason) and run as
`xfail(strict=True)`, so a fix that lands turns them red until the entry is
removed.
"""
from __future__ import annotations

import math
import re

import pytest

from diasporafacts import extract_text

try:
    from corpus import ANY, DURATION_UNITS, KINDS, QUALIFIERS, VAGUE, Case, Neg, rows
except ModuleNotFoundError:  # tests/ is a package
    from tests.corpus import ANY, DURATION_UNITS, KINDS, QUALIFIERS, VAGUE, Case, Neg, rows

ROWS = rows()

KNOWN_FAILURES: dict[str, str] = {}

NUMERIC = ("value", "low", "high")
EXACT = ("qualifier", "unit", "date")
LENIENT = ("subject", "place", "speaker")
STOP = {"the", "a", "an", "our", "their", "its", "his", "her", "of", "some"}


@pytest.fixture(scope="module")
def extract():
    from diasporafacts import extract_text

    return extract_text


def kind_of(fact) -> str:
    return str(getattr(fact.kind, "value", fact.kind))


def locate(text: str, quote: str, occurrence: int) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence):
        start = text.find(quote, start + 1)
        if start < 0:
            raise LookupError(f"quote {quote!r} occurrence {occurrence} not in {text!r}")
    return start, start + len(quote)


def words(s) -> list[str]:
    return [w for w in re.findall(r"\w+", (s or "").lower()) if w not in STOP]


def lenient(expected, produced) -> bool:
    """score.py's rule: the last word agrees or one word set holds the other."""
    e, p = words(expected), words(produced)
    if not e or not p:
        return not e and not p
    return e[-1] == p[-1] or set(e) <= set(p) or set(p) <= set(e)


def noun_stem(word: str) -> str:
    w = word.strip().lower()
    w = re.sub(r"ies$", "y", w)
    return re.sub(r"e?s$", "", w).rstrip("e")


def same_count_unit(expected: str, produced) -> bool:
    """Counted nouns: whole phrase or head noun, any case, singular or plural."""
    if produced is None:
        return False
    e, p = str(expected).split(), str(produced).split()
    if not e or not p:
        return False
    return noun_stem(" ".join(e)) == noun_stem(" ".join(p)) or noun_stem(e[-1]) == noun_stem(p[-1])


def field_ok(field: str, kind: str, expected, produced) -> bool:
    if field in NUMERIC:
        if expected is None or produced is None:
            return expected is None and produced is None
        return math.isclose(float(expected), float(produced), rel_tol=1e-9, abs_tol=1e-12)
    if field in LENIENT:
        return lenient(expected, produced)
    if field == "unit" and kind == "count" and expected is not None:
        return same_count_unit(expected, produced)
    return expected == produced


def describe(fact) -> str:
    return (f"{kind_of(fact)} {fact.quote!r} [{fact.start}:{fact.end}] value={fact.value} "
            f"low={fact.low} high={fact.high} qualifier={fact.qualifier} unit={fact.unit!r} "
            f"date={fact.date!r} subject={fact.subject!r} place={fact.place!r} "
            f"speaker={fact.speaker!r}")


def params():
    for row_id, row in ROWS:
        marks = ()
        if row_id in KNOWN_FAILURES:
            marks = (pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[row_id]),)
        yield pytest.param(row, id=row_id, marks=marks)


@pytest.mark.parametrize("row", list(params()))
def test_corpus(extract, row):
    text = row.text
    facts = list(extract(text))
    problems = []
    for f in facts:
        if text[f.start:f.end] != f.quote:
            problems.append(f"span does not give the quote: {describe(f)}")
        if f.quote not in f.sentence:
            problems.append(f"quote not in its sentence {f.sentence!r}: {describe(f)}")

    if isinstance(row, Neg):
        bad = [f for f in facts if not row.kinds or kind_of(f) in row.kinds]
        problems += [f"not a fact ({row.note}): {describe(f)}" for f in bad]
        assert not problems, "\n".join(problems)
        return

    taken: set[int] = set()
    for exp in row.facts:
        start, end = locate(text, exp.quote, exp.occurrence)
        best = None
        for i, f in enumerate(facts):
            if i in taken or kind_of(f) != exp.kind or f.start >= end or start >= f.end:
                continue
            overlap = min(f.end, end) - max(f.start, start)
            if best is None or overlap > best[0]:
                best = (overlap, i)
        if best is None:
            problems.append(f"missing {exp.kind} {exp.quote!r}")
            continue
        taken.add(best[1])
        got = facts[best[1]]
        for field in NUMERIC + EXACT + LENIENT:
            want = getattr(exp, field)
            if want is ANY:
                continue
            have = getattr(got, field)
            if not field_ok(field, exp.kind, want, have):
                problems.append(f"{exp.kind} {exp.quote!r}: {field} is {have!r}, want {want!r}")
    if row.exhaustive:
        problems += [f"unexpected: {describe(f)}" for i, f in enumerate(facts) if i not in taken]
    if problems:
        produced = "\n  ".join(describe(f) for f in facts) or "(nothing)"
        note = f" [{row.note}]" if row.note else ""
        pytest.fail(f"{text!r}{note}\n" + "\n".join(problems) + f"\nproduced:\n  {produced}")


def test_corpus_is_well_formed():
    """The tables themselves: sizes, findable quotes, valid kinds and fields."""
    cases = [r for _, r in ROWS if isinstance(r, Case)]
    negs = [r for _, r in ROWS if isinstance(r, Neg)]
    assert len(ROWS) >= 220
    assert len(negs) >= 60
    texts = [r.text for _, r in ROWS]
    assert len(texts) == len(set(texts)), "a text appears twice"
    for row in negs:
        assert row.note, row.text
        assert set(row.kinds) <= KINDS, row.kinds
    for row in cases:
        assert row.facts, row.text
        spans = []
        for exp in row.facts:
            assert exp.kind in KINDS, exp
            assert exp.qualifier is ANY or exp.qualifier in QUALIFIERS, exp
            spans.append(locate(row.text, exp.quote, exp.occurrence))
            if exp.qualifier == "vague":
                assert (exp.low, exp.high) in VAGUE.values(), exp
            if exp.qualifier in ("range", "vague"):
                assert exp.value is None, exp
            if exp.kind == "money" and exp.unit is not ANY:
                assert re.fullmatch(r"[A-Z]{3}", exp.unit), exp
            if exp.kind == "duration" and exp.unit is not ANY:
                assert exp.unit in DURATION_UNITS, exp
            if exp.kind == "date":
                assert re.fullmatch(r"[0-9X]{4}(-[0-9X]{2}|-Q[1-4]|-(SP|SU|FA|WI))?(-[0-9X]{2})?"
                                    r"(/[0-9X]{4}(-[0-9X]{2})?(-[0-9X]{2})?)?", exp.date), exp
        spans.sort()
        for (_, end), (start, _) in zip(spans, spans[1:]):
            assert end <= start, f"expected spans overlap in {row.text!r}"


@pytest.mark.parametrize("text,quote,value", [
    ("Migrants added COP 4.1 trillion to the economy.", "COP 4.1 trillion", 4_100_000_000_000),
    ("Remittances reached $38.34 billion.", "$38.34 billion", 38_340_000_000),
    ("Some 2.86 million Venezuelans live there.", "Some 2.86 million", 2_860_000),
    ("Fees rose to 0.7 percent.", "0.7 percent", 0.7),
])
def test_scaled_values_carry_no_float_noise(text, quote, value):
    # The record holds the number as stated: 4.1 x 10^12 is 4099999999999.9995 as a
    # float product, which must not reach the output (the corpus compares with a tolerance).
    facts = [f for f in extract_text(text) if f.quote == quote]
    assert facts and facts[0].value == value and type(facts[0].value) is type(value)
