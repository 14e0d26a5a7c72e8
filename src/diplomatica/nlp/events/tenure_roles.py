"""Offices for tenure extraction: which nouns name an office, and the normalised role names."""

from __future__ import annotations

import re

from spacy.tokens import Token

from diplomatica.nlp.events.context import DocContext, Mention
from diplomatica.nlp.events.lexicon import OFFICE_HEADS, RULER_TITLES
from diplomatica.nlp.events.tenure_base import SentenceWords

# Role names of offices whose holder rules a state (a coup or an assassin ends them): the
# rulers' titles, and role names of more words or vaguer heads ("leader", "chairman").
RULING_OFFICES = RULER_TITLES | {"head of state", "prime minister", "leader", "chairman"}

# Office nouns: the event lexicon's heads plus heads of state and government. "leader" is too
# vague ("the Soviet leaders"), and honorifics ("Great Leader") are not offices.
OFFICE_WORDS = (
    OFFICE_HEADS
    | {"chancellor", "premier", "king", "emperor", "vice-president"}
    | {"emir", "amir", "sultan"}  # the Gulf's monarchs, named as the text names them
    | {"ambassadorship", "premiership", "presidency", "chairmanship"}
    | {"nuncio", "internuncio", "pro-nuncio", "pope", "pontiff"}
    | {"commissar"}  # "People's Commissar for Foreign Affairs", the Soviet minister until 1946
) - {"leader"}
# Nouns naming the tenure of an office ("held the ambassadorship") and the office they name.
TENURE_NOUNS = {
    "ambassadorship": "ambassador",
    "premiership": "prime minister",
    "presidency": "president",
    "chairmanship": "chairman",
    "chancellorship": "chancellor",
}
# Heads that name an office only with a complement ("head of the mission").
_WEAK_HEADS = frozenset(["head", "chief", "director", "deputy", "representative", "commander"])
DIPLOMATIC_WORDS = frozenset(
    [
        "ambassador",
        "envoy",
        "counsellor",
        "counselor",
        "attaché",
        "attache",
        "chargé",
        "charge",
        "consul",
        "plenipotentiary",
        "minister-counsellor",
        "nuncio",
        "internuncio",
        "pro-nuncio",
    ]
)
# Bodies a person heads: "headed the government / the mission in Bonn / the liaison office".
HEADED_BODIES = frozenset(
    [
        "government",
        "cabinet",
        "mission",
        "embassy",
        "legation",
        "consulate",
        "ministry",
        "commissariat",
        "office",
        "representation",
        "section",
    ]
)
# Heads of missions whose chief bears the title of the mission's rank: a legation's is its
# minister, a (permanent) representation's its permanent representative.
MISSION_CHIEFS = {
    "head of legation": "minister",
    "head of representation": "permanent representative",
    "head of permanent representation": "permanent representative",
}
MISSION_BODIES = frozenset(
    ["mission", "embassy", "legation", "consulate", "office", "representation", "section"]
)
_ROLE_SKIP = frozenset(
    [
        "the",
        "a",
        "an",
        "his",
        "her",
        "its",
        "their",
        "new",
        "former",
        "first",
        "second",
        "third",
        "then",
        "last",
        "next",
        "sole",
        "extraordinary",
        "and",
        "acting",
        "interim",
        "current",
        "later",
        "dr",
        "dr.",
    ]
)
_STATE_KINDS = ("state",)


# Heads :func:`is_office` takes with a qualifier ("high commissioner", "secretary general",
# "apostolic delegate", a party's leader) besides OFFICE_WORDS, and "chargé d'affaires".
_QUALIFIED_OFFICE_LEMMAS = frozenset(["commissioner", "general", "visitor", "delegate", "leader"])
_AFFAIRES = frozenset(["d'affaires", "d\u2019affaires"])


def may_name_an_office(words: SentenceWords) -> bool:
    """Whether a sentence of ``words`` may hold a token :func:`is_office` accepts, or the noun
    "leader": an office word (as lemma or as word), a qualified head or "d'affaires"."""
    return not (
        OFFICE_WORDS.isdisjoint(words.lemmas)
        and OFFICE_WORDS.isdisjoint(words.lowers)
        and _QUALIFIED_OFFICE_LEMMAS.isdisjoint(words.lemmas)
        and _AFFAIRES.isdisjoint(words.lowers)
    )


