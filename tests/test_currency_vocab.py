"""The currency table (data/currencies.toml) read through the public API.

Each row is a news-style snippet written for this file (none is taken from
the seeds, the development set or tests/corpus) and the money fact it must
give: quote, value and ISO 4217 unit. Rows cover the currencies added for
migration news worldwide, the symbols and abbreviations newspapers print,
and the names several currencies share (peso, dinar, riyal/rial, pound,
lira, franc, shilling, rupee, krone, lei, ruble, dirham, kwacha) with their
defaults.

Rows that once needed code as well as data (a shared name chosen by the
document's words, abbreviations glued to the amount, "KM" that is also an
identifier word) are CONTEXT_ROWS and GLUED_ROWS. The data behind the context
rows is checked on its own in `test_context_words_pick_the_currency`.
"""
from __future__ import annotations

import re
import tomllib
from collections import Counter
from importlib import resources
from typing import NamedTuple

import pycountry
import pytest

from diasporafacts import currency, extract_text


class Row(NamedTuple):
    text: str
    quote: str
    value: float
    unit: str


ROWS = [
    # Latin America.
    Row("A kilo of rice costs 12,000 Colombian pesos in Cúcuta, where thousands of Venezuelans cross daily.",
        "12,000 Colombian pesos", 12000, "COP"),
    Row("In Buenos Aires, Bolivian seamstresses earn about 350,000 Argentine pesos a month.",
        "about 350,000 Argentine pesos", 350000, "ARS"),
    Row("Haitian families in Santiago pay 250,000 Chilean pesos for a room.", "250,000 Chilean pesos", 250000, "CLP"),
    Row("Venezuelan delivery riders in Lima earn 1,100 soles a month.", "1,100 soles", 1100, "PEN"),
    Row("Peruvian migrants in Chile sent home S/ 4.2 billion last year, the central bank said.",
        "S/ 4.2 billion", 4.2e9, "PEN"),
    Row("A kilo of cheese in Maracaibo costs 95 bolívares.", "95 bolívares", 95, "VES"),
    Row("Pensioners in Caracas receive Bs. 130 a month.", "Bs. 130", 130, "VES"),
    Row("Haitian cane cutters in the Dominican Republic earn 18,000 Dominican pesos a month.",
        "18,000 Dominican pesos", 18000, "DOP"),
    Row("Returning migrants sent home RD$ 20,000 each, the Santo Domingo office said.", "RD$ 20,000", 20000, "DOP"),
    Row("A state doctor in Havana earns 5,000 Cuban pesos a month.", "5,000 Cuban pesos", 5000, "CUP"),
    Row("Cuban arrivals in Montevideo are paid 25,000 Uruguayan pesos in their first job.",
        "25,000 Uruguayan pesos", 25000, "UYU"),
    Row("Bolivian workers in El Alto earn Bs 3,000 a month.", "Bs 3,000", 3000, "BOB"),
    Row("Paraguayan workers in Buenos Aires sent home 5 million guaraníes.", "5 million guaraníes", 5e6, "PYG"),
    Row("Remittances to Guatemala reached 150 million quetzales in January.", "150 million quetzales", 150e6, "GTQ"),
    Row("Deportees arriving at San Pedro Sula airport get 2,000 lempiras.", "2,000 lempiras", 2000, "HNL"),
    Row("Nicaraguan coffee pickers in Costa Rica earn 400,000 colones a month.", "400,000 colones", 400000, "CRC"),
    Row("A Haitian family in Port-au-Prince lives on 5,000 gourdes a month.", "5,000 gourdes", 5000, "HTG"),
    Row("Jamaican nurses in London send about J$50,000 home each month.", "about J$50,000", 50000, "JMD"),
    # A bare "pesos" with nothing naming a country: the default.
    Row("A street vendor said she paid 300 pesos for the permit.", "300 pesos", 300, "MXN"),

    # Middle East and North Africa.
    Row("Remittances from Kuwait reached KD 1.2 million last quarter.", "KD 1.2 million", 1.2e6, "KWD"),
    Row("A Bangladeshi cleaner in Kuwait paid 450 Kuwaiti dinars to a recruiter.", "450 Kuwaiti dinars", 450, "KWD"),
    Row("Filipino nurses in Manama earn BD 600 a month.", "BD 600", 600, "BHD"),
    Row("Syrian refugees in Amman pay JD 150 in rent.", "JD 150", 150, "JOD"),
    Row("Indian labourers in Muscat earn RO 250 a month.", "RO 250", 250, "OMR"),
    Row("Nepali security guards in Doha earn QR 1,800 a month.", "QR 1,800", 1800, "QAR"),
    Row("Recruiters charge Kenyan maids SR 2,000 for a Saudi visa.", "SR 2,000", 2000, "SAR"),
    Row("Indian drivers in Dubai say a shared room costs Dh 1,500 a month.", "Dh 1,500", 1500, "AED"),
    Row("Pakistani workers in Sharjah pay Dhs 900 for bed space.", "Dhs 900", 900, "AED"),
    Row("Sub-Saharan migrants in Rabat pay DH 2,000 for a room.", "DH 2,000", 2000, "MAD"),
    Row("A Syrian family in Beirut pays 9 million Lebanese pounds in rent.", "9 million Lebanese pounds", 9e6, "LBP"),
    Row("Bread in Damascus now costs 4,000 Syrian pounds a bundle.", "4,000 Syrian pounds", 4000, "SYP"),
    Row("Returnees said bread in Aleppo costs 4,000 Syrian lira.", "4,000 Syrian lira", 4000, "SYP"),
    Row("Migrants held in Zawiya paid smugglers 3,000 Libyan dinars each.", "3,000 Libyan dinars", 3000, "LYD"),
    Row("A Yemeni family in Aden lives on 60,000 Yemeni rials a month.", "60,000 Yemeni rials", 60000, "YER"),
    Row("Iraqi returnees in Mosul received 1.5 million dinars each.", "1.5 million dinars", 1.5e6, "IQD"),
    Row("Afghan returnees in Tehran received 40 million rials.", "40 million rials", 40e6, "IRR"),
    Row("Ethiopian maids in Jeddah earn 1,500 riyals a month.", "1,500 riyals", 1500, "SAR"),
    Row("Sudanese families in Cairo receive 2,000 Egyptian pounds a month.", "2,000 Egyptian pounds", 2000, "EGP"),
    Row("A Syrian tailor in Gaziantep earns TL 17,002 a month.", "TL 17,002", 17002, "TRY"),
    Row("An Eritrean asylum seeker in Tel Aviv pays NIS 3,000 in rent.", "NIS 3,000", 3000, "ILS"),

    # Europe and the former USSR.
    Row("Seasonal workers from Skopje earn 30,000 denars at home.", "30,000 denars", 30000, "MKD"),
    Row("Returnees in Sarajevo receive 500 convertible marks from the municipality.",
        "500 convertible marks", 500, "BAM"),
    Row("Albanian migrants who return to Tirana earn 60,000 lekë a month.", "60,000 lekë", 60000, "ALL"),
    Row("Polish workers in Reykjavik earn 600,000 Icelandic kronur a month.", "600,000 Icelandic kronur", 600000, "ISK"),
    Row("A Tajik migrant pays TJS 1,200 for a work patent.", "TJS 1,200", 1200, "TJS"),
    Row("Families in Dushanbe borrowed 5,000 Tajik somonis to send a son to Russia.",
        "5,000 Tajik somonis", 5000, "TJS"),
    Row("The exit fee in Ashgabat is 200 manat.", "200 manat", 200, "TMT"),
    Row("Migrant workers from Karakol pay 5,000 soms to a broker.", "5,000 soms", 5000, "KGS"),
    Row("Migrants in Chisinau earn 10,000 Moldovan lei a month.", "10,000 Moldovan lei", 10000, "MDL"),
    Row("Migrants in Zurich pay 20 francs per transfer.", "20 francs", 20, "CHF"),

    # South, East and Southeast Asia.
    Row("Filipino seafarers sent Php 5,000 to their families each month.", "Php 5,000", 5000, "PHP"),
    Row("Indonesian workers in Malaysia send home Rp 3 million a month.", "Rp 3 million", 3e6, "IDR"),
    Row("A Bangladeshi migrant paid Tk 5 lakh to a broker in Dhaka.", "Tk 5 lakh", 500000, "BDT"),
    Row("Pakistani migrants in Lahore paid 200,000 Pakistani rupees to agents.",
        "200,000 Pakistani rupees", 200000, "PKR"),
    Row("A Nepali worker paid 150,000 Nepalese rupees to a Kathmandu agency.",
        "150,000 Nepalese rupees", 150000, "NPR"),
    Row("Bhutanese students in Perth borrowed 1.5 million ngultrum.", "1.5 million ngultrum", 1.5e6, "BTN"),
    Row("Bangladeshi builders in the Maldives earn 6,000 rufiyaa a month.", "6,000 rufiyaa", 6000, "MVR"),
    Row("Indonesian caregivers in Taipei earn NT$20,000 a month.", "NT$20,000", 20000, "TWD"),
    Row("A nurse in Taichung earns 40,000 New Taiwan dollars.", "40,000 New Taiwan dollars", 40000, "TWD"),
    Row("A Filipino casino worker in Macau earns MOP$ 15,000.", "MOP$ 15,000", 15000, "MOP"),
    Row("Garment workers in Phnom Penh earn 800,000 riels a month.", "800,000 riels", 800000, "KHR"),
    Row("Laotian migrants paid 2 million kip to brokers at the Thai border.", "2 million kip", 2e6, "LAK"),
    Row("Myanmar migrants in Thailand sent 500,000 kyats home.", "500,000 kyats", 500000, "MMK"),

    # Africa south of the Sahara.
    Row("Families in Mogadishu received 850,000 Somali shillings each from the diaspora fund.",
        "850,000 Somali shillings", 850000, "SOS"),
    Row("Returnees in Dakar were promised 150,000 CFA francs to start a business.",
        "150,000 CFA francs", 150000, "XOF"),
    Row("South Sudanese refugees in Kampala receive 45,000 Ugandan shillings a month.",
        "45,000 Ugandan shillings", 45000, "UGX"),
    Row("Ugandan traders paid UShs 50,000 at the Malaba border post.", "UShs 50,000", 50000, "UGX"),
    Row("Burundian refugees in Kigoma get 20,000 Tanzanian shillings.", "20,000 Tanzanian shillings", 20000, "TZS"),
    Row("Kenyan domestic workers pay Ksh 150,000 in recruitment fees.", "Ksh 150,000", 150000, "KES"),
    Row("A Somali family in Nairobi received 30,000 shillings.", "30,000 shillings", 30000, "KES"),
    Row("Returnees to Kigali receive 50,000 Rwandan francs.", "50,000 Rwandan francs", 50000, "RWF"),
    Row("A Congolese refugee in Goma earns 50,000 Congolese francs.", "50,000 Congolese francs", 50000, "CDF"),
    Row("Guinean migrants in Conakry pay 5 million Guinean francs to smugglers.",
        "5 million Guinean francs", 5e6, "GNF"),
    Row("Ghanaian migrants sent home GH₵5 million in March.", "GH₵5 million", 5e6, "GHS"),
    Row("Returning migrants in Accra received 5,000 cedis each.", "5,000 cedis", 5000, "GHS"),
    Row("Returning migrants in Lusaka got 2,500 kwacha each.", "2,500 kwacha", 2500, "ZMW"),
    Row("Mozambican refugees in Malawi received 15,000 Malawian kwacha.", "15,000 Malawian kwacha", 15000, "MWK"),
    Row("A Gambian returnee got 25,000 dalasis from the IOM.", "25,000 dalasis", 25000, "GMD"),
    Row("Nigerians in Lagos paid 2 million Nigerian naira for visas.", "2 million Nigerian naira", 2e6, "NGN"),
    Row("Zimbabweans in Harare pay ZiG 500 for a passport.", "ZiG 500", 500, "ZWG"),

    # Oceania.
    Row("A Fijian fruit picker in Australia sent home 2,000 Fijian dollars.", "2,000 Fijian dollars", 2000, "FJD"),
    Row("Seasonal workers brought 3,000 kina home to Papua New Guinea.", "3,000 kina", 3000, "PGK"),
    Row("Samoan workers in New Zealand sent 3,000 tala home.", "3,000 tala", 3000, "WST"),
]



