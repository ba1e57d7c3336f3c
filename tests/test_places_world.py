"""Places of the world gazetteer, through `extract_text`.

The gazetteer (diasporafacts/data/places.toml, built by tools/build_places.py)
names first-level divisions of every country from ISO 3166-2 (US and Indian
states, Canadian provinces, Colombian departments...), the world's cities of
100,000 people (50,000 in countries that send or receive many migrants) and
places of migration news that are no city (camps, islands). These sentences
are of our own writing; each row asserts the `place` of the one population,
organization or percentage fact of its sentence.

Negatives: capitalized words that are also the name of a division or city
somewhere (Centre, Delta, Unity, Victoria, Savannah, Garcia, Mercedes...)
must not become the place of a fact.

Rows that fail because of the rules of places.py, not of the gazetteer, are
`xfail(strict=True)`, so a fix there turns them red until they move up.
"""
from __future__ import annotations

import pytest

from diasporafacts import extract_text

KINDS = ("population", "organizations", "percentage")


def place_of(sentence: str) -> str | None:
    facts = [f for f in extract_text(sentence) if f.kind in KINDS]
    assert len(facts) == 1, [(f.kind, f.quote) for f in facts]
    return facts[0].place


def code_limit(reason: str):
    return pytest.mark.xfail(strict=True, reason=f"places.py: {reason}")


PLACES = [
    # US states and cities
    ("Some 80,000 Somalis live in Minnesota.", "Minnesota"),
    ("Nearly 100,000 Hondurans live in Louisiana.", "Louisiana"),
    ("Some 45,000 Somalis live in Ohio, mostly in Columbus.", "Ohio"),
    ("An estimated 25,000 Hmong refugees live in Wisconsin.", "Wisconsin"),
    ("About 120,000 Armenians live in Glendale.", "Glendale"),
    ("Some 20,000 Iraqis live in Dearborn.", "Dearborn"),
    ("About 3,000 Bhutanese refugees live in Akron.", "Akron"),
    # Canada, Australia
    ("More than 150,000 Indians from Punjab have settled in Ontario.", "Ontario"),
    ("Nearly 8,000 Ukrainians arrived in Newfoundland and Labrador.", "Newfoundland and Labrador"),
    ("About 20,000 Afghans live in South Australia.", "South Australia"),
    # India, Pakistan, Nepal's neighbours
    ("In Telangana, about 12,000 migrant workers depend on remittances from the Gulf.", "Telangana"),
    ("About 10,000 Indians live in Goa's coastal villages.", "Goa"),
    ("Around 1.5 million Afghans live in Sindh, officials say.", "Sindh"),
    ("Some 15,000 Pakistanis live in Gilgit-Baltistan.", "Gilgit-Baltistan"),
    ("Nearly 600,000 Rohingya refugees live in Kutupalong.", "Kutupalong"),
    # Europe: Länder and regions
    ("Around 600,000 Turks live in Bavaria.", "Bavaria"),
    ("Some 250,000 Moroccans are registered in Catalonia.", "Catalonia"),
    ("Around 110,000 Moroccans live in Andalucía.", "Andalucía"),
    ("Around 60,000 Romanians live in Castilla-La Mancha.", "Castilla-La Mancha"),
    ("About 12,000 Moroccans live in Umbria.", "Umbria"),
    ("Some 4,000 migrants arrived in Lampedusa last week.", "Lampedusa"),
    # Turkey, the Middle East, the Gulf
    ("Over 450,000 Syrians live in Gaziantep.", "Gaziantep"),
    ("About 75,000 Syrians live in Zaatari.", "Zaatari"),
    ("About 14,000 Syrians live in Mafraq.", "Mafraq"),
    ("Nearly 70,000 Kurds live in Duhok.", "Duhok"),
    ("About 700,000 Bangladeshi workers live in the Eastern Province.", "Eastern Province"),
    # Latin America
    ("At least 300,000 Venezuelans have settled in Norte de Santander.", "Norte de Santander"),
    ("About 90,000 Venezuelans live in Cúcuta alone.", "Cúcuta"),
    ("About 160,000 Venezuelans live in La Guajira.", "La Guajira"),
    ("Some 60,000 Venezuelans live in Maicao.", "Maicao"),
    ("Over 80,000 Venezuelans live in Roraima, mostly in Boa Vista.", "Roraima"),
    ("Some 500 Venezuelan migrants crossed into Tumbes this week.", "Tumbes"),
    ("About 45,000 Haitians live in Santa Catarina.", "Santa Catarina"),
    ("Some 30,000 Bolivians work in Salta.", "Salta"),
    ("In Michoacán, about 30% of households receive remittances.", "Michoacán"),
    ("Nearly 40% of households in Zacatecas receive remittances.", "Zacatecas"),
    # Asia
    ("Some 200,000 Filipinos in Mindanao depend on relatives working in the Gulf.", "Mindanao"),
    ("About 40% of households in Ilocos receive remittances.", "Ilocos"),
    ("In West Java, some 400,000 migrant workers send money home from Saudi Arabia.", "West Java"),
    ("Some 35 Filipino associations operate in Selangor.", "Selangor"),
    ("Around 150,000 Burmese migrants work in Mae Sot.", "Mae Sot"),
    # Africa
    ("About 35,000 Eritrean refugees were sheltered in Tigray before the war.", "Tigray"),
    ("Around 90,000 Somalis arrived in Dadaab in 2011.", "Dadaab"),
    ("Roughly 180,000 refugees live in Kakuma, in northern Kenya.", "Kakuma"),
    ("About 1,200 returnees settled in Hargeisa last year.", "Hargeisa"),
    ("Some 1,500 Ethiopian migrants are held in Somaliland.", "Somaliland"),
    ("About 2 million displaced people live in Darfur.", "Darfur"),
    ("Some 9,000 Sudanese refugees arrived in Ouaddaï this month.", "Ouaddaï"),
    ("Some 3,000 returnees settled in Edo State last year.", "Edo State"),
    ("About 50,000 Zimbabweans live in Gauteng.", "Gauteng"),
    # Limits of the rules, not of the gazetteer
    pytest.param("About 2.2 million Keralites work abroad, mostly from Kerala's coastal districts.",
                 "Kerala", marks=code_limit(
                     "an origin after the figure and past a comma is not taken "
                     "when nothing names where the group is")),
    ("Some 4,000 migrants landed on Lampedusa last week.", "Lampedusa"),
    ("About 300,000 Afghans live in Punjab Province.", ("Punjab", "Punjab Province")),
    ("Some 20,000 Tajiks work in Moscow Oblast, the ministry said.", ("Moscow", "Moscow Oblast")),
    # a place type that goes on into a longer name is no place
    ("About 500 students study at Kazakh State University in Almaty.", "Almaty"),
]


