"""Time tagging round 9: "soon afterwards"/"shortly thereafter" lies within about a year
after the date just named and does not move the narrative's reference time. Sentences
written for these tests."""

from __future__ import annotations

from diplomatica.nlp.time.tagger import tag_text


def _bounds(text: str, surface: str) -> tuple[str | None, str | None]:
    found = [m.timex for m in tag_text(text) if m.timex.text == surface]
    assert found, surface
    return found[0].start, found[0].end


def test_soon_afterwards_after_a_day_starts_the_next_day() -> None:
    text = (
        "Norway and Nepal agreed to exchange envoys on 12 March 1975. "
        "A Norwegian consulate opened in Kathmandu soon afterwards."
    )
    start, end = _bounds(text, "soon afterwards")
    assert start == "1975-03-13"
    # round 21: soon after a day or a month is within about four weeks, not a year
    assert end is not None and end.startswith("1975-04")


def test_shortly_thereafter_after_a_year_spans_that_year_and_the_next() -> None:
    text = "Relations were restored in 1958, and shortly thereafter Ghana sent a chargé."
    start, end = _bounds(text, "shortly thereafter")
    assert start == "1958-01-01"
    assert end is not None and end.startswith("1959")


def test_soon_afterwards_does_not_move_the_reference_year() -> None:
    text = (
        "In November 1983 Turkey recognised the new state. Soon afterwards trade talks began, "
        "and in March of that year a mission arrived."
    )
    found = {m.timex.text: m.timex for m in tag_text(text)}
    assert found["Soon afterwards"].start == "1983-11-01"
    assert found["March of that year"].value == "1983-03"


def test_soon_after_a_noun_is_not_an_anaphor() -> None:
    texts = [m.timex.text for m in tag_text("Soon after the coup of 1971 the envoy left.")]
    assert "Soon after" not in texts


def test_soon_afterwards_far_from_any_date_is_dropped() -> None:
    text = (
        "The two states established relations in 1962. Their trade grew quickly.\n\n"
        "Early ties\n\nMerchants had long traded sugar. Relations followed the war, and a "
        "consulate opened soon afterwards."
    )
    assert "soon afterwards" not in [m.timex.text for m in tag_text(text)]


def test_later_that_year_counts_from_the_month_just_named() -> None:
    text = (
        "In 1979 the two leaders met in Vienna. They recalled the trade accord signed in Rome "
        "in May 1972. Later that year an envoy was named."
    )
    found = {m.timex.text: m.timex for m in tag_text(text)}
    assert (found["that year"].start, found["that year"].end) == ("1972-05-01", "1972-12-31")
