"""Polarity and modality: is a trigger reported as a fact, or negated, wished, planned, failed?"""

from __future__ import annotations

from spacy.tokens import Span, Token

from diplomatica.nlp.events.dating.parse import has_perfect
from diplomatica.nlp.events.lexicon import (
    FUTURE_MARKERS,
    HABITUAL_WORDS,
    IRREALIS_GOVERNORS,
    PERSON_GROUP_NOUNS,
    SPEECH_VERBS,
    STANCE_VERBS,
)
from diplomatica.nlp.events.triggers.agreements import dated_agreement
from diplomatica.nlp.events.triggers.first_to_act import among_the_first
from diplomatica.nlp.events.triggers.syntax import first_conjunct, has_own_subject, has_to_marker

_MODALS = frozenset(
    [
        "should",
        "would",
        "could",
        "might",
        "may",
        "must",
        "shall",
        "can",
        "will",
        "'d",
        "'ll",
        "ought",
    ]
)
# Governors that presuppose their finite complement: "appreciated that he had flown".
_FACTIVE_GOVERNORS = frozenset(["thank", "appreciate", "welcome"])
_BLOCKING_GOVERNORS = IRREALIS_GOVERNORS | _FACTIVE_GOVERNORS | {"hinder"}


def _lemma_forms(token: Token) -> set[str]:
    """Return the token's lemma and the bases its inflection suggests: the statistical
    lemmatizer sometimes strips too much ("hoped" -> "hop")."""
    word = token.lower_
    forms = {token.lemma_.lower(), word}
    for suffix, repl in (("ed", "e"), ("ed", ""), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            forms.add(word[: -len(suffix)] + repl)
    return forms


def _has_neg(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def _negated_until(token: Token) -> bool:
    """``did not take place until 1980``: negation scoped by "until" dates the event."""
    return any(c.lower_ == "until" for c in token.children)


def _modal_aux(token: Token) -> str | None:
    for c in token.children:
        if c.dep_ in ("aux", "auxpass") and c.lower_ in _MODALS:
            return c.lower_
    return None


def _first_conjunct_verb(verb: Token) -> Token:
    """Return the verb a conjoined verb shares its auxiliaries with (the conjunction may be
    misattached to the first verb's object)."""
    node = first_conjunct(verb)
    if node.pos_ in ("NOUN", "PROPN") and node.dep_ in ("dobj", "attr"):
        node = node.head
    return node


def _under_notice(token: Token) -> bool:
    """``gave notice that it will terminate the treaty``: the notice is the act."""
    return token.dep_ in ("acl", "ccomp") and token.head.lemma_.lower() == "notice"


def _negative_subject(verb: Token) -> bool:
    """``No Mongolian leader paid a visit``, ``Neither side signed``, ``nobody came``,
    ``received no foreign leader``, ``signed no agreement``, ``neither Bulgaria nor Albania
    has signed it`` (a coordination negated as a whole)."""
    for c in verb.children:
        if c.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            continue
        if c.lower_ in ("nobody", "none", "neither", "nothing", "no one"):
            return True
        if any(d.dep_ == "det" and d.lower_ in ("no", "neither") for d in c.children):
            return True
        if any(d.dep_ == "preconj" and d.lower_ == "neither" for d in c.children):
            return True
    return False


def _under_speech_verb(token: Token) -> bool:
    head = token
    while head.dep_ in ("conj", "xcomp") and head.head.i != head.i:
        head = head.head
    return head.dep_ == "ccomp" and head.head.lemma_.lower() in SPEECH_VERBS


def _reported_stance(verb: Token) -> bool:
    """``declared that Cuba would stand at Angola's side``: a stance promised in reported
    speech is stated; ``said that ambassadors would be exchanged`` (future in the past) is
    not, nor is ``would have signed``."""
    if not _under_speech_verb(verb):
        return False
    if any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children):
        return False
    return bool(_lemma_forms(verb) & STANCE_VERBS)


# Verbs of informing a partner, whose reported "would not renew" is the refusal itself.
_NOTIFYING_VERBS = frozenset(["inform", "notify", "advise", "warn"])


def _announced_refusal(verb: Token) -> bool:
    """``informed Moscow that it would not extend the treaty``, ``announced that it would not
    renew the agreement``: a refusal announced in the past is the act (the agreement ends by
    it), unlike a future act reported ("said ambassadors would be exchanged")."""
    if not _has_neg(verb) or _modal_aux(verb) not in ("would", "'d"):
        return False
    head = verb.head
    return (
        verb.dep_ == "ccomp"
        and head.tag_ in ("VBD", "VBN")
        and bool(_lemma_forms(head) & (SPEECH_VERBS | _NOTIFYING_VERBS))
    )


def _negated_disjunct(verb: Token) -> bool:
    """``undertook not to join any alliance or conclude any treaty``, ``did not recognise the
    regime or receive its envoy``: a verb joined by "or"/"nor", without a subject of its own,
    to a negated verb falls under the same negation."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.pos_ in ("VERB", "AUX")
        and head.pos_ in ("VERB", "AUX")
        and not has_own_subject(verb)
        and any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in head.children)
        and _has_neg(head)
        and not _negated_until(head)
    )


def _clause_modality_blocks(verb: Token, negation_states_event: bool = False) -> bool:
    if _has_neg(verb) and not _negated_until(verb) and not negation_states_event:
        return True
    if _negated_disjunct(verb) and not negation_states_event:
        return True
    if _negative_subject(verb):
        return True
    modal = _modal_aux(verb)
    if (
        modal is None
        and verb.dep_ == "conj"
        and verb.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        # "which should strengthen X and support Y": the shared modal scopes over both verbs
        modal = _modal_aux(_first_conjunct_verb(verb))
    if modal is not None and not (
        (modal == "would" and _reported_stance(verb))
        or (modal == "will" and _under_notice(verb))
        or (negation_states_event and _announced_refusal(verb))
    ):
        return True
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children):
        return True
    return any(c.lower_ in HABITUAL_WORDS for c in verb.children)


_SETTING_PREPS = frozenset(["on", "during", "at", "after", "since", "following", "throughout"])


def _presupposed(token: Token) -> bool:
    """``wanted to make good on his visit to X``, ``hoped to sign it during the visit``: an
    act named as the setting of another is presupposed, whatever is wished about the other."""
    return (
        token.pos_ in ("NOUN", "PROPN")
        and token.dep_ == "pobj"
        and token.head.lower_ in _SETTING_PREPS
        and any(c.dep_ == "poss" or c.lower_ in ("the", "this", "that") for c in token.children)
    )


def _still_ahead(noun: Token) -> bool:
    """``the decision, which comes a week before the peace talks``, ``ahead of the summit``:
    an act that a present-tense clause places later is still to come."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ not in ("before", "ahead", "of"):
        return False
    if prep.lower_ == "of":  # "ahead of the talks"
        prep = prep.head
        if prep.lower_ != "ahead":
            return False
    verb = prep.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head  # "a week before": the measure noun hangs between
    return verb.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBN") for c in verb.children
    )


