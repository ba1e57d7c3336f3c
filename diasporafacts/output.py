"""Writers over fact rows: JSON, JSON Lines, CSV (streamed) and a Rich table.

Rows are the plain dicts of `Fact.row()`, in the spec's field order with
`id` last. JSON and JSON Lines keep the same order; CSV has one column per
field. `atomic_output()` writes `-o FILE` through a temporary file in the
same folder and renames it, so an error or Ctrl-C never leaves half a file.
"""
from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import tempfile
from collections import Counter
from typing import IO, Iterable, Iterator

from .models import FIELDS

COLUMNS = FIELDS + ("id",)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def write_jsonl(rows: Iterable[dict], out: IO[str]) -> int:
    n = 0
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    for row in rows:
        out.write(dumps(row))
        out.write("\n")
        n += 1
    return n


def write_json(rows: Iterable[dict], out: IO[str]) -> int:
    n = 0
    dumps = json.JSONEncoder(ensure_ascii=False, indent=None, separators=(", ", ": ")).encode
    out.write("[")
    for row in rows:
        out.write(",\n " if n else "\n ")
        out.write(dumps(row))
        n += 1
    out.write("\n]\n" if n else "]\n")
    return n


def _cell(v, excel: bool):
    if v is None:
        return ""
    if excel and isinstance(v, str) and v.startswith(_FORMULA_START):
        return "'" + v  # a spreadsheet would run it as a formula
    return v


def write_csv(rows: Iterable[dict], out: IO[str], excel: bool = False) -> int:
    if excel:
        out.write("\ufeff")
    w = csv.DictWriter(out, fieldnames=COLUMNS, extrasaction="ignore", lineterminator="\r\n")
    w.writeheader()
    n = 0
    for row in rows:
        w.writerow({k: _cell(row.get(k), excel) for k in COLUMNS})
        n += 1
    return n


def _figure(row: dict) -> str:
    kind, unit = row["kind"], row.get("unit")
    if kind == "date":
        return row.get("date") or ""
    q = row.get("qualifier")
    fmt = lambda x: f"{x:,}" if isinstance(x, int) else f"{x:,.6g}" if isinstance(x, float) else str(x)
    if row.get("value") is not None:
        txt = fmt(row["value"])
        prefix = {"more_than": "> ", "at_least": "≥ ", "less_than": "< ", "up_to": "≤ ", "approx": "≈ "}.get(q, "")
        txt = prefix + txt
    elif row.get("low") is not None or row.get("high") is not None:
        lo = fmt(row["low"]) if row.get("low") is not None else "?"
        hi = fmt(row["high"]) if row.get("high") is not None else "?"
        txt = f"{lo}–{hi}"
    else:
        txt = "?"
    if unit and kind != "count":
        txt += f" {unit}" if unit != "%" else "%"
    elif unit:
        txt += f" {unit}"
    return txt


def write_table(rows: Iterable[dict], console) -> int:
    """A table per file for people reading at a terminal, then counts per kind."""
    from rich.table import Table

    by_source: dict[str, list[dict]] = {}
    for row in rows:
        by_source.setdefault(row["source"], []).append(row)
    kinds: Counter[str] = Counter()
    for source, items in by_source.items():
        t = Table(title=source, title_justify="left", show_lines=False, expand=False)
        for col, kw in (("line", {"justify": "right"}), ("kind", {}), ("quote", {}), ("figure", {}),
                        ("subject", {}), ("place", {}), ("speaker", {})):
            t.add_column(col, overflow="fold", **kw)
        for r in items:
            kinds[r["kind"]] += 1
            t.add_row(str(r["line"]), r["kind"], r["quote"], _figure(r), r.get("subject") or "",
                      r.get("place") or "", r.get("speaker") or "")
        console.print(t)
    total = sum(kinds.values())
    summary = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])))
    console.print(f"{total} facts in {len(by_source)} files" + (f": {summary}" if summary else ""))
    return total


@contextlib.contextmanager
def atomic_output(path: str, excel_bom: bool = False) -> Iterator[IO[str]]:
    """Open `path` for writing so that it appears whole or not at all.

    Through a symbolic link the file it points to is replaced and the link
    kept; a device or a named pipe (/dev/null, /dev/stdout) is written
    straight through, never replaced."""
    import stat

    try:
        st = os.stat(path)
    except OSError:
        st = None
    if st is not None and not stat.S_ISREG(st.st_mode):
        with open(path, "w", encoding="utf-8", errors="backslashreplace", newline="") as f:
            yield f
        return
    target = os.path.realpath(path)
    folder = os.path.dirname(target)
    if not os.path.isdir(folder):
        raise FileNotFoundError(f"folder {folder} does not exist")
    from .reading import TEMP_PREFIX, TEMP_SUFFIX

    fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=folder)
    try:
        # mkstemp makes a private file (0600): give it the old file's mode,
        # or the one a new file would get.
        os.chmod(tmp, stat.S_IMODE(st.st_mode) if st is not None else 0o666 & ~_umask())
        with io.open(fd, "w", encoding="utf-8", errors="backslashreplace", newline="") as f:
            yield f
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
