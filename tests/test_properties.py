"""Properties that hold for any text: hypothesis over arbitrary strings, over
soups of the tokens the extractors react to, and over news sentences with
noise injected (control and zero-width characters, other scripts, cuts).

For every input: no exception; every fact has 0 <= start < end <= len(text),
text[start:end] == quote, the quote inside its sentence and the sentence
inside the text, line and column pointing at start, bounds in order, values
JSON can carry; and the same text always gives the same facts.

The example counts are modest so the suite stays fast; for a deeper hunt
set DIASPORAFACTS_FUZZ=N to run N examples per property.
"""
from __future__ import annotations

import codecs
import json
import math
import os

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diasporafacts import extract_text
from diasporafacts.models import Kind, Qualifier
from diasporafacts.reading import DecodeError, decode

_N = int(os.environ.get("DIASPORAFACTS_FUZZ", "0") or 0)
FAST = settings(max_examples=_N or 60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

KINDS = {k.value for k in Kind}
QUALIFIERS = {q.value for q in Qualifier}
_BREAK = regex.compile(r"\r\n|[\n\r\u2028\u2029\x85\v\f]")


def check_facts(text: str, facts) -> None:
    rows = [f.row() for f in facts]
    last_start = -1
    for r in rows:
        s, e, quote = r["start"], r["end"], r["quote"]
        assert 0 <= s < e <= len(text), r
        assert text[s:e] == quote, r
        assert quote in r["sentence"], r
        assert r["sentence"] in text, r
        assert r["kind"] in KINDS and r["qualifier"] in QUALIFIERS, r
        assert s >= last_start, "facts out of text order"
        last_start = s
        breaks = list(_BREAK.finditer(text, 0, s))
        assert r["line"] == len(breaks) + 1, r
        assert r["column"] == s - (breaks[-1].end() if breaks else 0) + 1, r
        for key in ("value", "low", "high"):
            v = r[key]
            assert v is None or (isinstance(v, (int, float)) and math.isfinite(v)), r
        if r["low"] is not None and r["high"] is not None:
            assert r["low"] <= r["high"], r
        json.dumps(r, allow_nan=False)


def check_text(text: str) -> None:
    first = extract_text(text, "doc.txt")
    check_facts(text, first)
    again = extract_text(text, "doc.txt")
    assert [f.row() for f in first] == [f.row() for f in again], "not deterministic"


# Arbitrary text ------------------------------------------------------------

@FAST
@given(st.text(max_size=400))
def test_any_text(text):
    check_text(text)


@FAST
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200).map(lambda t: t * 3))
def test_any_repeated_text(text):
    check_text(text)


# Token soups -----------------------------------------------------------------

TOKENS = [
    # numbers and scales
    "200,000", "1.5", "1,500", "19 214", "17.500", "2.500.000", "0", "1", "12", "556", "2020", "1990s",
    "20-25", "4–6", "3bn", "80k", "$5m", "1 000", "100th", "27th", "٣٠٠", "１２３",
    "two", "twenty-five", "a hundred", "one hundred and twenty", "dozen", "half", "third",
    "thousand", "million", "mln", "billion", "bn",
    # qualifiers and vague words
    "more than", "over", "about", "nearly", "up to", "at least", "between", "from", "to", "and", "or",
    "some", "estimated", "or more", "plus", "+", "hundreds of", "thousands of", "tens of thousands of",
    "dozens of", "several",
    # units and cues
    "$", "€", "£", "₸", "USD", "EUR", "tenge", "manat", "lira", "rubles", "%", "percent", "per cent",
    "times", "tenfold", "-fold", "doubled", "twice", "years", "months", "year-old", "days", "two-day",
    "decade", "half a century", "MCI",
    # nouns
    "migrants", "Azerbaijanis", "people", "compatriots", "organizations", "diaspora organizations",
    "countries", "languages", "citizens of Turkmenistan", "of them", "of the", "the number of",
    # dates
    "January", "May", "March", "Jan.", "Sept.", "7", "30", "2019", "Q1", "spring", "early", "the",
    # speech and places
    "said", "told", "according to", "he", "she", "Mr.", "Kazakhstan", "in", "Baku", "Report",
    # punctuation and space
    ",", ".", ";", ":", "-", "–", "—", "/", "(", ")", "\"", "“", "”", "«", "»", "'", "?", "!", "…",
    "\n", "\n\n", "\r\n", "\t", "\u00a0", "\u2009", "\u200b", "\u200d", "\ufeff", "\x00", "\x1b", "\u2028",
]
SEPARATORS = st.sampled_from([" ", " ", " ", "", "\n", "\u00a0", "-", ", "])