# Verbs that plan, put off or call off an act named as their subject or participle's noun:
# "a visit planned for May", "the visit was postponed", "the talks scheduled for June".
_UNREALISED_VERBS = frozenset(
    ["plan", "schedule", "propose", "envisage", "contemplate", "postpone", "cancel", "defer"]
)


def _unrealised(noun: Token) -> bool:
    """``a visit to X planned for the same month was postponed``, ``the proposed treaty``,
    ``the talks were cancelled``: an act that a participle or a passive predicate presents as
    planned, proposed, put off or called off has not (yet) taken place."""
    if noun.pos_ not in ("NOUN", "PROPN") or _realised(noun):
        return False
    for c in noun.children:
        if c.dep_ in ("acl", "amod") and c.tag_ == "VBN" and _lemma_forms(c) & _UNREALISED_VERBS:
            return True
    head = noun.head
    return (
        noun.dep_ in ("nsubj", "nsubjpass")
        and head.pos_ == "VERB"
        and head.tag_ in ("VBD", "VBN")
        and bool(_lemma_forms(head) & _UNREALISED_VERBS)
        and not any(c.dep_ == "dobj" for c in head.children)
    )


# Verbs by which a text lays down an act to come: "the protocol provides for the establishment
# of relations", "the accord called for", "the treaty envisaged the opening of embassies".
_PROVIDING_VERBS = frozenset(["provide", "call", "envisage", "foresee", "stipulate", "require"])


