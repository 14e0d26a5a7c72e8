"""The scorer's one-to-one matching of gold and predicted events."""

from __future__ import annotations

from typing import Any

from diplomatica.eval.events import Score, _score_events


def _event(year: str | None, confidence: float = 0.5) -> dict[str, Any]:
    date = {"start": year, "end": year} if year else None
    return {
        "type": "APPOINT_ENVOY",
        "countries": ["FIN", "SWE"],
        "date": date,
        "confidence": confidence,
    }


def test_undated_gold_does_not_take_the_only_match_of_a_dated_gold() -> None:
    golds = [_event(None), _event("1963")]
    preds = [_event("1963", confidence=0.8), _event("1958", confidence=0.4)]
    scores: dict[str, Score] = {}
    missed, spurious = _score_events(golds, preds, False, scores)
    assert (missed, spurious) == ([], [])
    assert scores["APPOINT_ENVOY"].tp == 2


def test_matching_stays_one_to_one() -> None:
    golds = [_event("1963"), _event("1963")]
    preds = [_event("1963")]
    scores: dict[str, Score] = {}
    missed, spurious = _score_events(golds, preds, False, scores)
    assert len(missed) == 1 and spurious == []
    assert (scores["APPOINT_ENVOY"].tp, scores["APPOINT_ENVOY"].fn) == (1, 1)
