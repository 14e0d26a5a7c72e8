"""Syntactic links for tenures: who a clause is about, and which dates belong to which clause."""

from __future__ import annotations

from spacy.tokens import Span, Token

from diplomatica.nlp.events.context import DocContext, Mention, TimeMention
from diplomatica.nlp.events.triggers.syntax import has_to_marker
from diplomatica.nlp.types import EntityRef

PRONOUNS = frozenset(["he", "she", "him", "her", "his"])
RELATIVES = frozenset(["who", "whom", "that", "which", "whose"])


def previous_person(ctx: DocContext, before: int) -> Mention | None:
    """Return the last person mention ending before token ``before``."""
    for m in reversed(ctx.mentions):
        if m.end <= before and m.ref.kind == "person":
            return m
    return None


def person_at(token: Token, ctx: DocContext) -> Mention | None:
    """Return the person ``token`` stands for: a person mention, a pronoun (the last person
    named before), a relative pronoun (its antecedent), or a title with a person in apposition
    or compound ("the ambassador, X"; "Ambassador X"), or a title apposed to a person ("X, the
    president")."""
    if token.lower_ in RELATIVES:
        clause = token.head
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ != "relcl":
            return _coordinated_relative(token, ctx)
        return _antecedent(token, clause.head, ctx)
    m = ctx.mention_at(token)
    if m is not None:
        return m if m.ref.kind == "person" else None
    if token.pos_ == "PROPN" and token.ent_type_ == "PERSON":
        return name_mention(token)
    if token.lower_ in PRONOUNS:
        return previous_person(ctx, token.i)
    if token.lower_ in _FIRST_PERSON and not ctx.in_quotation(token.idx):
        # the writer of a record (see events.context.record_writer)
        writer = ctx.writer
        return Mention(token.i, token.i + 1, writer, token.text) if writer else None
    if token.is_title and token.pos_ in ("PROPN", "NOUN"):
        named = _named_before(token, ctx)
        if named is not None:
            return named
    for c in token.children:
        if c.dep_ in ("appos", "compound"):
            m = ctx.mention_at(c)
            if m is not None and m.ref.kind == "person":
                return m
    if token.dep_ == "appos":
        m = ctx.mention_at(token.head)  # "X, the Chilean president, who took office ..."
        if m is not None and m.ref.kind == "person":
            return m
    return None


_FIRST_PERSON = frozenset(["i", "me"])


def _coordinated_relative(relative: Token, ctx: DocContext) -> Mention | None:
    """'X, who had been premier from A, and who served until his death in B': a second relative
    clause, coordinated by "and" with the first but hung by the parser on the main verb, is
    about the first one's antecedent (None when no "and who" follows such a clause)."""
    before = relative.doc[relative.i - 1] if relative.i > 0 else relative
    if relative.lower_ not in ("who", "whom") or before.lower_ != "and":
        return None
    sent = relative.sent
    for t in reversed(sent[: relative.i - sent.start - 1]):
        if t.lower_ in ("who", "whom") and t.head.dep_ == "relcl":
            return person_at(t, ctx)
    return None


def _named_before(token: Token, ctx: DocContext) -> Mention | None:
    """A bare surname ("Dashdorj") the recogniser missed, standing for a person named in full
    earlier in the document ("B. Dashdorj")."""
    for m in reversed(ctx.mentions):
        full = m.ref.kind == "person" and m.end - m.start > 1
        if full and m.end <= token.i and ctx.doc[m.end - 1].text == token.text:
            return Mention(token.i, token.i + 1, m.ref, token.text)
    return None


def _antecedent(relative: Token, head: Token, ctx: DocContext) -> Mention | None:
    """The person a relative clause is about: its head, else the name just before the relative
    pronoun ("the policy of X, who was ..." when the parser attached the clause to "policy")."""
    found = _last_conjunct(relative, head, ctx) or person_at(head, ctx)
    if found is not None or relative.lower_ not in ("who", "whom"):
        return found
    prev = relative.doc[relative.i - 1] if relative.i > 0 else relative
    if prev.is_punct and prev.i > 0:
        prev = relative.doc[prev.i - 1]
    found = ctx.mention_at(prev)
    if found is not None:
        return found if found.ref.kind == "person" else None
    return name_mention(prev) if prev.pos_ == "PROPN" else None  # "who" refers to a person


def _last_conjunct(relative: Token, head: Token, ctx: DocContext) -> Mention | None:
    """'X and Y, who was foreign minister': a clause the parser hung on the first of two
    coordinated names is about the name just before the relative pronoun."""
    prev = relative.doc[relative.i - 1] if relative.i > 0 else relative
    if prev.text != "," or prev.i == 0:
        return None
    name = relative.doc[prev.i - 1]
    node = name
    while node.dep_ == "conj" and node.head.i != node.i and node.head.i != head.i:
        node = node.head
    if name.i == head.i or node.dep_ != "conj" or node.head.i != head.i:
        return None
    found = ctx.mention_at(name)
    return found if found is not None and found.ref.kind == "person" else None


