"""Tenure patterns of round 11 (own sentences): an apposed office ended by its holder's death,
flight or overthrow; a term closed by an until-clause after the apposition's start; a relative
clause on the second of two coordinated names; and a predicate office misparsed as a second
subject of the copula."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .tenure_helpers import terms_of

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_death_of_the_holder_ends_the_apposed_office(extract: Extract) -> None:
    doc = extract(
        "Ghana and Togo signed a pact. Kwame Asante, Prime Minister since May 1966, died in "
        "Accra in November 1972."
    )
    assert terms_of(doc, "Kwame Asante") == {("prime minister", "1966-05", "1972-11")}


def test_flight_and_overthrow_end_the_apposed_office(extract: Extract) -> None:
    doc = extract(
        "Ghana and Togo signed a pact. Kwame Asante, President since June 1960, fled to Lome "
        "in March 1966. Kofi Mensah, Premier since 1969, was overthrown in a coup in 1972."
    )
    assert terms_of(doc, "Kwame Asante") == {("president", "1960-06", "1966-03")}
    assert terms_of(doc, "Kofi Mensah") == {("prime minister", "1969", "1972")}


def test_other_deeds_of_the_holder_end_nothing(extract: Extract) -> None:
    doc = extract(
        "Ghana and Togo signed a pact. Kwame Asante, President since June 1960, toured Lome in "
        "March 1966. Kofi Mensah, Premier since 1969, shot a leopard in 1972."
    )
    assert terms_of(doc, "Kwame Asante") == {("president", "1960-06", None)}
    assert terms_of(doc, "Kofi Mensah") == {("prime minister", "1969", None)}


def test_the_killing_of_a_former_holder_ends_nothing(extract: Extract) -> None:
    doc = extract(
        "Ghana and Togo signed a pact. After the former premier Kofi Mensah was murdered in "
        "Accra on 3 May 1981, the army took over."
    )
    assert not terms_of(doc, "Kofi Mensah")


def test_until_clause_closing_an_apposition_ends_the_term(extract: Extract) -> None:
    doc = extract(
        "Ghana and Togo signed a pact. The treaty was drafted by Kofi Mensah, head of state "
        "from March 1972 until he left the country in July 1979."
    )
    assert terms_of(doc, "Kofi Mensah") == {("head of state", "1972-03", "1979-07")}


def test_relative_clause_after_the_second_coordinated_name(extract: Extract) -> None:
    doc = extract(
        "Ghana and Togo signed a pact. In 1970 Mensah and Yaw Boateng, who was Ghana's "
        "finance minister from 1966 to 1972, went to Lome."
    )
    assert terms_of(doc, "Yaw Boateng") == {("finance minister", "1966", "1972")}
    assert not terms_of(doc, "Mensah") - terms_of(doc, "Yaw Boateng")


def test_relative_clause_after_a_lone_name_stays_with_it(extract: Extract) -> None:
    doc = extract(
        "Ghana and Togo signed a pact. In 1970 Yaw Boateng, who was Ghana's finance minister "
        "from 1966 to 1972, met Mensah in Lome."
    )
    assert terms_of(doc, "Yaw Boateng") == {("finance minister", "1966", "1972")}


def test_predicate_office_after_a_long_subject_clause(extract: Extract) -> None:
    doc = extract(
        "Ghana and Togo established relations. Peter K. Owusu, named that year, stayed in "
        "Accra; Daniel R. Frost, who arrived in 1994 and served until 1998, was the first "
        "ambassador to live in Lome."
    )
    assert ("ambassador", "1994", "1998") in terms_of(doc, "Daniel R. Frost")


def test_offices_of_two_bodies_are_removed_together(extract: Extract) -> None:
    doc = extract(
        "Talks between A. V. Gromek, General Secretary of the Workers' Party and Chairman of "
        "the State Council, and the Polish envoy. Gromek was removed from his posts in March "
        "1971."
    )
    roles = {(r, e) for r, _s, e in terms_of(doc, "Gromek")}
    assert ("chairman of state council", "1971-03") in roles
    assert any(r.startswith("general secretary") and e == "1971-03" for r, e in roles)


def test_a_joint_title_of_one_mission_stays_one_office(extract: Extract) -> None:
    doc = extract(
        "Poland and Cuba signed a pact. Jan Wirski served as First Secretary and Counsellor "
        "at the embassy in Havana from 1961 to 1964."
    )
    assert len(terms_of(doc, "Jan Wirski")) == 1


def test_the_office_told_before_as_a_liaison_office(extract: Extract) -> None:
    doc = extract(
        "In 1981 Spain and Albania opened liaison offices in each other's capitals. Luis Soto "
        "was sent to head the Spanish office, and Pedro Gil succeeded him in 1984."
    )
    assert terms_of(doc, "Luis Soto") == {("head of liaison office", "1981", "1984")}
    assert terms_of(doc, "Pedro Gil") == {("head of liaison office", "1984", None)}


def test_an_office_of_no_told_kind_is_no_post(extract: Extract) -> None:
    doc = extract(
        "Spain and Albania signed a pact in 1981. Luis Soto was sent to head the regional "
        "office of the company in 1983."
    )
    assert not any(r.startswith("head of") for r, _s, _e in terms_of(doc, "Luis Soto"))


def test_second_office_coordinated_with_the_copula_follows_the_first(extract: Extract) -> None:
    doc = extract(
        "Nepal and Bhutan signed a pact. Ram Thapa was foreign minister from 1980 to 1986 and "
        "then premier until his death in 1990."
    )
    assert terms_of(doc, "Ram Thapa") == {
        ("foreign minister", "1980", "1986"),
        ("prime minister", "1986", "1990"),
    }


def test_office_between_a_titled_name_and_the_next_name_is_the_next_ones(
    extract: Extract,
) -> None:
    doc = extract(
        "Nepal and Bhutan signed a pact. At the invitation of King Jigme, the Chairman of the "
        "Council of Ministers, Comrade Ram Thapa, paid a visit to Bhutan in May 1971. Thapa, "
        "who has held his present office since June 1968, was accompanied by his wife."
    )
    assert ("chairman of council of ministers", "1968-06", None) in terms_of(doc, "Ram Thapa")
    assert not any(r.startswith("chairman") for r, _s, _e in terms_of(doc, "Jigme"))


def test_office_apposed_to_an_untitled_name_stays_with_it(extract: Extract) -> None:
    doc = extract(
        "Nepal and Bhutan signed a pact. The talks of Ram Thapa, the Foreign Minister since "
        "June 1968, and Dorji Wangdi lasted two days."
    )
    assert ("foreign minister", "1968-06", None) in terms_of(doc, "Ram Thapa")
    assert not terms_of(doc, "Dorji Wangdi")


def test_narrators_would_with_an_end_date_states_the_term(extract: Extract) -> None:
    doc = extract(
        "Kenya and Somalia signed a pact. Abdi Warsame, who had taken power in 1970 and would "
        "remain president until March 1990, visited Nairobi in 1978."
    )
    assert terms_of(doc, "Abdi Warsame") == {("president", "1970", "1990-03")}


def test_conditional_would_states_no_term(extract: Extract) -> None:
    doc = extract(
        "Kenya and Somalia signed a pact. In 1978 Abdi Warsame would stay president until "
        "March 1990 if the army agreed."
    )
    assert not terms_of(doc, "Abdi Warsame")


def test_dissolution_of_the_state_ends_its_head(extract: Extract) -> None:
    doc = extract(
        "Japan and Manchukuo signed a pact. In 1934 an empire was proclaimed under Henry Pu, "
        "its emperor until its dissolution in August 1945."
    )
    assert ("emperor", None, "1945-08") in terms_of(doc, "Henry Pu")


def test_first_head_of_state_to_travel_holds_no_new_office(extract: Extract) -> None:
    doc = extract(
        "Japan and Mongolia signed a pact. In May 1992 Jambyn Dorj became the first Mongolian "
        "head of state to fly to Japan."
    )
    assert not terms_of(doc, "Jambyn Dorj")


def test_head_of_the_embassy_apposed_to_an_ambassador_is_his_post(extract: Extract) -> None:
    doc = extract(
        "Hungary and Egypt signed a pact. The minister asked Ambassador Laszlo Kiss, head of "
        "the Hungarian embassy in Cairo since 1971, to prepare the text."
    )
    assert terms_of(doc, "Laszlo Kiss") == {("ambassador", "1971", None)}


def test_representing_his_country_since_a_date_dates_the_titled_post(extract: Extract) -> None:
    doc = extract(
        "Hungary and Egypt signed a pact. He added that Ambassador Laszlo Kiss, who has "
        "represented Hungary in Cairo since 1971, would stay on."
    )
    assert ("ambassador", "1971", None) in terms_of(doc, "Laszlo Kiss")


def test_representing_a_club_dates_no_office(extract: Extract) -> None:
    doc = extract(
        "Hungary and Egypt signed a pact. Laszlo Kiss, who has represented the club since "
        "1971, spoke."
    )
    assert not terms_of(doc, "Laszlo Kiss")


def test_governor_general_apposed_to_a_knight(extract: Extract) -> None:
    doc = extract(
        "Jamaica and Cuba signed a pact. The Governor-General, Sir Henry Lyle, in office since "
        "1973, then asked the Cubans to leave."
    )
    assert terms_of(doc, "Henry Lyle") == {("governor general", "1973", None)}


def test_the_new_post_ends_the_one_held_before(extract: Extract) -> None:
    doc = extract(
        "Canada and Hungary signed a pact. In March 1973 Paul Dumont, who had been minister "
        "in Budapest since 1968, became the first Canadian ambassador to Hungary."
    )
    assert ("minister", "1968", "1973-03") in terms_of(doc, "Paul Dumont")
    assert ("ambassador", "1973-03", None) in terms_of(doc, "Paul Dumont")


def test_an_office_still_held_is_not_ended_by_another(extract: Extract) -> None:
    doc = extract(
        "Canada and Hungary signed a pact. In March 1973 Paul Dumont, who has been prime "
        "minister since 1968, became chairman of the council as well."
    )
    assert ("prime minister", "1968", None) in terms_of(doc, "Paul Dumont")


def test_first_envoy_to_live_there_starts_on_arrival(extract: Extract) -> None:
    doc = extract(
        "In June 1984 Canada and Mongolia opened embassies. Paul Dumont, who arrived in 1986 "
        "and served until 1989, was the first ambassador to live in Ulaanbaatar."
    )
    assert terms_of(doc, "Paul Dumont") == {("ambassador", "1986", "1989")}


def test_a_countrys_leader_with_an_end_date_is_a_tenure(extract: Extract) -> None:
    doc = extract(
        "Japan and Mongolia signed a pact. Trade stayed small while Batyn Ganbold, the "
        "country's leader until his removal in May 1986, kept Mongolia close to Moscow."
    )
    assert terms_of(doc, "Batyn Ganbold") == {("leader", None, "1986-05")}


def test_a_leader_takes_the_office_told_before(extract: Extract) -> None:
    doc = extract(
        "Japan and Mongolia signed a pact. General Secretary Batyn Ganbold met the envoy. Trade "
        "stayed small while Ganbold, the country's leader until his removal in May 1986, kept "
        "Mongolia close to Moscow."
    )
    assert ("general secretary", None, "1986-05") in terms_of(doc, "Batyn Ganbold")


def test_an_undated_or_unstated_leader_is_no_tenure(extract: Extract) -> None:
    doc = extract(
        "Japan and Mongolia signed a pact. Batyn Ganbold, the country's leader, kept Mongolia "
        "close to Moscow in 1980. Ochir Dash, the team's leader until May 1986, spoke."
    )
    assert not terms_of(doc, "Batyn Ganbold") and not terms_of(doc, "Ochir Dash")
