"""Anchoring of relative and partial dates: flashbacks in relative clauses, main-clause dates that
move the narrative back, and day-months just before the document date."""

from __future__ import annotations

import pytest
from spacy.language import Language

from diplomatica.nlp.extensions import SPANS_TIME
from diplomatica.nlp.pipeline import build_pipeline
from diplomatica.nlp.time.tagger import tag_text


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline()


def _values(nlp: Language, text: str, doc_date: str | None = None) -> dict[str, str]:
    doc = nlp.make_doc(text)
    doc._.dipl_doc_date = doc_date
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return {span.text: span._.timex.value for span in doc.spans[SPANS_TIME]}


def _tagged(text: str, doc_date: str | None = None) -> dict[str, str]:
    return {text[m.start : m.end]: m.timex.value for m in tag_text(text, doc_date)}


def test_that_year_skips_a_flashback_in_a_relative_clause() -> None:
    text = (
        "The consulate in Quito reopened in 1948. Trade links, which Peru had cut in 1939, "
        "were revived in October of that year."
    )
    assert _tagged(text)["October of that year"] == "1948-10"


def test_that_year_skips_a_parenthetical_flashback() -> None:
    text = "Norway joined the council in 1957. Its envoy (first posted in 1951) left that year."
    assert _tagged(text)["that year"] == "1957"


def test_that_year_inside_the_flashback_keeps_the_flashback_year() -> None:
    text = "The mission closed in 1970. The pact, which lapsed in 1962 and in April of that year"
    assert _tagged(text)["April of that year"] == "1962-04"


def test_that_year_after_a_main_clause_date_still_points_to_it() -> None:
    text = "In 1974 the border reopened. Ferries had run since 1969. In June of that year ..."
    assert _tagged(text)["June of that year"] == "1969-06"


def test_day_month_after_the_document_date_is_last_year() -> None:
    text = "The trade delegation reached Hanoi on 29 December and met the premier."
    assert _tagged(text, "1971-01-09")["29 December"] == "1970-12-29"


def test_month_after_the_document_date_in_past_tense_is_last_year() -> None:
    text = "Exports have grown since October, when the customs union was ratified."
    assert _tagged(text, "1983-02-20")["since October"] == "1982-10/.."


def test_future_day_month_keeps_the_coming_occurrence() -> None:
    text = "The foreign minister will fly to Lima on 14 March."
    assert _tagged(text, "1983-02-20")["14 March"] == "1983-03-14"


def test_day_month_before_the_document_date_keeps_its_year() -> None:
    text = "The note was delivered on 2 February."
    assert _tagged(text, "1983-02-20")["2 February"] == "1983-02-02"


def test_main_clause_past_date_moves_the_narrative_back(nlp: Language) -> None:
    text = (
        "Tanaka was sent to Canberra in 1981 and remained there until 1990. "
        "The dispute broke out in May 1984. The cabinet rejected the offer on 9 July."
    )
    assert _values(nlp, text)["9 July"] == "1984-07-09"


def test_relative_clause_date_does_not_move_the_narrative_back(nlp: Language) -> None:
    text = (
        "Tanaka stayed in Canberra until 1990. The accord that the two governments "
        "initialled in 1983 expired on 9 July."
    )
    assert _values(nlp, text)["9 July"] == "1990-07-09"


def test_past_perfect_date_does_not_move_the_narrative_back(nlp: Language) -> None:
    text = "Talks resumed in 1990. The envoys had quarrelled in 1983. They signed on 9 July."
    assert _values(nlp, text)["9 July"] == "1990-07-09"


def test_blank_pipeline_without_parse_keeps_the_lexical_rule() -> None:
    text = "Tanaka stayed until 1990. The dispute broke out in May 1984. It ended on 9 July."
    assert _tagged(text)["9 July"] == "1990-07-09"


def test_a_date_whose_path_reaches_the_root_is_not_a_main_clause_adjunct(nlp: Language) -> None:
    from diplomatica.nlp.time.component import _date_in_main_clause

    doc = nlp("1963 was a quiet year for the two embassies.")
    assert doc[0].head.dep_ == "ROOT"
    assert _date_in_main_clause(doc[0]) is False