def _provided_for(noun: Token) -> bool:
    """``one protocol provides for the establishment of diplomatic relations``, ``the treaty
    envisaged the opening of embassies``: an act a text provides or calls for is still to
    come."""
    if noun.pos_ != "NOUN":
        return False
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "for":
        verb = head.head
        return verb.lemma_.lower() in ("provide", "call") and verb.pos_ == "VERB"
    return noun.dep_ == "dobj" and head.lemma_.lower() in _PROVIDING_VERBS - {"provide", "call"}


# Verbs stating that an act came about: "the planned visit took place", "went ahead".
_REALISING_VERBS = frozenset(["take", "occur", "happen", "proceed", "go", "hold", "materialize"])


def _realised(noun: Token) -> bool:
    """``the planned visit took place in May``: the subject of a verb of happening is done,
    whatever planned it."""
    return noun.dep_ in ("nsubj", "nsubjpass") and bool(_lemma_forms(noun.head) & _REALISING_VERBS)


# Predicates that weigh whether an act can or should be: "frank talk was possible".
_POSSIBILITY_ADJECTIVES = frozenset(
    [
        "possible",
        "impossible",
        "likely",
        "unlikely",
        "necessary",
        "desirable",
        "useful",
        "premature",
        "unthinkable",
        "conceivable",
        "inconceivable",
    ]
)


def _weighed(noun: Token) -> bool:
    """``frank talk between the two systems was possible``, ``a summit is unlikely``: an act
    whose possibility, likelihood or desirability is the predicate is not stated as done
    (unlike "those talks had been useful", a perfect judging an act done)."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if has_perfect(noun.head):
        return False  # "those talks had been useful": a perfect judges an act done
    return any(
        c.dep_ == "acomp" and c.lemma_.lower() in _POSSIBILITY_ADJECTIVES
        for c in noun.head.children
    )


# Nouns of a matter being weighed: "a visit to Moscow is under consideration".
_WEIGHING_NOUNS = frozenset(["consideration", "discussion", "study", "review", "examination"])


def _under_discussion(noun: Token) -> bool:
    """``a loan that had been under discussion with Tanzania``, ``a visit to Moscow is under
    consideration``: "under" + a noun of talk or study says that a matter is being weighed;
    neither the talk so named nor the act weighed is an event done."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "under":
        return noun.lemma_.lower() in _WEIGHING_NOUNS
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "under"
        and any(g.dep_ == "pobj" and g.lemma_.lower() in _WEIGHING_NOUNS for g in c.children)
        for c in noun.head.children
    )


def _subject_of_a_plan(noun: Token) -> bool:
    """``before the peace talks are to open in Paris``, ``the talks were to begin in May``: an
    act that "is/was to" happen is planned, and so is the act a predicate noun names beside it
    ("X is to arrive in Washington ..., the first official visit to the United States")."""
    return noun.dep_ in ("nsubj", "attr") and any(
        _be_to(noun.head, c, ("xcomp",)) for c in noun.head.children
    )


def _be_to(be: Token, complement: Token, deps: tuple[str, ...]) -> bool:
    """Return whether ``complement`` (attached to ``be`` as one of ``deps``) is a to-infinitive
    of "be": "is to be signed", "was to make its mark" state a plan (not "was among the
    first states to recognise it", an act done)."""
    return (
        be.lemma_.lower() == "be"
        and complement.dep_ in deps
        and has_to_marker(complement)
        and not among_the_first(complement)
    )


