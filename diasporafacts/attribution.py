"""Who a figure is attributed to: the `speaker` field of FACTS.md.

One Attributor per document. The first speaker_at() call starts a single
left-to-right pass, paragraph by paragraph, only as far as that figure;
what the pass learns is kept per sentence, so every later figure of the
document costs a lookup. In each paragraph the pass

- finds the dateline (its outlet, the publisher, is never a speaker) and
  interview labels (Q:/A:, Question:/Answer:; answers belong to the
  interviewee the introduction named);
- finds quoted speech in straight, curly and «» quotes and dash-led
  paragraphs, and blanks it out so nothing inside is read as attribution;
- reads each sentence's reporting frames: "X said (that) ...", "..., X
  said", "..., said X, title", "..., he said, ...", "according to X",
  "as reported by X", "the correspondent quotes X"; each frame covers the
  part of the sentence that is reported, not the speaker's apposition;
- resolves pronouns and descriptions ("she", "it", "the centre", "the
  deputy director", "the study") against the people and bodies named so
  far, people also from mentions like "President X" or "X, chairman of Y";
- gives a quotation the frame that closes or opens it, else the last one
  who spoke (a quoted paragraph carries on the previous speaker).

Word lists live in data/attribution.toml; country names come from pycountry.
"""
from __future__ import annotations

import bisect
import itertools
import logging
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import regex

log = logging.getLogger(__name__)

def _load_words(path: Path) -> dict[str, frozenset[str]]:
    table = tomllib.loads(path.read_text("utf-8"))
    words = {name: frozenset(w.lower() for w in values)
             for section in ("verbs", "words", "nouns")
             for name, values in table[section].items()}
    empty = [name for name, values in words.items() if not values]
    if empty:
        raise ValueError(f"{path}: empty word lists {empty}")
    synonyms: dict[str, frozenset[str]] = {}
    for group in table["synonyms"]["groups"]:
        for word in group:
            synonyms[word] = frozenset(group)
    words["_synonyms"] = synonyms  # type: ignore[assignment]
    return words


W = _load_words(Path(__file__).parent / "data" / "attribution.toml")
SYNONYMS: dict[str, frozenset[str]] = W.pop("_synonyms")  # type: ignore[arg-type]
PRONOUNS = W["pronouns_person"] | W["pronouns_body"] | W["pronouns_self"]
# Capitalized only because they open a sentence: "Researchers found", "The".
COMMON = (W["determiners"] | W["unnamed"] | W["reports"] | W["outlet_descriptions"]
          | W["titles"] | W["organizations"] | PRONOUNS | W["subordinators"]
          | W["adverbs"] | W["particles"] | W["documents"]
          | W["not_names"] | {"according", "in", "on", "at", "for", "by", "local", "official", "some"})
# Capitalized words that never start or continue a name: "Since Moscow".
NOT_NAME = (W["subordinators"] | W["determiners"] | W["adverbs"] | PRONOUNS | W["not_names"]
            | {"according", "in", "on", "at", "for", "by", "from", "with", "during", "under", "after",
               "before", "including", "unlike", "like", "despite", "to", "into", "between"})
KNOWN_NOUNS = (W["titles"] | W["organizations"] | W["outlet_descriptions"]
               | W["reports"] | W["unnamed"])


def _trie(words) -> str:
    """One pattern for a word list, common prefixes shared: far faster than
    a plain alternation, which is tried word by word at every position."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + build(node[ch]) for ch in sorted(node) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


# The standard re module runs this trie pattern several times faster than
# regex does; the lookahead skips positions no verb can start at.
_VERB = re.compile(r"\b(?=[" + "".join(sorted({w[0] for w in W["report"]})) + r"])(?<![\w'’-])"
                   + _trie(W["report"]) + r"(?![\w'’-])")
# "according to X", and its passive cousins "as reported by X", "cited by X".
# (stdlib re: [^\W\d_] is a letter; the text must hold "ccording" or "by")
_ACCORDING = re.compile(r"(?<![^\W\d_])(?:[Aa]ccording\s+to|(?:[Aa]s\s+)?(?:reported|stated|announced|"
                           r"quoted|cited|estimated|calculated)\s+by)\s+")
# Words (hyphens, apostrophes and inner dots kept), runs of the "_" that
# blanks out quoted speech, and single marks.
_TOKEN = re.compile(r"_+|[^\W_]+(?:(?:['’&-]|\.(?=[^\W_]))[^\W_]*)*|[^\s\w]")
_CLAUSE_STOP = re.compile(r"[,.;:!?–—]")
_ADDING = re.compile(r",\s+(?:adding|saying|noting|explaining|stressing|warning)(?:\s+that)?\s")
_SPEECH_WORD = re.compile(r"[^\W_]+")  # letters and digits
# (a comma between digits is a thousands separator: "a survey of 2,400 migrants by X")
_ACCORDING_END = re.compile(r"(?<!\d),|,(?!\d)|[;:()–—]|\s-\s|\.(?:\s|$)")
_QUOTE_CHAR = re.compile(r"[“”«»\"]")
_DASH_LEAD = re.compile(r"[–—]\s*|-\s+")
# The end of a dash-led quote: ", – said ..." or ",” Tokayev said".
_DASH_CLOSE = re.compile(r"[,.!?…](?:\s*[–—]|\s+-)\s|[,.!?…][”»\"]")
_QA = regex.compile(r"(?P<label>Q|A|Question|Answer)\s*(?:\.\s*:|:|\.(?=\s))\s*", re.IGNORECASE)
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?")
_DATE = (rf"(?:\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?"
         rf"|{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?)")
_PLACE = r"\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}"
# BAKU, March 3 (Trend) – / BISHKEK (Kyrgyz Labour Herald) – / 2 Dec 2024 (X) –
_DATELINE = regex.compile(
    rf"(?:{_PLACE}(?:\s*,\s*(?P<date>{_DATE}))?|(?P<date2>{_DATE}))"
    # one run of blanks before the dash whether or not an outlet comes
    # first: two optional runs side by side backtrack quadratically
    rf"\s*(?:(?:\((?P<outlet>[^()\n]{{2,60}})\)|\.\s+(?P<caps>\p{{Lu}}[\p{{Lu}}\p{{N}}.-]+))\s*)?"
    rf"(?:[–—]{{1,2}}|-{{1,2}})\s+")  # or "ASTANA. KAZINFORM –"
_SOURCE_LINE = regex.compile(r"(?:Source|Sources|By)\s*:?\s+(?P<who>\p{Lu}[^\n]{1,80})")
# A capitalized run, "of"/"for"/"the" inside: candidate names of bodies.
_CAP = r"\p{Lu}[\p{L}\p{M}\p{N}'’&-]*"
_CAPRUN = regex.compile(rf"{_CAP}(?:\s+(?:(?:of|for|on|and|with|the|de|ng|del|da|dos|van|von|der)\s+)*{_CAP})*")
# "the Nepal Rastra Bank (NRB)": an acronym in brackets right after a name.
_ACRONYM_DEF = re.compile(r"\(\s*([A-Z][A-Z0-9&]{1,9})\s*\)")

# Person mentions that are not (yet) speakers: "Aziz Tursunov heads the
# society", "President Ilham Aliyev", "Kanat Ermekov, chairman of X". They
# give "he"/"she" and "the chairman" something to point back to.
_PNAME = r"\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)?"
_CAPS_RUN = regex.compile(rf"(?<![\p{{L}}\p{{N}}'’-]){_PNAME}(?:\s+{_PNAME}){{1,4}}(?![\p{{L}}\p{{N}}'’-])")
_APPOSED = regex.compile(r",\s+(?P<age>\d{1,3},\s+)?(?P<app>[^,.;:()“”\"«»]{1,100})")
# A short opening phrase before a sentence's subject: "On Monday, ",
# "In an interview with Kurier, ".
_INTRO = regex.compile(r"(?i:in|on|at|during|after|before|earlier|later|meanwhile|separately|"
                       r"speaking|addressing|opening|last|this|also|now|today|yesterday)\b[^,;:]{0,50},\s*")
_WINDOW = 300  # characters looked at around a verb: subjects are short
# Bounds that keep odd input (a megabyte-long "sentence", a list of 10,000
# names) linear: real sentences have a few frames, real articles a few
# dozen people and bodies, and a pronoun points back only so far.
_MAX_FRAMES = 32
_RECENT = 200
_BODY_REACH = 1500  # characters within which "the agency" may mean a body named in other words
_DATA = frozenset({"data", "figures", "statistics", "estimates", "estimate", "numbers", "records", "calculations"})
_PREPOSITIONS = frozenset({"of", "in", "from", "at", "for", "on", "with", "to", "near", "across",
                           "outside", "inside", "under", "over", "between", "among", "based"})
_ARTICLES = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})
_DELIMITERS = frozenset(",;:()“”\"«»–—-[]")
_QUOTE_ENDS = ("”", '"', "»", "_", "–", "—", "-")
# What may follow a name placed after its verb: "said X, title" / "said X of Y".
_NP_ENDS = frozenset({",", ".", ";", ":", "(", "–", "—", "-", "of", "who", "from", "at", "in",
                      "on", "during", "as", "to", "whose", "which", "and", "after", "before"})
# ", Rustam Galeev," after "according to the head of the community".
_NAMED_AFTER = regex.compile(r",\s+(?P<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?=\s*(?:[,.;]|$))")
# ", an Istanbul-based NGO" after "according to X": part of the source.
_APPOSITION = regex.compile(r",\s+(?:an?|one|which|who|whose|its|their)\s[^,;:]*")
_NOFRAME = object()  # the words name no source at all
_TITLE_ONLY = object()  # a title no one was introduced with yet


@dataclass
class _Frame:
    speaker: str | None
    content: list[tuple[int, int]]  # absolute spans the attribution covers
    start: int  # where the attribution phrase starts (speaker or verb)
    verb: tuple[int, int]
    mode: str  # pre, post, paren, inverted, according


@dataclass
class _Quote:
    start: int  # first character inside
    end: int  # end of the inside
    open: int  # the opening mark (or dash)
    close_end: int | None  # after the closing mark, None when it runs on
    speaker: str | None = None


@dataclass
class _Sentence:
    frames: list[_Frame] = field(default_factory=list)
    role: str | None = None  # "q" or "a" inside an interview


@dataclass
class _Person:
    name: str
    titles: set[str]
    pos: int


def _tokens(text: str, base: int) -> list[tuple[str, int, int]]:
    # findall + find is faster than a match object per token; a token never
    # holds whitespace and only whitespace lies between tokens, so find()
    # from the previous token's end lands on the next one.
    out, at, find = [], 0, text.find
    for tok in _TOKEN.findall(text):
        at = find(tok, at)
        end = at + len(tok)
        out.append((tok, base + at, base + end))
        at = end
    return out


def _is_word(tok: str) -> bool:
    return tok[:1].isalnum()


@lru_cache(maxsize=1 << 16)
def _low(tok: str) -> str:
    """The word lowercased, without a final stop or possessive 's."""
    tok = tok.lower().rstrip(".")
    for suffix in ("'s", "’s"):
        if tok.endswith(suffix):
            return tok[:-2]
    return tok


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _possessive(tok: str) -> bool:
    return tok.endswith(("'s", "’s", "s'", "s’"))


