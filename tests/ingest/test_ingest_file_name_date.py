"""A document that states no year in its header takes it from a date its file name carries;
one that states no date at all takes the file name's date."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplomatica.ingest import read_documents
from diplomatica.ingest.header import file_name_date

REPORT = (
    "Envoys of the two states met today for the first time since the war and agreed to "
    "reopen their consulates before the end of the year, officials said."
)


def _read(tmp_path: Path, name: str, text: str) -> tuple[str | None, str | None]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (doc,) = read_documents(path)
    return doc.date, doc.metadata.get("date_from")


@pytest.mark.parametrize(
    ("stem", "date"),
    [
        ("news_1991_09_07_sun_est", "1991-09-07"),
        ("1986-11-20-record", "1986-11-20"),
        ("wire.2003.02.28", "2003-02-28"),
        ("report_1991_13_07", None),  # no thirteenth month
        ("report_1991_02_30", None),  # no 30 February
        ("report_1992_02_29", "1992-02-29"),
        ("memo_19910907", None),  # digits run together are no date
        ("case_12345_1990_01", None),
    ],
)
def test_file_name_date(stem: str, date: str | None) -> None:
    assert file_name_date(stem) == date


def test_yearless_dateline_takes_the_file_names_year(tmp_path: Path) -> None:
    text = f"Talks resume\n\nLIMA, Oct. 4 (Wire) — {REPORT}\n"
    assert _read(tmp_path, "news_1995_10_05_per_ecu.txt", text) == ("1995-10-04", "dateline")


def test_yearless_dateline_without_a_dated_file_name_gives_no_date(tmp_path: Path) -> None:
    text = f"Talks resume\n\nLIMA, Oct. 4 (Wire) — {REPORT}\n"
    assert _read(tmp_path, "news_per_ecu.txt", text) == (None, None)


def test_stated_date_beats_the_file_name(tmp_path: Path) -> None:
    text = f"Talks resume\n\nLIMA, Oct. 4, 1996 (Wire) — {REPORT}\n"
    assert _read(tmp_path, "news_1995_10_05.txt", text) == ("1996-10-04", "dateline")


def test_undated_text_takes_the_file_names_date(tmp_path: Path) -> None:
    assert _read(tmp_path, "1987-03-02-note.txt", f"{REPORT}\n") == ("1987-03-02", "file_name")
