"""Round-2 patterns (issue 4): coordination and repetition. One act per pair of states for
directional acts and bilateral relations, one act per date of "and again", origins and
conjoined clauses are not parties, negative objects. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def _pairs(doc: Doc, etype: str) -> list[list[str]]:
    return sorted(e.countries for e in doc._.dipl_events if e.type == etype)


def test_visit_to_two_hosts_is_two_visits(extract: Extract) -> None:
    doc = extract("In 1961 the Finnish president travelled to Sweden and Norway.")
    assert _pairs(doc, "VISIT") == [["FIN", "NOR"], ["FIN", "SWE"]]


def test_visits_of_leaders_of_two_states_are_two_visits(extract: Extract) -> None:
    doc = extract(
        "North Korea had received few guests since the visits of the premiers of Laos and "
        "Nepal in 1961."
    )
    assert _pairs(doc, "VISIT") == [["LAO", "PRK"], ["NPL", "PRK"]]


def test_relations_with_two_partners_are_two_events(extract: Extract) -> None:
    doc = extract("In 1961 Burma established diplomatic relations with Laos and Nepal.")
    assert _pairs(doc, "ESTABLISH_RELATIONS") == [["LAO", "MMR"], ["MMR", "NPL"]]


def test_two_states_establishing_relations_are_one_pair(extract: Extract) -> None:
    doc = extract(
        "Sweden recognised the new government early. In 1961 Burma and Laos established "
        "diplomatic relations."
    )
    assert _pairs(doc, "ESTABLISH_RELATIONS") == [["LAO", "MMR"]]


def test_a_multilateral_signing_stays_one_event(extract: Extract) -> None:
    doc = extract("In 1961 Burma and Laos signed a trade agreement with Nepal.")
    assert _pairs(doc, "SIGN_AGREEMENT") == [["LAO", "MMR", "NPL"]]


def test_and_again_states_a_second_visit(extract: Extract) -> None:
    doc = extract("The Soviet premier visited Finland in May 1957 and again in October 1961.")
    dates = sorted(e.date.start for e in doc._.dipl_events if e.type == "VISIT" and e.date)
    assert dates == ["1957-05-01", "1961-10-01"]


def test_a_second_date_of_another_act_is_not_a_repetition(extract: Extract) -> None:
    doc = extract(
        "The Soviet premier visited Finland in May 1957 and met the Finnish president in "
        "October 1961."
    )
    visits = [e for e in doc._.dipl_events if e.type == "VISIT"]
    assert [e.date.start if e.date else None for e in visits] == ["1957-05-01"]


def test_origin_and_conjoined_clause_are_not_parties(extract: Extract) -> None:
    doc = extract(
        "In July 1965 the Swedish foreign minister travelled from Denmark to Poland, and "
        "Norway feared a rapprochement between Finland and Hungary."
    )
    assert _pairs(doc, "VISIT") == [["POL", "SWE"]]


def test_a_negative_object_negates_the_act(extract: Extract) -> None:
    doc = extract("In 1961 Chile signed no agreement with Peru and received no delegation.")
    assert [e.type for e in doc._.dipl_events] == []


def test_heading_glued_by_the_parser_gives_no_source(extract: Extract) -> None:
    doc = extract(
        "Visit of the Finnish president to Stockholm\n\nUrho Kekkonen paid a state visit to "
        "Norway in the summer of 1962."
    )
    assert all(len(c) == 2 for c in _pairs(doc, "VISIT"))
    assert ["FIN", "NOR"] in _pairs(doc, "VISIT")


def test_acts_split_from_one_trigger_have_distinct_export_ids(extract: Extract) -> None:
    from diplomatica.nlp.events.export import event_to_dict

    doc = extract(
        "In 1961 the Finnish president travelled to Sweden and Norway. The Soviet premier "
        "visited Finland in May 1957 and again in October 1961."
    )
    ids = [event_to_dict(e, "d", doc.text)["id"] for e in doc._.dipl_events]
    assert len(ids) == 4
    assert len(set(ids)) == 4


def test_host_of_coordinated_visitors_comes_from_the_sentence_subject(extract: Extract) -> None:
    doc = extract(
        "Mongolia sent no delegation that year. In 1961 Burma had received few guests since the "
        "visits of the premiers of Laos and Nepal."
    )
    assert _pairs(doc, "VISIT") == [["LAO", "MMR"], ["MMR", "NPL"]]


def test_noun_subject_visit_keeps_visitor_and_destination_apart(extract: Extract) -> None:
    doc = extract(
        "In 1962 the last visit of a Swedish minister to Helsinki was already ten years past."
    )
    assert _pairs(doc, "VISIT") == [["FIN", "SWE"]]


def test_reference_event_in_an_after_phrase_names_no_party(extract: Extract) -> None:
    doc = extract(
        "In 1961 Chile signed a fisheries treaty with Peru two weeks after the Bolivian "
        "president's journey."
    )
    assert _pairs(doc, "SIGN_AGREEMENT") == [["CHL", "PER"]]
