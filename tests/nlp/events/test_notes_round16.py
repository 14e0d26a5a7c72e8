"""Endnotes count their relative dates from the passage that cites them (round 16): a note is
read after the whole body, but "arrived on 12 March" in it speaks of the time its marker's
sentence narrates, not of the last date named by the note before it."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from diplomatica.eval.events import load_document, predict
from diplomatica.ingest import read_documents
from diplomatica.nlp.time.tagger import NoteAnchor, tag_text

BODY = "The crisis of 1961 came in the spring.[1] By 1963 it was over.[2]\n\n"
NOTE_1 = "Its history was rewritten in the 1990s."
NOTE_2 = "The envoy left on 12 March."


def _tagged(anchored: bool) -> dict[str, str | None]:
    text = BODY + NOTE_1 + "\n" + NOTE_2
    notes = []
    if anchored:
        first = text.index(NOTE_1)
        second = text.index(NOTE_2)
        notes = [
            NoteAnchor(first, first + len(NOTE_1), text.index("[1]")),
            NoteAnchor(second, second + len(NOTE_2), text.index("[2]")),
        ]
    return {text[m.start : m.end]: m.timex.start for m in tag_text(text, None, None, notes)}


def test_a_note_resolves_a_bare_day_against_the_time_at_its_marker() -> None:
    assert _tagged(anchored=True)["12 March"] == "1963-03-12"


def test_without_anchors_the_note_before_it_sets_the_year() -> None:
    # the behaviour the anchors replace: the decade of the previous note leaks into this one
    assert _tagged(anchored=False)["12 March"] != "1963-03-12"


ESSAY = """\
Bridges over the Danube

Relations between the two governments warmed in 1962, when a trade mission from Vienna
reached Sofia in May.[1] The following year brought a visit by the foreign minister.[2]

Notes
1. The archives of the period were opened only in the 1990s.
2. The Austrian foreign minister arrived in Sofia on 3 October and stayed four days.
"""


@pytest.mark.slow
def test_an_event_in_a_note_is_dated_from_its_citing_passage(nlp: Language, tmp_path: Path) -> None:
    path = tmp_path / "essay_danube_1962.txt"
    path.write_text(ESSAY, encoding="utf-8")
    (source,) = read_documents(path)
    assert source.body_end is not None and source.notes
    loaded = load_document("essay_danube_1962", [tmp_path])
    assert loaded is not None
    events, _ = predict(nlp, [loaded])
    visits = [e for e in events if e["type"] == "VISIT" and e["date"]]
    assert visits, events
    assert all(not e["date"]["start"].startswith("199") for e in visits), visits
    assert any(e["date"]["start"] == "1963-10-03" for e in visits), visits
