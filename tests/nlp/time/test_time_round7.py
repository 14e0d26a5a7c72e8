"""Time round 7: a yearless date in a new paragraph of a dated document belongs to the
document's own time, not to the background year an earlier paragraph named; a record's
labelled date line dates it. Sentences written for these tests."""

from __future__ import annotations

import spacy

import diplomatica.nlp.time  # noqa: F401  (registers the component)
from diplomatica.nlp.time.tagger import heading_date, tag_text


def _tagged(text: str, doc_date: str | None = None) -> dict[str, str]:
    return {text[m.start : m.end]: m.timex.value for m in tag_text(text, doc_date)}


def test_new_paragraph_of_a_record_returns_to_its_year() -> None:
    text = (
        "In May 1964 the Soviet premier opened the first stage of the dam.\n\n"
        "On 12 May the two governments announced their decision. Cairo protested the next day."
    )
    tagged = _tagged(text, "1965-05-19")
    assert tagged["12 May"] == "1965-05-12"
    assert tagged["the next day"] == "1965-05-13"


def test_news_story_took_office_in_a_new_paragraph() -> None:
    text = (
        "In 1995 the two armies fought for a month in the jungle.\n\n"
        "The new president, who took office on Aug. 10, staked his term on a settlement."
    )
    assert _tagged(text, "1998-10-26")["Aug. 10"] == "1998-08-10"


def test_memo_month_in_a_new_paragraph() -> None:
    text = (
        "In January 1976 the general had gone to Havana for three days.\n\n"
        "Early in August he had flown to Caracas to see the Venezuelan president."
    )
    assert _tagged(text, "1977-09-06")["August"] == "1977-08"


def test_latest_occurrence_not_after_the_document_date() -> None:
    text = (
        "In 1994 the border was closed again.\n\n"
        "The envoy, who arrived on 3 November, has not yet presented his credentials."
    )
    assert _tagged(text, "1998-03-02")["3 November"] == "1997-11-03"


def test_same_paragraph_keeps_narrating_the_earlier_year() -> None:
    text = (
        "In March 1964 the ministers met twice in Geneva. On 12 May they signed a trade pact, "
        "and in June the first credits were paid."
    )
    tagged = _tagged(text, "1965-05-19")
    assert tagged["12 May"] == "1964-05-12"
    assert tagged["June"] == "1964-06"


_MEMO_HEAD = (
    "CONFIDENTIAL\n\nTHE WHITE HOUSE\n\nMEMORANDUM OF CONVERSATION\n\n"
    "SUBJECT: Meeting with the Prime Minister of Malta\n\nPARTICIPANTS:\n"
    "United Kingdom: The Foreign Secretary; the Permanent Under-Secretary; a notetaker\n"
    "Malta: The Prime Minister; the High Commissioner\n\n"
)


def test_labelled_date_line_dates_a_memorandum() -> None:
    text = (
        _MEMO_HEAD + "DATE AND PLACE: Thursday, March 11, 1971, 3:00 p.m., Lancaster House\n\n"
        "The Prime Minister recalled the agreement of 1964. Talks had resumed in February of "
        "this year, and he would return tomorrow."
    )
    tagged = _tagged(text)
    assert tagged["February of this year"] == "1971-02"
    assert tagged["tomorrow"] == "1971-03-12"


def test_date_label_in_running_text_is_not_a_heading() -> None:
    text = (
        "The ministers met in Lisbon and discussed the colonies at some length over dinner "
        "with their advisers, the ambassadors and the chiefs of staff of both the armies, "
        "and they agreed that the withdrawal would begin before the rains and end within "
        "the year.\n\nDate: 4 May 1975\n\nThey would meet again tomorrow."
    )
    assert heading_date(text) is None


def test_component_dates_an_undated_record_by_its_heading() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("diplomatica_time")
    text = _MEMO_HEAD + "Date: 9 June 1969\n\nThe minister said that he had arrived yesterday."
    doc = nlp(text)
    assert doc._.dipl_doc_date == "1969-06-09"
    values = {span.text: span._.timex.value for span in doc.spans["dipl_time"]}
    assert values["yesterday"] == "1969-06-08"


def test_part_of_this_month_is_dated_at_month_precision() -> None:
    values = {
        m.timex.value: m.timex.granularity
        for m in tag_text("The envoy flew to Hanoi early this month.", "1972-03-28")
    }
    assert values == {"1972-03": "month"}


def test_part_of_last_month_is_dated_at_month_precision() -> None:
    found = tag_text("Talks broke down late last month, officials said.", "1983-01-14")
    assert [(m.timex.value, m.timex.granularity) for m in found] == [("1982-12", "month")]
