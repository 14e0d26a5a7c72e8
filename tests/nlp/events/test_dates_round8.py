"""Event dating round 8: an open range bounding someone's state in a phrase set off by a comma
("met President X, in office since June of that year"; ", who ... served until 2014,") does
not date the act; a time in a later coordinated clause with its own subject dates that clause;
a part of a year ("early in 1979") dates an act by its months. Sentences written for these
tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import dated_states as _dates

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def _bounds(doc: Doc, etype: str) -> list[tuple[str | None, str | None] | None]:
    return [d for _, d in _dates(doc, etype)]


def test_office_since_after_the_partner_does_not_date_a_meeting(extract: Extract) -> None:
    doc = extract(
        "On 3 April 1996 the Japanese prime minister arrived in Vietnam. In Hanoi he met "
        "Prime Minister Vo Van Kiet, in office since 1991."
    )
    assert _bounds(doc, "MEET") == [("1996-04-03", "1996-04-03")]


def test_since_month_of_that_year_after_the_partner(extract: Extract) -> None:
    doc = extract(
        "On 14 October 2003 the Chinese premier flew to Brazil. In Brasilia he held talks with "
        "President Lula, in power since January of that year."
    )
    assert _bounds(doc, "MEET") == [("2003-10-14", "2003-10-14")]


def test_until_in_a_relative_clause_does_not_date_the_meeting(extract: Extract) -> None:
    doc = extract(
        "The thaw began in 1987. The two foreign ministers, who had both taken office that "
        "spring and remained in post until 1995, met in Geneva on 8 May 1987."
    )
    assert ("1987-05-08", "1987-05-08") in _bounds(doc, "MEET")


def test_later_coordinated_clause_keeps_its_own_date(extract: Extract) -> None:
    doc = extract(
        "On 9 June 1982 the king told the assembly that Morocco stood with the Mauritanian "
        "people, and on 12 June he met the Algerian president at the border."
    )
    assert _bounds(doc, "EXPRESS_SUPPORT") == [("1982-06-09", "1982-06-09")]


def test_early_in_a_year_dates_by_its_months(extract: Extract) -> None:
    doc = extract("Relations soured again; early in 1984 Lagos expelled the Ghanaian ambassador.")
    assert _bounds(doc, "EXPEL") == [("1984-01-01", "1984-04-30")]
