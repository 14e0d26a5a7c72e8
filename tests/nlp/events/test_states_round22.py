"""Round-22 parties: the Ankara government of 1920-1922 is Turkey's; "the two sides" of an
act set in a town include the town's state; a knight whose state the text never tells is
British. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_the_ankara_government_is_turkey_in_1921(extract: Extract) -> None:
    doc = extract(
        "In 1921 the Soviet government sent rifles and gold to the Ankara government, "
        "which was fighting the Greek army.",
        "1930-01-01",
    )
    assert ["SUN", "TUR"] in states(doc, "PROVIDE_AID")


def test_the_two_sides_in_a_town_include_its_state(extract: Extract) -> None:
    doc = extract(
        "RECORD OF CONVERSATION\n\n"
        "Yumjaagiin Tsedenbal, Chairman of the Council of Ministers of the Mongolian People's "
        "Republic, with Zhou Enlai, Premier of the People's Republic of China\n"
        "Place: Ulan Bator\nDate: 2 June 1960\n\n"
        "The Premier described his spring tour of India and Burma. In New Delhi he had "
        "argued with Prime Minister Nehru for days over the border, to no purpose. "
        "In Rangoon the two sides had concluded a boundary agreement.",
        "1960-06-02",
    )
    signed = states(doc, "SIGN_AGREEMENT")
    assert ["CHN", "IND"] not in signed


def test_a_knight_of_unknown_state_is_british(extract: Extract) -> None:
    doc = extract(
        "Iraq and the pact.\n\nIn March 1955 Air Marshal Sir Walter Dickinson arrived in "
        "Baghdad to discuss the air bases.",
        "1956-01-01",
    )
    assert ["GBR", "IRQ"] in states(doc, "VISIT")


def test_a_realm_governor_general_is_not_made_british(extract: Extract) -> None:
    doc = extract(
        "The island's Governor-General, Sir Clement Ashby, met the Cuban ambassador in March 1984.",
        "1985-01-01",
    )
    assert all("GBR" not in pair for pair in states(doc, "MEET"))