# Quantifiers of a plural event noun that make it a series: "many conversations".
_SERIES_QUANTIFIERS = frozenset(["many", "numerous", "countless", "innumerable"])


def _repeated(trigger: Token) -> bool:
    """``I have had many conversations with him``: a plural noun counted as a series states
    no single event."""
    return trigger.tag_ == "NNS" and any(
        c.dep_ == "amod" and c.lower_ in _SERIES_QUANTIFIERS for c in trigger.children
    )


# Verbs fixing the date of an act: "no date has been set for the opening of the embassy".
_DATE_SETTING_VERBS = frozenset(["set", "fix", "schedule", "determine"])


def _unset_date(head: Token) -> bool:
    """``No date has been set for X``: an act without a date fixed has not happened."""
    return head.lemma_.lower() in _DATE_SETTING_VERBS and _negative_subject(head)


# Adjectives whose to-infinitive states a disposition, not an act: "was ready to grant a
# credit", "is willing to restore relations", "is due to arrive", "was likely to sign".
_DISPOSITION_ADJECTIVES = frozenset(
    [
        "ready",
        "willing",
        "unwilling",
        "eager",
        "keen",
        "reluctant",
        "due",
        "likely",
        "unlikely",
        "possible",
        "impossible",
        "determined",
        "anxious",
    ]
)


def _disposition(node: Token, head: Token) -> bool:
    """Return whether ``node`` is the to-infinitive of a disposition adjective ``head``
    ("ready to grant", "willing to sign"): a readiness, not the act."""
    return (
        node.dep_ == "xcomp"
        and head.pos_ == "ADJ"
        and head.lemma_.lower() in _DISPOSITION_ADJECTIVES
    )


# Modal auxiliaries placing an act later than the time of speaking or of the report.
_FUTURE_MODALS = frozenset(["would", "will", "shall", "'ll", "'d", "could", "might", "may"])


def _modal_adjective(node: Token, head: Token, trigger: Token) -> bool:
    """``would be happy to stop in Accra``, ``will be glad to receive him``: the to-infinitive
    of an adjective whose copula bears a modal of future or hypothesis tells an act offered or
    foreseen, not done (a stance promised in reported speech excepted: "said that Ghana would
    be glad to support the plan", see :func:`_reported_stance`)."""
    if node.dep_ != "xcomp" or head.pos_ != "ADJ" or head.dep_ != "acomp":
        return False
    copula = head.head
    if copula.lemma_.lower() != "be" or _modal_aux(copula) not in _FUTURE_MODALS:
        return False
    return not (_under_speech_verb(copula) and bool(_lemma_forms(trigger) & STANCE_VERBS))


# Subordinators of a temporal clause ("when they next met", "once the treaty is signed").
_TEMPORAL_MARKS = frozenset(["when", "once", "after", "before", "until", "till", "whenever"])


def _temporal_clause_of_future(node: Token, head: Token) -> bool:
    """``would raise the matter with X when they next met``, ``will sign it once Y arrives``:
    a temporal clause of a modal (future or hypothetical) verb tells of an act still to come."""
    if node.dep_ != "advcl" or node.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.lower_ in _TEMPORAL_MARKS for c in node.children if c.dep_ in ("mark", "advmod")):
        return False
    if any(c.dep_ == "advmod" and c.lower_ == "next" for c in node.children):
        return True  # "when they next met": the next occasion is to come
    return _modal_aux(head) in _FUTURE_MODALS


# Modals of a plain future (not "would"/"may", which also tell of past habits and chances).
_WILL_MODALS = frozenset(["will", "shall", "'ll"])
# Words making a stay to come: "is due in Seoul", "is expected in Tokyo".
_DUE_WORDS = frozenset(["due", "expected"])


def _temporal_phrase_of_future(node: Token, head: Token) -> bool:
    """``will arrive in Seoul after a visit to Tokyo``, ``is due in Seoul next week after a
    visit to Tokyo``: an act in an "after"/"before" phrase of a future verb is still to come."""
    if node.dep_ != "prep" or node.lower_ not in ("after", "before", "following"):
        return False
    if _modal_aux(head) in _WILL_MODALS:
        return True
    return _present_be(head) and any(
        c.dep_ == "acomp" and c.lower_ in _DUE_WORDS for c in head.children
    )


