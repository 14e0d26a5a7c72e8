"""Ingest throughput: documents/s and MB/s, against reading and decoding the same bytes.

The corpus is the seeds plus the example corpus, copied ``COPIES`` times (each copy a distinct
file) into a temporary directory. Three timings are taken in one run:

* baseline: read every file's bytes and decode them as UTF-8;
* parse: ``read_documents`` on every file (decoding, boilerplate, metadata, notes, offset map);
* store: a full ``ingest_into`` a fresh SQLite database (parse + transactional insert + FTS).
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

from common import EXAMPLES, SEEDS, best_of
from diplomatica.build import BuildReport, _NoProgress, ingest_into
from diplomatica.config import load_settings
from diplomatica.ingest import discover, read_documents
from diplomatica.kb import open_store

COPIES = 20


def make_corpus(target: Path) -> list[Path]:
    """Copy the seeds and examples ``COPIES`` times under ``target``; return the files."""
    sources = discover([SEEDS, EXAMPLES]).files
    for i in range(COPIES):
        for src in sources:
            dst = target / f"copy{i:03d}" / f"{src.stem}_{i:03d}{src.suffix}"
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dst)
    return discover([target]).files


def main() -> None:
    """Print the ingest figures as JSON."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus = make_corpus(Path(tmp) / "corpus")
        megabytes = sum(p.stat().st_size for p in corpus) / 1e6
        n_docs = sum(len(read_documents(p)) for p in corpus)
        baseline = best_of(3, lambda: [p.read_bytes().decode("utf-8", "replace") for p in corpus])
        parse = best_of(3, lambda: [read_documents(p) for p in corpus])

        def store_all() -> None:
            db = Path(tmp) / "bench.db"
            db.unlink(missing_ok=True)
            with open_store(f"sqlite:///{db}") as store:
                ingest_into(
                    store,
                    [Path(tmp) / "corpus"],
                    settings=load_settings(),
                    report=BuildReport(),
                    progress=_NoProgress(),
                )

        stored = best_of(2, store_all)
    print(
        json.dumps(
            {
                "files": len(corpus),
                "documents": n_docs,
                "megabytes": round(megabytes, 2),
                "baseline_read_decode_s": round(baseline, 4),
                "parse_s": round(parse, 4),
                "parse_docs_per_s": round(n_docs / parse, 1),
                "parse_mb_per_s": round(megabytes / parse, 2),
                "ingest_into_sqlite_s": round(stored, 4),
                "ingest_docs_per_s": round(n_docs / stored, 1),
                "ingest_mb_per_s": round(megabytes / stored, 2),
                "parse_vs_read_ratio": round(parse / baseline, 1),
                "ingest_vs_read_ratio": round(stored / baseline, 1),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    sys.exit(main())
