"""Round-16 agreements: an agreement named by the time it was made ("the Sino-Soviet treaty of
1950", "the agreement of August 1960", "the treaty of Rapallo of 1922") was signed then; the
town a lower-case treaty is named after is no party; "Nazi" names the Reich. Sentences written
for these tests."""

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
            "Polish troops stayed in the region under the Polish–Czechoslovak treaty of March"
            " 1947.",
            (["CSK", "POL"], ("1947-03", "1947-03")),
        ),
        (
            "Kenya still valued the agreement of 1964 with Britain on land purchases.",
            (["GBR", "KEN"], ("1964", "1964")),
        ),
        (
            "By the protocol of 12 June 1956 Yugoslavia obtained further credits from Moscow"
            " for its aluminium plants.",
            (["SUN", "YUG"], ("1956-06-12", "1956-06-12")),
        ),
    ],
)
def test_an_agreement_named_by_its_time_was_signed_then(
    extract: Extract, text: str, expected: tuple[list[str], tuple[str, str]]
) -> None:
    assert expected in dated_states(extract(text), "SIGN_AGREEMENT")


@pytest.mark.parametrize(
    "text",
    [
        "Kenya still valued the treaty of friendship with Britain.",
        "Kenya and Britain discussed a treaty of twenty years.",
    ],
)
def test_an_agreement_named_without_a_time_is_no_signing(extract: Extract, text: str) -> None:
    assert dated_states(extract(text), "SIGN_AGREEMENT") == []


def test_a_state_of_a_later_era_is_no_party_of_the_older_agreement(extract: Extract) -> None:
    text = (
        "Mongolia's ties with the Soviet Union were close for decades. In 1993 Mongolia and"
        " Russia signed a treaty of friendship, which took the place of the agreement of 1966."
    )
    found = dated_states(extract(text, "1993-05-01"), "SIGN_AGREEMENT")
    assert (["MNG", "SUN"], ("1966", "1966")) in found
    assert all(pair != ["MNG", "RUS"] or dates[0] != "1966" for pair, dates in found if dates)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Peruvian envoy reminded Chile of the treaty of Ancón of 1883.",
            (["CHL", "PER"], ("1883", "1883")),
        ),
        (
            "Bessarabia passed to Moscow under a secret clause of the Nazi-Soviet pact, signed"
            " in August 1939.",
            (["DEU", "SUN"], ("1939-08", "1939-08")),
        ),
    ],
)
def test_a_titled_agreement_of_its_time_and_the_reich_as_party(
    extract: Extract, text: str, expected: tuple[list[str], tuple[str, str]]
) -> None:
    assert expected in dated_states(extract(text), "SIGN_AGREEMENT")


def test_the_town_of_a_lower_case_treaty_is_no_party(extract: Extract) -> None:
    text = "Germany and the Soviet Union signed the treaty of Rapallo in April 1922."
    assert states(extract(text, "1930-01-01"), "SIGN_AGREEMENT") == [["DEU", "SUN"]]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "In 2009 Xi Jinping visited Brasília, and China and Brazil signed a series of"
            " cooperation agreements.",
            ["BRA", "CHN"],
        ),
        ("In 1990 Chile and Peru signed a package of new border trade protocols.", ["CHL", "PER"]),
    ],
)
def test_a_series_of_agreements_is_signed(extract: Extract, text: str, pair: list[str]) -> None:
    assert pair in states(extract(text), "SIGN_AGREEMENT")
