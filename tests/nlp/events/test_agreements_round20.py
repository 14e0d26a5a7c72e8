"""Round-20 agreements: an alliance that lapsed, a union of states abrogated or declared
dissolved, the expiry of a treaty a notice ended (one act, dated by the notice), the date of a
ratified treaty apart from its ratification, an agreement concluded "with" a state, a title the
parser heads by its first word, an agreement "reached", an agreement that "followed" parsed
as a phrase alone. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import dated_states, states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_an_alliance_that_lapsed_ends(extract: Extract) -> None:
    text = "A new pact replaced the Franco-Russian alliance, which formally lapsed in May 1917."
    found = dated_states(extract(text, "1990-01-01"), "TERMINATE_AGREEMENT")
    assert (["FRA", "RUE"], ("1917-05", "1917-05")) in found


@pytest.mark.parametrize(
    "text",
    [
        "In March 1960 Egypt had abrogated the Egyptian-Syrian Union.",
        "In March 1960 the parliament in Cairo declared the union with Syria dissolved.",
    ],
)
def test_a_union_of_states_ended(extract: Extract, text: str) -> None:
    assert ["EGY", "SYR"] in states(extract(text, "1990-01-01"), "TERMINATE_AGREEMENT")


@pytest.mark.parametrize(
    "text",
    [
        "In 1962 Mao denounced the Soviet Union in a long speech.",
        "In 1955 Cairo denounced the alliance of Turkey and Iraq as a Western plot.",
    ],
)
def test_no_end_of_a_state_or_of_an_alliance_condemned(extract: Extract, text: str) -> None:
    assert states(extract(text, "1990-01-01"), "TERMINATE_AGREEMENT") == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "On 3 March 1931 Peru gave Chile formal notice terminating the trade treaty, "
            "which lapsed at the end of 1932.",
            "1931-03-03",
        ),
        (
            "On 3 March 1931 Peru told Chile that it was abrogating the treaty of 1910, "
            "which expired in June 1932.",
            "1931-03-03",
        ),
    ],
)
def test_an_expiry_after_a_notice_is_one_act_dated_by_the_notice(
    extract: Extract, text: str, day: str
) -> None:
    found = dated_states(extract(text, "1990-01-01"), "TERMINATE_AGREEMENT")
    assert found == [(["CHL", "PER"], (day, day))]


def test_ratifications_of_a_dated_treaty_take_their_own_date(extract: Extract) -> None:
    text = (
        "Envoys of Siam were received by the President, and the ratifications of the 1856 "
        "treaty were exchanged in Washington in June 1857."
    )
    found = dated_states(extract(text, "1990-01-01"), "SIGN_AGREEMENT")
    assert found == [(["THA", "USA"], ("1857-06", "1857-06"))]


def test_an_agreement_concluded_with_a_state(extract: Extract) -> None:
    text = (
        "Ghana, he said, had not forgotten that Nkrumah came to Warsaw in May 1961, or that the "
        "trade agreement concluded with Poland later that year had brought machines at a moment "
        "when British credit had stopped."
    )
    assert ["GHA", "POL"] in states(extract(text, "1990-01-01"), "SIGN_AGREEMENT")


def test_no_agreement_concluded_with_a_thing(extract: Extract) -> None:
    text = "The talks between Ghana and Poland concluded with a dinner in 1961."
    assert states(extract(text, "1990-01-01"), "SIGN_AGREEMENT") == []


def test_a_title_headed_by_its_first_word(extract: Extract) -> None:
    text = (
        "King Bhumibol recalled his talks with Prime Minister Sato in Tokyo in May 1972, when the "
        "Status of Forces Agreement was signed."
    )
    found = dated_states(extract(text, "1990-01-01"), "SIGN_AGREEMENT")
    assert (["JPN", "THA"], ("1972-05", "1972-05")) in found


def test_an_agreement_reached(extract: Extract) -> None:
    text = "In March 1986 Chad and Libya reached a ceasefire agreement in Lome."
    assert ["LBY", "TCD"] in states(extract(text, "1990-01-01"), "SIGN_AGREEMENT")


def test_no_agreement_when_none_was_reached(extract: Extract) -> None:
    text = "In March 1986 Chad and Libya held talks in Lome but reached agreement on nothing."
    assert states(extract(text, "1990-01-01"), "SIGN_AGREEMENT") == []


def test_an_agreement_that_followed_parsed_as_a_phrase(extract: Extract) -> None:
    text = (
        "Bolivia and Chile settled their quarrel over the port in May 1955. A reciprocal trade "
        "agreement followed in August."
    )
    found = dated_states(extract(text, "1990-01-01"), "SIGN_AGREEMENT")
    assert (["BOL", "CHL"], ("1955-08", "1955-08")) in found


def test_a_union_ended_by_relative_takes_the_parties_of_its_signing(extract: Extract) -> None:
    text = (
        "Egypt answered by signing a treaty with Sudan in May 1970, a union which Nasser's "
        "successor abrogated in June 1972."
    )
    assert ["EGY", "SDN"] in states(extract(text, "1990-01-01"), "TERMINATE_AGREEMENT")
