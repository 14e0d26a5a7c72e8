"""Trigger detection: which tokens state which event type, and which token governs them.

:func:`find_triggers` scans a sentence; the rules of each event family live in their own module
(agreements, relations, envoys, aid, military aid, support, visits, meetings), the dispatch from a
verb or a noun to a family in :mod:`.verbs` and :mod:`.nouns`.
"""

from __future__ import annotations

from diplomatica.nlp.events.triggers.agreements import (
    agreement_objects,
    introduces_agreement,
    is_non_renewal,
    termination_type,
)
from diplomatica.nlp.events.triggers.aid import nominal_aid
from diplomatica.nlp.events.triggers.finder import find_triggers
from diplomatica.nlp.events.triggers.follow_ups import (
    as_did_list,
    follow_up_partners,
    followed_act,
    followed_by_participle,
    followed_leaders,
    further_agent_spans,
    is_follow_up,
    surface_as_did,
)
from diplomatica.nlp.events.triggers.nouns import noun_event_type
from diplomatica.nlp.events.triggers.trigger import Trigger
from diplomatica.nlp.events.triggers.verbs import verb_event_type

__all__ = [
    "Trigger",
    "agreement_objects",
    "as_did_list",
    "find_triggers",
    "follow_up_partners",
    "followed_act",
    "followed_by_participle",
    "followed_leaders",
    "further_agent_spans",
    "introduces_agreement",
    "is_follow_up",
    "is_non_renewal",
    "nominal_aid",
    "noun_event_type",
    "surface_as_did",
    "termination_type",
    "verb_event_type",
]
