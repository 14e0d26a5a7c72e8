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
