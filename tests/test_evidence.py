"""The evidence rules (diasporafacts.evidence) on hand-made fact rows.

Rows are built here rather than extracted, so a change in the extractor
never changes what these tests say about the rules: intervals and
agreement, dates, subject keys, places, the same-thing test, compare().
"""
from __future__ import annotations

import math

import pytest

from diasporafacts import evidence as ev


def row(quote="x", kind="population", value=None, low=None, high=None, qualifier="exact", unit=None,
        subject=None, place=None, date=None, sentence=None, source="a.txt", start=0, line=1, speaker=None):
    if qualifier == "exact" and value is not None and low is None and high is None:
        low = high = value
    return {"source": source, "start": start, "end": start + len(quote), "line": line, "column": 1,
            "quote": quote, "kind": kind, "value": value, "low": low, "high": high, "qualifier": qualifier,
            "unit": unit, "subject": subject, "place": place, "date": date, "speaker": speaker,
            "sentence": sentence if sentence is not None else quote, "id": ""}


def pop(value=None, qualifier="exact", subject="Azerbaijanis", place="Kazakhstan", **kw):
    return row(kind="population", value=value, qualifier=qualifier, subject=subject, place=place, **kw)


# Intervals: one row per qualifier of the spec.
INTERVALS = [
    (dict(value=1000, qualifier="exact"), ev.Interval(997.5, 1002.5)),
    (dict(value=1000, qualifier="approx"), ev.Interval(900, 1100)),
    (dict(value=1000, low=1000, qualifier="more_than"), ev.Interval(1000, math.inf, lo_open=True)),
    (dict(value=1000, low=1000, qualifier="at_least"), ev.Interval(1000, math.inf)),
    (dict(value=1000, high=1000, qualifier="less_than"), ev.Interval(-math.inf, 1000, hi_open=True)),
    (dict(value=1000, high=1000, qualifier="up_to"), ev.Interval(-math.inf, 1000)),
    (dict(low=400_000, high=500_000, qualifier="range"), ev.Interval(400_000, 500_000)),
    (dict(low=200, high=999, qualifier="vague"), ev.Interval(200, 999)),
]


@pytest.mark.parametrize("fields,expected", INTERVALS, ids=[f["qualifier"] for f, _ in INTERVALS])
def test_interval_per_qualifier(fields, expected):
    assert ev.interval(row(**fields)) == expected


def test_interval_tolerance_is_relative():
    assert ev.interval(row(value=600), tolerance=0.01) == ev.Interval(597, 603)


def test_interval_none_without_a_number():
    assert ev.interval(row(qualifier="vague")) is None


# Agreement: (claim, source, consistent?) — the examples of the issue first.
AGREEMENT = [
    ("about 210,000 vs more than 200,000", pop(210_000, "approx"), pop(200_000, "more_than", low=200_000), True),
    ("150,000 vs more than 200,000", pop(150_000), pop(200_000, "more_than", low=200_000), False),
    ("600 vs 556", pop(600), pop(556), False),
    ("214,000 tenge vs 214 thousand tenge", row(kind="money", value=214_000, unit="KZT"),
     row(kind="money", value=214_000, unit="KZT"), True),
    ("exact within 0.5%", pop(200_000), pop(200_900), True),
    ("exact beyond 0.5%", pop(200_000), pop(201_500), False),
    ("exact vs more than, within half the tolerance of the bound", pop(199_600),
     pop(200_000, "more_than", low=200_000), True),
    ("about within 10%", pop(100, "approx"), pop(109), True),
    ("about beyond 10%", pop(100, "approx"), pop(125), False),
    ("more than vs up to at the same number", pop(200, "more_than", low=200), pop(200, "up_to", high=200), False),
    ("at least vs up to at the same number", pop(200, "at_least", low=200), pop(200, "up_to", high=200), True),
    ("less than vs more than", pop(300, "less_than", high=300), pop(200, "more_than", low=200), True),
    ("range vs exact inside", pop(qualifier="range", low=400_000, high=500_000), pop(450_000), True),
    ("range vs exact outside", pop(qualifier="range", low=400_000, high=500_000), pop(600_000), False),
    ("hundreds vs 556", pop(qualifier="vague", low=200, high=999), pop(556), True),
    ("hundreds vs more than 200,000", pop(qualifier="vague", low=200, high=999),
     pop(200_000, "more_than", low=200_000), False),
]


