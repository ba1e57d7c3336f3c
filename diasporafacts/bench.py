"""End-to-end speed benchmark: `python -m diasporafacts.bench` (or `make bench`).

It builds a reproducible corpus of news-like articles (a fixed random seed;
20 MB by default) from the articles in the repository's `seeds/` folder.
Each generated file (1-20 KB) is a headline and paragraphs drawn from every
seed article, with fresh numbers, people, countries, cities, months and
currencies, so the extractor sees thousands of different texts that are as
dense in figures as the seeds, not the same five files repeated.

Then it runs the command line end to end as a subprocess,
`diasporafacts extract CORPUS --format jsonl -o FILE --jobs N` for each N
asked (1 and 2 by default), and reports wall-clock MB/s, files/s, facts/s
and peak memory of the whole process tree, beside a bare `re` digit scan
(`\\d+` over every file, read from disk) of the same corpus in the same run.

Memory: a watcher thread reads /proc for the command and every worker it
forks, every 20 ms. "peak MB" is the highest sum of the resident sets of
all those processes seen at once (pages the workers share with their
parent after fork are counted in each); the JSON summary also gives that
sum in proportional set size (shared pages counted once), the largest
single process's own high-water mark (VmHWM) and the sum of every
process's high-water mark (an upper bound). `ru_maxrss` from `wait4` is
not used: Linux carries the forking parent's peak across exec, so it
would report the bench's own size.

MB here are 10^6 bytes of UTF-8 on disk. Only the result table (or, with
--json, one JSON object) goes to standard output; progress goes to stderr.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

# Bump when the generator changes, so a kept --corpus folder is rebuilt.
GENERATOR_VERSION = 1
MANIFEST = "MANIFEST.json"
DEFAULT_SEED = 20240611
MIN_FILE, MAX_FILE = 1_000, 20_000
FILES_PER_FOLDER = 500

# The seeds' own people, swapped per article for names drawn from these.
_SEED_PEOPLE = (
    "Bahruz Akhundov", "Rasana Gasimova", "Zhanseit Tuimebayev", "Fuad Muradov",
    "Serzhan Abdykarimov", "Rashad Mammadov", "Kassym-Jomart Tokayev", "Ilham Aliyev",
    "Heydar Aliyev", "Vusal Huseynov", "Baghdad Amreyev",
)
_FIRST_NAMES = (
    "Elnur", "Kamran", "Leyla", "Aynur", "Nurlan", "Aigerim", "Dilnoza", "Timur", "Farid",
    "Gulnara", "Rustam", "Sabina", "Marat", "Anar", "Zaur", "Nigar", "Arman", "Bakhyt",
    "Saule", "Shavkat", "Jamshid", "Aziz", "Erlan", "Madina", "Murat", "Aysel", "Tural",
    "Elvin", "Orkhan", "Gunel", "Askar", "Dana", "Ruslan", "Kanat", "Lala", "Emin",
)
_SURNAMES = (
    "Hasanov", "Guliyev", "Ismayilova", "Nurpeisov", "Abenov", "Karimov", "Yusupov",
    "Rahimov", "Sultanov", "Iskakov", "Omarov", "Bekmuratov", "Jafarova", "Suleymanov",
    "Kassymov", "Ermekov", "Zhakupova", "Rustamov", "Askarov", "Abdullayev", "Valiyev",
    "Mirzoyev", "Bayramov", "Nazarbekov", "Safarova", "Kerimbayev", "Aliyeva", "Huseynli",
)
# Country, adjective, people: swapped together so "Azerbaijanis in Kazakhstan"
# stays grammatical whichever pair it becomes.
_COUNTRIES = (
    ("Azerbaijan", "Azerbaijani", "Azerbaijanis"), ("Kazakhstan", "Kazakh", "Kazakhs"),
    ("Turkey", "Turkish", "Turks"), ("Georgia", "Georgian", "Georgians"),
    ("Uzbekistan", "Uzbek", "Uzbeks"), ("Kyrgyzstan", "Kyrgyz", "Kyrgyz"),
    ("Turkmenistan", "Turkmen", "Turkmens"), ("Hungary", "Hungarian", "Hungarians"),
    ("Russia", "Russian", "Russians"), ("Ukraine", "Ukrainian", "Ukrainians"),
    ("Germany", "German", "Germans"), ("Tajikistan", "Tajik", "Tajiks"),
    ("Romania", "Romanian", "Romanians"), ("Switzerland", "Swiss", "Swiss"),
    ("France", "French", "French"), ("Israel", "Israeli", "Israelis"),
    ("Mexico", "Mexican", "Mexicans"), ("Egypt", "Egyptian", "Egyptians"),
    ("Poland", "Polish", "Poles"), ("Latvia", "Latvian", "Latvians"),
)
_CITIES = ("Baku", "Ashgabat", "Almaty", "Astana", "Tbilisi", "Tashkent", "Bishkek", "Istanbul",
           "Moscow", "Berlin", "Brussels", "Nantes", "Ankara", "Dushanbe", "Kyiv", "Riga")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_CURRENCY_WORDS = ("tenge", "manat", "rubles", "lira", "lari", "som", "somoni", "hryvnias",
                   "euros", "dollars", "rials", "pounds")
_CURRENCY_SIGNS = ("$", "€", "£", "₼", "₸", "₽")
_OUTLETS = ("Report", "Trend", "APA", "Kazinform", "AKIpress", "Interfax", "Azertac", "Vestnik Kavkaza")

_PARAGRAPH_SPLIT = re.compile(r"\n\s*\n")


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


_MONTH_RE = _alternation(_MONTHS)
_NAMES = re.compile(r"\b(?:%s)\b" % _alternation(
    [*_SEED_PEOPLE, *(p.split()[-1] for p in _SEED_PEOPLE), *(w for c in _COUNTRIES for w in c), *_CITIES]))
# One pass over a paragraph rewrites every figure; the alternatives are tried in order.
_FIGURE = re.compile(
    rf"""
    (?P<range>(?<![\w.,])(?P<lo>\d{{1,3}})\s?[-–]\s?(?P<hi>\d{{1,3}})(?![\w.,]\d|[-–]))  # 20-25, 1990-2000 not here
    | (?P<monthday>\b(?P<month>{_MONTH_RE})\s(?P<day>\d{{1,2}})\b)                   # May 7
    | (?P<dayfirst>(?<![\w.,])(?P<day2>\d{{1,2}})\s(?P<month2>{_MONTH_RE})\b)         # 7 May
    | (?P<decade>(?<![\w.,])(?:19|20)\d0s\b)                                         # 1990s
    | (?P<year>(?<![\w.,-])(?:19[5-9]|20[0-3])\d(?!\w|[.,]\d))                        # 2020
    | (?P<ordinal>(?<![\w.,])\d+(?:st|nd|rd|th)\b)                                   # 27th
    | (?P<number>(?<![\w.,-])(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?![\w-]|[.,]\d)) # 200,000  2.5
    | (?P<word>\b(?P<cur>{_alternation(_CURRENCY_WORDS)})\b)                           # tenge
    | (?P<sign>[{re.escape("".join(_CURRENCY_SIGNS))}](?=\d))                             # $50
    """,
    re.VERBOSE,
)


def _new_number(rng: random.Random, digits: str) -> str:
    """A number of the same shape: digit count, trailing zeros, commas, decimals."""
    whole, _, frac = digits.partition(".")
    commas = "," in whole
    whole = whole.replace(",", "")
    zeros = len(whole) - len(whole.rstrip("0")) if len(whole) > 1 else 0
    sig = len(whole) - zeros
    if sig <= 0:
        sig, zeros = 1, len(whole) - 1
    head = str(rng.randint(10 ** (sig - 1) if sig > 1 else 1, 10 ** sig - 1))
    value = head + "0" * zeros
    if commas:
        value = f"{int(value):,}"
    if frac:
        value += "." + "".join(str(rng.randint(0, 9)) for _ in frac[:-1]) + str(rng.randint(1, 9))
    return value


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


class _Variation:
    """One article's consistent rewrite of names, places, months, currencies and figures."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        subs: dict[str, str] = {}
        # People: a full name and its lone surname map to the same new person.
        for person in _SEED_PEOPLE:
            first, last = rng.choice(_FIRST_NAMES), rng.choice(_SURNAMES)
            subs[person] = f"{first} {last}"
            subs.setdefault(person.split()[-1], last)
        # Countries: two articles in five keep the seeds' own geography.
        if rng.random() < 0.6:
            targets = list(_COUNTRIES)
            rng.shuffle(targets)
            for (country, adj, people), (c2, a2, p2) in zip(_COUNTRIES, targets):
                subs[country], subs[adj], subs[people] = c2, a2, p2
        cities = list(_CITIES)
        rng.shuffle(cities)
        subs.update(zip(_CITIES, cities))
        self._subs = subs
        months = list(_MONTHS)
        rng.shuffle(months)
        self.months = dict(zip(_MONTHS, months))
        self.currency = rng.choice(_CURRENCY_WORDS)
        self.sign = rng.choice(_CURRENCY_SIGNS)

    def __call__(self, paragraph: str) -> str:
        paragraph = _NAMES.sub(lambda m: self._subs.get(m.group(0), m.group(0)), paragraph)
        return _FIGURE.sub(self._figure, paragraph)

    def _day(self) -> str:
        return str(self.rng.randint(1, 28))

    def _figure(self, m: re.Match) -> str:
        rng = self.rng
        if m.group("range"):
            lo = int(_new_number(rng, m.group("lo")))
            hi = max(lo + 1, int(_new_number(rng, m.group("hi"))))
            s = m.start()
            whole = m.group(0)
            return f"{lo}{whole[m.end('lo') - s:m.start('hi') - s]}{hi}"
        if m.group("monthday"):
            return f"{self.months[m.group('month')]} {self._day()}"
        if m.group("dayfirst"):
            return f"{self._day()} {self.months[m.group('month2')]}"
        if m.group("decade"):
            return f"{rng.choice(range(1950, 2030, 10))}s"
        if m.group("year"):
            return str(rng.randint(1988, 2025))
        if m.group("ordinal"):
            return _ordinal(rng.randint(1, 60))
        if m.group("number"):
            return _new_number(rng, m.group("number"))
        if m.group("word"):
            return self.currency
        return self.sign


