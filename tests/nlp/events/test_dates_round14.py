"""Round-14 dating: a "which" clause telling when something opened or took place, hung by the
parser on a noun inside the meeting noun's phrase, dates the meeting. Sentences written for
these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_talks_which_had_opened_in_a_month_are_dated_by_it(extract: Extract) -> None:
    text = (
        "Gorbachev informed Ortega of the Soviet position at the Geneva talks with the United"
        " States on nuclear and space arms, which had opened in March."
    )
    doc = extract(text, doc_date="1985-04-29")
    meets = [e for e in doc._.dipl_events if e.type == "MEET" and "USA" in e.countries]
    assert meets and meets[0].date is not None
    assert (meets[0].date.start or "").startswith("1985-03")


def test_a_which_clause_on_another_noun_does_not_date_the_talks(extract: Extract) -> None:
    text = (
        "Gorbachev held talks with Ortega of Nicaragua on the revolution, which had triumphed"
        " in 1979."
    )
    doc = extract(text, doc_date="1985-04-29")
    meets = [e for e in doc._.dipl_events if e.type == "MEET"]
    assert meets and meets[0].date is not None
    assert not (meets[0].date.start or "").startswith("1979")
