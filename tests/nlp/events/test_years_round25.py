"""Session 17: the year a state name is read in. A dated record returns to its own year at each
paragraph, and a year that names a thing ("the 1961 treaty") sets no narrative year. Sentences
written for these tests."""

from __future__ import annotations

from spacy.language import Language

from diplomatica.nlp.extensions import SPANS_ENTITIES


def _codes(text: str, name: str, nlp: Language, date: str | None) -> list[str]:
    """Return the entity keys of every mention of ``name`` in ``text`` dated ``date``, read by
    the whole pipeline (the time tagger dates the mentions)."""
    doc = nlp.make_doc(text)
    doc._.dipl_doc_date = date
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return [s._.entity.key for s in doc.spans[SPANS_ENTITIES] if s.text == name]


def test_a_flashback_paragraph_does_not_date_the_next_paragraph_of_a_record(
    nlp: Language,
) -> None:
    text = (
        "1. In the 1980s Moscow sold tanks to Hanoi, the Minister recalled.\n\n"
        "2. The Minister said that Russia wanted good relations with everyone."
    )
    assert _codes(text, "Russia", nlp, "1994-03-02") == ["RUS"]


def test_a_narrative_year_still_carries_across_paragraphs_of_an_undated_essay(
    nlp: Language,
) -> None:
    text = (
        "The crisis deepened in 1956.\n\n"
        "Moscow then sent a note to the Hungarian leaders and Russia waited."
    )
    assert _codes(text, "Russia", nlp, None) == ["SUN"]


def test_a_year_naming_a_treaty_sets_no_narrative_year(nlp: Language) -> None:
    text = "The Minister said that the 1961 treaty was still in force. Russia meant to keep it."
    assert _codes(text, "Russia", nlp, "1995-06-01") == ["RUS"]
