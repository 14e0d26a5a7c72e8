"""Document dates and titles of plain-text documents that are not archival record pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplomatica.ingest import SourceDocument, read_documents
from diplomatica.ingest.header import find_header_date
from diplomatica.ingest.titles import first_sentence, shorten

BODY = (
    "The two delegations met for three hours and agreed to exchange trade missions. "
    "Yesterday the ministers had toured a new power station outside the capital."
)


def _doc(tmp_path: Path, text: str, name: str = "doc.txt") -> SourceDocument:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (doc,) = read_documents(path)
    return doc


@pytest.mark.parametrize(
    ("text", "date", "shape"),
    [
        # news datelines opening the first paragraph (the wire name is optional)
        (f"BEIJING, Aug. 12, 1978 (Reuters) — {BODY}", "1978-08-12", "dateline"),
        (f"TOKYO, 29 September 1972 — {BODY}", "1972-09-29", "dateline"),
        (f"MOSCOW, April 6, 1948 (TASS) – {BODY}", "1948-04-06", "dateline"),
        (f"Accord on Trade Missions\n\nNEW DELHI, 3 March 1984 - {BODY}", "1984-03-03", "dateline"),
        (f"WASHINGTON, Tuesday, Jan. 5, 1960 -- {BODY}", "1960-01-05", "dateline"),
        # standalone date lines above or below the title
        (f"November 20, 1986\nRecord of a Talk\n\n{BODY}", "1986-11-20", "date_line"),
        (f"A Talk in the Capital\n20 November 1986\n\n{BODY}", "1986-11-20", "date_line"),
        (f"1986-11-20\n\n{BODY}", "1986-11-20", "date_line"),
        (f"Tuesday, 12 August 1978\n\n{BODY}", "1978-08-12", "date_line"),
        (f"Trade talks\nMarch 1990\n\n{BODY}", "1990-03", "date_line"),
        # "Date:" header lines
        (
            f"To: The Minister\nDate: 12 August 1978\nSubject: Talks\n\n{BODY}",
            "1978-08-12",
            "label",
        ),
        (f"Dated: 1990-03-26\n\n{BODY}", "1990-03-26", "label"),
        # place-and-date lines of records, and headings ending with a date
        (f"Memorandum of Talks\nTashkent, 4 January 1966\n\n{BODY}", "1966-01-04", "place_date"),
        (f"Note\nSofia, 5 May 1975, 10:30 a.m.-12:15 p.m.\n\n{BODY}", "1975-05-05", "place_date"),
        (f"Record of a talk with the Consul, 18 May 1972.\n{BODY}", "1972-05-18", "title_date"),
    ],
)
def test_header_dates_of_plain_text(tmp_path: Path, text: str, date: str, shape: str) -> None:
    doc = _doc(tmp_path, text)
    assert doc.date == date
    assert doc.metadata["date_from"] == shape
    assert doc.text == text  # the dateline and date lines stay: plain text is kept verbatim


@pytest.mark.parametrize(
    "text",
    [
        # a date inside a sentence of the body is not the document date
        f"On 26 March 1990 the ministers met in the capital. {BODY}",
        f"Talks in the Capital\n\nThe session closed on Friday, 5 August 1963. {BODY}",
        f"{BODY}\n\nMOSCOW, April 6, 1948 — a dateline deep in the body does not count.",
        # too deep: the first paragraph has ended before the date line
        f"A Talk\n\n{BODY}\n\n12 August 1978\n\n{BODY}",
        # a dateline without a year takes no date when the header gives no year
        f"ULAANBAATAR, March 26 — {BODY}",
        f"BEIJING, Aug. 12 (Reuters) — {BODY}",
        # a place and a date without the closing dash is a sentence, not a dateline
        f"Moscow, 6 April 1948 saw the signing of a treaty after two weeks of talks. {BODY}",
    ],
)
def test_no_header_date(tmp_path: Path, text: str) -> None:
    doc = _doc(tmp_path, text)
    assert doc.date is None
    assert "date_from" not in doc.metadata


def test_yearless_dateline_takes_the_year_of_the_header(tmp_path: Path) -> None:
    doc = _doc(tmp_path, f"Wire Reports\nDate: 1990\n\nULAANBAATAR, March 26 — {BODY}")
    assert (doc.date, doc.metadata["date_from"]) == ("1990-03-26", "dateline")


def test_header_date_span_points_at_the_date(tmp_path: Path) -> None:
    text = f"Memo\nDate: 12 August 1978\n\n{BODY}"
    found = find_header_date(text)
    assert found is not None
    assert text[found.start : found.end] == "12 August 1978"
    assert text[found.line_start : found.line_end] == "Date: 12 August 1978"


def test_date_line_is_not_taken_for_a_title(tmp_path: Path) -> None:
    doc = _doc(tmp_path, f"5 February 1964\nRecord of a Talk with the Premier\n\n{BODY}")
    assert doc.title == "Record of a Talk with the Premier"
    assert "title_derived" not in doc.metadata


# -- titles -----------------------------------------------------------------------------------


def test_heading_after_the_first_paragraph_is_not_a_title(tmp_path: Path) -> None:
    doc = _doc(tmp_path, f"{BODY}\n\nA Section Heading\n\n{BODY}")
    assert (
        doc.title == "The two delegations met for three hours and agreed to exchange trade missions"
    )
    assert doc.metadata["title_derived"] is True


def test_heading_before_the_body_is_the_title(tmp_path: Path) -> None:
    doc = _doc(tmp_path, f"Trade Missions Agreed\n\n{BODY}\n\nA Section Heading\n\n{BODY}")
    assert doc.title == "Trade Missions Agreed"
    assert "title_derived" not in doc.metadata


def test_news_title_is_derived_without_its_dateline(tmp_path: Path) -> None:
    doc = _doc(tmp_path, f"TOKYO, 29 September 1972 — Mr. K. Ito arrived. {BODY}")
    assert doc.title == "Mr. K. Ito arrived"
    assert doc.metadata["title_derived"] is True


def test_long_first_sentence_is_cut_at_a_word_boundary() -> None:
    sentence = first_sentence(
        "The foreign ministers of the two neighbouring republics, meeting for the third time in "
        "as many years, agreed on a framework for border trade. Later they dined."
    )
    assert sentence.endswith("framework for border trade")
    title = shorten(sentence)
    assert len(title) <= 90 and title.endswith("…")
    kept = title.removesuffix("…")
    assert sentence.startswith(kept) and sentence[len(kept)] == " "  # whole words only
    assert len(sentence[: sentence.index(" ", len(kept) + 1)]) + 1 > 90  # as many as fit
    assert shorten("Short enough") == "Short enough"
