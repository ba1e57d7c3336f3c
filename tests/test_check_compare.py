"""`diasporafacts check` and `diasporafacts compare` end to end, through typer's CliRunner.

The sources are four short articles in tests/fixtures/evidence/:
- embassy.txt: more than 200,000 Azerbaijanis in Kazakhstan; an allowance
  of 214 thousand tenge; a centre in Almaty opened on May 7, 2020;
- census.txt: about 150,000 ethnic Azerbaijanis in Kazakhstan;
- ministry.txt: some 210,000 Azerbaijani citizens in Kazakhstan;
- russia.txt: as many as 1.5 million Azerbaijanis in Russia.
The tests check exit codes and parsed JSON, not table layout.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from diasporafacts.cli import app

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures" / "evidence"
EMBASSY, CENSUS, MINISTRY, RUSSIA = (str(FIXTURES / f"{n}.txt") for n in ("embassy", "census", "ministry", "russia"))


@pytest.fixture(autouse=True)
def _columns(monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")


def run(args, **kw):
    return CliRunner().invoke(app, args, **kw)


def check(claim, *paths, extra=()):
    res = run(["check", claim, *paths, "--format", "json", "--jobs", "1", *extra])
    data = json.loads(res.stdout) if res.stdout.strip() else None
    return res, data


def matches(data) -> list[tuple[str, str, str]]:
    return [(e["match"], Path(e["fact"]["source"]).name, e["fact"]["quote"]) for e in data["evidence"]]


# check: consistent and conflicting evidence

def test_check_consistent_and_conflicting_evidence():
    res, data = check("about 210,000 Azerbaijanis live in Kazakhstan", str(FIXTURES))
    assert res.exit_code == 0, res.output
    assert set(data) == {"claim", "figures", "evidence"}
    assert data["claim"] == "about 210,000 Azerbaijanis live in Kazakhstan"
    (fig,) = data["figures"]
    assert (fig["kind"], fig["value"], fig["qualifier"]) == ("population", 210000, "approx")
    assert sorted(matches(data)) == [
        ("conflicting", "census.txt", "About 150,000"),
        ("consistent", "embassy.txt", "More than 200,000"),
        ("consistent", "ministry.txt", "Some 210,000"),
    ]
    for e in data["evidence"]:
        assert e["match"] in ("consistent", "conflicting")
        assert {"source", "line", "quote", "sentence", "speaker"} <= set(e["fact"])


def test_check_only_conflicting_evidence_exits_1():
    res, data = check("150,000 Azerbaijanis live in Kazakhstan", EMBASSY, MINISTRY)
    assert res.exit_code == 1
    assert {m for m, _, _ in matches(data)} == {"conflicting"}
    assert len(data["evidence"]) == 2


def test_check_demonym_variants_match():
    # "Azerbaijani citizens" in the claim, "Azerbaijanis" and "ethnic Azerbaijanis" in the sources.
    res, data = check("more than 200,000 Azerbaijani citizens live in Kazakhstan", EMBASSY, CENSUS)
    assert res.exit_code == 0
    assert sorted(matches(data)) == [("conflicting", "census.txt", "About 150,000"),
                                     ("consistent", "embassy.txt", "More than 200,000")]


@pytest.mark.parametrize("claim", [
    "more than 200,000 Uzbeks live in Kazakhstan",        # another group
    "more than 200,000 Azerbaijanis live in Georgia",     # another place
    "each returning family received an allowance of 214,000 rubles",   # another currency
    "A new school in Shymkent opened on May 7, 2020",     # a date of something else
])
def test_check_claims_about_something_else_find_nothing(claim):
    res, data = check(claim, str(FIXTURES))
    assert res.exit_code == 1, res.output
    assert data["figures"]
    assert data["evidence"] == []


def test_check_russia_figure_is_not_evidence_for_kazakhstan():
    res, data = check("more than 200,000 Azerbaijanis live in Kazakhstan", str(FIXTURES))
    assert "russia.txt" not in {s for _, s, _ in matches(data)}


def test_check_money_in_another_notation():
    res, data = check("each returning family received an allowance of 214,000 tenge", str(FIXTURES))
    assert res.exit_code == 0
    assert matches(data) == [("consistent", "embassy.txt", "214 thousand tenge")]
    res, data = check("each returning family received an allowance of 250,000 tenge", str(FIXTURES))
    assert res.exit_code == 1
    assert matches(data) == [("conflicting", "embassy.txt", "214 thousand tenge")]


@pytest.mark.parametrize("claim,match,code", [
    ("The Azerbaijani cultural centre in Almaty opened on 7 May 2020", "consistent", 0),
    ("The Azerbaijani cultural centre in Almaty opened on May 7", "consistent", 0),
    ("The Azerbaijani cultural centre in Almaty opened on May 8, 2020", "conflicting", 1),
    ("The Azerbaijani cultural centre in Almaty opened in March 2021", "conflicting", 1),
])
def test_check_dates(claim, match, code):
    res, data = check(claim, str(FIXTURES))
    assert res.exit_code == code
    assert matches(data) == [(match, "embassy.txt", "May 7, 2020")]


def test_check_tolerance_option():
    # 213,000 against 214,000 is 0.47% apart: beyond 0.25%, within 1%.
    claim = "each returning family received an allowance of 213,000 tenge"
    res, data = check(claim, EMBASSY)
    assert matches(data) == [("consistent", "embassy.txt", "214 thousand tenge")]
    res, data = check(claim, EMBASSY, extra=["--tolerance", "0.0025"])
    assert res.exit_code == 1
    assert matches(data) == [("conflicting", "embassy.txt", "214 thousand tenge")]
    res, data = check(claim, EMBASSY, extra=["--tolerance", "0.01"])
    assert res.exit_code == 0
    assert matches(data) == [("consistent", "embassy.txt", "214 thousand tenge")]


def test_check_table_for_people(monkeypatch):
    monkeypatch.chdir(FIXTURES)
    res = run(["check", "about 210,000 Azerbaijanis live in Kazakhstan", ".", "--format", "table"])
    assert res.exit_code == 0
    out = res.stdout
    assert "consistent" in out and "conflicting" in out
    assert "embassy.txt:3" in out.replace("./", "")
    assert "Rashad Mammadov" in out
    assert "2 consistent, 1 conflicting" in out


def test_check_reads_standard_input():
    res = run(["check", "150,000 Azerbaijanis live in Kazakhstan", "-", "--format", "json"],
              input=Path(CENSUS).read_text(encoding="utf-8"))
    assert res.exit_code == 0
    assert matches(json.loads(res.stdout)) == [("consistent", "-", "About 150,000")]


# check: bad usage

def test_check_claim_without_figure_is_bad_usage():
    res, data = check("Azerbaijanis live in Kazakhstan", str(FIXTURES))
    assert res.exit_code == 2
    assert data is None
    assert "no figure" in res.stderr


def test_check_without_path_is_bad_usage():
    res = run(["check", "more than 200,000 Azerbaijanis live in Kazakhstan"])
    assert res.exit_code == 2
    assert "no source" in res.stderr


def test_check_without_claim_is_bad_usage():
    assert run(["check"]).exit_code == 2


def test_check_unreadable_paths_only_is_bad_usage(tmp_path):
    res = run(["check", "more than 200,000 Azerbaijanis live in Kazakhstan", str(tmp_path / "missing.txt")])
    assert res.exit_code == 2
    assert "missing.txt" in res.stderr
    assert res.stdout == ""


def test_check_one_unreadable_path_among_readable_ones_is_reported(tmp_path):
    res, data = check("more than 200,000 Azerbaijanis live in Kazakhstan", EMBASSY, str(tmp_path / "missing.txt"))
    assert res.exit_code == 0
    assert "missing.txt" in res.stderr
    assert matches(data) == [("consistent", "embassy.txt", "More than 200,000")]


@pytest.mark.parametrize("value", ["-0.1", "1.5"])
def test_check_bad_tolerance_is_bad_usage(value):
    res = run(["check", "more than 200,000 Azerbaijanis live in Kazakhstan", EMBASSY, "--tolerance", value])
    assert res.exit_code == 2
    assert "--tolerance" in res.stderr


# compare

def compare(*args):
    res = run(["compare", *args, "--jobs", "1"])
    return res, (json.loads(res.stdout) if res.stdout.strip() and res.stdout.lstrip().startswith("{") else None)


def test_compare_lists_the_disagreement_and_leaves_the_other_place_out():
    res, data = compare(CENSUS, EMBASSY, RUSSIA, "--format", "json")
    assert res.exit_code == 0, res.output
    assert list(data) == ["groups"]
    (g,) = data["groups"]
    assert {k: g[k] for k in ("kind", "subject", "place", "unit")} == {
        "kind": "population", "subject": "Azerbaijanis", "place": "Kazakhstan", "unit": None}
    assert g["consistent"] is False
    assert sorted((Path(f["source"]).name, f["quote"]) for f in g["facts"]) == [
        ("census.txt", "About 150,000"), ("embassy.txt", "More than 200,000")]
    assert all("russia" not in f["source"] for f in g["facts"])


def test_compare_leaves_out_agreeing_groups_unless_all():
    res, data = compare(EMBASSY, MINISTRY, "--format", "json")
    assert res.exit_code == 0
    assert data == {"groups": []}
    res, data = compare(EMBASSY, MINISTRY, "--format", "json", "--all")
    (g,) = data["groups"]
    assert g["consistent"] is True
    assert len(g["facts"]) == 2


def test_compare_kind_filter():
    res, data = compare(CENSUS, EMBASSY, "--format", "json", "--kind", "count")
    assert res.exit_code == 0
    assert data == {"groups": []}


def test_compare_table_for_people(monkeypatch):
    monkeypatch.chdir(FIXTURES)
    res = run(["compare", "census.txt", "embassy.txt", "russia.txt", "--format", "table"])
    assert res.exit_code == 0
    out = res.stdout
    assert "Azerbaijanis" in out and "Kazakhstan" in out and "disagree" in out
    assert "Bureau of National Statistics" in out
    assert "russia.txt" not in out


def test_compare_needs_two_sources():
    res, _ = compare(CENSUS)
    assert res.exit_code == 2
    assert "two sources" in res.stderr


def test_compare_without_path_is_bad_usage():
    res, _ = compare()
    assert res.exit_code == 2


def test_compare_reports_unreadable_inputs(tmp_path):
    res, data = compare(CENSUS, EMBASSY, str(tmp_path / "missing.txt"), "--format", "json")
    assert res.exit_code == 1
    assert "missing.txt" in res.stderr
    assert len(data["groups"]) == 1


# help

@pytest.mark.parametrize("command", ["check", "compare"])
def test_help_has_an_example(command):
    res = run([command, "--help"])
    assert res.exit_code == 0
    assert "Example" in res.stdout
    assert f"diasporafacts {command}" in res.stdout
