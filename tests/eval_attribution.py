"""Dev tool, not a test: score the splitter and the Attributor on the gold.

    .venv/bin/python tests/eval_attribution.py [--show] [--bench]

For every gold fact it finds the offsets from quote + occurrence, checks the
fact lies inside one sentence, and asks Attributor.speaker_at. Speakers are
judged as ../shared/eval/score.py judges them: only facts with a gold
speaker are scored; a prediction is right when, after lowercasing and
dropping the/a/an/our/their/its/his/her/of/some, the last word agrees or one
word set holds the other. Facts with no gold speaker are counted when we
name one anyway.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

from diasporafacts.attribution import Attributor
from diasporafacts.sentences import split_sentences

SHARED = Path("/work/shared")
SETS = {
    "seeds": (SHARED / "seeds", SHARED / "eval/gold/seeds.jsonl"),
    "dev": (SHARED / "eval/dev/docs", SHARED / "eval/gold/dev.jsonl"),
}
STOP = {"the", "a", "an", "our", "their", "its", "his", "her", "of", "some"}


def words(s: str | None) -> list[str]:
    return [w for w in re.findall(r"\w+", (s or "").lower()) if w not in STOP]


def same(gold: str | None, pred: str | None) -> bool:
    g, p = words(gold), words(pred)
    if not g or not p:
        return not g and not p
    return g[-1] == p[-1] or set(g) <= set(p) or set(p) <= set(g)


def run(name: str, show: bool) -> dict:
    docs, gold_path = SETS[name]
    texts = {p.name: p.read_text(encoding="utf-8-sig") for p in docs.glob("*.txt")}
    cache: dict[str, tuple[list, Attributor]] = {}
    right = scored = extra = nulls = crossing = 0
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        fact = json.loads(line)
        text = texts[fact["doc"]]
        if fact["doc"] not in cache:
            sents = split_sentences(text)
            cache[fact["doc"]] = (sents, Attributor(text, sents))
        sents, attributor = cache[fact["doc"]]
        start = -1
        for _ in range(fact.get("occurrence", 1)):
            start = text.find(fact["quote"], start + 1)
        end = start + len(fact["quote"])
        if not any(a <= start and end <= b for a, b in sents):
            crossing += 1
            print(f"CROSSES  {fact['doc']}: {fact['quote']!r}")
        pred = attributor.speaker_at(start, end)
        gold = fact.get("speaker")
        if gold:
            scored += 1
            if same(gold, pred):
                right += 1
            elif show:
                print(f"WRONG    {fact['doc']}: {fact['quote']!r} -> {pred!r}, gold {gold!r}")
        else:
            nulls += 1
            if pred:
                extra += 1
                if show:
                    print(f"EXTRA    {fact['doc']}: {fact['quote']!r} -> {pred!r}")
    rate = right / scored if scored else 0.0
    print(f"{name:5}  speaker {right}/{scored} = {rate:.3f}   named where gold is null: "
          f"{extra}/{nulls}   quotes crossing a sentence: {crossing}")
    return {"right": right, "scored": scored, "extra": extra, "nulls": nulls}


def bench(size: int = 5_000_000) -> None:
    docs = [p.read_text(encoding="utf-8-sig") for docs, _ in SETS.values() for p in sorted(docs.glob("*.txt"))]
    corpus = []
    while sum(map(len, corpus)) < size:
        corpus.extend(docs)
    mb = sum(len(d.encode("utf-8")) for d in corpus) / 1e6
    t0 = time.process_time()
    splits = [split_sentences(d) for d in corpus]
    t1 = time.process_time()
    figures = 0
    for doc, sents in zip(corpus, splits):
        attributor = Attributor(doc, sents)
        for m in re.finditer(r"\d[\d,.]*", doc):
            attributor.speaker_at(m.start(), m.end())
            figures += 1
    t2 = time.process_time()
    print(f"bench  {mb:.1f} MB in {len(corpus)} documents: split_sentences {mb / (t1 - t0):.1f} MB/s; "
          f"Attributor ({figures} figures asked) {mb / (t2 - t1):.1f} MB/s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="list wrong and extra speakers")
    ap.add_argument("--bench", action="store_true", help="time both on ~5 MB of text")
    ap.add_argument("sets", nargs="*", default=list(SETS))
    args = ap.parse_args()
    for name in args.sets:
        run(name, args.show)
    if args.bench:
        bench()


if __name__ == "__main__":
    sys.exit(main())
