"""Bad input and faults at the command line: never a traceback, nothing lost.

Every test builds its files in `tmp_path` and checks the exit code (0 all
read, 1 some inputs unreadable, 2 bad usage or nothing to read), the one
stderr line naming the file and the reason, that no traceback appears, and
that the good files beside the bad ones come out in full, with offsets into
the decoded text. In-process runs use Typer's CliRunner; closed pipes,
Ctrl-C and real exit codes use a subprocess.
"""
from __future__ import annotations

import codecs
import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from diasporafacts import extract_text
from diasporafacts.cli import app
from diasporafacts.reading import decode

ENV = {"COLUMNS": "120", "NO_COLOR": "1", "TERM": "dumb"}

GOOD = (
    "BAKU, May 7, 2020. More than 200,000 Azerbaijanis live in Kazakhstan, the embassy said.\n"
    "The 556 diaspora organizations received $50 million over 23 years.\n"
)
RUSSIAN = (
    "Посольство Азербайджана в Казахстане сообщило, что в стране проживают более 200 тысяч азербайджанцев. "
    "Председатель молодежной организации отметил, что многие соотечественники уехали в начале девяностых годов.\n"
    "More than 200,000 migrants live in Kazakhstan, the embassy said on May 7, 2020.\n"
    "Председатель Бахрус Ахундов said 300 migrants arrived in Алматы.\n"
)
TURKISH = (
    "Türkiye'de yaşayan Azerbaycanlıların sayısı her yıl artıyor. Göç İdaresi Başkanlığı açıklamasında, "
    "öğrencilerin çoğunun İstanbul ve Ankara'da yaşadığını söyledi. Şu anda ülkede yaklaşık iki yüz bin kişi var.\n"
    "More than 200,000 migrants live in Turkey, the ministry said on May 7, 2020.\n"
    "Başkan Ali Yılmaz said 300 migrants arrived in İstanbul and Muğla.\n"
)


def invoke(args, input=None):
    return CliRunner().invoke(app, ["extract", *map(str, args)], input=input, env=ENV)


def rows_of(stdout: str) -> list[dict]:
    def no_constants(name):
        raise ValueError(f"not JSON: {name}")

    return [json.loads(line, parse_constant=no_constants) for line in stdout.splitlines() if line.strip()]


def no_crash(res) -> None:
    assert res.exception is None or isinstance(res.exception, SystemExit), repr(res.exception)
    assert "Traceback" not in res.output


def expected_rows(text: str, source: str) -> list[dict]:
    return [f.row() for f in extract_text(text, source)]


def assert_good(rows: list[dict], text: str, source: str) -> None:
    """The rows of `source` are exactly what the library gives for its decoded text."""
    mine = [r for r in rows if r["source"] == source]
    assert mine == expected_rows(text, source)
    assert any("200,000" in r["quote"] for r in mine), [r["quote"] for r in mine]
    for r in mine:
        assert text[r["start"]:r["end"]] == r["quote"]


def stderr_lines(res_or_text) -> list[str]:
    text = res_or_text if isinstance(res_or_text, str) else res_or_text.stderr
    return [ln for ln in text.splitlines() if ln.strip()]


def one_line_about(stderr: str, name: str, reason: str) -> None:
    hits = [ln for ln in stderr_lines(stderr) if name in ln]
    assert len(hits) == 1, stderr
    assert reason in hits[0], hits[0]


def write_good(folder: Path, name: str = "good.txt") -> Path:
    p = folder / name
    p.write_text(GOOD, encoding="utf-8")
    return p


# Decoding ----------------------------------------------------------------

BOMS = {
    "utf-8": b"",
    "utf-8-sig": b"",  # the codec writes its own BOM
    "utf-16-le": codecs.BOM_UTF16_LE,
    "utf-16-be": codecs.BOM_UTF16_BE,
    "utf-32-le": codecs.BOM_UTF32_LE,
    "utf-32-be": codecs.BOM_UTF32_BE,
}


@pytest.mark.parametrize("encoding", list(BOMS))
def test_unicode_encodings_give_offsets_in_the_decoded_text(tmp_path, encoding):
    p = tmp_path / "a.txt"
    text = "Ünïcödé — " + GOOD
    p.write_bytes(BOMS[encoding] + text.encode(encoding))
    res = invoke([p, "-f", "jsonl", "-j", "1", "--verbose"])
    no_crash(res)
    assert res.exit_code == 0
    assert_good(rows_of(res.stdout), text, str(p))
    assert "\ufeff" not in res.stdout
    one_line_about(res.stderr, str(p), "utf-")


