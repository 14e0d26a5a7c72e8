"""Round-6 recall and precision patterns: recognition of a new state or government (and not
of one recognised all along); relations restored after a break told earlier in the sentence;
nuncios named; papal pilgrimages; rescuers and relief teams arriving, ships leaving with arms,
armed units helping a government and works built abroad as aid; and what states no event: a
body's own session or cabinet meeting, consultations a recall is for, an act with no date set,
a series of conversations, delegations led again and again, an accepted invitation, a demand
to recognise, and "the future Pope" (a title, not a plan). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import start_dates as _dates
from .event_helpers import summary as _summary
from .event_helpers import types as _types

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


# --- recognition of a new polity -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair", "start"),
    [
        (
            "The Vatican recognised the re-established Lithuanian state in 1922.",
            ["LTU", "VAT"],
            "1922",
        ),
        (
            "Sweden recognised the new government of Bangladesh in February 1972.",
            ["BGD", "SWE"],
            "1972-02",
        ),
        ("Norway recognised the Polish government in exile in 1940.", ["NOR", "POL"], "1940"),
    ],
)
def test_recognising_a_new_state_or_government_establishes_relations(
    extract: Extract, text: str, pair: list[str], start: str
) -> None:
    doc = extract(text)
    assert ("ESTABLISH_RELATIONS", pair) in _summary(doc)
    assert _dates(doc, "ESTABLISH_RELATIONS")[0].startswith(start)


def test_a_new_republic_recognised_under_a_pronoun_is_dated_by_until(extract: Extract) -> None:
    doc = extract(
        "The new republic was proclaimed in Accra on 5 May; Ireland did not recognise it until"
        " June 1960."
    )
    assert "ESTABLISH_RELATIONS" in _types(doc)
    assert _dates(doc, "ESTABLISH_RELATIONS")[0].startswith("1960-06")


@pytest.mark.parametrize(
    "text",
    [
        "Canberra had recognised only the government of the Republic of China in Taipei.",
        "China continued to recognise the ousted government of Cambodia.",
        "He insisted that we recognise the People's Republic as the only government of China.",
    ],
)
def test_a_standing_or_demanded_recognition_is_no_event(extract: Extract, text: str) -> None:
    assert "ESTABLISH_RELATIONS" not in _types(extract(text))


# --- relations restored after a break told before ------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair", "start"),
    [
        (
            "In May 1965 Ghana broke off diplomatic relations with Britain in protest at its"
            " policy, and relations were not restored until 1966.",
            ["GBR", "GHA"],
            "1966",
        ),
        (
            "In 1967 Mauritania broke off diplomatic relations with the United States, and"
            " relations were restored in 1969.",
            ["MRT", "USA"],
            "1969",
        ),
    ],
)
def test_bare_relations_restored_are_the_ones_broken_before(
    extract: Extract, text: str, pair: list[str], start: str
) -> None:
    doc = extract(text)
    assert ("ESTABLISH_RELATIONS", pair) in _summary(doc)
    assert _dates(doc, "ESTABLISH_RELATIONS")[0].startswith(start)


def test_trade_relations_restored_are_not_diplomatic(extract: Extract) -> None:
    doc = extract(
        "Italy suspended its air links with Libya, and trade relations were restored in 1970."
    )
    assert "ESTABLISH_RELATIONS" not in _types(doc)


# --- the Holy See -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "host", "start"),
    [
        ("Archbishop Paolo Neri was appointed nuncio to Austria in May 1955.", "AUT", "1955-05"),
        ("In 1963 Bishop Marco Rossi was named apostolic nuncio in Lisbon.", "PRT", "1963"),
    ],
)
def test_a_nuncio_named_is_an_envoy_appointed(
    extract: Extract, text: str, host: str, start: str
) -> None:
    doc = extract(text)
    envoys = [e for e in doc._.dipl_events if e.type == "APPOINT_ENVOY"]
    assert envoys and host in envoys[0].countries
    assert _dates(doc, "APPOINT_ENVOY")[0].startswith(start)


@pytest.mark.parametrize(
    "text",
    [
        "In June 1982 Pope John Paul II made a pilgrimage to Spain.",
        "Pope Paul VI went to Portugal in May 1967; his pilgrimage lasted a day.",
    ],
)
def test_a_popes_pilgrimage_is_a_visit(extract: Extract, text: str) -> None:
    assert "VISIT" in _types(extract(text))


def test_the_pilgrimage_season_is_no_visit(extract: Extract) -> None:
    assert "VISIT" not in _types(extract("The pilgrimage season ended in March 1970."))


def test_the_future_pope_is_a_title_not_a_plan(extract: Extract) -> None:
    doc = extract(
        "In 1921 Sweden recognised the new Estonian state, and Karl Lind, the future King of"
        " Sweden, paid a visit to Tallinn."
    )
    assert ("ESTABLISH_RELATIONS", ["EST", "SWE"]) in _summary(doc)
    assert ("VISIT", ["EST", "SWE"]) in _summary(doc)


def test_a_treaty_signed_in_the_future_is_still_a_plan(extract: Extract) -> None:
    doc = extract("The two states agreed that they would sign a treaty in the future.")
    assert "SIGN_AGREEMENT" not in _types(doc)


# --- aid ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "After the earthquake of 1988, French rescue teams were among the first to arrive.",
        "Italian rescuers and blood donations followed within a day.",
        "Swiss relief teams arrived in Iran on 22 June 1990.",
    ],
)
def test_rescuers_and_relief_teams_arriving_are_aid(extract: Extract, text: str) -> None:
    assert "PROVIDE_AID" in _types(extract(text))


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("In April 1936 a Soviet freighter left Odessa with 15,000 rifles for Spain.", "ESP"),
        (
            "In 1962 the ship Baltika sailed from Leningrad with tanks and artillery for Cuba.",
            "CUB",
        ),
    ],
)
def test_a_ship_leaving_with_arms_for_a_state_carries_aid(
    extract: Extract, text: str, recipient: str
) -> None:
    aid = [e for e in extract(text)._.dipl_events if e.type == "PROVIDE_AID"]
    assert aid and recipient in aid[0].countries


def test_a_ship_leaving_with_passengers_is_no_aid(extract: Extract) -> None:
    doc = extract("In 1939 the liner Sinaia left Sete with 1,600 passengers for Mexico.")
    assert "PROVIDE_AID" not in _types(doc)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Cuban troops helped the Ethiopian government to repel the invasion.", ["CUB", "ETH"]),
        (
            "East German advisers helped the army of Mozambique to train its officers.",
            ["DDR", "MOZ"],
        ),
    ],
)
def test_armed_units_helping_a_government_are_aid(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert ("PROVIDE_AID", pair) in _summary(extract(text))


def test_troops_thanked_for_helping_us_are_no_event(extract: Extract) -> None:
    doc = extract("Soviet troops helped us to protect our border for many years.")
    assert "PROVIDE_AID" not in _types(doc)


@pytest.mark.parametrize(
    "text",
    [
        "China built the Tanzam railway in Tanzania between 1970 and 1975.",
        "In 1965 the Chinese built a textile mill in Dar es Salaam.",
    ],
)
def test_works_a_state_builds_abroad_are_aid(extract: Extract, text: str) -> None:
    assert ("PROVIDE_AID", ["CHN", "TZA"]) in _summary(extract(text))


def test_a_company_building_a_plant_is_no_aid(extract: Extract) -> None:
    doc = extract("In 1965 the company built a new plant near the harbour.")
    assert "PROVIDE_AID" not in _types(doc)


# --- what states no event ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In March 1959 the Spanish Cortes met in exile in Paris.",
        "In 1950 the Council met in Geneva.",
        "The Danish premier spoke after a cabinet meeting on 3 May 1970.",
        "Canada recalled its ambassador to Moscow for consultations in June 1980.",
        "I have had many conversations with the Soviet ambassador since April 1961.",
    ],
)
def test_a_bodys_own_session_or_a_series_of_talks_is_no_meeting(
    extract: Extract, text: str
) -> None:
    assert "MEET" not in _types(extract(text))


def test_two_leaders_meeting_is_still_a_meeting(extract: Extract) -> None:
    doc = extract("The Indian and Chinese premiers met in Geneva in 1955.")
    assert "MEET" in _types(doc)


def test_the_recall_for_consultations_is_still_a_recall(extract: Extract) -> None:
    doc = extract("Canada recalled its ambassador to Moscow for consultations in June 1980.")
    assert "RECALL_ENVOY" in _types(doc)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("No date has been set for the opening of a Cuban embassy in Oslo.", "OPEN_MISSION"),
        (
            "No date has been set for the signing of the trade agreement with Peru.",
            "SIGN_AGREEMENT",
        ),
    ],
)
def test_an_act_with_no_date_set_has_not_happened(extract: Extract, text: str, etype: str) -> None:
    assert etype not in _types(extract(text))


def test_delegations_led_again_and_again_are_no_single_visit(extract: Extract) -> None:
    doc = extract("Bishop Luigi Rosso led the Vatican delegations to Prague in those years.")
    assert "VISIT" not in _types(doc)


def test_a_delegation_led_once_is_a_visit(extract: Extract) -> None:
    doc = extract("In May 1970 the Italian minister led a trade delegation to Moscow.")
    assert ("VISIT", ["ITA", "SUN"]) in _summary(doc)


def test_an_accepted_invitation_to_visit_is_no_visit_yet(extract: Extract) -> None:
    doc = extract(
        "The communique stated that the President has accepted an invitation to visit Cuba"
        " before June 1975."
    )
    assert "VISIT" not in _types(doc)


# --- invitations taken up ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "In May 1972 the Koreans invited the Japanese volleyball team, which Kim received in"
            " Pyongyang on 20 May.",
            ["JPN", "PRK"],
        ),
        (
            "In 1958 the Poles invited the Swedish trade delegation, which Gomulka welcomed in"
            " Warsaw in June.",
            ["POL", "SWE"],
        ),
    ],
)
def test_invited_guests_received_by_the_host_visited(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert ("VISIT", pair) in _summary(extract(text))


def test_an_invitation_alone_is_no_visit(extract: Extract) -> None:
    doc = extract("In 1958 Moscow invited the Indian delegation to the May Day celebrations.")
    assert "VISIT" not in _types(doc)


def test_a_team_received_is_a_meeting(extract: Extract) -> None:
    doc = extract("The Chinese premier received the Japanese trade team on 3 May 1965.")
    assert ("MEET", ["CHN", "JPN"]) in _summary(doc)


# --- troops carried to a state ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "From 5 May 1978 Cuban special forces were flown to Addis Ababa on chartered"
            " airliners.",
            ["CUB", "ETH"],
        ),
        ("In April 1977 Morocco airlifted 1,500 troops to Zaire.", ["COD", "MAR"]),
    ],
)
def test_troops_flown_to_a_state_are_military_aid(
    extract: Extract, text: str, pair: list[str]
) -> None:
    doc = extract(text)
    assert ("PROVIDE_AID", pair) in _summary(doc)
    assert "VISIT" not in _types(doc)


def test_troops_arriving_in_a_capital_are_no_visit(extract: Extract) -> None:
    assert "VISIT" not in _types(extract("In August 1968 Soviet troops arrived in Prague."))


def test_a_minister_flying_to_a_capital_still_visits(extract: Extract) -> None:
    doc = extract("In 1960 the Ghanaian foreign minister flew to Leopoldville.")
    assert ("VISIT", ["COD", "GHA"]) in _summary(doc)


# --- a delegate defending a state -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("At the League of Nations in 1935 the Soviet delegate defended Ethiopia.", ["ETH", "SUN"]),
        (
            "In 1956 the Indian representative defended Egypt's position at the United Nations.",
            ["EGY", "IND"],
        ),
        (
            "At the United Nations in 1962 the Ghanaian delegate, Kwame Boateng, defended Cuba.",
            ["CUB", "GHA"],
        ),
    ],
)
def test_a_delegate_defending_a_state_expresses_support(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert ("EXPRESS_SUPPORT", pair) in _summary(extract(text))


def test_an_army_defending_its_country_is_no_support(extract: Extract) -> None:
    doc = extract("In 1940 the Finnish army defended the country against the invasion.")
    assert "EXPRESS_SUPPORT" not in _types(doc)


# --- a summit as the setting of another act ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In June 1999 France backed Poland's candidacy at the summit in Cologne.",
        "In 1975 Britain announced its decision during the summit in Helsinki.",
    ],
)
def test_a_summit_that_sets_another_act_is_no_meeting(extract: Extract, text: str) -> None:
    assert "MEET" not in _types(extract(text))


def test_a_summit_between_two_states_is_a_meeting(extract: Extract) -> None:
    doc = extract("The summit between Egypt and Israel took place in March 1979.")
    assert ("MEET", ["EGY", "ISR"]) in _summary(doc)


# --- talks still ahead --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The announcement comes a week before the peace talks in Geneva between Iran and Iraq.",
        "The decision comes ahead of the talks between India and Pakistan in Simla.",
        "The ruling came a week before the trade talks between Chile and Peru were to open"
        " in Lima.",
        "The negotiations between Laos and Thailand were to begin in Vientiane in May 1976.",
    ],
)
def test_talks_still_ahead_or_planned_are_no_meeting(extract: Extract, text: str) -> None:
    assert "MEET" not in _types(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "In 1972 the decision came a week before the talks between India and Pakistan in Simla.",
        "The negotiations between Laos and Thailand began in Vientiane in May 1976.",
    ],
)
def test_talks_told_as_past_are_meetings(extract: Extract, text: str) -> None:
    assert "MEET" in _types(extract(text))
