"""split_sentences on news text: one table of (text, expected sentences).

The rows are written for these tests (other names, places and outlets than
the development articles); tests/eval_attribution.py checks the splitter on
the development articles themselves.
"""
from __future__ import annotations

import time

import pytest

from diasporafacts.sentences import split_sentences

CASES = [
    # plain stops, questions, exclamations
    ("The fund grew. It now has 40 members.", ["The fund grew.", "It now has 40 members."]),
    ("Why now? Nobody knows! The vote is on Friday.",
     ["Why now?", "Nobody knows!", "The vote is on Friday."]),
    ("Is it true?! Yes… It is. Really!", ["Is it true?!", "Yes…", "It is.", "Really!"]),
    # abbreviations inside sentences
    ("Mr. Karimov arrived on Monday. He met Dr. Nazarova.",
     ["Mr. Karimov arrived on Monday.", "He met Dr. Nazarova."]),
    ("The school on St. Mark's Road opened. Classes start soon.",
     ["The school on St. Mark's Road opened.", "Classes start soon."]),
    ("Under Decree No. 512 the quota rose. Officials agreed.",
     ["Under Decree No. 512 the quota rose.", "Officials agreed."]),
    ("The U.S. Embassy in Dushanbe issued 300 visas. Demand is high.",
     ["The U.S. Embassy in Dushanbe issued 300 visas.", "Demand is high."]),
    ("Many moved to the U.S. The rest stayed in Ankara.",
     ["Many moved to the U.S.", "The rest stayed in Ankara."]),
    ("The forum opens on Jan. 15 in Almaty. It lasts two days.",
     ["The forum opens on Jan. 15 in Almaty.", "It lasts two days."]),
    ("Talks were held on Sept. 3 and Oct. 9 last year.",
     ["Talks were held on Sept. 3 and Oct. 9 last year."]),
    ("The fee is approx. 5 manat a month.", ["The fee is approx. 5 manat a month."]),
    ("The deadline is Nov. 30. Late forms are refused.",
     ["The deadline is Nov. 30.", "Late forms are refused."]),
    ("Books, maps, films etc. are on show. Entry is free.",
     ["Books, maps, films etc. are on show.", "Entry is free."]),
    ("It was Kyrgyzstan vs. Tajikistan in the final.", ["It was Kyrgyzstan vs. Tajikistan in the final."]),
    ("See the table on p. 12 for details.", ["See the table on p. 12 for details."]),
    ("Prof. Aliyeva and Gen. Mamedov spoke first.", ["Prof. Aliyeva and Gen. Mamedov spoke first."]),
    # numbers
    ("Inflows rose by 3.5 percent. Outflows fell.", ["Inflows rose by 3.5 percent.", "Outflows fell."]),
    ("Fees reached 1.500 lira in 2023. They doubled later.",
     ["Fees reached 1.500 lira in 2023.", "They doubled later."]),
    ("The fund holds 2.750.000 manat.", ["The fund holds 2.750.000 manat."]),
    ("Arrivals fell in 2020. 2021 was better.", ["Arrivals fell in 2020.", "2021 was better."]),
    # initials
    ("J. R. Ortiz wrote the report. It ran to 90 pages.",
     ["J. R. Ortiz wrote the report.", "It ran to 90 pages."]),
    ("The study by A. Suleimenova was published.", ["The study by A. Suleimenova was published."]),
    # quotes
    ('"We will stay here." She said it twice.', ['"We will stay here."', "She said it twice."]),
    ("“We will stay here.” She said it twice.", ["“We will stay here.”", "She said it twice."]),
    ('"We have 12 teachers," he said. "We need 20."',
     ['"We have 12 teachers," he said.', '"We need 20."']),
    ("“Why leave?” he asked. Nobody answered.", ["“Why leave?” he asked.", "Nobody answered."]),
    ("«Мы дома.» The banner hung over the gate.", ["«Мы дома.»", "The banner hung over the gate."]),
    ("It was a “temporary” solution. It lasted years.",
     ["It was a “temporary” solution.", "It lasted years."]),
    # datelines
    ("ASTANA, Jan. 12 (Nomad Wire) – The Labour Ministry registered 5,000 permits.",
     ["ASTANA, Jan. 12 (Nomad Wire) – The Labour Ministry registered 5,000 permits."]),
    ("TBILISI, 03.02.2024 – Some 700 Georgians returned. Most came from Greece.",
     ["TBILISI, 03.02.2024 – Some 700 Georgians returned.", "Most came from Greece."]),
    ("ASTANA. KAZINFORM – Some 900 kandases arrived. Most settled in Kostanay.",
     ["ASTANA. KAZINFORM – Some 900 kandases arrived.", "Most settled in Kostanay."]),
    # headlines and lines without final punctuation
    ("Kyrgyz nurses head to Germany\n\nBISHKEK (Ala-Too Post) – About 200 nurses left.",
     ["Kyrgyz nurses head to Germany", "BISHKEK (Ala-Too Post) – About 200 nurses left."]),
    ("Migration Digest\nIssue 4 | May 2024\nThe quarter was quiet.",
     ["Migration Digest", "Issue 4 | May 2024", "The quarter was quiet."]),
    ("Views: 2,481\nShare this article", ["Views: 2,481", "Share this article"]),
    # wrapped paragraphs: a line break before a lowercase word joins
    ("The society was founded in 1998 and\nnow runs three schools.",
     ["The society was founded in 1998 and\nnow runs three schools."]),
    ("The society was founded in 1998\nIt now runs three schools.",
     ["The society was founded in 1998", "It now runs three schools."]),
    ("The first line ends here\n\nand a blank line still splits.",
     ["The first line ends here", "and a blank line still splits."]),
    # bullets and numbered lines
    ("Key figures:\n• 120 schools\n• 4,000 pupils\n- 35 teachers",
     ["Key figures:", "• 120 schools", "• 4,000 pupils", "- 35 teachers"]),
    ("1. Register online.\n2. Pay the fee.", ["1. Register online.", "2. Pay the fee."]),
    # interviews
    ("Q: How many members?\nA: About 900. Most are young.",
     ["Q: How many members?", "A: About 900.", "Most are young."]),
    ("Q.: What next?\n\nA.: A new school in Riga.",
     ["Q.: What next?", "A.: A new school in Riga."]),
    ("Question: Who pays?\nAnswer: The state pays 80%.",
     ["Question: Who pays?", "Answer: The state pays 80%."]),
    # dash-led quoted paragraphs
    ("– We waited for ten months. Nobody helped, – the migrants said.",
     ["– We waited for ten months.", "Nobody helped, – the migrants said."]),
    # ellipsis and leader dots
    ("They waited... Then the bus came.", ["They waited...", "Then the bus came."]),
    ("Armenia ........ $1.1 bn ...... 9.8% of GDP", ["Armenia ........ $1.1 bn ...... 9.8% of GDP"]),
    # edge cases
    ("", []),
    ("   \n\t  ", []),
    ("No final stop here", ["No final stop here"]),
    ("  Leading and trailing space.  ", ["Leading and trailing space."]),
    ("Windows line\r\nends work.\r\n\r\nNext paragraph.",
     ["Windows line\r\nends work.", "Next paragraph."]),
    ("Title Line\r\nBody starts here.", ["Title Line", "Body starts here."]),
    ("Title Line\u2028Body starts here.", ["Title Line", "Body starts here."]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_split(text, expected):
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == expected


@pytest.mark.parametrize("text, expected", CASES)
def test_spans_are_ordered_and_trimmed(text, expected):
    spans = split_sentences(text)
    for (s, e), nxt in zip(spans, spans[1:] + [(len(text), len(text))]):
        assert 0 <= s < e <= nxt[0]
        assert text[s:e] == text[s:e].strip()


@pytest.mark.parametrize("text", [
    "\x00\x01\x02 control \x0b\x0c\x1c\x1d characters . \u2028 x \u2029 Y",
    "." * 5000,
    "?!" * 3000,
    "\n" * 5000,
    "a " * 200_000,
    "Mr. " * 10_000,
    '"' * 4000 + ". " * 4000,
])
def test_never_raises_on_odd_input(text):
    spans = split_sentences(text)
    assert spans == sorted(spans)
    assert all(0 <= s < e <= len(text) and text[s:e] == text[s:e].strip() for s, e in spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    # nothing but whitespace is left out
    covered = "".join(text[s:e] for s, e in spans)
    assert "".join(covered.split()) == "".join(text.split())


def test_a_megabyte_without_punctuation_is_fast_and_one_sentence():
    text = "word " * 200_000
    t0 = time.perf_counter()
    spans = split_sentences(text)
    assert time.perf_counter() - t0 < 2.0
    assert spans == [(0, len(text) - 1)]


def test_long_text_is_linear():
    para = ("ASTANA, Jan. 12 (Nomad Wire) – Mr. Sultanov said 3.5 million people left. "
            '"We counted 1.500 of them," he said.\n\n')
    small, big = para * 500, para * 5000
    t0 = time.perf_counter()
    split_sentences(small)
    t1 = time.perf_counter()
    n = len(split_sentences(big))
    t2 = time.perf_counter()
    assert n == 5000 * 2
    assert (t2 - t1) < 25 * max(t1 - t0, 1e-3)
