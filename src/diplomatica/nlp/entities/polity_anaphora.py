"""Back-references by polity noun: "the republic" or "the new republic" (lower case) names the
state last called a Republic in the text ("the Yemen Arab Republic was proclaimed ... Cairo
recognised the republic")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from diplomatica.nlp.entities.mention import Mention

# How far back (tokens) the named republic may stand.
_REACH = 400
_NOUN = "republic"


def _named_a_republic(mention: Mention) -> bool:
    """Whether a state mention is, or is followed by, the capitalised word "Republic"."""
    span, doc = mention.span, mention.span.doc
    if any(tok.text == "Republic" for tok in span):
        return True
    return span.end < len(doc) and doc[span.end].text == "Republic"


def _definite_republic(doc: Doc, i: int) -> Span | None:
    """Return "the republic" / "the new republic" ending at token ``i`` (lower-case noun, "the"
    and at most one adjective before it), else None."""
    if doc[i].text != _NOUN:
        return None
    start = i - 1
    if start >= 0 and doc[start].tag_ == "JJ":
        start -= 1
    if start < 0 or doc[start].lower_ != "the":
        return None
    return doc[start : i + 1]


def republics_named_before(doc: Doc, states: list[Mention]) -> list[Mention]:
    """Return state mentions for each "the (new) republic" of ``doc`` that points back to the
    last of ``states`` (linked state mentions) named a Republic within reach before it."""
    named = sorted(
        (m for m in states if m.ref is not None and m.ref.kind == "state" and _named_a_republic(m)),
        key=lambda m: m.span.start,
    )
    if not named:
        return []
    taken = {i for m in states for i in range(m.span.start, m.span.end)}
    found = []
    # the word's positions from the ORTH column: cheaper than visiting every token
    if _NOUN not in doc.vocab.strings:
        return []
    orth = doc.vocab.strings[_NOUN]
    for at in (doc.to_array("ORTH") == orth).nonzero()[0].tolist():
        span = _definite_republic(doc, at)
        if span is None or any(i in taken for i in range(span.start, span.end)):
            continue
        before = [m for m in named if m.span.end <= span.start]
        if not before or span.start - before[-1].span.end > _REACH:
            continue
        last = before[-1]
        found.append(Mention(span, "gazetteer_state", last.ident, ref=last.ref, label="GPE"))
    return found
