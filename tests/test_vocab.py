"""The vocabularies: complete for every country, and heads classify right."""
from __future__ import annotations

import subprocess
import sys

import pycountry
import pytest

from diasporafacts import vocab
from diasporafacts.vocab import GROUP_ADJECTIVES, ORG_NOUNS, PEOPLE_NOUNS, head_kind


def test_every_pycountry_country_has_demonyms():
    rows = vocab.demonym_rows()["countries"]
    uninhabited = set(vocab._table("peoples.toml")["uninhabited"])
    for country in pycountry.countries:
        assert country.alpha_2 in rows, country.name
        adjs, nouns = rows[country.alpha_2]
        assert adjs, country.name
        if country.alpha_2 not in uninhabited:
            assert nouns, country.name


def test_every_pycountry_country_has_a_place_name():
    short = vocab.place_names().short
    for country in pycountry.countries:
        assert short.get(country.alpha_2), country.name


def test_all_lowercase_and_disjoint():
    for words in (PEOPLE_NOUNS, GROUP_ADJECTIVES, ORG_NOUNS):
        assert all(w == w.lower() and w.strip() == w and w for w in words)
    assert not PEOPLE_NOUNS & ORG_NOUNS


@pytest.mark.parametrize("word,kind", [
    # people: common nouns
    ("people", "population"), ("persons", "population"), ("migrants", "population"),
    ("emigrants", "population"), ("compatriots", "population"), ("countrymen", "population"),
    ("seekers", "population"), ("repatriates", "population"), ("kandases", "population"),
    ("oralmans", "population"), ("relocants", "population"), ("expats", "population"),
    ("delegates", "population"), ("attendees", "population"), ("schoolchildren", "population"),
    ("teenagers", "population"), ("carers", "population"), ("labourers", "population"),
    ("laborers", "population"), ("newcomers", "population"), ("pensioners", "population"),
    ("detainees", "population"), ("herders", "population"), ("businessmen", "population"),
    ("women", "population"), ("member", "population"), ("Nurse", "population"),
    # people: demonyms and ethnonyms
    ("azerbaijanis", "population"), ("azeris", "population"), ("kazakhstanis", "population"),
    ("turkmens", "population"), ("turkmen", "population"), ("kyrgyz", "population"),
    ("uyghurs", "population"), ("uighurs", "population"), ("dungans", "population"),
    ("bashkirs", "population"), ("chechens", "population"), ("ingush", "population"),
    ("lezgins", "population"), ("talysh", "population"), ("karakalpaks", "population"),
    ("yazidis", "population"), ("circassians", "population"), ("poles", "population"),
    ("jews", "population"), ("assyrians", "population"), ("roma", "population"),
    ("chinese", "population"), ("swiss", "population"), ("britons", "population"),
    ("danes", "population"), ("filipinos", "population"), ("zealanders", "population"),
    ("asians", "population"), ("koreans", "population"), ("ricans", "population"),
    # organizations
    ("organizations", "organizations"), ("organisations", "organizations"),
    ("associations", "organizations"), ("societies", "organizations"), ("ngos", "organizations"),
    ("embassies", "organizations"), ("consulates", "organizations"), ("houses", "organizations"),
    ("proprietorships", "organizations"), ("mosques", "organizations"), ("outlets", "organizations"),
    ("centres", "organizations"), ("centers", "organizations"), ("universities", "organizations"),
    ("federations", "organizations"), ("branches", "organizations"), ("communities", "organizations"),
    ("newspapers", "organizations"), ("parties", "organizations"), ("agencies", "organizations"),
    # hyphenated compounds count by their last part
    ("asylum-seekers", "population"), ("Turkish-Germans", "population"),
    ("start-ups", "organizations"), ("non-governmental", None),
    # neither
    ("countries", None), ("families", None), ("households", None), ("languages", None),
    ("groups", None), ("cities", None), ("camps", None), ("farms", None), ("years", None), ("tenge", None), ("permits", None),
    ("visas", None), ("trips", None), ("percent", None), ("us", None), ("delegations", None),
])
def test_head_kind(word, kind):
    assert head_kind(word) == kind


@pytest.mark.parametrize("word", [
    "azerbaijani", "azeri", "kazakh", "kazakhstani", "uzbek", "turkish", "german", "kyrgyz",
    "georgian", "afghan", "ethnic", "foreign", "meskhetian", "crimean", "uyghur", "south korean",
    "british", "dutch", "filipino", "kurdish", "tatar", "central asian",
])
def test_group_adjectives(word):
    assert word in GROUP_ADJECTIVES


@pytest.mark.parametrize("word", ["georgia", "us", "the", "countries", "herzegovina", "kazakhstan"])
def test_not_group_adjectives(word):
    assert word not in GROUP_ADJECTIVES


@pytest.mark.parametrize("word,code", [
    ("greek", "GR"), ("british", "GB"), ("turkish", "TR"), ("azeri", "AZ"), ("swiss", "CH"),
    ("kyrgyz", "KG"), ("filipino", "PH"),
])
def test_demonym_countries(word, code):
    assert vocab.demonym_countries()[word] == code


def test_shared_demonyms_left_out():
    assert "dominican" not in vocab.demonym_countries()
    assert "congolese" not in vocab.demonym_countries()


def test_loads_fast():
    code = ("import time; t = time.perf_counter(); from diasporafacts import vocab; "
            "t0 = time.perf_counter(); vocab.PEOPLE_NOUNS; vocab.ORG_NOUNS; vocab.GROUP_ADJECTIVES; "
            "vocab.place_names(); print(time.perf_counter() - t0)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert float(out.stdout.split()[-1]) < 0.15  # measured about 0.03 s
