"""Where the pipeline's time goes: each component's cost against bare spaCy on the same text.

Runs the whole pipeline on the bodies of the seed documents and the example corpus, one
component at a time, and reports for every component its share of the bare model's time
(``ratio_to_bare`` = component seconds ÷ bare ``nlp.pipe`` seconds on the same text, measured in
the same run) and the Python function calls it makes per word. The calls are counted by a
profiler and do not depend on machine load, so a change that makes a component do more work shows
here even when the throughput benchmark's noise (about ±0.03) hides it. ``added_ratio`` is the sum
of our components' ratios: throughput ratio ≈ 1 ÷ (1 + added_ratio).
"""

from __future__ import annotations

import cProfile
import json
import pstats
import sys
import time

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from common import EXAMPLES, SEEDS, best_of
from diplomatica.config import load_settings
from diplomatica.ingest import discover, read_documents
from diplomatica.nlp.extensions import register
from diplomatica.nlp.pipeline import load_pipeline

ROUNDS = 3


def corpus_bodies() -> list[tuple[str, str | None]]:
    """Return ``(body, document date)`` for every document of the seeds and examples."""
    docs = [d for p in discover([SEEDS, EXAMPLES]).files for d in read_documents(p)]
    return [(d.body, d.date) for d in docs]


def fresh_docs(nlp: Language, bodies: list[tuple[str, str | None]]) -> list[Doc]:
    """Return unprocessed docs of ``bodies`` with their document dates set."""
    docs = []
    for body, date in bodies:
        doc = nlp.make_doc(body)
        doc._.dipl_doc_date = date
        docs.append(doc)
    return docs


def component_seconds(nlp: Language, bodies: list[tuple[str, str | None]]) -> dict[str, float]:
    """Return each component's best time in seconds over ``ROUNDS`` runs of the corpus (each
    component runs on the output of the ones before it, doc by doc)."""
    best = {name: float("inf") for name in nlp.pipe_names}
    for _ in range(ROUNDS):
        spent = dict.fromkeys(nlp.pipe_names, 0.0)
        for doc in fresh_docs(nlp, bodies):
            for name, proc in nlp.pipeline:
                started = time.perf_counter()
                doc = proc(doc)
                spent[name] += time.perf_counter() - started
        best = {name: min(best[name], spent[name]) for name in best}
    return best


def python_calls(nlp: Language, bodies: list[tuple[str, str | None]]) -> dict[str, int]:
    """Return the Python function calls each component makes on the corpus (one profiled run;
    a profiler per component, switched on only around that component's call)."""
    profilers = {name: cProfile.Profile() for name in nlp.pipe_names}
    for doc in fresh_docs(nlp, bodies):
        for name, proc in nlp.pipeline:
            profilers[name].enable()
            doc = proc(doc)
            profilers[name].disable()
    return {name: pstats.Stats(prof).total_calls for name, prof in profilers.items()}  # type: ignore[attr-defined]


def main() -> None:
    """Print each component's time ratio to bare spaCy and its calls per word, as JSON."""
    register()
    model = load_settings().model
    bodies = corpus_bodies()
    words = sum(len(body.split()) for body, _ in bodies)
    bare = spacy.load(model)
    ours = load_pipeline(model)
    ours_only = [name for name in ours.pipe_names if name not in bare.pipe_names]

    def run_bare() -> None:
        for _ in bare.pipe((body for body, _ in bodies), batch_size=8):
            pass

    run_bare()  # warm-up
    bare_s = best_of(ROUNDS, run_bare)
    seconds = component_seconds(ours, bodies)
    calls = python_calls(ours, bodies)
    report = {
        name: {
            "seconds": round(seconds[name], 3),
            "ratio_to_bare": round(seconds[name] / bare_s, 3),
            "python_calls_per_word": round(calls[name] / words, 1),
        }
        for name in ours_only
    }
    added = sum(seconds[name] for name in ours_only) / bare_s
    summary = {"documents": len(bodies), "words": words, "bare_spacy_s": round(bare_s, 3)}
    print(json.dumps({**summary, "components": report, "added_ratio": round(added, 3)}, indent=2))


if __name__ == "__main__":
    sys.exit(main())
