"""Rows added with bug fixes: each once went wrong (see the note)."""
from . import Case, Neg, cnt, date, fig, org, pop, rng


def money(quote, value, unit, qualifier="exact", **fields):
    # The package's `money` name is shadowed by the money.py module once loaded.
    return fig("money", quote, value, qualifier, unit=unit, **fields)


CASES = [
    Case("The figure for Crimean Tatars in Romania rises to 20,000-25,000, the census office said.",
         [rng("population", "20,000-25,000", 20000, 25000, subject="Crimean Tatars")],
         note="a verb ending in -s ('rises') once became the counted noun"),
    Case("Georgia will fund 300 students in the 2024-25 academic year.",
         [pop("300", 300, subject="students"), date("2024-25", "2024/2025")],
         note="'academic' is also a people noun; a year range before it is still a date"),
    Case("More than 600 Polish associations in Britain are grouped under nine national federations.",
         [org("More than 600", 600, "more_than", subject="Polish associations"),
          org("nine", 9, subject="national federations")],
         note="'under' after a participle is not 'less than'"),
    Neg("Views: 12,408", "a page counter after a colon is not a count of people"),
    Case("Some 90,000 Moldovans live in Portugal, and about 30,000 are Portuguese citizens.",
         [pop("Some 90,000", 90000, "approx", subject="Moldovans", place="Portugal"),
          pop("about 30,000", 30000, "approx", subject="Portuguese citizens")],
         note="the group named after 'are'"),
    Case("By mid-2023 about 1,000 Afghans had reached Poland.",
         [date("mid-2023", "2023"), pop("about 1,000", 1000, "approx", subject="Afghans")],
         note="'mid-' glued to a year"),
    Case("Many Bosnians arrived in Sweden in the '90s.", [date("the '90s", "199X")],
         note="an apostrophe decade"),
    Case("The 40,000-strong Chechen diaspora in Austria keeps its own schools.",
         [pop("40,000", 40000, subject="Chechen diaspora", place="Austria")],
         note="'N-strong' counts people"),
    Case("Indian nurses in Kuwait paid recruiters up to ₹2 lakh each.",
         [money("up to ₹2 lakh", 200000, "INR", "up_to")],
         note="Indian scale words"),
    Case("The registration deadline was 03/15/2024.", [date("03/15/2024", "2024-03-15")],
         note="a US month/day date with a day over 12"),
    Case("Nearly a million Ukrainians registered in Poland.",
         [pop("Nearly a million", 1e6, "approx", subject="Ukrainians", place="Poland")],
         note="'a million' as a number"),
    Case("In 2010 about 4,000 Uzbek students studied in Korea; by 2015 the number was close to 9,000.",
         [date("2010", "2010"), pop("about 4,000", 4000, "approx", subject="Uzbek students"),
          date("2015", "2015"), pop("close to 9,000", 9000, "approx", subject="Uzbek students")],
         note="'the number was' takes the group named before"),
    Case("Armenian traders in Tbilisi paid 310 thou. dram in fees.",
         [money("310 thou. dram", 310000, "AMD")], note="an abbreviated scale with its dot"),
    Case("Officials issued more than 5,000 residence permits to Nepalese cooks.",
         [cnt("more than 5,000", 5000, "permits", "more_than")],
         note="an acronym-free noun compound; unit is the head"),
]
