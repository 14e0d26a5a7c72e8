"""Anaphors that point at the date just named, even a flashback, and month-level deictic parts."""

from __future__ import annotations

from diplomatica.nlp.time.tagger import tag_text


def _values(text: str, doc_date: str | None = None) -> dict[str, tuple[str, str | None, str]]:
    return {
        m.timex.text: (m.timex.value, m.timex.start, m.timex.granularity)
        for m in tag_text(text, doc_date)
    }


def test_same_evening_takes_the_flashback_day_of_the_previous_sentence() -> None:
    text = (
        "By 1957 the envoys met monthly. The minister had landed in Hanoi on 3 March 1955. "
        "The same evening he dined with the premier."
    )
    assert _values(text)["The same evening"][0] == "1955-03-03TEV"


def test_same_day_keeps_the_narrative_day_when_a_planned_day_was_named() -> None:
    text = (
        "On 2 May 1962 the note arrived. It proposed that the guests come on 20 June. "
        "In a talk held on the same day the envoy agreed."
    )
    assert _values(text, "1962-05-03")["the same day"][0] == "1962-05-02"


def test_month_of_that_year_takes_the_year_named_in_the_previous_sentence() -> None:
    text = (
        "In 1979 a new consul came. The two ports had traded since 1958. "
        "In April of that year a ferry line opened."
    )
    assert _values(text)["April of that year"][0] == "1958-04"


def test_month_of_that_year_without_a_nearby_year_uses_the_narrative() -> None:
    text = (
        "In 1979 a new consul came. Trade grew. Ferries ran. In April of that year a line opened."
    )
    assert _values(text)["April of that year"][0] == "1979-04"


def test_earlier_this_month_has_month_granularity() -> None:
    value, start, granularity = _values("Earlier this month the envoy left.", "2001-10-25")[
        "Earlier this month"
    ]
    assert (value, start, granularity) == ("2001-10", "2001-10-01", "month")


def test_earlier_this_week_stays_approximate() -> None:
    assert _values("Earlier this week the envoy left.", "2001-10-25")["Earlier this week"][2] == (
        "approximate"
    )
