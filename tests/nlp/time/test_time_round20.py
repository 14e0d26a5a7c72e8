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


def _values(text: str, doc_date: str | None = None) -> dict[str, str]:
    return {text[m.start : m.end]: m.timex.value for m in tag_text(text, doc_date)}


def test_the_day_before_in_a_dated_record_is_the_day_before_its_date() -> None:
    text = "The Minister welcomed the envoy, who had reached the capital the day before."
    assert _values(text, "1961-04-12")["the day before"] == "1961-04-11"


def test_the_day_before_with_no_date_known_stays_unresolved() -> None:
    text = "The Minister welcomed the envoy, who had reached the capital the day before."
    assert _values(text)["the day before"] == "PAST_REF"


def test_a_day_instant_ultimo_or_proximo_counts_from_the_letters_month() -> None:
    text = (
        "The Ambassador recalled what he had told me on the 4th instant. He had seen the "
        "King on the 28th ultimo and would leave on the 2nd prox. for Vienna."
    )
    values = _values(text, "1908-03-15")
    assert values["the 4th instant"] == "1908-03-04"
    assert values["the 28th ultimo"] == "1908-02-28"
    assert values["the 2nd prox."] == "1908-04-02"


def test_the_day_before_followed_by_a_preposition_is_a_date() -> None:
    text = "The Premier, who had flown in the day before with a large delegation, spoke first."
    assert _values(text, "1972-02-22")["the day before"] == "1972-02-21"
    assert "the day before" not in _values("He left the day before he died.", "1972-02-22")