@dataclass
class _Seeds:
    headlines: list[str]
    leads: list[str]  # first sentences of paragraphs, the other half of the headlines
    paragraphs: list[str]


def find_seeds() -> Path:
    """The repository's `seeds/` folder (next to the package in a checkout)."""
    here = Path(__file__).resolve().parent
    for folder in (here.parent / "seeds", Path.cwd() / "seeds"):
        if folder.is_dir() and any(folder.glob("*.txt")):
            return folder
    raise FileNotFoundError("no seeds/ folder with *.txt found; pass --seeds DIR")


def _load_seeds(folders) -> _Seeds:
    headlines, paragraphs, leads = [], [], []
    for folder in folders:
        for path in sorted(Path(folder).glob("*.txt")):
            parts = [p.strip() for p in _PARAGRAPH_SPLIT.split(path.read_text(encoding="utf-8"))]
            parts = [p for p in parts if p and p != "---"]
            if not parts:
                continue
            for line in parts[0].splitlines():
                # A title line: a few words, not a byline, logo or quotation.
                if len(line.split()) >= 4 and len(line) < 200 and not line.startswith(("By ", "“", "\"")):
                    headlines.append(line)
                    break
            for p in parts:
                # Short lines (bylines, logos, "Source: ...") are boilerplate, not body text.
                if len(p) >= 120:
                    paragraphs.append(p)
                    first = re.sub(r"^(?:Q|A|Question|Answer)\.?:\s*", "", p.split(". ")[0])
                    if 30 <= len(first) < 150 and not first.startswith(("“", "\"", "–", "-")):
                        leads.append(first.rstrip("."))
    if not paragraphs:
        raise FileNotFoundError(f"no paragraphs of text in {', '.join(map(str, folders))}")
    return _Seeds(headlines, leads, paragraphs)


