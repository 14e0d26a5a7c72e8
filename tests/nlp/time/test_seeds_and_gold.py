"""Key expressions of the two seed documents, and the gold-set score as a regression test."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplomatica.config import seed_corpus_dir
from diplomatica.eval.time import evaluate_time, render_time_report
from diplomatica.nlp.time import TimeMention, tag_text

REPO = Path(__file__).resolve().parents[3]
SEEDS = seed_corpus_dir()
ESSAY = SEEDS / "000_a4829929fe47a914.txt"
RECORD = SEEDS / "003_98e899229104fb75.txt"
GOLD = REPO / "tests" / "gold" / "time.jsonl"
HELD_OUT = REPO / "tests" / "gold" / "time_heldout.jsonl"


def by_text(mentions: list[TimeMention]) -> dict[str, list[TimeMention]]:
    table: dict[str, list[TimeMention]] = {}
    for mention in mentions:
        table.setdefault(mention.timex.text, []).append(mention)
    return table


@pytest.fixture(scope="module")
def essay() -> dict[str, list[TimeMention]]:
    return by_text(tag_text(ESSAY.read_text(encoding="utf-8")))


@pytest.mark.parametrize(
    ("text", "value", "start", "end"),
    [
        ("for the years 1950-1952", "1950/1952", "1950-01-01", "1952-12-31"),
        ("from 1937 to 1946", "1937/1946", "1937-01-01", "1946-12-31"),
        ("1972 and 1973", "1972,1973", "1972-01-01", "1973-12-31"),
        ("June 7, 1971", "1971-06-07", "1971-06-07", "1971-06-07"),
        ("September 1951", "1951-09", "1951-09-01", "1951-09-30"),
        ("the summer of 1988", "1988-SU", "1988-06-01", "1988-08-31"),
        ("the same year", "1986", "1986-01-01", "1986-12-31"),
        ("The following day", "1990-03-27", "1990-03-27", "1990-03-27"),
        ("A few months later", "1988-09/1989-02", "1988-09-01", "1989-02-28"),
        ("until 1971", "../1971", None, "1971-12-31"),
        ("since 1966", "1966/..", "1966-01-01", None),
        ("the second half of the 1960s", "196X-H2", "1965-01-01", "1969-12-31"),
    ],
)
def test_essay_key_expressions(
    essay: dict[str, list[TimeMention]], text: str, value: str, start: str | None, end: str | None
) -> None:
    timex = essay[text][0].timex
    assert (timex.value, timex.start, timex.end) == (value, start, end)


def test_essay_durations_and_anachronism(essay: dict[str, list[TimeMention]]) -> None:
    assert essay["for eight years"][0].timex.duration_years == 8.0
    assert essay["a term of twenty years"][0].timex.value == "P20Y"
    assert essay["2019"][0].timex.anachronism
    assert not any(m.timex.anachronism for text, ms in essay.items() if text != "2019" for m in ms)


def test_essay_non_dates_untagged() -> None:
    text = ESSAY.read_text(encoding="utf-8")
    spans = [text[m.start : m.end] for m in tag_text(text)]
    for number in ("226,236", "197 orphans", "16th Party", "10,000", "153-158", "60 businessmen"):
        assert not any(number in span for span in spans), number


def test_record_yesterday_resolves_against_the_record_date() -> None:
    found = by_text(tag_text(RECORD.read_text(encoding="utf-8"), "1986-11-20"))
    assert found["yesterday"][0].timex.value == "1986-11-19"
    assert found["Today"][0].timex.value == "1986-11-20"
    assert found["November 11, 1986, at 10am"][0].timex.start == "1986-11-11"
    assert found["April-May 1987"][0].timex.value == "1987-04/1987-05"
    assert "4700" not in " ".join(found) and "khuu" not in " ".join(found)


@pytest.mark.slow
def test_gold_set_scores_hold() -> None:
    report = evaluate_time(GOLD)
    assert report.expressions >= 250
    assert {"essay", "archival", "news", "encyclopedia"} <= set(report.by_genre)
    # First version: exact 0.950, F1 0.985; after the held-out round: exact 0.984, F1 0.998
    # (dateparser: 0.511, 0.878).
    assert report.ours.exact_accuracy >= 0.95
    assert report.ours.f1 >= 0.97
    assert report.ours.exact_accuracy > report.baseline.exact_accuracy + 0.3
    # Rows annotated by hand without the tagger's output (reached: exact 0.967, F1 0.994).
    independent, _ = report.by_source["independent"]
    assert independent.exact_accuracy >= 0.94 and independent.f1 >= 0.96
    table = render_time_report(report)
    assert "dateparser" in table and "diplomatica_time" in table and "[independent]" in table


@pytest.mark.slow
def test_held_out_gold_scores_hold() -> None:
    """Texts written and annotated by hand before the tagger was run on them, in three batches;
    each batch was scored blind first (a: 0.831 exact with the tagger of the time, b: 0.875 after
    the fixes prompted by a, c: 0.872 after those prompted by b), then used to fix general
    patterns. The scores must stay within 0.03 of those reached."""
    report = evaluate_time(HELD_OUT)
    assert report.expressions >= 250
    assert {"essay", "archival", "news", "encyclopedia"} <= set(report.by_genre)
    assert set(report.by_source) == {"heldout_a", "heldout_b", "heldout_c"}
    # Reached: exact 0.996, F1 1.000 (dateparser 0.425, 0.878).
    assert report.ours.exact_accuracy >= 0.96
    assert report.ours.f1 >= 0.97
    assert report.ours.exact_accuracy > report.baseline.exact_accuracy + 0.4
    for source, (ours, _baseline) in report.by_source.items():
        assert ours.exact_accuracy >= 0.95, source