def _capitalized(tok: str, first: bool = False) -> bool:
    """A proper-name word: capitalized, not a modifier like "Kazan-based",
    not a common word that is capitalized only because it opens a clause."""
    if not tok[:1].isupper():
        return False
    if "-" in tok and tok.rsplit("-", 1)[1].lower() in W["hyphen_modifiers"]:
        return False
    return not (first and _low(tok) in COMMON)


def _acronym(tok: str) -> bool:
    bare = tok.rstrip(".").replace(".", "")
    return len(bare) >= 2 and bare.isupper() and bare.isalpha()


def _bodyish(tok: str) -> bool:
    low = _low(tok)
    return (low in W["organizations"] or _singular(low) in W["organizations"]
            or low in W["outlet_names"] or (_acronym(tok) and len(tok) <= 6))


def _body_named(name: str) -> bool:
    """A body's name: its last word is a body word ("Somali Diaspora
    Research Center") or one before "of/on/for" is ("Ministry of Labour
    and Social Protection of Population", "Committee on Work with
    Diaspora"); people's names hold no such word."""
    toks = name.split()
    if _bodyish(toks[-1]):
        return True
    return any(_bodyish(t) and toks[n + 1].lower() in ("of", "on", "for")
               for n, t in enumerate(toks[:-1]) if t[:1].isupper())


@lru_cache(maxsize=1)
def _countries() -> tuple[frozenset[str], frozenset[str]]:
    """Country names, whole and as single words, which are never people."""
    import pycountry

    names = {getattr(c, a) for c in pycountry.countries
             for a in ("name", "common_name", "official_name") if getattr(c, a, None)}
    return frozenset(n.lower() for n in names), frozenset(n.lower() for n in names if " " not in n)


@lru_cache(maxsize=1 << 14)
def _personlike(name: str) -> bool:
    """A mention that could be a person: no place, body or common word in it."""
    whole, single = _countries()
    lows = [_low(t) for t in name.split()]
    if name.lower() in whole or lows[-1] in single or lows[0].endswith("ing"):
        return False  # a country, or "Maintaining Solidarity"
    return not any(w in COMMON or w in W["place_words"] or w in W["outlet_names"] for w in lows)


def _join(toks) -> str:
    return " ".join(t[0] for t in toks).replace(" - ", "-").rstrip(".,")


