"""Loading and validating the event ontology (``diplomatica/data/ontology.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

ONTOLOGY_PATH = Path(__file__).resolve().parent.parent / "data" / "ontology.yaml"

EVENT_TYPES: tuple[str, ...] = (
    "ESTABLISH_RELATIONS",
    "END_RELATIONS",
    "VISIT",
    "MEET",
    "SIGN_AGREEMENT",
    "TERMINATE_AGREEMENT",
    "APPOINT_ENVOY",
    "RECALL_ENVOY",
    "OPEN_MISSION",
    "CLOSE_MISSION",
    "PROVIDE_AID",
    "EXPRESS_SUPPORT",
    "EXPEL",
)

PLOVER_TYPES = frozenset(
    [
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
    ]
)


class OntologyError(ValueError):
    """The ontology file is malformed (message names the offending type and field)."""


@dataclass(frozen=True)
class EventTypeDef:
    """One event type: its description, PLOVER type/mode, nearest CAMEO code and triggers."""

    name: str
    description: str
    plover_type: str
    plover_mode: str
    cameo_code: str
    cameo_label: str
    cameo_nearest: bool
    triggers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    plover_modes: dict[str, str] = field(default_factory=dict)
    cameo_modes: dict[str, str] = field(default_factory=dict)

    @property
    def plover(self) -> str:
        """Return ``TYPE/mode`` as exported (e.g. ``CONSULT/visit``)."""
        return f"{self.plover_type}/{self.plover_mode}"

    def codes_for(self, mode: str | None) -> tuple[str, str]:
        """Return the ``(PLOVER, CAMEO)`` codes of an event of this type in ``mode`` (a mode
        this type does not define falls back to the type's own codes)."""
        if mode and mode in self.plover_modes:
            return (
                f"{self.plover_type}/{self.plover_modes[mode]}",
                self.cameo_modes.get(mode, self.cameo_code),
            )
        return self.plover, self.cameo_code

    def trigger_words(self, kind: str) -> frozenset[str]:
        """Return the lower-cased trigger lemmas of ``kind`` (verbs, nouns, objects...)."""
        return frozenset(w.lower() for w in self.triggers.get(kind, ()))


@dataclass(frozen=True)
class Ontology:
    """All event types, in the file's order."""

    version: int
    types: dict[str, EventTypeDef]

    def __getitem__(self, name: str) -> EventTypeDef:
        return self.types[name]


def _str_map(raw: Any) -> dict[str, str]:
    return {str(k): str(v) for k, v in (raw or {}).items()}


def _parse_type(name: str, raw: Any) -> EventTypeDef:
    if not isinstance(raw, dict):
        raise OntologyError(f"{name}: definition must be a mapping")
    try:
        plover = raw["plover"]
        cameo = raw["cameo"]
        description = str(raw["description"]).strip()
    except KeyError as exc:
        raise OntologyError(f"{name}: missing field {exc.args[0]}") from None
    if str(plover.get("type")) not in PLOVER_TYPES:
        raise OntologyError(f"{name}: unknown PLOVER type {plover.get('type')!r}")
    code = str(cameo.get("code", ""))
    if not (code.isdigit() and len(code) in (2, 3, 4)):
        raise OntologyError(f"{name}: CAMEO code must be 2-4 digits, got {code!r}")
    triggers = {
        str(kind): tuple(str(w) for w in words)
        for kind, words in (raw.get("triggers") or {}).items()
    }
    return EventTypeDef(
        name=name,
        description=description,
        plover_type=str(plover["type"]),
        plover_mode=str(plover.get("mode", "")),
        cameo_code=code,
        cameo_label=str(cameo.get("label", "")),
        cameo_nearest=bool(cameo.get("nearest", False)),
        triggers=triggers,
        plover_modes=_str_map(raw.get("plover_modes")),
        cameo_modes=_str_map(raw.get("cameo_modes")),
    )


def parse_ontology(data: Any) -> Ontology:
    """Validate parsed YAML ``data`` and return the :class:`Ontology`.

    Raises :class:`OntologyError` unless exactly the thirteen :data:`EVENT_TYPES` are defined,
    each with a description, a known PLOVER type and a numeric CAMEO code.
    """
    if not isinstance(data, dict) or not isinstance(data.get("event_types"), dict):
        raise OntologyError("ontology must be a mapping with an 'event_types' mapping")
    raw_types: dict[str, Any] = data["event_types"]
    if set(raw_types) != set(EVENT_TYPES):
        missing = sorted(set(EVENT_TYPES) - set(raw_types))
        extra = sorted(set(raw_types) - set(EVENT_TYPES))
        raise OntologyError(
            f"event types differ from the contract: missing {missing}, extra {extra}"
        )
    types = {name: _parse_type(name, raw) for name, raw in raw_types.items()}
    return Ontology(version=int(data.get("version", 1)), types=types)


@lru_cache(maxsize=4)
def load_ontology(path: Path = ONTOLOGY_PATH) -> Ontology:
    """Load and validate the ontology YAML at ``path`` (cached per path)."""
    with path.open(encoding="utf-8") as fh:
        return parse_ontology(yaml.safe_load(fh))
