"""The array-read scans of a doc (newlines, spellings, sentence starts, lines) give what the
plain token loops they replace give, on the seed documents and on a record with a header."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.attrs import LOWER, ORTH, TAG
from spacy.language import Language
from spacy.tokens import Doc

from diplomatica.ingest import read_documents
from diplomatica.nlp.doc_text import newline_tokens, tokens_with
from diplomatica.nlp.entities.context import sentence_starts
from diplomatica.nlp.events.context import _line_starts, _lines

RECORD = (
    "MEMORANDUM OF CONVERSATION\n\nParticipants: the Minister; the Ambassador\n"
    "Date: 4 May 1961  \n\n  The Minister said that  the treaty\nof 1955 stood.\n \n"
    "Ambassador: We agree.\n\n\n"
)


@pytest.fixture(scope="module")
def docs(nlp: Language, seeds_dir: Path) -> list[Doc]:
    bodies = [d.body for p in sorted(seeds_dir.glob("*")) for d in read_documents(p)]
    return [nlp(text) for text in [*bodies, RECORD, "", "\n", "One line."]]


def _plain_newline_tokens(doc: Doc) -> list[tuple[int, bool]]:
    return [(t.i, "\n" in t.text) for t in doc if "\n" in t.text or "\n" in t.whitespace_]


def _plain_lines(doc: Doc) -> list[tuple[int, int]]:
    out, start, worded = [], 0, False
    for tok in doc:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            if worded or not tok.is_space:
                out.append((start, tok.i if tok.is_space else tok.i + 1))
            start, worded = tok.i + 1, False
        elif not tok.is_space:
            worded = True
    return [*out, (start, len(doc))] if worded else out


def test_newline_tokens_are_the_tokens_holding_a_newline(docs: list[Doc]) -> None:
    assert sum(len(newline_tokens(d)) for d in docs) > 50
    for doc in docs:
        assert newline_tokens(doc) == _plain_newline_tokens(doc)


def test_lines_and_line_starts_follow_the_newlines(docs: list[Doc]) -> None:
    for doc in docs:
        assert _lines(doc) == _plain_lines(doc)
        plain = [0] if len(doc) else []
        plain += [t.i + 1 for t in doc[:-1] if t.is_space and "\n" in t.text]
        assert _line_starts(doc) == plain


def test_tokens_with_a_spelling_or_tag(docs: list[Doc]) -> None:
    words = frozenset(["Mongolia", "Korea", "the"])
    tags = frozenset(["NNP", "JJ"])
    for doc in docs:
        assert tokens_with(doc, ORTH, words) == [t.i for t in doc if t.text in words]
        assert tokens_with(doc, LOWER, words) == [t.i for t in doc if t.lower_ in words]
        assert tokens_with(doc, TAG, tags) == [t.i for t in doc if t.tag_ in tags]
    assert tokens_with(docs[0], ORTH, frozenset(["Mongolia"]))


def test_sentence_starts_are_the_sentences_first_characters(docs: list[Doc]) -> None:
    for doc in docs:
        expected = [s.start_char for s in doc.sents] if len(doc) else []
        assert sentence_starts(doc) == expected
