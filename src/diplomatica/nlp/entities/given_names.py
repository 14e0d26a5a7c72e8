"""Common given names and non-person name heads, read from ``data/given_names.yaml`` (see its
header for the sources): cues for people the stock model misses, and words that never head a
person's name."""

from __future__ import annotations

from importlib import resources
from typing import Any

import yaml


def _load() -> dict[str, Any]:
    text = resources.files("diplomatica.data").joinpath("given_names.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


_DATA = _load()
# A given name followed by a capitalised word makes a person name, whoever bears it.
GIVEN_NAMES = frozenset(str(w) for words in _DATA["given_names"].values() for w in words)
# Words that head the name of a place ("Shatt al-Arab", "Hormuz Strait"), never of a person.
GEOGRAPHIC_HEADS = frozenset(str(w) for w in _DATA["geographic_heads"])
# Names of peoples and communities ("Tamil", "Kurds"), never of one person.
ETHNONYMS = frozenset(str(w) for w in _DATA["ethnonyms"])
# Words that head the name of a storm or other named event ("Typhoon X"), never of a person.
EVENT_HEADS = frozenset(str(w) for w in _DATA["event_heads"])