def _article(rng: random.Random, seeds: _Seeds, target: int) -> str:
    vary = _Variation(rng)
    titles = seeds.headlines if seeds.headlines and (rng.random() < 0.5 or not seeds.leads) else seeds.leads
    parts = [vary(rng.choice(titles))] if titles else []
    if rng.random() < 0.3:
        parts.append(f"By {rng.choice(_FIRST_NAMES)} {rng.choice(_SURNAMES)}")
    size = sum(len(p.encode("utf-8")) + 2 for p in parts)
    lead = rng.random() < 0.5
    misses = 0
    while size < target and misses < 20:
        p = vary(rng.choice(seeds.paragraphs))
        if lead:  # a dateline on the first paragraph, as agencies write it
            lead = False
            p = f"{rng.choice(_CITIES).upper()}, {rng.choice(_MONTHS)} {rng.randint(1, 28)}. / {rng.choice(_OUTLETS)} / – {p}"
        n = len(p.encode("utf-8")) + 2
        if size + n > MAX_FILE:
            misses += 1
            continue
        parts.append(p)
        size += n
    if rng.random() < 0.25:
        parts.append(f"Source: {rng.choice(_OUTLETS)}")
    return "\n\n".join(parts) + "\n"


@dataclass
class Corpus:
    path: str
    files: int
    bytes: int
    seed: int
    digest: str


