"""Round-12 clean-up of the trigger helpers: the shared nationality test, the mission acts, the
envoy subjects and the objects a verb governs, on hand-built parses (no model needed).
Sentences written for these tests."""

from __future__ import annotations

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from diplomatica.nlp.events.triggers.envoys import envoy_arrived, mission_act
from diplomatica.nlp.events.triggers.syntax import nationality_modified, objects_of


def _parse(
    words: list[str], heads: list[int], deps: list[str], pos: list[str], tags: list[str]
) -> Doc:
    """Return a doc with the given parse (``heads`` as absolute token indices)."""
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, tags=tags)


def _soviet_capital() -> Doc:
    """ "the Soviet capital", with "Soviet" labelled NORP and attached as ``amod``."""
    doc = _parse(
        ["the", "Soviet", "capital"],
        [2, 2, 2],
        ["det", "amod", "ROOT"],
        ["DET", "ADJ", "NOUN"],
        ["DT", "JJ", "NN"],
    )
    doc.ents = [Span(doc, 1, 2, label="NORP")]
    return doc


def test_demonym_modifier_is_a_nationality() -> None:
    doc = _soviet_capital()
    assert nationality_modified(doc[2])
    assert not nationality_modified(doc[2], labels=())
    assert not nationality_modified(doc[2], deps=("compound",))


def test_linked_modifier_counts_without_a_label() -> None:
    doc = _soviet_capital()
    assert nationality_modified(doc[2], {1}, labels=())


def test_any_relation_when_deps_is_none() -> None:
    doc = _parse(
        ["officers", "from", "Cuba"],
        [0, 0, 1],
        ["ROOT", "prep", "pobj"],
        ["NOUN", "ADP", "PROPN"],
        ["NNS", "IN", "NNP"],
    )
    assert not nationality_modified(doc[0], {2}, deps=None)  # a grandchild is no modifier
    assert nationality_modified(doc[1], {2}, deps=None)


def test_mission_acts_follow_the_lexicon_words() -> None:
    words = {"OPEN_MISSION": frozenset(["open"]), "CLOSE_MISSION": frozenset(["close"])}
    assert mission_act("open", words) == "OPEN_MISSION"
    assert mission_act("close", words) == "CLOSE_MISSION"
    assert mission_act("visit", words) is None


def _arrival(subject: str, tag: str) -> Doc:
    """ "The <subject> arrived in Lima": the subject singular or plural."""
    return _parse(
        ["The", subject, "arrived", "in", "Lima"],
        [1, 2, 2, 2, 3],
        ["det", "nsubj", "ROOT", "prep", "pobj"],
        ["DET", "NOUN", "VERB", "ADP", "PROPN"],
        ["DT", tag, "VBD", "IN", "NNP"],
    )


def test_resident_envoy_arrival_needs_a_singular_envoy() -> None:
    doc = _arrival("ambassador", "NN")
    doc[1].lemma_ = "ambassador"
    assert envoy_arrived(doc[2], "arrive")
    plural = _arrival("ambassadors", "NNS")
    plural[1].lemma_ = "ambassador"
    assert not envoy_arrived(plural[2], "arrive")


def test_objects_leave_out_subordinating_conjunctions() -> None:
    # a parse that hangs "whether" on the verb as its object
    doc = _parse(
        ["They", "asked", "whether", "it", "rained"],
        [1, 1, 1, 4, 1],
        ["nsubj", "ROOT", "dobj", "nsubj", "ccomp"],
        ["PRON", "VERB", "SCONJ", "PRON", "VERB"],
        ["PRP", "VBD", "IN", "PRP", "VBD"],
    )
    assert [t.text for t in objects_of(doc[1])] == []
