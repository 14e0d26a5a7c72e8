"""Event dating round 12: an endnote marker does not keep "Later that month" from opening its
sentence; a record's title is dated by its heading's day, and a month of the heading that
holds that day restates it; a term of office in apposition does not date the act. Sentences
written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import dated_states as _dates

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_time_after_an_endnote_marker_opens_the_sentence(extract: Extract) -> None:
    doc = extract(
        "Peruvian troops entered the disputed valley on 9 March 1981.[3] Later that month "
        "Fernando Belaunde, then president, arrived in Quito."
    )
    assert (["ECU", "PER"], ("1981-03", "1981-03")) in _dates(doc, "VISIT")


def test_record_title_is_dated_by_the_heading_day(extract: Extract) -> None:
    doc = extract(
        "SECRET\n\nRECORD OF THE SECOND MEETING BETWEEN THE PRIME MINISTER OF NORWAY AND "
        "THE PREMIER OF POLAND\n\nDate: 17 May 1974\n\n"
        "1. The Premier said that in April the Polish trade minister had visited Sweden and "
        "held talks with Norway's envoy there.",
        "1974-05-17",
    )
    meets = _dates(doc, "MEET")
    assert (["NOR", "POL"], ("1974-05-17", "1974-05-17")) in meets


def test_a_month_of_the_heading_restates_the_heading_day(extract: Extract) -> None:
    doc = extract(
        "Date: 6 October 1966, 11 a.m.\nReference: Foreign Ministry, talks of the Prime "
        "Minister of Denmark with the Foreign Minister of Hungary, October 1966.\n\n"
        "1. The Minister thanked his host.",
        "1966-10-06",
    )
    meets = _dates(doc, "MEET")
    assert meets and all(d == ("1966-10-06", "1966-10-06") for _, d in meets)


def test_term_of_office_in_apposition_does_not_date_the_reception(extract: Extract) -> None:
    doc = extract(
        "On 10 March 1979 the Syrian council rejected the ruling. Hamid Karim, president of "
        "Iraq from April 1975 to May 1982, had nonetheless received the Syrian president in "
        "Baghdad four days earlier."
    )
    meets = _dates(doc, "MEET") + _dates(doc, "VISIT")
    assert meets and all(d == ("1979-03-06", "1979-03-06") for _, d in meets)
