"""The fact-checker's commands: `check` a claim against sources, `compare` sources.

Thin commands over diasporafacts.evidence: the extractor reads the claim
and the sources, the evidence rules match and label; these commands read,
print and choose the exit code. Neither gives a verdict: they show which
figures in the sources agree or conflict with the claim, or with each other.

Exit codes, check: 0 consistent evidence found; 1 none; 2 bad usage (no
figure in the claim, no path, nothing readable). compare: 0 done; 1 some
inputs could not be read; 2 bad usage or fewer than two readable sources.
"""
from __future__ import annotations

import json
import os
import sys
from enum import Enum
from typing import Annotated, Optional

import typer

from . import evidence as ev


class EvidenceFormat(str, Enum):
    table = "table"
    json = "json"


class CompareKind(str, Enum):
    population = "population"
    organizations = "organizations"
    percentage = "percentage"
    change = "change"
    count = "count"


def _say(msg: str) -> None:
    sys.stderr.write(f"diasporafacts: {msg}\n")
    sys.stderr.flush()


def _console():
    from rich.console import Console

    tty = sys.stdout.isatty()
    # Piped: wide enough for a sentence column, unless COLUMNS says otherwise.
    width = None if tty or os.environ.get("COLUMNS") else 160
    return Console(file=sys.stdout, highlight=False, force_terminal=None if tty else False, width=width)


class _Read:
    """Facts of every readable source, prepared for matching, and what failed."""

    def __init__(self) -> None:
        self.figures: list[ev.Figure] = []
        self.sources: list[str] = []
        self.failed = 0
        self.usage = 0


def _read(paths: list[str], glob: Optional[list[str]], jobs: int) -> _Read:
    from .runner import Result, default_jobs, run

    out = _Read()
    jobs = jobs or default_jobs()
    if "-" in paths:
        jobs = 1
    for res in run(paths, glob, jobs):
        if isinstance(res, Result):
            out.sources.append(res.source)
            out.figures.extend(ev.prepare(res.rows))
        else:
            out.failed += 1
            out.usage += bool(getattr(res, "usage", False))
            _say(f"{res.source}: {res.reason}")
    return out


def _check_tolerance(tolerance: float) -> None:
    if not 0 <= tolerance < 1:
        _say(f"--tolerance must be a fraction between 0 and 1 (0.005 is 0.5%), not {tolerance}")
        raise typer.Exit(2)


def _write_json(obj) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2))
    sys.stdout.write("\n")
    sys.stdout.flush()


def _describe(row: dict) -> str:
    """A claim figure in a few words: `> 200,000 · population · Azerbaijanis · Kazakhstan`."""
    from .output import _figure

    bits = [_figure(row), row["kind"]]
    bits += [row[k] for k in ("subject", "place") if row.get(k)]
    return " · ".join(bits)


def _where(row: dict) -> str:
    return f"{row['source']}:{row['line']}"


def _guard_pipe(fn):
    """Run `fn`; a closed pipe (`| head`) ends the command quietly."""
    try:
        fn()
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(0)


CHECK_EPILOG = (
    "Example:\n\n"
    "  diasporafacts check \"more than 200,000 Azerbaijanis live in Kazakhstan\" seeds/\n\n"
    "  diasporafacts check \"about 210,000 Azerbaijanis live in Kazakhstan\" news/ --format json\n\n"
    "Exit codes: 0 consistent evidence found, 1 none, 2 bad usage."
)
COMPARE_EPILOG = (
    "Example:\n\n"
    "  diasporafacts compare seeds/ more-articles/\n\n"
    "  diasporafacts compare a.txt b.txt --all --format json\n\n"
    "Exit codes: 0 done, 1 some inputs unreadable, 2 bad usage or fewer than two sources."
)


