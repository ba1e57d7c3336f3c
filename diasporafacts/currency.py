"""Currency vocabulary (data/currencies.toml) compiled into lookups.

`SYMBOL_BEFORE` matches a symbol or ISO code written before an amount,
`NAME_AFTER` a code or currency name written after it; `resolve()` turns
what was written into an ISO 4217 code, using the document's own words to
choose between currencies that share a name (manat: AZN or TMT).
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex


@dataclass(frozen=True)
class Currency:
    code: str
    symbols: tuple[str, ...]
    names: tuple[str, ...]
    adjectives: tuple[str, ...]
    context: tuple[str, ...]


@lru_cache(maxsize=1)
def currencies() -> tuple[Currency, ...]:
    raw = tomllib.loads(resources.files("diasporafacts").joinpath("data/currencies.toml").read_text("utf-8"))
    out = []
    for c in raw["currency"]:
        out.append(Currency(c["code"], tuple(c.get("symbols", ())), tuple(n.lower() for n in c.get("names", ())),
                            tuple(a.lower() for a in c.get("adjectives", ())), tuple(w.lower() for w in c.get("context", ()))))
    return tuple(out)


def _alt(items) -> str:
    return "|".join(regex.escape(i) for i in sorted(set(items), key=len, reverse=True))


@lru_cache(maxsize=1)
def tables():
    cs = currencies()
    codes = [c.code for c in cs]
    symbols = [s for c in cs for s in c.symbols]
    names = [n for c in cs for n in c.names]
    by_symbol = {}
    by_name: dict[str, list[Currency]] = {}
    for c in cs:
        by_symbol.setdefault(c.code, c.code)
        for s in c.symbols:
            by_symbol.setdefault(s, c.code)
        for n in c.names:
            by_name.setdefault(n, []).append(c)
    # Before the amount: "$", "US$", "USD ", "USD34.6 million", "EUR 1,500".
    # A symbol that starts with a letter ("RO", "LL") must start a word, not
    # end one ("PRO 14", "WILL 2").
    lettered = [s for s in symbols if s[0].isalpha()]
    marks = [s for s in symbols if not s[0].isalpha()]
    before = regex.compile(rf"(?:(?<![\w$])(?:{_alt(codes + lettered)})\s?|(?:{_alt(marks)})\s?)$")
    # After the amount: "200 USD", "214 thousand tenge", "38 mln rubles",
    # "3.8 million Turkish lira".
    adjectives = sorted({a for c in cs for a in c.adjectives}, key=len, reverse=True)
    after = regex.compile(
        rf"(?:[ \u00a0]|-(?=\w))?(?:(?P<code>{_alt(codes)})\b|(?P<sym>{_alt([s for s in symbols if not s[0].isalpha()])})"
        rf"|(?P<name>(?:(?:{_alt(adjectives)})\s+)?(?:{_alt(names)}))(?![\w'‘]))",
        regex.IGNORECASE,
    )
    return by_symbol, by_name, before, after, frozenset(codes)


# ISO codes that are also English words: in capitals ("ALL 27 MEMBER
# STATES", "CUP 2 FINAL") they are words, so they count as a currency only
# in running text, not beside other words in capitals.
_WORD_CODES = frozenset({"ALL", "BAM", "BOB", "CAD", "CUP", "DOP", "GEL", "MAD", "MOP", "PEN", "SOS", "TOP", "TRY"})
_CAPS_WORD = regex.compile(r"\b[A-Z]{2,}\b")
_NEXT_WORD = regex.compile(r"[\d.,\s\u00a0]*(?:(?:thousand|million|billion|mln|bn|m)\b\s*)?(?P<word>\w+)?")


_LETTERS = regex.compile(r"[^\W\d_]+")
_doc = {"text": None, "words": frozenset()}


def _words_of(text: str) -> frozenset[str]:
    """The document's words, lowercased, with and without accents ("bogotá",
    "bogota"): what picks a currency among those sharing a name. Kept for
    the last document only: each is read start to end."""
    if _doc["text"] is not text:
        import unicodedata

        words = set(_LETTERS.findall(text.lower()))
        words |= {unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode() for w in words if not w.isascii()}
        _doc["text"], _doc["words"] = text, frozenset(words)
    return _doc["words"]


@lru_cache(maxsize=None)
def _sharing(code: str) -> tuple[str, ...]:
    """A name of `code` that other currencies share ("rupee" for INR), if any."""
    _, by_name, _, _, _ = tables()
    for c in currencies():
        if c.code == code:
            return tuple(n for n in c.names if len(by_name.get(n, ())) > 1)[:1]
    return ()


# An amount glued to a letter symbol ("RM1,500", "Dh1,500", "KD1.2 million")
# has three digits or more, grouping, or a scale word.
_GLUED_AMOUNT = regex.compile(r"\d{1,3}(?:[,.]\d{3})+|\d{3,}|\d+(?:[.,]\d+)?[ \u00a0]?(?:k|m|mn|bn|million|billion|thousand|lakh|crore)\b",
                              regex.IGNORECASE)


def symbol_before(text: str, pos: int):
    """The currency symbol or code that ends at `pos`, as (start, code)."""
    by_symbol, _, before, _, _ = tables()
    window = text[max(0, pos - 8):pos]
    m = before.search(window)
    if not m:
        return None
    written = m.group(0).strip()
    code = by_symbol.get(written)
    if code is None:
        return None
    start = pos - len(m.group(0))
    if written in _WORD_CODES and _in_capitals(text, start, pos):
        return None
    if written != code and written[-1:].isalpha() and pos == start + len(written) and not _GLUED_AMOUNT.match(text, pos, pos + 40):
        return None  # "floor SR2", "Tk1": a letter symbol glued to a short number is a code
    if written != code and _sharing(code):
        # "Rs 45,000" in a story about Karachi, "Dh 500" in one about
        # Casablanca: a symbol of a shared name follows the document, when
        # it names the other currency's country
        words = _words_of(text)
        other = resolve(_sharing(code)[0], words)
        if other and other != code and any(w in words for c in currencies() if c.code == other for w in c.context):
            code = other
    return start, code


def _in_capitals(text: str, start: int, pos: int) -> bool:
    """Whether the word before `start` or after the amount at `pos` is in capitals."""
    before = text[max(0, start - 30):start]
    prev = before.split()
    if not before.strip() or before.rstrip(" \t")[-1:] in "\n\r":
        return True  # opening a text or line: "ALL 27 states agreed"
    if _CAPS_WORD.fullmatch(prev[-1].strip(".,:;\"'“”()")):
        return True
    nxt = _NEXT_WORD.match(text, pos, min(len(text), pos + 40))
    word = nxt.group("word") if nxt else None
    return bool(word) and _CAPS_WORD.fullmatch(word) is not None


_ASCII_WORD = re.compile(r"[A-Za-z]+")
# Letters outside ASCII that `regex` matches to an ASCII letter when case is ignored.
_FOLDS_TO_ASCII = frozenset("\u0130\u212a\u017f")  # İ (i), Kelvin sign (k), long s (s)


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str] | None:
    """The leading ASCII letters of every code, name and adjective, lower-cased:
    a word after an amount that is none of these cannot start a currency."""
    cs = currencies()
    words = [c.code for c in cs] + [w for c in cs for w in c.names + c.adjectives]
    if any(ch in _FOLDS_TO_ASCII for w in words for ch in w):
        return None  # the shortcut below would not see such a word
    return frozenset(m.group().lower() for w in words if (m := _ASCII_WORD.match(w)))


def _no_name_at(text: str, pos: int, end: int) -> bool:
    """A quick "no" for `name_after` without the big alternation (most words
    after a number are not currencies). Only said when the word after the
    pattern's optional blank or hyphen is ASCII letters followed by a
    non-letter in ASCII (or `end`): a code, name or adjective must then match
    its leading letters exactly."""
    first = _first_words()
    if first is None:
        return False
    start = pos + 1 if text[pos:pos + 1] in (" ", "\u00a0", "-") else pos
    w = _ASCII_WORD.match(text, start, end)
    if not w:
        return False  # a symbol, a digit, a letter outside ASCII: ask the pattern
    if w.end() < end and not text[w.end()].isascii():
        return False
    return w.group().lower() not in first


def name_after(text: str, pos: int, doc_words: frozenset[str] | None = None):
    """The currency code or name that starts at `pos`, as (end, code)."""
    end = min(len(text), pos + 40)
    if _no_name_at(text, pos, end):
        return None
    by_symbol, by_name, _, after, codes = tables()
    m = after.match(text, pos, end)
    if not m:
        return None
    if text[pos:pos + 1] == "-" and not m.group("name"):
        return None  # "a 200-dollar fine" is money, "the 2024-EUR budget" is not
    if m.group("code"):
        code = m.group("code")
        if code != code.upper() or code not in codes:
            return None
        if code in _WORD_CODES and code != "TRY":
            return None  # "3 CUP of tea", "14 ALL": a word, not a code, after the number
        return m.end(), code
    if m.group("sym"):
        # The pattern ignores case: a symbol written in another case ("$u"
        # for "$U") is not that symbol, as a code in small letters is no code.
        code = by_symbol.get(m.group("sym"))
        return (m.end(), code) if code else None
    written = " ".join(m.group("name").lower().split())
    return m.end(), resolve(written, doc_words if doc_words is not None else _words_of(text))


def resolve(written: str, doc_words: frozenset[str] | None = None) -> str | None:
    """ISO code of a written currency name, adjective first, then context."""
    _, by_name, _, _, _ = tables()
    cands = by_name.get(written)
    words = written.split()
    if cands is None:
        # "Turkish lira": the adjective decides, else the bare name.
        base = by_name.get(" ".join(words[1:]) if len(words) > 1 else written, [])
        adj = words[0] if len(words) > 1 else ""
        for c in currencies():
            if adj and adj in c.adjectives and (c in base or not base):
                return c.code
        cands = base
    if not cands:
        return None
    if len(cands) == 1 or not doc_words:
        return cands[0].code
    # A name several currencies share: the one whose country the text names most.
    best = max(cands, key=lambda c: sum(1 for w in c.context if w in doc_words))
    if not any(w in doc_words for w in best.context):
        return cands[0].code
    return best.code
