"""Round-17 agreements and recognition: parties given by a count ("the three foreign ministers
signed", "signed by the four members") stand for the states named before; a signing participle
set off by a comma after an agreement's title ("the Treaty of Lima, concluded by Chile and
Peru") however the parser hung it; a government named by the movement that holds it ("the
Taliban government") is recognised; "was among the first states to recognise" is an act done.
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import dated_states, states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Talks among Chile, Peru and Bolivia dragged on for a year. On 3 May 1962 the three"
            " foreign ministers signed in Lima a convention on river transport.",
            ["BOL", "CHL", "PER"],
        ),
        (
            "Kenya and Tanzania drew Uganda and Rwanda into the customs union. The charter of"
            " the union was signed by the four members in June 2001.",
            ["KEN", "RWA", "TZA", "UGA"],
        ),
    ],
)
def test_parties_given_by_a_count_are_the_states_named_before(
    extract: Extract, text: str, expected: list[str]
) -> None:
    assert expected in states(extract(text, "2005-01-01"), "SIGN_AGREEMENT")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The war ended with the Treaty of Lima, concluded by Chile, Bolivia and Peru in"
            " 1929, which settled the border.",
            (["BOL", "CHL", "PER"], ("1929", "1929")),
        ),
        (
            "The quarrel over the river was settled by the Convention of 4 June 1975, concluded"
            " by Laos, Thailand and Cambodia, which fixed the quotas.",
            (["KHM", "LAO", "THA"], ("1975-06-04", "1975-06-04")),
        ),
    ],
)
def test_a_signing_participle_after_a_title_takes_its_agent(
    extract: Extract, text: str, expected: tuple[list[str], tuple[str, str]]
) -> None:
    found = dated_states(extract(text, "1990-01-01"), "SIGN_AGREEMENT")
    assert found == [expected]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Iran and Afghanistan argued for years over water. Iran recognized the Taliban"
            " government in June 1998.",
            ["AFG", "IRN"],
        ),
        (
            "Cuba courted Mozambique. In June 1975 it was among the first states to recognise"
            " the new state of Mozambique.",
            ["CUB", "MOZ"],
        ),
    ],
)
def test_recognising_a_movement_government_or_being_among_the_first(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert pair in states(extract(text, "2000-01-01"), "ESTABLISH_RELATIONS")


def test_a_movement_government_criticised_is_no_recognition(extract: Extract) -> None:
    text = "Iran and Afghanistan argued for years. Iran criticised the Taliban government in 1998."
    assert states(extract(text, "2000-01-01"), "ESTABLISH_RELATIONS") == []
