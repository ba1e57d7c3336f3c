"""The extract/schema commands end to end, through typer's CliRunner."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from diasporafacts import extract_paths, extract_text
from diasporafacts.cli import app
from diasporafacts.models import FIELDS

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ARTICLE = (
    "BAKU, March 3 (Trend) – More than 200,000 Azerbaijanis live in Kazakhstan, "
    "the ambassador said. The community runs 25 schools and spent $3.5 million in 2023.\n"
)


@pytest.fixture(autouse=True)
def _columns(monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")


def run(args, **kw):
    return CliRunner().invoke(app, args, **kw)


def texts() -> dict[str, str]:
    return {str(p): p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


def jsonl_rows(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_default_piped_output_is_jsonl_with_every_field():
    res = run(["extract", str(SEEDS)])
    assert res.exit_code == 0, res.output
    rows = jsonl_rows(res.stdout)
    assert len(rows) >= 30
    docs = texts()
    for r in rows:
        assert set(FIELDS) <= set(r)
        assert docs[r["source"]][r["start"]:r["end"]] == r["quote"]
        assert r["quote"] in r["sentence"]


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_every_format_parses_back_to_the_same_records(fmt):
    base = jsonl_rows(run(["extract", str(SEEDS), "--format", "jsonl"]).stdout)
    res = run(["extract", str(SEEDS), "--format", fmt])
    assert res.exit_code == 0
    if fmt == "json":
        rows = json.loads(res.stdout)
    elif fmt == "jsonl":
        rows = jsonl_rows(res.stdout)
    else:
        rows = list(csv.DictReader(io.StringIO(res.stdout)))
        assert list(rows[0])[: len(FIELDS)] == list(FIELDS)
    assert len(rows) == len(base)
    for r, b in zip(rows, base):
        assert r["quote"] == b["quote"]
        assert str(r["start"]) == str(b["start"])
        for f in FIELDS:
            assert f in r


def test_excel_csv_has_bom_and_neutralizes_formulas(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("=HYPERLINK: More than 300 migrants arrived.\n", encoding="utf-8")
    res = run(["extract", str(f), "--format", "csv", "--excel"])
    assert res.exit_code == 0
    assert res.stdout.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(res.stdout.lstrip("\ufeff"))))
    assert rows and rows[0]["sentence"].startswith("'=")


def test_table_groups_by_file_and_counts_kinds():
    res = run(["extract", str(SEEDS), "--format", "table"])
    assert res.exit_code == 0
    assert "001_d59ad83c0298ad6c.txt" in res.stdout
    assert "facts in 5 files" in res.stdout
    assert "population" in res.stdout


def test_stdin_gives_source_dash():
    res = run(["extract", "-"], input=ARTICLE)
    assert res.exit_code == 0
    rows = jsonl_rows(res.stdout)
    assert rows and all(r["source"] == "-" for r in rows)
    assert any(r["quote"] == "More than 200,000" and r["kind"] == "population" for r in rows)
    for r in rows:
        assert ARTICLE[r["start"]:r["end"]] == r["quote"]


def test_kind_filter_is_repeatable():
    res = run(["extract", "-", "--kind", "money", "--kind", "date"], input=ARTICLE)
    kinds = {r["kind"] for r in jsonl_rows(res.stdout)}
    assert kinds == {"money", "date"}


def test_unknown_kind_is_a_usage_error():
    res = run(["extract", "-", "--kind", "planets"], input=ARTICLE)
    assert res.exit_code == 2


def test_output_file(tmp_path):
    out = tmp_path / "facts.json"
    res = run(["extract", str(SEEDS), "--format", "json", "-o", str(out)])
    assert res.exit_code == 0
    assert res.stdout == ""
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert len(rows) >= 30
    assert not list(tmp_path.glob(".diasporafacts-*"))  # no temporary left behind


def test_output_into_missing_folder_is_a_clear_error(tmp_path):
    res = run(["extract", str(SEEDS), "-o", str(tmp_path / "nope" / "x.jsonl")])
    assert res.exit_code == 2
    assert "does not exist" in res.stderr


def test_glob_option(tmp_path):
    (tmp_path / "a.txt").write_text("About 40 percent of migrants work.\n", encoding="utf-8")
    (tmp_path / "b.news").write_text("Some 300 refugees arrived.\n", encoding="utf-8")
    res = run(["extract", str(tmp_path), "--glob", "*.news"])
    rows = jsonl_rows(res.stdout)
    assert {Path(r["source"]).name for r in rows} == {"b.news"}


def test_same_input_same_ids():
    a = jsonl_rows(run(["extract", "-"], input=ARTICLE).stdout)
    b = jsonl_rows(run(["extract", "-"], input=ARTICLE).stdout)
    assert [r["id"] for r in a] == [r["id"] for r in b]
    assert len({r["id"] for r in a}) == len(a)


def test_jobs_keep_input_order():
    one = run(["extract", str(SEEDS), "--jobs", "1"]).stdout
    two = run(["extract", str(SEEDS), "--jobs", "2"]).stdout
    assert one == two


def test_schema_is_the_models_json_schema():
    res = run(["schema"])
    assert res.exit_code == 0
    schema = json.loads(res.stdout)
    assert set(FIELDS) <= set(schema["properties"])
    assert "population" in json.dumps(schema)


def test_version():
    res = run(["--version"])
    assert res.exit_code == 0 and "diasporafacts" in res.stdout


def test_every_command_has_help_with_an_example():
    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    assert {"extract", "schema"} <= set(names)
    for name in names:
        res = run([name, "--help"])
        assert res.exit_code == 0, name
        assert "Example" in res.stdout, name


def test_library_api_matches_cli():
    rows = jsonl_rows(run(["extract", str(SEEDS)]).stdout)
    facts = list(extract_paths([str(SEEDS)]))
    assert [f.quote for f in facts] == [r["quote"] for r in rows]
    assert extract_text("") == []
