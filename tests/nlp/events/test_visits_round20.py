"""Round-20 visits and meetings: the visitor named by a title or a pronoun ("the Chancellor"
after "Federal Chancellor X", "the Vice Premier" far from his name, "the President" of a side
list, a surname shared by two statesmen after the full name); a traveller who came or flew in
"from" a place had been there; arriving "as" an envoy takes up a post; a bare "the visit" points
back to a visit already told. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import states, types

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_a_traveller_who_came_from_a_place_had_visited_it(extract: Extract) -> None:
    doc = extract(
        "Prime Minister Lester Pearson of Canada met President Kennedy. He had come to"
        " Washington from Paris, where he had held talks with General de Gaulle.",
        "1963-05-10",
    )
    visits = states(doc, "VISIT")
    assert ["CAN", "USA"] in visits
    assert ["CAN", "FRA"] in visits


def test_a_traveller_who_flew_in_from_a_place_had_visited_it(extract: Extract) -> None:
    doc = extract(
        "Premier Kosygin of the Soviet Union arrived in Hanoi on 6 February 1965. He had flown in"
        " from Peking.",
        "1965-02-07",
    )
    assert ["CHN", "SUN"] in states(doc, "VISIT")


def test_the_home_a_traveller_flew_from_is_no_visit(extract: Extract) -> None:
    doc = extract(
        "On 3 May 1966 President Sukarno of Indonesia arrived in Tokyo from Djakarta.",
        "1966-05-04",
    )
    assert ["IDN", "JPN"] in states(doc, "VISIT")
    assert all(v != ["IDN"] and "IDN" in v for v in states(doc, "VISIT"))


def test_troops_arriving_from_a_place_make_no_visit(extract: Extract) -> None:
    doc = extract("In June 1964 British troops flew in from Kenya.", "1965-01-01")
    assert "VISIT" not in types(doc)


@pytest.mark.parametrize(
    "text",
    [
        "In 1923 Leonid Krasin arrived in London as Soviet representative and stayed two years.",
        "In the spring of 1934 William Bullitt arrived in Moscow as the American ambassador.",
    ],
)
def test_arriving_as_an_envoy_takes_up_a_post(extract: Extract, text: str) -> None:
    assert "VISIT" not in types(extract(text, "1936-01-01"))


def test_arriving_as_a_special_envoy_is_a_visit(extract: Extract) -> None:
    doc = extract(
        "In July 1963 Averell Harriman arrived in Moscow as the special envoy of the United"
        " States.",
        "1964-01-01",
    )
    assert ["SUN", "USA"] in states(doc, "VISIT")


def test_a_bare_definite_visit_points_back(extract: Extract) -> None:
    doc = extract(
        "Chancellor Kohl of Germany arrived in Moscow on 14 July 1990. He said that the visit"
        " crowned the work begun by both sides in 1987.",
        "1990-07-15",
    )
    visits = states(doc, "VISIT")
    assert visits == [["DEU", "SUN"]]


def test_a_bare_definite_visit_dated_by_its_clause_is_told(extract: Extract) -> None:
    doc = extract(
        "Nixon of the United States went to China in 1972. The visit took place in February.",
        "1973-01-01",
    )
    assert ["CHN", "USA"] in states(doc, "VISIT")


def test_a_shared_surname_after_the_full_name_names_that_statesman(extract: Extract) -> None:
    doc = extract(
        "The Labour Party under David Lange won the election of July 1984. Lange, who remained"
        " prime minister until 1989, hoped for a formula. Lange himself travelled to England in"
        " March 1985.",
        "1988-01-01",
    )
    assert ["GBR", "NZL"] in states(doc, "VISIT")


def test_the_chancellor_names_the_federal_chancellor(extract: Extract) -> None:
    doc = extract(
        "Record of Conversation: Federal Chancellor Willy Brandt and First Secretary Gomulka,"
        " Warsaw, 7 December 1970\n\nPresent: Prime Minister Cyrankiewicz.\n\nThe Chancellor"
        " said he had arrived yesterday. In August he had travelled to Moscow.",
        "1970-12-07",
    )
    assert ["DEU", "SUN"] in states(doc, "VISIT")
    assert ["POL", "SUN"] not in states(doc, "VISIT")


def test_a_title_used_alone_keeps_its_holder_past_a_holder_named_in_passing(
    extract: Extract,
) -> None:
    doc = extract(
        "Participants: Prime Minister Indira Gandhi; Mr. P. N. Haksar.\n\nThe Prime Minister"
        " thanked him. She had held long talks with Prime Minister Heath in London.\n\nThe"
        " Prime Minister said that India wanted peace. During her visit to Moscow in September"
        " the Soviet leaders had been friendly.",
        "1971-11-04",
    )
    assert ["IND", "SUN"] in states(doc, "VISIT")
    assert ["GBR", "SUN"] not in states(doc, "VISIT")


def test_the_president_of_a_side_list_acts_for_that_side(extract: Extract) -> None:
    doc = extract(
        "MEMORANDUM OF CONVERSATION\n\nParticipants. United States: The President; Ambassador"
        " Byroade. Afghanistan: His Majesty Zahir Shah.\n\nHe spoke of the dams. King Zahir"
        " thanked the President.\n\nThe President said that he had visited Turkey in the"
        " spring.",
        "1959-12-09",
    )
    assert ["TUR", "USA"] in states(doc, "VISIT")
