"""Endnote prose (round 12, own notes): which note sentences state facts, the text the extractor
reads (body, then the notes' prose, citations blanked, offsets unchanged), and events and tenures
stated in notes found by the evaluation's loader exactly as the build finds them."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from diplomatica.eval.events import load_document, predict
from diplomatica.ingest import read_documents
from diplomatica.ingest.model import SourceDocument
from diplomatica.nlp.note_prose import (
    is_citation,
    merge_note_restatements,
    note_pieces,
    prose_pieces,
    reading_text,
    restates,
)
from diplomatica.nlp.pipeline import make_doc, reading_doc
from diplomatica.nlp.types import EventFact, TimeValue

CITATIONS = [
    "Maria Okafor, The Lagos Channel: Nigeria and Its Neighbours (Ibadan, 1994), chapter 3.",
    "Piet de Wolde, Trade and Treaties, Leiden 1981.",
    "Hans R. Kessler, Alpine Diplomacy, Cambridge, Mass. 1977.",
    "Ibid., p. 212.",
    "Ibid.",
    "See Annual Register of World Events, vol. XII.",
    "Cited in Tomas Ilves, Baltic Crossings (Tallinn, 2003).",
    "On the fishing dispute see Olafur Grimsson, 'The Cod Quarrel', in Northern Seas (1999).",
    "Record of conversation between the Soviet ambassador and the Finnish premier, 4 June 1961, "
    "AVPRF f. 0135, op. 45, d. 12, l. 33.",
    "Memorandum of conversation between Menzies and Nehru, 12 May 1957.",
    "Telegram from the embassy in Oslo to the Foreign Office, FO 371/12345.",
    "National Archives, RG 59, Central Files, Box 1408.",
    "Agreement between the Kingdom of Norway and the Republic of Iceland on fisheries, Reykjavik, "
    "9 June 1976.",
    "K. L. Banda, Lakes and Borders (1988).",
    'Elena Ruiz, "A Border Drawn in Ink", in Andean Disputes (Lima: Editorial Sur, 2007).',
]

PROSE = [
    "Ruiz served as foreign minister from 1961 until his resignation in 1964.",
    "Radio Kabul announced the recall of the ambassador on 2 March 1970.",
    "Relations were broken off on 14 August 1967 and restored in 1972.",
    "The five were Chad, Niger, Mali, Togo and Benin.",
    "Pakistan and Nepal signed the trade agreement in Kathmandu on 3 May 1962.",
]


@pytest.mark.parametrize("note", CITATIONS)
def test_citations_bear_a_citation_signal(note: str) -> None:
    assert is_citation(note)


@pytest.mark.parametrize("note", PROSE)
def test_statements_bear_no_citation_signal(note: str) -> None:
    assert not is_citation(note)


def _pieces(text: str) -> list[str]:
    return [text[p.start : p.end] for p in note_pieces(text, 0, len(text))]


def test_initials_and_abbreviations_do_not_end_a_piece() -> None:
    assert _pieces("J. K. Mensah, Gold Coast Years, Cambridge, Mass. 1970, vol. II, p. 4.") == [
        "J. K. Mensah, Gold Coast Years, Cambridge, Mass. 1970, vol. II, p. 4."
    ]


def test_sentences_and_semicolons_cut_pieces() -> None:
    text = "Okafor led the mission until 1975; see FO 371/99. The embassy closed. Ibid."
    assert _pieces(text) == [
        "Okafor led the mission until 1975",
        "see FO 371/99.",
        "The embassy closed.",
        "Ibid.",
    ]
    assert [p.after_semicolon for p in note_pieces(text, 0, len(text))] == [
        False,
        True,
        False,
        False,
    ]


NOTES_TEXT = """\
Ghana and Togo signed a trade pact in 1966.[1] Talks followed.[2] A visit came later.[3]

