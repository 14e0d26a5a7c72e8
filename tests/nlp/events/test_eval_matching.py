"""The scorer's one-to-one matching of gold and predicted events."""

from __future__ import annotations

from typing import Any

from diplomatica.eval.events import Score, _score_events, _tenure_matches


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


def test_cli_lists_misses_of_documents_found_in_a_given_folder(tmp_path: Any) -> None:
    import json

    from typer.testing import CliRunner

    from diplomatica.cli.main import app

    docs = tmp_path / "texts"
    docs.mkdir()
    (docs / "dk_no_note.txt").write_text(
        "Denmark and Norway signed a fisheries agreement in Oslo on 3 May 1962.\n"
        "Norway expelled two Danish diplomats in 1963.\n",
        encoding="utf-8",
    )
    quote = "Denmark and Norway signed a fisheries agreement"
    gold = tmp_path / "gold.jsonl"
    rows = [
        {"doc": "dk_no_note", "type": "SIGN_AGREEMENT", "countries": ["DNK", "NOR"],
         "date": {"start": "1962-05-03", "end": "1962-05-03"}, "quote": quote},
        {"doc": "dk_no_note", "type": "OPEN_MISSION", "countries": ["DNK", "NOR"],
         "date": {"start": "1962", "end": "1962"}, "quote": "an invented opening"},
    ]  # fmt: skip
    gold.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "events", str(gold), "--docs", str(docs), "--errors"])
    assert result.exit_code == 0, result.output
    assert "documents: 1" in result.output
    missed = result.output.split("missed events (1)")[1].split("spurious events")[0]
    assert "OPEN_MISSION" in missed and "an invented opening" in missed
    assert "SIGN_AGREEMENT" not in missed
    assert "EXPEL  [DNK,NOR]  1963/1963" in result.output.split("spurious events (1)")[1]


def test_scores_add_up_and_multisets_match_item_by_item() -> None:
    from collections import Counter

    total = Score(tp=2, fp=1, fn=1)
    total += Score(tp=1, fn=2)
    assert (total.tp, total.fp, total.fn) == (3, 1, 3)
    assert (total.precision, total.recall) == (0.75, 0.5)
    assert abs(total.f1 - 0.6) < 1e-9
    counted = Score()
    counted.add_counts(Counter(["a", "a", "b"]), Counter(["a", "c"]))
    assert (counted.tp, counted.fp, counted.fn) == (1, 1, 2)
    assert Score().f1 == 1.0 and Score(fp=2).f1 == 0.0


def _tenure(role: str) -> dict[str, Any]:
    return {"person": "Kurt Lindqvist", "role": role, "country": "SWE", "start": "1961"}


def test_tenure_roles_match_through_the_titles_gazetteer() -> None:
    council = _tenure("Chairman of the Council of Ministers")
    assert _tenure_matches(council, _tenure("head of government"), strict=True)
    assert _tenure_matches(_tenure("Premier"), _tenure("prime minister"), strict=True)
    assert not _tenure_matches(council, _tenure("foreign minister"), strict=False)
    assert not _tenure_matches(_tenure("ambassador"), _tenure("consul"), strict=False)


def test_errors_list_golds_found_leniently_with_the_dates_predicted(tmp_path: Any) -> None:
    import json

    from typer.testing import CliRunner

    from diplomatica.cli.main import app

    docs = tmp_path / "texts"
    docs.mkdir()
    (docs / "dk_no_dates.txt").write_text(
        "Denmark and Norway signed a fisheries agreement in Oslo on 3 May 1962.\n",
        encoding="utf-8",
    )
    gold = tmp_path / "events_x.jsonl"
    row = {"doc": "dk_no_dates", "type": "SIGN_AGREEMENT", "countries": ["DNK", "NOR"],
           "date": {"start": "1962-06", "end": "1962-06"}, "quote": "signed"}  # fmt: skip
    gold.write_text(json.dumps(row) + "\n", encoding="utf-8")
    args = ["eval", "events", str(gold), "--docs", str(docs)]
    plain = CliRunner().invoke(app, args)
    assert plain.exit_code == 0, plain.output
    assert "dated differently" not in plain.output  # only --errors shows items
    out = CliRunner().invoke(app, [*args, "--errors"]).output
    listed = out.split("events dated differently (1)")[1]
    assert "gold 1962-06/1962-06  predicted 1962-05-03/1962-05-03" in listed
    assert "missed events (0)" in out
