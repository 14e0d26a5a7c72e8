"""Turning raw matches into linked entities: people (with in-document coreference), states
(era- and context-aware), capitals (metonymy), organisations (generic organs get their state from
context) and the titles and states of people. The steps live in the sibling modules; this one
runs them in order."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from diplomatica.nlp.doc_text import doc_text
from diplomatica.nlp.entities.context import mention_year, sentence_starts, time_marks
from diplomatica.nlp.entities.coreference import assign_person_keys
from diplomatica.nlp.entities.mention import Mention
from diplomatica.nlp.entities.orgs import link_org
from diplomatica.nlp.entities.pairs import paired_states, without_pair_members
from diplomatica.nlp.entities.person_candidates import person_mentions, without_given_name_cities
from diplomatica.nlp.entities.person_states import (
    give_family_states_to_bare_surnames,
    give_knights_the_british_state,
    give_sides_to_listed_people,
    share_person_countries,
)
from diplomatica.nlp.entities.person_titles import (
    give_royal_cues_to_the_monarch,
    link_person,
    title_scene,
)
from diplomatica.nlp.entities.polity_anaphora import new_states_named_before, republics_named_before
from diplomatica.nlp.entities.states import (
    link_state_mention,
    sentence_states,
    state_dominance,
    weighted,
)
from diplomatica.nlp.entities.statesmen import link_famous
from diplomatica.nlp.entities.title_holders import titles_naming_the_last_holder
from diplomatica.nlp.gazetteer import Gazetteer
from diplomatica.nlp.types import EntityRef


def excluded_surnames(gaz: Gazetteer) -> frozenset[str]:
    """Return lower-case single words that never make a surname: gazetteer names, titles, months."""
    words: set[str] = set()
    # Abbreviations are matched case-sensitively: "NAM" must not block the Korean "Nam".
    for norm, forms in gaz.forms_by_norm.items():
        if " " not in norm and any(f.kind != "abbreviation" for f in forms):
            words.add(norm)
    for org in gaz.orgs.values():
        words.update(a.lower() for a in org.aliases if " " not in a and not a.isupper())
    for norm in gaz.titles_by_norm:
        words.update(norm.split())
    words.update(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "party",
            "army",
            "war",
        ]
    )
    return frozenset(words)


def _has_eras(mention: Mention, gaz: Gazetteer) -> bool:
    """Whether ``mention`` names an organisation whose state changed with the era."""
    return mention.source == "org" and bool(gaz.orgs[mention.ident].eras)


def resolve_document(
    doc: Doc,
    gazetteer_mentions: list[Mention],
    titles: list[Span],
    gaz: Gazetteer,
    year: int | None,
    excluded: frozenset[str],
    famous_spans: list[Span] | None = None,
    dictionary: frozenset[str] = frozenset(),
) -> list[tuple[Span, EntityRef, str]]:
    """Return ``(span, ref, ents_label)`` for every linked mention of ``doc``, in text order.

    ``famous_spans`` are matches of gazetteer statesmen (label ``P|key`` for a full name,
    ``B|key`` for a bare surname); ``dictionary`` holds lower-case English words (a lone
    capitalised dictionary word heading a line is not taken for a person)."""
    # has_annotation() scans the whole doc: ask once.
    parsed, tagged = doc.has_annotation("DEP"), doc.has_annotation("TAG")
    starts, marks = sentence_starts(doc), time_marks(doc)
    text = doc_text(doc)
    gazetteer_mentions = without_given_name_cities(doc, gazetteer_mentions, gaz)
    people = person_mentions(
        doc, gazetteer_mentions, gaz, excluded, famous_spans or [], dictionary, tagged, titles
    )
    for person in people:
        person.year = mention_year(person.span, year, starts, marks, text)
    # surnames the gazetteer links itself (a bare one, or one shared by statesmen); the one
    # statesman's surname that is no name alone ("Maurice Bishop ... Bishop") is lent by his
    # full name in the document, like anyone's
    assign_person_keys(
        doc,
        people,
        gazetteer_mentions,
        tagged,
        excluded,
        dictionary,
        gaz.statesman_surnames,
        gaz.person_names,
    )
    link_famous(people, gaz)
    for mention in gazetteer_mentions:
        if mention.source == "gazetteer_state" or _has_eras(mention, gaz):
            mention.year = mention_year(mention.span, year, starts, marks, text)
    dominance = state_dominance(gazetteer_mentions, gaz)
    local = sentence_states(gazetteer_mentions, people, gaz, parsed)
    for mention in gazetteer_mentions:
        if mention.source == "gazetteer_state":
            near = local.get(mention.span.sent.start) if parsed else None
            link_state_mention(mention, gaz, dominance + weighted(near), parsed)
    orgs = [m for m in gazetteer_mentions if m.source == "org"]
    linked = sorted(
        [m for m in gazetteer_mentions if m.ref is not None or m.source == "org"],
        key=lambda m: m.span.start,
    )
    for mention in sorted(orgs, key=lambda m: m.span.start, reverse=True):
        link_org(mention, gaz, linked)
    scene = title_scene(titles, linked, gaz)
    for person in people:
        link_person(person, scene, people)
    give_sides_to_listed_people(doc, people, linked)
    share_person_countries(people)
    give_family_states_to_bare_surnames(people)
    give_knights_the_british_state(people)
    give_royal_cues_to_the_monarch(scene, people)
    people.extend(titles_naming_the_last_holder(titles, people, gaz))
    linked.extend(paired_states(doc, gaz, linked, year, starts, marks, text))
    linked = without_pair_members(linked)
    linked.extend(republics_named_before(doc, linked))
    linked.extend(new_states_named_before(doc, linked))
    out = [m for m in (*linked, *people) if m.ref is not None]
    return [(m.span, m.ref, m.label) for m in sorted(out, key=lambda m: m.span.start) if m.ref]
