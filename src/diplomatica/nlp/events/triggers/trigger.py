"""The trigger record: the event type, the trigger token and the token governing it."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token


@dataclass(frozen=True)
class Trigger:
    """A detected trigger: the event type, the trigger token and the governing (anchor) token.

    ``excluded`` holds the token indices of sibling conjuncts ("signed a treaty with A on D1 and
    a treaty with B on D2"): their states and dates belong to the other trigger. ``negated``
    marks triggers whose negation states the event ("decided not to renew the treaty").
    """

    type: str
    token: Token
    anchor: Token
    excluded: frozenset[int] = frozenset()
    negated: bool = False
