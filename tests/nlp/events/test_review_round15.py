"""Round-15 review mends: a named alliance treaty gives its members only when it is the one
signed (the founding year), joined or left ("the Warsaw Treaty" of 1970 is the FRG-Poland
treaty); withdrawing an envoy is an act of the narrative whose time dates what follows, where
remembering a visit is not. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import start_dates, states, types

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "In May 1955 Albania was one of the eight states that signed the Warsaw Treaty.",
            "SIGN_AGREEMENT",
            [["ALB", "BGR", "CSK", "DDR", "HUN", "POL", "ROU", "SUN"]],
        ),
        (
            "In December 1970 Chancellor Brandt and the Polish Prime Minister signed the"
            " Warsaw Treaty in Warsaw.",
            "SIGN_AGREEMENT",
            [["DEU", "POL"]],
        ),
        (
            "Albania formally withdrew from the Warsaw Treaty on 13 September 1968.",
            "TERMINATE_AGREEMENT",
            [["ALB", "BGR", "CSK", "DDR", "HUN", "POL", "ROU", "SUN"]],
        ),
    ],
)
def test_an_alliance_treaty_gives_its_members_when_founded_or_left(
    extract: Extract, text: str, kind: str, expected: list[list[str]]
) -> None:
    assert states(extract(text), kind) == expected


def test_a_recalled_envoys_time_dates_the_next_act(extract: Extract) -> None:
    doc = extract(
        "Moscow recalled its ambassador from Tirana in March 1960."
        " Later Albania expelled two Soviet diplomats."
    )
    assert [d[:7] for d in start_dates(doc, "EXPEL")] == ["1960-03"]


def test_a_remembered_visits_time_does_not_date_the_next_act(extract: Extract) -> None:
    doc = extract(
        "The Premier recalled his visit to Peking in 1957."
        " Later the two governments signed a trade agreement."
    )
    assert types(doc).count("SIGN_AGREEMENT") == 1
    assert start_dates(doc, "SIGN_AGREEMENT") == []


def test_an_accession_to_a_named_treaty_joins_that_treatys_parties(extract: Extract) -> None:
    doc = extract(
        "In 1968 the United States, Britain and the Soviet Union signed the Non-Proliferation"
        " Treaty. In 1970 Japan signed a Treaty of Friendship with Mongolia. In 1976 Japan"
        " acceded to the Non-Proliferation Treaty."
    )
    assert states(doc, "SIGN_AGREEMENT")[-1] == ["GBR", "JPN", "SUN", "USA"]


def test_an_ordinal_visit_with_its_own_date_is_a_new_visit(extract: Extract) -> None:
    doc = extract(
        "He had come to Washington in January 1965. The second visit took place in November 1967.",
        "1969-11-19",
    )
    assert [d[:7] for d in start_dates(doc, "VISIT")] == ["1965-01", "1967-11"]


def test_a_day_moved_into_a_year_without_it_keeps_its_own_year() -> None:
    from diplomatica.nlp.events.dating.values import in_year
    from diplomatica.nlp.types import TimeValue

    leap_day = TimeValue("29 February", "1968-02-29", "1968-02-29", "1968-02-29", "day")
    assert in_year(leap_day, "1967-05-01") == leap_day
    assert in_year(leap_day, "1972-05-01").start == "1972-02-29"
