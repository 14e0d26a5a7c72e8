"""Round-18 dating: a stretch of time counted back from the report's day ("over the past
decade") dates the act it qualifies, and dates no act told after it. Sentences written for
these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def _dates(doc: Doc, etype: str) -> list[tuple[str | None, str | None]]:
    return [(e.date.start, e.date.end) for e in doc._.dipl_events if e.type == etype and e.date]


def test_aid_over_the_past_decade_spans_the_decade(extract: Extract) -> None:
    text = (
        "HONIARA, March 3 - The islands switched recognition to Beijing today. Over the past "
        "decade Taiwan provided the Solomon Islands with millions of dollars in aid."
    )
    doc = extract(text, doc_date="2019-03-03")
    assert _dates(doc, "PROVIDE_AID") == [("2009-01-01", "2019-12-31")]


def test_an_act_after_a_stretch_takes_the_report_day(extract: Extract) -> None:
    text = (
        "MINSK, June 2 - The two presidents signed a border treaty today. The visit had been "
        "postponed twice over the past two years. The two presidents held talks before the "
        "signing ceremony."
    )
    doc = extract(text, doc_date="1999-06-02")
    assert ("1999-06-02", "1999-06-02") in _dates(doc, "MEET")


def test_a_finer_date_on_the_verb_narrows_the_year_that_names_the_treaty(extract: Extract) -> None:
    text = "The 1962 accord between Morocco and Senegal had been signed in Rabat on 4 June 1962."
    doc = extract(text)
    assert _dates(doc, "SIGN_AGREEMENT") == [("1962-06-04", "1962-06-04")]


def test_a_date_outside_the_year_does_not_narrow_it(extract: Extract) -> None:
    text = "The 1962 accord between Morocco and Senegal, drafted in May 1961, was signed in Rabat."
    doc = extract(text)
    assert _dates(doc, "SIGN_AGREEMENT") == [("1962-01-01", "1962-12-31")]


def test_a_time_after_the_end_of_opens_the_clause_it_dates(extract: Extract) -> None:
    text = (
        "At the end of June 1975 Kissinger and the Chinese vice-premier held talks in Paris; "
        "a month later the vice-premier flew to Bonn."
    )
    doc = extract(text)
    assert _dates(doc, "MEET") == [("1975-06-01", "1975-06-30")]
