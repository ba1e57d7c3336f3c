"""Profile `extract_text` over a corpus folder in one process.

    .venv/bin/python tools/profile_extract.py CORPUS [--limit-mb 5] [--top 30]
    .venv/bin/python tools/profile_extract.py --build 5      # a fresh bench corpus of 5 MB
    .venv/bin/python tools/profile_extract.py CORPUS --regexes

Prints, on standard output: throughput of the plain loop (no profiler),
the slowest files, the top functions by cumulative and by own time, own
time summed per source file, and who calls the regex methods the profiler
can see. `--regexes` times every module-level compiled pattern of the
package alone (`finditer` over the whole sample), which shows what a
pattern costs when it scans a text; patterns used with `match` at given
positions cost far less than that in real use. `--pyinstrument` adds a
sampled call tree when pyinstrument is installed (not a dependency).

cProfile cannot see the work a `finditer` iterator does when a `for` loop
pulls matches from it: that time lands in the calling function's own time.
"""
from __future__ import annotations

import argparse
import cProfile
import importlib
import io
import os
import pkgutil
import pstats
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path


def load_texts(folder: str, limit_mb: float | None) -> list[tuple[str, str]]:
    texts, size = [], 0
    for path in sorted(Path(folder).rglob("*.txt")):
        data = path.read_bytes()
        texts.append((str(path), data.decode("utf-8")))
        size += len(data)
        if limit_mb and size >= limit_mb * 1e6:
            break
    return texts


def _short(path: str) -> str:
    for marker in ("/diasporafacts/", "/site-packages/", "/lib/python"):
        i = path.find(marker)
        if i >= 0:
            return path[i + 1:]
    return path


def _func(key) -> str:
    file, line, name = key
    if file == "~":
        return name
    return f"{_short(file)}:{line}({name})"


def print_top(stats: pstats.Stats, sort: str, top: int, total: float, out) -> None:
    rows = sorted(stats.stats.items(), key=lambda kv: kv[1][3] if sort == "cumulative" else kv[1][2], reverse=True)
    out.write(f"\nTop {top} by {sort} time (total {total:.2f} s under the profiler)\n")
    out.write(f"{'calls':>10} {'own s':>8} {'own %':>6} {'cum s':>8} {'cum %':>6}  function\n")
    for key, (cc, nc, tt, ct, _callers) in rows[:top]:
        out.write(f"{nc:>10} {tt:>8.3f} {100 * tt / total:>6.1f} {ct:>8.3f} {100 * ct / total:>6.1f}  {_func(key)}\n")


def _is_regex(name: str) -> bool:
    """A C method of a compiled pattern or match, of `re` or of `regex`."""
    return any(k in name for k in ("'_regex.", "'re.Pattern'", "'re.Match'", "'_sre."))


def print_by_file(stats: pstats.Stats, total: float, out) -> None:
    per: dict[str, float] = defaultdict(float)
    for (file, _line, name), (_cc, _nc, tt, _ct, _callers) in stats.stats.items():
        if file == "~":
            kind = "regex" if _is_regex(name) else "builtins"
            per[f"<{kind}: {name}>" if kind == "regex" else "<other builtins>"] += tt
        else:
            per[_short(file)] += tt
    out.write("\nOwn time per source file (regex methods the profiler sees listed apart)\n")
    for name, tt in sorted(per.items(), key=lambda kv: kv[1], reverse=True)[:25]:
        out.write(f"{tt:>8.3f} s {100 * tt / total:>5.1f}%  {name}\n")


def print_regex_callers(stats: pstats.Stats, total: float, top: int, out) -> None:
    rows = []
    for (file, _line, name), (_cc, _nc, _tt, _ct, callers) in stats.stats.items():
        if file != "~" or not _is_regex(name):
            continue
        for caller, (_ccc, cnc, ctt, _cct) in callers.items():
            rows.append((ctt, cnc, name, _func(caller)))
    rows.sort(reverse=True)
    out.write("\nRegex methods by calling function (own time of the C call)\n")
    for tt, nc, name, caller in rows[:top]:
        out.write(f"{tt:>8.3f} s {100 * tt / total:>5.1f}% {nc:>9} calls  {name}  <- {caller}\n")


