"""Back-references by polity noun: "the republic" or "the new republic" (lower case) names the
state last called a Republic in the text ("the Yemen Arab Republic was proclaimed ... Cairo
recognised the republic"); "the new state" names the state whose independence was told last
("After Finland declared its independence, Sweden recognised the new state")."""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from diplomatica.nlp.doc_text import tokens_with
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


# Nouns that "the new ..." makes a back-reference to a state that has just become independent.
_NEW_POLITY_NOUNS = frozenset(["state", "nation", "country", "republic"])
_NEW_ADJECTIVES = frozenset(["new", "young"])
_INDEPENDENCE_WORDS = frozenset(["independence", "independent"])


def _definite_new_polity(doc: Doc, i: int) -> Span | None:
    """Return "the new state" / "the young republic" ending at token ``i``, else None."""
    if doc[i].lower_ not in _NEW_POLITY_NOUNS or doc[i].text[:1].isupper():
        return None
    if i + 1 < len(doc) and (doc[i + 1].lower_ == "of" or doc[i + 1].pos_ == "PROPN"):
        return None  # "the new state of Guinea": named there
    start = i - 1
    if start < 1 or doc[start].lower_ not in _NEW_ADJECTIVES or doc[start - 1].lower_ != "the":
        return None
    return doc[start - 1 : i + 1]


def _independent_party(word: Token) -> Token | None:
    """Return the word naming who became independent in the phrase of ``word`` ("Finland
    declared its independence", "Zimbabwe became independent", "the independence of Ghana",
    "Ghana's independence"): the possessor or "of" object of the noun, else the subject of the
    verb it completes."""
    owner = next((c for c in word.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if owner is None:
        of = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if owner is not None:
        return owner
    verb = word.head
    if word.dep_ not in ("dobj", "acomp", "attr") or verb.pos_ not in ("VERB", "AUX"):
        return None
    # the subject nearest the verb: a news dateline's city may be misread as a second subject
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return max(subjects, key=lambda c: c.i) if subjects else None


def _states_made_independent(doc: Doc, states: list[Mention]) -> list[Mention]:
    """Return the state mentions said to have become independent, in text order."""
    by_token = {i: m for m in states for i in range(m.span.start, m.span.end)}
    found: list[Mention] = []
    for word in (doc[i] for i in tokens_with(doc, LOWER, _INDEPENDENCE_WORDS)):
        party = _independent_party(word)
        m = by_token.get(party.i) if party is not None else None
        if m is not None and m.ref is not None and m.ref.kind == "state":
            found.append(m)
    return found


def new_states_named_before(doc: Doc, states: list[Mention]) -> list[Mention]:
    """Return state mentions for each "the new state" (or "the young republic", "the new
    nation") of ``doc`` that points back to the last state said, within reach before it, to
    have become independent."""
    taken = {i for m in states for i in range(m.span.start, m.span.end)}
    phrases = [
        span
        for i in tokens_with(doc, LOWER, _NEW_POLITY_NOUNS)
        if (span := _definite_new_polity(doc, i)) is not None
        and not any(t in taken for t in range(span.start, span.end))
    ]
    if not phrases:
        return []
    independent = _states_made_independent(doc, states)
    found = []
    for span in phrases:
        before = [m for m in independent if m.span.end <= span.start]
        if before and span.start - before[-1].span.end <= _REACH:
            last = before[-1]
            found.append(Mention(span, "gazetteer_state", last.ident, ref=last.ref, label="GPE"))
    return found
