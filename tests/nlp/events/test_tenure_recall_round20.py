"""Tenure recall patterns of round 20 (own sentences): "held power / occupied the throne /
held the X portfolio since A" bound the holder's office; a succession "at the Ministry of X"
names the minister's office; "X took office in A, succeeding Y" ends Y's term then; an office
after a name's comma that the parser did not read as an apposition ("X, Secretary of State
from A to B", "X, Under Secretary of State since A"); the last of listed names takes the
office apposed after it; "leader of the Communist Party" is a party leader; "X, in office
since A, was overthrown in B" with the office recorded for X; "the Foreign Commissariat" and
"the Ministry of Finance" name their minister's office."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .tenure_helpers import terms_of

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_holding_power_bounds_a_titled_office(extract: Extract) -> None:
    doc = extract(
        "President Ayub Khan, who had held power since October 1958, received the envoy.",
        "1959-05-01",
    )
    assert ("president", "1958-10", None) in terms_of(doc, "Ayub Khan")


def test_a_portfolio_held_bounds_the_ministers_office(extract: Extract) -> None:
    doc = extract(
        "Indian Foreign Minister Ravi Menon, who has held the External Affairs portfolio "
        "since June 1970, attended the talks.",
        "1971-11-04",
    )
    assert ("foreign minister", "1970-06", None) in terms_of(doc, "Ravi Menon")


def test_power_held_by_a_group_is_no_tenure(extract: Extract) -> None:
    doc = extract("The rebels have held power in the province since 1957.", "1959-05-01")
    assert not doc._.dipl_tenures


def test_a_succession_at_a_ministry_names_its_office(extract: Extract) -> None:
    doc = extract(
        "Marshal Ivan Kulikov, who replaced Marshal Pavel Petrov at the Ministry of Defence "
        "in October 1957, attended.",
        "1958-08-01",
    )
    assert ("minister of defence", "1957-10", None) in terms_of(doc, "Ivan Kulikov")
    assert ("minister of defence", None, "1957-10") in terms_of(doc, "Pavel Petrov")


def test_a_participle_of_succeeding_takes_the_date_of_taking_office(extract: Extract) -> None:
    doc = extract(
        "Premier Anders Lind, who took office in August, succeeding Johan Berg, opened the talks.",
        "1905-10-26",
    )
    assert ("prime minister", None, "1905-08") in terms_of(doc, "Johan Berg")


def test_an_office_after_a_names_comma_misparsed_is_apposed(extract: Extract) -> None:
    doc = extract(
        "Welles spoke because Cordell Hull, Secretary of State from 1933 to 1944, had gone "
        "to Havana."
    )
    assert ("secretary of state", "1933", "1944") in terms_of(doc, "Cordell Hull")


def test_an_under_secretary_read_as_a_preposition_keeps_its_prefix(extract: Extract) -> None:
    doc = extract(
        "On 23 July Sumner Welles, Under Secretary of State since 1937, issued a statement.",
        "1991-01-01",
    )
    assert ("under secretary of state", "1937", None) in terms_of(doc, "Sumner Welles")


def test_the_last_listed_name_takes_the_office_after_it(extract: Extract) -> None:
    doc = extract(
        "The signatories were Marko Ilić, Yugoslav foreign secretary from 1953 to 1965, "
        "Petros Galanis for Greece, and Kemal Aydın, Turkish foreign minister since 1950."
    )
    assert ("foreign minister", "1950", None) in terms_of(doc, "Kemal Aydın")
    assert not terms_of(doc, "Petros Galanis")


def test_the_leader_of_a_communist_party_is_a_party_leader(extract: Extract) -> None:
    doc = extract(
        "Nicolae Ceaușescu, leader of the Romanian Communist Party since March 1965, "
        "presented the decision."
    )
    assert ("party leader", "1965-03", None) in terms_of(doc, "Ceaușescu")


def test_in_office_since_with_a_recorded_office_and_an_overthrow(extract: Extract) -> None:
    doc = extract(
        "Ydígoras, in office since March 1958, was overthrown by his defence minister in "
        "March 1963."
    )
    assert ("president", "1958-03", "1963-03") in terms_of(doc, "Ydígoras")


def test_a_commissariat_and_a_ministry_of_a_field_name_their_office(extract: Extract) -> None:
    doc = extract(
        "Mr. Litvinov, 57, has headed the Soviet Foreign Commissariat since 1930. Mr. Witte, "
        "who has directed the Ministry of Finance since 1892, was absent.",
        "1933-11-17",
    )
    assert ("commissar for foreign affairs", "1930", None) in terms_of(doc, "Litvinov")
    assert ("minister of finance", "1892", None) in terms_of(doc, "Witte")
