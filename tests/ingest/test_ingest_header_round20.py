"""Document dates of records whose header lists participants on lines of their own or
separated by semicolons, labels its date "DATE, TIME AND PLACE:", closes its title with "ON
<date>", opens a line with a place and a date, or names the recipient of a letter in brackets.
Headers written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplomatica.ingest import read_documents

BODY = (
    "The Minister welcomed his guest and recalled the trade agreement signed two years "
    "before. The two sides reviewed the state of their relations in some detail."
)


def _date(tmp_path: Path, text: str) -> tuple[str | None, str | None]:
    path = tmp_path / "record.txt"
    path.write_text(text, encoding="utf-8")
    (doc,) = read_documents(path)
    return doc.date, doc.metadata.get("date_from")


@pytest.mark.parametrize(
    ("header", "date"),
    [
        (
            "MEMORANDUM OF CONVERSATION\nPARTICIPANTS:\nThe Secretary\nForeign Minister Ali Rahman"
            "\nAmbassador Ruth Field\nMr. Peter Lowe, interpreter\nMr. Omar Hadi, notetaker\n"
            "DATE, TIME AND PLACE: Thursday, March 8, 1962, 11:00 a.m., the Secretary's Office",
            "1962-03-08",
        ),
        (
            "MEMORANDUM OF CONVERSATION\nParticipants: Prime Minister Lars Berg; two aides.\n"
            "Mr. John Hale, Under Secretary; Mr. Paul Ross, notetaker.\n"
            "Date and Time: Monday, June 4, 1973, 3:00 p.m.",
            "1973-06-04",
        ),
        ("Record of talks\nDATE AND PLACE: October 5-6, 1970, Belgrade", "1970-10-05"),
    ],
)
def test_labelled_date_after_a_list_of_participants(tmp_path: Path, header: str, date: str) -> None:
    assert _date(tmp_path, f"{header}\n\n{BODY}") == (date, "label")


def test_a_title_closing_with_on_and_the_date(tmp_path: Path) -> None:
    text = (
        "CONFIDENTIAL\n\nRECORD OF A MEETING BETWEEN THE FOREIGN SECRETARY AND THE NORWEGIAN "
        f"AMBASSADOR AT CARLTON GARDENS ON TUESDAY 9 MARCH 1965\n\n{BODY}"
    )
    assert _date(tmp_path, text) == ("1965-03-09", "title_date")


def test_a_long_record_title_closing_with_a_place_date_and_hour(tmp_path: Path) -> None:
    text = (
        "SECRET\n\nMINISTRY OF FOREIGN AFFAIRS\n\nRECORD OF CONVERSATION between the Minister "
        "and the Foreign Minister of Burma, U Thi Han, in the Minister's room at the Ministry, "
        f"Colombo, 14 February 1968, 4.15 p.m.\n\n{BODY}"
    )
    assert _date(tmp_path, text) == ("1968-02-14", "title_date")


def test_a_line_opening_with_a_place_and_a_date(tmp_path: Path) -> None:
    text = (
        "TOP SECRET\nRECORD OF CONVERSATION\nbetween the Prime Ministers of the two states\n"
        f"Kabul, 11 May 1967, 10.00-12.30, the Royal Palace\n\n{BODY}"
    )
    assert _date(tmp_path, text) == ("1967-05-11", "place_date")


def test_a_letter_heading_naming_the_recipient_in_brackets(tmp_path: Path) -> None:
    text = (
        "CONFIDENTIAL\n\nSir Charles Hardinge to Sir A. Nicolson (St. Petersburg)\n\n"
        f"Foreign Office, March 12, 1907.\n\n{BODY}"
    )
    assert _date(tmp_path, text) == ("1907-03-12", "place_date")


def test_a_short_body_sentence_ending_on_a_date_is_not_a_title(tmp_path: Path) -> None:
    text = "The two ministers met again in Bern on 4 May 1981.\n\nThey agreed on the text."
    assert _date(tmp_path, text) == (None, None)
