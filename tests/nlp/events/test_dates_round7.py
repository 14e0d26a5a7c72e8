"""Event dating round 7: what a record of talks tells without a date of its own happened during
the talks its opening dates, not on the day the record was written; a yearless date in a new
paragraph of a dated document is of the document's time. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import dated_states as _dates

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]

_RECORD = (
    "Note on the talks of the Polish foreign minister with President Tito in Belgrade "
    "(3 to 6 April 1957)\n\n"
    "The foreign minister paid an official visit to Yugoslavia from 3 to 6 April 1957.\n\n"
)


def test_undated_signature_in_a_record_takes_the_days_of_the_talks(extract: Extract) -> None:
    doc = extract(
        _RECORD + "In the course of the talks the two governments signed a cultural agreement.",
        "1957-05-20",
    )
    assert [d for _, d in _dates(doc, "SIGN_AGREEMENT")] == [("1957-04-03", "1957-04-06")]


def test_undated_assurance_in_a_record_takes_the_days_of_the_talks(extract: Extract) -> None:
    doc = extract(
        _RECORD + "The minister assured the President that Poland supported Yugoslavia "
        "in its dispute with Moscow.",
        "1957-05-20",
    )
    dates = [d for _, d in _dates(doc, "EXPRESS_SUPPORT")]
    assert dates == [("1957-04-03", "1957-04-06")]


def test_record_written_long_after_keeps_its_own_date(extract: Extract) -> None:
    doc = extract(
        _RECORD + "In the course of the talks the two governments signed a cultural agreement.",
        "1958-02-01",
    )
    assert [d for _, d in _dates(doc, "SIGN_AGREEMENT")] == [("1958-02-01", "1958-02-01")]


def test_news_story_yearless_day_in_a_new_paragraph(extract: Extract) -> None:
    doc = extract(
        "Chile and Argentina fought a brief war in 1978 over the islands.\n\n"
        "The Argentine president visited Santiago on March 3 and met his Chilean counterpart.",
        "1984-06-12",
    )
    assert [d for _, d in _dates(doc, "VISIT")] == [("1984-03-03", "1984-03-03")]


def test_first_time_since_is_not_the_date_of_the_act(extract: Extract) -> None:
    doc = extract(
        "The two dictators met at the border in February 1975. Ambassadors were exchanged "
        "for the first time since 1962."
    )
    dates = [d for _, d in _dates(doc, "APPOINT_ENVOY")]
    assert dates and all(d is not None and d[0] != "1962" for d in dates)


def test_first_visit_since_is_dated_by_the_narrative(extract: Extract) -> None:
    doc = extract(
        "Relations improved in 1988. In May the Thai premier visited Vientiane, the first "
        "visit by a Thai head of government since 1979."
    )
    assert [d for _, d in _dates(doc, "VISIT")] == [("1988-05", "1988-05")]