def _present_be(token: Token) -> bool:
    """Return whether ``token`` is a present form of "be" ("is", "are")."""
    return token.lemma_.lower() == "be" and token.tag_ in ("VBZ", "VBP")


# Nouns of a proposal whose beneficiary is followed by the act proposed: "renewed his
# invitation to the Prime Minister to visit China", "repeated the offer to X to mediate".
_PROPOSAL_NOUNS = frozenset(
    ["invitation", "offer", "proposal", "request", "suggestion", "appeal", "plea", "call"]
)


def _object_proposes(node: Token, head: Token) -> bool:
    """Return whether ``node``, a to-infinitive the parser hung on the verb ``head``, spells
    out the verb's object of proposal ("renewed his invitation to X to visit China")."""
    return (
        node.dep_ in ("advcl", "xcomp")
        and has_to_marker(node)
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _PROPOSAL_NOUNS for c in head.children)
    )


# Non-finite forms of a verb: "into recognising".
_NON_FINITE_TAGS = frozenset(["VB", "VBG"])


def _gerund_phrase(node: Token) -> bool:
    """Return whether ``node`` is a preposition whose object is a gerund ("into recognising",
    "to breaking off")."""
    return node.dep_ == "prep" and any(
        c.dep_ == "pcomp" and c.pos_ in ("VERB", "AUX") and c.tag_ in _NON_FINITE_TAGS
        for c in node.children
    )


def _complement_of_modal(node: Token, head: Token, trigger: Token) -> bool:
    """``would push the Arab states into recognising X``, ``could lead to breaking off
    relations``: an act in the gerund phrase of a modal verb is as future or hypothetical as
    that verb (a stance promised with "would" in reported speech is stated, see
    :func:`_reported_stance`)."""
    if not _gerund_phrase(node) or head.pos_ not in ("VERB", "AUX"):
        return False
    modal = _modal_aux(head)
    if modal is None:
        return False
    return not (
        modal == "would" and _under_speech_verb(head) and bool(_lemma_forms(trigger) & STANCE_VERBS)
    )


def _purpose_of_future(node: Token, head: Token) -> bool:
    """``said he would send X to Washington to open the embassy``, ``will fly to Cairo to sign
    the treaty``: the purpose infinitive of a modal verb (future or hypothetical) is an act
    still to come."""
    return (
        node.dep_ in ("advcl", "xcomp")
        and head.pos_ in ("VERB", "AUX")
        and has_to_marker(node)
        and _modal_aux(head) in _FUTURE_MODALS
        and not _reported_stance(head)
    )


def _purpose_of_negated(node: Token, head: Token) -> bool:
    """``had not come to Moscow to sign a treaty``: the purpose infinitive of a negated verb is
    no act done (an adverbial clause only: "did not hesitate to sign" takes a complement)."""
    return (
        node.dep_ == "advcl"
        and head.pos_ in ("VERB", "AUX")
        and has_to_marker(node)
        and any(c.dep_ == "neg" for c in head.children)
    )


# Prepositions of a journey's purpose: "will travel to Bonn for talks".
_PURPOSE_PREPS = frozenset(["for"])


def _purpose_phrase_of_future(node: Token, head: Token) -> bool:
    """``will then travel to Bonn for talks with the Chancellor``: the purpose phrase of a verb
    with "will" or "shall" is an act still to come (as its purpose infinitive is)."""
    return (
        node.dep_ == "prep"
        and node.lower_ in _PURPOSE_PREPS
        and head.pos_ in ("VERB", "AUX")
        and _modal_aux(head) in _WILL_MODALS
        and not _reported_stance(head)
    )