@pytest.mark.parametrize("claim,source,consistent", [a[1:] for a in AGREEMENT], ids=[a[0] for a in AGREEMENT])
def test_agreement(claim, source, consistent):
    assert ev.agree(claim, source) is consistent
    assert ev.agree(source, claim) is consistent  # symmetric
    assert ev.label(claim, source) == (ev.CONSISTENT if consistent else ev.CONFLICTING)


def test_tolerance_option_widens_exact_figures():
    assert not ev.agree(pop(200_000), pop(201_500))
    assert ev.agree(pop(200_000), pop(201_500), tolerance=0.01)
    assert not ev.agree(pop(200_000), pop(202_500), tolerance=0.01)


# Dates
DATES = [
    ("2020-05-07", "2020-05-07", True),      # 7 May 2020 / May 7, 2020
    ("XXXX-05-07", "2020-05-07", True),      # May 7 / May 7, 2020: month and day
    ("XXXX-05-08", "2020-05-07", False),
    ("2020-05", "2020-05-07", True),
    ("2020", "2020-05-07", True),
    ("2019", "2020-05-07", False),
    ("199X", "1994", True),
    ("199X", "2001-11", False),
    ("2021-Q1", "2021-02-14", True),
    ("2021-Q1", "2021-04-01", False),
    ("XXXX-01-30/XXXX-02-01", "XXXX-01-31", True),
    ("XXXX-01-30/XXXX-02-01", "XXXX-02-02", False),
    ("2012/2013", "2013-06", True),
    ("2024-04/2024-09", "2024-10", False),
]


@pytest.mark.parametrize("a,b,same", DATES)
def test_dates_agree(a, b, same):
    assert ev.dates_agree(a, b) is same
    assert ev.dates_agree(b, a) is same


def test_year_only_against_month_day_is_not_comparable():
    assert not ev.dates_comparable("2009", "XXXX-01-30")
    assert ev.dates_comparable("2009", "2008")
    assert ev.dates_comparable("XXXX-05", "2020-05-07")


def test_unparsable_date_never_agrees():
    assert not ev.dates_agree("sometime", "2020")


def test_year_of():
    assert ev.year_of("2020-05-07") == 2020
    assert ev.year_of("2021/2021") == 2021
    assert ev.year_of("2012/2013") is None
    assert ev.year_of("199X") is None
    assert ev.year_of("XXXX-05-07") is None


# Subjects
SAME_SUBJECT = [
    ("Azerbaijanis", "Azerbaijani citizens"),
    ("Azerbaijanis", "ethnic Azerbaijanis"),
    ("Azerbaijanis", "citizens of Azerbaijan"),
    ("Azerbaijanis", "Azerbaijani people"),
    ("Azerbaijanis", "the Azerbaijani diaspora"),
    ("Azeris", "Azerbaijanis"),
    ("Turks", "people of Turkish origin"),
    ("Kyrgyz workers", "Kyrgyz seasonal workers"),
    ("diaspora organizations", "diaspora organisations"),
    ("cultural centres", "cultural centers"),
    ("Kazakhs", "Kazakhstan citizens"),
    ("Russian citizens", "Russians"),
]
OTHER_SUBJECT = [
    ("Azerbaijanis", "Uzbeks"),
    ("Azerbaijanis", "Azerbaijani students"),
    ("Azerbaijanis", "compatriots"),
    ("Georgians", "Georgian migrants"),
    ("Afghan refugees", "Afghan refugees and asylum seekers"),
    ("Tatars", "Crimean Tatars"),
    ("Muslims", "Christians"),
    ("people", "Azerbaijanis"),
]


@pytest.mark.parametrize("a,b", SAME_SUBJECT)
def test_same_subject(a, b):
    assert ev.subject_key(a) == ev.subject_key(b) is not None


@pytest.mark.parametrize("a,b", OTHER_SUBJECT)
def test_other_subject(a, b):
    assert ev.subject_key(a) != ev.subject_key(b)


def test_subject_key_shape_and_label():
    assert ev.subject_key("Azerbaijani citizens") == ("AZ", None)
    assert ev.subject_key("Kyrgyz seasonal workers") == ("KG", "worker")
    assert ev.subject_key("diaspora organizations") == (None, "organization")
    assert ev.subject_key(None) is None
    assert ev.subject_key("  ") is None
    assert ev.subject_label(ev.subject_key("ethnic Azerbaijanis")) == "Azerbaijanis"
    assert ev.subject_label(ev.subject_key("Turkish associations")) == "Turkish associations"
    assert ev.subject_label(ev.subject_key("children of newcomers")) == "children of newcomers"


def test_place_after_of_is_not_part_of_the_subject():
    assert ev.subject_key("residents of Baku") == ev.subject_key("residents")