@pytest.mark.parametrize("encoding,text", [
    ("cp1251", RUSSIAN), ("koi8-r", RUSSIAN), ("iso-8859-5", RUSSIAN),
    ("cp1254", TURKISH), ("iso-8859-9", TURKISH),
])
def test_legacy_encodings_are_detected(tmp_path, encoding, text):
    p = tmp_path / "legacy.txt"
    p.write_bytes(text.encode(encoding))
    res = invoke([p, "-f", "jsonl", "-j", "1", "--verbose"])
    no_crash(res)
    assert res.exit_code == 0
    rows = rows_of(res.stdout)
    assert decode(text.encode(encoding))[0] == text
    # Offsets count code points of the decoded text, not bytes.
    assert_good(rows, text, str(p))
    assert any("300" in r["quote"] and not r["sentence"].isascii() for r in rows)
    assert all(r["quote"] == text[r["start"]:r["end"]] for r in rows)
    # The decoding used is reported; Windows-1254 and ISO-8859-9 agree on
    # every letter here, so either is right for them.
    line = [ln for ln in stderr_lines(res) if str(p) in ln]
    assert len(line) == 1
    used = line[0].split(": ", 2)[-1].split(",")[0].strip()
    same = {"cp1254", "iso8859-9"} if encoding in ("cp1254", "iso-8859-9") else {codecs.lookup(encoding).name}
    assert codecs.lookup(used).name in same, line[0]


POLISH = ("Według danych GUS w Polsce mieszka około 1,5 miliona Ukraińców. Zażółć gęślą jaźń. "
          "Liczba cudzoziemców wzrosła o 15 proc. w ciągu roku; Świątynia, źródło, ściana.")
CZECH = ("Podle údajů ministerstva vnitra žije v České republice přibližně 300 000 Ukrajinců. "
         "Většina z nich pracuje v Praze a Brně; Šťastný úřad, příliš žluťoučký kůň.")


# ISO-8859-2 and Windows-1250 share most letters but not ą ś ź š ž ť: each
# text must come back letter for letter from either code page.
@pytest.mark.parametrize("encoding,text", [
    ("iso8859_2", POLISH), ("cp1250", POLISH), ("iso8859_2", CZECH), ("cp1250", CZECH),
])
def test_central_european_code_pages_are_told_apart(encoding, text):
    decoded, used = decode(text.encode(encoding))
    assert decoded == text
    assert codecs.lookup(used).name == codecs.lookup(encoding).name


def test_cyrillic_offsets_match_the_decoded_str(tmp_path):
    p = tmp_path / "ru.txt"
    p.write_bytes(RUSSIAN.encode("cp1251"))
    res = invoke([p, "-f", "jsonl", "-j", "1"])
    no_crash(res)
    hit = [r for r in rows_of(res.stdout) if r["quote"].endswith("200,000")]
    assert hit
    start = RUSSIAN.index("200,000")
    assert hit[0]["end"] == start + len("200,000")
    assert RUSSIAN.encode("cp1251").index(b"200,000") == start  # one byte a letter
    p16 = tmp_path / "ru16.txt"
    p16.write_bytes(codecs.BOM_UTF16_LE + RUSSIAN.encode("utf-16-le"))
    res16 = invoke([p16, "-f", "jsonl", "-j", "1"])
    hit16 = [r for r in rows_of(res16.stdout) if r["quote"].endswith("200,000")]
    assert (hit16[0]["start"], hit16[0]["end"]) == (hit[0]["start"], hit[0]["end"])


