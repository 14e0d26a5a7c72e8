"""Diplomatic event and tenure extraction (the ``diplomatica_events`` spaCy component)."""
