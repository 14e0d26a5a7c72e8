"""Round-23 dates: a range counted from a point ("since 1958", "from 1971 onward") that nothing
closes (no end told, no report or narrative time to end it at) dates the act by that point, at
its precision, rather than leaving an open end that dates nothing. Sentences written for these
tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import dated_states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    ("text", "etype", "states", "bounds"),
    [
        (
            "Sweden had backed Iceland's claim to the fishing grounds since the 1970s.",
            "EXPRESS_SUPPORT",
            ["ISL", "SWE"],
            ("1970", "1979"),
        ),
        (
            "Austria, which has given Nepal development aid since 1958, opened a trade office in"
            " Vienna.",
            "PROVIDE_AID",
            ["AUT", "NPL"],
            ("1958", "1958"),
        ),
        (
            "Norway carried much of the cost of the Tanzanian schools, sending teachers and"
            " engineers to Tanzania from 1971 onward.",
            "PROVIDE_AID",
            ["NOR", "TZA"],
            ("1971", "1971"),
        ),
    ],
)
def test_range_from_a_point_dated_by_it(
    extract: Extract, text: str, etype: str, states: list[str], bounds: tuple[str, str]
) -> None:
    found = dated_states(extract(text), etype)
    assert any(c == states and d == bounds for c, d in found), found


def test_stretch_of_years_stays_open(extract: Extract) -> None:
    # "over the following years" is a stretch, not a point the act is dated by
    text = (
        "The war ended in April 1975. Over the following years Thailand took in thousands of"
        " refugees from Laos."
    )
    found = dated_states(extract(text), "PROVIDE_AID")
    assert not any(d is not None and d[1] is not None and d[0] == d[1] for _c, d in found), found
