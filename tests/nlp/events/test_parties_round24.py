"""Round-24 parties: "the two countries" / "both countries" after a sentence naming more
than two states stands for the pair of the first two-state act that sentence told ("A
established relations with B, to the irritation of C. Later that year the two countries
opened embassies"; "A established relations with B, and A broke with C. The two countries
opened embassies"), and so does an exchange naming no party ("Ambassadors were exchanged
later that year"), not for the document's most salient pair. Sentences written for these
tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Kenya and Ghana quarrelled over trade. In 1965 Chile established diplomatic "
            "relations with Mexico, to the irritation of Peru. Later that year the two "
            "countries opened embassies.",
            "OPEN_MISSION",
        ),
        (
            "Kenya and Ghana quarrelled over trade. In 1965 Chile established diplomatic "
            "relations with Mexico, to the irritation of Peru. Later that year both countries "
            "exchanged ambassadors.",
            "APPOINT_ENVOY",
        ),
        (
            "Kenya and Ghana quarrelled over trade. Chile established diplomatic relations "
            "with Mexico in 1965, and Chile broke off its ties with Peru at the same time. "
            "The two countries opened embassies in each other's capitals in 1966.",
            "OPEN_MISSION",
        ),
        (
            "Kenya and Ghana quarrelled over trade. In 1965 Chile established diplomatic "
            "relations with Mexico, to the irritation of Peru. Ambassadors were exchanged "
            "later that year.",
            "APPOINT_ENVOY",
        ),
    ],
)
def test_two_countries_are_the_pair_of_the_act_told_before(
    extract: Extract, text: str, kind: str
) -> None:
    assert states(extract(text, "1999-01-01"), kind) == [["CHL", "MEX"]]