def register(app: typer.Typer) -> None:
    """Add `check` and `compare` to the application."""

    @app.command(epilog=CHECK_EPILOG)
    def check(
        claim: Annotated[str, typer.Argument(help="The claim, in quotes: a sentence with at least one figure.",
                                             show_default=False)],
        paths: Annotated[Optional[list[str]], typer.Argument(help="Sources: files, folders (walked recursively) "
                                                             "or - for standard input.", show_default=False)] = None,
        format: Annotated[Optional[EvidenceFormat], typer.Option("--format", "-f", help="Output format. Default: "
                                                                 "table at a terminal, json when piped.",
                                                                 show_default=False)] = None,
        tolerance: Annotated[float, typer.Option("--tolerance", "-t", help="How far two exact figures may differ "
                                                 "and still agree, as a fraction (0.005 = 0.5%).")] = ev.DEFAULT_TOLERANCE,
        glob: Annotated[Optional[list[str]], typer.Option("--glob", "-g", help="File pattern when walking folders "
                                                          "(repeatable). Default: *.txt and *.md.",
                                                          show_default=False)] = None,
        jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes (default: number of cores).",
                                          show_default=False)] = 0,
    ):
        """Find the figures in PATHS that agree or conflict with the figures of CLAIM.

        The claim is read by the same extractor as the sources. A source fact
        is evidence when it counts the same kind of thing (subject, place,
        currency or unit, date) as a claim figure; it is consistent when the two
        figures can both hold (within --tolerance for exact figures, 10% for
        "about", by interval overlap for bounds, ranges and vague amounts),
        conflicting when they cannot. No verdict is given.
        """
        from .pipeline import extract_text

        if not paths:
            _say("no source given (name files, folders or - for standard input after the claim)")
            raise typer.Exit(2)
        _check_tolerance(tolerance)
        if not claim.strip():
            _say("the claim is empty")
            raise typer.Exit(2)
        claim_rows = [f.row() for f in extract_text(claim, "claim")]
        figures = ev.claim_figures(claim, claim_rows)
        if not figures:
            _say(f"no figure found in the claim {claim!r}: a claim needs a number, amount or date to check")
            raise typer.Exit(2)
        read = _read(paths, glob, jobs)
        if not read.sources:
            _say("no source could be read")
            raise typer.Exit(2)
        found = ev.find_evidence(figures, read.figures, tolerance)
        fmt = format or (EvidenceFormat.table if sys.stdout.isatty() else EvidenceFormat.json)

        def write() -> None:
            if fmt == EvidenceFormat.json:
                _write_json({
                    "claim": claim,
                    "figures": [f.row for f in figures],
                    "evidence": [{"match": e.match, "figure": e.figure, "fact": e.fact} for e in found],
                })
            else:
                _check_table(claim, figures, found, len(read.sources))

        _guard_pipe(write)
        raise typer.Exit(0 if any(e.match == ev.CONSISTENT for e in found) else 1)

    @app.command(epilog=COMPARE_EPILOG)
    def compare(
        paths: Annotated[Optional[list[str]], typer.Argument(help="Sources: files, folders (walked recursively) "
                                                             "or - for standard input.", show_default=False)] = None,
        format: Annotated[Optional[EvidenceFormat], typer.Option("--format", "-f", help="Output format. Default: "
                                                                 "table at a terminal, json when piped.",
                                                                 show_default=False)] = None,
        all_groups: Annotated[bool, typer.Option("--all", "-a", help="Also list groups where every source "
                                                 "agrees.")] = False,
        kind: Annotated[Optional[list[CompareKind]], typer.Option("--kind", "-k", help="Compare only this kind "
                                                                  "(repeatable).", show_default=False)] = None,
        tolerance: Annotated[float, typer.Option("--tolerance", "-t", help="How far two exact figures may differ "
                                                 "and still agree, as a fraction (0.005 = 0.5%).")] = ev.DEFAULT_TOLERANCE,
        glob: Annotated[Optional[list[str]], typer.Option("--glob", "-g", help="File pattern when walking folders "
                                                          "(repeatable). Default: *.txt and *.md.",
                                                          show_default=False)] = None,
        jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes (default: number of cores).",
                                          show_default=False)] = 0,
    ):
        """List the things two or more sources count differently.

        Facts are grouped by kind, subject (demonym variants together: Azerbaijanis,
        Azerbaijani citizens, ethnic Azerbaijanis), place, unit, and the year a
        date in the same sentence gives. A group is listed when facts from
        different sources cannot both hold (the rules of `check`). Money,
        durations and dates are not grouped: their records do not say what
        they measure.
        """
        if not paths:
            _say("no source given (name files, folders or - for standard input)")
            raise typer.Exit(2)
        _check_tolerance(tolerance)
        read = _read(paths, glob, jobs)
        if not read.sources:
            _say("no source could be read")
            raise typer.Exit(2)
        if len(read.sources) < 2:
            _say(f"compare needs at least two sources; only {read.sources[0]} could be read")
            raise typer.Exit(2)
        groups = ev.compare(read.figures, tolerance, all_groups, [k.value for k in kind] if kind else None)
        fmt = format or (EvidenceFormat.table if sys.stdout.isatty() else EvidenceFormat.json)

        def write() -> None:
            if fmt == EvidenceFormat.json:
                _write_json({"groups": [
                    {"kind": g.kind, "subject": g.subject, "place": g.place, "unit": g.unit, "year": g.year,
                     "consistent": g.consistent, "facts": g.facts} for g in groups]})
            else:
                _compare_table(groups, len(read.sources), all_groups)

        _guard_pipe(write)
        raise typer.Exit(1 if read.failed else 0)


