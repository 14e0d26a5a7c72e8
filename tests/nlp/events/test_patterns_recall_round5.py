"""Round-5 recall patterns: stays, returns, journeys and persons sent abroad as visits; a guest
received in a capital (visit and meeting); rounds held and leaders brought together as meetings;
signed statements, titles parsed as appositions and treaties named by a pronoun; treaties
declared void; relations re-established under a split prefix; siding and standing by a party;
aid by growing deliveries, carried arms, funds added, parties armed and financed; expulsion by
a deadline to leave; a recall whose clause the parser joined to the one before; "the first
leader to come"; and permissions that state no visit. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import start_dates as _dates
from .event_helpers import summary as _summary
from .event_helpers import types as _types

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


# --- visits: stays, returns, going back, journeys, persons sent ---------------------------


@pytest.mark.parametrize(
    ("text", "pair", "start"),
    [
        (
            "The Chilean president had stayed in Lima from 3 to 6 May 1971.",
            ["CHL", "PER"],
            "1971-05-03",
        ),
        (
            "In October 1983 the Dutch prime minister stayed in Jakarta for three days.",
            ["IDN", "NLD"],
            "1983-10",
        ),
    ],
)
def test_a_leader_staying_in_a_foreign_capital_is_a_visit(
    extract: Extract, text: str, pair: list[str], start: str
) -> None:
    doc = extract(text)
    assert ("VISIT", pair) in _summary(doc)
    assert _dates(doc, "VISIT")[0].startswith(start)


def test_an_ambassador_staying_at_his_post_is_no_visit(extract: Extract) -> None:
    doc = extract("The Swedish ambassador stayed in Hanoi until March 1973.")
    assert "VISIT" not in _types(doc)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Greek foreign minister had gone back to Ankara in June 1962.", ["GRC", "TUR"]),
        ("In May 1958 the Polish premier returned to Belgrade for further talks.", ["POL", "YUG"]),
        ("Nehru came back to Peking in October 1954.", ["CHN", "IND"]),
    ],
)
def test_going_back_or_returning_to_a_foreign_capital_is_a_visit(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert ("VISIT", pair) in _summary(extract(text))


def test_an_envoy_returning_home_is_no_visit(extract: Extract) -> None:
    doc = extract("In 1975 Ambassador Tomas Lindqvist returned to Sweden after six years in Hanoi.")
    assert "VISIT" not in _types(doc)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Relations warmed after the Indian premier's journey to Moscow in June 1955.",
            ["IND", "SUN"],
        ),
        ("The king's trip to Tokyo in April 1971 was a success.", ["JPN", "THA"]),
    ],
)
def test_a_journey_or_trip_to_a_state_is_a_visit(
    extract: Extract, text: str, pair: list[str]
) -> None:
    doc = extract(text.replace("The king's", "The Thai king's"))
    assert ("VISIT", pair) in _summary(doc)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Kenya's foreign minister was sent to Kampala in March 1976.", ["KEN", "UGA"]),
        ("In July 1969 Bonn sent a state secretary to Cairo.", ["DEU", "EGY"]),
    ],
)
def test_a_person_sent_to_a_foreign_capital_travels_there(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert ("VISIT", pair) in _summary(extract(text))


def test_a_person_sent_as_the_new_envoy_is_no_visit(extract: Extract) -> None:
    doc = extract(
        "Ambassadors were exchanged in 1972, when Erik Holm was sent to Peking from Oslo."
    )
    assert "VISIT" not in _types(doc)


@pytest.mark.parametrize(
    "text",
    [
        "The delegation that Kekkonen led there on 5 May 1960 also included two ministers.",
        "The delegation the Finnish president led there in May 1960 stayed a week.",
    ],
)
def test_a_delegation_led_there_is_a_visit_to_the_place_named_before(
    extract: Extract, text: str
) -> None:
    doc = extract("Kekkonen, the Finnish president, was invited to Moscow. " + text)
    assert ("VISIT", ["FIN", "SUN"]) in _summary(doc)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("You are the first president of Brazil to come to our country.", ["BRA", "PRT"]),
        ("He is the only chancellor of Austria to visit our country.", ["AUT", "PRT"]),
    ],
)
def test_the_first_leader_to_come_states_the_visit(
    extract: Extract, text: str, pair: list[str]
) -> None:
    doc = extract("Record of the talks in Lisbon, Portugal, 4 June 1968. " + text, "1968-06-04")
    assert ("VISIT", pair) in _summary(doc)


# --- meetings ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Marshal Tito was received in Moscow in June 1956.", ["SUN", "YUG"]),
        ("The Tanzanian president was received in Nairobi in August 1964.", ["KEN", "TZA"]),
    ],
)
def test_a_guest_received_in_a_capital_visits_and_meets(
    extract: Extract, text: str, pair: list[str]
) -> None:
    doc = extract(text)
    assert ("VISIT", pair) in _summary(doc)
    assert ("MEET", pair) in _summary(doc)


def test_a_host_received_at_home_by_an_envoy_makes_no_visit(extract: Extract) -> None:
    doc = extract(
        "The Mongolian party leader, who was received in Ulaanbaatar by the Korean "
        "ambassador in May 1999, announced new talks."
    )
    assert "VISIT" not in _types(doc)


@pytest.mark.parametrize(
    "text",
    [
        "The talks between Peru and Ecuador opened in Lima in 1997, and the last round "
        "was held in Quito that October.",
        "Negotiations between Peru and Ecuador started in 1997; the final round took place "
        "in Brasilia in October 1998.",
    ],
)
def test_a_round_held_is_a_meeting(extract: Extract, text: str) -> None:
    doc = extract(text)
    assert [t for t, _ in _summary(doc)].count("MEET") >= 1
    assert all(c == ["ECU", "PER"] for t, c in _summary(doc) if t == "MEET")
    assert (
        any(e.trigger.lower() == "round" for e in doc._.dipl_events)
        or len(_dates(doc, "MEET")) >= 1
    )


@pytest.mark.parametrize(
    ("text", "states"),
    [
        (
            "In May 1965 the Soviet premier Kosygin brought Ayub Khan and Shastri together "
            "at Tashkent.",
            {"IND", "PAK", "SUN"},
        ),
        (
            "In January 1966 the Soviet premier brought the Indian and Pakistani leaders "
            "together at Tashkent.",
            {"IND", "PAK", "SUN"},
        ),
    ],
)
def test_bringing_two_leaders_together_is_a_meeting(
    extract: Extract, text: str, states: set[str]
) -> None:
    doc = extract(text)
    meets = [e for e in doc._.dipl_events if e.type == "MEET"]
    assert meets
    assert set(meets[0].countries) <= states
    assert len(meets[0].countries) >= 2


# --- signing -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The joint statement, which was signed on 9 May 1972 by the leaders of Kenya and "
        "Tanzania, named the border commission.",
        "Kenya and Tanzania signed a joint communiqué on 9 May 1972.",
    ],
)
def test_a_signed_statement_is_an_agreement(extract: Extract, text: str) -> None:
    doc = extract(text)
    assert ("SIGN_AGREEMENT", ["KEN", "TZA"]) in _summary(doc)
    assert _dates(doc, "SIGN_AGREEMENT") == ["1972-05-09"]


@pytest.mark.parametrize(
    "text",
    [
        "On 8 June 1981 the two prime ministers signed the Greece–Cyprus Nicosia Declaration.",
        "In the morning session the two presidents signed the Chile–Peru Lima Protocol.",
    ],
)
def test_a_title_parsed_as_an_apposition_is_signed(extract: Extract, text: str) -> None:
    assert "SIGN_AGREEMENT" in _types(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ministers of Peru and Chile turned the draft into a treaty; it was signed in Lima "
        "on 3 June 1929.",
        "Ghana and Togo agreed on the text of a frontier convention, and it was signed in "
        "Accra on 2 May 1962.",
    ],
)
def test_a_treaty_signed_under_a_pronoun_is_signed(extract: Extract, text: str) -> None:
    doc = extract(text)
    assert "SIGN_AGREEMENT" in _types(doc)


# --- termination --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On 2 March 1956 the government of Egypt declared the 1936 treaty with Britain "
        "null and void.",
        "In 1951 Egypt pronounced its agreement with Britain invalid.",
    ],
)
def test_a_treaty_declared_void_is_terminated(extract: Extract, text: str) -> None:
    assert ("TERMINATE_AGREEMENT", ["EGY", "GBR"]) in _summary(extract(text))


def test_a_statement_declared_is_not_a_termination(extract: Extract) -> None:
    doc = extract("In 1956 Egypt declared the canal company nationalised.")
    assert "TERMINATE_AGREEMENT" not in _types(doc)


# --- relations ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Jordan's envoy was sent to Cairo in May 1984, and the two states re-established "
        "diplomatic relations that autumn.",
        "In 1986 the two countries re-established diplomatic relations, Egypt and Jordan "
        "having quarrelled since 1979.",
    ],
)
def test_relations_re_established_under_a_split_prefix(extract: Extract, text: str) -> None:
    doc = extract(text)
    assert ("ESTABLISH_RELATIONS", ["EGY", "JOR"]) in _summary(doc)


# --- support ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("On 3 May 1971 Paris came down publicly on the side of Bonn.", ["DEU", "FRA"]),
        ("In 1962 Ghana stood on the side of Algeria.", ["DZA", "GHA"]),
    ],
)
def test_coming_down_on_the_side_of_a_state_is_support(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert ("EXPRESS_SUPPORT", pair) in _summary(extract(text))


def test_being_on_a_side_is_a_description_not_support(extract: Extract) -> None:
    doc = extract("Albania was the enemy, and since Albania was on China's side, it was isolated.")
    assert "EXPRESS_SUPPORT" not in _types(doc)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "In August 1968 Tito said that Yugoslavia stood by the Czechoslovak comrades.",
            ["CSK", "YUG"],
        ),
        ("In 1979 the premier declared that Cuba stood behind the Angolan people.", ["AGO", "CUB"]),
    ],
)
def test_standing_by_a_states_people_is_support(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert ("EXPRESS_SUPPORT", pair) in _summary(extract(text))


# --- aid ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Moscow signed an arms agreement with Syria in 1955. Arms deliveries grew quickly "
        "in the following years.",
        "Moscow signed an arms agreement with Syria in 1955. Deliveries of weapons increased "
        "after 1956.",
    ],
)
def test_growing_deliveries_of_arms_are_aid(extract: Extract, text: str) -> None:
    doc = extract(text)
    assert ("PROVIDE_AID", ["SUN", "SYR"]) in _summary(doc)


def test_growing_trade_is_no_aid(extract: Extract) -> None:
    doc = extract("Trade between Syria and the Soviet Union grew quickly after 1956.")
    assert "PROVIDE_AID" not in _types(doc)


@pytest.mark.parametrize(
    "text",
    [
        "In October 1973 an American airlift carried large quantities of arms to Israel.",
        "In October 1973 American transport planes carried tanks and ammunition to Israel.",
    ],
)
def test_arms_carried_to_a_state_are_aid(extract: Extract, text: str) -> None:
    assert ("PROVIDE_AID", ["ISR", "USA"]) in _summary(extract(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "From 1979 Pakistan armed and financed the Afghan resistance.",
            ["AFG", "PAK"],
        ),
        ("In the 1980s Libya funded the rebels in Chad.", ["LBY", "TCD"]),
    ],
)
def test_arming_or_financing_a_party_is_aid(extract: Extract, text: str, pair: list[str]) -> None:
    assert ("PROVIDE_AID", pair) in _summary(extract(text))


def test_financing_a_building_is_no_aid(extract: Extract) -> None:
    doc = extract("In 1964 the French government financed the construction of a new embassy.")
    assert "PROVIDE_AID" not in _types(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Britain gave Jordan a subsidy in 1957, and the United States added funds of its own.",
        "Britain gave Jordan a subsidy in 1957, and the United States contributed money too.",
    ],
)
def test_funds_added_or_contributed_are_aid(extract: Extract, text: str) -> None:
    doc = extract(text)
    assert [e for e in doc._.dipl_events if e.type == "PROVIDE_AID" and "USA" in e.countries]


@pytest.mark.parametrize(
    "text",
    [
        "Japan, which has provided Burma with large amounts of economic aid since 1954, "
        "opened a new consulate.",
        "In 1960 Japan provided Burma with a great deal of technical assistance.",
    ],
)
def test_providing_a_state_with_amounts_of_aid_is_aid(extract: Extract, text: str) -> None:
    assert ("PROVIDE_AID", ["JPN", "MMR"]) in _summary(extract(text))


# --- expulsion, recall --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Peru broke off relations with Chile on 3 May 1979, and the Chilean diplomats in "
        "Lima were given a week to leave the country.",
        "On 3 May 1979 the Chilean diplomats in Lima were given 48 hours to leave Peru.",
    ],
)
def test_diplomats_given_a_deadline_to_leave_are_expelled(extract: Extract, text: str) -> None:
    assert ("EXPEL", ["CHL", "PER"]) in _summary(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Dutch embassy in Jakarta was closed; the ambassador, who had served since "
        "1955, was recalled to The Hague with his staff in 1958.",
        "The French legation in Hanoi was shut; the envoy, Jean Morel, was recalled to "
        "Paris in May 1966.",
    ],
)
def test_a_recall_after_a_clause_joined_by_a_semicolon(extract: Extract, text: str) -> None:
    assert "RECALL_ENVOY" in _types(extract(text))


def test_recalling_that_is_speech_not_a_recall(extract: Extract) -> None:
    doc = extract("In 1966 the French envoy recalled that his legation had been opened in 1955.")
    assert "RECALL_ENVOY" not in _types(doc)


# --- precision: permissions ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On 2 May 1991 the two governments signed an agreement that allowed Chilean "
        "citizens to visit Peru without visas.",
        "The accord of 1991 permitted Peruvian officials to visit Chile freely.",
    ],
)
def test_a_permission_to_visit_is_no_visit(extract: Extract, text: str) -> None:
    assert "VISIT" not in _types(extract(text))


# --- precision: a visit referred back to ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Thai premier visited Tokyo in May 1962. After that visit the two governments "
        "negotiated on trade: the talks began in January 1963.",
        "The Thai premier visited Tokyo in May 1962. During this visit, which lasted a week, "
        "the two governments exchanged notes; the talks began in January 1963.",
    ],
)
def test_a_demonstrative_visit_refers_back_and_makes_no_new_visit(
    extract: Extract, text: str
) -> None:
    doc = extract(text)
    visits = [e for e in doc._.dipl_events if e.type == "VISIT"]
    assert len(visits) == 1
    assert visits[0].countries == ["JPN", "THA"]
    assert _dates(doc, "VISIT") == ["1962-05"] or _dates(doc, "VISIT")[0].startswith("1962-05")


def test_a_demonstrative_visit_with_its_own_destination_is_kept(extract: Extract) -> None:
    doc = extract("In 1962 the Thai premier made this visit to Tokyo at his own request.")
    assert ("VISIT", ["JPN", "THA"]) in _summary(doc)


@pytest.mark.parametrize(
    "text",
    [
        "SIMLA, 3 July 1972 - Mr Bhutto, who arrived in this hill station on Wednesday, "
        "met Mrs Gandhi twice.",
        "EVIAN, 18 March 1962 - The Algerian delegates, who arrived in this resort on "
        "7 March, met the French ministers daily.",
    ],
)
def test_arriving_in_this_station_or_resort_is_a_visit_to_the_report_place(
    extract: Extract, text: str
) -> None:
    assert "VISIT" in _types(extract(text))


# --- round 5b: lexicon widening (concordats, nunciatures, hardware, personnel, refugees) ----


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("A concordat between Spain and the Holy See was signed in 1953.", "SIGN_AGREEMENT"),
        ("In 1933 Austria and the Holy See concluded a concordat.", "SIGN_AGREEMENT"),
        ("In 1938 Austria declared the concordat with the Holy See void.", "TERMINATE_AGREEMENT"),
    ],
)
def test_a_concordat_is_an_agreement(extract: Extract, text: str, etype: str) -> None:
    assert etype in _types(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "In 1990 the Holy See opened a nunciature in Prague.",
        "A nunciature was opened in Budapest by the Holy See in 1990.",
    ],
)
def test_a_nunciature_is_a_mission(extract: Extract, text: str) -> None:
    assert "OPEN_MISSION" in _types(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Peru and Ecuador opened in 1995. Further rounds followed in Brasilia "
        "in 1996.",
        "Talks between Peru and Ecuador opened in 1995. A second round began in Brasilia "
        "in March 1996.",
    ],
)
def test_rounds_that_follow_or_begin_are_meetings(extract: Extract, text: str) -> None:
    doc = extract(text)
    assert ("MEET", ["ECU", "PER"]) in _summary(doc)
    assert any(d.startswith("1996") for d in _dates(doc, "MEET"))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("In 1962 Britain and Canada flew petrol into India.", ["GBR", "IND"]),
        ("In 1960 the Soviet Union flew fuel and food into Laos.", ["LAO", "SUN"]),
    ],
)
def test_goods_flown_into_a_state_are_aid(extract: Extract, text: str, pair: list[str]) -> None:
    assert ("PROVIDE_AID", pair) in _summary(extract(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("In 1968 the Swedish minister said that Sweden stood with the people of Cuba.", None),
        ("In 1977 Castro declared that Cuba would stand at Angola's side.", ["AGO", "CUB"]),
    ],
)
def test_standing_with_or_at_the_side_of_a_party_is_support(
    extract: Extract, text: str, pair: list[str] | None
) -> None:
    doc = extract(text)
    assert "EXPRESS_SUPPORT" in _types(doc)
    if pair is not None:
        assert ("EXPRESS_SUPPORT", pair) in _summary(doc)


@pytest.mark.parametrize(
    "text",
    [
        "On 13 January 1987 Jaruzelski called on the Pope at the Vatican.",
        "In May 1964 the Polish foreign minister called on President Johnson at the White House.",
    ],
)
def test_calling_on_a_person_is_a_meeting(extract: Extract, text: str) -> None:
    assert "MEET" in _types(extract(text))


def test_calling_on_a_state_to_act_is_no_meeting(extract: Extract) -> None:
    doc = extract("In 1980 the Pope called on the Soviet leaders to respect Polish sovereignty.")
    assert "MEET" not in _types(doc)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "From 1967 China supplied the Tanzanian army with small arms and artillery.",
            ["CHN", "TZA"],
        ),
        ("In 1976 the Soviet Union supplied most of the tanks of the Angolan army.", None),
    ],
)
def test_hardware_supplied_is_aid(extract: Extract, text: str, pair: list[str] | None) -> None:
    doc = extract(text)
    assert "PROVIDE_AID" in _types(doc)
    if pair is not None:
        assert ("PROVIDE_AID", pair) in _summary(doc)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("In the summer of 1975 Havana sent 480 military instructors to Angola.", ["AGO", "CUB"]),
        ("After 1979 Cuba provided Nicaragua with hundreds of doctors.", ["CUB", "NIC"]),
    ],
)
def test_instructors_or_doctors_sent_are_aid(extract: Extract, text: str, pair: list[str]) -> None:
    assert ("PROVIDE_AID", pair) in _summary(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "In June 1937 a Mexican liner brought 456 children from Spain to Veracruz.",
        "After 1939 Mexico admitted some twenty thousand Spanish exiles.",
        "In June 1939 a ship landed about 1,600 Spanish refugees in Mexico.",
    ],
)
def test_refugees_exiles_and_children_taken_in_are_aid(extract: Extract, text: str) -> None:
    assert ("PROVIDE_AID", ["ESP", "MEX"]) in _summary(extract(text))


def test_a_leader_bringing_his_children_is_no_aid(extract: Extract) -> None:
    doc = extract("In 1961 the Mexican president brought his children to Madrid.")
    assert "PROVIDE_AID" not in _types(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Swedish medical supplies had reached North Vietnam through the Red Cross by 1967.",
        "In 1966 Danish relief arrived in North Vietnam.",
    ],
)
def test_supplies_or_relief_arriving_are_aid(extract: Extract, text: str) -> None:
    assert "PROVIDE_AID" in _types(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "In October 1962 de Gaulle had assured Kennedy of French support.",
        "Macmillan assured the American president of British support in October 1962.",
    ],
)
def test_assuring_someone_of_support_is_support(extract: Extract, text: str) -> None:
    assert "EXPRESS_SUPPORT" in _types(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "In May 1961 the Ghanaian president was received by Khrushchev and held long talks "
        "with Mikoyan.",
        "The Malian leader was received by Brezhnev and had three rounds of talks with "
        "Kosygin in 1967.",
    ],
)
def test_talks_after_a_conjoined_reception_are_found(extract: Extract, text: str) -> None:
    doc = extract(text)
    assert any(e.trigger.lower() == "talks" for e in doc._.dipl_events) or any(
        e.type == "MEET" and len(e.attributes.get("evidence", [])) > 1 for e in doc._.dipl_events
    )


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("In June 1967 Zambia sent Mwanakatwe to Peking for talks.", ["CHN", "ZMB"]),
        ("In 1965 Tanzania sent Oscar Kambona to Moscow.", ["SUN", "TZA"]),
    ],
)
def test_a_named_person_sent_abroad_travels_there(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert ("VISIT", pair) in _summary(extract(text))


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "In March 1979 Begin came to Cairo, more than a year after the Egyptian "
            "leader's journey to Jerusalem in November 1977.",
            {"1977", "1979"},
        ),
        (
            "Nixon went to Moscow in May 1972, three months after his trip to Peking in "
            "February 1972.",
            {"1972"},
        ),
    ],
)
def test_a_journey_named_after_a_visit_verb_is_its_own_visit(
    extract: Extract, text: str, years: set[str]
) -> None:
    doc = extract(text)
    visits = [e for e in doc._.dipl_events if e.type == "VISIT"]
    assert len(visits) == 2
    assert {d[:4] for d in _dates(doc, "VISIT")} == years


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile established diplomatic relations with China in December 1970, Peru in "
            "November 1971, and Argentina in February 1972.",
            {("ARG", "CHN"): "1972-02", ("CHL", "CHN"): "1970-12", ("CHN", "PER"): "1971-11"},
        ),
        (
            "Egypt broke off diplomatic relations with Iran in May 1979, Morocco in "
            "January 1981, and Jordan in October 1981.",
            {("EGY", "IRN"): "1979-05", ("IRN", "MAR"): "1981-01", ("IRN", "JOR"): "1981-10"},
        ),
    ],
)
def test_gapped_subjects_of_relations_are_their_own_acts(
    extract: Extract, text: str, expected: dict[tuple[str, ...], str]
) -> None:
    doc = extract(text)
    got = {
        tuple(e.countries): (e.date.start or "")[:7]
        for e in doc._.dipl_events
        if e.type in ("ESTABLISH_RELATIONS", "END_RELATIONS") and e.date
    }
    assert got == expected


def test_a_relations_verb_with_two_dated_partners_is_not_gapped(extract: Extract) -> None:
    doc = extract("In 1972 Chile established diplomatic relations with Cuba and Mexico.")
    assert sorted(tuple(e.countries) for e in doc._.dipl_events) == [
        ("CHL", "CUB"),
        ("CHL", "MEX"),
    ]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("In 1982 Syria and Libya backed Iran.", [["IRN", "SYR"], ["IRN", "LBY"]]),
        (
            "In 1971 India and Bhutan supported the independence of Bangladesh.",
            [["BGD", "IND"], ["BGD", "BTN"]],
        ),
    ],
)
def test_each_coordinated_supporter_states_its_own_support(
    extract: Extract, text: str, pairs: list[list[str]]
) -> None:
    got = [c for t, c in _summary(extract(text)) if t == "EXPRESS_SUPPORT"]
    assert sorted(got) == sorted(pairs)
