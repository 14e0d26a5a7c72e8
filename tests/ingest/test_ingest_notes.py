"""Endnote detection and marker linking, independent of file format."""

from __future__ import annotations

from diplomatica.ingest.notes import find_notes, normal_label, roman_value


def test_roman_and_superscript_labels() -> None:
    assert [roman_value(x) for x in ("i", "iv", "ix", "xiv", "xxvi", "xl")] == [1, 4, 9, 14, 26, 40]
    assert normal_label("XII") == "xii" and normal_label("¹²") == "12" and normal_label("03") == "3"


def test_editorial_brackets_are_not_markers() -> None:
    text = (
        "The MPRP [Mongolian People's Revolutionary Party] leader arrived.[i] He took a [walking] "
        "stick [what can] and [sic] spoke.[ii] A stray [iii] has no note.\n\n"
        "[i] First invented note.\n\n[ii] Second invented note.\n"
    )
    notes, body_end = find_notes(text)
    assert [(n.label, len(n.refs)) for n in notes] == [("i", 1), ("ii", 1)]
    assert body_end == text.index("A stray [iii] has no note.") + len("A stray [iii] has no note.")
    assert text[notes[0].refs[0][0] : notes[0].refs[0][1]] == "[i]"


def test_references_heading_with_plain_numbers_and_continuations() -> None:
    text = (
        "Body cites one[1] and two[2].\n\nReferences\n\n"
        "1 A first invented reference\n   continued on a second line.\n2 A second reference.\n"
    )
    notes, body_end = find_notes(text)
    assert body_end == len("Body cites one[1] and two[2].")
    assert [n.label for n in notes] == ["1", "2"]
    assert (
        notes[0].text.startswith("A first invented reference") and "second line." in notes[0].text
    )
    assert [text[a:b] for n in notes for a, b in n.refs] == ["[1]", "[2]"]


def test_out_of_sequence_labels_are_not_a_notes_section() -> None:
    text = "A sentence.[1]\n\n[1] One.\n[3] Three.\n"
    assert find_notes(text) == ([], None)


def test_text_without_notes() -> None:
    assert find_notes("Two states met in 1961 [in Geneva].\n") == ([], None)
