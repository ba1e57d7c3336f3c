"""Vocabularies: the words that name people, groups, organizations and places.

The words live in data tables (their headers name the sources):
- data/peoples.toml: demonyms and adjectives of every country (by ISO 3166-1
  alpha-2 code), of peoples without a state and of world regions, and the
  common nouns that count people;
- data/organizations.toml: nouns that count organizations and institutions;
- data/places.toml: the gazetteer places.py searches (built by
  tools/build_places.py).

Each table is read once, at first use, and cached. All words are lowercase.
The module constants load lazily (PEP 562): importing this module is cheap.
"""
from __future__ import annotations

import gc
import tomllib
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import NamedTuple

DATA = Path(__file__).resolve().parent / "data"

__all__ = ["PEOPLE_NOUNS", "GROUP_ADJECTIVES", "ORG_NOUNS", "NAME_CONTINUATIONS",
           "head_kind", "demonym_countries", "place_names", "Gazetteer"]


@contextmanager
def bulk_load():
    """Pause the cyclic garbage collector while building big tables.

    Thousands of new strings and tuples each trigger a collection that walks
    every object the process holds: loading the gazetteer took four times
    longer with it on. Nothing built here forms a cycle.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


@cache
def _table(name: str) -> dict:
    with bulk_load():
        return tomllib.loads((DATA / name).read_text(encoding="utf-8"))


def _rows(block: str) -> dict[str, tuple[list[str], list[str]]]:
    """Parse `KEY  adj, adj | noun, noun` rows into {KEY: (adjs, nouns)}."""
    rows = {}
    for line in block.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, _, rest = line.strip().partition(" ")
        adjs, _, nouns = rest.partition("|")
        split = lambda s: [w.strip() for w in s.split(",") if w.strip()]
        rows[key] = (split(adjs), split(nouns))
    return rows


@cache
def demonym_rows() -> dict[str, dict[str, tuple[list[str], list[str]]]]:
    """The raw rows of peoples.toml: {"countries"|"peoples"|"regions": {KEY: (adjs, nouns)}}."""
    data = _table("peoples.toml")
    return {part: _rows(data[part]) for part in ("countries", "peoples", "regions")}


def _heads(words) -> set[str]:
    # A multi-word name counts by its last word: "Costa Ricans" -> "ricans".
    return {w.lower().split()[-1] for w in words if w.strip()}


@cache
def _people_nouns() -> frozenset[str]:
    words = set()
    for rows in demonym_rows().values():
        for _, nouns in rows.values():
            words |= _heads(nouns)
    for group in _table("peoples.toml")["nouns"].values():
        words |= _heads(group)
    return frozenset(words)


@cache
def _group_adjectives() -> frozenset[str]:
    words = set()
    for rows in demonym_rows().values():
        for adjs, nouns in rows.values():
            # Multi-word forms are kept whole ("south korean"); their last
            # word may be no adjective at all ("south georgia").
            words |= {w.lower() for w in adjs}
    for group in _table("peoples.toml")["adjectives"].values():
        words |= {w.lower() for w in group}
    return frozenset(words)


@cache
def _org_nouns() -> frozenset[str]:
    words = set()
    for group in _table("organizations.toml")["nouns"].values():
        words |= _heads(group)
    return frozenset(words)


@cache
def _name_continuations() -> frozenset[str]:
    return frozenset(w.lower() for w in _table("organizations.toml")["names"]["continuations"])


def head_kind(word: str) -> str | None:
    """What a head noun counts: "population", "organizations" or None.

    A hyphenated compound counts by its last part: "asylum-seekers",
    "Turkish-Germans", "start-ups" (when the whole is not listed itself).
    """
    w = word.lower()
    for form in (w, w.rsplit("-", 1)[-1]):
        if form in _people_nouns():
            return "population"
        if form in _org_nouns():
            return "organizations"
    return None


@cache
def demonym_countries() -> dict[str, str]:
    """Lowercase country adjective or demonym -> alpha-2 code ("greek" -> "GR").

    Forms two countries share ("dominican", "congolese") are left out.
    """
    seen: dict[str, set[str]] = {}
    for code, (adjs, nouns) in demonym_rows()["countries"].items():
        for w in adjs + nouns:
            seen.setdefault(w.lower(), set()).add(code)
    return {w: codes.pop() for w, codes in seen.items() if len(codes) == 1}


class Gazetteer(NamedTuple):
    names: dict[str, str]      # name as written -> alpha-2 code ("" for world regions)
    short: dict[str, str]      # alpha-2 code -> the short name to print


@cache
def place_names() -> Gazetteer:
    """The gazetteer of data/places.toml."""
    data = _table("places.toml")
    with bulk_load():
        return _gazetteer(data)


def _gazetteer(data: dict) -> Gazetteer:
    names: dict[str, str] = {}
    for name in data["world"]["regions"]:
        names[name] = ""
    for code, block in data["places"].items():
        for name in block.splitlines():
            if name.strip():
                names.setdefault(name.strip(), code)
    # Country names win over a city of the same name.
    for code, cnames in data["countries"].items():
        for name in cnames:
            names[name] = code
    short = {code: cnames[0] for code, cnames in data["countries"].items()}
    return Gazetteer(names, short)


_LAZY = {"PEOPLE_NOUNS": _people_nouns, "GROUP_ADJECTIVES": _group_adjectives,
         "ORG_NOUNS": _org_nouns, "NAME_CONTINUATIONS": _name_continuations}


def __getattr__(name: str):
    if name in _LAZY:
        value = _LAZY[name]()
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