# A shared name and the document's words (accents folded: Bogotá): the context decides.
CONTEXT_ROWS = [
    # A currency name after a hyphen: a compound adjective that is still an amount.
    Row("Marta took out a 50,000-złoty loan to open a bakery in Lublin.", "50,000-złoty", 50000, "PLN"),
    Row("Each family received a 200-dollar voucher.", "200-dollar", 200, "USD"),
    # A generic symbol keeps its own code unless the document names the other country.
    Row("Migrant workers paid KD 50 each for the permit.", "KD 50", 50, "KWD"),
    # A symbol of a shared name follows the document too.
    Row("Construction workers from Karachi earn Rs 45,000 a month in the Gulf.", "Rs 45,000", 45000, "PKR"),
    Row("Nurses from Kerala, India, earn Rs 45,000 a month before they leave.", "Rs 45,000", 45000, "INR"),
    Row("Venezuelan migrants in Bogotá sell coffee on the street for 2,000 pesos a cup.",
           "2,000 pesos", 2000, "COP"),
    Row("OFW families in Manila say a sack of rice now costs 2,500 pesos.", "2,500 pesos", 2500, "PHP"),
    Row("Cameroonian returnees in Douala received 200,000 CFA francs each.",
           "200,000 CFA francs", 200000, "XAF"),
    Row("Migrants in Niamey, Niger, pay smugglers 500,000 francs for the trip north.",
           "500,000 francs", 500000, "XOF"),
    Row("Migrants camped in Belgrade paid 5,000 dinars for a bus ticket to the border.",
           "5,000 dinars", 5000, "RSD"),
    Row("Domestic workers in Kuwait pay 50 dinars for a residency permit.", "50 dinars", 50, "KWD"),
    Row("Syrian families in Irbid, Jordan, receive 100 dinars a month. The programme runs until June.",
           "100 dinars", 100, "JOD"),
    Row("Nepali workers in Qatar earn 1,000 riyals a month.", "1,000 riyals", 1000, "QAR"),
    Row("Returnees in Muscat, Oman, received 200 rials each.", "200 rials", 200, "OMR"),
    Row("Sudanese refugees in Cairo, Egypt, receive 2,000 pounds a month.", "2,000 pounds", 2000, "EGP"),
    Row("Domestic workers in Lebanon are paid 1.5 million lira a month.", "1.5 million lira", 1.5e6, "LBP"),
    Row("Families of migrants in Karachi paid 200,000 rupees to agents.", "200,000 rupees", 200000, "PKR"),
    Row("Returnees in Mogadishu, Somalia, received 300,000 shillings.", "300,000 shillings", 300000, "SOS"),
    Row("Polish drivers in Oslo earn 30,000 kroner a month.", "30,000 kroner", 30000, "NOK"),
    Row("Migrants returning to Chisinau, Moldova, earn 10,000 lei.", "10,000 lei", 10000, "MDL"),
    Row("Ukrainian workers in Minsk earn 2,000 rubles a month.", "2,000 rubles", 2000, "BYN"),
    Row("Sub-Saharan migrants in Casablanca pay 2,000 dirhams for a room.", "2,000 dirhams", 2000, "MAD"),
    Row("Malawian returnees in Lilongwe earn 90,000 kwacha.", "90,000 kwacha", 90000, "MWK"),
]

