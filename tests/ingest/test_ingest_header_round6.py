"""Document dates of records whose place-and-date line names the session, and whose header
holds short note lines ("Provisional translation. Excerpts.") before it."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplomatica.ingest import read_documents

BODY = (
    "The two delegations met for three hours and agreed to exchange trade missions. "
    "Yesterday the ministers had toured a new power station outside the capital."
)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Ministry of Foreign Affairs\nUnofficial translation. Extracts.\n\n"
            "Record of the talks between the two prime ministers\n\n"
            f"Hanoi, Government Guest House, 4 June 1975, morning session\n\n{BODY}",
            "1975-06-04",
        ),
        (f"Memorandum of a talk\nCairo, 4 March 1958, evening\n\n{BODY}", "1958-03-04"),
        (
            f"Top secret.\nNote of a meeting\nLima, 9 May 1969, second session\n\n{BODY}",
            "1969-05-09",
        ),
    ],
)
def test_place_date_line_with_a_session(tmp_path: Path, text: str, date: str) -> None:
    path = tmp_path / "record.txt"
    path.write_text(text, encoding="utf-8")
    (doc,) = read_documents(path)
    assert (doc.date, doc.metadata["date_from"]) == (date, "place_date")
    assert doc.text == text


def test_a_short_first_sentence_then_a_date_line_deep_in_the_body(tmp_path: Path) -> None:
    text = f"He came late. {BODY}\n\nThe ministers agreed on the text.\n\n12 August 1978"
    path = tmp_path / "record.txt"
    path.write_text(text, encoding="utf-8")
    (doc,) = read_documents(path)
    assert doc.date is None


@pytest.mark.parametrize("marker", ["[1]", "3"])
def test_a_long_body_line_ending_in_a_note_marker_ends_the_header(
    tmp_path: Path, marker: str
) -> None:
    """The body has begun at a long sentence closed by a note marker: a date line after it is
    the body's, not the document's."""
    sentence = (
        "The two governments had exchanged notes on the question for several years before the"
        f" border treaty was finally signed in the capital in 1965.{marker}"
    )
    text = f"Relations between the two states\n{sentence}\n\n12 August 1978"
    path = tmp_path / "essay.txt"
    path.write_text(text, encoding="utf-8")
    (doc,) = read_documents(path)
    assert doc.date is None