def _check_table(claim: str, figures: list[ev.Figure], found: list[ev.Evidence], n_sources: int) -> None:
    from rich.table import Table
    from rich.text import Text

    console = _console()
    console.print(Text(f"Claim: {claim}"))
    for i, f in enumerate(figures, 1):
        console.print(Text(f"  figure {i}: {_describe(f.row)}"))
    if found:
        t = Table(show_lines=True, expand=False)
        for col in ("claim figure", "match", "source", "quote", "sentence", "speaker"):
            t.add_column(col, overflow="fold")
        for e in found:
            style = "green" if e.match == ev.CONSISTENT else "red"
            t.add_row(figures[e.figure].row["quote"], Text(e.match, style=style), _where(e.fact), e.fact["quote"],
                      e.fact.get("sentence") or "", e.fact.get("speaker") or "")
        console.print(t)
    agree = sum(e.match == ev.CONSISTENT for e in found)
    sources = len({e.fact["source"] for e in found})
    console.print(f"{agree} consistent, {len(found) - agree} conflicting, "
                  f"from {sources} of {n_sources} sources" + ("" if found else ": no evidence found"))


def _compare_table(groups: list[ev.Group], n_sources: int, all_groups: bool) -> None:
    from rich.table import Table
    from rich.text import Text

    from .output import _figure

    console = _console()
    for g in groups:
        title = " · ".join(str(x) for x in (g.kind, g.subject or g.unit, g.place, g.year) if x)
        title += "  (agree)" if g.consistent else "  (disagree)"
        t = Table(title=title, title_justify="left", expand=False)
        for col, kw in (("figure", {}), ("source", {}), ("line", {"justify": "right"}), ("quote", {}),
                        ("speaker", {})):
            t.add_column(col, overflow="fold", **kw)
        for r in g.facts:
            t.add_row(_figure(r), r["source"], str(r["line"]), r["quote"], r.get("speaker") or "")
        console.print(t)
    disagree = sum(not g.consistent for g in groups)
    n = len(groups)
    what = ("group" if n == 1 else "groups") + (" compared" if all_groups else
                                                 " where sources disagree")
    console.print(Text(f"{n} {what}" + (f" ({disagree} disagree)" if all_groups else "")
                       + f", {n_sources} sources read"))