def _seeds_digest(folders) -> str:
    h = hashlib.sha256()
    for folder in folders:
        for path in sorted(Path(folder).glob("*.txt")):
            h.update(path.name.encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


def build_corpus(out_dir, size_mb: float = 20, seed: int = DEFAULT_SEED, seeds=None) -> Corpus:
    """Write a corpus of about `size_mb` MB (10^6 bytes; at most one file over) into `out_dir`.

    The same seed, size and seed articles give byte-identical files. A
    folder that already holds the same corpus (per its MANIFEST.json) is
    reused as it is.
    """
    folders = [Path(s) for s in (seeds or [find_seeds()])]
    out = Path(out_dir)
    target = int(size_mb * 1_000_000)
    key = {"generator": GENERATOR_VERSION, "seed": seed, "bytes_asked": target,
           "seeds": _seeds_digest(folders)}
    manifest = out / MANIFEST
    old: dict = {}
    if manifest.is_file():
        try:
            old = json.loads(manifest.read_text(encoding="utf-8"))
        except ValueError:
            old = {}
        if {k: old.get(k) for k in key} == key:
            return Corpus(str(out), old["files"], old["bytes"], seed, old["digest"])
    if out.exists() and any(out.iterdir()):
        # Only a corpus this module wrote is ever deleted.
        if not isinstance(old, dict) or "generator" not in old or "digest" not in old:
            raise FileExistsError(f"{out} is not empty and holds no bench corpus; refusing to overwrite it")
        shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)
    seeds_ = _load_seeds(folders)
    rng = random.Random(seed)
    total = files = 0
    digest = hashlib.sha256()
    log_lo, log_hi = math.log(MIN_FILE), math.log(MAX_FILE)
    while total < target:
        want = int(math.exp(rng.uniform(log_lo, log_hi)))
        want = max(MIN_FILE, min(want, target - total))
        data = _article(rng, seeds_, want).encode("utf-8")
        folder = out / f"{files // FILES_PER_FOLDER:04d}"
        if files % FILES_PER_FOLDER == 0:
            folder.mkdir(exist_ok=True)
        (folder / f"{files:06d}.txt").write_bytes(data)
        digest.update(data)
        files += 1
        total += len(data)
    corpus = Corpus(str(out), files, total, seed, digest.hexdigest()[:16])
    manifest.write_text(json.dumps({**key, "files": files, "bytes": total, "digest": corpus.digest}, indent=1),
                        encoding="utf-8")
    return corpus


def corpus_files(path) -> list[Path]:
    return sorted(Path(path).rglob("*.txt"))


# Measuring.

