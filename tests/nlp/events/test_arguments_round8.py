"""Round 8 arguments: a person pronoun continued through a chain of sentences, the two sides
of a meeting named as "the two N", an act assured to someone, the parties of an act in a
"where" clause on a journey's end, the topic of an agreement, a title naming the document's
states. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import states as _states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


# "he" continues the person of the previous sentences: a passive's agent, or the person an
# earlier "he" stood for


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        (
            "The Soviet Union armed Somalia. That alliance was ended by Mengistu Haile Mariam. "
            "On 2 May 1977 he ordered the Americans out. Early in May he flew to Moscow.",
            "VISIT",
            ["ETH", "SUN"],
        ),
        (
            "France and Germany were at odds with Italy. The deadlock was broken by "
            "Konrad Adenauer. In 1958 he flew to Rome.",
            "VISIT",
            ["DEU", "ITA"],
        ),
        (
            "Japan courted India and Pakistan. The policy was shaped by Jawaharlal Nehru. "
            "He wrote to Tokyo in 1951. In 1957 he travelled to Peking.",
            "VISIT",
            ["CHN", "IND"],
        ),
    ],
)
def test_he_continues_a_passive_agent_through_a_chain_of_pronouns(
    extract: Extract, text: str, kind: str, pair: list[str]
) -> None:
    assert pair in _states(extract(text), kind)


# "the two N met in X": both sides are in the subject, X is neutral ground


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Ethiopia and Somalia were at war. The two dictators met again in Djibouti in "
            "January 1986.",
            ["ETH", "SOM"],
        ),
        (
            "Iran and Iraq fought for years. The two presidents met in Algeria in March 1975.",
            ["IRN", "IRQ"],
        ),
        (
            "India and Pakistan fought in 1965. The two leaders met in the Soviet Union in "
            "January 1966.",
            ["IND", "PAK"],
        ),
    ],
)
def test_a_meeting_of_the_two_sides_in_a_third_state(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert _states(extract(text), "MEET") == [pair]


# "X assured Y of the support of Z": Y, the one assured, is the recipient


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Kim Il Sung: We thank you. In 1970 I visited Peking, and Zhou Enlai assured me of "
            "the full support of the Chinese people.",
            ["CHN", "PRK"],
        ),
        (
            "Fidel Castro: In 1975 I went to Algiers, and President Boumediene assured me of the "
            "firm support of Algeria.",
            ["CUB", "DZA"],
        ),
        ("Mali and Ghana were friends. In 1961 Ghana assured Mali of its full support.", None),
    ],
)
def test_the_one_assured_of_support_is_its_recipient(
    extract: Extract, text: str, pair: list[str] | None
) -> None:
    assert _states(extract(text), "EXPRESS_SUPPORT") == [pair or ["GHA", "MLI"]]


# "A returned to Moscow, where a treaty was signed": the traveller and his host sign


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Somalia and Ethiopia were at war. In November 1978 Mengistu returned to Moscow, "
            "where a treaty of friendship was signed on the 20th.",
            ["ETH", "SUN"],
        ),
        (
            "The Egyptian and Saudi rulers were rivals. In 1965 Nasser flew to Jeddah, where an "
            "agreement on Yemen was signed on 24 August.",
            ["EGY", "SAU"],
        ),
    ],
)
def test_an_act_where_a_journey_ended_is_the_travellers_with_the_host(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert _states(extract(text), "SIGN_AGREEMENT") == [pair]


# "an agreement on Yemen": the state an agreement settles is no party


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("In 1967 Egypt and Saudi Arabia concluded an accord over Yemen.", ["EGY", "SAU"]),
        ("In 1954 France and Britain signed an agreement on Libya.", ["FRA", "GBR"]),
        ("In 1988 Cuba and South Africa signed a treaty concerning Namibia.", ["CUB", "ZAF"]),
    ],
)
def test_the_state_an_agreement_settles_is_no_party(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert _states(extract(text), "SIGN_AGREEMENT") == [pair]


# A title naming two states names the document's pair, however often a patron recurs


def test_a_title_naming_two_states_makes_them_the_main_pair(extract: Extract) -> None:
    text = (
        "Across the Rio Negro: Brazil and Paraguay, 1954-1960\n\n"
        "Moscow watched the region. Soviet envoys came and went, and the Soviet press wrote "
        "about Moscow's hopes. The Soviet Union offered loans. In 1956 the two governments "
        "signed a treaty on the river."
    )
    assert _states(extract(text), "SIGN_AGREEMENT") == [["BRA", "PRY"]]


# "the (new) republic" names the state last named a republic, not the state named last


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "In 1962 officers proclaimed the Yemen Arab Republic. Syria had left the union. "
            "Cairo recognised the republic within days.",
            ["EGY", "YEM"],
        ),
        (
            "In 1960 the colony became the Malagasy Republic. Paris kept its bases in Senegal. "
            "France recognised the new republic in June 1960.",
            ["FRA", "MDG"],
        ),
    ],
)
def test_the_republic_names_the_state_last_named_a_republic(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert _states(extract(text), "ESTABLISH_RELATIONS") == [pair]


# The place a journey set out from, in a clause beside the act, is no party of the act


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        (
            "Premier Zhou: Since you arrived from Moscow on 19 March 1970 we have stood with "
            "Cambodia every day.",
            "EXPRESS_SUPPORT",
            ["CHN", "KHM"],
        ),
        (
            "When Nasser came back from Belgrade in 1956, Egypt recognised the People's "
            "Republic of China.",
            "ESTABLISH_RELATIONS",
            ["CHN", "EGY"],
        ),
        (
            "When Kosygin returned from Paris in 1966, Moscow signed a trade agreement with "
            "Finland.",
            "SIGN_AGREEMENT",
            ["FIN", "SUN"],
        ),
    ],
)
def test_the_origin_of_another_journey_is_no_party(
    extract: Extract, text: str, kind: str, pair: list[str]
) -> None:
    assert _states(extract(text), kind) == [pair]
