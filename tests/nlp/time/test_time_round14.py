"""Time tagging round 14: a relative clause telling that its person took office is part of
the narrative's time line, so "that year" after it points to its year (a flashback aside is
still skipped). Sentences written for these tests."""

from __future__ import annotations

import pytest

from diplomatica.nlp.time.tagger import tag_text


def _start(text: str, surface: str) -> str | None:
    found = [m.timex for m in tag_text(text) if m.timex.text == surface]
    assert found, surface
    return found[0].start


@pytest.mark.parametrize(
    "text",
    [
        "In 2000 relations were calm. Mikheil Saakashvili, who took office as president in"
        " January 2004, travelled to Moscow in February of that year.",
        "Trade grew in 2000. Ivanov, who became foreign minister in March 2004, visited Tbilisi"
        " in February of that year.",
    ],
)
def test_that_year_after_an_office_taken_is_its_year(text: str) -> None:
    start = _start(text, "February of that year")
    assert start is not None and start.startswith("2004-02")


def test_that_year_after_a_flashback_aside_is_the_narrative_year() -> None:
    text = (
        "Tito came to Rangoon in 1960. Relations, which Burma had broken off in 1952, were"
        " restored in May of that year."
    )
    start = _start(text, "May of that year")
    assert start is not None and start.startswith("1960-05")


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("It was only in the early 1960s that Addis Ababa accepted an embassy, and throughout"
         " that decade Israeli advisers trained police.", "1960-01-01", "1969-12-31"),
        ("In 1975 relations improved; in the same decade trade doubled.", "1970-01-01",
         "1979-12-31"),
    ],
)  # fmt: skip
def test_that_decade_is_the_decade_the_narrative_reached(text: str, first: str, last: str) -> None:
    found = [m.timex for m in tag_text(text) if "decade" in m.timex.text]
    assert found and (found[0].start, found[0].end) == (first, last)


def test_that_decade_with_no_date_before_is_not_tagged() -> None:
    assert [m for m in tag_text("Throughout that decade nothing changed.")] == []


def test_since_last_summer_is_an_open_range() -> None:
    found = [m.timex for m in tag_text("Britain had given sums since last summer.", "1969-03-28")]
    assert found and (found[0].start, found[0].end) == ("1968-06-01", None)
