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
from spacy.tokens import Doc, Span

from diplomatica.nlp.extensions import SPANS_TIME, register
from diplomatica.nlp.time.tagger import tag_text


class TimeTagger:
    """Callable spaCy component that tags temporal expressions of a ``Doc``."""

    def __init__(self, doc_date: str | None = None) -> None:
        register()
        self.doc_date = doc_date

    def __call__(self, doc: Doc) -> Doc:
        """Fill ``doc.spans[SPANS_TIME]`` (replacing earlier content) and return the doc."""
        register()
        reference = doc._.dipl_doc_date or self.doc_date
        spans: list[Span] = []
        last_end = -1
        for mention in tag_text(doc.text, reference):
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