def is_office(token: Token) -> bool:
    """Return whether ``token`` is the head noun of an office title."""
    if token.pos_ not in ("NOUN", "PROPN") and not _misread_office(token):
        return False
    lemma = token.lemma_.lower()
    text = token.lower_
    if text.replace("\u2019", "'") == "d'affaires":
        # "chargé d'affaires" parsed with "d'affaires" as the head
        return any(c.lower_ in ("chargé", "charge") for c in token.lefts)
    if lemma == "commissioner":
        # "high commissioner", an envoy; "Commissioner for External Affairs", a portfolio
        return any(c.lower_ == "high" for c in token.lefts) or _portfolio(token) is not None
    if lemma == "general":
        return any(c.lower_ in ("attorney", "secretary", "governor", "consul") for c in token.lefts)
    if lemma in ("visitor", "delegate"):
        return any(c.lower_ == "apostolic" for c in token.lefts)  # the Holy See's envoys
    if lemma == "leader":
        return _party_leader(token)
    if lemma not in OFFICE_WORDS and text not in OFFICE_WORDS:
        return False
    if text in _PRINCELY_WORDS and _in_patronymic(token):
        return False  # "Zayed bin Sultan", "Bandar bin Sultan": a father's name
    if token.dep_ in ("compound", "amod") and is_office(token.head):
        return False  # "Deputy Foreign Minister": the head is "Minister"
    if lemma in _WEAK_HEADS:
        return _weak_head_has_complement(token)
    return not _inside_office_complement(token)


_PRINCELY_WORDS = frozenset(["emir", "amir", "sultan"])
_PATRONYMIC_PARTICLES = frozenset(["bin", "ibn", "bint", "ben", "al", "el"])


def _in_patronymic(token: Token) -> bool:
    """Whether ``token`` follows "bin"/"ibn"/"al" in a name ("Zayed bin Sultan")."""
    return token.i > 0 and token.nbor(-1).lower_ in _PATRONYMIC_PARTICLES