Notes
[1] Kwame Asante served as Prime Minister of Ghana from 1960 until his death in 1972.
[2] Memorandum of conversation between Asante and Olympio, 12 May 1957; Ibid., p. 3.
[3] Maria Okafor, West African Neighbours (Accra, 1990); the border was closed on 4 April 1968.
"""


def read_documents_from_text(text: str, folder: Path) -> list[SourceDocument]:
    path = folder / "essay_ghana_togo_1966.txt"
    path.write_text(text, encoding="utf-8")
    return read_documents(path)


@pytest.mark.slow
def test_prose_pieces_keep_statements_and_drop_citations(nlp: Language, tmp_path: Path) -> None:
    (doc,) = read_documents_from_text(NOTES_TEXT, tmp_path)
    kept = [doc.text[p.start : p.end] for p in prose_pieces(nlp, doc.text, doc.notes)]
    assert kept == [
        "Kwame Asante served as Prime Minister of Ghana from 1960 until his death in 1972.",
        "the border was closed on 4 April 1968.",
    ]


@pytest.mark.slow
def test_reading_text_keeps_offsets_and_blanks_citations(nlp: Language, tmp_path: Path) -> None:
    (doc,) = read_documents_from_text(NOTES_TEXT, tmp_path)
    assert doc.body_end is not None
    read = reading_text(nlp, doc.text, doc.body_end, doc.notes)
    assert len(read) == len(doc.text)
    assert read[: doc.body_end] == doc.text[: doc.body_end]
    fact = "Kwame Asante served as Prime Minister"
    at = doc.text.index(fact)
    assert read[at : at + len(fact)] == fact
    assert "Memorandum" not in read and "Okafor" not in read and "Notes" not in read
    assert "\n\nKwame" in read  # each note is a paragraph of its own


def test_reading_text_without_notes_is_the_text() -> None:
    text = "Ghana and Togo signed a pact."
    assert reading_text(None, text, None, []) is text  # type: ignore[arg-type]


@pytest.mark.slow
def test_facts_in_notes_are_extracted_with_offsets_into_the_full_text(
    nlp: Language, tmp_path: Path
) -> None:
    read_documents_from_text(NOTES_TEXT, tmp_path)
    loaded = load_document("essay_ghana_togo_1966", [tmp_path])
    assert loaded is not None and loaded.body_end is not None
    events, tenures = predict(nlp, [loaded])
    asante = [t for t in tenures if "Asante" in t["person"]]
    assert asante, tenures
    evidence = asante[0]["evidence"][0]
    assert evidence["start"] > loaded.body_end
    assert loaded.text[evidence["start"] : evidence["end"]] == evidence["quote"]
    in_notes = [e for e in events if e["evidence"][0]["start"] > loaded.body_end]
    assert not [e for e in in_notes if e["type"] == "MEET"]  # a cited record is no meeting


@pytest.mark.slow
def test_the_build_and_the_evaluation_read_the_same_text(nlp: Language, tmp_path: Path) -> None:
    (source,) = read_documents_from_text(NOTES_TEXT, tmp_path)
    loaded = load_document("essay_ghana_togo_1966", [tmp_path])
    assert loaded is not None
    built = make_doc(nlp, source)  # type: ignore[arg-type]  # the fields a stored one has
    evaluated = reading_doc(nlp, loaded.text, loaded.date, loaded.body_end, loaded.notes)
    assert built.text == evaluated.text
    assert built._.dipl_notes == evaluated._.dipl_notes
    assert [label for _s, _e, label in built._.dipl_notes] == ["1", "2", "3"]


def _day(iso: str) -> TimeValue:
    return TimeValue(iso, iso, iso, iso, "day")


def _month(iso: str) -> TimeValue:
    return TimeValue(iso, iso, iso + "-01", iso + "-28", "month")


def _event(kind: str, states: list[str], date: TimeValue, start: int) -> EventFact:
    return EventFact(kind, "signed", start, start + 20, countries=states, date=date)


def test_a_note_restating_a_body_event_refines_its_date_and_goes() -> None:
    body = _event("SIGN_AGREEMENT", ["GHA", "TGO"], _month("1966-04"), 10)
    note = _event("SIGN_AGREEMENT", ["GHA", "TGO"], _day("1966-04-12"), 500)
    other = _event("SIGN_AGREEMENT", ["GHA", "TGO"], _day("1968-02-01"), 600)
    kept = merge_note_restatements([body, note, other], body_end=400)
    assert kept == [body, other]
    assert body.date is not None and body.date.bounds() == ("1966-04-12", "1966-04-12")
    assert body.evidence_spans() == [(10, 30), (500, 520)]


def test_a_note_sharing_one_state_restates_only_in_the_same_month() -> None:
    body = _event("VISIT", ["GHA", "USA"], _day("1966-04-03"), 10)
    same_month = _event("VISIT", ["GHA", "TGO"], _day("1966-04-20"), 500)
    assert restates(same_month, body)
    later = _event("VISIT", ["GHA", "TGO"], _day("1966-06-20"), 500)
    assert not restates(later, body)
    assert not restates(_event("MEET", ["GHA", "USA"], _day("1966-04-03"), 500), body)


def test_a_note_joins_the_body_event_whose_dates_hold_it_and_keeps_its_range() -> None:
    july = _event(
        "VISIT", ["GHA", "TGO"], TimeValue("", "", "1966-07-09", "1966-07-11", "range"), 10
    )
    october = _event(
        "VISIT", ["GHA", "TGO"], TimeValue("", "", "1966-10-20", "1966-10-26", "range"), 100
    )
    note = _event("VISIT", ["GHA", "TGO"], _day("1966-10-25"), 500)
    assert merge_note_restatements([july, october, note], body_end=400) == [july, october]
    assert july.date is not None and july.date.bounds() == ("1966-07-09", "1966-07-11")
    assert october.date is not None and october.date.bounds() == ("1966-10-20", "1966-10-26")
