"""Gated matching finds exactly what the pattern finds over the whole text."""

from __future__ import annotations

import re

import pytest

from diplomatica.nlp.time import patterns as pt
from diplomatica.nlp.time.gated import gated_finditer, word_starts

TEXTS = [
    "Some three years later, after nearly twenty-five and a half years of talks, the treaty of "
    "the early twentieth century was forgotten; within a few days, half a century, a quarter of "
    "an hour and a five-year plan were all that remained.",
    "In the course of more than ninety-nine years the envoys met for two months, then for "
    "several weeks, and a good six months afterwards the mid-nineteenth-century accord lapsed.",
    "Days later the minister left; the 19th century ended; no unit word stands in this line.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("pattern", list(pt.GATE_KEYS), ids=lambda p: p.pattern[:30])
def test_gated_matches_equal_plain_matches(pattern: re.Pattern[str], text: str) -> None:
    plain = [m.span() for m in pattern.finditer(text)]
    gated = [
        m.span() for m in gated_finditer(pattern, pt.GATE_KEYS[pattern], text, word_starts(text))
    ]
    assert gated == plain


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (pt.DURATION, ["In the course of more than ninety-nine years", "for two months"]),
        (pt.DURATION_VAGUE, ["for several weeks"]),
        (pt.ANAPHOR_OFFSET, ["a good six months afterwards"]),
        (pt.CENTURY, ["the mid-nineteenth-century"]),
    ],
    ids=["duration", "vague", "offset", "century"],
)
def test_gated_patterns_find_their_expressions(
    pattern: re.Pattern[str], expected: list[str]
) -> None:
    text = TEXTS[1]
    found = gated_finditer(pattern, pt.GATE_KEYS[pattern], text, word_starts(text))
    assert [m.group(0) for m in found] == expected
