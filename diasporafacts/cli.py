"""The `diasporafacts` command line: thin commands over the library.

Exit codes: 0 everything was read; 1 some inputs could not be read (the
rest is output); 2 bad usage or nothing to read.
"""
from __future__ import annotations

import json
import os
import sys
from enum import Enum
from typing import Annotated, Optional

import typer

from . import __version__
from .models import Fact, Kind

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Pull verifiable figures (populations, organizations, money, dates, durations, "
         "percentages, multipliers, counts) out of news text.",
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


def _version(value: bool):
    if value:
        typer.echo(f"diasporafacts {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[Optional[bool], typer.Option("--version", callback=_version, is_eager=True,
                                                    help="Print the version and exit.")] = None,
):
    """Pull verifiable figures out of news text about diasporas and migration.

    Example: diasporafacts extract seeds/ | jq .quote
    """


def _err_console():
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


def _say(msg: str) -> None:
    # One line a message, even for a file name holding a line break.
    msg = "".join(repr(ch)[1:-1] if ch < " " or ch == "\x7f" else ch for ch in msg)
    sys.stderr.write(f"diasporafacts: {msg}\n")
    sys.stderr.flush()


@app.command(epilog="Examples:\n\n  diasporafacts extract seeds/\n\n  diasporafacts extract seeds/ --format csv -o facts.csv\n\n"
                    "  cat article.txt | diasporafacts extract - --kind population --kind money")
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (walked recursively) or - for standard input.",
                                                show_default=False)],
    format: Annotated[Optional[Format], typer.Option("--format", "-f", help="Output format. Default: table at a terminal, "
                                                     "jsonl when piped.", show_default=False)] = None,
    kind: Annotated[Optional[list[Kind]], typer.Option("--kind", "-k", help="Keep only this kind (repeatable).",
                                                       show_default=False)] = None,
    output: Annotated[Optional[str], typer.Option("--output", "-o", help="Write the result to this file (atomically).",
                                                  show_default=False)] = None,
    glob: Annotated[Optional[list[str]], typer.Option("--glob", "-g", help="File pattern when walking folders "
                                                      "(repeatable). Default: *.txt and *.md.", show_default=False)] = None,
    excel: Annotated[bool, typer.Option("--excel", help="CSV for spreadsheets: UTF-8 BOM, formula-like cells neutralized.")] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes (default: number of cores).",
                                      show_default=False)] = 0,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Report each file's encoding and fact count on stderr.")] = False,
):
    """Extract every figure from PATHS and print one record per fact.

    Records follow shared/spec/FACTS.md: source, start, end, line, column,
    quote, kind, value, low, high, qualifier, unit, subject, place, date,
    speaker, sentence, plus a stable id.
    """
    from .output import atomic_output, write_csv, write_json, write_jsonl, write_table
    from .runner import Result, default_jobs, run

    if not paths:
        _say("no input given (name files, folders or - for standard input)")
        raise typer.Exit(2)
    if excel and format not in (None, Format.csv):
        _say("--excel applies to --format csv only")
        raise typer.Exit(2)
    if output:
        folder = os.path.dirname(os.path.abspath(output))
        if not os.path.isdir(folder):
            _say(f"cannot write {output}: folder {folder} does not exist")
            raise typer.Exit(2)
        if os.path.isdir(output):
            _say(f"cannot write {output}: it is a folder")
            raise typer.Exit(2)
    fmt = format or (Format.csv if excel else None)
    if fmt is None:
        fmt = Format.table if (output is None and sys.stdout.isatty()) else Format.jsonl
    wanted = {k.value for k in kind} if kind else None
    jobs = jobs or default_jobs()
    if "-" in paths:
        jobs = 1  # standard input is read in this process; keep it simple

    state = {"read": 0, "failed": 0, "usage": 0}

    def rows():
        progress = _progress(paths, glob)
        try:
            for res in run(paths, glob, jobs):
                if progress is not None:
                    progress.advance()
                if isinstance(res, Result):
                    state["read"] += 1
                    if verbose:
                        _say(f"{res.source}: {res.encoding}, {len(res.rows)} facts")
                    for r in res.rows:
                        if wanted is None or r["kind"] in wanted:
                            yield r
                else:
                    state["failed"] += 1
                    if getattr(res, "usage", False):
                        state["usage"] += 1
                    _say(f"{res.source}: {res.reason}")
        finally:
            if progress is not None:
                progress.stop()

    def write(out) -> None:
        if fmt == Format.jsonl:
            write_jsonl(rows(), out)
        elif fmt == Format.json:
            write_json(rows(), out)
        elif fmt == Format.csv:
            write_csv(rows(), out, excel=excel)
        else:
            from rich.console import Console

            console = Console(file=out, highlight=False, force_terminal=None if out is sys.stdout else False,
                              width=None if out is sys.stdout else 160)

            def broken_pipe():
                # Rich would exit 1 here; a closed pipe ends quietly below.
                console.quiet = True
                raise BrokenPipeError

            console.on_broken_pipe = broken_pipe
            write_table(rows(), console)

    try:
        if output:
            with atomic_output(output) as f:
                write(f)
        else:
            _prepare_stdout(fmt)
            write(sys.stdout)
            sys.stdout.flush()
    except BrokenPipeError:
        # `| head` closed the pipe: stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(0)
    except KeyboardInterrupt:
        _say("interrupted")
        raise typer.Exit(130)
    except OSError as err:
        _say(f"cannot write output: {err}")
        raise typer.Exit(2)
    except Exception as err:  # a bug ends in one line, not a traceback
        _say(f"internal error: {type(err).__name__}: {err}" + (f" ({output} not written)" if output else ""))
        raise typer.Exit(1)
    if state["read"] == 0 and state["failed"]:
        raise typer.Exit(2)
    if state["usage"]:
        raise typer.Exit(2 if state["read"] == 0 else 1)
    if state["failed"]:
        raise typer.Exit(1)


def _prepare_stdout(fmt: Format) -> None:
    """JSON, JSON Lines and CSV are UTF-8 whatever the locale; a character
    the output cannot carry (a file name that is not UTF-8) is escaped."""
    try:
        if fmt == Format.table:
            sys.stdout.reconfigure(errors="backslashreplace")
        else:
            sys.stdout.reconfigure(encoding="utf-8", errors="backslashreplace")
    except (AttributeError, ValueError, OSError):
        pass


class _Progress:
    def __init__(self, total: int):
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._p = Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                           console=_err_console(), transient=True)
        self._task = self._p.add_task("files", total=total)
        self._p.start()

    def advance(self) -> None:
        self._p.advance(self._task)

    def stop(self) -> None:
        self._p.stop()


def _progress(paths, glob):
    """A progress bar on stderr, only for a person watching more than a handful of files."""
    if not sys.stderr.isatty() or "-" in paths:
        return None
    from .reading import iter_paths

    total = sum(1 for p in iter_paths(paths, glob) if isinstance(p, str))
    return _Progress(total) if total > 5 else None


@app.command(epilog="Example:\n\n  diasporafacts schema > fact.schema.json")
def schema():
    """Print the JSON Schema of a fact record (for scripts that validate what they read)."""
    typer.echo(json.dumps(Fact.model_json_schema(), indent=2, ensure_ascii=False))


from .cli_evidence import register as _register_evidence
_register_evidence(app)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
