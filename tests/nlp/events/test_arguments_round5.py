"""Round 5 arguments: which states are parties of an event. Mediators, wars and agreement
names are no parties; object pronouns, plural supporters and elliptical coordination are.
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import states as _states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


# A state named inside a modifier is no party


@pytest.mark.parametrize(
    "text",
    [
        "The frontier was fixed by a treaty that Chile and Bolivia signed in May 1904 under "
        "British mediation.",
        "In 1929 Peru and Chile signed a treaty under American pressure.",
    ],
)
def test_a_state_under_whose_mediation_a_treaty_is_signed_is_no_party(
    extract: Extract, text: str
) -> None:
    signed = _states(extract(text), "SIGN_AGREEMENT")
    assert signed and all(len(s) == 2 and "GBR" not in s and "USA" not in s for s in signed)


@pytest.mark.parametrize("auspices", ["under Danish auspices", "under Austrian mediation"])
def test_a_meeting_under_a_third_states_auspices_is_between_the_pair(
    extract: Extract, auspices: str
) -> None:
    doc = extract(
        "Norway and Iceland broke off relations in 1975. Officials of the two governments met "
        f"in Oslo in July 1977 {auspices}."
    )
    assert _states(doc, "MEET") == [["ISL", "NOR"]]


@pytest.mark.parametrize(
    "text",
    [
        "Egypt and Jordan quarrelled in 1970. Relations with Cairo were resumed in October "
        "1973, during the Arab-Israeli war, when Amman wanted its border quiet.",
        "Greece and Albania quarrelled in 1971. Relations with Athens were restored in "
        "1974, during the Cyprus crisis.",
    ],
)
def test_states_naming_a_war_are_no_parties_of_an_act_dated_by_it(
    extract: Extract, text: str
) -> None:
    restored = _states(extract(text), "ESTABLISH_RELATIONS")
    assert restored and all("ISR" not in s and "CYP" not in s for s in restored)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Jordan and Syria quarrelled in 1970. In 1971 Hussein told parliament that the "
            "Amman Agreement was abrogated.",
            ["JOR", "SYR"],
        ),
        (
            "Bolivia and Paraguay went to war in 1932. In 1936 Paraguay denounced the Lima "
            "Protocol.",
            ["BOL", "PRY"],
        ),
    ],
)
def test_a_city_in_an_agreements_name_is_no_party_of_its_termination(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert _states(extract(text), "TERMINATE_AGREEMENT") == [pair]


@pytest.mark.parametrize(
    "text",
    [
        "The war began in 1980. Iraq responded in April with a fresh expulsion of Iranian "
        "nationals.",
        "Relations worsened in 1969. Ghana answered with the expulsion of Nigerian traders "
        "in November.",
    ],
)
def test_the_of_phrase_of_an_expulsion_names_the_expelled(extract: Extract, text: str) -> None:
    expelled = _states(extract(text), "EXPEL")
    assert expelled in ([["IRN", "IRQ"]], [["GHA", "NGA"]])


# Neutral venues


@pytest.mark.parametrize(
    "text",
    [
        "Norway and Iceland broke off relations in 1975. Talks between the foreign ministers, "
        "Olav Berg and Jon Sigurdsson of Iceland, opened in Vienna in March 1977.",
        "Norway and Iceland broke off relations in 1975. Negotiations between the envoys, "
        "Olav Berg and Jon Sigurdsson of Iceland, began in Geneva in 1978.",
    ],
)
def test_two_named_negotiators_meeting_abroad_are_the_pair_not_the_host(
    extract: Extract, text: str
) -> None:
    assert _states(extract(text), "MEET") == [["ISL", "NOR"]]


# Several supporters


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The war began in 1980. Syria and Libya backed Iran.",
            [["IRN", "SYR"], ["IRN", "LBY"]],
        ),
        (
            "In 1962 Ghana and Guinea supported the Algerian government.",
            [["DZA", "GHA"], ["DZA", "GIN"]],
        ),
    ],
)
def test_each_of_several_supporters_backs_the_target(
    extract: Extract, text: str, expected: list[list[str]]
) -> None:
    assert _states(extract(text), "EXPRESS_SUPPORT") == expected


def test_a_joint_declaration_of_support_stays_one_event(extract: Extract) -> None:
    doc = extract("In 1964 Ghana and Guinea jointly backed the Algerian government.")
    assert _states(doc, "EXPRESS_SUPPORT") == [["DZA", "GHA", "GIN"]]


# Object pronouns


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        (
            "Kim Jong Il: In July President Putin visited us; we signed a joint declaration "
            "with him.",
            "SIGN_AGREEMENT",
            ["PRK", "RUS"],
        ),
        (
            "Comrade N. Ceaușescu, President of the State Council of Romania, arrived in Prague "
            "on 15 August 1968. Talks were held with him by Dubček.",
            "MEET",
            ["CSK", "ROU"],
        ),
        (
            "In May 1972 President Nixon arrived in Moscow. Brezhnev held long talks with him "
            "on the first day.",
            "MEET",
            ["SUN", "USA"],
        ),
    ],
)
def test_him_stands_for_the_person_named_last(
    extract: Extract, text: str, kind: str, pair: list[str]
) -> None:
    assert pair in _states(extract(text), kind)


# Elliptical coordination


def _dated(doc: Doc, kind: str) -> list[tuple[list[str], str]]:
    """Return (states, start date) of the events of ``kind``, the date cut to the year when it
    is a whole year."""
    out = []
    for e in doc._.dipl_events:
        if e.type == kind:
            start = (e.date.start or "") if e.date else ""
            year = e.date is not None and e.date.granularity == "year"
            out.append((e.countries, start[:4] if year else start[:7]))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Poland established diplomatic relations with Israel in 1948, Hungary in 1949 and "
            "Romania in 1950.",
            [(["ISR", "POL"], "1948"), (["HUN", "ISR"], "1949"), (["ISR", "ROU"], "1950")],
        ),
        (
            "Kim Jong Il: Italy established diplomatic relations with us in January 2000, "
            "Britain in December of that year.",
            [(["ITA", "PRK"], "2000-01"), (["GBR", "PRK"], "2000-12")],
        ),
    ],
)
def test_each_remnant_subject_of_a_gapped_clause_is_a_party_with_its_date(
    extract: Extract, text: str, expected: list[tuple[list[str], str]]
) -> None:
    assert _dated(extract(text), "ESTABLISH_RELATIONS") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nehru visited Moscow in 1955 and Washington in 1956.",
            [(["IND", "SUN"], "1955"), (["IND", "USA"], "1956")],
        ),
        (
            "Sukarno visited Beijing in 1956, and Cairo in 1958.",
            [(["CHN", "IDN"], "1956"), (["EGY", "IDN"], "1958")],
        ),
    ],
)
def test_each_remnant_object_of_a_gapped_visit_is_a_host_with_its_date(
    extract: Extract, text: str, expected: list[tuple[list[str], str]]
) -> None:
    assert _dated(extract(text), "VISIT") == expected


def test_a_plain_list_of_hosts_is_no_ellipsis(extract: Extract) -> None:
    doc = extract("Nixon visited China and the Soviet Union in 1972.")
    assert _dated(doc, "VISIT") == [(["CHN", "USA"], "1972"), (["SUN", "USA"], "1972")]


# Where the event happened


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "In 1962 the Soviet premier went on to Cairo, where he was received by President "
            "Nasser.",
            ["EGY", "SUN"],
        ),
        (
            "Dean Rusk, the American Secretary of State, flew to Bonn in May 1963. He then went "
            "on to Ankara, where he was received by the prime minister, General Orhan Yildiz.",
            ["TUR", "USA"],
        ),
    ],
)
def test_the_place_a_where_clause_hangs_on_is_the_hosts_venue(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert pair in _states(extract(text), "MEET")


@pytest.mark.parametrize(
    "text",
    [
        "Ahmed Ben Salah, Tunisia's foreign minister, chaired the meetings at which the envoys, "
        "Olav Berg of Norway and Jon Sigurdsson of Iceland, drafted the treaty in 1977.",
        "In 1977 Tunisia hosted the talks in which the foreign ministers, Olav Berg of Norway "
        "and Jon Sigurdsson of Iceland, settled the dispute.",
    ],
)
def test_the_people_acting_at_a_meeting_are_its_participants(extract: Extract, text: str) -> None:
    assert ["ISL", "NOR", "TUN"] in _states(extract(text), "MEET")


@pytest.mark.parametrize(
    "text",
    [
        "China and the United States had no relations. From 1955 to 1970 the ambassadors of "
        "the two countries met more than 130 times, first in Geneva and later in Warsaw.",
        "Norway and Iceland broke off relations in 1975. The envoys of the two countries met "
        "twelve times in 1977, first in Vienna and then in Stockholm.",
    ],
)
def test_successive_venues_of_the_pairs_meetings_are_no_parties(
    extract: Extract, text: str
) -> None:
    assert _states(extract(text), "MEET") in ([["CHN", "USA"]], [["ISL", "NOR"]])


# Unnamed expellers, descriptions of states


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ghana and the Soviet Union were close until 1966. In March 1966 the new council, "
            "chaired by General Kwame Owusu, ordered Soviet and Chinese advisers to leave the "
            "country.",
            [["GHA", "SUN"], ["CHN", "GHA"]],
        ),
        (
            "Mali and France quarrelled in 1962. In 1963 the authorities expelled French and "
            "Belgian teachers.",
            [["FRA", "MLI"], ["BEL", "MLI"]],
        ),
    ],
)
def test_an_unnamed_expeller_expels_each_named_nationality(
    extract: Extract, text: str, expected: list[list[str]]
) -> None:
    assert _states(extract(text), "EXPEL") == expected


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Stalin expelled Yugoslavia from the Cominform in June 1948. Albania, until then "
            "Belgrade's closest client, took Moscow's side at once.",
            ["ALB", "SUN"],
        ),
        (
            "In 1978 Vietnam, once China's closest partner, signed a treaty with the Soviet Union.",
            ["SUN", "VNM"],
        ),
    ],
)
def test_a_state_in_a_description_of_the_subject_is_no_party(
    extract: Extract, text: str, pair: list[str]
) -> None:
    doc = extract(text)
    assert [pair] == [e.countries for e in doc._.dipl_events if e.type != "EXPEL"]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Podgorny visited Mogadishu in July 1974. On 11 July the two governments concluded "
            "a Treaty of Friendship, the first such treaty the Soviet Union signed with a state "
            "south of the Sahara.",
            ["SOM", "SUN"],
        ),
        (
            "In 1955 Cairo and Moscow concluded an arms agreement, the largest deal that the "
            "Soviet Union had signed with an Arab state.",
            ["EGY", "SUN"],
        ),
    ],
)
def test_a_clause_describing_an_appositive_agreement_restates_its_signing(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert _states(extract(text), "SIGN_AGREEMENT") == [pair]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ethiopia and Somalia had fought for a year. In 1986 President Moi of Kenya invited "
            "Mengistu Haile Mariam and Siad Barre to Nairobi. The two leaders met in his "
            "presence on 17 January.",
            ["ETH", "KEN", "SOM"],
        ),
        (
            "India and Pakistan had fought in 1965. In January 1966 Kosygin received Shastri "
            "and Ayub Khan at Tashkent. The two men met in his presence for a week.",
            ["IND", "PAK", "SUN"],
        ),
    ],
)
def test_the_host_in_whose_presence_two_leaders_meet_is_a_party(
    extract: Extract, text: str, expected: list[str]
) -> None:
    assert expected in _states(extract(text), "MEET")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("In March 1985 Rajiv Gandhi met President Tomas Obiang in Malabo.", ["GNQ", "IND"]),
        (
            "In 1972 the Canadian foreign minister, Paul Laroche, met President Ahmed Diallo in "
            "Dakar.",
            ["CAN", "SEN"],
        ),
    ],
)
def test_the_city_where_a_leader_of_unknown_state_is_met_is_his_state(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert _states(extract(text), "MEET") == [pair]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The Soviet Union lost its base. Somalia turned to the West. Under an agreement "
            "signed with the United States in August 1980, American forces obtained access to "
            "the port.",
            ["SOM", "USA"],
        ),
        (
            "Moscow and Cairo quarrelled in 1972. Egypt looked elsewhere. Under a treaty "
            "concluded with France in 1974, the army obtained new arms.",
            ["EGY", "FRA"],
        ),
    ],
)
def test_a_participle_naming_only_the_partner_has_the_paragraphs_subject_as_party(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert _states(extract(text), "SIGN_AGREEMENT") == [pair]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Mongolia and North Korea were close. On October 3, 2002, the agreement on double "
            "taxation was signed in Pyongyang in Korean, Mongolian and English.",
            ["MNG", "PRK"],
        ),
        (
            "Laos and Vietnam were allies. In July 1977 the treaty of friendship was signed in "
            "Vientiane in Lao, Vietnamese and French.",
            ["LAO", "VNM"],
        ),
    ],
)
def test_languages_of_a_text_are_no_parties(extract: Extract, text: str, pair: list[str]) -> None:
    assert _states(extract(text), "SIGN_AGREEMENT") == [pair]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tito went to Moscow in June 1956 and to Beijing in 1977.",
            [(["SUN", "YUG"], "1956-06"), (["CHN", "YUG"], "1977")],
        ),
        (
            "Chou En-lai flew to Rangoon in 1960, to Delhi in 1961 and to Karachi in 1964.",
            [(["CHN", "MMR"], "1960"), (["CHN", "IND"], "1961"), (["CHN", "PAK"], "1964")],
        ),
        (
            "Nixon went to China and to the Soviet Union in 1972.",
            [(["CHN", "USA"], "1972"), (["SUN", "USA"], "1972")],
        ),
    ],
)
def test_each_repeated_destination_phrase_has_its_own_date(
    extract: Extract, text: str, expected: list[tuple[list[str], str]]
) -> None:
    assert _dated(extract(text), "VISIT") == expected


def test_a_list_of_subjects_between_commas_is_no_description(extract: Extract) -> None:
    doc = extract(
        "In 1967 Egypt, Syria, Jordan and Iraq broke off relations with the United States."
    )
    assert _states(doc, "END_RELATIONS") == [
        ["EGY", "USA"],
        ["SYR", "USA"],
        ["JOR", "USA"],
        ["IRQ", "USA"],
    ]
