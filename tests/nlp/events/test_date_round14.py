"""Event dating round 14: a single act told "after" a dated noun is dated by that noun's period,
while lasting acts (aid, support) keep the open range from its end. Sentences written for these
tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from diplomatica.nlp.time.tagger import tag_text

from .event_helpers import dated_states as _dates

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_relations_established_after_a_dated_event_take_its_month(extract: Extract) -> None:
    doc = extract(
        "Diplomatic relations between Tunisia and Italy were established after Tunisian"
        " independence in March 1956.",
        "1980-01-01",
    )
    assert [d for _, d in _dates(doc, "ESTABLISH_RELATIONS")] == [("1956-03", "1956-03")]


def test_an_envoy_recalled_after_a_coup_takes_the_coup_month(extract: Extract) -> None:
    doc = extract(
        "Britain recalled its ambassador from Tripoli after the coup of September 1969.",
        "1980-01-01",
    )
    assert _dates(doc, "RECALL_ENVOY") == [(["GBR", "LBY"], ("1969-09", "1969-09"))]


def test_an_expulsion_after_an_offensive_takes_the_offensive_month(extract: Extract) -> None:
    doc = extract(
        "Somalia expelled the Soviet advisers after the Ethiopian offensive of February 1978.",
        "1990-01-01",
    )
    assert _dates(doc, "EXPEL") == [(["SOM", "SUN"], ("1978-02", "1978-02"))]


def test_aid_given_after_an_event_of_a_month_is_of_that_month(extract: Extract) -> None:
    # round 21: aid told after an event of a month follows it at once, like other acts (gold
    # dev3, dev28); after an event of a year the range stays open
    doc = extract("After the coup of April 1978, Moscow supplied Kabul with arms.", "1990-01-01")
    dates = [d for _, d in _dates(doc, "PROVIDE_AID")]
    assert dates and all(d is not None and d[0][:7] == "1978-04" for d in dates)
    doc = extract("After the coup of 1978, Moscow supplied Kabul with arms.", "1990-01-01")
    dates = [d for _, d in _dates(doc, "PROVIDE_AID")]
    assert dates and all(d is not None and d[1] is None for d in dates)


def test_a_stated_year_beside_an_after_phrase_still_dates_the_act(extract: Extract) -> None:
    doc = extract(
        "Peru expelled the Chilean ambassador in 1979, long after the border dispute of 1975.",
        "1990-01-01",
    )
    assert _dates(doc, "EXPEL") == [(["CHL", "PER"], ("1979", "1979"))]


def test_an_arrival_this_week_runs_to_the_report_day(extract: Extract) -> None:
    doc = extract(
        "The Kenyan foreign minister arrived in Addis Ababa this week for talks.", "1983-03-10"
    )
    assert _dates(doc, "VISIT") == [(["ETH", "KEN"], ("1983-03-07", "1983-03-10"))]


def test_talks_held_this_week_run_to_the_report_day(extract: Extract) -> None:
    doc = extract("Ethiopian and Somali delegates met in Nairobi this week.", "1983-03-10")
    assert _dates(doc, "MEET") == [(["ETH", "SOM"], ("1983-03-07", "1983-03-10"))]


def test_last_week_keeps_its_whole_week(extract: Extract) -> None:
    doc = extract("Ethiopia expelled two Sudanese diplomats last week.", "1983-03-10")
    assert _dates(doc, "EXPEL") == [(["ETH", "SDN"], ("1983-02-28", "1983-03-06"))]


def test_this_week_in_a_future_sentence_keeps_its_whole_week() -> None:
    found = tag_text("The Somali envoy will arrive in Nairobi this week.", "1983-03-10")
    ends = [m.timex.end for m in found if m.timex.text == "this week"]
    assert ends == ["1983-03-13"]


def test_the_end_of_a_year_is_its_last_two_months(extract: Extract) -> None:
    """Its last quarter until round 20, when most gold annotators were found to read it as
    November and December."""
    doc = extract("Kenya recognised the new government of Uganda at the end of 1971.", "1990-01-01")
    assert _dates(doc, "ESTABLISH_RELATIONS") == [(["KEN", "UGA"], ("1971-11-01", "1971-12-31"))]


def test_the_beginning_of_a_year_is_its_first_quarter(extract: Extract) -> None:
    doc = extract("At the beginning of 1975 Portugal opened an embassy in Dakar.", "1990-01-01")
    assert _dates(doc, "OPEN_MISSION") == [(["PRT", "SEN"], ("1975-01-01", "1975-03-31"))]


def test_late_and_early_in_a_year_keep_four_months(extract: Extract) -> None:
    late = extract("Ghana broke off relations with Israel late in 1973.", "1990-01-01")
    early = extract("Early in 1976 Cuba sent a delegation to Luanda.", "1990-01-01")
    assert _dates(late, "END_RELATIONS") == [(["GHA", "ISR"], ("1973-09-01", "1973-12-31"))]
    assert _dates(early, "VISIT") == [(["AGO", "CUB"], ("1976-01-01", "1976-04-30"))]


def test_days_of_negotiations_ended_today_span_back_from_today(extract: Extract) -> None:
    doc = extract(
        "China and Japan signed a treaty of peace and friendship today, ending ten days of"
        " negotiations between their foreign ministers.",
        "1978-08-12",
    )
    assert _dates(doc, "MEET") == [(["CHN", "JPN"], ("1978-08-02", "1978-08-12"))]


def test_months_of_negotiations_span_back_by_months(extract: Extract) -> None:
    doc = extract(
        "Canada and China established diplomatic relations today, ending 20 months of"
        " negotiations in Stockholm.",
        "1970-10-13",
    )
    assert _dates(doc, "MEET") == [(["CAN", "CHN"], ("1969-02-13", "1970-10-13"))]


def test_talks_without_a_counted_duration_keep_the_day(extract: Extract) -> None:
    doc = extract(
        "On 4 May 1985 Argentina and Chile held talks in Rome and signed the treaty.", "1990-01-01"
    )
    assert _dates(doc, "MEET") == [(["ARG", "CHL"], ("1985-05-04", "1985-05-04"))]


def test_a_few_weeks_later_keeps_its_days(extract: Extract) -> None:
    doc = extract(
        "In March 1962 Nasser visited Belgrade. A few weeks later he went to Moscow.", "1990-01-01"
    )
    assert (["EGY", "SUN"], ("1962-04-01", "1962-05-12")) in _dates(doc, "VISIT")


def test_a_few_weeks_after_a_season_keeps_its_days(extract: Extract) -> None:
    doc = extract(
        "Ghana expelled the Nigerian traders in the autumn of 1969. A few weeks later the Nigerian"
        " foreign minister visited Accra.",
        "1990-01-01",
    )
    assert (["GHA", "NGA"], ("1969-12-01", "1970-01-11")) in _dates(doc, "VISIT")


def test_a_few_months_later_stays_coarse(extract: Extract) -> None:
    doc = extract(
        "In March 1962 Nasser visited Belgrade. A few months later he went to Moscow.", "1990-01-01"
    )
    dates = [d for c, d in _dates(doc, "VISIT") if c == ["EGY", "SUN"]]
    assert dates and all(d is not None and len(d[0] or "") == 4 for d in dates)
