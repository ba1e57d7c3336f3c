"""The benchmark's corpus builder and a run of the bench on a tiny corpus.

No timing is asserted here, ever: only that the corpus is reproducible and
of the size asked, and that the bench measures and reports end to end.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from diasporafacts import bench

SIZE_MB = 0.2


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*.txt"))}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> bench.Corpus:
    return bench.build_corpus(tmp_path_factory.mktemp("corpus"), SIZE_MB)


def test_corpus_has_the_size_asked_in_files_of_1_to_20_kb(corpus):
    files = _files(Path(corpus.path))
    total = sum(len(b) for b in files.values())
    assert total == corpus.bytes
    assert SIZE_MB * 1e6 <= total < SIZE_MB * 1e6 + bench.MAX_FILE
    assert len(files) == corpus.files > 10
    assert all(bench.MIN_FILE <= len(b) <= bench.MAX_FILE for b in files.values())
    # Generated, not copied: no two files alike, all valid UTF-8 prose with figures.
    assert len({hashlib.sha256(b).digest() for b in files.values()}) == len(files)
    texts = [b.decode("utf-8") for b in files.values()]
    assert sum(any(ch.isdigit() for ch in t) for t in texts) > len(texts) // 2


def test_same_seed_same_bytes_other_seed_other_bytes(corpus, tmp_path):
    again = bench.build_corpus(tmp_path / "again", SIZE_MB)
    assert _files(Path(again.path)) == _files(Path(corpus.path))
    assert again.digest == corpus.digest
    other = bench.build_corpus(tmp_path / "other", SIZE_MB, seed=bench.DEFAULT_SEED + 1)
    assert other.digest != corpus.digest


def test_a_built_corpus_is_reused_and_a_foreign_folder_is_left_alone(corpus, tmp_path):
    first = next(Path(corpus.path).rglob("*.txt"))
    stamp = first.stat().st_mtime_ns
    assert bench.build_corpus(corpus.path, SIZE_MB) == corpus
    assert first.stat().st_mtime_ns == stamp
    foreign = tmp_path / "mine"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(FileExistsError):
        bench.build_corpus(foreign, SIZE_MB)
    assert (foreign / "notes.txt").read_text(encoding="utf-8") == "keep me"


def test_variations_rewrite_figures_names_and_places():
    import random

    para = ("On May 7, 2020, Fuad Muradov said that more than 200,000 Azerbaijanis live in "
            "Kazakhstan and 2.5 billion manat was spent in the 1990s.")
    outs = {bench._Variation(random.Random(i))(para) for i in range(20)}
    assert len(outs) == 20
    assert any("Fuad Muradov" not in o for o in outs)
    assert any("200,000" not in o and ",000 " in o for o in outs)


def test_bench_runs_end_to_end_on_a_tiny_corpus(corpus, capsys):
    assert bench.main(["--corpus", corpus.path, "--size-mb", str(SIZE_MB), "--jobs", "1,2", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["corpus"]["digest"] == corpus.digest
    assert summary["digit_scan"]["bytes"] == corpus.bytes and summary["digit_scan"]["mb_per_s"] > 0
    runs = {r["jobs"]: r for r in summary["runs"]}
    assert set(runs) == {1, 2}
    for r in runs.values():
        assert r["exit_code"] == 0
        assert r["files"] == corpus.files and r["bytes"] == corpus.bytes
        assert r["facts"] > 0 and r["mb_per_s"] > 0 and r["vs_digit_scan"] > 0
        assert r["peak_mb"] > 0 and r["max_process_mb"] > 0
    assert runs[1]["facts"] == runs[2]["facts"]
    assert runs[2]["processes"] >= 2  # the workers were counted too


def test_table_output_and_build_only(corpus, capsys):
    assert bench.main(["--corpus", corpus.path, "--size-mb", str(SIZE_MB), "--jobs", "1"]) == 0
    out = capsys.readouterr().out
    assert "MB/s" in out and "extract --jobs 1" in out and "re \\d+ scan" in out
    assert bench.main(["--corpus", corpus.path, "--size-mb", str(SIZE_MB), "--build-only", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["files"] == corpus.files


def test_bad_arguments_exit_2(capsys):
    with pytest.raises(SystemExit) as exc:
        bench.main(["--jobs", "0"])
    assert exc.value.code == 2
    assert bench.main(["--size-mb", "0"]) == 2
