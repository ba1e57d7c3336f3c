"""Numbers as news text writes them: digits, number words, scales.

Shared by every kind. `NUMBER` is a regular-expression fragment that matches
one written number (without its scale word); `parse_number()` turns the
matched text into a float. Scale words (thousand, mln, bn, k...) are matched
separately by `SCALE` so that a range can share one scale ("20-25 million").
"""
from __future__ import annotations

import regex

# Spaces used as thousands separators: space, no-break, thin, narrow no-break.
GROUP_SPACES = " \u00a0\u2009\u202f"

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
# Scale words and their abbreviations; "m" and "k" only glued to digits.
SCALES = {
    "hundred": 100, "thousand": 1e3, "thou": 1e3, "k": 1e3,
    "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6, "mio": 1e6,
    "billion": 1e9, "bln": 1e9, "bn": 1e9, "b": 1e9,
    "trillion": 1e12, "trln": 1e12, "tn": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}
WORD_SCALES = ("thousand", "million", "billion", "trillion")

_unit_words = "|".join(sorted(UNITS, key=len, reverse=True))
_tens_words = "|".join(TENS)

# A spelled-out number below a thousand: "twenty-five", "a hundred",
# "one hundred and twenty", "dozen".
_BELOW_1000 = (
    rf"(?:(?:(?:{_unit_words}|a)\s+hundred(?:\s+(?:and\s+)?(?:(?:{_tens_words})(?:[\s-](?:{_unit_words}))?|{_unit_words}))?)"
    rf"|(?:{_tens_words})(?:-(?:{_unit_words}))?"
    rf"|(?:{_unit_words}))"
)
WORD_NUMBER = (
    rf"(?:(?:a|one)\s+(?:thousand|million|billion)\b"
    rf"|{_BELOW_1000}(?:\s+(?:thousand|million|billion)(?:\s+(?:and\s+)?{_BELOW_1000})?)*)"
)

# Digits: grouped with comma, dot or a space (groups of three), or plain,
# with an optional decimal part.
DIGITS = (
    r"(?:\d{1,3}(?:(?:,\d{3})+|(?:\.\d{3})+(?![.,]\d)|(?:[ \u00a0\u2009\u202f]\d{3})+)(?:[.,]\d+)?"
    r"|\d+(?:[.,]\d+)?)"
)
NUMBER = rf"(?:{DIGITS}|{WORD_NUMBER})"
SCALE = r"(?:thousand|million|billion|trillion|mln|bln|trln|mn|bn|tn|thou|mio|lakhs?|crores?)"
# Abbreviated scales glued to the digits: $5m, 80k, $3bn.
GLUED_SCALE = r"(?:bn|mn|m|k|b)"

_digits_re = regex.compile(DIGITS)
_WORD_SEPARATORS = regex.compile(r"[\s-]+")
_DECIMAL_AMBIGUOUS = regex.compile(r"\d{1,3}\.\d{3}")


def parse_digits(s: str) -> float:
    """'200,000' → 200000; '1.500' → 1500; '29,5' → 29.5; '19 214' → 19214."""
    s = s.strip()
    for sp in GROUP_SPACES:
        s = s.replace(sp, "")
    if "," in s and "." in s:
        # The later separator is the decimal one: 1,234.5 or 1.234,5.
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
        return float(s)
    for sep in (",", "."):
        if sep in s:
            parts = s.split(sep)
            if len(parts) > 2 or (len(parts[-1]) == 3 and len(parts[0]) <= 3 and parts[0] != "0"):
                # 1,500 / 17.500 / 2.500.000: grouping.
                return float("".join(parts))
            return float(parts[0] + "." + parts[1])
    return float(s)


def parse_words(s: str) -> float:
    """'twenty-five' → 25; 'a hundred' → 100; 'two million' → 2e6."""
    total, current, last_scale = 0.0, 0.0, 0.0
    for w in _WORD_SEPARATORS.split(s.lower()):
        if not w or w == "and":
            continue
        if w == "a":
            current += 1
        elif w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in ("thousand", "million", "billion", "trillion", "lakh", "crore"):
            scale = SCALES[w]
            if not current and total and scale > last_scale:
                total *= scale  # "five thousand million", "a lakh crore": scales multiply
            else:
                total += (current or 1) * scale
            current, last_scale = 0.0, scale
        elif w == "dozen":
            current = (current or 1) * 12
    return total + current


def parse_number(s: str) -> float:
    s = s.strip()
    if s and s[0].isdigit():
        return parse_digits(s)
    return parse_words(s)


def is_decimal_ambiguous(s: str) -> bool:
    """True for '1.500'-like text that may be a decimal before a scale word."""
    return bool(_DECIMAL_AMBIGUOUS.fullmatch(s))


def tidy(x: float | None) -> int | float | None:
    """Integral floats become ints so output reads 200000, not 200000.0."""
    if x is None:
        return None
    r = round(x, 6)
    return int(r) if r == int(r) and abs(r) < 1e18 else r
