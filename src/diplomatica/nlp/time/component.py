"""The ``diplomatica_time`` spaCy component.

Usage::

    nlp = spacy.blank("en")            # or any pipeline; no parser or NER needed
    nlp.add_pipe("diplomatica_time")   # config: {"doc_date": "1986-11-20"} as default anchor
    doc = nlp.make_doc(text)
    doc._.dipl_doc_date = "1986-11-20" # optional, overrides the config default
    doc = nlp.get_pipe("diplomatica_time")(doc)
    for span in doc.spans["dipl_time"]:
        print(span.text, span._.timex.value)

Spans are the expressions' character offsets expanded to token boundaries; ``timex.text`` keeps
the exact characters matched. Each call is independent: resolution never crosses documents.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from diplomatica.nlp.doc_text import doc_text
from diplomatica.nlp.extensions import SPANS_TIME, register
from diplomatica.nlp.time.tagger import MainClause, NoteAnchor, heading_date, tag_text

# doc.user_data: each endnote's (start, end, offset of its first citing marker), set by the reader
NOTE_ANCHORS_KEY = "dipl_note_anchors"

# dependencies that put a date outside its sentence's main clause (relative clauses, reduced
# relatives, adverbial and complement clauses, appositions, parentheticals)
_SUBORDINATE_DEPS = frozenset(
    {"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "appos", "parataxis", "pcomp", "nmod"}
)
_MAIN_CLAUSE_PREPS = frozenset({"in", "on", "during"})


def _simple_past_verb(verb: Token) -> bool:
    """Whether ``verb`` is a simple past (not past perfect, not modal, not passive-perfect)."""
    if verb.tag_ == "VBD":
        return True
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.tag_ == "VBN" and bool(auxes) and auxes <= {"was", "were"}


def _date_in_main_clause(token: Token) -> bool:
    """Whether the date headed by ``token`` is a prepositional adjunct ("in March 1976") of the
    main verb of a simple-past sentence, or of a verb coordinated with it."""
    head = token
    while head.dep_ not in ("pobj", "npadvmod") and head.head.i != head.i and head.i - token.i < 6:
        if head.dep_ in _SUBORDINATE_DEPS:
            return False
        head = head.head
    if head.dep_ == "pobj":
        if head.head.lower_ not in _MAIN_CLAUSE_PREPS or head.head.dep_ != "prep":
            return False
        head = head.head
    elif head.dep_ != "npadvmod":
        return False  # a subject or object ("1963 was a quiet year"), not an adjunct
    verb = head.head
    if verb.pos_ not in ("VERB", "AUX") or not _simple_past_verb(verb):
        return False
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT"


def _main_clause_hint(doc: Doc) -> MainClause | None:
    """A lookup telling whether the expression at a character offset sits in a simple-past main
    clause, or None when the doc has no dependency parse."""
    if not doc.has_annotation("DEP"):
        return None

    def in_main_clause(offset: int) -> bool:
        span = doc.char_span(offset, offset + 1, alignment_mode="expand")
        if span is None or not len(span):
            return False
        token = span[0]
        while token.head.i != token.i and token.head.ent_type_ == "DATE" == token.ent_type_:
            token = token.head
        return _date_in_main_clause(token)

    return in_main_clause


class TimeTagger:
    """Callable spaCy component that tags temporal expressions of a ``Doc``."""

    def __init__(self, doc_date: str | None = None) -> None:
        register()
        self.doc_date = doc_date

    def __call__(self, doc: Doc) -> Doc:
        """Fill ``doc.spans[SPANS_TIME]`` (replacing earlier content) and return the doc."""
        register()
        reference = doc._.dipl_doc_date or self.doc_date
        if not reference:
            # a record without a stored date is dated by its heading ("DATE: May 3, 1971")
            reference = heading_date(doc_text(doc))
            doc._.dipl_doc_date = reference
        spans: list[Span] = []
        last_end = -1
        anchors = [NoteAnchor(*a) for a in doc.user_data.get(NOTE_ANCHORS_KEY, ())]
        for mention in tag_text(doc_text(doc), reference, _main_clause_hint(doc), anchors):
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or span.start < last_end:
                continue  # two expressions inside one token: keep the first
            span._.timex = mention.timex
            spans.append(span)
            last_end = span.end
        doc.spans[SPANS_TIME] = spans
        return doc


@Language.factory("diplomatica_time", default_config={"doc_date": None})
def make_time_tagger(nlp: Language, name: str, doc_date: str | None) -> TimeTagger:
    """Create the temporal tagger; ``doc_date`` is the default reference date (ISO) for docs
    whose ``doc._.dipl_doc_date`` is unset."""
    register()
    return TimeTagger(doc_date)
