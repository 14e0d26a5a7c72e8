"""Round-20 relations: recognition by several states of several states (one act per pair), of
a group named by number ("the three republics", "the independence of the three states"), of a
state named by a description ("the new state", "its former province"); recognition extended
with no recipient; followers in "and by X in October" and "as did X"; a restoration taking the
pair whose relations were broken; relations "opened"; a state named as "after X" is no partner.
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from diplomatica.nlp.note_prose import restates
from diplomatica.nlp.types import Actor, EventFact, TimeValue

from .event_helpers import dated_states, states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]

ESTABLISH = "ESTABLISH_RELATIONS"


def test_two_states_recognising_two_states_is_four_acts(extract: Extract) -> None:
    doc = extract("Sweden and Norway had granted recognition to Finland and Poland in 1919.")
    assert sorted(states(doc, ESTABLISH)) == [
        ["FIN", "NOR"],
        ["FIN", "SWE"],
        ["NOR", "POL"],
        ["POL", "SWE"],
    ]


def test_a_group_named_by_number_stands_for_the_states_named_before(extract: Extract) -> None:
    doc = extract(
        "The war left Bolivia, Paraguay and Uruguay exhausted. "
        "Spain recognised the three republics in 1850."
    )
    assert sorted(states(doc, ESTABLISH)) == [["BOL", "ESP"], ["ESP", "PRY"], ["ESP", "URY"]]


def test_the_independence_of_a_numbered_group(extract: Extract) -> None:
    doc = extract(
        "Moscow long refused to accept the loss of Georgia, Armenia and Azerbaijan. "
        "Turkey recognised the independence of the three states on 16 December 1991."
    )
    assert sorted(states(doc, ESTABLISH)) == [["ARM", "TUR"], ["AZE", "TUR"], ["GEO", "TUR"]]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Eritrea became independent of Ethiopia after a long war. "
            "Ethiopia recognised its former province in 1993.",
            ["ERI", "ETH"],
        ),
        (
            "Ghana became independent in March 1957. "
            "The Soviet Union recognised the new state within days.",
            ["GHA", "SUN"],
        ),
    ],
)
def test_a_state_named_by_a_description_is_recognised(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert pair in states(extract(text, "2000-01-01"), ESTABLISH)


def test_the_description_of_a_thing_is_no_state_recognised(extract: Extract) -> None:
    doc = extract("Ethiopia recognised the former province's debts in 1993.")
    assert states(doc, ESTABLISH) == []


def test_recognition_extended_with_no_recipient_and_its_followers(extract: Extract) -> None:
    doc = extract(
        "Few governments would deal with Soviet Russia at first. "
        "Britain extended recognition in February 1924, followed by Italy the same month "
        "and by France in October."
    )
    assert (["GBR", "SUN"], ("1924-02", "1924-02")) in dated_states(doc, ESTABLISH)
    assert (["ITA", "SUN"], ("1924-02", "1924-02")) in dated_states(doc, ESTABLISH)
    assert (["FRA", "SUN"], ("1924-10", "1924-10")) in dated_states(doc, ESTABLISH)


def test_as_did_repeats_the_act(extract: Extract) -> None:
    doc = extract("Egypt broke off relations with West Germany in May 1965, as did Iraq and Syria.")
    assert sorted(states(doc, "END_RELATIONS")) == [
        ["DEU", "EGY"],
        ["DEU", "IRQ"],
        ["DEU", "SYR"],
    ]


def test_a_restoration_takes_the_pair_whose_relations_were_broken(extract: Extract) -> None:
    doc = extract(
        "The United States received the exiles warmly. In 1936 Italy broke off diplomatic "
        "relations with Mexico. Relations were restored in 1941."
    )
    assert (["ITA", "MEX"], ("1941", "1941")) in dated_states(doc, ESTABLISH)


def test_a_restoration_naming_one_state_takes_its_broken_partner(extract: Extract) -> None:
    doc = extract(
        "Syria broke off diplomatic relations with Britain in 1986. France sent its envoys "
        "back to Damascus in 1988, and relations with Britain were restored in 1990."
    )
    assert (["GBR", "SYR"], ("1990", "1990")) in dated_states(doc, ESTABLISH)


def test_relations_restored_by_a_pronoun_with_a_partner_of_its_own(extract: Extract) -> None:
    doc = extract(
        "Bonn established relations with Hungary in 1973 and restored them with Cuba in 1975."
    )
    assert (["CUB", "DEU"], ("1975", "1975")) in dated_states(doc, ESTABLISH)
    assert (["DEU", "HUN"], ("1975", "1975")) not in dated_states(doc, ESTABLISH)


def test_normal_relations_opened(extract: Extract) -> None:
    doc = extract("Norway signed a treaty with Moscow in 1925 that opened normal relations.")
    assert ["NOR", "SUN"] in states(doc, ESTABLISH)
    doc = extract("Norway signed a treaty with Moscow in 1925 that opened trade relations.")
    assert states(doc, ESTABLISH) == []


def test_a_state_named_after_after_did_the_same_earlier(extract: Extract) -> None:
    doc = extract("Poland recognised Slovenia in January 1992, shortly after Germany.")
    assert states(doc, ESTABLISH) == [["POL", "SVN"]]


def _event(countries: list[str], actors: list[str], day: str) -> EventFact:
    return EventFact(
        type=ESTABLISH,
        trigger="recognised",
        evidence_start=0,
        evidence_end=1,
        countries=countries,
        actors=[Actor(c, c, "state", c, "participant") for c in actors],
        date=TimeValue(text=day, value=day, start=day, end=day, granularity="day"),
    )


def test_a_note_on_another_states_act_is_no_restatement() -> None:
    body = _event(["EST", "USA"], ["USA"], "1991-09-02")
    assert not restates(_event(["EST", "SUN"], ["SUN"], "1991-09-06"), body)
    # a note naming the body's party only (the other from the context) restates it
    assert restates(_event(["EST", "FIN"], ["EST"], "1991-09-06"), body)
    # a note naming the body's parties and more tells the act in full
    assert restates(_event(["EST", "SUN", "USA"], ["SUN"], "1991-09-06"), body)


def test_did_so_with_an_adverb_after_it_follows(extract: Extract) -> None:
    doc = extract(
        "Israel proclaimed its independence on 14 May 1948. The Soviet Union extended "
        "recognition on 17 May, and Poland did so early in June."
    )
    assert (["ISR", "POL"], ("1948-06", "1948-06")) in dated_states(doc, ESTABLISH)


def test_missions_opened_in_several_capitals_are_one_act_each(extract: Extract) -> None:
    doc = extract(
        "In the spring of 1992 French embassies opened in Kiev, Minsk and Tashkent, "
        "and the minister visited them in June."
    )
    assert sorted(states(doc, "OPEN_MISSION")) == [["BLR", "FRA"], ["FRA", "UKR"], ["FRA", "UZB"]]


def test_neither_recognising_is_no_recognition(extract: Extract) -> None:
    doc = extract(
        "Zambia became independent in October 1964 before Lisbon and Pretoria had agreed "
        "to its borders, and neither recognised the new state."
    )
    assert states(doc, ESTABLISH) == []
