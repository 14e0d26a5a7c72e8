"""Round 6 merging: meetings with other people, support returned, a restatement's more precise
date, and state errors fixed by pattern. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from diplomatica.nlp.types import EventFact

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def _of(doc: Doc, kind: str) -> list[EventFact]:
    return [e for e in doc._.dipl_events if e.type == kind]


# Two meetings of the same states on one day with different people are two meetings


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "On 9 June 1985 the Japanese prime minister Yasuhiro Nakasone met President Chun "
            "Doo-hwan in Seoul. On the same day Nakasone also had talks with the South Korean "
            "prime minister Lho Shin-yong.",
            ["JPN", "KOR"],
        ),
        (
            "On 21 April 1994 the Brazilian foreign minister Celso Amorim met President Carlos "
            "Menem in Buenos Aires. Later on 21 April 1994 Amorim held talks with the Argentine "
            "foreign minister Guido di Tella.",
            ["ARG", "BRA"],
        ),
        (
            "On 3 May 1972 the Soviet foreign minister held talks with Chancellor Willy Brandt "
            "in Bonn in the morning. In the afternoon of 3 May 1972 he met Foreign Minister "
            "Walter Scheel.",
            ["DEU", "SUN"],
        ),
        (
            "On 14 March 1960 the Indian ambassador called on Chancellor Konrad Adenauer. "
            "Later on 14 March 1960 he had a long talk with Ludwig Erhard, the West German "
            "economics minister.",
            ["DEU", "IND"],
        ),
    ],
)
def test_meetings_with_different_people_stay_apart(
    extract: Extract, text: str, pair: list[str]
) -> None:
    met = _of(extract(text), "MEET")
    assert [e.countries for e in met] == [pair, pair]


def test_a_meeting_restated_with_the_same_person_is_one(extract: Extract) -> None:
    doc = extract(
        "On 9 June 1985 Yasuhiro Nakasone met President Chun Doo-hwan in Seoul. The talks "
        "between Nakasone and Chun on 9 June 1985 lasted three hours."
    )
    assert len(_of(doc, "MEET")) == 1


# Support is a one-way act: support returned the same day is another act


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "On 4 May 1983 Egypt backed Sudan's position in the border dispute. On the same "
            "day Sudan declared its support for Egypt's peace plan.",
            ["EGY", "SDN"],
        ),
        (
            "In March 1961 Ghana supported Guinea's claim at the United Nations. Guinea, in "
            "turn, backed Ghana in the debate on the Congo in March 1961.",
            ["GHA", "GIN"],
        ),
        (
            "On 2 October 1974 Mexico endorsed Venezuela's proposal on oil prices, and "
            "Venezuela supported the Mexican candidate for the presidency of the Assembly.",
            ["MEX", "VEN"],
        ),
    ],
)
def test_support_in_opposite_directions_is_two_acts(
    extract: Extract, text: str, pair: list[str]
) -> None:
    backed = _of(extract(text), "EXPRESS_SUPPORT")
    assert [e.countries for e in backed] == [pair, pair]


# A restatement with a day inside the first mention's year gives the day


@pytest.mark.parametrize(
    ("text", "pair", "day"),
    [
        (
            "Relations between Chile and Peru were severed during the crisis of 1979. Peruvian "
            "troops crossed the border on 5 March 1979. Chile broke off diplomatic relations "
            "with Peru the same day.",
            ["CHL", "PER"],
            "1979-03-05",
        ),
        (
            "The ties between Ghana and Togo were cut in 1966 and stayed cut for a decade. On "
            "12 May 1966 Ghana broke off relations with Togo after a border incident.",
            ["GHA", "TGO"],
            "1966-05-12",
        ),
    ],
)
def test_a_restatement_narrows_the_year_to_its_day(
    extract: Extract, text: str, pair: list[str], day: str
) -> None:
    ended = _of(extract(text), "END_RELATIONS")
    assert len(ended) == 1
    assert ended[0].countries == pair
    assert ended[0].date is not None
    assert (ended[0].date.start, ended[0].date.end) == (day, day)


# A state modifying "occupation" names the occupier, not a party of an act dated by it


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Greece and Italy signed a cultural agreement in 1938. In March 1945 the "
            "provisional government declared the agreement void, accusing Italy of having "
            "violated it during the German occupation.",
            ["GRC", "ITA"],
        ),
        (
            "Norway and Sweden signed a transit convention in 1939. In June 1945 the liberated "
            "government declared the convention null, accusing Sweden of having abused it "
            "during the German occupation.",
            ["NOR", "SWE"],
        ),
        (
            "Austria and Hungary concluded a frontier agreement in 1950. In 1956 the new "
            "cabinet revoked the agreement, blaming Hungary for having ignored it during the "
            "Soviet occupation.",
            ["AUT", "HUN"],
        ),
    ],
)
def test_an_occupier_is_no_party(extract: Extract, text: str, pair: list[str]) -> None:
    ended = _of(extract(text), "TERMINATE_AGREEMENT")
    assert [e.countries for e in ended] == [pair]


# A "while"/"whereas" clause with its own subject is a parallel act: its doer is no party of
# the main act, and it shares the main act's recipient


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "In 1978 Cuba sent military advisers to Ethiopia, while the Soviet Union delivered "
            "the heavy weapons.",
            ["CUB", "ETH"],
            ["ETH", "SUN"],
        ),
        (
            "In 1972 Libya supplied fuel to Uganda, whereas Egypt provided instructors.",
            ["LBY", "UGA"],
            ["EGY", "UGA"],
        ),
    ],
)
def test_a_contrastive_clause_is_a_parallel_act(
    extract: Extract, text: str, first: list[str], second: list[str]
) -> None:
    aid = _of(extract(text), "PROVIDE_AID")
    assert [e.countries for e in aid] == [first, second]


# "..., where he was received by X": "he" is the traveller of the sentence, not the state most
# talked about in the document


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Relations between Peru and Ecuador were tense in 1981. Peru and Ecuador fought "
            "over the border in January 1981. Alexander Haig, the American Secretary of State, "
            "attempted to mediate. He flew to Lima on 8 February 1981 and held talks with the "
            "Peruvian president, then went on to Quito, where he was received by the Ecuadorian "
            "president.",
            ["ECU", "USA"],
        ),
        (
            "Relations between India and Pakistan were tense in 1965. India and Pakistan fought "
            "over Kashmir in September 1965. Alexei Kosygin, the Soviet premier, attempted to "
            "mediate. He flew to Karachi on 3 December 1965 and held talks with the Pakistani "
            "president, then went on to Delhi, where he was received by the Indian prime "
            "minister.",
            ["IND", "SUN"],
        ),
    ],
)
def test_he_who_was_received_is_the_traveller(extract: Extract, text: str, pair: list[str]) -> None:
    met = _of(extract(text), "MEET")
    assert met and met[-1].countries == pair


# "X flew to Y, and there he met Z": the pronoun subject of a conjoined clause is X


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("In March 1965 Zhou Enlai flew to Cairo, and there he met Ayub Khan.", ["CHN", "PAK"]),
        (
            "Relations between Egypt and Israel dominated 1975. In June 1975 Gerald Ford flew "
            "to Salzburg, and there he met Anwar Sadat.",
            ["EGY", "USA"],
        ),
        (
            "In January 1966 the Soviet premier Alexei Kosygin travelled to Tashkent, and there "
            "he brought Ayub Khan and Lal Bahadur Shastri together.",
            ["IND", "PAK", "SUN"],
        ),
    ],
)
def test_he_of_a_conjoined_clause_is_the_main_subject(
    extract: Extract, text: str, states: list[str]
) -> None:
    met = _of(extract(text), "MEET")
    assert [e.countries for e in met] == [states]


# "officials of the two governments met in Bern": the pair meets on neutral ground


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Britain and Argentina broke off relations in 1982, and Switzerland agreed to "
            "protect British interests. After Raúl Alfonsín took office in December 1983, "
            "officials of the two governments met in Bern in July 1984.",
            ["ARG", "GBR"],
        ),
        (
            "Iran and Egypt were rivals. Iran and Egypt broke off relations in 1980, and "
            "Switzerland took charge of Iranian interests. After Iran's president Rafsanjani "
            "took office in 1989, diplomats of the two governments met in Geneva in March 1991.",
            ["EGY", "IRN"],
        ),
        (
            "Chile and Bolivia were rivals. Chile and Bolivia broke off relations in 1978, and "
            "Peru offered its good offices. After Hernán Siles Zuazo became president of "
            "Bolivia in 1982, envoys of both governments met in Lima in May 1985.",
            ["BOL", "CHL"],
        ),
    ],
)
def test_the_two_governments_meet_on_neutral_ground(
    extract: Extract, text: str, pair: list[str]
) -> None:
    met = _of(extract(text), "MEET")
    assert [e.countries for e in met] == [pair]