GLUED_ROWS = [
    # Abbreviations glued to the number: a letter symbol and three digits or more.
    Row("Indian drivers in Dubai say a bed space costs Dh1,500 a month.", "Dh1,500", 1500, "AED"),
    Row("Remittances from Kuwait reached KD1.2 million last quarter.", "KD1.2 million", 1.2e6, "KWD"),
    Row("Peruvians in Santiago paid S/500 for the consular fee.", "S/500", 500, "PEN"),
    Row("Pensioners in Caracas receive Bs.130 a month.", "Bs.130", 130, "VES"),
    # An abbreviation that is also an identifier word ('km').
    Row("Returnees in Sarajevo receive KM 500 from the canton.", "KM 500", 500, "BAM"),
]

# Texts that must give no money fact.
NEGATIVES = [
    # BGN left the table (no longer ISO 4217); before, this text raised a ValidationError.
    "Bulgarian workers in Spain sent home 1,200 leva last year.",
    # People, not the Paraguayan currency.
    "Roughly 40,000 Guaranis live in Brazil's Mato Grosso do Sul.",
    # A tournament year, not Omani rials.
    "The UEFA EURO 2024 drew 2.7 million fans to Germany.",
    # An ISO code glued to a year by a hyphen is no amount.
    "The 2024-EUR budget line was closed.",
    # A letter symbol must start a word: "PRO 14" is not RO 14 (OMR), "WILL 2" not LL 2 (LBP).
    "THE PRO 14 LEAGUE SIGNED 12 PLAYERS FROM FIJI.",
    "WILL 2 MORE BUSES COME?",
    # ISO codes that are English words, among words in capitals or opening a line.
    "ALL 27 MEMBER STATES BACKED THE MIGRATION PACT.",
    "ALL 27 states backed the pact.",
    # "km" is a road marker, "KM" the Bosnian mark.
    "The crash happened at km 500 of the highway.",
    "Families bought 3 CUP of rice a week.",
]


