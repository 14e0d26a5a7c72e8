"""Round 6 arguments: the first person of a record written by one person, neutral venues,
craft a traveller rides in, collective parties and movements as targets of support.
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import states as _states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


# The writer of a memorandum or a diary: "I", "we", "our" stand for his state


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Memorandum for the Prime Minister\nFrom: Harold Wilson\n\nTanzania and Kenya "
            "are uneasy. Tanzania is anxious. I flew to Lusaka on "
            "3 May 1965 and was received by President Kaunda the same evening.",
            ["GBR", "ZMB"],
        ),
        (
            "From the diary of Andrei Gromyko\n12 March 1959\n\nSweden and Norway were "
            "wary. Sweden protested. Today we signed a trade agreement with Finland in "
            "Helsinki.",
            ["FIN", "SUN"],
        ),
    ],
)
def test_the_first_person_of_a_record_is_its_writers_state(
    extract: Extract, text: str, pair: list[str]
) -> None:
    doc = extract(text)
    found = [
        e.countries for e in doc._.dipl_events if e.type in ("VISIT", "MEET", "SIGN_AGREEMENT")
    ]
    assert found and all(c == pair for c in found)


@pytest.mark.parametrize(
    "text",
    [
        "Record of conversation with the Foreign Minister of Brazil, 4 June 1971\n\nArgentina "
        "and Chile were discussed. Argentina worries Brazil. I called on the minister in "
        "Brasília on 4 June 1971.\n\nAmbassador of the GDR in Brazil\nK. Hollmann",
        "Record of conversation with the Prime Minister of Ghana, 9 May 1964\n\nNigeria and "
        "Togo were discussed. Nigeria worries Ghana. I called on the prime minister in Accra "
        "on 9 May 1964.\n\nAmbassador of Yugoslavia in Ghana\n(signed) M. Petrović",
    ],
)
def test_a_signature_titled_ambassador_of_a_state_gives_the_writers_state(
    extract: Extract, text: str
) -> None:
    doc = extract(text)
    met = _states(doc, "MEET")
    assert met and all(("DDR" in s or "YUG" in s) and len(s) == 2 for s in met)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Memorandum for the President\nFrom: Dean Rusk\nSubject: My talks with Gromyko, "
            "Geneva, 12-14 March 1962\n\nThe talks were difficult.",
            ["SUN", "USA"],
        ),
        (
            "Memorandum for the Prime Minister\nFrom: Harold Wilson\nSubject: My talks with "
            "Kosygin, Moscow, 21-23 February 1966\n\nNothing was settled.",
            ["GBR", "SUN"],
        ),
    ],
)
def test_the_subject_line_of_a_memorandum_records_the_writers_talks(
    extract: Extract, text: str, pair: list[str]
) -> None:
    met = [e for e in extract(text)._.dipl_events if e.type == "MEET"]
    assert met and met[0].countries == pair
    assert met[0].date is not None and met[0].date.start is not None
    assert met[0].date.start[5:7] in ("02", "03")


def test_without_a_named_writer_the_first_person_stays_unresolved(extract: Extract) -> None:
    doc = extract("I flew to Lusaka on 3 May 1965 and was received by President Kaunda.")
    assert all("GBR" not in e.countries for e in doc._.dipl_events)


# Neutral venues


@pytest.mark.parametrize(
    "text",
    [
        "China and the United States had no relations. Ambassador John Cabot and the Chinese "
        "envoy, Wang Bingnan, met in Warsaw on 15 September 1958.",
        "Norway and Iceland broke off relations in 1975. Olav Berg and the Icelandic envoy, Jon "
        "Sigurdsson, met in Vienna on 3 March 1977.",
    ],
)
def test_two_people_meeting_as_one_subject_meet_on_neutral_ground(
    extract: Extract, text: str
) -> None:
    assert _states(extract(text), "MEET") in ([["CHN", "USA"]], [["ISL", "NOR"]])


@pytest.mark.parametrize(
    "text",
    [
        "Norway and Iceland broke off relations in 1975. The talks that began in Geneva in "
        "1976 moved to Vienna in 1977.",
        "China and the United States had no relations. The talks between them moved to Warsaw "
        "in 1958.",
    ],
)
def test_the_place_talks_moved_to_is_no_party(extract: Extract, text: str) -> None:
    met = _states(extract(text), "MEET")
    assert met and all(s in (["ISL", "NOR"], ["CHN", "USA"]) for s in met)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Poland and the Holy See restored their ties in stages. In May 1975 a Polish "
            "delegation negotiated in Rome with Cardinal Villot.",
            ["POL", "VAT"],
        ),
        (
            "Poland and the Holy See restored their ties in stages. In 1976 a Polish team "
            "conferred in Rome with Archbishop Benelli.",
            ["POL", "VAT"],
        ),
    ],
)
def test_a_venue_not_named_as_a_state_yields_to_the_documents_pair(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert _states(extract(text), "MEET") == [pair]


# The craft a traveller rides in


@pytest.mark.parametrize(
    "text",
    [
        "In May 1960 the Indonesian premier flew to Cairo aboard a Soviet aircraft.",
        "In 1958 the Ghanaian minister travelled to Monrovia on a British liner.",
    ],
)
def test_the_state_of_a_craft_is_no_party_of_the_journey(extract: Extract, text: str) -> None:
    visits = _states(extract(text), "VISIT")
    assert visits and all("SUN" not in s and "GBR" not in s for s in visits)


# Collective parties: "the three delegations"


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "In 1994 Norway brokered talks among Israel, Jordan and Egypt. A first round was "
            "held in Oslo in May 1994, and the three delegations signed a protocol in Geneva on "
            "4 October 1994.",
            ["EGY", "ISR", "JOR"],
        ),
        (
            "In 1979 Sweden arranged talks among Kenya, Uganda and Tanzania. After a round in "
            "Stockholm, the foreign ministers of the three states signed an accord in Arusha on "
            "14 May 1980.",
            ["KEN", "TZA", "UGA"],
        ),
    ],
)
def test_the_three_delegations_are_the_three_states_named_together(
    extract: Extract, text: str, parties: list[str]
) -> None:
    assert parties in _states(extract(text), "SIGN_AGREEMENT")


def test_the_three_governments_are_the_states_named_just_before(extract: Extract) -> None:
    doc = extract(
        "Ghana turned to Moscow. Guinea, which had recognised Moscow in 1958, sent its premier "
        "to Accra in March 1960, and in May of that year the three governments signed a "
        "trade agreement in Conakry."
    )
    assert ["GHA", "GIN", "SUN"] in _states(doc, "SIGN_AGREEMENT")


# Movements as targets of support


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Mozambique became independent in 1975. Algeria had supported the FRELIMO since 1963.",
            ["DZA", "MOZ"],
        ),
        (
            "Angola became independent in 1975. Ghana had backed the MPLA since the 1960s.",
            ["AGO", "GHA"],
        ),
    ],
)
def test_a_movement_backed_before_independence_stands_for_its_future_state(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert _states(extract(text), "EXPRESS_SUPPORT") == [pair]


# "relations between A and B"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "On 4 May 1972 the two envoys signed a protocol in Stockholm establishing diplomatic "
            "relations between Bangladesh and the Kingdom of Nepal.",
            ["BGD", "NPL"],
        ),
        (
            "In June 1975 the ambassadors exchanged letters in Geneva restoring relations between "
            "Chile and the Republic of Peru.",
            ["CHL", "PER"],
        ),
    ],
)
def test_the_states_between_which_relations_are_established_are_the_pair(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert _states(extract(text), "ESTABLISH_RELATIONS") == [pair]


# A nominal act without parties of its own continues the sentence's pair


@pytest.mark.parametrize(
    "text",
    [
        "Britain and France watched the region closely. Britain was wary. He recalled that "
        "Nasser had met Sukarno in Cairo in June 1965 and that the talks held there had "
        "settled nothing.",
        "Britain and France watched the region closely. Britain was wary. Nehru received Tito "
        "in Delhi in December 1954, and the negotiations begun there led to a joint statement.",
    ],
)
def test_a_meeting_noun_without_parties_continues_the_sentences_pair(
    extract: Extract, text: str
) -> None:
    met = _states(extract(text), "MEET")
    assert met and all(s in (["EGY", "IDN"], ["IND", "YUG"]) for s in met)