def _portfolio(token: Token) -> Token | None:
    """The field of a commissioner's portfolio ("Commissioner for External Affairs", the title
    of a minister under a military government), else None."""
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            return next((p for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"), None)
    return None


def _party_leader(token: Token) -> bool:
    """'party leader', 'leader of the Communist Party': the head of a ruling party is an
    office, bare "leader" is not."""
    if any(c.dep_ == "compound" and c.lemma_.lower() == "party" for c in token.lefts):
        return True
    of = _of_complement(token, located=False)
    return of is not None and of.lemma_.lower() == "party"


# Office words that are also verbs ("to head the mission", "to chair the talks").
_VERBAL_OFFICE_WORDS = frozenset(["head", "chair", "chief", "minister", "lead", "direct"])


def _misread_office(token: Token) -> bool:
    """'promoted to ambassador': the tagger reads an office word after "to" as an infinitive;
    'had been premier since ...': a predicate office word read as an adjective."""
    if token.pos_ == "ADJ" and token.dep_ in ("attr", "oprd", "appos"):
        return token.lower_ in OFFICE_WORDS
    return (
        token.pos_ == "VERB"
        and token.i > 0
        and token.doc[token.i - 1].lower_ == "to"
        and token.lower_ in OFFICE_WORDS
        and token.lower_ not in _VERBAL_OFFICE_WORDS
    )


def _weak_head_has_complement(token: Token) -> bool:
    """'head of the mission', 'chief of staff', 'head of state', 'commander of the National
    Guard', 'the army commander'; 'the heads of state' of a visit is not a role."""
    commander = token.lemma_.lower() == "commander" and token.tag_ == "NN"
    if commander and any(c.dep_ == "compound" and _armed_body(c) for c in token.lefts):
        return True  # "the army commander"
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            pobj = [p for p in c.children if p.dep_ == "pobj"]
            if pobj and pobj[0].lemma_.lower() in HEADED_BODIES:
                return True
            if pobj and commander and _armed_body(pobj[0]):
                return True  # "commander of the Arab Legion"
            if pobj and pobj[0].lower_ == "state" and not list(pobj[0].lefts):
                # "head of state", not "head of a state" nor "the heads of state" of a visit
                return token.lemma_.lower() == "head" and token.tag_ == "NN"
    return token.lemma_.lower() == "representative" and any(
        c.lower_ in ("permanent", "special") for c in token.lefts
    )


# The armed forces of a state, whose commander holds an office ("commander of the National
# Guard", "the army commander"); a force named for its fighters ("the Arab Legion") too.
_ARMED_BODIES = frozenset(
    ["army", "navy", "force", "forces", "guard", "legion", "military", "fleet", "corps"]
)


def _armed_body(token: Token) -> bool:
    """Whether ``token`` names a state's armed force ("army", "the National Guard")."""
    return token.lemma_.lower() in _ARMED_BODIES or token.lower_ in _ARMED_BODIES


def _inside_office_complement(token: Token) -> bool:
    """'Council of Ministers' inside 'Chairman of the Council of Ministers' is not an office."""
    node = token
    for _ in range(4):
        if node.dep_ != "pobj" or node.head.dep_ != "prep":
            return node.dep_ == "compound" and node.head.dep_ == "pobj" and node.i != token.i
        holder = node.head.head
        if holder.lemma_.lower() in OFFICE_WORDS:
            return True
        node = holder
    return False


def is_diplomatic(role: str) -> bool:
    """Return whether ``role`` is a diplomatic post (annotated even without dates)."""
    words = set(re.findall(r"[a-zé'-]+", role.lower()))
    if words & DIPLOMATIC_WORDS or {"high", "commissioner"} <= words or "apostolic" in words:
        return True
    if "secretary" in words and words & {"embassy", "mission", "legation"}:
        return True
    return ("head" in words and bool(words & MISSION_BODIES)) or "representative" in words


def _is_state_token(token: Token, ctx: DocContext) -> bool:
    m = ctx.mention_at(token)
    return (m is not None and m.ref.kind in _STATE_KINDS) or token.ent_type_ in ("NORP", "GPE")


def _phrase(token: Token, ctx: DocContext) -> list[str]:
    """Return the words of a noun phrase without determiners, states, places or clauses."""
    words: list[str] = []
    for t in token.lefts:
        if t.dep_ in ("compound", "amod", "nmod", "nummod", "poss") and t.lower_ not in _ROLE_SKIP:
            if _is_state_token(t, ctx) or t.dep_ == "case" or t.is_punct:
                continue
            if _name_before(t, token, ctx):
                continue  # "elected Karl Mott president": the name is no part of the office
            if t.dep_ == "amod" and t.pos_ == "VERB" and t.tag_ in ("VBN", "VBD"):
                continue  # "X, proclaimed king on A": the participle is no part of the office
            words.extend(x.text for x in t.subtree if not x.is_punct and x.lower_ not in _ROLE_SKIP)
    words.append(token.text)
    return words


def _name_before(word: Token, office: Token, ctx: DocContext) -> bool:
    """Whether ``word`` belongs to a person's name that stops before ``office``."""
    m = ctx.mention_at(word)
    return m is not None and m.ref.kind == "person" and m.end <= office.i


def _of_complement(token: Token, *, located: bool = True) -> Token | None:
    """The body an office belongs to: 'of the council', also (when ``located``) 'at/in the
    embassy' ("a counsellor at the American embassy")."""
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "at", "in"):
            pobj = [p for p in c.children if p.dep_ == "pobj"]
            at_mission = located and pobj and pobj[0].lemma_.lower() in MISSION_BODIES
            if pobj and (c.lower_ == "of" or at_mission):
                return pobj[0]
    return None


def raw_role(office: Token, ctx: DocContext) -> str:
    """Return the office phrase headed by ``office`` ("chairman of council of ministers")."""
    words = _phrase(office, ctx)
    node = office
    for _ in range(3):
        # "a first secretary at the embassy": only a secretary needs its mission in the name
        pobj = _of_complement(node, located=office.lemma_.lower() == "secretary")
        if (
            pobj is None
            or _is_state_token(pobj, ctx)
            or (
                ctx.mention_at(pobj) is not None
                and (
                    ctx.mention_at(pobj).ref.kind == "person"  # type: ignore[union-attr]
                )
            )
        ):
            break
        words.append("of")
        words.extend(_phrase(pobj, ctx))
        node = pobj
    portfolio = _portfolio(office) if office.lemma_.lower() == "commissioner" else None
    if portfolio is not None and "high" not in (w.lower() for w in words):
        words.append("for")
        words.extend(_phrase(portfolio, ctx))
    for c in office.children:
        if c.dep_ == "conj" and is_office(c) and not separate_offices(office, c):
            words.append("and " + c.text)
    text = " ".join(words).lower()
    return re.sub(r"\s+'s\b", "'s", text)


def separate_offices(first: Token, second: Token) -> bool:
    """'First Secretary of the Party and Chairman of the Council of Ministers': coordinated
    offices each of their own body are two offices, not one joint title ("First Secretary and
    Counsellor")."""
    return _of_complement(first, located=False) is not None and (
        _of_complement(second, located=False) is not None
    )


# a plural office word heading the phrase ("the foreign ministers"), not "council of ministers"
_PLURAL_OFFICES = re.compile(
    r"^((?:(?!of\b)\w+ )*?(?:minister|ambassador|envoy|president|premier|consul))s\b"
)


def normalise_role(phrase: str) -> str:
    """Return the canonical name of an office phrase ("Minister of Foreign Affairs" ->
    "foreign minister", "Ambassador Extraordinary and Plenipotentiary" -> "ambassador")."""
    p = re.sub(r"\s+", " ", phrase.lower().replace("-", " ")).strip()
    p = _PLURAL_OFFICES.sub(lambda m: m.group(1), p)  # "the foreign ministers X and Y"
    for noun, office in TENURE_NOUNS.items():
        p = re.sub(rf"\b{noun}\b", office, p)
    deputy = bool(re.search(r"\b(deputy|vice|first deputy)\b", p))
    if "ambassador" in p:
        return "ambassador"
    if "chargé" in p or "charge d" in p or ("affaires" in p and "charg" in p):
        return "chargé d'affaires"
    if re.search(r"\bminister\b", p) and re.search(
        r"\bforeign\b|\bexternal affairs\b|\bforeign affairs\b", p
    ):
        return "deputy foreign minister" if deputy else "foreign minister"
    if _foreign_secretary(p) and not deputy:
        return "foreign secretary"  # "secretary of foreign affairs" (Manila's title)
    if re.search(r"\bprime minister\b|\bpremier\b", p.split(" of ")[0]):
        # "director general of the prime minister's office" is not the premier
        return "deputy prime minister" if deputy else "prime minister"
    if re.search(r"\b(general secretary|secretary general)\b", p):
        return "general secretary" + _of_tail(p, r"secretary(?: general)?")
    if re.fullmatch(r"(vice )?president", p):
        return "vice president" if deputy else "president"
    if re.fullmatch(r"leader of (the )?[a-z' ]*\bparty", p):
        return "party leader"  # "leader of the Romanian Communist Party"
    if p.startswith("envoy") or p.endswith("envoy"):
        return "envoy"
    if re.fullmatch(r"head of (the )?(permanent )?representation", p):
        return "permanent representative"  # its chief bears the mission's rank
    if re.fullmatch(r"head of (the )?legation", p):
        return "minister"
    return p


def _foreign_secretary(p: str) -> bool:
    """Return whether an office phrase is a secretary of a state's foreign affairs ("secretary
    of foreign affairs", "secretary for external affairs"; not an under-, assistant or
    permanent secretary, whose office is another)."""
    return re.fullmatch(r"secretary (of|for) (foreign|external) affairs", p) is not None


def _of_tail(p: str, head: str) -> str:
    m = re.search(head + r"( of .+)$", p)
    return m.group(1) if m else ""


def office_states(office: Token, ctx: DocContext) -> tuple[str | None, str | None]:
    """Return (state served, host state) named around the office: "the Soviet ambassador in
    Beijing", "China's ambassador to Moscow", "ambassador of the MPR", "the West German
    mission in East Berlin"."""
    served: str | None = None
    host: str | None = None
    nodes = [office]
    body = _of_complement(office)
    if body is not None and body.lemma_.lower() in HEADED_BODIES:
        nodes.append(body)
    for node in nodes:
        for t in node.lefts:
            m = ctx.mention_at(t)
            if m is not None and m.state and t.dep_ in ("amod", "compound", "poss", "nmod"):
                served = served or m.state
        for c in node.children:
            if c.dep_ != "prep":
                continue
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                m = ctx.mention_at(p)
                if m is None or not m.state:
                    continue
                if c.lower_ == "of" and m.ref.kind == "state":
                    served = served or m.state
                elif c.lower_ in ("to", "in", "at"):
                    host = host or m.state
    return served, host


# Dependencies by which a title stands before a name ("Secretary of State X": the parser makes
# "Secretary" an nmod of the name, "Foreign Minister X" a compound).
_TITLE_DEPS = frozenset(["nmod", "compound"])


def title_before(person: Mention, ctx: DocContext) -> Token | None:
    """The head of an office title standing before ``person``'s name ("Secretary of State X",
    "Foreign Minister X"), else None."""
    name = ctx.doc[person.end - 1]
    return next(
        (t for t in name.lefts if t.dep_ in _TITLE_DEPS and t.i < person.start and is_office(t)),
        None,
    )


# Fields of a ministry, also written with a capital ("the Foreign Ministry"), where a capital
# word before "Ministry" may instead be a state's ("the Soviet Ministry").
_MINISTRY_FIELDS = frozenset(
    [
        "foreign",
        "external",
        "defence",
        "defense",
        "finance",
        "war",
        "interior",
        "home",
        "trade",
        "justice",
        "colonial",
        "navy",
        "marine",
    ]
)
# The head of a ministry by another name: the Soviet "People's Commissariat".
MINISTRY_HEADS = {"ministry": "minister", "commissariat": "commissar"}


def _field_words(post: Token) -> list[str]:
    """The words naming a ministry's field before its noun: "foreign" in "the foreign
    ministry", "external affairs" in "the External Affairs Ministry" (the parser hangs the field
    on "Affairs" or on the ministry itself); a capital word of no field ("the Soviet Ministry")
    is none."""
    words: list[str] = []
    for c in post.lefts:
        if c.dep_ not in ("compound", "amod"):
            continue
        if c.lower_ == "affairs":
            # "the Foreign Affairs Ministry": the field hangs on "Affairs", else came before it
            inner = [
                g.lower_
                for g in c.lefts
                if g.dep_ in ("compound", "amod") and g.lower_ in _MINISTRY_FIELDS
            ]
            if inner or words:
                words.extend([*inner, "affairs"])
        elif c.is_lower or c.lower_ in _MINISTRY_FIELDS:
            words.append(c.lower_)
    return words


def ministry_role(post: Token) -> str | None:
    """'the foreign ministry' -> 'foreign minister', 'the Ministry of Defence' -> 'minister of
    defence', 'the Foreign Commissariat' -> 'commissar for foreign affairs'; None for a
    ministry of no named field."""
    head = MINISTRY_HEADS.get(post.lemma_.lower(), "minister")
    words = _field_words(post)
    if head == "commissar" and words in (["foreign"], ["external"]):
        return "commissar for foreign affairs"
    if words:
        return normalise_role(" ".join([*words, head]))
    field = next(
        (
            [t.lower_ for t in p.subtree if t.dep_ != "det" and not t.is_punct]
            for c in post.children
            if c.dep_ == "prep" and c.lower_ in ("of", "for")
            for p in c.children
            if p.dep_ == "pobj"
        ),
        None,
    )
    if not field or not _MINISTRY_FIELDS.intersection(field):
        return None
    return normalise_role(" ".join([head, "for" if head == "commissar" else "of", *field]))
