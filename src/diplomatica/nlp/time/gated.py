"""Matching a pattern only near a word it cannot match without.

Most time patterns are tried, and fail, at every word start of a document; a duration or an
anaphoric offset cannot match without its unit word ("three *years* later", "for two *months*").
When every match of a pattern starts at a word start at most :data:`REACH` characters before a
match of its key, trying those word starts alone finds exactly the matches of
``pattern.finditer(text)``: a key rarely occurs, so far fewer starts are tried.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

# The most characters from a gated match's start to the start of its key word ("in the course
# of more than twenty-five and a half years": 56).
REACH = 64

_WORD_START = re.compile(r"\b\w")


def word_starts(text: str) -> list[int]:
    """Return the offsets of ``text`` where a word begins, in order."""
    return [m.start() for m in _WORD_START.finditer(text)]


def gated_finditer(
    pattern: re.Pattern[str], key: re.Pattern[str], text: str, starts: list[int]
) -> Iterator[re.Match[str]]:
    """Yield the matches ``pattern.finditer(text)`` yields, for a pattern whose every match
    begins at a word start (one of ``starts``, from :func:`word_starts`) at most :data:`REACH`
    characters before a match of ``key``; only those word starts are tried."""
    free = 0  # the first offset a new match may start at (matches do not overlap)
    for key_match in key.finditer(text):
        anchor = key_match.start()
        i = bisect_left(starts, max(free, anchor - REACH))
        while i < len(starts) and starts[i] <= anchor:
            match = pattern.match(text, starts[i])
            if match is not None and match.end() > match.start():
                yield match
                free = match.end()
                i = bisect_left(starts, free, lo=i + 1)
            else:
                i += 1
        free = max(free, anchor + 1)  # every start up to the key is tried