def _digit_scan(path) -> dict:
    """The floor: read every file and find every run of digits with `re`.

    `in_memory_mb_per_s` is the scan alone over texts already decoded (the
    first 8 MB), for comparison with figures quoted for regex engines.
    """
    pattern = re.compile(r"\d+")
    files = corpus_files(path)
    t0 = time.perf_counter()
    size = found = 0
    for f in files:
        data = f.read_bytes()
        size += len(data)
        found += len(pattern.findall(data.decode("utf-8")))
    seconds = time.perf_counter() - t0
    # In memory: the first 8 MB or so, a fair sample that keeps memory small.
    texts, sample = [], 0
    for f in files:
        texts.append(f.read_text(encoding="utf-8"))
        sample += len(texts[-1].encode("utf-8"))
        if sample >= 8_000_000:
            break
    t1 = time.perf_counter()
    for text in texts:
        pattern.findall(text)
    in_memory = time.perf_counter() - t1
    return {"seconds": seconds, "bytes": size, "files": len(files), "matches": found,
            "mb_per_s": size / 1e6 / seconds, "files_per_s": len(files) / seconds,
            "in_memory_mb_per_s": sample / 1e6 / in_memory if in_memory > 0 else None}


class _TreeWatch(threading.Thread):
    """Samples /proc for a process and its descendants until stopped."""

    def __init__(self, pid: int, interval: float = 0.02):
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak_sum_kb = 0
        self.peak_pss_kb = 0
        self.peak_processes = 0
        self.hwm_kb: dict[int, int] = {}
        self._stop_event = threading.Event()

    def stop(self) -> None:
        self._stop_event.set()
        self.join()

    def _children(self, pid: int) -> list[int]:
        out = []
        try:
            for tid in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{tid}/children") as f:
                    out += [int(x) for x in f.read().split()]
        except OSError:
            pass
        return out

    @staticmethod
    def _pss(pid: int) -> int:
        try:
            with open(f"/proc/{pid}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Pss:"):
                        return int(line.split()[1])
        except OSError:
            pass
        return 0

    @staticmethod
    def _status(pid: int) -> tuple[int, int] | None:
        rss = hwm = 0
        try:
            with open(f"/proc/{pid}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        rss = int(line.split()[1])
                    elif line.startswith("VmHWM:"):
                        hwm = int(line.split()[1])
        except OSError:
            return None
        return rss, hwm

    def sample(self) -> None:
        todo, seen, total, pss = [self.pid], 0, 0, 0
        while todo:
            pid = todo.pop()
            st = self._status(pid)
            if st is None:
                continue
            seen += 1
            total += st[0]
            pss += self._pss(pid)
            if st[1] > self.hwm_kb.get(pid, 0):
                self.hwm_kb[pid] = st[1]
            todo += self._children(pid)
        self.peak_sum_kb = max(self.peak_sum_kb, total)
        self.peak_pss_kb = max(self.peak_pss_kb, pss)
        self.peak_processes = max(self.peak_processes, seen)

    def run(self) -> None:
        while not self._stop_event.is_set():
            self.sample()
            self._stop_event.wait(self.interval)


@dataclass
class Run:
    jobs: int
    seconds: float
    cpu_seconds: float
    files: int
    bytes: int
    facts: int
    peak_mb: float  # highest sum of resident sets of the whole tree seen at once
    peak_pss_mb: float  # the same in proportional set size: pages shared after fork count once
    max_process_mb: float  # largest single process's own peak (VmHWM)
    sum_hwm_mb: float  # sum of every process's own peak: an upper bound
    processes: int
    exit_code: int
    mb_per_s: float = 0.0
    files_per_s: float = 0.0
    facts_per_s: float = 0.0
    cmd: list[str] = field(default_factory=list)

    cpu_per_wall: float = 0.0  # below `jobs`: waiting for a busy machine or for each other
    mb_per_cpu_s: float = 0.0  # what a busy machine disturbs least

    def __post_init__(self):
        s = max(self.seconds, 1e-9)
        self.cpu_per_wall = self.cpu_seconds / s
        self.mb_per_cpu_s = self.bytes / 1e6 / max(self.cpu_seconds, 1e-9)
        self.mb_per_s = self.bytes / 1e6 / s
        self.files_per_s = self.files / s
        self.facts_per_s = self.facts / s


def extract_command() -> list[str]:
    return [sys.executable, "-m", "diasporafacts", "extract"]


def run_extract(corpus: Corpus, jobs: int, out_file: str, stderr_file: str) -> Run:
    cmd = extract_command() + [corpus.path, "--format", "jsonl", "-o", out_file, "--jobs", str(jobs)]
    with open(stderr_file, "wb") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err)
        watch = _TreeWatch(proc.pid)
        watch.start()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - t0
        watch.stop()
    proc.returncode = os.waitstatus_to_exitcode(status)
    facts = 0
    if os.path.exists(out_file):
        with open(out_file, "rb") as f:
            facts = sum(1 for line in f if line.strip())
    return Run(
        jobs=jobs, seconds=seconds, cpu_seconds=usage.ru_utime + usage.ru_stime,
        files=corpus.files, bytes=corpus.bytes, facts=facts,
        # Not usage.ru_maxrss: Linux carries the forking parent's peak across exec.
        peak_mb=watch.peak_sum_kb / 1024, peak_pss_mb=watch.peak_pss_kb / 1024,
        max_process_mb=max(watch.hwm_kb.values(), default=0) / 1024,
        sum_hwm_mb=sum(watch.hwm_kb.values()) / 1024, processes=watch.peak_processes,
        exit_code=proc.returncode, cmd=cmd,
    )


