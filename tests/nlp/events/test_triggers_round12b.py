"""Round-12 trigger recall (b): condemning a state's aggression, championing its admission,
missions ordered closed, envoys told to return or withdrawn, arms sold, subsidies paid,
intelligence passed, troops serving abroad, envoys summoned to the ministry, agreements
regarded as terminated, arrivals as ambassador, crossings to meet, airlifts told in a
relative clause. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import types as _types

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("In 1990 Syria condemned Iraq's aggression against Kuwait.", "EXPRESS_SUPPORT"),
        ("In 1940 the United States condemned the Soviet takeover of Latvia.", "EXPRESS_SUPPORT"),
        ("In 1958 Ghana championed Guinea's admission to the United Nations.", "EXPRESS_SUPPORT"),
        ("In 1967 Ghana ordered the embassy of Guinea closed.", "CLOSE_MISSION"),
        ("In 1969 Tanzania ordered the closing of the West German embassy.", "CLOSE_MISSION"),
        ("In 1963 the Indian ambassador was instructed to return to New Delhi.", "RECALL_ENVOY"),
        (
            "In 1965 Sir John Smith, the British High Commissioner in Lusaka, was instructed to"
            " return to London.",
            "RECALL_ENVOY",
        ),
        ("In 1960 France paid Morocco a yearly subsidy.", "PROVIDE_AID"),
        ("Between 1965 and 1970 Korean troops served in South Vietnam.", "PROVIDE_AID"),
        ("In 1962 the Soviet Union passed intelligence to Cuba.", "PROVIDE_AID"),
        ("In 1955 Czechoslovakia sold Egypt weapons.", "PROVIDE_AID"),
        ("In 1964 Britain sold arms to Jordan.", "PROVIDE_AID"),
        ("In 1962 the Soviet ambassador was summoned to the State Department.", "MEET"),
        ("In 1936 Germany regarded the agreement as terminated.", "TERMINATE_AGREEMENT"),
        ("In 1955 Mr Kaul arrived in Moscow as the first Indian ambassador.", "APPOINT_ENVOY"),
        ("In 1971 Moscow had signed a similar instrument with Egypt.", "SIGN_AGREEMENT"),
        (
            "In 1961 the Ecuadorian president crossed the border to meet the Peruvian president"
            " at Tumbes.",
            "VISIT",
        ),
        (
            "In 1966 the airlift of oil which the RAF flew into Zambia kept the mines working.",
            "PROVIDE_AID",
        ),
    ],
)
def test_round12b_constructions_are_found(extract: Extract, text: str, present: str) -> None:
    assert present in _types(extract(text))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("In 1970 the newspaper condemned the attack.", "EXPRESS_SUPPORT"),
        ("In 1970 the mayor ordered the schools closed.", "CLOSE_MISSION"),
        ("In 1964 the troops were ordered to return to their barracks.", "RECALL_ENVOY"),
        ("In 1960 the company paid its workers a bonus.", "PROVIDE_AID"),
        ("In 1970 Canada sold wheat to China.", "PROVIDE_AID"),
        ("In 1964 the ambassador was summoned home for consultations.", "MEET"),
        # the admission came, not a visitor
        (
            "In 1971 Albania championed China's admission to the UN, which came in October 1971.",
            "VISIT",
        ),
        ("In 1955 Mr Kaul arrived in Moscow as the first Indian ambassador.", "VISIT"),
        (
            "In 1966 the airlift of oil which the RAF flew into Zambia kept the mines working.",
            "VISIT",
        ),
    ],
)
def test_round12b_non_events_are_not_found(extract: Extract, text: str, absent: str) -> None:
    assert absent not in _types(extract(text))