def time_regexes(texts, out, top: int) -> None:
    import re

    import regex

    import diasporafacts

    patterns = []
    for mod in pkgutil.walk_packages(diasporafacts.__path__, "diasporafacts."):
        if mod.name.endswith((".bench", ".__main__")):
            continue
        module = importlib.import_module(mod.name)
        for attr, value in vars(module).items():
            if isinstance(value, (re.Pattern, regex.Pattern)):
                patterns.append((f"{mod.name.removeprefix('diasporafacts.')}.{attr}", value))
    size = sum(len(t.encode("utf-8")) for _, t in texts) / 1e6
    rows = []
    for name, p in patterns:
        t0 = time.perf_counter()
        n = 0
        for _, text in texts:
            for _m in p.finditer(text):
                n += 1
        rows.append((time.perf_counter() - t0, n, name, type(p).__module__))
    rows.sort(reverse=True)
    out.write(f"\nEvery module-level pattern alone: finditer over {size:.1f} MB\n")
    out.write(f"{'ms/MB':>9} {'matches':>9}  engine  pattern\n")
    for s, n, name, engine in rows[:top]:
        out.write(f"{1000 * s / size:>9.1f} {n:>9}  {'regex' if 'regex' in engine else 're':<6}  {name}\n")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", help="folder of *.txt files (walked recursively)")
    ap.add_argument("--build", type=float, metavar="MB", help="profile a fresh bench corpus of this size instead")
    ap.add_argument("--limit-mb", type=float, default=None, help="stop reading the corpus after this many MB")
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--out", help="also write the raw profile here (for snakeviz, pstats)")
    ap.add_argument("--regexes", action="store_true", help="also time each module-level pattern alone")
    ap.add_argument("--pyinstrument", action="store_true", help="also print a pyinstrument call tree")
    args = ap.parse_args(argv)
    out = sys.stdout

    if args.build:
        from diasporafacts.bench import build_corpus

        folder = tempfile.mkdtemp(prefix="diasporafacts-profile-")
        build_corpus(folder, args.build)
        args.corpus = folder
    if not args.corpus or not os.path.isdir(args.corpus):
        ap.error("name a corpus folder or use --build MB")
    texts = load_texts(args.corpus, args.limit_mb)
    size = sum(len(t.encode("utf-8")) for _, t in texts) / 1e6

    t0 = time.perf_counter()
    from diasporafacts.pipeline import extract_text

    extract_text("More than 200,000 Azerbaijanis live in Kazakhstan, Trend reported on May 7, 2020.")
    startup = time.perf_counter() - t0

    # The plain loop first: real speed, and the slowest files.
    per_file, facts = [], 0
    t0 = time.perf_counter()
    for path, text in texts:
        t1 = time.perf_counter()
        facts += len(extract_text(text, path))
        per_file.append((time.perf_counter() - t1, len(text), path))
    plain = time.perf_counter() - t0
    out.write(f"{len(texts)} files, {size:.2f} MB, {facts} facts; import and first call {startup:.2f} s\n")
    out.write(f"extract_text without profiler: {plain:.2f} s = {size / plain:.2f} MB/s, "
              f"{len(texts) / plain:.0f} files/s, {facts / plain:.0f} facts/s\n")
    per_file.sort(reverse=True)
    rates = sorted(n / s / 1e6 for s, n, _ in per_file if s > 0)
    if rates:
        out.write(f"per-file MB/s: slowest {rates[0]:.2f}, median {rates[len(rates) // 2]:.2f}, "
                  f"fastest {rates[-1]:.2f}\n")
    out.write("slowest files:\n")
    for s, n, path in per_file[:5]:
        out.write(f"  {s:7.3f} s  {n / 1e3:6.1f} kchars  {path}\n")

    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    for path, text in texts:
        extract_text(text, path)
    prof.disable()
    total = time.perf_counter() - t0
    if args.out:
        prof.dump_stats(args.out)
    stats = pstats.Stats(prof, stream=io.StringIO())
    print_top(stats, "cumulative", args.top, total, out)
    print_top(stats, "own", args.top, total, out)
    print_by_file(stats, total, out)
    print_regex_callers(stats, total, args.top, out)
    if args.regexes:
        time_regexes(texts, out, args.top)
    if args.pyinstrument:
        try:
            from pyinstrument import Profiler
        except ImportError:
            sys.stderr.write("pyinstrument is not installed (pip install pyinstrument)\n")
            return 0
        p = Profiler(interval=0.0005)
        p.start()
        for path, text in texts:
            extract_text(text, path)
        p.stop()
        out.write("\n" + p.output_text(unicode=True, color=False, show_all=False))
    out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
