"""Event dating round 24: a relative clause telling how a participant reached power ("who
seized power in a coup in May 1961", "who came to power in March 1972") dates that step of
his career, not the act of the main clause, however deep the act's verb lies. Sentences
written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import dated_states as _dates

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def _starts(doc: Doc, etype: str) -> list[str]:
    return [(d[0] or "") if d else "" for _, d in _dates(doc, etype)]


def test_seized_power_clause_does_not_date_the_expulsion(extract: Extract) -> None:
    doc = extract(
        "This year the Paraguayan Government of Gen. Alfredo Ruiz Moreno, who seized power in "
        "a coup in May 1961, began enforcing its new land law, evicting Bolivian farmers from "
        "their plots and expelling hundreds of them from the country.",
        "1967-03-02",
    )
    starts = _starts(doc, "EXPEL")
    assert starts and all(s.startswith("1967") for s in starts)


def test_came_to_power_clause_does_not_date_the_expulsion(extract: Extract) -> None:
    doc = extract(
        "This year the Peruvian Government of Gen. Juan Carlos Ortega, who came to power in "
        "a coup in March 1972, began enforcing its new mining law, seizing American mines and "
        "expelling hundreds of American engineers from the country.",
        "1975-06-27",
    )
    starts = _starts(doc, "EXPEL")
    assert starts and all(s.startswith("1975") for s in starts)


def test_power_clause_with_its_own_act_date_kept(extract: Extract) -> None:
    doc = extract(
        "General Ramos, who seized power in March 1961, broke off diplomatic relations with "
        "Chile in June 1964."
    )
    starts = _starts(doc, "END_RELATIONS")
    assert starts == ["1964-06"]