def _say(msg: str) -> None:
    sys.stderr.write(f"bench: {msg}\n")
    sys.stderr.flush()


def _table(summary: dict) -> str:
    scan = summary["digit_scan"]
    rows = [("run", "seconds", "MB/s", "files/s", "facts/s", "CPU/wall", "MB/CPU-s", "peak MB", "PSS MB",
             "vs digit scan")]
    rows.append(("re \\d+ scan", f"{scan['seconds']:.2f}", f"{scan['mb_per_s']:.1f}",
                 f"{scan['files_per_s']:.0f}", "", "", "", "", "", "1"))
    for r in summary["runs"]:
        ratio = r["vs_digit_scan"] or 0.0
        rows.append((f"extract --jobs {r['jobs']}", f"{r['seconds']:.2f}", f"{r['mb_per_s']:.2f}",
                     f"{r['files_per_s']:.0f}", f"{r['facts_per_s']:.0f}", f"{r['cpu_per_wall']:.2f}",
                     f"{r['mb_per_cpu_s']:.2f}",
                     f"{r['peak_mb']:.0f}", f"{r['peak_pss_mb']:.0f}", f"1/{1 / ratio:.0f}" if ratio else "-"))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths)))
             for row in rows]
    c = summary["corpus"]
    head = (f"corpus: {c['files']} files, {c['bytes'] / 1e6:.1f} MB, seed {c['seed']}, "
            f"digest {c['digest']} ({c['path']})")
    tail = []
    if len(summary["runs"]) > 1:
        base = summary["runs"][0]
        for r in summary["runs"][1:]:
            tail.append(f"--jobs {r['jobs']} is {r['mb_per_s'] / base['mb_per_s']:.2f}x --jobs {base['jobs']}")
    if summary.get("facts_per_mb_seeds"):
        tail.append(f"facts per MB: corpus {summary['facts_per_mb_corpus']:.0f}, "
                    f"seeds {summary['facts_per_mb_seeds']:.0f}")
    tail.append(f"start-up (extract over the seeds): {summary['startup_seconds']:.2f} s; "
                f"load average before: {summary['load_before']:.1f}")
    return "\n".join([head, *lines, *tail])


def _parse_jobs(text: str) -> list[int]:
    try:
        jobs = [int(x) for x in text.split(",") if x.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a comma-separated list of numbers: {text!r}")
    if not jobs or min(jobs) < 1:
        raise argparse.ArgumentTypeError("--jobs takes numbers of processes of 1 or more, e.g. 1,2")
    return jobs


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m diasporafacts.bench",
        description="Build a reproducible news-like corpus and time `diasporafacts extract` over it.",
    )
    p.add_argument("--size-mb", type=float, default=20.0, help="corpus size in MB of 10^6 bytes (default 20)")
    p.add_argument("--corpus", metavar="DIR", help="build (or reuse) the corpus in DIR and keep it")
    p.add_argument("--seeds", metavar="DIR", action="append",
                   help="folder of seed articles (*.txt; repeatable; default: the repository's seeds/)")
    p.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default {DEFAULT_SEED})")
    p.add_argument("--jobs", type=_parse_jobs, default=[1, 2], help="process counts to time, e.g. 1,2 (default)")
    p.add_argument("--repeat", type=int, default=1, metavar="N",
                   help="time each --jobs value N times and keep the fastest (default 1)")
    p.add_argument("--keep", action="store_true", help="keep the temporary corpus and outputs; print where")
    p.add_argument("--build-only", action="store_true", help="only build the corpus and print its summary")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    return p


