"""Word tables the extractors read: qualifiers, units, cues and stop words.

Kept as plain data so that a new phrasing is a one-line change. Sources:
shared/spec/FACTS.md (qualifier → bounds mapping, vague bounds, units) and
ordinary English news usage.
"""
from __future__ import annotations

# Qualifier phrases written before a figure → spec qualifier.
QUALIFIERS_BEFORE: dict[str, str] = {
    "more than": "more_than", "over": "more_than", "above": "more_than",
    "exceeding": "more_than", "exceeds": "more_than", "exceeded": "more_than",
    "exceed": "more_than", "in excess of": "more_than", "upwards of": "more_than",
    "well over": "more_than", "just over": "more_than", "greater than": "more_than",
    "well above": "more_than", "just above": "more_than", "surpassed": "more_than",
    "topped": "more_than", "longer than": "more_than",
    "not exceed": "up_to", "not to exceed": "up_to", "no longer than": "up_to",
    "not longer than": "up_to",
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "not less than": "at_least", "not fewer than": "at_least", "a minimum of": "at_least",
    "less than": "less_than", "fewer than": "less_than", "under": "less_than",
    "below": "less_than", "just under": "less_than", "just below": "less_than",
    "up to": "up_to", "as many as": "up_to", "as much as": "up_to", "at most": "up_to",
    "no more than": "up_to", "not more than": "up_to", "a maximum of": "up_to",
    "as few as": "up_to",
    "about": "approx", "around": "approx", "approximately": "approx", "approx.": "approx",
    "nearly": "approx", "almost": "approx", "some": "approx", "roughly": "approx",
    "an estimated": "approx", "estimated": "approx", "close to": "approx", "circa": "approx",
    "c.": "approx", "just about": "approx", "an approximate": "approx", "about some": "approx",
    "almost exactly": "approx", "nearly some": "approx", "reportedly": "approx",
}
# After the figure: "200 or more".
QUALIFIERS_AFTER: dict[str, str] = {
    "or more": "at_least", "and more": "at_least", "or over": "at_least",
    "or longer": "at_least", "or above": "at_least", "or higher": "at_least",
    "or less": "up_to", "or fewer": "up_to", "or so": "approx", "plus": "more_than",
    "-plus": "more_than", "+": "more_than",
}

# Vague amounts → (low, high) from the spec's table, longest phrase first.
VAGUE: dict[str, tuple[float, float]] = {
    "hundreds of millions": (2e8, 999_999_999),
    "tens of millions": (2e7, 99_999_999),
    "hundreds of thousands": (200_000, 999_999),
    "tens of thousands": (20_000, 99_999),
    "several million": (3_000_000, 9_999_999),
    "several thousand": (3_000, 9_999),
    "several hundred": (300, 999),
    "several dozen": (36, 99),
    "billions": (2e9, 9_999_999_999),
    "millions": (2_000_000, 9_999_999),
    "thousands": (2_000, 9_999),
    "hundreds": (200, 999),
    "dozens": (24, 99),
    "scores": (40, 99),
    "several": (3, 9),
}

# Multiplier words (kind change) → factor.
CHANGE_WORDS: dict[str, float] = {
    "doubled": 2, "doubling": 2, "tripled": 3, "trebled": 3, "tripling": 3,
    "quadrupled": 4, "quadrupling": 4, "quintupled": 5, "halved": 0.5, "halving": 0.5,
    "twice": 2, "thrice": 3, "double": 2, "triple": 3, "quadruple": 4,
}
FOLD_WORDS: dict[str, float] = {
    "twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6,
    "sevenfold": 7, "eightfold": 8, "ninefold": 9, "tenfold": 10, "elevenfold": 11,
    "twelvefold": 12, "fifteenfold": 15, "twentyfold": 20, "thirtyfold": 30,
    "fortyfold": 40, "fiftyfold": 50, "hundredfold": 100,
}
# "N times" is a change only next to a comparison or a growth verb,
# otherwise it is a frequency ("three times a year").
TIMES_AFTER = ("more", "less", "higher", "lower", "larger", "bigger", "greater", "fewer",
               "smaller", "as", "over", "than", "faster", "cheaper", "costlier", "the",
               "compared", "increase", "growth", "rise", "jump", "more,", "in")
GROWTH_VERBS = ("increased", "increase", "increases", "increasing", "grew", "grown", "grow",
                "grows", "growing", "rose", "risen", "rise", "rises", "rising", "up", "down",
                "fell", "fallen", "fall", "falls", "dropped", "drop", "declined", "decline",
                "decreased", "decrease", "jumped", "jump", "surged", "soared", "climbed",
                "multiplied", "expanded", "shrank", "shrunk", "contracted", "by", "went",
                "gone", "has", "have", "had", "was", "is", "be", "been", "almost", "nearly",
                "roughly", "about", "some", "more", "than", "over")