def _clause_before_semicolon(node: Token, head: Token) -> bool:
    """``recalled X's visit to Brasília; he hoped that ...``, ``came to Cairo ...; Morsi
    welcomed him``: a clause the parser hung as the complement of a verb that follows it past
    a semicolon or colon is a clause of its own, not what that verb wishes or welcomes."""
    if node.dep_ != "ccomp" or node.i > head.i:
        return False
    return any(t.lower_ in (";", ":") for t in node.doc[node.right_edge.i : head.i])


def _spliced_clause(node: Token, head: Token) -> bool:
    """``Pakistan ordered the consulates closed in August 1961, Kabul broke off relations in
    September, ...``, ``when the revolt threatened the government, Taft arrived in Havana``: a
    clause after a comma, without "that", that the parser hung as the complement of a verb
    already given its object or complement is a clause of its own, not what that verb orders
    or wishes."""
    if node.dep_ != "ccomp" or node.i < head.i or node.left_edge.i < 1:
        return False
    if any(c.dep_ == "mark" for c in node.children):
        return False
    start = node.left_edge.i
    comma = node.doc[start] if node.doc[start].is_punct else node.doc[start - 1]
    earlier = any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i < start for c in head.children)
    return earlier and comma.text == ","


# Governors that are nouns only: "the issue of recognition" (not "issued a statement").
_NOUN_GOVERNORS = frozenset(["issue"])


def _governing_forms(head: Token) -> set[str]:
    """Return the lemma forms of ``head`` that may govern an act as wished or planned: a verb
    does not take the forms of the nouns of :data:`_NOUN_GOVERNORS` ("issued a communiqué on
    the talks" states no issue)."""
    forms = _lemma_forms(head)
    return forms - _NOUN_GOVERNORS if head.pos_ in ("VERB", "AUX") else forms


def _factive_clause(node: Token, head: Token) -> bool:
    """``appreciated that Mr. Kekkonen had flown to Novosibirsk``, ``welcomed that the two
    states had restored relations``: a finite past clause under a verb of thanks or welcome
    is presupposed (not "welcomed the proposal to open talks")."""
    return (
        node.dep_ == "ccomp"
        and node.tag_ in ("VBD", "VBN")
        and has_own_subject(node)
        and bool(_lemma_forms(head) & _FACTIVE_GOVERNORS)
    )


# Passive verbs of purpose: "the visit was intended to reassure Franco".
_PURPOSE_VERBS = frozenset(["intend", "mean", "design"])


def _purpose_intended(node: Token, head: Token) -> bool:
    """``President Nixon's visit to Madrid was intended to reassure Franco``, ``the credit
    granted to Ghana was intended for specific projects``: the subject of a passive verb of
    purpose whose infinitive or "for"/"as" phrase names a further aim is done, only its aim is
    intended (not "the visit was intended to take place in May")."""
    if node.dep_ != "nsubjpass" or not _lemma_forms(head) & _PURPOSE_VERBS:
        return False
    return any(
        (c.dep_ == "prep" and c.lower_ in ("for", "as"))
        or (
            c.dep_ == "xcomp"
            and has_to_marker(c)
            and not _lemma_forms(c) & (_REALISING_VERBS | {"be", "begin", "start", "open"})
        )
        for c in head.children
    )


def _finite_conjunct_of_infinitive(node: Token, head: Token) -> bool:
    """``ordered the Soviet advisers to leave the country and broke off relations with Cuba``:
    a past-tense verb the parser conjoined to an infinitive is coordinate with the finite verb
    above, not a second act ordered or wished."""
    return node.dep_ == "conj" and node.tag_ == "VBD" and head.tag_ == "VB" and has_to_marker(head)


