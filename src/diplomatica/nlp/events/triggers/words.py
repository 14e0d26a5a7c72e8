"""Closed word classes shared by the rules of several event families."""

from __future__ import annotations

RELATION_NOUNS = frozenset(["relation", "relations", "tie", "ties"])


# What a state recognises besides a named state: "recognised the People's Republic".
RECOGNISED_NOUNS = frozenset(["independence", "republic"])


POLITY_NOUNS = frozenset(["republic", "government", "regime", "state"])
