"""Time the extractor on pathological texts at 1x, 2x and 4x size.

Linearity is measured here, not asserted in tests: for each input this
prints the CPU seconds `extract_text` takes at each size (CPU time, so other
work on a shared machine disturbs it little) and the growth ratio from one
size to the next (about 2 for linear work, 4 for quadratic). It also prints
how many characters the records hold (quote and sentence) per input
character: flat when the output is linear, growing with the size when
every fact carries a copy of one long sentence.
Each run happens in a child process with a time limit, so a runaway case
shows as "> LIMIT" instead of hanging the bench.

    .venv/bin/python tools/pathological_bench.py             # every case
    .venv/bin/python tools/pathological_bench.py digits -s 0.25 --limit 30

`CASES` is shared with tests/test_pathological.py, which builds the same
texts and checks that they complete with the fact invariants intact.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
import time
from itertools import cycle, islice
from pathlib import Path

NEWS = (
    "BAKU, May 7, 2020. More than 200,000 Azerbaijanis live in Kazakhstan, the embassy said. "
    "“Hundreds of Azerbaijani citizens addressed me,” Chairman Bahruz Akhundov told Report. "
    "The 556 diaspora organizations received 214 thousand tenge, about $50, in 2019.\n"
)


def _fill(unit: str, size: int) -> str:
    """`unit` repeated to `size` characters (whole repetitions)."""
    return unit * max(1, size // len(unit))


def _join_to(parts, sep: str, size: int) -> str:
    out, n = [], 0
    for p in parts:
        out.append(p)
        n += len(p) + len(sep)
        if n >= size:
            break
    return sep.join(out)


def _noise(size: int) -> str:
    marks = cycle(["\u200b", "\u200d", "\x00", "\x1b", "\u2060", "\ufeff", "\u00ad", "\x07", "\u202e"])
    return _fill("".join(ch + next(marks) for ch in NEWS), size)


# name → (what it is, builder: scale → text). Scale 1 is the size the issue names.
CASES: dict[str, tuple[str, callable]] = {
    "digits": ("a megabyte of digits", lambda k: "1" * int(1_000_000 * k)),
    "digits_counted": ("runs of 1,000 digits each followed by a counted noun",
                       lambda k: _fill("9" * 1000 + " migrants ", int(1_000_000 * k))),
    "ones_commas": ("1,1,1,… for 300k characters", lambda k: _fill("1,", int(300_000 * k)) + "1"),
    "ones_commas_counted": ("1,1,1,… then a counted noun", lambda k: _fill("1,", int(300_000 * k)) + "1 migrants"),
    "more_than": ("100k times 'more than ' before a figure",
                  lambda k: "more than " * int(100_000 * k) + "200 migrants."),
    "qualifier_mix": ("qualifier words of every kind, 100k of them",
                      lambda k: " ".join(islice(cycle(["more than", "about", "nearly", "up to", "at least",
                                                        "as many as", "over", "some"]), int(100_000 * k)))
                      + " 200 migrants."),
    "digit_range": ("1-2-3-4-… date-like range", lambda k: _join_to((str(i % 31 + 1) for i in range(10**9)), "-",
                                                                      int(300_000 * k))),
    "month_day_range": ("January 1-January 2-…", lambda k: _join_to(
        (f"January {i % 28 + 1}" for i in range(10**9)), "-", int(300_000 * k))),
    "month_range": ("January-February-March-…", lambda k: _join_to(
        cycle(["January", "February", "March", "April", "May", "June"]), "-", int(300_000 * k))),
    "year_range": ("2001-2002-2003-…", lambda k: _join_to((str(2000 + i % 25) for i in range(10**9)), "-",
                                                          int(300_000 * k))),
    "thousands_of": ("100k repetitions of 'thousands of'", lambda k: "thousands of " * int(100_000 * k) + "migrants."),
    "hundreds_of_thousands_of": ("'hundreds of thousands of' repeated",
                                 lambda k: "hundreds of thousands of " * int(50_000 * k) + "migrants."),
    "unbalanced_quotes": ("opening quotes that never close, with figures",
                          lambda k: _fill("“Some 200 migrants arrived, ", int(300_000 * k))),
    "quote_marks": ("nothing but quote marks and speech", lambda k: _fill("\"“ he said ” ' ", int(300_000 * k))),
    "long_line": ("one 300k-character sentence full of figures",
                  lambda k: _fill("more than 200 migrants arrived and ", int(300_000 * k)) + "."),
    "long_line_bare": ("one long sentence of bare numbers", lambda k: _fill("5 ", int(300_000 * k)) + "."),
    "control_zero_width": ("news with control and zero-width characters between letters",
                           lambda k: _noise(int(300_000 * k))),
    "mixed_scripts": ("Cyrillic, Arabic and Latin with figures",
                      lambda k: _fill("Посольство сообщило, что более 200 тысяч азербайджанцев. "
                                      "وقالت الوزارة إن أكثر من 200 ألف مهاجر ٣٠٠. "
                                      "More than 300 migrants live in Baku. ", int(300_000 * k))),
    "partitive": ("'17 of the 46 centres' repeated", lambda k: _fill("17 of the 46 centres, ", int(300_000 * k))),
    "news": ("ordinary news text, many sentences and facts", lambda k: _fill(NEWS, int(300_000 * k))),
    "one_paragraph_news": ("ordinary news text with no line breaks",
                           lambda k: _fill(NEWS.replace("\n", " "), int(300_000 * k))),
    "dots": ("a run of full stops", lambda k: "." * int(300_000 * k)),
    "spaces_and_breaks": ("blank space and line breaks", lambda k: _fill(" \n\r\n\t\u00a0", int(1_000_000 * k))),
    "currency_symbols": ("'$1 €2 ₸3 ' repeated", lambda k: _fill("$1 €2 ₸3 ", int(300_000 * k))),
    "percentages_among": ("'among migrants 5%' repeated in one sentence",
                          lambda k: _fill("among the migrants 5% and ", int(300_000 * k)) + "."),
    "said_said": ("reporting verbs and names everywhere",
                  lambda k: _fill("Ali Aliyev said 200 migrants arrived, he noted, according to Report. ",
                                  int(300_000 * k))),
    # A pattern like "[ ]+of" matched with no end bound makes `regex` look
    # for "of" through the rest of the text when it is missing.
    "vague_without_of": ("vague words with no 'of' anywhere after them",
                         lambda k: _fill("hundreds came, ", int(1_000_000 * k))),
    # Two adjacent optional runs of blanks backtrack quadratically when what
    # follows them does not match.
    "duration_then_blanks": ("a duration followed by a million blanks",
                             lambda k: "They stayed 5 years" + " " * int(1_000_000 * k) + "in Baku."),
    "place_then_blanks": ("a place opening a line, then blanks (a dateline that is not one)",
                          lambda k: "Baku" + " " * int(300_000 * k) + "hosts 200 migrants.\n"),
}


def _measure(name: str, scale: float, q) -> None:
    from diasporafacts import extract_text

    text = CASES[name][1](scale)
    t0 = time.process_time()
    try:
        facts = extract_text(text, "bench")
    except Exception as err:  # reported as "crash", with the error below the table
        q.put({"error": f"{type(err).__name__}: {err}", "chars": len(text)})
        return
    secs = time.process_time() - t0
    # What the records will hold: each fact carries its quote and sentence.
    out = sum(len(f.quote) + len(f.sentence) for f in facts)
    q.put({"secs": secs, "chars": len(text), "facts": len(facts), "out": out})


def time_case(name: str, scale: float, limit: float) -> dict:
    """One run in a child process: CPU seconds, sizes, or why it stopped."""
    ctx = mp.get_context("fork") if sys.platform != "win32" else mp.get_context()
    q = ctx.Queue()
    p = ctx.Process(target=_measure, args=(name, scale, q))
    p.start()
    p.join(limit)
    if p.is_alive():
        p.kill()
        p.join()
        return {"stopped": True, "chars": len(CASES[name][1](scale))}
    if q.empty():  # killed from outside: -9 is usually the kernel out of memory
        return {"error": f"exit code {p.exitcode}", "chars": len(CASES[name][1](scale))}
    return q.get()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("cases", nargs="*", help=f"cases to run (default all): {', '.join(CASES)}")
    ap.add_argument("-s", "--scale", type=float, default=1.0, help="size of the 1x run, as a fraction of the issue's size")
    ap.add_argument("--limit", type=float, default=60.0, help="seconds before a run is stopped")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    names = args.cases or list(CASES)
    unknown = [n for n in names if n not in CASES]
    if unknown:
        ap.error(f"unknown case {', '.join(unknown)}")
    # Warm up before forking: imports, vocabularies and compiled patterns
    # are then shared by every child and not timed.
    from diasporafacts import extract_text

    extract_text(NEWS * 3, "warm-up")
    print("CPU seconds of extract_text; out/in: characters of quote + sentence in the records per input character")
    print(f"{'case':26} {'chars 1x':>10} {'facts 1x':>8} {'1x s':>8} {'2x s':>8} {'4x s':>8} {'2x/1x':>6} {'4x/2x':>6}"
          f" {'out/in 1x':>9} {'out/in last':>11}")
    errors = []
    for name in names:
        runs = []
        for mult in (1, 2, 4):
            r = time_case(name, args.scale * mult, args.limit)
            runs.append(r)
            if "secs" not in r:
                if "error" in r:
                    errors.append(f"{name} at {r['chars']} chars: {r['error']}")
                break  # stopped or crashed: larger sizes only take longer
        cells = []
        for i in range(3):
            r = runs[i] if i < len(runs) else None
            cells.append(f"{'':>8}" if r is None else f"{'>' + format(args.limit, '.0f'):>8}" if r.get("stopped")
                         else f"{'crash':>8}" if "error" in r else f"{r['secs']:8.3f}")
        ratios = []
        for a, b in ((0, 1), (1, 2)):
            if b < len(runs) and "secs" in runs[a] and "secs" in runs[b]:
                ratios.append(f"{runs[b]['secs'] / max(runs[a]['secs'], 1e-3):6.1f}")
            else:
                ratios.append(f"{'-':>6}")
        timed = [r for r in runs if "secs" in r]
        first = f"{timed[0]['out'] / timed[0]['chars']:9.1f}" if timed else f"{'-':>9}"
        last = f"{timed[-1]['out'] / timed[-1]['chars']:11.1f}" if len(timed) > 1 else f"{'-':>11}"
        facts = str(runs[0].get("facts", "-"))
        print(f"{name:26} {runs[0]['chars']:>10} {facts:>8} {' '.join(cells)} {' '.join(ratios)} {first} {last}",
              flush=True)
    for e in errors:
        print(f"crash: {e}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
