"""Round 25 (lead): expulsions worded as an idiom ("sent the ambassador packing") or naming
envoys in the plural ("attachés", "consuls"), and the date of a "persona non grata"
declaration. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import start_dates, summary, types


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Portugal gave two Soviet attachés forty-eight hours to leave the country.",
            ["PRT", "SUN"],
        ),
        (
            "In 1983 Britain ordered three Soviet first secretaries to leave the country.",
            ["GBR", "SUN"],
        ),
        ("Kenya gave the two Ugandan consuls a week to leave.", ["KEN", "UGA"]),
        ("Cairo sent the Libyan ambassador packing in July 1977.", ["EGY", "LBY"]),
    ],
)
def test_foreign_envoys_ordered_out_are_expelled(
    extract: Callable[..., Doc], text: str, pair: list[str]
) -> None:
    assert summary(extract(text)) == [("EXPEL", pair)]


def test_consuls_told_to_leave_a_city_are_not_expelled_from_a_state(
    extract: Callable[..., Doc],
) -> None:
    doc = extract("The two Ugandan consuls in Nairobi were told to leave the building.")
    assert "EXPEL" not in types(doc)


@pytest.mark.parametrize(
    "text",
    [
        "The Dutch government declared two Indonesian diplomats persona non grata in May 1961.",
        "The Dutch government declared the military attaché persona non grata in May 1961.",
    ],
)
def test_the_time_after_persona_non_grata_dates_the_declaration(
    extract: Callable[..., Doc], text: str
) -> None:
    assert start_dates(extract(text), "EXPEL") == ["1961-05-01"]