def _governor_blocks(token: Token, sent: Span | None = None) -> bool:
    """Walk up the head chain: wished/planned/proposed governors block the event. The walk
    stops at the sentence segment's edge (the parser may join two sentences)."""
    if _presupposed(token):
        return False
    node = token
    for _ in range(8):
        head = node.head
        if head.i == node.i or (sent is not None and not sent.start <= head.i < sent.end):
            return False
        if _clause_before_semicolon(node, head) or _spliced_clause(node, head):
            return False
        if _factive_clause(node, head) or _purpose_intended(node, head):
            return False
        if _finite_conjunct_of_infinitive(node, head):
            return False
        if node.dep_ in ("xcomp", "dobj", "pobj", "prep", "ccomp", "acl", "nsubjpass", "attr"):
            if _governing_forms(head) & _BLOCKING_GOVERNORS or _unset_date(head):
                return True
            # "was to make its mark" / "is to be signed": be + to-infinitive is a plan.
            if _be_to(head, node, ("xcomp", "ccomp")):
                return True
        if (
            _disposition(node, head)
            or _modal_adjective(node, head, token)
            or _temporal_clause_of_future(node, head)
            or _temporal_phrase_of_future(node, head)
            or _object_proposes(node, head)
            or _complement_of_modal(node, head, token)
            or _purpose_of_future(node, head)
            or _purpose_of_negated(node, head)
            or _purpose_phrase_of_future(node, head)
        ):
            return True
        if node.dep_ == "advcl" and any(
            c.lower_ in ("order", "so") and c.i < node.i
            for c in node.children
            if c.dep_ in ("mark", "advmod")
        ):
            return True  # "so that", "in order to" (not "had done so")
        if _infinitive_of_blocking_noun(node, head) or _infinitive_of_blocking_verb(node, head):
            return True
        if _infinitive_of_negated_verb(node, head):
            return True
        if node.dep_ in ("relcl", "ROOT"):
            return False
        node = head
    return False


def _infinitive_of_blocking_noun(node: Token, head: Token) -> bool:
    """``resisted calls to sever relations``, ``rejected demands to break off relations``: a
    to-infinitive the parser took for a relative clause (or, after "for X", an adverbial
    clause: "renewed his invitation for the President to visit Brazil") on a noun of wish or
    request states what was asked for, not what was done."""
    return (
        node.dep_ in ("relcl", "advcl")
        and has_to_marker(node)
        and head.pos_ == "NOUN"
        and bool(_lemma_forms(head) & _BLOCKING_GOVERNORS)
    )


def _infinitive_of_blocking_verb(node: Token, head: Token) -> bool:
    """``invited X, head of the government since 1962, to visit Moscow``: a to-infinitive the
    parser hung on a verb of wish or request as an adverbial clause (an apposition between
    them) states what was asked for, as its complement would."""
    return (
        node.dep_ == "advcl"
        and has_to_marker(node)
        and head.pos_ == "VERB"
        and bool(_lemma_forms(head) & _BLOCKING_GOVERNORS)
    )


# Verbs whose negation still tells the act of their infinitive: "did not hesitate to send".
_NEGATION_AFFIRMS = frozenset(["hesitate", "delay", "wait", "cease"])


def _infinitive_of_negated_verb(node: Token, head: Token) -> bool:
    """``has not agreed to attend the conference``, ``never managed to visit Peking``: the
    to-infinitive complement of a negated verb is an act not done (not "did not hesitate to
    send troops", nor "not only agreed to ..." , nor "not until")."""
    if node.dep_ != "xcomp" or not has_to_marker(node) or head.pos_ not in ("VERB", "AUX"):
        return False
    if _lemma_forms(head) & _NEGATION_AFFIRMS or _negated_until(head):
        return False
    negs = [c for c in head.children if c.dep_ == "neg"]
    return any(n.nbor(1).lower_ != "only" for n in negs if n.i + 1 < len(n.doc))


def _never_happened(noun: Token) -> bool:
    """``a visit to X was floated but never took place``, ``the meeting was planned but did not
    happen``: an act whose subject verb, or a verb conjoined to it sharing its subject, says
    it did not take place (not "did not take place until 1980": it did then)."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = noun.head
    shared = [
        c
        for c in verb.children
        if c.dep_ == "conj" and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
    ]
    return any(
        _lemma_forms(v) & _REALISING_VERBS and _has_neg(v) and not _negated_until(v)
        for v in (verb, *shared)
    )


def _closed_to_people(verb: Token) -> bool:
    """``the mission closed to visitors``, ``the embassy was closed to the public``: a door
    shut to a class of people restricts access; it closes no mission."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "close":
        return False
    return any(
        c.dep_ in ("prep", "dative")
        and c.lower_ == "to"
        and any(g.dep_ == "pobj" and g.pos_ == "NOUN" and not g.ent_type_ for g in c.children)
        for c in verb.children
    )


