"""Event dating round 10: an act told without a date takes the last date of the narrative,
not the date of a plan announced before it; a day without a year after a participant's
office span or later life keeps the narrative's year. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import dated_states as _dates

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def _bounds(doc: Doc, etype: str) -> list[tuple[str | None, str | None] | None]:
    return [d for _, d in _dates(doc, etype)]


def test_act_after_an_announced_plan_is_not_dated_by_the_plan(extract: Extract) -> None:
    doc = extract(
        "On 3 October 1978 Lisbon announced that it would close its consulate in Harare at the "
        "end of 1979. Zimbabwe reacted by recalling its envoy from Lisbon."
    )
    bounds = _bounds(doc, "RECALL_ENVOY")
    assert len(bounds) == 1 and bounds[0] is not None
    assert (bounds[0][0] or "").startswith("1978")


def test_treaty_on_a_day_after_a_premier_span_in_apposition(extract: Extract) -> None:
    doc = extract(
        "In May 1962 a Ghanaian delegation led by Kojo Botsio, minister from 1957 to 1966, "
        "went to Bamako. On 9 May Ghana and Mali signed a treaty of friendship."
    )
    assert _bounds(doc, "SIGN_AGREEMENT") == [("1962-05-09", "1962-05-09")]


def test_treaty_on_a_day_after_a_later_death_in_a_relative_clause(extract: Extract) -> None:
    doc = extract(
        "In August 1965 a delegation led by Tom Mboya, who held the ministry until his death "
        "in 1969, reached Dar es Salaam. On 12 August Kenya and Tanzania signed a trade "
        "agreement."
    )
    assert _bounds(doc, "SIGN_AGREEMENT") == [("1965-08-12", "1965-08-12")]


def test_record_titled_in_capitals_dates_the_talks(extract: Extract) -> None:
    doc = extract(
        "CONFIDENTIAL\n\nRECORD OF A MEETING BETWEEN THE FOREIGN MINISTER AND THE AMBASSADOR "
        "OF SWEDEN, HELD IN OTTAWA ON MONDAY 4 JUNE 1973\n\n"
        "The Ambassador, who had arrived in Ottawa the day before, said that the Swedish "
        "Foreign Minister had visited Warsaw in March."
    )
    visits = _dates(doc, "VISIT")
    assert (["POL", "SWE"], ("1973-03", "1973-03")) in visits
    assert (["CAN", "SWE"], ("1973-06-03", "1973-06-03")) in visits


def test_treaty_signed_on_an_ordinal_day(extract: Extract) -> None:
    doc = extract(
        "In October 1971 the Indian foreign minister flew to Moscow, where a consular "
        "convention with the Soviet Union was signed on the 12th."
    )
    assert ("1971-10-12", "1971-10-12") in _bounds(doc, "SIGN_AGREEMENT")


def test_past_perfect_since_range_closes_at_the_narrative_year(extract: Extract) -> None:
    doc = extract(
        "In the spring of 1974 Sudan was drawing closer to Cairo. Uganda, on the other hand, "
        "had been armed by Israel since the late 1960s."
    )
    bounds = _bounds(doc, "PROVIDE_AID")
    assert len(bounds) == 1 and bounds[0] is not None
    assert bounds[0][0] is not None and bounds[0][0].startswith("196")
    assert (bounds[0][1] or "").startswith("1974")


def test_since_range_in_a_record_closes_at_its_date(extract: Extract) -> None:
    doc = extract(
        "The Minister said that since 1961 Czechoslovakia had supplied Cuba with arms.",
        "1966-03-14",
    )
    assert ("1961-01-01", "1966-03-14") in _bounds(doc, "PROVIDE_AID")


def test_present_perfect_since_range_runs_to_report_day(extract: Extract) -> None:
    # round 16: a lasting act in the present perfect runs to the day of the report telling it
    doc = extract(
        "The Minister said that Czechoslovakia has supplied Cuba with arms since 1961.",
        "1966-03-14",
    )
    assert ("1961-01-01", "1966-03-14") in _bounds(doc, "PROVIDE_AID")


def test_decade_after_a_year_is_a_span(extract: Extract) -> None:
    doc = extract(
        "Angola became independent in 1975. In the decade after 1976 Cuba supplied Angola with "
        "arms and advisers."
    )
    assert ("1976", "1986") in _bounds(doc, "PROVIDE_AID")


def test_years_after_a_dated_war_are_a_span(extract: Extract) -> None:
    doc = extract(
        "In the four years after the war of 1973 Washington supplied Israel with aircraft and "
        "tanks."
    )
    assert ("1973", "1977") in _bounds(doc, "PROVIDE_AID")


def test_years_after_without_article_are_a_point(extract: Extract) -> None:
    doc = extract(
        "Cuba recognised Angola in November 1975. Some two years after the recognition of "
        "November 1975, Havana supplied Luanda with arms."
    )
    assert all(b is None or b[1] != "1977" for b in _bounds(doc, "PROVIDE_AID"))


def test_undated_act_does_not_take_the_year_of_a_named_treaty(extract: Extract) -> None:
    doc = extract(
        "ROME, March 3 - Italy and Libya signed a treaty of friendship in Benghazi on Tuesday. "
        "It is the first such pact since the settlement of 1956, which expired in 1970. In the "
        "treaty Italy reaffirmed its support for Libya's claim to the disputed islands.",
        "1998-03-03",
    )
    bounds = _bounds(doc, "EXPRESS_SUPPORT")
    assert bounds and all(b is not None and (b[0] or "").startswith("1998") for b in bounds)


def test_aid_for_the_next_years_spans_them(extract: Extract) -> None:
    doc = extract(
        "Norway signed a development agreement with Tanzania in March 1967, and Norwegian "
        "economic aid flowed to Tanzania for the next eight years."
    )
    assert ("1967", "1975") in _bounds(doc, "PROVIDE_AID")