def test_bom_that_lies_is_reported(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(codecs.BOM_UTF8 + RUSSIAN.encode("cp1251"))  # a UTF-8 BOM on a Windows-1251 text
    good = write_good(tmp_path)
    res = invoke([bad, good, "-f", "jsonl", "-j", "1"])
    no_crash(res)
    assert res.exit_code == 1
    one_line_about(res.stderr, str(bad), "byte order mark")
    assert_good(rows_of(res.stdout), GOOD, str(good))


@pytest.mark.parametrize("prefix,enc", [(b"", "utf-8"), (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le")])
def test_a_few_bad_bytes_do_not_cost_the_file(tmp_path, prefix, enc):
    # A stray byte, or a download cut mid-character: the bad bytes become
    # U+FFFD, every fact is kept, offsets count the mended text.
    at = RUSSIAN.index("молодежной")
    if enc == "utf-8":
        data = RUSSIAN[:at].encode(enc) + b"\xff" + RUSSIAN[at:].encode(enc) + "ё".encode(enc)[:-1]
        text = RUSSIAN[:at] + "\ufffd" + RUSSIAN[at:] + "\ufffd"
    else:
        data = RUSSIAN.encode(enc) + "ё".encode(enc)[:-1]
        text = RUSSIAN + "\ufffd"
    p = tmp_path / "mended.txt"
    p.write_bytes(prefix + data)
    assert decode(p.read_bytes())[0] == text
    res = invoke([p, "-f", "jsonl", "-j", "1", "--verbose"])
    no_crash(res)
    assert res.exit_code == 0, res.stderr
    one_line_about(res.stderr, str(p), "replaced")
    assert_good(rows_of(res.stdout), text, str(p))


def test_legacy_text_is_not_mended_as_utf8(tmp_path):
    p = tmp_path / "ru.txt"
    p.write_bytes(RUSSIAN.encode("cp1251"))
    assert decode(p.read_bytes()) == (RUSSIAN, "cp1251")


def test_standard_input_in_a_legacy_encoding():
    res = CliRunner().invoke(app, ["extract", "-", "-f", "jsonl"], input=RUSSIAN.encode("cp1251"), env=ENV)
    no_crash(res)
    assert res.exit_code == 0
    assert_good(rows_of(res.stdout), RUSSIAN, "-")


def test_binary_standard_input_is_nothing_to_read():
    res = CliRunner().invoke(app, ["extract", "-", "-f", "jsonl"], input=b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", env=ENV)
    no_crash(res)
    assert res.exit_code == 2
    one_line_about(res.stderr, "-: ", "binary")
    assert res.stdout == ""


def test_empty_file_is_read(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    res = invoke([p, "-f", "jsonl", "-j", "1"])
    no_crash(res)
    assert res.exit_code == 0
    assert res.stdout == "" and res.stderr == ""


# Files it cannot use -----------------------------------------------------

def test_binary_file_beside_good_ones(tmp_path):
    good = write_good(tmp_path, "a.txt")
    nul = tmp_path / "b.txt"
    nul.write_bytes(b"More than 200 migrants\x00\x00\x01\x02" * 50)
    noise = tmp_path / "c.txt"
    noise.write_bytes(bytes(range(1, 32)) * 64 + bytes(range(128, 256)) * 16)
    good2 = write_good(tmp_path, "d.txt")
    res = invoke([tmp_path, "-f", "jsonl", "-j", "1"])
    no_crash(res)
    assert res.exit_code == 1
    one_line_about(res.stderr, str(nul), "binary")
    one_line_about(res.stderr, str(noise), "binary")
    assert len(stderr_lines(res)) == 2
    rows = rows_of(res.stdout)
    assert_good(rows, GOOD, str(good))
    assert_good(rows, GOOD, str(good2))
    assert {r["source"] for r in rows} == {str(good), str(good2)}


def test_unreadable_file_simulated(tmp_path, monkeypatch):
    good = write_good(tmp_path, "a.txt")
    locked = write_good(tmp_path, "b.txt")
    real = Path.read_bytes

    def read_bytes(self):
        if os.path.abspath(self) == str(locked):
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    res = invoke([tmp_path, "-f", "jsonl", "-j", "1"])
    no_crash(res)
    assert res.exit_code == 1
    one_line_about(res.stderr, str(locked), "permission denied")
    rows = rows_of(res.stdout)
    assert_good(rows, GOOD, str(good))
    assert {r["source"] for r in rows} == {str(good)}


def test_unreadable_file_chmod(tmp_path, monkeypatch):
    good = write_good(tmp_path, "a.txt")
    locked = write_good(tmp_path, "b.txt")
    locked.chmod(0)
    try:
        locked.read_bytes()
    except PermissionError:
        pass
    else:  # root reads through chmod 000: refuse the read the way the OS would
        real = Path.read_bytes

        def read_bytes(self):
            if self == locked:
                raise PermissionError(13, "Permission denied", str(self))
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", read_bytes)
    try:
        res = invoke([good, locked, "-f", "jsonl", "-j", "1"])
    finally:
        locked.chmod(0o644)
    no_crash(res)
    assert res.exit_code == 1
    one_line_about(res.stderr, str(locked), "permission denied")
    assert_good(rows_of(res.stdout), GOOD, str(good))


def test_unreadable_folder_simulated(tmp_path, monkeypatch):
    good = write_good(tmp_path, "a.txt")
    sub = tmp_path / "sub"
    sub.mkdir()
    write_good(sub, "hidden.txt")
    real = os.scandir

    def scandir(path="."):
        if os.path.abspath(path) == str(sub):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    res = invoke([tmp_path, "-f", "jsonl", "-j", "1"])
    no_crash(res)
    assert res.exit_code == 1
    one_line_about(res.stderr, str(sub), "permission denied")
    assert_good(rows_of(res.stdout), GOOD, str(good))


def test_broken_symbolic_link_named(tmp_path):
    good = write_good(tmp_path, "a.txt")
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    res = invoke([link, good, "-f", "jsonl", "-j", "1"])
    no_crash(res)
    assert res.exit_code == 1
    one_line_about(res.stderr, str(link), "broken symbolic link")
    assert_good(rows_of(res.stdout), GOOD, str(good))


def test_broken_symbolic_link_in_a_folder(tmp_path):
    good = write_good(tmp_path, "a.txt")
    link = tmp_path / "b.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    res = invoke([tmp_path, "-f", "jsonl", "-j", "1"])
    no_crash(res)
    assert res.exit_code == 1
    one_line_about(res.stderr, str(link), "broken symbolic link")
    assert_good(rows_of(res.stdout), GOOD, str(good))


def test_symbolic_link_loop_while_walking(tmp_path):
    root = tmp_path / "root"
    sub = root / "sub"
    sub.mkdir(parents=True)
    good = write_good(root, "a.txt")
    deep = write_good(sub, "b.txt")
    loop = sub / "again"
    loop.symlink_to(root, target_is_directory=True)
    res = invoke([root, "-f", "jsonl", "-j", "1"])
    no_crash(res)
    assert res.exit_code == 1
    one_line_about(res.stderr, str(loop), "symbolic link loop")
    rows = rows_of(res.stdout)
    assert_good(rows, GOOD, str(good))
    assert_good(rows, GOOD, str(deep))
    assert {r["source"] for r in rows} == {str(good), str(deep)}


def test_self_referencing_link_is_a_loop(tmp_path):
    good = write_good(tmp_path, "a.txt")
    me = tmp_path / "me.txt"
    me.symlink_to(me)
    res = invoke([tmp_path, "-f", "jsonl", "-j", "1"])
    no_crash(res)
    assert res.exit_code == 1
    one_line_about(res.stderr, str(me), "symbolic link loop")
    assert_good(rows_of(res.stdout), GOOD, str(good))


def test_a_folder_reached_twice_is_not_a_loop(tmp_path):
    # root/a/b.txt and root/link -> root/a: a duplicate, not a loop, so no
    # error; the file comes out under each name the walk reached it by.
    a = tmp_path / "a"
    a.mkdir()
    good = write_good(a, "b.txt")
    (tmp_path / "link").symlink_to(a, target_is_directory=True)
    res = invoke([tmp_path, "-f", "jsonl", "-j", "1"])
    no_crash(res)
    assert res.exit_code == 0, res.stderr
    assert res.stderr == ""
    assert_good(rows_of(res.stdout), GOOD, str(good))


def test_named_pipe_in_a_folder_is_skipped_not_read(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes on this system")
    good = write_good(tmp_path, "a.txt")
    fifo = tmp_path / "b.txt"
    os.mkfifo(fifo)
    # A subprocess, so that a read that blocks on the pipe cannot hang the suite.
    proc = subprocess.run([sys.executable, "-m", "diasporafacts", "extract", str(tmp_path), "-f", "jsonl", "-j", "1"],
                          capture_output=True, text=True, timeout=60, env=_env())
    assert "Traceback" not in proc.stderr
    assert proc.returncode == 1
    one_line_about(proc.stderr, str(fifo), "not a regular file")
    assert_good(rows_of(proc.stdout), GOOD, str(good))


def test_path_that_does_not_exist_alone(tmp_path):
    missing = tmp_path / "nope.txt"
    res = invoke([missing, "-f", "jsonl", "-j", "1"])
    no_crash(res)
    assert res.exit_code == 2
    one_line_about(res.stderr, str(missing), "no such file")
    assert res.stdout == ""


def test_path_that_does_not_exist_beside_good_ones(tmp_path):
    # The good file still comes out in full; the run reports a missing input.
    good = write_good(tmp_path, "a.txt")
    missing = tmp_path / "nope.txt"
    res = invoke([missing, good, "-f", "jsonl", "-j", "1"])
    no_crash(res)
    assert res.exit_code in (1, 2)
    one_line_about(res.stderr, str(missing), "no such file")
    assert_good(rows_of(res.stdout), GOOD, str(good))


def test_folder_with_no_matching_files(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.pdf").write_bytes(b"%PDF-1.4")
    res = invoke([empty, "-f", "jsonl", "-j", "1"])
    no_crash(res)
    assert res.exit_code == 2
    one_line_about(res.stderr, str(empty), "no files matching")
    assert res.stdout == ""


def test_folder_with_no_matching_files_beside_a_good_one(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    good = write_good(tmp_path, "a.txt")
    res = invoke([empty, good, "-f", "jsonl", "-j", "1"])
    no_crash(res)
    assert res.exit_code == 1
    one_line_about(res.stderr, str(empty), "no files matching")
    assert_good(rows_of(res.stdout), GOOD, str(good))


def test_glob_selects_files(tmp_path):
    good = write_good(tmp_path, "a.news")
    write_good(tmp_path, "b.txt")
    res = invoke([tmp_path, "--glob", "*.news", "-f", "jsonl", "-j", "1"])
    no_crash(res)
    assert res.exit_code == 0
    rows = rows_of(res.stdout)
    assert {r["source"] for r in rows} == {str(good)}


def test_every_kind_of_bad_input_at_once(tmp_path):
    """One run, every fault: each reported once, the good files whole, -j 1 and -j 3 alike."""
    d = tmp_path / "in"
    d.mkdir()
    goods = [write_good(d, f"{i}.txt") for i in (1, 5, 9)]
    (d / "2.txt").write_bytes(b"\x00\x01binary\x00")
    (d / "3.txt").symlink_to(d / "missing.txt")
    ru = d / "4.txt"
    ru.write_bytes(RUSSIAN.encode("koi8-r"))
    (d / "6.txt").write_bytes(codecs.BOM_UTF16_LE + GOOD.encode("utf-16-le"))
    sub = d / "7"
    sub.mkdir()
    (sub / "loop").symlink_to(d, target_is_directory=True)
    (d / "8.txt").write_bytes(b"")
    missing = tmp_path / "missing.txt"
    outs = []
    for jobs in ("1", "3"):
        res = invoke([d, missing, "-f", "jsonl", "-j", jobs])
        no_crash(res)
        assert res.exit_code in (1, 2)
        one_line_about(res.stderr, str(d / "2.txt"), "binary")
        one_line_about(res.stderr, str(d / "3.txt"), "broken symbolic link")
        one_line_about(res.stderr, str(sub / "loop"), "symbolic link loop")
        one_line_about(res.stderr, str(missing), "no such file")
        assert len(stderr_lines(res)) == 4, res.stderr
        rows = rows_of(res.stdout)
        for g in goods:
            assert_good(rows, GOOD, str(g))
        assert_good(rows, RUSSIAN, str(ru))
        assert_good(rows, GOOD, str(d / "6.txt"))
        outs.append((res.stdout, res.stderr))
    assert outs[0] == outs[1]


# Usage errors ------------------------------------------------------------

def test_output_into_a_missing_folder(tmp_path):
    good = write_good(tmp_path)
    target = tmp_path / "no" / "such" / "out.jsonl"
    res = invoke([good, "-o", target, "-j", "1"])
    no_crash(res)
    assert res.exit_code == 2
    one_line_about(res.stderr, str(target), "does not exist")
    assert not target.parent.exists()


def test_output_onto_a_folder(tmp_path):
    good = write_good(tmp_path)
    res = invoke([good, "-o", tmp_path, "-j", "1"])
    no_crash(res)
    assert res.exit_code == 2
    assert "folder" in res.stderr


@pytest.mark.parametrize("args", [
    ["--excel", "-f", "json"],
    ["--kind", "nonsense"],
    ["--format", "xml"],
    ["--jobs", "many"],
])
def test_bad_usage(tmp_path, args):
    good = write_good(tmp_path)
    res = invoke([good, *args])
    no_crash(res)
    assert res.exit_code == 2
    assert res.stdout == ""


def test_no_paths_is_bad_usage():
    res = CliRunner().invoke(app, ["extract"], env=ENV)
    no_crash(res)
    assert res.exit_code == 2


# Output safety -----------------------------------------------------------

def test_output_file_is_written_whole(tmp_path):
    good = write_good(tmp_path)
    out = tmp_path / "out" / "facts.jsonl"
    out.parent.mkdir()
    res = invoke([good, "-o", out, "-j", "1"])
    no_crash(res)
    assert res.exit_code == 0
    assert res.stdout == ""
    assert_good(rows_of(out.read_text("utf-8")), GOOD, str(good))
    assert os.listdir(out.parent) == ["facts.jsonl"]


@pytest.mark.parametrize("fault", [KeyboardInterrupt, RuntimeError])
def test_fault_midway_leaves_the_old_output_alone(tmp_path, monkeypatch, fault):
    from diasporafacts import runner

    goods = [write_good(tmp_path, f"{i}.txt") for i in range(4)]
    out = tmp_path / "out" / "facts.csv"
    out.parent.mkdir()
    out.write_text("previous run\n", encoding="utf-8")
    real = runner._extract_document
    calls = {"n": 0}

    def flaky(doc):
        calls["n"] += 1
        if calls["n"] == 3:
            raise fault("boom")
        return real(doc)

    monkeypatch.setattr(runner, "_extract_document", flaky)
    res = invoke([*goods, "-f", "csv", "-o", out, "-j", "1"])
    assert "Traceback" not in res.output
    if fault is KeyboardInterrupt:
        assert res.exit_code == 130
        assert "interrupted" in res.stderr
    elif fault is RuntimeError:
        # A bug while extracting one file costs that file only.
        assert res.exit_code == 1
        one_line_about(res.stderr, str(goods[2]), "internal error")
        rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8"))))
        assert {r["source"] for r in rows} == {str(g) for g in (goods[0], goods[1], goods[3])}
        assert os.listdir(out.parent) == ["facts.csv"]
        return
    assert out.read_text("utf-8") == "previous run\n"
    assert os.listdir(out.parent) == ["facts.csv"]


def test_writer_fault_is_reported_not_a_traceback(tmp_path, monkeypatch):
    from diasporafacts import output

    good = write_good(tmp_path)
    out = tmp_path / "facts.jsonl"
    out.write_text("previous run\n", encoding="utf-8")

    def broken(rows, f):
        f.write("half a line")
        raise ValueError("writer bug")

    monkeypatch.setattr(output, "write_jsonl", broken)
    res = invoke([good, "-o", out, "-j", "1"])
    no_crash(res)
    assert res.exit_code != 0
    assert "writer bug" in res.stderr
    assert out.read_text("utf-8") == "previous run\n"
    assert sorted(os.listdir(tmp_path)) == ["facts.jsonl", "good.txt"]


def test_output_through_a_symbolic_link_keeps_the_link(tmp_path):
    good = write_good(tmp_path, "a.txt")
    real = tmp_path / "real.jsonl"
    real.write_text("previous run\n", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    res = invoke([good, "-o", link, "-j", "1"])
    no_crash(res)
    assert res.exit_code == 0
    assert link.is_symlink()
    assert_good(rows_of(real.read_text("utf-8")), GOOD, str(good))
    assert real.stat().st_mode & 0o777 == 0o640  # the old file's mode


def test_new_output_file_gets_the_usual_mode(tmp_path):
    good = write_good(tmp_path, "a.txt")
    out = tmp_path / "facts.jsonl"
    old = os.umask(0o022)
    try:
        res = invoke([good, "-o", out, "-j", "1"])
    finally:
        os.umask(old)
    no_crash(res)
    assert out.stat().st_mode & 0o777 == 0o644  # not mkstemp's private 0600


def test_output_to_a_named_pipe_writes_through(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes on this system")
    import threading

    good = write_good(tmp_path, "a.txt")
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text("utf-8")), daemon=True)
    reader.start()
    res = invoke([good, "-o", fifo, "-j", "1"])
    reader.join(60)
    no_crash(res)
    assert res.exit_code == 0
    assert fifo.is_fifo()  # like /dev/null or /dev/stdout: written to, never replaced
    assert_good(rows_of(got[0]), GOOD, str(good))


def test_output_inside_the_walked_folder(tmp_path):
    # With --glob '*' the walk must not read the half-written temporary output.
    good = write_good(tmp_path, "a.txt")
    out = tmp_path / "facts.jsonl"
    res = invoke([tmp_path, "--glob", "*", "-o", out, "-j", "1", "--verbose"])
    no_crash(res)
    assert res.exit_code == 0, res.stderr
    assert ".tmp" not in res.stderr
    rows = rows_of(out.read_text("utf-8"))
    assert {r["source"] for r in rows} == {str(good)}
    assert_good(rows, GOOD, str(good))


def test_file_name_with_a_line_break_is_one_stderr_line(tmp_path):
    good = write_good(tmp_path, "a.txt")
    bad = tmp_path / "b\nc.txt"
    bad.write_bytes(b"\x00\x00")
    res = invoke([tmp_path, "-f", "jsonl", "-j", "1"])
    no_crash(res)
    assert res.exit_code == 1
    assert stderr_lines(res) == [f"diasporafacts: {tmp_path}/b\\nc.txt: binary file (NUL bytes)"]
    assert_good(rows_of(res.stdout), GOOD, str(good))


def test_output_folder_not_writable_simulated(tmp_path, monkeypatch):
    import tempfile

    good = write_good(tmp_path)

    def mkstemp(*a, **k):
        raise PermissionError(13, "Permission denied", str(tmp_path))

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    res = invoke([good, "-o", tmp_path / "out.jsonl", "-j", "1"])
    no_crash(res)
    assert res.exit_code == 2
    assert "Permission denied" in res.stderr or "permission denied" in res.stderr
    assert not (tmp_path / "out.jsonl").exists()


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "table"])
def test_same_input_same_bytes(tmp_path, fmt):
    for i in range(4):
        write_good(tmp_path, f"{i}.txt")
    (tmp_path / "ru.txt").write_bytes(RUSSIAN.encode("cp1251"))
    outs = []
    for jobs in ("1", "1", "3"):
        o = tmp_path / f"out{len(outs)}.{fmt}"
        res = invoke([tmp_path, "-f", fmt, "-o", o, "-j", jobs])
        no_crash(res)
        assert res.exit_code == 0
        outs.append(o.read_bytes())
    assert outs[0] == outs[1] == outs[2]
    assert outs[0]


def test_excel_neutralizes_formula_cells(tmp_path):
    evil = tmp_path / "=cmd.txt"
    evil.write_text(
        "=HYPERLINK(\"http://x\") More than 200,000 Azerbaijanis live in Kazakhstan.\n\n"
        "+1 More than 556 diaspora organizations were registered.\n\n"
        "-5 About 300 migrants arrived on May 7, 2020.\n\n"
        "@admin: Some 140 young people took part.\n",
        encoding="utf-8",
    )
    plain = invoke([evil, "-f", "csv", "-j", "1"])
    no_crash(plain)
    res = invoke([evil, "-f", "csv", "--excel", "-j", "1"])
    no_crash(res)
    assert res.exit_code == 0
    assert res.stdout.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(res.stdout.lstrip("\ufeff"))))
    risky = 0
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@")), cell
            risky += cell.startswith("'")
    assert risky >= len(rows) - 1  # at least the source cell of every row
    # Without --excel, cells are exact.
    plain_rows = list(csv.DictReader(io.StringIO(plain.stdout)))
    assert plain_rows and all(r["source"] == str(evil) for r in plain_rows)
    assert any(r["sentence"].startswith("=") for r in plain_rows)


# Subprocesses: pipes, signals, real exit codes ----------------------------

def _env(**extra) -> dict:
    env = dict(os.environ)
    env.update(ENV)
    env.pop("PYTHONIOENCODING", None)
    env.update(extra)
    return env


def _cmd() -> list[str]:
    exe = Path(sys.executable).with_name("diasporafacts")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "diasporafacts"]


def _many_facts(folder: Path, files: int = 3, lines: int = 400) -> list[Path]:
    out = []
    for i in range(files):
        p = folder / f"{i:03d}.txt"
        p.write_text(GOOD * lines, encoding="utf-8")
        out.append(p)
    return out


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "json", "table"])
def test_closed_pipe_ends_quietly(tmp_path, fmt):
    _many_facts(tmp_path)
    proc = subprocess.Popen([*_cmd(), "extract", str(tmp_path), "-f", fmt, "-j", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env())
    first = proc.stdout.readline()
    assert first
    proc.stdout.close()  # what `| head -1` does
    _, err = proc.communicate(timeout=120)
    err = err.decode("utf-8", "replace")
    assert "Traceback" not in err and "Exception ignored" not in err, err
    assert proc.returncode == 0, err


def test_closed_pipe_through_the_shell(tmp_path):
    _many_facts(tmp_path)
    cmd = " ".join(_cmd()) + f" extract '{tmp_path}' -f jsonl | head -n 2"
    proc = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True, text=True, timeout=120, env=_env())
    assert "Traceback" not in proc.stderr
    assert proc.returncode == 0, proc.stderr
    assert len(proc.stdout.splitlines()) == 2


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_leaves_no_file_and_no_traceback(tmp_path, jobs):
    src = tmp_path / "in"
    src.mkdir()
    _many_facts(src, files=40, lines=400)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "facts.jsonl"
    proc = subprocess.Popen([*_cmd(), "extract", str(src), "-o", str(out), "-j", jobs],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(), start_new_session=True)
    # Wait until the temporary output exists: the run is under way.
    deadline = time.monotonic() + 60
    while not os.listdir(out_dir) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.2)
    finished_early = proc.poll() is not None
    os.killpg(proc.pid, signal.SIGINT)  # the whole group, as a terminal's Ctrl-C does
    _, err = proc.communicate(timeout=120)
    err = err.decode("utf-8", "replace")
    assert "Traceback" not in err, err
    if finished_early:
        pytest.skip("the run finished before Ctrl-C could be sent")
    assert proc.returncode == 130, err
    assert "interrupted" in err
    assert os.listdir(out_dir) == []


def test_exit_codes_of_the_real_command(tmp_path):
    good = write_good(tmp_path)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00" * 10)
    runs = {
        0: [str(good)],
        1: [str(good), str(bad)],
        2: [str(tmp_path / "missing.txt")],
    }
    for code, args in runs.items():
        proc = subprocess.run([*_cmd(), "extract", *args, "-f", "jsonl"], capture_output=True, text=True,
                              timeout=120, env=_env())
        assert proc.returncode == code, (args, proc.stderr)
        assert "Traceback" not in proc.stderr
        if code < 2:
            assert_good(rows_of(proc.stdout), GOOD, str(good))


def test_same_bytes_whatever_the_hash_seed(tmp_path):
    """Set and dict order must not leak into the output: two processes with
    different hash seeds give the same bytes."""
    src = tmp_path / "in"
    src.mkdir()
    for name, text in (("good.txt", GOOD), ("ru.txt", RUSSIAN), ("tr.txt", TURKISH)):
        (src / name).write_text(text, encoding="utf-8")
    seeds = Path(__file__).resolve().parents[2] / "shared" / "seeds"
    for p in sorted(seeds.glob("*.txt"))[:5] if seeds.is_dir() else []:
        (src / p.name).write_bytes(p.read_bytes())
    outs = []
    for seed in ("1", "2", "3"):
        proc = subprocess.run([*_cmd(), "extract", str(src), "-f", "jsonl", "-j", "2"], capture_output=True,
                              timeout=300, env=_env(PYTHONHASHSEED=seed))
        assert proc.returncode == 0, proc.stderr
        outs.append(proc.stdout)
    assert outs[0] == outs[1] == outs[2]
    assert outs[0]


def test_undecodable_file_name(tmp_path):
    """A file name that is not UTF-8 must not turn into a traceback at output."""
    folder = tmp_path / "names"
    folder.mkdir()
    raw = os.fsencode(str(folder)) + b"/caf\xe9-\xff.txt"
    try:
        with open(raw, "wb") as f:
            f.write(GOOD.encode("utf-8"))
    except (OSError, UnicodeError):
        pytest.skip("this file system does not take non-UTF-8 names")
    for fmt in ("jsonl", "csv", "table"):
        proc = subprocess.run([*_cmd(), "extract", str(folder), "-f", fmt], capture_output=True,
                              timeout=120, env=_env())
        err = proc.stderr.decode("utf-8", "replace")
        assert "Traceback" not in err, err
        assert proc.returncode == 0, err
        assert b"200,000" in proc.stdout
        if fmt == "jsonl":
            rows = rows_of(proc.stdout.decode("utf-8"))
            assert rows and all(r["source"].endswith(".txt") for r in rows)


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_narrow_terminal_encoding(tmp_path, encoding):
    p = tmp_path / "ru.txt"
    p.write_text(RUSSIAN, encoding="utf-8")
    for fmt in ("jsonl", "table"):
        proc = subprocess.run([*_cmd(), "extract", str(p), "-f", fmt], capture_output=True, timeout=120,
                              env=_env(PYTHONIOENCODING=encoding))
        err = proc.stderr.decode("utf-8", "replace")
        assert "Traceback" not in err, err
        assert proc.returncode == 0, err
        if fmt == "jsonl":
            # Machine formats are UTF-8 whatever the locale.
            assert_good(rows_of(proc.stdout.decode("utf-8")), RUSSIAN, str(p))
