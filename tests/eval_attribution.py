"""Dev tool, not a test: score the splitter and the Attributor on the gold.

    .venv/bin/python tests/eval_attribution.py [--show]

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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="list wrong and extra speakers")
    ap.add_argument("sets", nargs="*", default=list(SETS))
    args = ap.parse_args()
    for name in args.sets:
        run(name, args.show)


if __name__ == "__main__":
    sys.exit(main())