def is_factual(trigger: Token, anchor: Token, sent: Span, negated: bool = False) -> bool:
    """Return whether the event of ``trigger`` (governed by ``anchor``, in ``sent``) is stated
    as a fact.

    Negated, modal (except a stance promised with "would" under a speech verb), conditional,
    habitual, future/planned ("in the near future", "agreed in principle", "was to"), and wished or
    instructed events ("wanted to", "instructed ... to", "called for the conclusion") are not
    facts. "did not take place until 1980" is a fact, and so is a ``negated`` trigger whose
    negation states the event ("decided not to renew the treaty").
    """
    # "would not extend the treaty of 1950", "the treaty of 1950 would not be extended": an
    # agreement named by its date was signed then, whatever the clause now says of it
    dated = dated_agreement(trigger)
    for tok in () if dated else {trigger, anchor}:
        if _clause_modality_blocks(tok, negated) or _governor_blocks(tok, sent):
            return False
    subject = trigger.dep_ in ("nsubj", "nsubjpass")
    if subject and not dated and _clause_modality_blocks(trigger.head):
        return False
    if any(c.lower_ in HABITUAL_WORDS for c in trigger.children) or _repeated(trigger):
        return False
    if _still_ahead(trigger) or _subject_of_a_plan(trigger):
        return False
    if _unrealised(trigger) or _weighed(trigger) or _provided_for(trigger):
        return False
    if _under_discussion(trigger) or _closed_to_people(trigger):
        return False
    if _never_happened(trigger):
        return False
    if trigger.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "det" and c.lower_ == "no" for c in trigger.children
    ):
        return False  # "there has been no restoration of relations"
    start = anchor.head.i if anchor.dep_ == "xcomp" and anchor.head.i < anchor.i else anchor.i
    # "agreed in principle to restore them": the marker may precede an infinitive
    window = " ".join(
        t.lower_
        for t in anchor.doc[start : min(sent.end, anchor.i + 16)]
        if not _later_title(t) and not _future_of_other_noun(t, trigger, anchor)
    )
    if any(marker in window for marker in FUTURE_MARKERS):
        return False
    return not sent.text.rstrip().endswith("?") or _temporal_clause(anchor)


def _future_of_other_noun(token: Token, trigger: Token, anchor: Token) -> bool:
    """``arrived in Taipei to discuss future ties``, ``signed a treaty on future cooperation``:
    "future" qualifying another noun than the event's own says nothing of the event (unlike
    "a future visit" or "in the near future")."""
    if token.lower_ != "future" or token.dep_ != "amod":
        return False
    return token.head.i not in (trigger.i, anchor.i) and token.head.lower_ not in ("date", "time")


_LATER_TITLES = PERSON_GROUP_NOUNS | {"pope", "wife", "husband", "successor", "tsar", "czar"}


def _later_title(token: Token) -> bool:
    """``the future Pope Pius XI``: "future" naming a person's later title is no future act."""
    if token.lower_ != "future" or token.dep_ not in ("amod", "compound"):
        return False
    head = token.head
    return (
        head.ent_type_ == "PERSON"
        or head.lemma_.lower() in _LATER_TITLES
        or (head.pos_ == "PROPN" and head.ent_type_ not in ("DATE", "EVENT"))
    )


def _temporal_clause(verb: Token) -> bool:
    """``Do you remember how he behaved when he came to Moscow?``: a past act in a temporal
    clause is presupposed, even inside a question."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBD"
        and any(c.dep_ == "advmod" and c.lower_ in ("when", "after") for c in verb.children)
    ) or (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBD"
        and any(c.dep_ == "mark" and c.lower_ in ("after", "before") for c in verb.children)
    )
