"""The ontology file validates: thirteen types, each with PLOVER and CAMEO mappings."""

from __future__ import annotations

import pytest
import yaml

from diplomatica.nlp.ontology import (
    EVENT_TYPES,
    ONTOLOGY_PATH,
    PLOVER_TYPES,
    OntologyError,
    load_ontology,
    parse_ontology,
)


def test_thirteen_types_each_mapped() -> None:
    onto = load_ontology()
    assert tuple(onto.types) == EVENT_TYPES
    for definition in onto.types.values():
        assert definition.plover_type in PLOVER_TYPES
        assert definition.plover_mode
        assert definition.cameo_code.isdigit()
        assert definition.description
        assert definition.triggers


def test_missing_type_is_rejected() -> None:
    data = yaml.safe_load(ONTOLOGY_PATH.read_text(encoding="utf-8"))
    del data["event_types"]["EXPEL"]
    with pytest.raises(OntologyError, match="EXPEL"):
        parse_ontology(data)


def test_unknown_plover_type_is_rejected() -> None:
    data = yaml.safe_load(ONTOLOGY_PATH.read_text(encoding="utf-8"))
    data["event_types"]["VISIT"]["plover"]["type"] = "TRAVEL"
    with pytest.raises(OntologyError, match="VISIT"):
        parse_ontology(data)