# Places
@pytest.mark.parametrize("a,b", [("the UK", "Britain"), ("Türkiye", "Turkey"), ("the Netherlands", "Netherlands"),
                                 ("South Korea and Britain", "South Korea and the United Kingdom"),
                                 ("İstanbul", "Istanbul")])
def test_same_place(a, b):
    assert ev.place_key(a) == ev.place_key(b) is not None


def test_place_key_keeps_a_country_name_with_and_whole():
    assert ev.place_key("Bosnia and Herzegovina") == frozenset({"BA"})
    assert ev.place_key("Kazakhstan") != ev.place_key("Almaty")
    assert ev.place_key(None) is None


def test_place_in_text_knows_a_country_by_any_name():
    assert ev.place_in_text(ev.place_key("Turkey"), "Some 5,000 students study in Türkiye.")
    assert ev.place_in_text(ev.place_key("Baku"), "In Baku, 300 delegates met.")
    assert not ev.place_in_text(ev.place_key("Kazakhstan"), "Some 5,000 students study in Turkey.")


# The same-thing test
CLAIM_TEXT = "more than 200,000 Azerbaijanis live in Kazakhstan"


def claim_of(r, text=CLAIM_TEXT):
    return ev.claim_figures(text, [r])[0]


def fact_of(r, year=None):
    return ev.Figure.of(r, year)


def test_same_thing_by_subject_and_place():
    c = claim_of(pop(200_000, "more_than", low=200_000, quote="more than 200,000", sentence=CLAIM_TEXT))
    assert ev.same_thing(c, fact_of(pop(150_000, subject="ethnic Azerbaijanis")))
    assert not ev.same_thing(c, fact_of(pop(150_000, subject="Uzbeks")))
    assert not ev.same_thing(c, fact_of(pop(150_000, place="Russia")))
    assert not ev.same_thing(c, fact_of(pop(150_000, subject=None)))
    assert not ev.same_thing(c, fact_of(row(kind="count", value=150_000, unit="Azerbaijanis")))


def test_a_fact_without_place_matches_when_its_sentence_names_the_place():
    c = claim_of(pop(200_000, "more_than", low=200_000, quote="more than 200,000", sentence=CLAIM_TEXT))
    named = pop(150_000, place=None, sentence="Kazakhstan is home to 150,000 Azerbaijanis.", quote="150,000")
    unnamed = pop(150_000, place=None, sentence="Some 150,000 Azerbaijanis live there.", quote="150,000")
    assert ev.same_thing(c, fact_of(named))
    assert not ev.same_thing(c, fact_of(unnamed))


def test_a_claim_without_place_does_not_match_a_fact_with_one():
    c = claim_of(pop(50_000_000, "approx", place=None, quote="50 million"), "50 million Azerbaijanis")
    assert not ev.same_thing(c, fact_of(pop(1_500_000, "up_to", high=1_500_000, place="Russia")))
    assert ev.same_thing(c, fact_of(pop(48_000_000, place=None)))


def test_years_from_the_same_sentence_must_agree():
    c = claim_of(pop(200_000, quote="200,000"))
    c.year = 2020
    assert ev.same_thing(c, fact_of(pop(150_000), year=2020))
    assert ev.same_thing(c, fact_of(pop(150_000), year=None))
    assert not ev.same_thing(c, fact_of(pop(150_000), year=2015))


def test_money_needs_the_same_currency_and_shared_words():
    text = "each family received an allowance of 214,000 tenge"
    c = claim_of(row("214,000 tenge", kind="money", value=214_000, unit="KZT", start=37, sentence=text), text)
    same = row("214 thousand tenge", kind="money", value=214_000, unit="KZT",
               sentence="The embassy paid an allowance of 214 thousand tenge to each family.")
    other_currency = dict(same, unit="RUB")
    other_topic = row("214 thousand tenge", kind="money", value=214_000, unit="KZT",
                      sentence="The ticket cost 214 thousand tenge.")
    assert ev.same_thing(c, fact_of(same))
    assert not ev.same_thing(c, fact_of(other_currency))
    assert not ev.same_thing(c, fact_of(other_topic))


def test_a_bare_figure_claim_needs_no_shared_words():
    c = claim_of(row("214,000 tenge", kind="money", value=214_000, unit="KZT"), "214,000 tenge")
    assert c.topic == frozenset()
    assert ev.same_thing(c, fact_of(row("5,000 tenge", kind="money", value=5000, unit="KZT",
                                        sentence="A ticket is 5,000 tenge.")))


