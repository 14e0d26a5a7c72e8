"""Round-16 aid and support: a lasting act told in the present perfect from a point ("has
supplied ... since 1971") runs to the day of the report that tells it. Sentences written for
these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import dated_states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    ("text", "etype", "expected", "start"),
    [
        (
            "Norway has provided Botswana with technical aid since independence in 1966, officials"
            " said.",
            "PROVIDE_AID",
            ["BWA", "NOR"],
            "1966",
        ),
        (
            "Algeria has shipped arms to the guerrillas in Mali since the spring, diplomats said.",
            "PROVIDE_AID",
            ["DZA", "MLI"],
            "1983-03",
        ),
        (
            "Sweden has supported the plan since its text was published in March, a spokesman"
            " said.",
            "EXPRESS_SUPPORT",
            ["SWE"],
            "1983-03",
        ),
    ],
)
def test_present_perfect_since_runs_to_report_day(
    extract: Extract, text: str, etype: str, expected: list[str], start: str
) -> None:
    found = dated_states(extract(text, "1983-11-02"), etype)
    assert any(
        set(expected) <= set(c)
        and d is not None
        and (d[0] or "").startswith(start)
        and d[1] == "1983-11-02"
        for c, d in found
    )


def test_relative_clause_since_stays_open(extract: Extract) -> None:
    text = "Japan, which has lent Burma money since 1954, signed a trade pact with Thailand today."
    found = dated_states(extract(text, "1983-11-02"), "PROVIDE_AID")
    # not closed at the report's day: dated by the year it counts from (round 23)
    assert any(c == ["JPN", "MMR"] and d == ("1954", "1954") for c, d in found)


def test_past_act_since_not_closed_at_report(extract: Extract) -> None:
    text = "Kenya supplied Uganda with fuel in 1979, officials said."
    found = dated_states(extract(text, "1983-11-02"), "PROVIDE_AID")
    assert any(d is not None and d[1] == "1979" for _c, d in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In May 1979 Hanoi seized the shops of the Hoa traders. Many fled to China, and by"
            " July Beijing had taken in some 40,000 of them.",
            ["CHN", "VNM"],
        ),
        (
            "In 1981 the Ghanaian government expelled thousands of foreign traders. Nigeria"
            " admitted some 9,000 of them, and Togo took in several hundred more.",
            ["GHA", "TGO"],
        ),
    ],
)
def test_counted_people_taken_in(extract: Extract, text: str, expected: list[str]) -> None:
    found = dated_states(extract(text), "PROVIDE_AID")
    assert any(c == expected for c, _d in found)


def test_troops_whose_arm_carries_the_nationality(extract: Extract) -> None:
    text = "Between 1970 and 1972 some 15,000 Soviet engineering and anti-aircraft troops served in"
    text += " Egypt."
    found = dated_states(extract(text), "PROVIDE_AID")
    assert any(c == ["EGY", "SUN"] for c, _d in found)