def name_mention(token: Token) -> Mention:
    """Return a person mention made of a proper noun and its proper-noun compounds, for names
    the entity recogniser missed in a slot only a person can fill ("succeeded by X")."""
    left = token
    while True:
        prev = [c for c in left.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if not prev:
            break
        left = prev[0]
    span = token.doc[left.i : token.i + 1]
    name = span.text.replace("\n", " ")
    key = " ".join(name.lower().split())
    return Mention(span.start, span.end, EntityRef(kind="person", key=key, name=name), name)


def _past_dateline(subj: Token) -> Token:
    """'HANOI, May 3, 1975 - X became ...' parsed with the dateline's city as subject and the
    name in apposition to it: the name is the subject."""
    if not (subj.is_upper and len(subj.text) > 1):
        return subj
    names = [c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN" and not c.is_upper]
    return names[-1] if names else subj


def clause_subject(verb: Token) -> Token | None:
    """Return the subject of ``verb``, looking through coordinated verbs ("was recalled and
    appointed"), relative clauses ("X, who served"), participles ("X, ... served") and gerunds
    after a preposition ("since taking office, X had ...")."""
    node = verb
    for _ in range(5):
        subj = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            # several subjects are a misparse ("CAIRO, Feb. 26 - X became"): the nearest wins
            before = [s for s in subj if s.i < node.i]
            return _past_dateline(before[-1] if before else subj[0])
        infinitive = node.dep_ == "advcl" and has_to_marker(node)
        if (node.dep_ == "xcomp" or infinitive) and (named := _controller(node)) is not None:
            return named  # "sent X to Tokyo to succeed Y": X succeeds
        if node.dep_ in ("conj", "xcomp") and node.head.i != node.i:
            node = node.head
            continue
        if infinitive:
            node = node.head  # "was sent to P to head the office": the one sent heads it
            continue
        if node.dep_ in ("acl", "relcl", "appos"):
            return node.head
        if node.dep_ == "advcl" and node.tag_ == "VBG" and node.head.i != node.i:
            node = node.head  # "X became ambassador, serving until B": X serves
            continue
        if node.dep_ == "pcomp" and node.tag_ == "VBG" and node.head.dep_ == "prep":
            node = node.head.head  # "since taking office in July he had ...": he took it
            continue
        return None
    return None


_NON_PERSON_PRONOUNS = frozenset(["it", "itself", "this", "that", "which", "what"])


def _controller(infinitive: Token) -> Token | None:
    """The named or pronoun object of the verb an infinitive complements, which is the
    infinitive's subject ("sent X to succeed Y", "whom the President had sent to Tokyo to
    succeed Y"); None when that verb has no such object ("decided to appoint")."""
    head = infinitive.head
    if head.i == infinitive.i or head.pos_ not in ("VERB", "AUX"):
        return None
    return next(
        (
            c
            for c in head.children
            if c.dep_ == "dobj"
            and c.i < infinitive.i
            and (c.pos_ == "PROPN" or (c.pos_ == "PRON" and c.lower_ not in _NON_PERSON_PRONOUNS))
        ),
        None,
    )


def subject_person(verb: Token, ctx: DocContext) -> Mention | None:
    """Return the person who is the subject of ``verb`` (see :func:`clause_subject`)."""
    subj = clause_subject(verb)
    return person_at(subj, ctx) if subj is not None else None


def object_person(verb: Token, ctx: DocContext) -> Mention | None:
    """Return the person that is the object of ``verb`` ("sent X as", "assisted by X as")."""
    for c in verb.children:
        if c.dep_ in ("dobj", "oprd"):
            m = person_at(c, ctx)
            if m is not None:
                return m
        if c.dep_ == "agent":
            for p in c.children:
                m = person_at(p, ctx)
                if m is not None:
                    return m
    return None


def time_root(tm: TimeMention, doc_tokens: Span) -> Token:
    """Return the syntactic root of a time expression's tokens."""
    doc = doc_tokens.doc
    span = doc[tm.start : tm.end]
    for t in span:
        if not (tm.start <= t.head.i < tm.end) or t.head.i == t.i:
            return t
    return span[0]


def time_path(tm: TimeMention, sent: Span) -> list[Token]:
    """Return the heads above a time expression up to (and including) the first verb: the
    clause the date belongs to. The preposition and its noun ("from 1984 to 1989" under
    "years" under "During") are walked through."""
    root = time_root(tm, sent)
    path: list[Token] = []
    node = root
    for _ in range(12):
        head = node.head
        if head.i == node.i:
            break
        path.append(head)
        if head.pos_ in ("VERB", "AUX"):
            break
        if head.dep_ == "conj":
            break  # a date of one coordinated item ("the end of the doctrine (1985)")
        node = head
    return path


def sentence_times(sent: Span, ctx: DocContext) -> list[tuple[TimeMention, list[Token]]]:
    """Return the time expressions of the parser sentence holding ``sent`` (a segment of it,
    cut at line breaks) with their head paths (computed once per sentence: every tenure
    statement asks for them)."""
    full = sent.sent
    found = ctx.sentence_times.get(full.start)
    if found is None:
        found = [(tm, time_path(tm, full)) for tm in ctx.times_in(full.start, full.end)]
        ctx.sentence_times[full.start] = found
    return found


def agent(verb: Token) -> Token | None:
    """Return the object of the "by" agent of the passive ``verb``, else None; the name apposed
    to an office or kin noun ("succeeded by his vice-president, X") stands for it."""
    for c in verb.children:
        if c.dep_ == "agent":
            objects = [p for p in c.children if p.dep_ == "pobj"]
            named = [
                a
                for p in objects
                if p.pos_ == "NOUN"
                for a in p.children
                if a.dep_ == "appos" and a.pos_ == "PROPN"
            ]
            if named or objects:
                return (named or objects)[0]
    return None
