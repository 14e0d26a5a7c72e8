"""The stable export shape of events and tenures (one JSON object each)."""

from __future__ import annotations

import hashlib
from typing import Any

from diplomatica.nlp.ontology import Ontology, load_ontology
from diplomatica.nlp.types import EventFact, TenureFact


def _evidence(doc_id: str, text: str, start: int, end: int) -> dict[str, Any]:
    return {"doc": doc_id, "start": start, "end": end, "quote": text[start:end].strip()}


def event_to_dict(
    event: EventFact, doc_id: str, text: str, ontology: Ontology | None = None
) -> dict[str, Any]:
    """Return the export object of ``event`` (``text`` is the Doc text its offsets index).

    Shape: ``{"id", "type", "date": {"text", "start", "end", "granularity"}, "countries",
    "actors", "place", "evidence", "confidence", "plover", "cameo"}`` plus ``"attributes"`` and
    ``"notes"``; dates are ISO strings at the precision stated ("1988", "1988-06", "1988-06-21").
    """
    evidence = [_evidence(doc_id, text, s, e) for s, e in event.evidence_spans()]
    date = None
    if event.date is not None:
        start, end = event.date.bounds()
        date = {
            "text": event.date.text,
            "start": start,
            "end": end,
            "granularity": event.date.granularity,
        }
    plover, cameo = event.plover, event.cameo
    if plover is None or cameo is None:
        mode = event.attributes.get("mode")
        onto = ontology or load_ontology()
        plover, cameo = onto[event.type].codes_for(mode if isinstance(mode, str) else None)
    # one trigger may state several acts (pairs of states, repeated dates): they need own ids
    parties = ",".join(sorted(event.countries))
    when = event.date.start if event.date is not None else ""
    key = f"{doc_id}|{event.type}|{event.evidence_start}|{event.trigger}|{parties}|{when}"
    attributes = {
        k: v for k, v in event.attributes.items() if k != "evidence" and not k.startswith("_")
    }
    return {
        "id": hashlib.sha1(key.encode("utf-8")).hexdigest()[:16],
        "type": event.type,
        "date": date,
        "countries": sorted(event.countries),
        "actors": [
            {"name": a.name, "id": a.id, "kind": a.kind, "country": a.country, "role": a.role}
            for a in event.actors
        ],
        "place": event.place,
        "evidence": evidence,
        "confidence": round(event.confidence, 2),
        "plover": plover,
        "cameo": cameo,
        "attributes": attributes,
        "notes": list(event.notes),
    }


# Courtesy titles of royal and princely houses written before a bare given name ("Prince Saud",
# "Sheikh Abdullah"): no part of the holder's name, which may be written in full elsewhere.
_COURTESY_TITLES = frozenset(["prince", "princess", "sheikh", "sheik", "shaikh", "emir"])


def holder_name(name: str) -> str:
    """Return ``name`` without a leading courtesy title ("Prince Saud" -> "Saud"), unchanged
    when nothing would be left of it."""
    first, _, rest = name.partition(" ")
    if first.lower() in _COURTESY_TITLES and rest.strip():
        return rest.strip()
    return name


def tenure_to_dict(tenure: TenureFact, doc_id: str, text: str) -> dict[str, Any]:
    """Return the export object ``{"person", "role", "country", "to", "start", "end",
    "evidence"}`` of ``tenure``."""
    return {
        "person": holder_name(tenure.person),
        "role": tenure.role,
        "country": tenure.country,
        "to": tenure.to,
        "start": tenure.start,
        "end": tenure.end,
        "evidence": [_evidence(doc_id, text, tenure.evidence_start, tenure.evidence_end)],
    }
