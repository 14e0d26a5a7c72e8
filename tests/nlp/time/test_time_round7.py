"""Time round 7: a yearless date in a new paragraph of a dated document belongs to the
document's own time, not to the background year an earlier paragraph named; a record's
labelled date line dates it. Sentences written for these tests."""

from __future__ import annotations

from diplomatica.nlp.time.tagger import tag_text


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