def _money(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(f.quote, f.value, f.unit) for f in extract_text(text) if f.kind == "money"]


@pytest.mark.parametrize("row", ROWS + CONTEXT_ROWS + GLUED_ROWS, ids=lambda r: f"{r.unit}:{r.quote}" if isinstance(r, Row) else None)
def test_money_fact(row: Row):
    got = _money(row.text)
    assert (row.quote, row.value, row.unit) in got, got


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_money_fact(text: str):
    assert _money(text) == []


# The table itself.

def _table() -> list[dict]:
    raw = resources.files("diasporafacts").joinpath("data/currencies.toml").read_text("utf-8")
    return tomllib.loads(raw)["currency"]


def test_codes_are_current_iso_4217_and_unique():
    iso = {c.alpha_3 for c in pycountry.currencies}
    codes = [c["code"] for c in _table()]
    assert [c for c in codes if c not in iso] == []
    assert [c for c, n in Counter(codes).items() if n > 1] == []


def test_words_lowercase_symbols_unique():
    table = _table()
    for c in table:
        for word in c.get("names", []) + c.get("adjectives", []):
            assert word == word.lower() == word.strip() and word, (c["code"], word)
        # The document's words are read as ASCII letter runs: anything else never matches.
        for word in c.get("context", []):
            assert re.fullmatch(r"[a-z]+", word), (c["code"], word)
    symbols = Counter(s for c in table for s in c.get("symbols", []))
    assert [s for s, n in symbols.items() if n > 1] == []
    codes = {c["code"] for c in table}
    assert [s for s in symbols if s in codes] == []


