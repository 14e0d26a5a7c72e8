"""spaCy components of Diplomatica: time, entities, events and tenures."""
