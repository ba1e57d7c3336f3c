"""Numbers and number words that are not facts, alone and beside real facts."""
from . import Case, Neg, cnt, date, org, pop, vague

CASES = [
    # Ordinals.
    Neg("It was the first Armenian school to open in Lyon.", "ordinal word"),
    Neg("The Polish community in Ealing held its 27th summer festival.", "ordinal with digits"),
    Neg("The Lebanese Club of São Paulo marks its 100th anniversary.", "ordinal anniversary"),
    Neg("Moldova ranks second among the sources of caregivers in Italy.", "ordinal word"),
    Neg("Filipinos are the third-largest foreign group in Japan.", "ordinal compound"),

    # Identifiers and names.
    Neg("The COVID-19 pandemic hit Indian workers in the Gulf hard.", "identifier"),
    Neg("Decree No. 512 simplifies residence rules for Armenians from Syria.", "decree number"),
    Neg("Article 12 of the law guarantees Kurdish-language teaching.", "article number"),
    Neg("Section 10 of the act covers Mexican seasonal workers.", "section number"),
    Neg("Resolution No. 286 of the cabinet regulates benefits for Ukrainian refugees.", "resolution number"),
    Neg("Table 1 lists the Moldovan associations by region.", "table reference"),
    Neg("Figure 3 shows how Chechen households spend remittances.", "figure reference"),
    Neg("The survey of Syrian doctors is summarized on page 14.", "page number"),
    Neg("The G20 discussed remittance costs for Somali families.", "group name"),
    Neg("The consulate's booking app, version 3.2, now supports Tagalog.", "version number"),
    Neg("E-8 visas are popular among Filipino farmhands in South Korea.", "visa category"),
    Neg("The Boeing 737 carrying Indian workers landed in Kochi.", "aircraft model"),
    Neg("Flight TK 1774 from Istanbul carried Syrian returnees.", "flight number"),
    Neg("Chișinău launched the DAR 1+3 programme for diaspora investors.", "programme name"),
    Neg("Karen Sargsyan was promoted to counsellor of the III rank.", "Roman numeral rank"),
    Neg("The Ukrainian Centre No. 3 in Kraków closed for renovation.", "numbered name"),

    # Contact details, clock times, counters, numbering.
    Neg("Syrian Armenians can reach the repatriation hotline at +374 10 52 34 11.", "phone number"),
    Neg("Filipinos in Kobe can call the consulate on (078) 331 6020.", "phone number"),
    Neg("The Polish consulate in Manchester opens at 09:00.", "time of day"),
    Neg("The rally for Kurdish rights starts at 10:30 in Sergels torg.", "time of day"),
    Neg("Voting for Moldovans abroad closes at 6 p.m. local time.", "time of day"),
    Neg("The Armenian church service begins at 11 am.", "time of day"),
    Neg("Views: 5,182", "page view counter"),
    Neg("Comments: 14 | Views: 2 301", "page counters"),
    Neg("1. Introduction", "list numbering"),
    Neg("2. Ukrainians in the Polish labour market", "list numbering"),

    # 'one of', 'both', back-references.
    Neg("Armenian is one of the languages taught at the Marseille school.", "'one of'"),
    Neg("Indians are one of the largest diaspora groups in the UAE.", "'one of'"),
    Neg("Both countries agreed to recognise Moldovan driving licences.", "'both'"),
    Neg("Poland and Ukraine signed the accord, and the two countries will share data on refugees.",
        "a definite back-reference to a named set"),
    Neg("Kurds live in parts of Turkey, Iraq and Iran, and these three countries rarely cooperate.",
        "a demonstrative back-reference"),
    Neg("The ministry picked Tokyo, Osaka and Nagoya, and the three cities will host Filipino job fairs.",
        "a definite back-reference to a named set"),

    # Frequencies.
    Neg("The Somali community council meets once a month.", "frequency"),
    Neg("The Armenian choir rehearses twice a week and tours three times a year.", "frequencies"),
    Neg("Mexican consuls visit the detention centres every two weeks.", "frequency"),

    # Relative time.
    Neg("The Syrian bakery in Berlin reopened today.", "relative time"),
    Neg("Moldovan workers in Italy have recently won a pay rise.", "relative time"),
    Neg("More Ukrainians returned home earlier this year.", "relative time"),
    Neg("The Lebanese club was renovated five years ago.", "relative time"),
    Neg("Kurdish associations received less funding last year.", "relative time"),
    Neg("The number of Polish shops in Leeds grew during the year.", "relative time"),

    # Fractions.
    Neg("Half of the Filipino trainees in Japan work in factories.", "fraction"),
    Neg("A third of Poles in Britain have applied for settled status.", "fraction"),
    Neg("Two-thirds of Chechen refugees in Austria live in Vienna.", "fraction"),
    Neg("A quarter of the members of the Lebanese club are under 30.", "fraction and age"),

    # Ages.
    Neg("The Ukrainian summer camp is open to children aged 14 to 18.", "age range"),
    Neg("A 52-year-old Moldovan caregiver won her court case in Naples.", "age"),
    Neg("Ahmed, 52, a Syrian baker, opened his shop in Cologne.", "age after a name"),
    Neg("Indian women over 45 are exempt from the rule.", "age"),
    Neg("Applicants younger than 30 get priority for working-holiday visas.", "age"),

    # Scores, ratings, proportions, idioms.
    Neg("Armenia beat France 3-1 in the friendly in Yerevan.", "score"),
    Neg("The Filipino restaurant in Osaka is rated 4.5 out of 5.", "rating"),
    Neg("One in five Mexicans in Chicago works in hospitality.", "'one in five'"),
    Neg("Filipino caregivers in some Japanese homes are on call 24/7.", "idiom, not a date"),

    # Non-facts beside real facts.
    Case("Fourth-generation Lebanese Brazilians number around 2 million.",
         [pop("around 2 million", 2000000, "approx")],
         note="an ordinal compound is not a fact"),
    Case("Under Article 7, 3,000 Filipino caregivers may enter Japan each year.",
         [pop("3,000", 3000, subject="Filipino caregivers")],
         note="'Under' qualifies the article number, not the figure; 'each year' is a frequency"),
    Case("Call +48 22 625 11 90 to join the 1,200 Ukrainian volunteers registered in Warsaw.",
         [pop("1,200", 1200, subject="Ukrainian volunteers")],
         note="the phone number is not a fact"),
    Case("The Armenian school, one of the oldest in Marseille, has 340 pupils.",
         [pop("340", 340, subject="pupils")],
         note="'one of' is not a fact"),
    Case("At 10:30 on Sunday, hundreds of Kurds gathered in Malmö.",
         [vague("population", "hundreds", "hundreds", subject="Kurds")],
         note="a clock time is not a fact"),
    Case("Ahmed, 47, said 15 Syrian families in his street had found work.",
         [cnt("15", 15, "families")],
         note="an age after a name is not a fact"),
    Case("Section 4 of the Polish law lets 60 Ukrainian associations apply for grants.",
         [org("60", 60, subject="Ukrainian associations")],
         note="a section number is not a fact"),
    Case("For the 30th time, Moldovans in Padua celebrated Independence Day on August 27.",
         [date("August 27", "XXXX-08-27")],
         note="an ordinal is not a fact"),
    Case("Armenia and Georgia were both represented, and the two countries sent 45 delegates.",
         [pop("45", 45, subject="delegates")],
         note="'both' and 'the two countries' are not facts"),
]
