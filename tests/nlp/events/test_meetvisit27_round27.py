"""Round-27 meetings: an audience a person grants or gives to another ("the Pope granted her an
audience", "gave the minister an audience", "granted an audience to the envoy"), its guest
pronoun standing for the person of the clause above (never the host); a party sent abroad ("a
mission", "an embassy", "a deputation") received by a person in the passive. Relations: a gapped
conjunct naming a further partner with the preposition of a partner the passive subject
carries ("relations with France were restored in 1880, and with Britain in 1884"), one act per
partner, each with the subject's state and never the replaced partner; recognition of a
definite group of states named by number ("recognised all three states", "the three
governments"), one act per state of the coordination the number matches; the venue of a
meeting is no party when the person met is named with another state than the venue's ("At
Geneva X met the Lithuanian premier"). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import dated_states, states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "In May 1955 King Paul of Greece gave the Yugoslav foreign minister an audience "
            "at Athens.",
            ["GRC", "YUG"],
        ),
        (
            "In June 1901 the Emperor Wilhelm granted an audience to the Chinese envoy, Prince "
            "Chun, at Potsdam.",
            ["CHN", "DEU"],
        ),
        (
            "In March 1951 the Iranian premier flew to London. King George VI gave him an "
            "audience at Buckingham Palace.",
            ["GBR", "IRN"],
        ),
        (
            "The Portuguese president travelled to Madrid in 1961, and General Franco granted "
            "him an audience at El Pardo.",
            ["ESP", "PRT"],
        ),
    ],
)
def test_audience_granted_to_a_person_is_a_meeting(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert pair in states(extract(text, "1999-01-01"), "MEET")


@pytest.mark.parametrize(
    "text",
    [
        "In April 1911 the Sultan of Morocco refused the French envoy an audience.",
        "In 1975 the Shah of Iran did not grant the Iraqi envoy an audience.",
        "In 1990 the Italian government gave an audience of 5,000 a concert in Rome.",
        "In 1962 the Soviet ambassador to Italy sought an audience with the Pope.",
    ],
)
def test_audience_refused_sought_or_of_a_crowd_is_no_meeting(extract: Extract, text: str) -> None:
    assert states(extract(text, "1999-01-01"), "MEET") == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("In 1883 a Korean mission was received by President Arthur in New York.", ["KOR", "USA"]),
        ("In 1857 the Siamese embassy was received by Queen Victoria at Windsor.", ["GBR", "THA"]),
        (
            "In 1920 a Finnish deputation travelled to Stockholm and was received by King "
            "Gustaf V.",
            ["FIN", "SWE"],
        ),
    ],
)
def test_party_sent_abroad_received_by_a_person_is_a_meeting(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert pair in states(extract(text, "1999-01-01"), "MEET")


@pytest.mark.parametrize(
    "text",
    [
        "In May 1972 the Soviet proposal was received by the French government with interest.",
        "In 1920 the Soviet trade mission was received coolly in London.",
        "In 1964 the Swedish mission in Hanoi was received badly by the press.",
    ],
)
def test_proposal_or_reception_without_a_host_person_is_no_meeting(
    extract: Extract, text: str
) -> None:
    assert states(extract(text, "1999-01-01"), "MEET") == []


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        (
            "Mexico broke with the European powers in 1861. Its relations with France were not "
            "restored until 1880, and with Britain only in 1884.",
            "ESTABLISH_RELATIONS",
            [(["FRA", "MEX"], ("1880", "1880")), (["GBR", "MEX"], ("1884", "1884"))],
        ),
        (
            "Bulgaria was isolated after the war. Relations with Washington were resumed in "
            "March 1959, and with London only in 1960.",
            "ESTABLISH_RELATIONS",
            [(["BGR", "USA"], ("1959-03", "1959-03")), (["BGR", "GBR"], ("1960", "1960"))],
        ),
        (
            "Jordan depended on Western aid. Relations with Cairo were broken off in 1967, and "
            "with Damascus in 1971.",
            "END_RELATIONS",
            [(["EGY", "JOR"], ("1967", "1967")), (["JOR", "SYR"], ("1971", "1971"))],
        ),
    ],
)
def test_gapped_partner_after_a_passive_subject_is_its_own_act(
    extract: Extract, text: str, etype: str, expected: list[object]
) -> None:
    assert dated_states(extract(text, "1999-01-01"), etype) == expected


def test_active_gapped_partner_keeps_the_subject_not_the_first_partner(extract: Extract) -> None:
    text = "In 1972 Cuba established relations with Peru in July and with Chile in December."
    found = dated_states(extract(text, "1999-01-01"), "ESTABLISH_RELATIONS")
    assert found == [
        (["CUB", "PER"], ("1972-07", "1972-07")),
        (["CHL", "CUB"], ("1972-12", "1972-12")),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Relations with Spain were restored in 1977 with Mexican support.",
        "Relations with Chile were restored in 1990, and with good will on both sides.",
    ],
)
def test_with_phrase_naming_no_state_or_time_is_no_remnant(extract: Extract, text: str) -> None:
    found = dated_states(extract(text, "1999-01-01"), "ESTABLISH_RELATIONS")
    assert len(found) <= 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Estonia, Latvia and Lithuania declared independence in 1918. The United States "
            "recognised all three states in July 1922.",
            [["EST", "USA"], ["LVA", "USA"], ["LTU", "USA"]],
        ),
        (
            "Slovenia, Croatia and Macedonia left Yugoslavia in 1991. Bulgaria recognised all "
            "three republics in January 1992.",
            [["BGR", "SVN"], ["BGR", "HRV"], ["BGR", "MKD"]],
        ),
        (
            "Estonia, Latvia and Lithuania declared independence in 1918. Moscow recognised the "
            "three governments in 1920.",
            [["EST", "SUN"], ["LVA", "SUN"], ["LTU", "SUN"]],
        ),
        (
            "Estonia, Latvia and Lithuania declared independence in 1918. The three states were "
            "recognised by Britain in 1921.",
            [["EST", "GBR"], ["GBR", "LVA"], ["GBR", "LTU"]],
        ),
    ],
)
def test_counted_group_of_states_recognised_one_by_one(
    extract: Extract, text: str, expected: list[list[str]]
) -> None:
    assert states(extract(text, "1999-01-01"), "ESTABLISH_RELATIONS") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Estonia, Latvia and Lithuania declared independence in 1918. In 1919 Washington "
        "refused to recognise the three states.",
        "Estonia, Latvia and Lithuania declared independence in 1918. Britain recognised the "
        "three states' claims to the islands in 1921.",
        "Estonia, Latvia and Lithuania declared independence in 1918. Britain recognised three "
        "problems in 1921.",
    ],
)
def test_counted_group_refused_or_not_the_states_is_no_recognition(
    extract: Extract, text: str
) -> None:
    assert states(extract(text, "1999-01-01"), "ESTABLISH_RELATIONS") == []


@pytest.mark.parametrize(
    ("text", "pair", "venue"),
    [
        (
            "Poland and Lithuania had no relations after 1920. At Geneva in December 1927 "
            "Marshal Pilsudski met the then Lithuanian Prime Minister, Augustinas Voldemaras.",
            ["LTU", "POL"],
            "CHE",
        ),
        (
            "Peru and Ecuador fought a border war in 1941. In Rio de Janeiro in 1942 "
            "Alfredo Solf met the Ecuadorian Foreign Minister, Julio Tobar Donoso.",
            ["ECU", "PER"],
            "BRA",
        ),
        (
            "Greece and Turkey quarrelled over Cyprus in 1956. In London in 1959 "
            "Konstantinos Karamanlis met the Turkish Prime Minister, Adnan Menderes.",
            ["GRC", "TUR"],
            "GBR",
        ),
        (
            "Egypt and Syria broke off relations in 1977. At Geneva in 1983 Hosni Mubarak met "
            "President Hafez al-Assad of Syria.",
            ["EGY", "SYR"],
            "CHE",
        ),
    ],
)
def test_venue_is_no_party_when_the_person_met_comes_from_elsewhere(
    extract: Extract, text: str, pair: list[str], venue: str
) -> None:
    found = states(extract(text, "1999-01-01"), "MEET")
    assert pair in found
    assert all(venue not in s for s in found)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("In May 1972 Nixon met President Brezhnev in Moscow.", ["SUN", "USA"]),
        ("In Cairo in 1955 Eden met President Nasser.", ["EGY", "GBR"]),
        ("In Belgrade in 1956 the Soviet leader met President Tito.", ["SUN", "YUG"]),
    ],
)
def test_person_met_at_home_still_makes_the_venue_a_party(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert pair in states(extract(text, "1999-01-01"), "MEET")
