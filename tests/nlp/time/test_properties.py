"""Property-based tests: generated phrases round-trip, arbitrary text never raises, linear cost."""

from __future__ import annotations

import calendar
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from diplomatica.nlp.time import tag_text

MONTHS = list(calendar.month_name)[1:]
dates = st.dates(min_value=date(1000, 1, 1), max_value=date(2100, 12, 31))
years = st.integers(min_value=1000, max_value=2099)


def day_phrases(day: date) -> list[str]:
    month = MONTHS[day.month - 1]
    return [
        f"on {day.day} {month} {day.year}",
        f"On {month} {day.day}, {day.year}, they met.",
        f"the {day.day}th of {month} {day.year}" if day.day not in (1, 2, 3, 21, 22, 23, 31) else
        f"on {day.day} {month}, {day.year}",
        f"dated {day.day:02d}.{day.month:02d}.{day.year}",
        f"({day.isoformat()})",
    ]  # fmt: skip


@given(dates)
def test_day_phrases_round_trip(day: date) -> None:
    for phrase in day_phrases(day):
        found = tag_text(phrase)
        assert [m.timex.value for m in found] == [day.isoformat()], phrase


@given(years, st.integers(min_value=1, max_value=12))
def test_month_phrases_round_trip(year: int, month: int) -> None:
    for phrase in (f"in {MONTHS[month - 1]} {year}", f"by {MONTHS[month - 1]}, {year} already"):
        assert [m.timex.value for m in tag_text(phrase)] == [f"{year:04d}-{month:02d}"], phrase


@given(years, st.integers(min_value=1, max_value=40))
def test_range_and_set_phrases_round_trip(first: int, length: int) -> None:
    last = first + length
    if last > 2100:
        return
    for phrase in (f"from {first} to {last}", f"between {first} and {last}", f"in {first}-{last}"):
        assert [m.timex.value for m in tag_text(phrase)] == [f"{first}/{last}"], phrase
    assert [m.timex.value for m in tag_text(f"in {first} and {last}")] == [f"{first},{last}"]
    assert [m.timex.value for m in tag_text(f"since {first}")] == [f"{first}/.."]


@given(st.integers(min_value=100, max_value=209), st.sampled_from(["early", "mid", "late", ""]))
def test_decade_phrases_round_trip(decade_stem: int, part: str) -> None:
    decade = decade_stem * 10
    phrase = f"in the {part + ' ' if part else ''}{decade}s"
    value = tag_text(phrase)[0].timex.value
    assert value == f"{decade_stem}X" + (f"-{part.upper()}" if part else ""), phrase


@settings(max_examples=300)
@given(st.text(max_size=400))
def test_never_raises_on_arbitrary_text(text: str) -> None:
    for mention in tag_text(text, "1986-11-20"):
        assert 0 <= mention.start < mention.end <= len(text)


@settings(max_examples=100)
@given(st.text(alphabet="0123456789 -–/.,()ofthe inJuly May 1986 and since", max_size=300))
def test_never_raises_on_date_like_noise(text: str) -> None:
    tag_text(text, "bogus-date")


def test_repeated_text_yields_repeated_expressions() -> None:
    """Tagging 128 copies finds 128 times the expressions of one copy (its cost against length
    is measured by ``bench/bench_time.py``, not by a timed test)."""
    unit = (
        "In 1972 and 1973 he visited Mongolia; from 1963 to 1967 he was ambassador. "
        "Yesterday 226,236 head of cattle arrived, and a few months later, on 26 March 1990, "
        "the following day 9999999 1-1-1-1-1 ((((2000 ---- 1950-52-53 in in in May May "
    )
    assert len(tag_text(unit * 128)) == 128 * len(tag_text(unit))
