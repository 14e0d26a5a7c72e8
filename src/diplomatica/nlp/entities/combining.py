"""Combining forms of state names: "Anglo-" in "the Anglo-Malaysian Defence Agreement" stands
for Britain, "Franco-" in "the Franco-German treaty" for France. A combining form names its
state only when glued by a hyphen to another state word; alone it is no state (and a surname
that spells it is no person inside such a compound)."""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span

from diplomatica.nlp.doc_text import tokens_with
from diplomatica.nlp.entities.mention import Mention
from diplomatica.nlp.gazetteer import Gazetteer, load_gazetteer, normalize

_HYPHENS = ("-", "‐")


def combining_forms() -> dict[str, str]:
    """Return the combining forms of ``states.yaml`` (``combining_forms``: form -> ISO3), read
    with the rest of the gazetteer."""
    return load_gazetteer().combining_forms


def glued_to_hyphen(doc: Doc, i: int) -> bool:
    """Return whether token ``i`` is followed, without a space, by a hyphen (its own token or
    the start of the next one: "Sino-Soviet", "Franco - German" is not)."""
    if i + 1 >= len(doc) or doc[i].whitespace_:
        return False
    return doc[i + 1].text[:1] in _HYPHENS


def _state_word_after(doc: Doc, i: int, state_starts: frozenset[int]) -> bool:
    """Whether the hyphen after token ``i`` leads to a state word or another combining form
    ("Anglo-Franco-Soviet")."""
    j = i + 2 if doc[i + 1].text in _HYPHENS else i + 1
    if j >= len(doc) or doc[j - 1].whitespace_:
        return False
    return j in state_starts or doc[j].text in combining_forms()


def hyphen_only_forms(gaz: Gazetteer) -> frozenset[str]:
    """Return the normalised combining forms that the gazetteer also lists as a form of their
    state ("Sino", a demonym of China): such a form is matched with the state's other forms,
    but names the state only when glued to a hyphen ("Sino-Soviet", not "the Sino")."""
    return frozenset(normalize(form) for form in gaz.combining_forms) & frozenset(gaz.forms_by_norm)


def combining_form_mentions(doc: Doc, taken: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """Return state mentions for the combining forms of ``doc`` that a hyphen glues to a state
    word (one of ``taken``, the gazetteer's state mentions, or another combining form); each
    mention is keyed by its state's main name, so it is linked like that name."""
    forms = combining_forms()
    starts = frozenset(m.span.start for m in taken if m.source == "gazetteer_state")
    occupied = {i for m in taken for i in range(m.span.start, m.span.end)}
    found = []
    for tok in (doc[i] for i in tokens_with(doc, ORTH, frozenset(forms))):
        iso3 = forms[tok.text]
        if iso3 not in gaz.states or tok.i in occupied:
            continue
        if not glued_to_hyphen(doc, tok.i) or not _state_word_after(doc, tok.i, starts):
            continue
        span = Span(doc, tok.i, tok.i + 1)
        found.append(Mention(span, "gazetteer_state", normalize(gaz.states[iso3].name)))
    return found


def inside_a_compound(span: Span) -> bool:
    """Whether ``span`` is a single combining form glued to a hyphen ("Franco" in
    "Franco-German"): then it names no person."""
    return (
        len(span) == 1 and span.text in combining_forms() and glued_to_hyphen(span.doc, span.start)
    )
