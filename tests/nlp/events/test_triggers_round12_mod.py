"""Round 12 (mod12b): an agreement's expiry at the end of its term and a contract left to run
out end no treaty, a refusal to renew announced is the act, a follower must be able to act,
and an exchange of notes signed is an agreement. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import states as _states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    "text",
    [
        # a fixed-term agreement ran out
        "Norway declared a new fishing limit in May 1977, and the provisional agreement with "
        "Britain expired in June.",
        # a commercial contract not renewed
        "In 2019 Spain did not renew the contract for the gas pipeline through Morocco.",
    ],
)
def test_an_expiry_at_term_or_a_contract_not_renewed_ends_no_treaty(
    extract: Extract, text: str
) -> None:
    assert _states(extract(text, "2020-01-01"), "TERMINATE_AGREEMENT") == []


def test_a_refusal_announced_is_one_act_not_two(extract: Extract) -> None:
    doc = extract(
        "Early in April 1979 Peking informed Moscow that it would not extend the treaty of "
        "alliance of 1950, which expired the following year.",
        "1981-01-01",
    )
    assert _states(doc, "TERMINATE_AGREEMENT") == [["CHN", "SUN"]]


@pytest.mark.parametrize(
    "text",
    [
        "The treaty of friendship between Egypt and the Soviet Union, which lapsed in 1986, "
        "was not replaced.",
        "In 1969 Britain did not renew the defence agreement with Malta.",
    ],
)
def test_a_treaty_lapsing_or_not_renewed_still_ends(extract: Extract, text: str) -> None:
    assert _states(extract(text, "1990-01-01"), "TERMINATE_AGREEMENT") != []


def test_a_reported_future_refusal_to_sign_is_no_fact(extract: Extract) -> None:
    doc = extract("In 1984 Iraq said that it would not sign the treaty with Iran.", "1985-01-01")
    assert _states(doc, "SIGN_AGREEMENT") == []


def test_a_thing_following_repeats_no_act(extract: Extract) -> None:
    doc = extract(
        "In March 1972 Uganda broke off relations with Israel. Libyan money followed, though "
        "in small sums.",
        "1980-01-01",
    )
    assert _states(doc, "END_RELATIONS") == [["ISR", "UGA"]]


def test_a_government_following_repeats_the_act(extract: Extract) -> None:
    doc = extract(
        "In March 1972 Uganda broke off relations with Israel. The Libyan government followed "
        "suit.",
        "1980-01-01",
    )
    assert ["ISR", "LBY"] in _states(doc, "END_RELATIONS")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The fisheries dispute between Norway and Britain was settled by an exchange of "
            "notes signed on 4 May 1962.",
            ["GBR", "NOR"],
        ),
        (
            "In June 1965 Japan and South Korea concluded an exchange of letters on fishing "
            "rights.",
            ["JPN", "KOR"],
        ),
    ],
)
def test_an_exchange_of_notes_signed_is_an_agreement(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert pair in _states(extract(text, "1970-01-01"), "SIGN_AGREEMENT")


def test_notes_exchanged_in_protest_are_no_agreement(extract: Extract) -> None:
    doc = extract("Britain and Iceland exchanged notes of protest in 1958.", "1960-01-01")
    assert _states(doc, "SIGN_AGREEMENT") == []