def test_count_unit_is_matched_in_the_singular_and_not_as_a_topic_word():
    text = "the diaspora organizations work in 70 countries"
    c = claim_of(row("70", kind="count", value=70, unit="countries", start=35, sentence=text), text)
    assert "countr" not in c.topic
    f = row("about 50", kind="count", value=50, qualifier="approx", unit="countries",
            sentence="There are 556 diaspora organizations in about 50 countries.")
    assert ev.same_thing(c, fact_of(f))
    assert ev.label(c.row, f) == ev.CONFLICTING


def test_claim_dates_in_a_sentence_with_another_figure_give_its_year():
    text = "In 2020, more than 200,000 Azerbaijanis lived in Kazakhstan"
    rows = [row("2020", kind="date", date="2020", start=3, sentence=text),
            pop(200_000, "more_than", low=200_000, quote="more than 200,000", start=9, sentence=text)]
    figures = ev.claim_figures(text, rows)
    assert [f.row["kind"] for f in figures] == ["population"]
    assert figures[0].year == 2020


def test_find_evidence_labels_each_match():
    c = claim_of(pop(210_000, "approx", quote="about 210,000"), "about 210,000 Azerbaijanis live in Kazakhstan")
    facts = [fact_of(pop(200_000, "more_than", low=200_000, source="a.txt")),
             fact_of(pop(150_000, "approx", source="b.txt")),
             fact_of(pop(150_000, subject="Uzbeks", source="c.txt"))]
    found = ev.find_evidence([c], facts)
    assert [(e.match, e.fact["source"]) for e in found] == [(ev.CONSISTENT, "a.txt"), (ev.CONFLICTING, "b.txt")]


# compare()
def test_compare_lists_a_group_whose_sources_disagree():
    facts = ev.prepare([pop(200_000, "more_than", low=200_000, source="a.txt")])
    facts += ev.prepare([pop(150_000, "approx", subject="ethnic Azerbaijanis", source="b.txt")])
    facts += ev.prepare([pop(1_500_000, "up_to", high=1_500_000, place="Russia", source="c.txt")])
    groups = ev.compare(facts)
    assert len(groups) == 1
    g = groups[0]
    assert (g.kind, g.subject, g.place, g.consistent) == ("population", "Azerbaijanis", "Kazakhstan", False)
    assert g.sources == ["a.txt", "b.txt"]


def test_compare_leaves_out_agreement_unless_all():
    facts = ev.prepare([pop(200_000, "more_than", low=200_000, source="a.txt")])
    facts += ev.prepare([pop(210_000, "approx", source="b.txt")])
    assert ev.compare(facts) == []
    (g,) = ev.compare(facts, all_groups=True)
    assert g.consistent


def test_compare_needs_two_sources():
    facts = ev.prepare([pop(200_000, source="a.txt", start=0), pop(150_000, source="a.txt", start=50)])
    assert ev.compare(facts, all_groups=True) == []


def test_compare_skips_population_without_subject():
    facts = ev.prepare([pop(200_000, subject=None, source="a.txt")]) + ev.prepare([pop(1, subject=None, source="b.txt")])
    assert ev.compare(facts, all_groups=True) == []


def test_compare_separates_years():
    a = "In 2019, 150,000 Azerbaijanis lived in Kazakhstan."
    b = "In 2023, 200,000 Azerbaijanis lived in Kazakhstan."
    facts = ev.prepare([row("2019", kind="date", date="2019", start=3, sentence=a, source="a.txt"),
                        pop(150_000, quote="150,000", start=9, sentence=a, source="a.txt")])
    facts += ev.prepare([row("2023", kind="date", date="2023", start=3, sentence=b, source="b.txt"),
                         pop(200_000, quote="200,000", start=9, sentence=b, source="b.txt")])
    assert ev.compare(facts) == []


def test_compare_without_place_needs_shared_words():
    s1 = "Delegates from 27 countries gathered in Istanbul for the youth forum."
    s2 = "The congress in Baku brought together 68 countries."
    s3 = "The youth forum in Istanbul hosted guests from 30 countries."
    facts = ev.prepare([row("27", kind="count", value=27, unit="countries", sentence=s1, source="a.txt")])
    facts += ev.prepare([row("68", kind="count", value=68, unit="countries", sentence=s2, source="b.txt")])
    facts += ev.prepare([row("30", kind="count", value=30, unit="countries", sentence=s3, source="c.txt")])
    groups = ev.compare(facts)
    assert [[f["source"] for f in g.facts] for g in groups] == [["a.txt", "c.txt"]]