@pytest.mark.parametrize("name,code", [
    ("dollars", "USD"), ("pounds", "GBP"), ("francs", "CHF"), ("cfa francs", "XOF"), ("pesos", "MXN"),
    ("dinars", "IQD"), ("riyals", "SAR"), ("rials", "IRR"), ("lira", "TRY"), ("dirhams", "AED"),
    ("shillings", "KES"), ("rupees", "INR"), ("kroner", "DKK"), ("kronor", "SEK"), ("crowns", "CZK"),
    ("lei", "RON"), ("rubles", "RUB"), ("som", "KGS"), ("manat", "AZN"), ("kwacha", "ZMW"),
])
def test_default_of_a_shared_name(name: str, code: str):
    assert currency.resolve(name) == code
    assert currency.resolve(name, frozenset({"the", "migrants", "said"})) == code


@pytest.mark.parametrize("text,name,code", [
    ("Venezuelan migrants in Bogota sell coffee for 2,000 pesos a cup.", "pesos", "COP"),
    ("Filipino workers in Manila paid 20,000 pesos.", "pesos", "PHP"),
    ("Cuban arrivals in Havana paid 3,000 pesos.", "pesos", "CUP"),
    ("Cameroonian returnees in Douala received 200,000 CFA francs each.", "cfa francs", "XAF"),
    ("Migrants in Niamey, Niger, pay smugglers 500,000 francs.", "francs", "XOF"),
    ("Refugees in Kigali receive 20,000 francs.", "francs", "RWF"),
    ("Migrants in Belgrade paid 5,000 dinars for a bus ticket.", "dinars", "RSD"),
    ("Workers in Kuwait pay 50 dinars for a permit.", "dinars", "KWD"),
    ("Syrian families in Irbid, Jordan, receive 100 dinars.", "dinars", "JOD"),
    ("Migrants in Tunis paid 2,000 dinars.", "dinars", "TND"),
    ("Nepali workers in Qatar earn 1,000 riyals a month.", "riyals", "QAR"),
    ("Returnees in Muscat, Oman, received 200 rials.", "rials", "OMR"),
    ("Families in Sanaa, Yemen, live on 60,000 rials.", "rials", "YER"),
    ("Sudanese refugees in Cairo, Egypt, receive 2,000 pounds.", "pounds", "EGP"),
    ("Syrian refugees in Beirut pay 500,000 pounds for a tent.", "pounds", "LBP"),
    ("Workers in Lebanon are paid 1.5 million lira.", "lira", "LBP"),
    ("Syrian families in Gaziantep receive 1,500 lira a month.", "lira", "TRY"),
    ("Families in Karachi paid 200,000 rupees to agents.", "rupees", "PKR"),
    ("Returnees in Mogadishu, Somalia received 300,000 shillings.", "shillings", "SOS"),
    ("Somali refugees in Dadaab, Kenya receive 1,500 shillings.", "shillings", "KES"),
    ("Refugees in Kampala receive 45,000 shillings.", "shillings", "UGX"),
    ("Polish drivers in Oslo earn 30,000 kroner a month.", "kroner", "NOK"),
    ("Migrants in Chisinau, Moldova earn 10,000 lei.", "lei", "MDL"),
    ("Ukrainian workers in Minsk earn 2,000 rubles.", "rubles", "BYN"),
    ("Migrants in Casablanca pay 2,000 dirhams.", "dirhams", "MAD"),
    ("Malawian returnees in Lilongwe earn 90,000 kwacha.", "kwacha", "MWK"),
    ("Iraqi Kurds in Tehran pay 2 million rials for a residence card.", "rials", "IRR"),
])
def test_context_words_pick_the_currency(text: str, name: str, code: str):
    """The table's context words, given the document's words as quantities.py reads them."""
    words = frozenset(re.findall(r"[a-z]+", text.lower()))
    assert currency.resolve(name, words) == code
