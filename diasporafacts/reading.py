"""Inputs: paths named by the user → decoded documents or read errors.

Folders are walked recursively in sorted order; symbolic links are
followed, with a guard against loops. Bytes are decoded as UTF-8 (with or
without BOM), UTF-16/32 with a BOM, and otherwise by charset-normalizer,
which recognizes the legacy encodings of the region's news (Windows-1251,
KOI8-R, Windows-1254, ISO-8859-x). Files that hold NUL bytes or no
decodable text are reported, never guessed at.
"""
from __future__ import annotations

import codecs
import errno
import fnmatch
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

DEFAULT_GLOBS = ("*.txt", "*.md")
# The temporary file `output.atomic_output` writes beside its target: never
# an input, even when -o points into a folder being walked.
TEMP_PREFIX, TEMP_SUFFIX = ".diasporafacts-", ".tmp"

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True, slots=True)
class Document:
    source: str
    text: str
    encoding: str


@dataclass(frozen=True, slots=True)
class ReadError:
    source: str
    reason: str
    # A path that does not exist is a usage error (exit 2), not a bad file.
    usage: bool = False


class DecodeError(ValueError):
    pass


def decode(data: bytes) -> tuple[str, str]:
    """Text of `data` and the encoding used; DecodeError when it is not text."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as err:
                mended = _mend(data, enc, bom=True)
                if mended is None:
                    raise DecodeError(f"not valid {enc} despite its byte order mark") from err
                return mended
    if b"\x00" in data:
        raise DecodeError("binary file (NUL bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        mended = _mend(data, "utf-8")
        if mended is not None:
            return mended
    from charset_normalizer import from_bytes

    results = from_bytes(data)
    first = results.best()
    if first is not None and first.coherence == 0 and _multi_byte(first.encoding):
        # KOI8-R's letters are Shift_JIS half-width katakana byte for byte,
        # and charset-normalizer stops at the first multi-byte fit: a reading
        # in which it recognizes no language gives way to a single-byte one
        # in which it does.
        retry = from_bytes(data, cp_exclusion=first.could_be_from_charset)
        other = retry.best()
        if other is not None and other.coherence > 0 and other.chaos <= first.chaos + 0.01:
            results = retry
    best, encoding = _pick(results, data)
    if best is None:
        raise DecodeError("binary file or unknown encoding")
    text = str(best)
    if _looks_binary(text):
        raise DecodeError("binary file or unknown encoding")
    return text, encoding


# charset-normalizer ranks code pages that read a text equally well in a
# fixed order, cp1250 first, so Turkish in Windows-1254 came out with "ý"
# for "ı". Among the matches as good as its best, take a code page of the
# language it recognized.
_WESTERN = ("cp1252", "iso8859_15", "latin_1")
_CYRILLIC = ("cp1251", "koi8_r", "koi8_u", "iso8859_5")
_CENTRAL = ("cp1250", "iso8859_2")
_LANGUAGE_CODEPAGES = {
    "Turkish": ("cp1254", "iso8859_9"), "Greek": ("cp1253", "iso8859_7"),
    **dict.fromkeys(("Russian", "Ukrainian", "Bulgarian", "Kazakh", "Serbian"), _CYRILLIC),
    **dict.fromkeys(("English", "French", "German", "Spanish", "Italian", "Portuguese", "Dutch", "Danish",
                     "Swedish", "Norwegian", "Finnish", "Indonesian"), _WESTERN),
    **dict.fromkeys(("Polish", "Czech", "Slovak", "Hungarian", "Croatian", "Slovene", "Romanian"), _CENTRAL),
}
# How much worse (charset-normalizer's "chaos", 0..1) a language's own code
# page may read than the best guess and still be preferred.
_CHAOS_SLACK = 0.1


def _mend(data: bytes, enc: str, bom: bool = False) -> tuple[str, str] | None:
    """A text in `enc` but for a few bad bytes (a stray byte, a download cut
    mid-character): those become U+FFFD, the rest is kept, and the encoding
    reported says so. Without a BOM, the text must show it is `enc` by many
    more good non-ASCII characters than bad bytes (a legacy code page read
    as UTF-8 has next to none)."""
    text = data.decode(enc, "replace")
    bad = text.count("\ufffd") - data.decode(enc, "ignore").count("\ufffd")
    good = len(text) - len(text.encode("ascii", "ignore")) - bad
    if bad > max(8, len(text) // 100) or (not bom and good < 4 * bad):
        return None
    return text, f"{enc} ({bad} bad byte{'' if bad == 1 else 's'} replaced)"


def _multi_byte(encoding: str) -> bool:
    from charset_normalizer.utils import is_multi_byte_encoding

    try:
        return is_multi_byte_encoding(encoding)
    except Exception:
        return False


_C1_BYTES = re.compile(rb"[\x80-\x9f]")


def _pick(results, data: bytes):
    best = results.best()
    if best is None:
        return None, None
    # The language's own code pages, when one reads the text about as well:
    # the one with the fewest odd characters wins (ISO-8859-2 and
    # Windows-1250 differ in a few letters, ą ś ź, and only the right one
    # reads them as letters), ties in the table's order.
    pages = _LANGUAGE_CODEPAGES.get(best.language, ())
    fits = [(m.chaos, pages.index(enc), m, enc) for m in results for enc in pages
            if enc in m.could_be_from_charset and m.chaos <= best.chaos + _CHAOS_SLACK]
    if fits:
        _, _, m, enc = min(fits, key=lambda f: f[:2])
        if enc == "cp1250" and not _C1_BYTES.search(data):
            # Windows-1250 puts š ž ś ź ť (and their capitals) at 0x8A-0x9F,
            # where ISO-8859-2 has only control codes: a Central European
            # text with none of those bytes is ISO-8859-2 when that reads it.
            iso = next((f for f in fits if f[3] == "iso8859_2"), None)
            if iso is not None:
                return iso[2], "iso8859_2"
        return m, enc
    return best, best.encoding


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    if not sample:
        return False
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return bad > len(sample) * 0.05


def read_file(path: str | os.PathLike, source: str | None = None) -> Document | ReadError:
    source = source if source is not None else str(path)
    try:
        data = Path(path).read_bytes()
    except IsADirectoryError:
        return ReadError(source, "is a directory")
    except PermissionError:
        return ReadError(source, "permission denied")
    except FileNotFoundError:
        if os.path.islink(path):
            return ReadError(source, "broken symbolic link")
        return ReadError(source, "no such file or directory", usage=True)
    except OSError as err:
        if err.errno == errno.ELOOP:
            return ReadError(source, "symbolic link loop")
        return ReadError(source, err.strerror or str(err))
    try:
        text, enc = decode(data)
    except DecodeError as err:
        return ReadError(source, str(err))
    return Document(source, text, enc)


def read_stdin() -> Document | ReadError:
    try:
        data = sys.stdin.buffer.read()
    except (OSError, AttributeError) as err:
        return ReadError("-", f"cannot read standard input: {err}")
    try:
        text, enc = decode(data)
    except DecodeError as err:
        return ReadError("-", str(err))
    return Document("-", text, enc)


def iter_paths(paths: Iterable[str], globs: Iterable[str] | None = None) -> Iterator[str | ReadError]:
    """Every input file named by `paths`, in order, or the error that stopped it."""
    patterns = tuple(globs) if globs else DEFAULT_GLOBS
    for p in paths:
        if p == "-":
            yield "-"
            continue
        if os.path.islink(p) and not os.path.exists(p):
            yield ReadError(p, _unfollowable(p))
        elif os.path.isdir(p):
            found = False
            for item in _walk(p, patterns):
                found = True
                yield item
            if not found:
                yield ReadError(p, f"no files matching {', '.join(patterns)}")
        elif os.path.exists(p):
            yield p
        else:
            yield ReadError(p, "no such file or directory", usage=True)


def _unfollowable(path: str) -> str:
    """Why the symbolic link at `path` leads nowhere."""
    try:
        os.stat(path)
    except OSError as err:
        if err.errno == errno.ELOOP:
            return "symbolic link loop"
    return "broken symbolic link"


def _walk(root: str, patterns: tuple[str, ...]) -> Iterator[str | ReadError]:
    seen: set[str] = set()

    def walk(folder: str, ancestors: frozenset[str] = frozenset()) -> Iterator[str | ReadError]:
        real = os.path.realpath(folder)
        if real in ancestors:
            yield ReadError(folder, "symbolic link loop")
            return
        if real in seen:
            return  # reached before under another name, and read then
        seen.add(real)
        ancestors = ancestors | {real}
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except PermissionError:
            yield ReadError(folder, "permission denied")
            return
        except OSError as err:
            yield ReadError(folder, err.strerror or str(err))
            return
        for entry in entries:
            if entry.name.startswith(TEMP_PREFIX) and entry.name.endswith(TEMP_SUFFIX):
                continue
            path = os.path.join(folder, entry.name)
            try:
                is_dir = entry.is_dir(follow_symlinks=True)
            except OSError:
                is_dir = False
            if is_dir:
                yield from walk(path, ancestors)
            elif any(fnmatch.fnmatch(entry.name, pat) for pat in patterns):
                if entry.is_symlink() and not os.path.exists(path):
                    yield ReadError(path, _unfollowable(path))
                elif not _is_file(entry):
                    # A named pipe or a device would block or never end.
                    yield ReadError(path, "not a regular file")
                else:
                    yield path

    yield from walk(root)


def _is_file(entry: os.DirEntry) -> bool:
    try:
        return entry.is_file(follow_symlinks=True)
    except OSError:
        return False


def iter_documents(paths: Iterable[str], glob: Iterable[str] | str | None = None) -> Iterator[Document | ReadError]:
    globs = (glob,) if isinstance(glob, str) else glob
    for item in iter_paths(paths, globs):
        if isinstance(item, ReadError):
            yield item
        elif item == "-":
            yield read_stdin()
        else:
            yield read_file(item)
