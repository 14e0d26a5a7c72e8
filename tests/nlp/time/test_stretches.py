"""Stretches of time before a reference ("over the past decade", "the preceding weeks") and the
decade the narrative has reached ("throughout the decade")."""

from __future__ import annotations

import pytest

from diplomatica.nlp.time.tagger import tag_text


def _values(
    text: str, doc_date: str | None = None
) -> dict[str, tuple[str, str | None, str | None]]:
    return {
        m.timex.text: (m.timex.value, m.timex.start, m.timex.end) for m in tag_text(text, doc_date)
    }


@pytest.mark.parametrize(
    ("text", "doc_date", "phrase", "value"),
    [
        (
            "Over the past decade the island lent the republic money.",
            "2012-04-10",
            "Over the past decade",
            "2002/2012",
        ),
        (
            "For the last three years the two ports have traded.",
            "1975-09-01",
            "For the last three years",
            "1972/1975",
        ),
        (
            "In the past year the envoy met the king twice.",
            "1990-05-01",
            "In the past year",
            "1989/1990",
        ),
        (
            "Over the past month the delegations met twice.",
            "1981-03-20",
            "Over the past month",
            "1981-02/1981-03",
        ),
        (
            "Talks over the past few weeks went well.",
            "1966-02-15",
            "over the past few weeks",
            "1966-01-25/1966-02-14",
        ),
        (
            "He had spent the previous two days in Dakar.",
            "1962-11-09",
            "the previous two days",
            "1962-11-07/1962-11-08",
        ),
    ],
)
def test_a_stretch_runs_up_to_the_document_day(
    text: str, doc_date: str, phrase: str, value: str
) -> None:
    assert _values(text, doc_date)[phrase][0] == value


def test_previous_years_count_back_from_the_narrative_year() -> None:
    text = "The credits stopped in 1971. Over the previous six years they had built two dams."
    assert _values(text)["Over the previous six years"][0] == "1965/1971"


def test_the_last_years_of_something_are_no_stretch() -> None:
    assert "In the last two years of the war" not in _values(
        "In the last two years of the war the port was shut.", "1950-01-01"
    )


def test_throughout_the_decade_is_the_narrative_decade() -> None:
    text = "In 1972 the two states signed a trade pact. Trade grew throughout the decade."
    assert _values(text)["throughout the decade"][1:] == ("1970-01-01", "1979-12-31")


def test_the_decade_after_a_year_is_not_the_narrative_decade() -> None:
    text = "In 1972 the two states signed a trade pact. Trade grew during the decade that followed."
    assert "during the decade" not in _values(text)
