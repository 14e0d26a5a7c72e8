"""Time round 20: "the end of 1954" is its last two months (November and December), as most
annotators of the gold sets read it; "late in 1954" stays the wider last third. Sentences
written for these tests."""

from __future__ import annotations

from diplomatica.nlp.time.tagger import tag_text


def _bounds(text: str, doc_date: str | None = None) -> dict[str, tuple[str | None, str | None]]:
    return {text[m.start : m.end]: (m.timex.start, m.timex.end) for m in tag_text(text, doc_date)}


def test_the_end_of_a_year_is_its_last_two_months() -> None:
    bounds = _bounds("The consulate in Hue was closed at the end of 1954.")
    assert bounds["the end of 1954"] == ("1954-11-01", "1954-12-31")


def test_the_end_of_last_year_resolves_to_the_last_two_months() -> None:
    bounds = _bounds("At the end of last year the premier toured Burma.", "1956-02-10")
    assert bounds["the end of last year"] == ("1955-11-01", "1955-12-31")


def test_late_in_a_year_stays_its_last_third() -> None:
    bounds = _bounds("The talks collapsed late in 1962.")
    assert bounds["late in 1962"] == ("1962-09-01", "1962-12-31")
