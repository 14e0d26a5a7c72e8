"""Tenure patterns of round 12 (own sentences): a party leader as an office, a succession
conjoined with a dated removal, and an undated representative without host dropped."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .tenure_helpers import terms_of

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_party_leader_is_an_office_but_bare_leader_is_not(extract: Extract) -> None:
    doc = extract("Karl Brenner, party leader since 1964, died in 1982. The leaders met in 1985.")
    assert terms_of(doc, "Karl Brenner") == {("party leader", "1964", "1982")}
    assert all(t.role != "leader" for t in doc._.dipl_tenures)


def test_removed_and_succeeded_by_shares_the_removal_date(extract: Extract) -> None:
    doc = extract(
        "The Norland foreign minister Smith was dismissed in May 1970 and replaced as foreign "
        "minister by Jones."
    )
    assert terms_of(doc, "Jones") == {("foreign minister", "1970-05", None)}
    assert terms_of(doc, "Smith") == {("foreign minister", None, "1970-05")}


def test_undated_representative_without_host_is_dropped(extract: Extract) -> None:
    doc = extract(
        "Mongolia's permanent representative at the United Nations, Erik Dahl, spoke in the debate."
    )
    assert terms_of(doc, "Erik Dahl") == set()
