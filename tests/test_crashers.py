"""Inputs that once broke the tool, kept in tests/crashers/ and run for ever.

Each file goes through the reader and `extract_text`, then through the
command line; both must finish without an exception, agree with each other,
and keep the fact invariants (text[start:end] == quote, the quote inside its
sentence, finite values). Add a file here whenever an input breaks
something, and a line to WHAT_BROKE saying what it was.
"""
from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from typer.testing import CliRunner

from diasporafacts import extract_text
from diasporafacts.cli import app
from diasporafacts.reading import decode

HERE = Path(__file__).resolve().parent / "crashers"

# File → what it broke, and for decoding cases a phrase the decoded text must hold.
WHAT_BROKE: dict[str, tuple[str, str | None]] = {
    "overflow_counted.txt": ("a 310-digit count overflows to inf: OverflowError in pipeline._tidy", None),
    "overflow_money.txt": ("a 400-digit amount after $: OverflowError in pipeline._tidy", None),
    "overflow_percent.txt": ("a 400-digit percentage: OverflowError in pipeline._tidy", None),
    "overflow_scaled.txt": ("a 305-digit number times 'million' overflows: OverflowError", None),
    "overflow_times.txt": ("a 400-digit multiplier: OverflowError", None),
    "slow_month_range.txt": ("January-February-…: dates._starts walks back over the whole run (quadratic)", None),
    "slow_thousands_of.txt": ("'thousands of' repeated: pipeline._resolve_group is O(facts²)", None),
    "slow_long_sentence.txt": ("one long sentence full of figures: places.place_for per fact over the sentence", None),
    "slow_no_of.txt": ("zero-width characters everywhere, no literal 'of': regex .match() without an end "
                       "scans to the end of the text for each number (quadratic)", None),
    "koi8r_read_as_shift_jis.txt": ("KOI8-R Russian decoded as Shift_JIS half-width katakana", "Посольство Азербайджана"),
    "cp1254_read_as_cp1250.txt": ("Windows-1254 Turkish decoded as Windows-1250 ('ý' for 'ı')", "Azerbaycanlıların"),
}

FILES = sorted(p.name for p in HERE.iterdir() if p.is_file() and not p.name.startswith(".")) if HERE.is_dir() else []


def check_rows(text: str, rows: list[dict]) -> None:
    last = -1
    for r in rows:
        assert 0 <= r["start"] < r["end"] <= len(text), r
        assert text[r["start"]:r["end"]] == r["quote"], r
        assert r["quote"] in r["sentence"] and r["sentence"] in text, r
        assert r["start"] >= last
        last = r["start"]
        for key in ("value", "low", "high"):
            assert r[key] is None or math.isfinite(r[key]), r
        json.dumps(r, allow_nan=False)


def test_every_crasher_is_described():
    assert set(FILES) == set(WHAT_BROKE)


@pytest.mark.parametrize("name", FILES)
def test_library(name):
    text, _ = decode((HERE / name).read_bytes())
    must = WHAT_BROKE.get(name, ("", None))[1]
    if must:
        assert must in text
    rows = [f.row() for f in extract_text(text, name)]
    check_rows(text, rows)


@pytest.mark.parametrize("name", FILES)
def test_command_line(name):
    path = HERE / name
    res = CliRunner().invoke(app, ["extract", str(path), "-f", "jsonl", "-j", "1"], env={"COLUMNS": "120"})
    assert res.exception is None or isinstance(res.exception, SystemExit), repr(res.exception)
    assert "Traceback" not in res.output
    assert res.exit_code == 0, res.stderr
    assert res.stderr == ""
    text, _ = decode(path.read_bytes())
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    check_rows(text, rows)
    assert rows == [f.row() for f in extract_text(text, str(path))]
