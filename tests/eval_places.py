"""Measure place_for() and the head-noun vocabularies against the gold files.

    .venv/bin/python tests/eval_places.py [--show]

A development tool, not a test. For every gold fact with a place it finds
the fact's offsets (the quote's n-th occurrence), its sentence (the
project's splitter when it is there, else a plain split) and asks
place_for(); a place is right the way ../shared/eval/score.py counts it.
Then it checks that the head noun of every population and organizations
subject is in PEOPLE_NOUNS or ORG_NOUNS, and lists the misses.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from diasporafacts import vocab
from diasporafacts.places import place_for

SHARED = Path(__file__).resolve().parents[2] / "shared"
SETS = {"seeds": (SHARED / "seeds", SHARED / "eval/gold/seeds.jsonl"),
        "dev": (SHARED / "eval/dev/docs", SHARED / "eval/gold/dev.jsonl")}
STOP = {"the", "a", "an", "our", "their", "its", "his", "her", "of", "some"}

try:
    from diasporafacts.sentences import split_sentences
except ImportError:  # the project's splitter is not there yet
    def split_sentences(text: str) -> list[tuple[int, int]]:
        spans, start = [], 0
        for m in re.finditer(r"(?<=[.!?][\"”]?)\s+|\n+", text):
            spans.append((start, m.start()))
            start = m.end()
        return spans + [(start, len(text))]


def words(s: str | None) -> list[str]:
    return [w for w in re.findall(r"\w+", (s or "").lower()) if w not in STOP]


def same(gold: str | None, pred: str | None) -> bool:
    g, p = words(gold), words(pred)
    if not g or not p:
        return not g and not p
    return g[-1] == p[-1] or set(g) <= set(p) or set(p) <= set(g)


def offsets(text: str, quote: str, occurrence: int) -> int:
    start = -1
    for _ in range(occurrence):
        start = text.find(quote, start + 1)
    return start


def evaluate(name: str, show: bool) -> None:
    docs, gold_path = SETS[name]
    gold = [json.loads(line) for line in gold_path.read_text("utf-8").splitlines() if line.strip()]
    texts = {p.name: p.read_text("utf-8-sig") for p in docs.glob("*.txt")}
    right = scored = null_said = 0
    for g in gold:
        text = texts[g["doc"]]
        start = offsets(text, g["quote"], g.get("occurrence", 1))
        end = start + len(g["quote"])
        sentence = next(((a, b) for a, b in split_sentences(text) if a <= start < b), (0, len(text)))
        pred = place_for(text, sentence, start, end)
        if not g.get("place"):
            null_said += pred is not None
            if show and pred is not None and g["kind"] in ("population", "organizations"):
                print(f"  (gold none) {g['doc']} {g['quote']!r} -> {pred!r}")
            continue
        scored += 1
        if same(g["place"], pred):
            right += 1
        elif show:
            print(f"  WRONG {g['doc']} {g['quote']!r}: {pred!r} != {g['place']!r}\n"
                  f"        {text[sentence[0]:sentence[1]]!r}")
    rate = right / scored if scored else 0.0
    print(f"{name}: place {right}/{scored} = {rate:.3f}  (a place given where gold has none: {null_said})")


def coverage() -> None:
    misses, total = [], 0
    for _, gold_path in SETS.values():
        for line in gold_path.read_text("utf-8").splitlines():
            g = json.loads(line) if line.strip() else None
            if not g or g["kind"] not in ("population", "organizations") or not g.get("subject"):
                continue
            total += 1
            # The head is the last word before any "of"/"and": "children of newcomers".
            head = re.split(r"\s+(?:of|and)\s+", g["subject"])[0].split()[-1].lower()
            wanted = vocab.PEOPLE_NOUNS if g["kind"] == "population" else vocab.ORG_NOUNS
            if head not in wanted:
                misses.append((g["kind"], g["subject"], head))
    print(f"subject heads covered: {total - len(misses)}/{total}")
    for kind, subject, head in misses:
        print(f"  miss {kind}: {subject!r} (head {head!r})")


if __name__ == "__main__":
    show = "--show" in sys.argv
    for name in SETS:
        evaluate(name, show)
    coverage()
