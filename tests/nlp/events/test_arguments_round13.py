"""Round-13 argument resolution: pronouns and titles standing for the doer, and nominal acts
naming their own doer. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from diplomatica.nlp.events.clauses import _participle_objects, orphan_subject_tokens
from diplomatica.nlp.extensions import SPANS_ENTITIES

from .event_helpers import states, summary

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_it_before_a_semicolon_continues_the_previous_sentence(extract: Extract) -> None:
    doc = extract(
        "London was changing course. It recalled its ambassador from Tehran in May 1952 and"
        " broke off relations with Iran in October 1952; Moscow, by contrast, had been sending"
        " credits to Tehran since 1950.",
        "1960-01-01",
    )
    assert states(doc, "RECALL_ENVOY") == [["GBR", "IRN"]]
    assert states(doc, "END_RELATIONS") == [["GBR", "IRN"]]
    assert ("PROVIDE_AID", ["IRN", "SUN"]) in summary(doc)


def test_the_first_word_of_a_listed_title_names_its_holder(extract: Extract) -> None:
    doc = extract(
        "Participants: Dean Rusk, Secretary of State; Andrei Gromyko, Foreign Minister of the"
        " USSR.\n\nGromyko welcomed the guests. The Secretary thanked him. He recalled his visit"
        " to Bonn in April.",
        "1962-06-01",
    )
    assert states(doc, "VISIT") == [["DEU", "USA"]]


def test_a_reflexive_causee_is_the_subject_of_its_causer(extract: Extract) -> None:
    doc = extract(
        "Relations between Poland and France were strained. Gromyko said that Poland had a"
        " friend in Moscow. In March he had himself flown to Paris.",
        "1965-06-01",
    )
    assert states(doc, "VISIT") == [["FRA", "SUN"]]


def test_a_pronoun_conjoined_with_a_named_doer_is_a_doer(extract: Extract) -> None:
    doc = extract(
        "Relations between Britain and Yugoslavia were cordial. Nkrumah spoke next. He recalled"
        " the day in 1961 when he and President Tito had held long talks.",
        "1965-06-01",
    )
    assert states(doc, "MEET") == [["GHA", "YUG"]]


def test_a_nominal_visit_naming_its_visitor_is_not_the_subjects(extract: Extract) -> None:
    doc = extract(
        "Relations between Hungary and Poland were cool. The Soviet side remembered the visit"
        " of Chou En-lai to Moscow in January 1957.",
        "1965-06-01",
    )
    assert states(doc, "VISIT") == [["CHN", "SUN"]]


def test_a_person_glued_before_a_semicolon_is_the_next_he(extract: Extract) -> None:
    doc = extract(
        "The Soviet Union and the United States were rivals. In late September Mr Nkrumah went"
        " to Moscow and held talks with Leonid Brezhnev and Alexei Kosygin; the two sides spoke"
        " guardedly of a settlement in Laos. A few weeks later he toured Western capitals.",
        "1965-06-01",
    )
    toured = [e.countries for e in doc._.dipl_events if e.trigger == "toured"]
    assert toured and "GHA" in toured[0]


def test_a_plural_noun_before_a_comma_gives_no_nationality(extract: Extract) -> None:
    doc = extract(
        "After months of secret negotiations with American and British officials, Ramon Tolosa"
        " announced a change of course.",
        "2005-01-01",
    )
    people = [
        (s.text, s._.entity.country)
        for s in doc.spans[SPANS_ENTITIES]
        if s._.entity.kind == "person"
    ]
    assert people == [("Ramon Tolosa", None)]


def _parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str]) -> Doc:
    """Return a Doc with the given parse (POS from the tags)."""
    pos = {"NNP": "PROPN", "NN": "NOUN", "VBD": "VERB", "VBN": "VERB", "IN": "ADP", "DT": "DET"}
    pos |= {"CC": "CCONJ", ",": "PUNCT", ".": "PUNCT", "PRP": "PRON", "JJ": "ADJ"}
    return Doc(
        Vocab(),
        words=words,
        heads=heads,
        deps=deps,
        tags=tags,
        pos=[pos[t] for t in tags],
    )


def test_an_object_read_as_a_participles_subject_is_the_object() -> None:
    # "Cuba recognized the State proclaimed by the PLO" parsed as a clausal complement
    doc = _parsed(
        ["Cuba", "recognized", "the", "State", "proclaimed", "by", "Arafat", "."],
        [1, 1, 3, 4, 1, 4, 5, 1],
        ["nsubj", "ROOT", "det", "nsubj", "ccomp", "agent", "pobj", "punct"],
        ["NNP", "VBD", "DT", "NNP", "VBD", "IN", "NNP", "."],
    )
    assert [t.text for t in _participle_objects(doc[1])] == ["State"]


def test_names_stranded_under_a_preposition_are_a_conjuncts_subject() -> None:
    # "It joined X, and in May A and B travelled to Y": the names hung under "in"
    words = [
        "It",
        "joined",
        "Comecon",
        ",",
        "and",
        "in",
        "May",
        "Le",
        "and",
        "Pham",
        "travelled",
        "to",
        "Prague",
        ".",
    ]
    deps = [
        "nsubj",
        "ROOT",
        "dobj",
        "punct",
        "cc",
        "conj",
        "pobj",
        "pobj",
        "cc",
        "conj",
        "conj",
        "prep",
        "pobj",
        "punct",
    ]
    doc = _parsed(
        words,
        [1, 1, 1, 1, 1, 1, 5, 5, 7, 7, 1, 10, 11, 1],
        deps,
        ["PRP", "VBD", "NNP", ",", "CC", "IN", "NNP", "NNP", "CC", "NNP", "VBD", "IN", "NNP", "."],
    )
    found = [t.text for t in orphan_subject_tokens(doc[10], doc[:])]
    assert found == ["in", "May", "Le", "and", "Pham"]


def test_names_hung_under_a_fronted_phrase_join_the_subject() -> None:
    # "In May Ayub and Shastri travelled to Tashkent and held talks": "Ayub" hung under "In"
    words = ["In", "May", "Ayub", "and", "Shastri", "travelled", "to", "Tashkent"]
    words += ["and", "held", "talks", "."]
    deps = ["prep", "pobj", "dep", "cc", "nsubj", "ROOT", "prep", "pobj"]
    deps += ["cc", "conj", "dobj", "punct"]
    doc = _parsed(
        words,
        [5, 0, 0, 2, 5, 5, 5, 6, 5, 5, 9, 5],
        deps,
        ["IN", "NNP", "NNP", "CC", "NNP", "VBD", "IN", "NNP", "CC", "VBD", "NN", "."],
    )
    assert [t.text for t in orphan_subject_tokens(doc[5], doc[:])] == ["Ayub", "and"]
    assert [t.text for t in orphan_subject_tokens(doc[9], doc[:])] == ["Ayub", "and"]


def test_a_while_clause_keeps_its_states_from_a_complete_act(extract: Extract) -> None:
    doc = extract(
        "In June, while French ships were carrying arms to Israel, Czechoslovakia had sent"
        " Egypt tanks by sea.",
        "1970-01-01",
    )
    assert sorted(states(doc, "PROVIDE_AID")) == [["CSK", "EGY"], ["FRA", "ISR"]]


def test_a_while_clause_still_completes_a_one_sided_act(extract: Extract) -> None:
    doc = extract("While Nixon was in Moscow, he signed a treaty.", "1975-01-01")
    assert states(doc, "SIGN_AGREEMENT") == [["SUN", "USA"]]


def test_relations_restored_by_pronoun_are_the_previous_sentences_pair(extract: Extract) -> None:
    doc = extract(
        "Mali and the Soviet Union were close. Mali signed a treaty with Moscow in 1961."
        " Relations stayed poor, and in 1965 Ghana broke off relations with Britain, accusing"
        " London of weakness. They were restored only in 1968.",
        "1975-01-01",
    )
    assert states(doc, "ESTABLISH_RELATIONS") == [["GBR", "GHA"]]


_NEUTRALS = (
    "Mexico and Brazil stayed neutral. Brazil and Mexico kept their embassies. Mexico traded"
    " with Brazil. "
)


def test_the_island_is_the_state_just_named(extract: Extract) -> None:
    doc = extract(
        _NEUTRALS + "In 1961 Washington broke off relations with Havana; Moscow, by contrast,"
        " had been extending credits to the island.",
        "1975-01-01",
    )
    assert states(doc, "PROVIDE_AID") == [["CUB", "SUN"]]


def test_there_after_a_mission_verb_is_the_place_just_named(extract: Extract) -> None:
    doc = extract(
        _NEUTRALS + "It recalled its ambassador in October 1960 and broke off relations with"
        " Havana in January 1961, closing its embassy there.",
        "1975-01-01",
    )
    assert "CUB" in states(doc, "CLOSE_MISSION")[0]
