"""Round-10 trigger recall: relations established in the passive or ended intransitively,
envoys taking up posts, joint texts issued, arrivals, aid goods reaching a state, troops kept
abroad, forces trained, persons seen, conferences held, claims recognised; and a recall "for
consultations" that is no meeting. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import summary as _summary
from .event_helpers import types as _types

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    ("text", "present"),
    [
        # relations as the passive subject of establishing or restoring
        (
            "Relations were established on 3 March 1971 by an exchange of notes.",
            "ESTABLISH_RELATIONS",
        ),
        (
            "Chile broke with Cuba in 1964, and relations were restored on 12 April 1972.",
            "ESTABLISH_RELATIONS",
        ),
        # relations raised to diplomatic status
        (
            "In 1983 Kenya and Israel raised their relations to full diplomatic status.",
            "ESTABLISH_RELATIONS",
        ),
        # relations ending intransitively
        (
            "Senegal's diplomatic relations with Taiwan ended on 25 October 2005.",
            "END_RELATIONS",
        ),
        (
            "Uruguay's diplomatic relations with Cuba came to an end in September 1964.",
            "END_RELATIONS",
        ),
        # a government recognised by its seat or title
        ("Burma recognised the new government in Peking in December 1949.", "ESTABLISH_RELATIONS"),
        # envoys
        (
            "Ambassador Kaul, who had taken up his post in Moscow in 1962, met the premier.",
            "APPOINT_ENVOY",
        ),
        (
            "The embassies were reopened in 1994 and ambassadors exchanged later that year.",
            "APPOINT_ENVOY",
        ),
        ("In 1977 Mr Lindqvist succeeded Mr Berg as the Swedish envoy in Hanoi.", "APPOINT_ENVOY"),
        # missions set up
        ("In 1981 Portugal set up a liaison office in Jakarta.", "OPEN_MISSION"),
        # joint texts and imposed treaties
        (
            "In May 1963 the two foreign ministers issued a joint statement on the border.",
            "SIGN_AGREEMENT",
        ),
        ("In 1921 Britain forced a treaty of alliance on Afghanistan.", "SIGN_AGREEMENT"),
        ("On 9 June 1984 Chad signed the Lagos Accords with Libya.", "SIGN_AGREEMENT"),
        ("In March 1969 Ghana suspended the trade agreement with Togo.", "TERMINATE_AGREEMENT"),
        # visits
        (
            "The premier thanked his hosts for their welcome since his arrival in Rangoon on"
            " 2 June 1960.",
            "VISIT",
        ),
        ("The Emir of Kuwait attended the funeral of King Hussein in Amman in 1999.", "VISIT"),
        (
            "In 1979 a delegation led by the foreign minister arrived in the Ethiopian capital"
            " to discuss future cooperation.",
            "VISIT",
        ),
        # aid
        ("From 1962 Czechoslovak rifles and mortars reached Algeria by sea.", "PROVIDE_AID"),
        ("Between 1979 and 1989 Vietnam kept 150,000 troops in Cambodia.", "PROVIDE_AID"),
        ("In 1964 Chinese officers trained the Tanzanian army.", "PROVIDE_AID"),
        # meetings
        ("In March 1985 Ortega stopped in Moscow and saw Gorbachev.", "MEET"),
        (
            "The presidents of Peru and Bolivia held the first of a series of summit"
            " conferences in La Paz in 1990.",
            "MEET",
        ),
        # a mission raised in rank opens as the higher one
        (
            "The Swiss consulate in Lagos was converted into an embassy in 1961.",
            "OPEN_MISSION",
        ),
        ("In 1958 the Austrian legation in Tokyo became an embassy.", "OPEN_MISSION"),
        # a participle after a long title, hung on the title's last noun
        (
            "The convention on fisheries in the coastal waters of Norway and Iceland, signed in"
            " Oslo on 4 May 1961, ended the dispute.",
            "SIGN_AGREEMENT",
        ),
        # a conference held, its participle hung on the last noun of its phrase
        (
            "The conference of the Andean nations held in Lima on 2 and 3 May 1969 set up a"
            " common market.",
            "MEET",
        ),
        # "that September" misread as an object of "met"
        ("Sadat and Assad met at the summit in Tripoli that December 1977.", "MEET"),
        ("The summit in Rabat opened on 26 October 1974.", "MEET"),
        ("The summit between Syria and Jordan took place in Amman in 1977.", "MEET"),
        # relations normalised; aid goods received from a donor; a guest welcomed to a place
        ("In September 1972 Japan and China normalised relations.", "ESTABLISH_RELATIONS"),
        ("In 1971 Bangladesh received 40 tanks from India.", "PROVIDE_AID"),
        ("In 1982 Nicaragua obtained Soviet credits for its port.", "PROVIDE_AID"),
        ("In 1956 Sukarno welcomed Voroshilov to Jakarta.", "VISIT"),
        # a time spent in a state; an envoy called home; a resident envoy's arrival
        ("In 1962 Sekou Toure spent ten days in Yugoslavia.", "VISIT"),
        ("In 1967 Burma called home its ambassador from Peking.", "RECALL_ENVOY"),
        ("In 1959 Ghana's new ambassador arrived in Conakry.", "APPOINT_ENVOY"),
        ("In 1956 Czechoslovakia delivered jets and bombers to Syria.", "PROVIDE_AID"),
        # a claim recognised backs it
        (
            "In 1998 Australia recognised Indonesian sovereignty over East Timor.",
            "EXPRESS_SUPPORT",
        ),
    ],
)
def test_round10_constructions_are_found(extract: Extract, text: str, present: str) -> None:
    assert present in _types(extract(text))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # economic or party relations are no diplomatic ones
        ("Trade relations were established between the two ports in 1950.", "ESTABLISH_RELATIONS"),
        ("Economic relations between Chile and Peru ended in 1879.", "END_RELATIONS"),
        # a recognised new government with no seat names no partner
        ("In 1962 Mexico recognised the new government.", "ESTABLISH_RELATIONS"),
        # no envoy taking up a post
        ("The new minister took up his post in the cabinet in 1964.", "APPOINT_ENVOY"),
        # one government's statement, and a communiqué issued in the passive
        (
            "In 1980 the Foreign Ministry of Iraq issued a statement condemning Iran.",
            "SIGN_AGREEMENT",
        ),
        (
            "In 1970 it was announced that a joint communiqué had been issued in Rome and Peking.",
            "SIGN_AGREEMENT",
        ),
        # troops arriving, or stationed, are a deployment
        ("In 1968 Soviet troops were stationed in Czechoslovakia.", "PROVIDE_AID"),
        ("The arrival of Cuban troops in Angola in 1975 alarmed Pretoria.", "VISIT"),
        # seeing a need, or a press conference
        ("In 1964 Nasser saw the need for Arab unity.", "MEET"),
        ("In 1971 the Indian foreign minister held a press conference in Delhi.", "MEET"),
        # a recognition made under a treaty is its term, not a stance
        (
            "By the Treaty of Lima signed in 1929 Chile recognised Peruvian sovereignty over"
            " Tacna.",
            "EXPRESS_SUPPORT",
        ),
        (
            "In 1995 Peru and Ecuador signed a treaty recognizing each other's sovereignty"
            " over the river.",
            "EXPRESS_SUPPORT",
        ),
        # an ambassador becoming something else opens no mission
        ("In 1965 the ambassador became a friend of the king of Nepal.", "OPEN_MISSION"),
        (
            "Chile and Bolivia signed a treaty in 1904 recognizing each other's claims to the"
            " coast.",
            "EXPRESS_SUPPORT",
        ),
        # a body's summit as the aim of a journey is no bilateral meeting
        ("In May 1990 Mubarak travelled to Baghdad for the Arab League summit.", "MEET"),
        # "is to arrive ..., the first visit": a plan, told by a predicate noun too
        (
            "President Suharto is to arrive in Hanoi next month, the first visit to Vietnam by"
            " an Indonesian leader.",
            "VISIT",
        ),
        # an initiative to normalise relations is a proposal; goods received with no donor
        (
            "In 1986 Mongolia welcomed the Soviet initiative to normalize relations with China.",
            "ESTABLISH_RELATIONS",
        ),
        ("In 1966 Pakistan received 50 tanks.", "PROVIDE_AID"),
        ("In 1960 Nasser welcomed the decision of the conference.", "VISIT"),
        # aid that ended; an embassy's time abroad; a special envoy's arrival
        ("American aid to Cambodia ended in April 1975.", "PROVIDE_AID"),
        ("The Danish legation spent four years in Peking from 1950.", "VISIT"),
        ("In 1979 the special ambassador arrived in Tehran for talks.", "APPOINT_ENVOY"),
        # a summit as the agent of a decision is its setting
        (
            "The summit also fixed annual grants of 50 million dollars for Syria and Jordan"
            " in 1978.",
            "MEET",
        ),
        # a recall for consultations is no meeting between states
        ("In 1996 Lima reacted by recalling its ambassador for consultations.", "MEET"),
    ],
)
def test_round10_lookalikes_are_not_events(extract: Extract, text: str, absent: str) -> None:
    assert absent not in _types(extract(text))


def test_relations_ending_and_established_in_one_sentence(extract: Extract) -> None:
    doc = extract(
        "Malawi's diplomatic relations with Taiwan ended on 28 December 2007, and relations"
        " with China were established on 28 December 2007."
    )
    found = _summary(doc)
    assert ("END_RELATIONS", ["MWI", "TWN"]) in found
    assert ("ESTABLISH_RELATIONS", ["CHN", "MWI"]) in found
