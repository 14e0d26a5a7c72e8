"""States, organisations and people: the ``diplomatica_entities`` spaCy component and the plain
gazetteer lookups it is built on."""

from __future__ import annotations

from diplomatica.nlp.gazetteer import link_state, organization, state_name

__all__ = ["link_state", "organization", "state_name"]
