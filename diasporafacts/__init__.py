"""diasporafacts: verifiable figures from news text about diasporas and migration.

    from diasporafacts import extract_text, extract_paths
    facts = extract_text("More than 200,000 Azerbaijanis live in Kazakhstan.")
"""
from __future__ import annotations

__version__ = "0.1.0"

from .models import Fact, Kind, Qualifier  # noqa: E402
from .pipeline import extract_text  # noqa: E402


def extract_paths(paths, glob: str | None = None):
    """Facts of every readable document under `paths` (files, folders, '-').

    Yields Fact records in input order; unreadable inputs are skipped (the
    CLI reports them), see `diasporafacts.reading.iter_documents`.
    """
    from .reading import Document, iter_documents

    for doc in iter_documents(paths, glob=glob):
        if isinstance(doc, Document):
            yield from extract_text(doc.text, doc.source)


__all__ = ["Fact", "Kind", "Qualifier", "extract_text", "extract_paths", "__version__"]
