"""Unit tests per pattern family of the temporal tagger (plain-text API)."""

from __future__ import annotations

import pytest

from diplomatica.nlp.time import tag_text
from diplomatica.nlp.types import TimeValue


def only(text: str, doc_date: str | None = None) -> TimeValue:
    mentions = tag_text(text, doc_date)
    assert len(mentions) == 1, [m.timex.text for m in mentions]
    return mentions[0].timex


@pytest.mark.parametrize(
    ("text", "value", "start", "end", "granularity"),
    [
        ("It happened on 9 September 1948.", "1948-09-09", "1948-09-09", "1948-09-09", "day"),
        ("Signed on October 3, 2002.", "2002-10-03", "2002-10-03", "2002-10-03", "day"),
        ("Published in Unen, 19.11.1986.", "1986-11-19", "1986-11-19", "1986-11-19", "day"),
        ("He was recalled in September 1951.", "1951-09", "1951-09-01", "1951-09-30", "month"),
        ("A visit in the summer of 1988.", "1988-SU", "1988-06-01", "1988-08-31", "season"),
        ("Trade grew in 1955.", "1955", "1955-01-01", "1955-12-31", "year"),
        ("Relations were good in the 1950s.", "195X", "1950-01-01", "1959-12-31", "decade"),
        ("It stabilised in the second half of the 1960s.", "196X-H2", "1965-01-01",
         "1969-12-31", "approximate"),
        ("They fled since the mid-1990s.", "199X-MID/..", "1993-01-01", None, "range"),
        ("Talks resumed in mid-1989.", "1989-MID", "1989-05-01", "1989-08-31", "approximate"),
        ("Borders shifted in the 19th century.", "18", "1800-01-01", "1899-12-31", "century"),
    ],
)  # fmt: skip
def test_absolute_dates(
    text: str, value: str, start: str, end: str | None, granularity: str
) -> None:
    timex = only(text)
    assert (timex.value, timex.start, timex.end, timex.granularity) == (
        value,
        start,
        end,
        granularity,
    )
    assert not timex.resolved_from_context


def test_clock_time_is_kept_in_value_but_not_in_interval() -> None:
    timex = only("On November 11, 1986, at 10am, Kim Il Sung received him.")
    assert timex.value == "1986-11-11T10:00"
    assert timex.start == timex.end == "1986-11-11"


@pytest.mark.parametrize(
    ("text", "value", "start", "end"),
    [
        ("ambassador from 1963 to 1967", "1963/1967", "1963-01-01", "1967-12-31"),
        ("sent to Pyongyang for the years 1950-1952.", "1950/1952", "1950-01-01", "1952-12-31"),
        ("for the years 1989 to 1991", "1989/1991", "1989-01-01", "1991-12-31"),
        ("between 1950 and 1953 alone", "1950/1953", "1950-01-01", "1953-12-31"),
        ("the festival (July 1-8, 1989) in Pyongyang", "1989-07-01/1989-07-08", "1989-07-01",
         "1989-07-08"),
        ("From March-September 1990, he served", "1990-03/1990-09", "1990-03-01", "1990-09-30"),
        ("visited from 4-5 November 1999.", "1999-11-04/1999-11-05", "1999-11-04", "1999-11-05"),
        ("during the years 1950-52", "1950/1952", "1950-01-01", "1952-12-31"),
        ("since 1966", "1966/..", "1966-01-01", None),
        ("his term of office until 1971", "../1971", None, "1971-12-31"),
        ("which they did from 1957 onwards", "1957/..", "1957-01-01", None),
    ],
)  # fmt: skip
def test_ranges_and_open_ranges(text: str, value: str, start: str | None, end: str | None) -> None:
    timex = only(text)
    assert (timex.value, timex.start, timex.end) == (value, start, end)
    assert timex.kind == "range"


def test_negated_until_is_a_point_in_time() -> None:
    timex = only("The return visit did not take place until 1980.")
    assert (timex.value, timex.kind) == ("1980", "date")


def test_two_years_joined_by_and_form_one_set_span() -> None:
    mention = tag_text("In 1972 and 1973, Kang Ryang-uk visited Mongolia.")[0]
    assert mention.timex.text == "1972 and 1973"
    assert (mention.timex.kind, mention.timex.value) == ("set", "1972,1973")
    assert (mention.timex.start, mention.timex.end) == ("1972-01-01", "1973-12-31")


@pytest.mark.parametrize(
    "text",
    [
        "Mongolia supplied 226,236 head of meat.",
        "Our country has a 4700 km border with the PRC.",
        "It accepted 197 orphans and 60 businessmen.",
        "the report on the 16th Party Congress of the MPRP",
        "Mongolian Foreign Ministry Archive, fond 3, dans 1, kh/n 173, khuu 123-164.",
        "Ulaanbaatar, p. 153-158.",
        "See pp. 1203-1210 of the same volume.",
        "an agreement to take on up to 10,000 North Korean workers",
        "Record No. 1986 was lost; room 1975 is empty.",
        "A column of 1500 troops and 2000 tonnes of grain.",
    ],
)
def test_numbers_that_are_not_dates_stay_untagged(text: str) -> None:
    assert tag_text(text) == []


def test_bare_numbers_need_a_year_like_context() -> None:
    assert tag_text("Yearbook 1997 lists them") == []
    assert [m.timex.value for m in tag_text("the 1996 parliamentary elections")] == ["1996"]
    assert [m.timex.value for m in tag_text("the Basic Law (1992) says")] == ["1992"]


@pytest.mark.parametrize(
    ("text", "value", "years"),
    [
        ("orphans were cared for for eight years", "P8Y", 8.0),
        ("a treaty with a term of twenty years", "P20Y", 20.0),
        ("they stayed for three months", "P3M", 0.25),
        ("a 30-year treaty", "P30Y", 30.0),
        ("after a three-year mourning period", "P3Y", 3.0),
        ("in the course of 60 years", "P60Y", 60.0),
    ],
)
def test_durations(text: str, value: str, years: float) -> None:
    timex = only(text)
    assert (timex.kind, timex.value, timex.duration_years) == ("duration", value, years)
    assert timex.start is None and timex.end is None


def test_age_is_not_a_duration() -> None:
    assert tag_text("a 30-year-old diplomat") == []