@st.composite
def soups(draw):
    parts = draw(st.lists(st.tuples(st.sampled_from(TOKENS), SEPARATORS), max_size=60))
    return "".join(t + s for t, s in parts)


@FAST
@given(soups())
def test_token_soup(text):
    check_text(text)


# News text with noise ----------------------------------------------------------

NEWS = [
    "BAKU, May 7, 2020. More than 200,000 Azerbaijanis live in Kazakhstan, the embassy said.",
    "“Hundreds of Azerbaijani citizens addressed me,” Chairman Bahruz Akhundov told Report.",
    "According to him, thousands of our compatriots left for Kazakhstan in the early 1990s.",
    "The 556 diaspora organizations received 214 thousand tenge, about $50, in 2019.",
    "Remittances rose from $1.6 billion to $3 billion between 2015 and 2020.",
    "The number of migrants has grown tenfold over the last 11 months, to 20-25 million.",
    "About 40 percent of the repatriates, or 69.1%, are citizens of Turkmenistan.",
    "The forum, held January 30-February 1, brought together 140 young people from 37 countries.",
    "He said the community had been operating for 23 years and now counts over 85 organizations.",
    "Turnout doubled, and prices were two or three times higher than in the first quarter of 2021.",
    "Between April and September 2024, as many as 4,515 people arrived from Mongolia.",
    "Some 7,862 people arrived from China and 4,515 from Mongolia, the ministry noted.",
    "A two-day visit cost 25 mln lira, about €780,000, the Decree No. 5 said on Sept. 3.",
    "Q: How many? A: Dozens of people, maybe 1.500 million in total, half a century ago.",
    "Посольство сообщило, что более 200 тысяч азербайджанцев живут в Казахстане.",
    "وقالت الوزارة إن أكثر من 200 ألف مهاجر يعيشون في البلاد — 300 migrants, said Ali.",
    "Türkiye'de yaşayan 2 milyon Azerbaycanlı var; 1,2 million people said so.",
]
NOISE = [
    "\x00", "\x01", "\x1b[31m", "\x7f", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad",
    "\u202e", "\u2028", "\u2029", "\x85", "\r", "\n\n", "\t", "\u00a0", "\u3000", "“", "”", "\"", "'",
    "«", "(", ")", "-", "–", "1", "0", ",", ".", "%", "$", "ё", "ج", "中", "😀", "\U0001d7d9", "e\u0301",
]


@st.composite
def noisy_news(draw):
    text = " ".join(draw(st.lists(st.sampled_from(NEWS), min_size=1, max_size=6)))
    edits = draw(st.lists(st.tuples(st.integers(0, len(text)), st.sampled_from(NOISE + [""]), st.integers(0, 3)),
                          max_size=12))
    for at, noise, cut in sorted(edits, reverse=True):
        text = text[:at] + noise + text[at + cut:]
    return text


@FAST
@given(noisy_news())
def test_news_with_noise(text):
    check_text(text)


@FAST
@given(st.lists(st.sampled_from(NEWS), min_size=1, max_size=4), st.sampled_from(NOISE))
def test_noise_between_every_character(sentences, noise):
    text = noise.join(" ".join(sentences))
    check_text(text)


@FAST
@given(st.lists(st.sampled_from(NEWS), min_size=2, max_size=5), st.sampled_from(["\n", "\r\n", "\r", "\u2028", "\f"]))
def test_line_endings_keep_positions(sentences, newline):
    text = newline.join(sentences)
    check_text(text)
    # The same facts, in the same order, whatever the line ending.
    plain = [(f.quote, f.kind) for f in extract_text("\n".join(sentences))]
    assert [(f.quote, f.kind) for f in extract_text(text)] == plain


# Decoding -----------------------------------------------------------------------

@FAST
@given(st.text(max_size=300), st.sampled_from([
    ("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE), ("utf-32-le", codecs.BOM_UTF32_LE), ("utf-32-be", codecs.BOM_UTF32_BE),
]))
def test_unicode_round_trip(text, enc_bom):
    enc, bom = enc_bom
    if not bom and ("\x00" in text or text.startswith("\ufeff")):
        return  # NUL bytes mean binary; a leading U+FEFF is a BOM
    if enc == "utf-16-le" and text.startswith("\x00"):
        return  # FF FE 00 00 is the UTF-32 BOM: the bytes cannot tell them apart
    data = bom + text.encode(enc)
    got, used = decode(data)
    assert got == text
    assert used


@settings(max_examples=_N or 40, deadline=None)
@given(st.binary(max_size=600))
def test_any_bytes_decode_or_refuse(data):
    try:
        text, used = decode(data)
    except DecodeError:
        return
    assert isinstance(text, str) and used
    check_facts(text, extract_text(text))