class Attributor:
    """The speaker of figures in one document; see the module docstring."""

    def __init__(self, text: str, sentences: list[tuple[int, int]]):
        self.text = text if isinstance(text, str) else ""
        n = len(self.text)
        self.sentences = [(s, min(e, n)) for s, e in (sentences or []) if 0 <= s < min(e, n)]
        self.errors = 0  # failures swallowed so that a document never fails
        self._ready = False

    def speaker_at(self, start: int, end: int) -> str | None:
        """The named person or body the figure at text[start:end] is
        attributed to, or None."""
        try:
            return self._speaker_at(start)
        except Exception:  # a figure without a speaker beats a failed document
            self.errors += 1
            log.debug("speaker_at(%d) failed", start, exc_info=True)
            return None

    # -- lookup -------------------------------------------------------------

    def _speaker_at(self, pos: int) -> str | None:
        if not self._ready:
            self._prepare()
        i = bisect.bisect_right(self._starts, pos) - 1
        if i < 0 or pos >= self.sentences[i][1]:
            return None
        self._advance(self._para_of[i])
        if self._dateline and self._dateline[0] <= pos < self._dateline[1]:
            return None
        sent = self._info[i]
        if sent.role == "q":
            return None
        for q in self._quotes_near(pos):
            if q.start <= pos < q.end:
                return q.speaker
        # "Ivanov said 300 came, while Petrov said 500": the nearest verb wins
        covering = [f for f in sent.frames if any(a <= pos < b for a, b in f.content)]
        if covering:
            return min(covering, key=lambda f: min(abs(pos - f.verb[0]), abs(pos - f.verb[1]))).speaker
        if sent.role == "a":
            return self._interviewee
        return None

    def _quotes_near(self, pos: int):
        j = bisect.bisect_right(self._quote_starts, pos) - 1
        return self._quotes[max(0, j - 2):j + 1]

    # -- document set-up ----------------------------------------------------

    def _prepare(self) -> None:
        text, sents = self.text, self.sentences
        self._starts = [s for s, _ in sents]
        self._info = [_Sentence() for _ in sents]
        self._paras: list[tuple[int, int]] = []  # sentence index ranges
        self._para_of: list[int] = []
        for i, (s, _) in enumerate(sents):
            gap = text[sents[i - 1][1]:s] if i else "\n"
            if "\n" in gap or "\r" in gap or "\u2029" in gap or not self._paras:
                self._paras.append((i, i + 1))
            else:
                self._paras[-1] = (self._paras[-1][0], i + 1)
            self._para_of.append(len(self._paras) - 1)
        self._done = 0  # paragraphs processed
        self._cur: tuple[str, int] = ("", 0)  # the sentence being read, its offset
        self._cur_toks: list | None = None
        self._cur_starts: list[int] = []
        self._quotes: list[_Quote] = []
        self._quote_starts: list[int] = []
        self._persons: dict[str, _Person] = {}  # in order of their latest mention
        self._by_word: dict[str, str] = {}  # a word of a person's name -> the name
        self._last_person: str | None = None
        self._last_body: str | None = None
        self._last_said: str | None = None  # who an unattributed quotation goes to
        self._reports: list[tuple[int, str, str]] = []  # pos, noun, body
        self._bodies: dict[str, tuple[set[str], int]] = {}  # cited body -> (describing words, pos)
        self._outlets: list[tuple[int, str]] = []
        self._mentions: list[tuple[int, str, frozenset[str]]] | None = None
        self._acronyms: dict[str, tuple[int, str]] | None = None  # acronym -> (where defined, full name)
        self._mode: str | None = None
        self._interviewee: str | None = None
        self._interview_seen = False
        self._dashed = False  # inside a dash-led interview (questions end with "?")
        self._publishers: set[str] = set()
        self._dateline: tuple[int, int] | None = None
        self._find_dateline()
        self._find_publishers()
        self._ready = True

    def _find_dateline(self) -> None:
        for i, (s, e) in enumerate(self.sentences[:6]):
            if s > 3000:
                break
            m = _DATELINE.match(self.text, s, e)
            if m and (m.group("outlet") or m.group("caps") or m.group("date") or m.group("date2")):
                self._dateline = (s, m.end())
                outlet = m.group("outlet") or m.group("caps")
                if outlet:
                    self._publishers.add(outlet.strip().lower())
                return

    def _find_publishers(self) -> None:
        """The byline at the top and a "Source: X" line at the foot name the
        publisher, who is never a speaker."""
        edges = self.sentences[:3] + self.sentences[-2:]
        for s, e in edges:
            m = _SOURCE_LINE.fullmatch(self.text, s, e)
            if m:
                self._publishers.add(m.group("who").strip(" .").lower())

    def _body_mentions(self) -> list[tuple[int, str, frozenset[str]]]:
        """Capitalized names holding a body word, in text order."""
        if self._mentions is None:
            found = []
            for m in _CAPRUN.finditer(self.text):
                toks = m.group().split()
                lows = [_low(t) for t in toks]
                if not any(w in W["organizations"] for w in lows) or any(w in W["documents"] for w in lows):
                    continue
                while toks and (_low(toks[0]) in W["titles"] or _low(toks[0]) in W["particles"]
                                or toks[0] == "The" or not _capitalized(toks[0])):
                    toks, lows = toks[1:], lows[1:]
                if toks and toks[-1].endswith(("'s", "’s")):
                    toks[-1] = toks[-1][:-2]  # "the Committee's press service"
                if len(toks) == 1 and _low(toks[0]) in W["organizations"]:
                    continue  # "Committee" alone names no one
                if toks:
                    found.append((m.start(), " ".join(toks).rstrip(".,"), frozenset(lows)))
            self._mentions = found
        return self._mentions

    def _spelled_out(self, acronym: str, pos: int) -> str:
        """"The DMW said": the name the article gave the acronym earlier."""
        if self._acronyms is None:
            self._acronyms = {}
            if "(" in self.text:
                for m in _ACRONYM_DEF.finditer(self.text):
                    name = self._name_before(m.start())
                    if name and name[0] == m.group(1)[0] and m.group(1) not in self._acronyms:
                        self._acronyms[m.group(1)] = (m.start(), name)
        found = self._acronyms.get(acronym.rstrip(".").replace(".", ""))
        return found[1] if found and found[0] < pos else acronym

    def _name_before(self, end: int) -> str | None:
        """The capitalized name that ends right before `end` (spaces between)."""
        window = self.text[max(0, end - 150):end].rstrip()
        last = None
        for last in _CAPRUN.finditer(window):
            pass
        if last is None or last.end() != len(window):
            return None
        toks = last.group().split()
        while toks and (toks[0] == "The" or _low(toks[0]) in W["particles"]):
            toks = toks[1:]
        return " ".join(toks) or None

    # -- the pass -----------------------------------------------------------

    def _advance(self, para: int) -> None:
        while self._done <= para and self._done < len(self._paras):
            try:
                self._paragraph(*self._paras[self._done])
            except Exception:  # one odd paragraph must not silence the rest
                self.errors += 1
                log.debug("paragraph %d failed", self._done, exc_info=True)
            self._done += 1

    def _paragraph(self, first: int, last: int) -> None:
        text = self.text
        ps, pe = self.sentences[first][0], self.sentences[last - 1][1]
        label = _QA.match(text, ps, pe)
        if label and label.group("label").lower() in ("a", "answer") and not self._interview_seen:
            label = None  # "A. Suleimenova said ..." opens no interview
        role = None
        if label:
            role = "q" if label.group("label").lower() in ("q", "question") else "a"
        else:
            role = self._dash_role(ps, pe)
        if role:
            if not self._interview_seen:  # the one the introduction named last
                self._interview_seen = True
                named = max(self._persons.values(), key=lambda p: p.pos, default=None)
                self._interviewee = self._last_person or (named.name if named else None)
            self._mode = role
        elif self._dashed:
            self._mode = None  # the narration after a dash-led interview
        self._dashed = bool(role) and not label
        quotes = self._find_quotes(ps, pe)
        masked = self._mask(ps, pe, quotes)
        for i in range(first, last):
            s, e = self.sentences[i]
            info = self._info[i]
            info.role = self._mode
            clause = s
            if self._dateline and self._dateline[0] == s:
                clause = self._dateline[1]
            sentence = masked[s - ps:e - ps]
            self._person_mentions(sentence, s, clause - s)
            info.frames = self._frames(sentence, s, clause - s)
        # who spoke, in text order: named frames and attributed quotations
        said = sorted((f.verb[0], f.speaker) for i in range(first, last)
                      for f in self._info[i].frames if isinstance(f.speaker, str))
        for q in quotes:
            q.speaker = self._quote_speaker(q, first, last, said)
            self._quotes.append(q)
            self._quote_starts.append(q.start)
        if said:
            self._last_said = max(said, key=lambda e: e[0])[1]

    def _person_mentions(self, m: str, base: int, cs: int) -> None:
        """Register people named with a title ("President Ilham Aliyev",
        "its chairman Azat Khabirov") or an apposition ("Kanat Ermekov,
        chairman of X,"); one who opens the sentence becomes the person
        "he"/"she" points back to."""
        for found in _CAPS_RUN.finditer(m, cs):
            words = found.group().split()
            cut = 0
            for n, w in enumerate(words):
                if _low(w) in W["titles"]:
                    cut = n + 1
            name = " ".join(words[cut:])
            if not 2 <= len(words) - cut <= 3 or not _personlike(name):
                continue
            titles = {_low(w) for w in words[:cut]}
            before = m[max(cs, found.start() - 40):found.start()].split()[-2:]
            if before and _low(before[-1]) in W["titles"]:
                titles |= {_low(w) for w in before}
            app = _APPOSED.match(m, found.end())
            person = bool(titles)
            if app:
                app_words = [_low(w) for w in app.group("app").split()]
                if any(w in W["titles"] for w in app_words[:4]):
                    titles |= set(app_words)
                # ", 52," and ", who chairs ..." are said of people only
                person = person or bool(titles) or app_words[0] == "who" or bool(app.group("age"))
            at = base + found.start() + found.group().find(name)
            if self._opens_clause(m, cs, found.start(), found.end()):
                self._register(name, titles, at)
                self._last_person = name
            elif person:
                self._register(name, titles, at)
                if app and app.group("age"):
                    self._last_person = name  # "Hassan's son, Mohamed Ali, 27, ...": the one "he" means next

    def _opens_clause(self, m: str, cs: int, start: int, end: int) -> bool:
        """A name opening a sentence (or following a short "On Monday," or
        "In an interview with X,") is its subject when a verb or an
        apposition follows, not "of"/"and" (a headline, a longer name), and
        only in a sentence with a final stop."""
        lead = m[cs:start]
        if lead.strip(" \t\"“«–—-") and not (start - cs < 60 and _INTRO.fullmatch(lead)):
            return False
        if m.rstrip()[-1:] not in ".!?\"”»_":
            return False
        if m[end:end + 1] == ",":
            return True
        follow = _TOKEN.match(m, end + 1) if end < len(m) else None
        return bool(follow) and follow.group().islower() and follow.group() not in NOT_NAME \
            and follow.group() not in W["particles"] and follow.group() not in W["adjuncts"]

    # -- quotations ---------------------------------------------------------

    def _find_quotes(self, ps: int, pe: int) -> list[_Quote]:
        text = self.text
        lead = _DASH_LEAD.match(text, ps, pe)
        if lead:
            closes = list(_DASH_CLOSE.finditer(text, lead.end(), pe))
            if closes:
                c = closes[-1]
                return [_Quote(lead.end(), c.start() + 1, ps, c.end())]
            if self._dash_run(ps):
                return [_Quote(lead.end(), pe, ps, None)]
            return []
        quotes, stack, straight = [], [], None
        for m in _QUOTE_CHAR.finditer(text, ps, pe):
            ch = m.group()
            if ch in "“«":
                stack.append(m.start())
            elif ch in "”»":
                if stack:
                    o = stack.pop()
                    if not stack:
                        quotes.append(_Quote(o + 1, m.start(), o, m.end()))
            elif straight is None:
                straight = m.start()
            else:
                quotes.append(_Quote(straight + 1, m.start(), straight, m.end()))
                straight = None
        for o in ([stack[0]] if stack else []) + ([straight] if straight is not None else []):
            quotes.append(_Quote(o + 1, pe, o, None))  # runs on into the next paragraph
        quotes.sort(key=lambda q: q.start)
        kept, reach = [], -1
        for q in quotes:
            if q.open >= reach and self._speech(q):
                kept.append(q)
                reach = q.end
        return kept

    def _dash_role(self, ps: int, pe: int) -> str | None:
        """A dash-led interview: "– How many live here?" asks, the dash-led
        paragraphs after it (with no "– he said" of their own) answer."""
        lead = _DASH_LEAD.match(self.text, ps, pe)
        if not lead or _DASH_CLOSE.search(self.text, lead.end(), pe):
            return None
        if self.text[ps:pe].rstrip().endswith("?"):
            return "q"
        return "a" if self._dashed else None

    def _dash_run(self, ps: int) -> bool:
        """A dash-led paragraph with no attribution of its own continues a
        quotation only right after another one."""
        return bool(self._quotes) and self._quotes[-1].open >= self._prev_para_start(ps)

    def _prev_para_start(self, ps: int) -> int:
        k = self._done - 1
        return self.sentences[self._paras[k][0]][0] if k >= 0 else ps

    def _speech(self, q: _Quote) -> bool:
        """Quoted speech, not a quoted name, title or scare quote."""
        inside = self.text[q.start:q.end]
        words = _SPEECH_WORD.findall(inside)
        if len(words) < 4:
            return False
        long_words = [w for w in words if len(w) >= 4]
        return not long_words or not all(w[0].isupper() for w in long_words)

    def _mask(self, ps: int, pe: int, quotes: list[_Quote]) -> str:
        """The paragraph with quoted speech blanked out, so reporting verbs
        and names inside a quotation are not read as attribution."""
        parts, at = [], ps
        for q in quotes:
            parts.append(self.text[at:q.start])
            parts.append("_" * (q.end - q.start))
            at = q.end
        parts.append(self.text[at:pe])
        return "".join(parts)

    def _quote_speaker(self, q: _Quote, first: int, last: int, said: list) -> str | None:
        """The speaker that closes or opens the quotation; with none, a
        quotation carries on the last one who spoke (a quoted paragraph
        after "..., X said." is X's), or the interviewee in an answer."""
        if self._mode == "q":
            return None
        frame = self._quote_frame(q, first, last)
        if frame is not None:
            said.append((q.open, frame.speaker))  # even unnamed: "– ..., – the villagers said"
            return frame.speaker
        if self._mode == "a":
            return self._interviewee
        earlier = [e for e in said if e[0] < q.open]
        return max(earlier, key=lambda e: e[0])[1] if earlier else self._last_said

    def _quote_frame(self, q: _Quote, first: int, last: int) -> _Frame | None:
        """The frame that closes the quotation ("...,” X said") or opens it
        ("X said: “...")."""
        closing = opening = None
        ends = {bisect.bisect_right(self._starts, q.open) - 1}
        if q.close_end is not None:
            ends.add(bisect.bisect_right(self._starts, q.close_end - 1) - 1)
        for i in sorted(k for k in ends if first <= k < last):
            s, e = self.sentences[i]
            for f in self._info[i].frames:
                if q.close_end is not None and f.mode in ("post", "inverted", "paren") \
                        and s <= q.close_end <= f.start < e \
                        and not _QUOTE_CHAR.search(self.text, q.close_end, f.start):
                    if closing is None or f.start < closing.start:
                        closing = f
                if f.mode == "pre" and s <= f.verb[1] <= q.open < e:
                    lead = self.text[f.verb[1]:q.open].rstrip()
                    if lead.endswith((":", ",")) or not lead:
                        opening = f
        return closing or opening

    # -- frames in a sentence -----------------------------------------------

    def _frames(self, m: str, base: int, cs: int) -> list[_Frame]:
        """The reporting frames of one sentence; m is the sentence with
        quoted speech blanked, base its offset, cs where its clause starts
        (after a dateline)."""
        frames: list[_Frame] = []
        taken: list[tuple[int, int]] = []
        self._cur, self._cur_toks = (m, base), None
        accs = _ACCORDING.finditer(m, cs) if "by" in m or "ccording" in m else ()
        for acc in itertools.islice(accs, _MAX_FRAMES):
            got = self._according(m, base, cs, acc)
            if got:
                frames.append(got[0])
                taken.append((acc.start(), got[1]))
        for vm in _VERB.finditer(m, cs):
            if len(frames) >= _MAX_FRAMES:
                break
            if any(a <= vm.start() < b for a, b in taken):
                continue
            f = self._verb_frame(m, base, cs, vm.start(), vm.end(), vm.group().lower())
            if f:
                frames.append(f)
        frames.sort(key=lambda f: f.verb[0])
        for f, nxt in zip(frames, frames[1:]):
            if f.mode == "pre" and nxt.start > f.verb[1]:
                f.content = [(a, min(b, nxt.start)) for a, b in f.content if a < nxt.start]
        for f in frames:
            if f.speaker is _TITLE_ONLY or (isinstance(f.speaker, str) and f.speaker.lower() in self._publishers):
                f.speaker = None  # an unresolved title, or the publisher itself
            if isinstance(f.speaker, str) and _acronym(f.speaker):
                f.speaker = self._spelled_out(f.speaker, f.start)
            if isinstance(f.speaker, str):
                self._spoke(f.speaker, f.start)
        return frames

    def _tok(self, start: int, end: int) -> list[tuple[str, int, int]]:
        """Tokens of the current sentence starting between two offsets in
        it; the sentence is tokenized once, when first needed."""
        if self._cur_toks is None:
            m, base = self._cur
            self._cur_toks = _tokens(m, base)
            self._cur_starts = [t[1] - base for t in self._cur_toks]
        i = bisect.bisect_left(self._cur_starts, max(start, 0))
        return self._cur_toks[i:bisect.bisect_left(self._cur_starts, end, i)]

    def _according(self, m: str, base: int, cs: int, acc):
        end = _ACCORDING_END.search(m, acc.end(), acc.end() + _WINDOW)
        np_end = end.start() if end else min(len(m.rstrip(" .!?")), acc.end() + _WINDOW)
        toks = [t for t in self._tok(acc.end(), np_end) if _is_word(t[0])]
        if not toks:
            return None
        speaker = self._source(toks, base + acc.start())
        phrase_end = np_end
        named = _NAMED_AFTER.match(m, np_end)
        if named and (speaker is _TITLE_ONLY or speaker is None) and _personlike(named.group("name")):
            # "according to the head of the community, Rustam Galeev, ..."
            speaker = named.group("name")
            self._register(speaker, {_low(t[0]) for t in toks}, base + named.start("name"))
            phrase_end = named.end("name")
        # ", an Istanbul-based NGO" / ", which cited ..." describe the source
        app = _APPOSITION.match(m, np_end)
        if app and acc.start() > cs:
            phrase_end = app.end()
            if isinstance(speaker, str) and speaker in self._bodies:
                self._bodies[speaker][0].update(_low(t) for t in app.group().split())
        if speaker is _NOFRAME or speaker is _TITLE_ONLY:
            speaker = None
        content = [(base + cs, base + acc.start()), (base + phrase_end, base + len(m))]
        frame = _Frame(speaker, content, base + acc.start(), (base + acc.start(), base + acc.end()), "according")
        return frame, phrase_end

    def _verb_frame(self, m: str, base: int, cs: int, vs: int, ve: int, verb: str) -> _Frame | None:
        before = self._tok(max(cs, vs - 40), vs)
        if before and _low(before[-1][0]) in W["not_after"]:
            return None  # "an estimated 14 percent", "was reported"
        prev = before[-1][0] if before else ""
        if verb.endswith("ed") and m[ve:ve + 3].lstrip()[:1].isdigit() and prev.islower() \
                and prev not in PRONOUNS:
            return None  # "some estimated 14 percent"
        j = vs - 1
        while j >= cs and m[j].isspace():
            j -= 1
        if j >= cs and m[j] in ",\"”»–—-" and verb not in W["speaker_after"] | W["with_object"]:
            inv = self._after_np(m, base, ve, strict=True)
            if inv is not None:
                return _Frame(inv[0], [(base + cs, base + j)], base + vs, (base + vs, base + ve), "inverted")
        if verb in W["speaker_after"]:
            # "the correspondent quotes the villagers": the object speaks
            seg = self._segments(self._tok(max(cs, vs - _WINDOW), vs))[-1]
            s_start = seg[0][1] if seg else base + vs
            obj = self._after_np(m, base, ve, strict=False)
            speaker = obj[0] if obj else None
            r = (obj[1] - base) if obj else ve
            rest = m[r:].strip()
            if rest.lower().startswith(("as saying", "saying")):
                return _Frame(speaker, [(base + r, base + len(m))], s_start, (base + vs, base + ve), "pre")
            return _Frame(speaker, [(base + cs, s_start)], s_start, (base + vs, base + ve), "post")
        subject = self._subject(m, base, cs, vs)
        if subject is None:
            return None
        speaker, s_start = subject
        r = self._skip_object(m, ve) if verb in W["with_object"] else ve
        rest = m[r:].strip()
        b_text = m[cs:s_start - base].strip()
        if verb in W["publisher"] and not rest.strip(".!? ") and isinstance(speaker, str) \
                and not self._publishers and self._bare_name(m, s_start - base):
            speaker = None  # "..., Trend reports." with no dateline: the publisher
        mode, content = self._direction(m, base, cs, s_start - base, r, b_text)
        return _Frame(speaker, content, s_start, (base + vs, base + ve), mode)

    def _direction(self, m: str, base: int, cs: int, ss: int, r: int, b_text: str):
        """Whether what is reported comes after the verb (pre), before the
        subject (post) or on both sides of ", he said, " (paren)."""
        mode, content = self._direction_of(m, base, cs, ss, r, b_text)
        if mode == "post":
            # "..., X said on Friday, adding that 4,000 more ...": reported too
            more = _ADDING.search(m, r)
            if more:
                content = content + [(base + more.end(), base + len(m))]
        return mode, content

    def _direction_of(self, m: str, base: int, cs: int, ss: int, r: int, b_text: str):
        end = base + len(m)
        before = [(base + cs, base + ss)]
        lead = r + len(m[r:]) - len(m[r:].lstrip())
        rest = m[lead:]
        if not rest.strip(".!?…\"”» "):
            return "post", before
        first = _TOKEN.match(rest)
        fw = first.group().lower() if first else ""
        if rest[0] == ",":
            return "paren", before + [(base + lead + 1, end)]
        if rest[0] == ":":
            return "pre", [(base + lead + 1, end)]
        if fw == "that" or fw in W["complementizers"]:
            return "pre", [(base + lead + len(fw) * (fw == "that"), end)]
        quoted = b_text.endswith(_QUOTE_ENDS)
        if fw in W["adjuncts"]:
            long_b = quoted or "_" in b_text or len(b_text.split()) >= 4
            # "..., X said last year's fair had attracted 8,000 visitors": a
            # clause after the verb is what was said, however long the start
            # ("said on Monday, as ..." stays post: the adjunct ends at a comma)
            head_of_rest = _CLAUSE_STOP.split(rest, 1)[0]
            long_rest = len(head_of_rest.split()) >= 6 and not quoted and "_" not in b_text \
                and any(ch.isdigit() for ch in head_of_rest)  # "in its annual report released today." is no clause of figures
            return ("post", before) if long_b and not long_rest else ("pre", [(base + lead, end)])
        if quoted:
            return "post", before
        return "pre", [(base + lead, end)]

    def _bare_name(self, m: str, ss: int) -> bool:
        toks = self._tok(ss, ss + 60)
        return bool(toks) and _capitalized(toks[0][0])

    def _skip_object(self, m: str, ve: int) -> int:
        """After "told"/"informed": the addressee, up to what is reported."""
        end = ve
        base = self._cur[1]
        for k, (tok, _, e) in enumerate(self._tok(ve, ve + 120)[:6]):
            low = tok.lower()
            if not _is_word(tok) or low in W["complementizers"] or (low in W["adjuncts"] and k > 0):
                break
            end = e - base
        return end

    # -- subjects -----------------------------------------------------------

    def _subject(self, m: str, base: int, cs: int, vs: int):
        """The speaker before the verb and where its phrase starts, or None
        when the verb has no usable subject."""
        toks = self._tok(max(cs, vs - _WINDOW), vs)
        acronym = len(toks) >= 4 and toks[-1][0] == ")" and toks[-3][0] == "(" and _acronym(toks[-2][0])
        if acronym:
            toks = toks[:-3]  # "the Nepal Rastra Bank (NRB) said": the name speaks
        while toks and _is_word(toks[-1][0]) and (toks[-1][0].lower() in W["adverbs"]
                                                  or (toks[-1][0].endswith("ly") and toks[-1][0].islower())):
            toks.pop()
        if not toks:
            return None
        segments = self._segments(toks)
        skipped = []
        if _is_word(toks[-1][0]):
            seg = segments[-1]
            got = self._parse_subject(seg, base + cs)
            if got is None or got[0] is _NOFRAME:
                return None
            speaker, start = got
            if speaker is not _TITLE_ONLY:
                if acronym and isinstance(speaker, str) and " " in speaker:
                    self._register_body(speaker, set(), start)  # people have no acronyms
                self._note_titles(speaker, segments[-3:-1], seg, start)
                return speaker, start
            skipped, segments = [seg], segments[:-1]
        found = self._walk_back(segments, skipped)
        if found is None and skipped:
            return None, skipped[0][0][1]  # a title no one was given: unnamed
        return found

    @staticmethod
    def _segments(toks):
        """Tokens cut at commas, dashes, brackets and quotation marks."""
        segs, cur = [], []
        for t in toks:
            if t[0] in _DELIMITERS:
                if cur:
                    segs.append(cur)
                cur = []
            else:
                cur.append(t)
        if cur:
            segs.append(cur)
        return segs or [[]]

    def _parse_subject(self, seg, clause_start: int):
        """Read the subject at the end of the segment before the verb."""
        if not seg:
            return None
        lows = [t[0].lower() for t in seg]
        if "by" in lows[1:] and any(_low(t[0]) in W["reports"] for t in seg[:lows.index("by", 1)]):
            who = self._source(seg, seg[0][1])  # "A study by Oxfam for the Commission found"
            if isinstance(who, str):
                return who, seg[0][1]
        k = len(seg) - 1
        last = seg[k][0]
        low = _low(last)
        # "which it said ..." and "As the minister said, ..." still attribute
        subordinate = W["subordinators"] - {"which", "who", "that", "whom", "as"}
        if low in PRONOUNS:
            if k > 0 and seg[k - 1][0].lower() in subordinate:
                return None
            return self._pronoun(low, seg[k][1]), seg[k][1]
        if _capitalized(last, first=(k == 0 and seg[0][1] <= clause_start)):
            name, i = self._name_back(seg, k)
            if i > 0 and seg[i - 1][0].lower() in subordinate:
                return None  # "Since Moscow announced ..."
            if name is None:
                return None, seg[i][1]
            in_phrase = i > 1 and seg[i - 1][0].lower() in _PREPOSITIONS and (k == i or not _personlike(name))
            if not in_phrase:  # else "the Israeli embassy in Chisinau": a description
                if i > 0 and _low(seg[i - 1][0]) in W["organizations"] and name not in self._persons \
                        and not any(_low(t[0]) in W["titles"] for t in seg[:i]):  # not "Director of the department X"
                    # "the migration authority Migración Colombia": a body, whatever its name
                    j = i - 1
                    while j > 0 and seg[j - 1][0].islower() and seg[j - 1][0].lower() not in W["determiners"]:
                        j -= 1
                    self._register_body(name, {_low(t[0]) for t in seg[j:i]}, seg[i][1])
                while i > 0 and not _capitalized(seg[i - 1][0]) and (
                        _low(seg[i - 1][0]) in W["titles"] or seg[i - 1][0].lower() in W["determiners"]):
                    i -= 1  # "its chairman Azat Khabirov"
                return name, seg[i][1]
        # a description: "the centre", "The Service chief", "researchers"
        i = k
        while i > 0 and k - i < 8:
            prev = seg[i - 1][0]
            pl = prev.lower()
            if pl in W["subordinators"] or pl in W["adverbs"] or pl in PRONOUNS - {"her", "his", "its", "their"}:
                break
            i -= 1
            if pl in W["determiners"] and not (i > 0 and seg[i - 1][0].lower() in _PREPOSITIONS):
                break
        if i > 0 and seg[i - 1][0].lower() in subordinate:
            return None
        return self._describe([_low(t[0]) for t in seg[i:]], seg[i][1], seg[i:]), seg[i][1]

    def _walk_back(self, segments, skipped):
        """"NAME, apposition, said": step back over appositions to the name
        (or to a subject like "The study, based on ..., estimates")."""
        segments = segments[-5:]
        for n in range(len(segments) - 1, -1, -1):
            seg = segments[n]
            if not seg:
                continue
            if _capitalized(seg[-1][0]):
                name, i = self._name_back(seg, len(seg) - 1)
                if name and self._pure_name(seg, i) and (len(name.split()) > 1 or self._known(name)):
                    self._note_titles(name, segments[max(0, n - 1):n], seg, seg[0][1], skipped)
                    return name, seg[0][1]
            if len(seg) <= 6 and seg[0][0].lower() in W["determiners"] | PRONOUNS \
                    and not _capitalized(seg[-1][0]) and _low(seg[-1][0]) in KNOWN_NOUNS | PRONOUNS:
                got = self._parse_subject(seg, seg[0][1])  # "The study, based on ..., estimates"
                if got and got[0] is not _NOFRAME and got[0] is not _TITLE_ONLY:
                    return got
            if self._apposition_like(seg):
                skipped.append(seg)
                continue
            return None
        return None

    @staticmethod
    def _apposition_like(seg) -> bool:
        """", 52,", ", chairman of X,", ", who heads X,", ", a senior
        ministry official,", ", based on interviews ...,"."""
        head = seg[0][0]
        low = _low(head)
        lows = [_low(t[0]) for t in seg[:8]]
        if len(seg) == 1 and head.isdigit():
            return True
        if low in W["titles"] or low in {"who", "whose", "which", "where", "one", "himself", "herself"}:
            return True
        if head.islower() and (low.endswith(("ed", "ing")) or low in {"aged", "born"}):
            return True
        return low in W["determiners"]  # "a nurse from Balti", "the network's director"

    @staticmethod
    def _pure_name(seg, i: int) -> bool:
        """Only a title or determiner before the name: "its director X"."""
        return all(_low(t[0]) in W["titles"] or t[0].lower() in W["determiners"] for t in seg[:i])

    def _name_back(self, seg, k: int):
        """The name ending at seg[k], read backwards: a person's name without
        its titles, or a body's name. Returns (name or None, its start)."""
        i = k
        while i > 0:
            prev = seg[i - 1][0]
            if prev.lower() in NOT_NAME and prev.lower() not in W["particles"]:
                break
            if (_capitalized(prev) and not _possessive(prev)) or prev.lower() in W["particles"]:
                i -= 1
            else:
                break
        while i < k and (seg[i][0].lower() in W["particles"] or seg[i][0] == "The"):
            i += 1
        run = seg[i:k + 1]
        lows = [_low(t[0]) for t in run]
        if len(run) == 1 and (lows[0] in COMMON and not _acronym(run[0][0])
                              and (i == 0 or not _capitalized(run[0][0]))) \
                or lows[-1] in NOT_NAME:
            return None, i
        if len(run) == 1 and i > 0 and seg[i - 1][0].lower() == "the" and lows[0].endswith("s") \
                and not _bodyish(run[0][0]):
            return None, i  # "the Kazakhs": a people, not a name
        if _bodyish(run[-1][0]):
            ofs = [n for n, t in enumerate(run) if t[0] == "of"]
            if ofs and 2 <= ofs[0] <= 3 and not any(_bodyish(t[0]) or _low(t[0]) in W["titles"]
                                                    for t in run[:ofs[0]]):
                return self._full_name(_join(run[:ofs[0]])), i  # "Anna Soboleva of the X Group"
            return self._body_name(run, i)
        tail = []
        for t, lw in zip(reversed(run), reversed(lows)):
            if lw in W["titles"] or lw in W["particles"] or _bodyish(t[0]) or len(tail) == 3:
                break
            tail.insert(0, t)
        if not tail:
            return None, i
        start = k + 1 - len(tail)
        if len(tail) == 3 and start == i and i > 0 and seg[i - 1][0].lower() in _PREPOSITIONS:
            tail, start = tail[1:], start + 1  # "in Tbilisi Ilgar Mammadli"
        if len(tail) == 1 and any(_bodyish(t[0]) for t in run[:start - i]):
            return self._body_name(run, i)  # "Office of the Commissioner for Diaspora Affairs"
        if start > i and lows[start - i - 1] in W["particles"]:
            if len(tail) == 1 and not any(lw in W["titles"] for lw in lows):
                return self._body_name(run, i)  # "Bangko Sentral ng Pilipinas": one name
            if any(_bodyish(t[0]) for t in run[:start - i]) and len(tail) < 3:
                return self._body_name(run, i)  # "Ministry of Foreign Affairs"
            if len(tail) == 3:
                tail, start = tail[1:], start + 1  # "of Azerbaijan Ilham Aliyev"
        return self._full_name(_join(tail)), start

    @staticmethod
    def _body_name(run, i: int):
        """A body's name without a leading title: "Chairman of the X Union"."""
        while run and (_low(run[0][0]) in W["titles"] or _low(run[0][0]) in W["particles"]
                       or run[0][0] == "The") and len(run) > 1:
            run, i = run[1:], i + 1
        return _join(run), i

    def _full_name(self, name: str) -> str:
        """A surname alone stands for the full name given earlier."""
        if " " in name:
            return name
        return self._by_word.get(name, name)

    def _known(self, name: str) -> bool:
        return name in self._by_word

    def _note_titles(self, speaker, near, seg, start: int, extra=()):
        """Remember a person's titles ("chairman of X") so that "the
        chairman" can be resolved later."""
        if not isinstance(speaker, str) or speaker.lower() in self._publishers:
            return
        words = {_low(t[0]) for t in seg if _is_word(t[0]) and (t[1] < start or not _capitalized(t[0]))}
        if not words & W["titles"]:
            words = set()
        for s in list(extra) + list(near):
            if s and any(_low(t[0]) in W["titles"] for t in s[:3]):
                words |= {_singular(_low(t[0])) for t in s if _is_word(t[0])}
        self._register(speaker, words, start)

    def _register(self, name: str, titles: set[str], pos: int) -> None:
        """A named speaker: a body, or a person with the titles seen so far."""
        toks = name.split()
        if _body_named(name) or name in self._bodies:
            kinds = self._bodies.pop(name, (set(), pos))[0]
            self._bodies[name] = (kinds, pos)  # re-inserted: the dict keeps recency
            if any(_low(t) in W["outlet_names"] for t in toks):
                self._outlets.append((pos, name))
            return
        titles = {_singular(t) for t in titles}
        person = self._persons.pop(name, None) or _Person(name, set(), pos)
        person.titles |= titles
        person.pos = pos
        self._persons[name] = person
        for word in name.split():
            self._by_word[word] = name

    def _spoke(self, name: str, pos: int) -> None:
        """A speaker becomes what "he"/"she" or "it" points back to."""
        if name in self._bodies or _body_named(name):
            self._last_body = name
            if name not in self._bodies:
                self._register(name, set(), pos)
        else:
            self._last_person = name
            if name not in self._persons:
                self._register(name, set(), pos)

    def _after_np(self, m: str, base: int, ve: int, strict: bool):
        """The noun phrase after the verb: "said Begench Annayev, the
        network's coordinator", "say the audience", "quotes the Kazakhs".
        With strict, it must end the clause, else it is what was said.
        Returns (speaker, end) or None."""
        toks = self._tok(ve, ve + _WINDOW)
        i = 0
        while i < len(toks) and toks[i][0].lower() in _ARTICLES:
            i += 1
        if i >= len(toks) or toks[0][0].lower() in W["subordinators"] | W["complementizers"]:
            return None  # "warned that citizens ...": what was said
        if _capitalized(toks[i][0]) and not _possessive(toks[i][0]):
            j = i
            while j + 1 < len(toks) and _capitalized(toks[j + 1][0]) and j - i < 4:
                j += 1
            if any(_bodyish(t[0]) for t in toks[i:j + 1]):
                while j + 2 < len(toks) and toks[j + 1][0].lower() in W["particles"] \
                        and _capitalized(toks[j + 2][0]):
                    j += 2
                    while j + 1 < len(toks) and _capitalized(toks[j + 1][0]):
                        j += 1
            run = toks[i:j + 1]
            nxt = toks[j + 1][0].lower() if j + 1 < len(toks) else ""
            if strict and nxt and nxt not in _NP_ENDS:
                return None
            name, _ = self._name_back(run, len(run) - 1)
            if name is None or (i > 0 and len(run) == 1 and run[0][0].endswith("s") and not _bodyish(run[0][0])):
                return None, run[-1][2]  # "the Kazakhs"
            self._register(name, self._apposition(toks, j + 1), run[0][1])
            return name, run[-1][2]
        # a description, maybe followed by ", NAME"
        j = i
        while j < len(toks) and _is_word(toks[j][0]) and j - i < 6 and toks[j][0].lower() not in _NP_ENDS:
            j += 1
        desc = toks[i - 1 if i else 0:j]
        if any(t[0][:1].isdigit() for t in desc):
            return None  # "..., said some 1.6 million people lived ...": what was said
        named = self._titled_name(toks, i, j, strict)
        if named is not None:
            return named
        if not desc or _low(desc[-1][0]) not in KNOWN_NOUNS:
            return None
        nxt = toks[j][0] if j < len(toks) else ""
        if strict and nxt and nxt.lower() not in _NP_ENDS:
            return None
        if nxt == "," and j + 1 < len(toks) and _capitalized(toks[j + 1][0]):
            k = j + 1
            while k + 1 < len(toks) and _capitalized(toks[k + 1][0]) and k - j < 4:
                k += 1
            run = toks[j + 1:k + 1]
            name, _ = self._name_back(run, len(run) - 1)
            if name:
                self._register(name, {_low(t[0]) for t in desc}, run[0][1])
                return name, run[-1][2]
        found = self._describe([_low(t[0]) for t in desc], desc[0][1])
        return (None if found is _NOFRAME or found is _TITLE_ONLY else found), desc[-1][2]

    def _titled_name(self, toks, i: int, j: int, strict: bool):
        """"said economist Lucia Ferraro of X": lowercase words naming a
        role, then the person's name. Returns (name, end) or None."""
        k = i
        while k < j and not _capitalized(toks[k][0]):
            k += 1
        if k == i or k >= j or not all(t[0].isalpha() for t in toks[i:k]):
            return None
        if not any(_low(t[0]) in W["titles"] for t in toks[i:k]):
            return None
        run = toks[k:j]
        if not all(_capitalized(t[0]) for t in run) or not 2 <= len(run) <= 3:
            return None
        nxt = toks[j][0].lower() if j < len(toks) else ""
        if strict and nxt and nxt not in _NP_ENDS:
            return None
        name = _join(run)
        if not _personlike(name):
            return None
        self._register(name, {_low(t[0]) for t in toks[i:k]}, run[0][1])
        return name, run[-1][2]

    @staticmethod
    def _apposition(toks, j: int) -> set[str]:
        """Words of ", chairman of the X" right after a name."""
        if j < len(toks) and toks[j][0] == ",":
            seg = []
            for t in toks[j + 1:j + 16]:
                if not _is_word(t[0]):
                    break
                seg.append(_low(t[0]))
            if seg and (seg[0] in W["titles"] or seg[0] in W["determiners"]):
                return set(seg)
        return set()

    # -- "according to X" ---------------------------------------------------

    def _source(self, toks, pos: int):
        """Who "according to ..." names: a person, a body, the owner of a
        report ("a study by X"), or nobody."""
        lows = [t[0].lower() for t in toks]
        for prep in ("by", "from"):
            if prep in lows[1:]:
                k = len(lows) - 1 - lows[::-1].index(prep)
                left, right = toks[:k], toks[k + 1:]
                data = W["reports"] | _DATA
                if right and (prep == "by" or any(_low(t[0]) in data for t in left)):
                    who = self._source(right, pos)
                    if isinstance(who, str):
                        for t in left:
                            if _low(t[0]) in W["reports"]:
                                self._reports.append((pos, _low(t[0]), who))
                    return who
        if len(toks) == 1 and toks[0][0].lower() in PRONOUNS:
            return self._pronoun(toks[0][0].lower(), pos)
        while toks and toks[0][0].lower() in W["determiners"]:
            toks = toks[1:]
        for n in range(1, len(toks)):  # "... published this week", "... on Monday"
            w = toks[n][0].lower()
            if w in W["trailers"] and not (w in W["particles"] and n + 1 < len(toks)
                                           and _capitalized(toks[n + 1][0]) and toks[n + 1][0].lower() not in NOT_NAME):
                toks = toks[:n]
                break
        if not toks:
            return None
        owner = self._data_owner(toks)
        if owner is not None:
            if _body_named(owner):
                self._register_body(owner, set(), pos)
            else:
                self._register(owner, set(), pos)
            return owner
        if _low(toks[0][0]) in W["titles"] and not _capitalized(toks[0][0]) \
                or not any(_capitalized(t[0]) or _acronym(t[0]) for t in toks):
            found = self._describe([_low(t[0]) for t in toks], pos)  # "the head of the community"
            return None if found is _NOFRAME else found
        last = len(toks) - 1
        if not (_capitalized(toks[last][0]) or _acronym(toks[last][0])):
            # "the Zhambyl regional education department": a lowercase name
            head = _low(toks[-1][0])
            if head in W["organizations"] or head in W["outlet_descriptions"]:
                name = _join(toks)
                self._register_body(name, set(), pos)
                return name
            return None
        name, i = self._name_back(toks, last)
        first_cap = next(t for t in toks if _capitalized(t[0]) or _acronym(t[0]))
        if name is None or _low(first_cap[0]) in W["documents"]:
            return None  # "the Law on Citizenship"
        kinds = {_low(t[0]) for t in toks[:i]}
        if _body_named(name) or kinds & (W["outlet_descriptions"] | W["organizations"]):
            self._register_body(name, kinds, pos)
            return name
        self._register(name, kinds & W["titles"], pos)
        return name

    def _data_owner(self, toks) -> str | None:
        """Whose data or report: "ILO data", "Eurostat figures", "the
        Statistics Office's 2022 Population Survey"."""
        head = toks[-1][0]
        if _low(head) not in W["reports"] and _low(head) not in _DATA:
            return None
        owned = [n for n, t in enumerate(toks[:-1]) if _possessive(t[0])]
        if owned:
            own = list(toks[:owned[-1] + 1])
            word = own[-1][0]
            own[-1] = (word[:-2] if word.endswith(("'s", "’s")) else word[:-1],) + tuple(own[-1][1:])
        elif head.islower():
            own = list(toks[:-1])
            while own and (own[-1][0].isdigit() or own[-1][0].islower()):
                own.pop()  # "Eurostat's latest figures", "ILO 2023 data"
        else:
            return None  # "the 2022 Population Survey" names the report itself
        if not own or not (_capitalized(own[-1][0]) or _acronym(own[-1][0])):
            return None
        name, _ = self._name_back(own, len(own) - 1)
        return name

    def _register_body(self, name: str, kinds: set[str], pos: int) -> None:
        old = self._bodies.pop(name, (set(), pos))[0]
        self._bodies[name] = (old | kinds, pos)
        if kinds & W["outlet_descriptions"] or any(_low(t) in W["outlet_names"] for t in name.split()):
            self._outlets.append((pos, name))

    # -- resolving pronouns and descriptions -------------------------------

    def _pronoun(self, low: str, pos: int):
        if low in W["pronouns_self"]:
            return self._interviewee if self._mode == "a" else None
        if low in W["pronouns_body"]:
            return self._last_body or self._mention_before(pos, None)
        return self._last_person

    def _describe(self, words: list[str], pos: int, toks=()):
        """A description names a body or person met earlier ("the centre",
        "the deputy director", "the study"), a body by its own words ("the
        Tsalka municipality"), an unnamed source (None), or no source at
        all (_NOFRAME)."""
        cut = next((n for n, w in enumerate(words) if n and w in _PREPOSITIONS - {"of"}), len(words))
        core = [w for w in words[:cut] if w not in W["determiners"] and w not in W["particles"]]
        if not core:
            return _NOFRAME
        head = core[-1]
        if "of" in words[1:cut]:  # "the chairman of the organization"
            before_of = [w for w in words[:words.index("of")] if w not in W["determiners"]]
            head = before_of[-1] if before_of else head
        if head in W["titles"]:
            return self._by_title(core)
        owners = [w for w in core[:-1] if w in W["organizations"]]
        owned = head in W["reports"] or head in _DATA or head in W["outlet_descriptions"]
        if owners and owned:  # "the ministry's data"
            return self._mention_before(pos, owners[-1])
        if words[0] == "its" and owned:  # "its website says"
            return self._pronoun("it", pos)
        if head in W["reports"]:
            return self._report_owner(head, pos)
        if head in W["outlet_descriptions"] and head not in W["organizations"]:
            return next((name for p, name in reversed(self._outlets[-_RECENT:])
                         if p <= pos and name.lower() not in self._publishers), None)
        if head not in W["organizations"] and _singular(head) in W["organizations"]:
            return None  # "human rights groups say": bodies, unnamed
        if head in W["organizations"] and cut > 1 and "press" in words[:cut]:
            # "the press service", "the Committee's press office": the
            # spokesman of the body named last (or the owner named)
            owners = [w for w in core if w in W["organizations"] and w != head]
            if owners:
                return self._mention_before(pos, owners[-1])
            return next((name for name, (_, at) in reversed(self._bodies.items())
                         if at <= pos and name.lower() not in self._publishers), None) \
                or self._mention_before(pos, None)
        if head in W["organizations"]:
            if any(_acronym(t[0]) for t in toks[:-1]):
                return _join([t for t in toks if t[0].lower() not in W["determiners"]])  # "the UN refugee agency"
            found = self._mention_before(pos, head)
            owner = [w for w in words[words.index("of") + 1:cut] if w in W["organizations"]] \
                if "of" in words[1:cut] else []
            if owner:  # "the press service of the committee"
                found = self._mention_before(pos, _singular(owner[-1])) or found
            named = [t for t in toks if t[0].lower() not in W["determiners"]]
            # "the New Delhi-based think tank": a place in a modifier names no body
            based = max((n for n, t in enumerate(named) if "-" in t[0]
                         and t[0].rsplit("-", 1)[1].lower() in W["hyphen_modifiers"]), default=-1)
            if found is None and any(_capitalized(t[0], first=(n == 0)) or _acronym(t[0])
                                     for n, t in enumerate(named) if n > based):
                return _join(named)  # "the Tsalka municipality", "Israeli embassy in Chisinau"
            if found is None:
                found = self._nearby_body(pos, head)
            return found
        if any(w in W["unnamed"] for w in core):
            return None
        return _NOFRAME

    def _nearby_body(self, pos: int, head: str) -> str | None:
        """"the central bank said" a few sentences after "the Bangko Sentral
        ng Pilipinas said": the latest body named nearby whose own words do
        not make it another kind of body (not "the migrant rights group X")."""
        want = SYNONYMS.get(head, frozenset([head]))
        for name, (kinds, at) in itertools.islice(reversed(self._bodies.items()), _RECENT):
            if at > pos or name.lower() in self._publishers:
                continue
            if pos - at > _BODY_REACH:
                break
            full = self._spelled_out(name, pos) if _acronym(name) else name
            nouns = {_singular(w) for w in kinds | {_low(t) for t in full.split()}
                     if _singular(w) in W["organizations"] or w in W["organizations"]}
            if not nouns or nouns & want:
                return name
        return None

    def _by_title(self, core: list[str]):
        """The person introduced with this title: "the deputy director"."""
        ranks = {"deputy", "vice", "acting", "assistant", "first", "senior"}
        want = {_singular(w) for w in core}
        best = None
        for p in itertools.islice(reversed(self._persons.values()), _RECENT):
            if want <= p.titles:
                exact = not ((p.titles & ranks) - want)
                if exact:
                    return p.name
                best = best or p.name
        return best or _TITLE_ONLY

    def _report_owner(self, noun: str, pos: int):
        """Who published "the study": the body named with it, else the last
        body that spoke."""
        recent = [(n, body) for p, n, body in self._reports[-_RECENT:] if p <= pos]
        same = [body for n, body in recent if n == noun]
        return same[-1] if same else recent[-1][1] if recent else self._last_body

    def _mention_before(self, pos: int, noun: str | None):
        """The latest body before pos whose name (or description) holds the
        noun: "the centre" -> "Republican Kandas Adaptation Centre"."""
        nouns = SYNONYMS.get(noun, frozenset([noun])) if noun else None
        best = (-1, None)
        for name, (kinds, at) in itertools.islice(reversed(self._bodies.items()), _RECENT):
            if at <= pos and at > best[0] and name.lower() not in self._publishers:
                words = {_singular(_low(t)) for t in name.split()} | kinds
                if nouns is None or nouns & words:
                    best = (at, name)
        mentions = self._body_mentions()
        k = bisect.bisect_right(mentions, (pos, "\uffff"))
        for start, name, lows in reversed(mentions[max(0, k - 300):k]):
            if start <= best[0]:
                break
            if name.lower() in self._publishers or self._in_dateline(start):
                continue
            if nouns is None or nouns & {_singular(w) for w in lows}:
                best = (start, name)
                break
        return best[1]

    def _in_dateline(self, pos: int) -> bool:
        return bool(self._dateline) and self._dateline[0] <= pos < self._dateline[1]