def main(argv=None) -> int:
    args = _parser().parse_args(argv)
    if args.size_mb <= 0:
        _say("--size-mb must be positive")
        return 2
    work = Path(tempfile.mkdtemp(prefix="diasporafacts-bench-"))
    corpus_dir = Path(args.corpus) if args.corpus else work / "corpus"
    try:
        t0 = time.perf_counter()
        try:
            corpus = build_corpus(corpus_dir, args.size_mb, args.seed, args.seeds)
        except (FileNotFoundError, FileExistsError) as err:
            _say(str(err))
            return 2
        _say(f"corpus: {corpus.files} files, {corpus.bytes / 1e6:.1f} MB in {corpus.path} "
             f"({time.perf_counter() - t0:.1f} s)")
        summary: dict = {"corpus": asdict(corpus), "cpus": os.cpu_count(),
                         "python": sys.version.split()[0], "runs": []}
        if args.build_only:
            print(json.dumps(summary["corpus"]) if args.json else
                  f"{corpus.files} files, {corpus.bytes} bytes, digest {corpus.digest}: {corpus.path}")
            return 0
        _digit_scan(corpus.path)  # warms the page cache for what follows
        scan = summary["digit_scan"] = _digit_scan(corpus.path)
        summary["load_before"] = os.getloadavg()[0]
        if summary["load_before"] > 0.5:
            _say(f"the machine is busy (load average {summary['load_before']:.1f}): timings will be low")
        seeds_dirs = args.seeds or [str(find_seeds())]
        seeds_bytes = sum(f.stat().st_size for d in seeds_dirs for f in Path(d).glob("*.txt"))
        seed_run = run_extract(Corpus(seeds_dirs[0], 0, seeds_bytes, 0, ""), 1,
                               str(work / "seeds.jsonl"), str(work / "seeds.err"))
        summary["startup_seconds"] = seed_run.seconds  # the five seeds: mostly start-up
        if len(seeds_dirs) == 1 and seed_run.exit_code == 0:
            summary["facts_per_mb_seeds"] = seed_run.facts / (seeds_bytes / 1e6)
        failed = False
        for jobs in args.jobs:
            _say(f"extract --jobs {jobs} ...")
            err = work / f"jobs{jobs}.err"
            tries = [run_extract(corpus, jobs, str(work / f"jobs{jobs}.jsonl"), str(err))
                     for _ in range(max(1, args.repeat))]
            run = min(tries, key=lambda r: (r.exit_code != 0, r.seconds))
            # Memory is what the worst try needed, not the fastest one.
            run.peak_mb = max(r.peak_mb for r in tries)
            run.peak_pss_mb = max(r.peak_pss_mb for r in tries)
            run.max_process_mb = max(r.max_process_mb for r in tries)
            run.sum_hwm_mb = max(r.sum_hwm_mb for r in tries)
            bad = next((r for r in tries if r.exit_code != 0), None)
            if bad is not None:  # the stderr file holds the last try's messages
                failed = True
                tail = err.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-5:]
                _say(f"extract --jobs {jobs} exited {bad.exit_code}: " + " | ".join(tail))
            _say(f"extract --jobs {jobs}: {run.seconds:.1f} s, {run.mb_per_s:.2f} MB/s, {run.facts} facts, "
                 f"peak {run.peak_mb:.0f} MB")
            summary["runs"].append({**asdict(run), "load_after": os.getloadavg()[0]})
        if summary["runs"]:
            summary["facts_per_mb_corpus"] = summary["runs"][0]["facts"] / (corpus.bytes / 1e6)
            for r in summary["runs"]:
                r["vs_digit_scan"] = r["mb_per_s"] / scan["mb_per_s"] if scan["mb_per_s"] else None
        print(json.dumps(summary, indent=1) if args.json else _table(summary))
        sys.stdout.flush()
        return 1 if failed else 0
    finally:
        if args.keep:
            _say(f"kept {work}" + (f" and {corpus_dir}" if args.corpus else ""))
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
