"""Run the extractor over many inputs, on one process or several.

Results come back in input order whatever the number of processes; each
worker reads and decodes its own file, so only paths and finished rows
cross process boundaries. Results are yielded as they come, so memory stays
flat however large the corpus.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Iterable, Iterator

from .reading import Document, ReadError, iter_paths, read_file, read_stdin


@dataclass(slots=True)
class Result:
    source: str
    rows: list[dict]
    encoding: str


def _extract_document(doc: Document) -> Result:
    from .pipeline import extract_text

    return Result(doc.source, [f.row() for f in extract_text(doc.text, doc.source)], doc.encoding)


def _work(path: str) -> Result | ReadError:
    doc = read_file(path)
    if isinstance(doc, ReadError):
        return doc
    try:
        return _extract_document(doc)
    except Exception as err:  # a bug must not cost the other files their output
        return ReadError(path, f"internal error while extracting: {type(err).__name__}: {err}")


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def run(paths: Iterable[str], globs: Iterable[str] | None = None, jobs: int = 1) -> Iterator[Result | ReadError]:
    items = iter_paths(paths, globs)
    if jobs <= 1:
        for item in items:
            if isinstance(item, ReadError):
                yield item
            elif item == "-":
                yield _stdin()
            else:
                yield _work(item)
        return
    yield from _run_parallel(items, jobs)


def _stdin() -> Result | ReadError:
    doc = read_stdin()
    if isinstance(doc, ReadError):
        return doc
    try:
        return _extract_document(doc)
    except Exception as err:
        return ReadError("-", f"internal error while extracting: {type(err).__name__}: {err}")


def _run_parallel(items: Iterator[str | ReadError], jobs: int) -> Iterator[Result | ReadError]:
    import multiprocessing as mp
    from collections import deque

    ctx = mp.get_context("fork") if hasattr(os, "fork") else mp.get_context()
    with ctx.Pool(jobs, initializer=_worker_init) as pool:
        # A bounded window of pending work keeps memory flat and the output
        # in input order; a slow file only delays what comes after it.
        pending: deque = deque()
        window = jobs * 8
        for item in items:
            if isinstance(item, ReadError):
                pending.append(item)
            elif item == "-":
                pending.append(("stdin",))
            else:
                pending.append(pool.apply_async(_work, (item,)))
            while len(pending) > window:
                yield _resolve(pending.popleft())
        while pending:
            yield _resolve(pending.popleft())


def _worker_init() -> None:
    # Ctrl-C reaches the whole process group: the parent alone handles it
    # (and stops the workers), so no worker prints a traceback.
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _resolve(p):
    if isinstance(p, ReadError):
        return p
    if isinstance(p, tuple):
        return _stdin()
    return p.get()