# Verbs that make "from X to Y" two facts (a before and an after) rather than a range.
CHANGE_VERBS = ("rose", "risen", "rise", "rises", "rising", "grew", "grown", "grow", "grows",
                "growing", "increased", "increase", "increases", "increasing", "fell",
                "fallen", "fall", "falls", "falling", "dropped", "drop", "drops", "declined",
                "decline", "declining", "decreased", "decrease", "jumped", "jump", "climbed",
                "climb", "surged", "soared", "shrank", "shrunk", "shrink", "went", "gone",
                "up", "down", "expanded", "doubled", "tripled", "cut", "reduced", "raised",
                "slipped", "plunged", "plummeted", "tumbled", "swelled", "changed", "moved")

# Durations: the unit word → (spec unit, multiplier).
DURATION_UNITS: dict[str, tuple[str, float]] = {
    "year": ("year", 1), "years": ("year", 1), "yr": ("year", 1), "yrs": ("year", 1),
    "month": ("month", 1), "months": ("month", 1),
    "week": ("week", 1), "weeks": ("week", 1),
    "day": ("day", 1), "days": ("day", 1),
    "hour": ("hour", 1), "hours": ("hour", 1),
    "minute": ("minute", 1), "minutes": ("minute", 1),
    "decade": ("year", 10), "decades": ("year", 10),
    "century": ("year", 100), "centuries": ("year", 100),
}
# A duration followed by one of these is an age or a point in time, not a length.
DURATION_NOT_AFTER = ("ago", "old", "-old", "earlier", "later", "before", "after", "hence",
                      "of age", "younger", "older", "back")

PERCENT_WORDS = ("%", "percent", "per cent", "per-cent", "pct", "percentage points",
                 "percentage point", "pp")

# Words that make the number after them an identifier, not a figure.
IDENTIFIER_WORDS = frozenset("""
no nos no. nos. num. # № article art art. articles section sec sec. sections
chapter ch ch. clause paragraph para part table tables figure fig fig. chart page pages p p.
pp pp. version v v. ver resolution decree law order item point annex appendix room flight
route bus platform gate case target goal step phase stage level grade episode volume vol
vol. issue act rule protocol building block apartment apt unit brief bulletin code id
window line highway lot tier band division category class team boeing airbus model type
mark row seat terminal hall ward zone sector box form schedule bill amendment covid sdg
iphone windows season round match game squad kilometre km mile exit terminal track channel
district precinct school№ ordinance directive regulation convention statute verse psalm
hotline tel phone fax ext extension pin code postcode zip
""".split())

# Words before a number that make it an age.
AGE_WORDS = ("aged", "age", "ages", "aged between", "age of", "ages of")

# Determiners after which a small count only points back at a named set.
BACKREF_DETERMINERS = ("the", "these", "those", "both", "all", "all the", "the other",
                       "its", "their", "our", "his", "her", "each of the", "the remaining")

# Words that stop a noun phrase after a figure.
NP_STOP = frozenset("""
in on at from to for with by of about across into over under between through during since
after before per via than as like within without among around near worth including
including, against toward towards upon onto off out up down along behind beyond despite
and or but while who which that whose where when whom if because so yet nor
the a an this these those their our its his her my your each every any some no
is are was were be been being have has had will would can could may might must should
shall do does did not also now still already just only even ever never then there here
this last next ago old years months weeks days a.m. p.m. am pm
said say says told noted added according
""".split())

# Nouns counted in page furniture, never a fact.
COUNT_NOUN_STOP = frozenset("""
views likes comments shares reads hits clicks votes points goals seconds times
kilometres kilometers km miles metres meters percent
""".split())

# Fractions are not facts ("two-thirds", "a quarter of").
FRACTION_WORDS = frozenset("""
half halves third thirds quarter quarters fifth fifths sixth sixths tenth tenths
""".split())

# Where a bare number inherits the counted noun of the figure before it
# in the same sentence ("7,862 people arrived from China and 4,515 from Mongolia").
ELLIPSIS_BEFORE = ("and", "with", "while", "but", "from", "to", "versus", "vs", "vs.",
                   "against", "compared with", "compared to", "than", "followed by")

# "the number of X", "the figure for X": the counted group named before a bare figure.
NUMBER_OF_NOUNS = ("number", "numbers", "figure", "figures", "total", "population",
                   "count", "tally", "headcount", "size", "ranks")

# Verbs in the third person that look like plural nouns; they end a noun
# phrase ("the figure for Tatars rises to ...").
VERBS_S = frozenset("""
rises falls grows lives works remains holds stands says shows makes takes gets comes goes
runs seems needs includes accounts counts exceeds reaches totals represents means numbers
increases decreases drops declines stays returns leaves moves wants does receives sends
earns pays costs spends attends studies teaches helps plans hopes expects faces lacks marks
hosts employs owns operates unites brings tops puts sees gives keeps calls lists shares
ranks amounts equals doubles triples halves varies ranges estimates suggests notes adds
reports states claims believes thinks knows feels looks appears becomes belongs depends
consists contains covers serves supports provides offers requires allows continues starts
begins ends opens closes joins meets visits arrives departs settles rents buys sells
""".split())