@pytest.mark.parametrize("sentence, expected", PLACES)
def test_place(sentence, expected):
    got = place_of(sentence)
    if isinstance(expected, tuple):
        assert got in expected
    else:
        assert got == expected


NOT_PLACES = [
    "The Centre registered 300 new migrant members in March.",
    "Victoria told reporters that 40 Afghan refugees had left.",
    "Elizabeth said 3,000 Filipino nurses had applied.",
    "Tyler said 200 Somali workers were hired.",
    "Savannah, 34, is one of 200 Filipino nurses recruited this year.",
    "Maria Garcia said 150 Honduran migrants had arrived.",
    "Miranda said 300 Venezuelans had registered.",
    "Darwin noted that 700 Indonesian sailors had left.",
    "Bono sang for 10,000 refugees.",
    "During the Corona crisis, 12,000 migrants lost their jobs.",
    "Delta hired 500 Haitian workers last year.",
    "Mercedes hired 1,200 Turkish workers.",
    "Orange and Vodafone employ 900 Moroccan technicians.",
    "Ajax fans included 300 Moroccan supporters.",
    "The Unity party has 5,000 Kurdish members.",
    "Western donors pledged support for 20,000 refugees.",
    "Eastern Orthodox parishes serve 4,000 Georgians.",
    "Capital Bank lent money to 300 migrant workers.",
    "Rivers of cash reached 1,000 Somali refugees.",
    "Mara Salvatrucha recruited 400 Salvadoran youths.",
    "In Salah's village, 300 Algerian migrants packed their bags.",
    "A statue of Simón Bolívar was unveiled before 2,000 Venezuelan migrants.",
    "The Red Sea crossing claimed 300 Ethiopian migrants this year.",
    "The West Coast hosts 60,000 Filipino nurses.",
]


@pytest.mark.parametrize("sentence", NOT_PLACES)
def test_not_a_place(sentence):
    assert place_of(sentence) is None
