"""Precision and recall of person and state detection on the hand-annotated sentences of
``entities_gold.yaml``, and the component's time overhead on the seed documents.

Run with ``-s`` to see the measured numbers."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml
from spacy.language import Language
from spacy.tokens import Doc

from diplomatica.eval.scores import Score
from diplomatica.nlp.extensions import SPANS_ENTITIES

GOLD = Path(__file__).with_name("entities_gold.yaml")


def _found(doc: Doc, kind: str) -> Counter[tuple[str, str]]:
    pairs = []
    for span in doc.spans[SPANS_ENTITIES]:
        ref = span._.entity
        if ref.kind == kind:
            pairs.append((span.text, ref.country if kind == "place" else ref.key))
    return Counter(pairs)


def _gold(item: dict[str, list[list[str]]], key: str) -> Counter[tuple[str, str]]:
    return Counter((text, value) for text, value in item.get(key, []))


@pytest.fixture(scope="module")
def scores(nlp: Language) -> dict[str, Score]:
    sentences = yaml.safe_load(GOLD.read_text(encoding="utf-8"))["sentences"]
    result = {"person": Score(), "state": Score(), "place": Score()}
    for item in sentences:
        doc = nlp(item["text"])
        result["person"].add_counts(_gold(item, "persons"), _found(doc, "person"))
        result["state"].add_counts(_gold(item, "states"), _found(doc, "state"))
        result["place"].add_counts(_gold(item, "places"), _found(doc, "place"))
    for kind, score in result.items():
        print(
            f"\n{kind}: P={score.precision:.3f} R={score.recall:.3f} "
            f"(tp={score.tp} fp={score.fp} fn={score.fn})"
        )
    return result


def test_gold_file_is_well_formed() -> None:
    sentences = yaml.safe_load(GOLD.read_text(encoding="utf-8"))["sentences"]
    assert len(sentences) >= 30
    for item in sentences:
        for key in ("persons", "states", "places"):
            for text, _ in item.get(key, []):
                assert text in item["text"], (key, text)


def test_person_precision_and_recall(scores: dict[str, Score]) -> None:
    assert scores["person"].precision >= 0.9
    assert scores["person"].recall >= 0.9


def test_state_precision_and_recall(scores: dict[str, Score]) -> None:
    assert scores["state"].precision >= 0.9
    assert scores["state"].recall >= 0.85


def test_capitals_as_places(scores: dict[str, Score]) -> None:
    assert scores["place"].recall >= 0.8
