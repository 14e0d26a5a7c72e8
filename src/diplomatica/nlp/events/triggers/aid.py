"""Aid given: goods, money, shelter for refugees and exiles, and aid named as a noun."""

from __future__ import annotations

from spacy.tokens import Token

from diplomatica.nlp.events.lexicon import (
    AID_NOUNS,
    AID_PERSONNEL_NOUNS,
    CURRENCY_NOUNS,
    MONEY_AID_VERBS,
    REFUGEE_NOUNS,
    WORKS_NOUNS,
)
from diplomatica.nlp.events.triggers.first_to_act import first_to_act_subjects
from diplomatica.nlp.events.triggers.syntax import (
    PAST_TAGS,
    first_conjunct,
    has_particle,
    is_person,
    lemma_of,
    nationality_modified,
    prep_objects,
    subjects_of,
    with_conjuncts,
    with_quantified,
    word_in,
)
from diplomatica.nlp.events.triggers.words import POLITY_NOUNS

_SHELTER_NOUNS = frozenset(["shelter", "refuge", "asylum", "sanctuary"])


_DONOR_NOUNS = frozenset(["donor", "creditor", "benefactor", "supplier"])


# Verbs by which a state takes in refugees, exiles or children.
SHELTERING_VERBS = frozenset(
    ["accept", "take", "receive", "admit", "bring", "land", "host", "shelter"]
)


# Verbs arming or paying for a party: "armed and financed the rebellion in the north".
_FINANCE_VERBS = frozenset(["arm", "finance", "fund", "bankroll", "subsidise", "subsidize"])


# Parties one arms or finances besides a named state.
BACKED_GROUPS = frozenset(
    [
        "rebellion",
        "rebel",
        "rebels",
        "uprising",
        "insurgency",
        "insurgent",
        "insurgents",
        "guerrilla",
        "guerrillas",
        "movement",
        "resistance",
        "opposition",
        "faction",
        "factions",
        "militia",
        "militias",
        "regime",
        "government",
        "tribe",
        "tribes",
        "royalist",
        "royalists",
        "separatist",
        "separatists",
        "secessionist",
        "secessionists",
        "partisan",
        "partisans",
        "loyalist",
        "loyalists",
    ]
)


# Money added to, or poured into, someone else's aid: "added covert funds of its own".
_FUND_VERBS = frozenset(["add", "contribute", "channel", "funnel", "pour"])


_FUND_NOUNS = frozenset(["fund", "funds", "money", "subsidy", "subsidies", "aid", "assistance"])


def names_aid(tokens: list[Token]) -> bool:
    """Return whether one of ``tokens`` names aid goods ("arms", "credits", "food"; not a
    person's name such as "Condoleezza Rice"), or help of a material kind ("budgetary help",
    "military support")."""
    return any(
        (word_in(t, AID_NOUNS) and t.ent_type_ != "PERSON") or _material_help(t) for t in tokens
    )


# Help named by its kind, which is aid given: "some budgetary help", "military support".
_HELP_NOUNS = frozenset(["help", "support", "backing"])
_MATERIAL_KINDS = frozenset(
    ["budgetary", "financial", "economic", "military", "material", "technical", "logistical"]
)


def help_given_to(verb: Token, lemma: str, goods: list[Token], entity_tokens: set[int]) -> bool:
    """``had given limited help to Zaire``, ``the help the United States had given to the
    other movements``: help a state gives, sends or extends to a named recipient is aid (bare
    "help" needs both the giving verb and the recipient; "helped" is read elsewhere)."""
    if lemma not in ("give", "extend", "provide", "send") or not past_or_progressive(verb):
        return False  # "the help it gives to Albania": a standing description
    if not any(g.lower_ in _HELP_NOUNS and g.lower_ != "support" for g in goods):
        return False
    takers = [c for c in verb.children if c.dep_ == "dative"] + prep_objects(verb, ("to",))
    return any(t.i in entity_tokens or lemma_of(t) in BACKED_GROUPS for t in takers)


def _material_help(noun: Token) -> bool:
    return noun.lower_ in _HELP_NOUNS and any(
        c.dep_ in ("amod", "compound") and c.lower_ in _MATERIAL_KINDS for c in noun.children
    )


def financed_party(lemma: str, objs: list[Token], entity_tokens: set[int], verb: Token) -> bool:
    """Return whether ``lemma`` arms or pays for another party: ``Iran armed and financed the
    Kurdish rebellion``, ``funded the guerrillas``, ``financed the construction of the dam in
    Egypt``, ``financed the whole of Bhutan's Five-Year Plan``, ``which India financed through
    grants and loans``: arming or paying for a state, an armed party in it, works in it or a
    state's own plan or budget is aid, and so is a named state paying for works or a plan by
    aid money (see ``_paid_with_aid``; not "financed the construction" with no state named)."""
    if lemma not in _FINANCE_VERBS:
        return False
    if lemma != "arm" and _paid_with_aid(verb, objs, entity_tokens):
        return True
    return any(
        o.i in entity_tokens
        or lemma_of(o) in BACKED_GROUPS
        or _works_abroad(o, entity_tokens)
        or _state_programme(o, entity_tokens)
        for o in with_quantified(objs)
    )


# What a state's own plans and accounts are called: "financed Bhutan's Five-Year Plan".
_PROGRAMME_NOUNS = frozenset(
    ["plan", "budget", "programme", "program", "project", "deficit", "development", "imports"]
)


def _state_programme(obj: Token, entity_tokens: set[int]) -> bool:
    """``Bhutan's First Five-Year Plan``, ``the budget of Mauritania``: a plan, budget or
    programme owned by a named state (not by a pronoun, which may be the payer's own)."""
    if lemma_of(obj) not in _PROGRAMME_NOUNS:
        return False
    owners = [c for c in obj.children if c.dep_ == "poss"] + prep_objects(obj, ("of",))
    return any(o.i in entity_tokens and o.pos_ != "PRON" for o in owners)


# Money a state gives or lends another: "a credit of 100 million roubles", "Soviet aid".
MONEY_GOODS = frozenset(["credit", "credits", "loan", "loans", "aid", "assistance", "grant"])
# Money given outright besides a grant: "doubled its grants", "the annual subsidy".
_GRANT_WORDS = frozenset(["grants", "subsidy", "subsidies"])
_LENT_MONEY = frozenset(["credit", "credits", "loan", "loans"])

# Aid money by which something is paid for: "financed through grants and loans".
_AID_MONEY = (MONEY_GOODS - {"assistance"}) | _GRANT_WORDS


def _paid_with_aid(verb: Token, objs: list[Token], entity_tokens: set[int]) -> bool:
    """Return whether ``verb`` pays for works or a plan done for another party by grants,
    loans or credits: ``Japan financed the dam through soft loans``, ``which India financed
    through grants and loans``. Not a payer's own thing ("financed its housing programme with
    loans"), nor anything but works or a plan ("financed the war"), nor money named as
    another party's ("financed the war through American loans": the payer borrowed)."""
    means = with_conjuncts(prep_objects(verb, ("through", "with", "by")))
    money = [m for m in means if m.lower_ in _AID_MONEY]
    if verb.tag_ not in PAST_TAGS or not money:
        return False
    if any(_names_lender(m, entity_tokens) for m in money):
        return False
    if not _payer_named(verb, entity_tokens):
        return False  # "the city financed the bridge with loans": no state pays
    financed = list(with_quantified(objs))
    if verb.dep_ == "relcl" and any(o.lower_ in ("which", "that") for o in objs):
        financed.append(verb.head)  # "the plan, which India financed through grants"
    return any(_works_or_plan_not_own(f) for f in financed)


def _payer_named(verb: Token, entity_tokens: set[int]) -> bool:
    """Return whether the subject of ``verb`` (or of the verb it is joined to) is a named
    party: ``Japan financed``, ``Japan built and financed``."""
    heads = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(c.i in entity_tokens for h in heads for c in h.children if c.dep_ == "nsubj")


def _names_lender(money: Token, entity_tokens: set[int]) -> bool:
    """Return whether the loans or credits ``money`` name whose they are (``American loans``,
    ``loans from France``): money lent by a named party to the payer."""
    lenders = [c for c in money.children if c.dep_ in ("amod", "compound", "poss")]
    lenders += prep_objects(money, ("from",))
    return any(t.i in entity_tokens for t in lenders)


def _works_or_plan_not_own(obj: Token) -> bool:
    """Return whether ``obj`` is works or a plan not marked as its payer's own (``the dam``,
    not ``its housing programme`` or ``their own budget``)."""
    if lemma_of(obj) not in _FINANCED_NOUNS | _PROGRAMME_NOUNS:
        return False
    return not any(
        (c.dep_ == "poss" and c.pos_ == "PRON") or c.lower_ == "own" for c in obj.children
    )


_FINANCED_NOUNS = WORKS_NOUNS | {"construction", "building"}


def _works_abroad(obj: Token, entity_tokens: set[int]) -> bool:
    """``financed the construction of the Aswan dam in Egypt``: works located "in" a named
    state (whose financing by another is aid to it)."""
    if lemma_of(obj) not in _FINANCED_NOUNS:
        return False
    works = [obj, *prep_objects(obj, ("of",))]
    return any(p.i in entity_tokens for w in works for p in prep_objects(w, ("in",)))


def added_funds(lemma: str, objs: list[Token]) -> bool:
    """``the United States added covert funds of its own``, ``contributed money``."""
    return lemma in _FUND_VERBS and any(word_in(o, _FUND_NOUNS) for o in objs)


def granted_asylum(verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``India granted him asylum``, ``gave asylum to the king``, ``granted asylum to the
    members of the cell``: a state shelters a person or a group of people."""
    if lemma not in ("grant", "give"):
        return False
    if not any(lemma_of(o) in ("asylum", "refuge", "sanctuary") for o in objs):
        return False
    people = [c for c in verb.children if c.dep_ == "dative"] + prep_objects(verb, ("to",))
    return any(is_person(p, entity_tokens) or p.pos_ in ("NOUN", "PROPN") for p in people)


def went_into_exile(verb: Token, lemma: str) -> bool:
    """``went into exile in Guinea``, ``fled into exile in X``: the host state shelters him."""
    if lemma not in ("go", "flee", "escape", "retire"):
        return False
    return any(lemma_of(o) == "exile" for o in prep_objects(verb, ("into",)))


def found_shelter(verb: Token, lemma: str, objs: list[Token]) -> bool:
    """``ten million refugees found shelter in India``, ``orphans were given refuge in X``:
    the host state takes in refugees (the refugees' origin is the other party)."""
    if lemma not in ("find", "give", "grant", "receive"):
        return False
    if not any(lemma_of(o) in _SHELTER_NOUNS for o in objs):
        return False
    people = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dative")]
    people += prep_objects(verb, ("to",))
    # "gave shelter to tens of thousands of Algerian refugees": the people counted
    people += [q for p in people for q in _counted_people(p)]
    if any(p.lower_ == "them" for p in people) and _flight_told(verb):
        return True  # "thousands of Cambodians fled, and Thailand gave shelter to them"
    return any(word_in(p, REFUGEE_NOUNS) for p in people)


_FLEEING_VERBS = frozenset(["flee", "escape"])


def _flight_told(verb: Token) -> bool:
    """Return whether the sentence of ``verb`` tells of people fleeing ("fled", "refugees"),
    whom a later "them" stands for."""
    return any(
        t.i < verb.i and (lemma_of(t) in _FLEEING_VERBS or word_in(t, REFUGEE_NOUNS))
        for t in verb.sent
    )


# Verbs whose participle the parser may take for an adjective of the aid it gives: "Bonn
# extended credits worth two billion marks to Warsaw" read as "extended credits".
_MISREAD_GIVING = frozenset(["extend", "grant"])


def aid_given_as_adjective(noun: Token, entity_tokens: set[int]) -> bool:
    """``Bonn extended credits worth a billion marks to Warsaw`` parsed with "extended" as an
    adjective of "credits": a giving verb in the past, right after a named state, read as an
    adjective of money given is the act of giving it."""
    if noun.lower_ not in MONEY_GOODS:
        return False
    for mod in noun.children:
        if mod.dep_ != "amod" or lemma_of(mod) not in _MISREAD_GIVING or mod.i >= noun.i:
            continue
        if mod.tag_ in ("VBD", "VBN") and mod.i > 0 and mod.i - 1 in entity_tokens:
            return mod.nbor(-1).dep_ not in ("pobj", "dobj", "poss")
    return False


def _counted_people(noun: Token) -> list[Token]:
    """The people a count stands for: "tens of thousands of refugees" gives "thousands" and
    "refugees" (the "of" objects down the chain)."""
    out: list[Token] = []
    for _ in range(3):
        nxt = prep_objects(noun, ("of",))
        if not nxt:
            break
        noun = nxt[0]
        out.append(noun)
    return out


def standing_donor(verb: Token, lemma: str) -> bool:
    """``Japan remained the largest donor to Mongolia``, ``became Burma's largest donor``,
    ``became one of Indonesia's largest bilateral donors``: a state named as another's donor,
    the recipient after "to"/"of" or as the donor noun's possessor."""
    if lemma not in ("be", "remain", "become"):
        return False
    attrs = [c for c in verb.children if c.dep_ in ("attr", "acomp", "oprd")]
    attrs += [p for a in attrs if a.lower_ == "one" for p in prep_objects(a, ("of",))]
    return any(
        lemma_of(a) in _DONOR_NOUNS
        and (prep_objects(a, ("to", "of")) or any(c.dep_ == "poss" for c in a.children))
        and not _trade_supplier(a)
        for a in attrs
    )


def _trade_supplier(noun: Token) -> bool:
    """``the second largest foreign supplier of crude oil``, ``one of Brazil's principal
    suppliers``: a supplier of goods other than arms or aid (or of goods unnamed) is a trader,
    not a donor; an "arms supplier" or the supplier "of the Royal Nepalese Army" arms."""
    if lemma_of(noun) != "supplier":
        return False
    if any(c.dep_ == "compound" and word_in(c, _ARMS_NOUNS) for c in noun.children):
        return False  # "its main arms supplier"
    goods = with_conjuncts(prep_objects(noun, ("of",)))
    if any(word_in(g, _SUPPLIED_FORCES) for g in goods):
        return False  # "the principal supplier of the Royal Nepalese Army"
    return not any(word_in(g, _ARMS_NOUNS | _AID_IN_NOUNS) for g in goods)


# A state's armed services, whose supplier arms them: "the supplier of the Nepalese army".
_SUPPLIED_FORCES = frozenset(["army", "navy", "force", "forces", "military"])


# Particles and prepositions of taking away: "was taken off the aircraft", "took away".
_TAKING_AWAY = frozenset(["off", "away", "out", "from", "over", "back"])


def taken_away(verb: Token, lemma: str) -> bool:
    """``his wife was taken off a Moscow-bound aircraft``, ``took the weapons away``: taking
    something or someone off or away is no gift."""
    return lemma == "take" and any(
        c.dep_ in ("prt", "prep") and c.lower_ in _TAKING_AWAY for c in verb.children
    )


_FLOW_VERBS = frozenset(["follow", "come", "arrive", "flow", "begin", "start", "reach"])


def nominal_aid(verb: Token) -> bool:
    """``a second credit of 100 million roubles followed in 1960``, ``Soviet aid arrived``,
    ``arms deliveries grew rapidly``: aid as the subject of a verb of arrival or growth
    (parties from the context)."""
    lemma = lemma_of(verb)
    if lemma not in _FLOW_VERBS | _GROWTH_VERBS:
        return False
    # "supplies reached North Vietnam" (a place reached), not "aid reached its peak"
    if any(
        c.dep_ == "dobj" and (lemma != "reach" or lemma_of(c) in _AMOUNT_NOUNS)
        for c in verb.children
    ):
        return False
    subjects = subjects_of(verb) + first_to_act_subjects(verb)
    for c in list(subjects):
        subjects.extend(d for d in c.children if d.dep_ == "conj")
    if lemma in _FLOW_VERBS and any(
        lemma_of(c) in MONEY_GOODS | _FLOWING_GOODS or c.lower_ in MONEY_GOODS for c in subjects
    ):
        return True
    if lemma in _FLOW_VERBS and any(_rescuers(c) for c in subjects):
        return True  # "rescue teams arrived", "rescuers and blood donations followed"
    return any(lemma_of(c) in DELIVERY_NOUNS and aid_goods_named(c) for c in subjects)


_RESCUER_NOUNS = frozenset(["rescuer", "rescuers", "donation", "donations"])


_RESCUE_TEAM_NOUNS = frozenset(["team", "teams", "unit", "units", "worker", "workers", "crew"])


_RESCUE_MODIFIERS = frozenset(["rescue", "relief", "medical", "aid", "humanitarian"])


def _rescuers(subject: Token) -> bool:
    """``rescuers``, ``blood donations``, ``rescue/relief teams``: help sent after a disaster."""
    if word_in(subject, _RESCUER_NOUNS):
        return True
    return subject.lower_ in _RESCUE_TEAM_NOUNS and any(
        c.dep_ in ("compound", "amod") and c.lower_ in _RESCUE_MODIFIERS for c in subject.children
    )


_AMOUNT_NOUNS = frozenset(["peak", "level", "record", "total", "height", "figure", "maximum"])


# Goods whose arrival is aid: "Swedish medical supplies have reached North Vietnam".
_FLOWING_GOODS = frozenset(
    ["supply", "supplies", "relief", "shipment", "delivery", "payment", "subsidy", "subsidies"]
)


_GROWTH_VERBS = frozenset(["grow", "increase", "rise", "expand", "continue", "resume", "begin"])


DELIVERY_NOUNS = frozenset(
    [
        "delivery",
        "deliveries",
        "shipment",
        "shipments",
        "supply",
        "airlift",
        "sealift",
        "consignment",
        "flow",
    ]
)


_ENDING_VERBS = frozenset(
    ["end", "stop", "halt", "cut", "suspend", "cancel", "terminate", "withdraw", "freeze"]
)


def aid_goods_named(noun: Token) -> bool:
    goods = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
    return names_aid(goods + prep_objects(noun, ("of",)))


# Nouns of stopping: "the end of Saudi aid", "a halt to Soviet assistance".
_ENDING_NOUNS = frozenset(
    ["end", "ending", "halt", "stop", "cessation", "suspension", "termination", "cutoff", "freeze"]
)


# Intransitive verbs of which stopped aid is the subject: "Soviet aid to Egypt ended".
_CEASING_VERBS = frozenset(["end", "cease", "stop", "halt", "dry"])


def aid_ended(noun: Token) -> bool:
    """``ended all economic assistance to Vietnam``, ``the end of Saudi aid to the royalists``,
    ``brought a halt to Soviet assistance``: aid stopped is no aid given."""
    node = first_conjunct(noun)
    if node.dep_ in ("dobj", "nsubjpass") and lemma_of(node.head) in _ENDING_VERBS:
        return True
    if node.dep_ == "nsubj" and lemma_of(node.head) in _CEASING_VERBS:
        return True  # "Soviet aid to Egypt ended in 1972"
    if node.dep_ == "nsubj" and _raised_ceasing(node.head):
        return True  # "arms deliveries to the Polisario appear to have stopped"
    if node.dep_ != "pobj" or node.head.lower_ not in ("of", "to"):
        return False
    stop = node.head.head
    if lemma_of(stop) in _ENDING_NOUNS:
        return True
    # "brought a halt to aid": the preposition hangs on the verb whose object is the stop
    return any(c.dep_ == "dobj" and lemma_of(c) in _ENDING_NOUNS for c in stop.children)


# Raising verbs whose infinitive tells what their subject did: "appear to have stopped".
_RAISING_VERBS = frozenset(["appear", "seem", "begin", "start", "come"])


def _raised_ceasing(verb: Token) -> bool:
    """``appear to have stopped``, ``seemed to end``: a raising verb whose infinitive is a verb
    of ceasing, of which the raising verb's subject is the subject."""
    return lemma_of(verb) in _RAISING_VERBS and any(
        c.dep_ == "xcomp" and lemma_of(c) in _CEASING_VERBS for c in verb.children
    )


# Verbs by which money pays for works: "loans had paid for roads and schools".
_PAYING_VERBS = frozenset(["pay", "finance", "fund", "build"])


def money_paid_for(verb: Token, lemma: str) -> bool:
    """``loans under the programme paid for roads and schools``, ``Soviet credits financed the
    steel works``: loans, credits or aid as the subject of paying for something."""
    if lemma not in _PAYING_VERBS:
        return False
    if lemma == "pay" and not prep_objects(verb, ("for",)):
        return False
    return any(word_in(s, MONEY_GOODS) for s in subjects_of(verb))


def fled_from(person: Token) -> bool:
    """``Lebanese who fled the bombing``: people described as fleeing are refugees."""
    return any(
        c.dep_ in ("relcl", "acl") and lemma_of(c) in ("flee", "escape") for c in person.children
    )


_AID_IN_NOUNS = frozenset(["aid", "assistance", "credit", "credits", "loan", "loans", "grant"])


_MONEY_SIGNS = frozenset(["£", "$", "€", "¥"])


def money_given_in_aid(verb: Token, objs: list[Token]) -> bool:
    """``granted it £50 million in aid``, ``gave Chad $10 million in credits``: a sum given
    "in aid", or a sum written with a currency sign."""
    if _sum_in_aid(verb, objs):
        return True
    return any(written_with_currency_sign(o) for o in objs)


# Verbs of handing over goods, whose sum "in aid" is aid: "delivered $500 million in aid".
_DELIVERING_VERBS = frozenset(["deliver", "supply", "send", "ship", "channel", "pour"])


def sum_delivered_in_aid(verb: Token, lemma: str, objs: list[Token]) -> bool:
    """``Washington delivered some $500 million in military and economic assistance``,
    ``shipped 20 million dollars' worth in aid``: a sum of money delivered "in aid"."""
    if lemma not in _DELIVERING_VERBS or verb.tag_ not in PAST_TAGS:
        return False
    return names_a_sum(objs) and _sum_in_aid(verb, objs)


def _sum_in_aid(verb: Token, objs: list[Token]) -> bool:
    """Return whether the verb or one of its objects has "in aid/credits/loans"."""
    given_in = prep_objects(verb, ("in",)) + [p for o in objs for p in prep_objects(o, ("in",))]
    return any(word_in(g, _AID_IN_NOUNS) for g in given_in)


def written_with_currency_sign(noun: Token) -> bool:
    """Return whether a sum is written with a currency sign ("$10 million", "US$1 billion",
    "A$1 billion", "£50 million")."""
    return any(t.text[-1:] in _MONEY_SIGNS for t in noun.subtree)


def money_sum_given(lemma: str, objs: list[Token], with_objs: list[Token]) -> bool:
    """``granted Ceylon a sum of 75 million rupees``, ``provided Ukraine with several hundred
    million dollars``, ``contributed US$1 billion to the rescue package``: a sum of money
    given, lent or contributed (named by its currency) is aid."""
    return lemma in MONEY_AID_VERBS | _FUND_VERBS and names_a_sum(objs + with_objs)


def names_a_sum(nouns: list[Token]) -> bool:
    """Return whether one of ``nouns`` (or what it quantifies: "a sum of 75 million rupees")
    is a sum of money named by its currency or written with a currency sign."""
    sums = [s for n in nouns for s in (n, *prep_objects(n, ("of",)))]
    return any(lemma_of(s) in CURRENCY_NOUNS or written_with_currency_sign(s) for s in sums)


# Verbs by which a package of aid is made public or given: "announced a rescue package".
_PACKAGE_VERBS = frozenset(
    ["announce", "approve", "unveil", "provide", "give", "grant", "extend", "pledge"]
)
_PACKAGE_KINDS = frozenset(["aid", "rescue", "reconstruction", "relief", "assistance", "loan"])


def aid_package(verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``announced a reconstruction package of A$1 billion for Indonesia``, ``approved an aid
    package for Cairo``: a package of aid or of money announced or given to a named state
    ("for"/"to" on the package or the verb) is aid; a package with no recipient (a budget's
    "economic package") is not."""
    if lemma not in _PACKAGE_VERBS:
        return False
    for package in (o for o in objs if lemma_of(o) == "package"):
        kind = any(
            c.dep_ in ("compound", "amod") and word_in(c, _PACKAGE_KINDS) for c in package.children
        )
        if not (kind or names_a_sum(prep_objects(package, ("of",)))):
            continue
        recipients = prep_objects(package, ("for", "to")) + prep_objects(verb, ("for", "to"))
        if any(r.i in entity_tokens for r in recipients):
            return True
    return False


# Verbs by which a legislature or a government grants a loan it votes: "approved a loan".
_LOAN_VOTING_VERBS = frozenset(["approve", "vote", "authorise", "authorize", "sanction"])
_VOTED_MONEY = frozenset(["loan", "loans", "credit", "credits", "grant", "grants", "aid"])


def loan_approved(verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``Congress approved a loan of 62.5 million dollars to Spain``, ``the Bundestag voted
    credits for Israel``: a loan, credit or aid voted to a named state is aid given to it."""
    if lemma not in _LOAN_VOTING_VERBS or verb.tag_ not in PAST_TAGS:
        return False
    loans = [o for o in objs if o.dep_ == "dobj" and lemma_of(o) in _VOTED_MONEY]
    recipients = prep_objects(verb, ("to", "for"))
    # "a credit of 50 million marks for Israel": the recipient may hang on the sum
    held = loans + [m for o in loans for m in prep_objects(o, ("of",))]
    recipients += [r for o in held for r in prep_objects(o, ("to", "for"))]
    return bool(loans) and any(r.i in entity_tokens for r in recipients)


def dative_goods(verb: Token) -> list[Token]:
    """``lent the state company Petrobras 10 billion dollars``: the parser may hang the sum
    given as the object or apposition of the recipient ("Petrobras"), not of the verb."""
    return [
        d
        for c in verb.children
        if c.dep_ == "dative"
        for d in c.children
        if d.dep_ in ("dobj", "appos")
    ]


# People a state takes in: "took in 70,000 Finnish children", "300,000 people from Bulgaria".
_PEOPLE_NOUNS = frozenset(
    ["people", "persons", "citizens", "nationals", "civilians", "families", "inhabitants",
     "residents", "jews", "children", "orphans", "refugees", "exiles", "emigrants"]
)  # fmt: skip
_ADMITTING_VERBS = frozenset(["take", "admit", "accept", "absorb", "shelter"])


def people_taken_in(verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``Sweden took in about 70,000 Finnish children``, ``Turkey took in more than 300,000
    people from Bulgaria``, ``admitted 27,000 Ugandan Asians``: a state taking in a number of
    another state's people is aid (sheltering them); "took" needs its particle "in"."""
    if lemma not in _ADMITTING_VERBS | {"receive"} or verb.tag_ not in PAST_TAGS:
        return False
    if lemma == "take" and not has_particle(verb, "in"):
        return False
    if _fugitives_taken(verb, lemma, objs):
        return True  # "a million Belgians fled, and the Dutch took them in"
    if lemma == "receive":
        return False  # received goods: see aid_received
    if any(_counted_of_them(o) for o in objs):
        return True  # "admitted some 27,000 of them": people the sentence has told of leaving
    # "took in 300,000 people from Bulgaria": the parser may hang the origin on the verb
    origins = prep_objects(verb, ("from",))
    for people in (p for o in objs for p in (o, *prep_objects(o, ("of",)))):
        # a people noun, or a plural proper noun of people ("Ugandan Asians")
        if not (word_in(people, _PEOPLE_NOUNS) or people.tag_ == "NNPS"):
            continue
        counted = any(c.dep_ == "nummod" for c in people.children) or people.head.dep_ == "pobj"
        foreign = nationality_modified(people, entity_tokens, deps=("amod", "compound")) or any(
            p.i in entity_tokens for p in prep_objects(people, ("from", "of")) + origins
        )
        if counted and foreign:
            return True
    return False


def _fugitives_taken(verb: Token, lemma: str, objs: list[Token]) -> bool:
    """Return whether ``verb`` takes in the fugitives its sentence has told of: ``a million
    Belgians fled, and the Dutch took them in``, ``while Britain received some quarter of a
    million more``. "Them" counts when taken in or admitted; "received" needs a mass of people
    ("a million", "several thousand more", "the refugees"), since receiving "them" is a
    reception ("ministers fled to London, where Churchill received them": a meeting)."""
    if not _flight_told(verb):
        return False
    if lemma != "receive" and any(o.lower_ == "them" for o in objs):
        return True
    counted = [q for o in objs for q in (o, *prep_objects(o, ("of",)))]
    if any(
        q.lower_ == "more" and (q.like_num or any(c.dep_ == "nummod" for c in q.children))
        for q in counted
    ):
        return True
    return lemma == "receive" and any(_mass_of_people(q) for q in counted)


# Nouns of a mass of people in flight: "received the refugees".
_FUGITIVE_NOUNS = frozenset(["refugee", "fugitive", "evacuee"])


def _mass_of_people(noun: Token) -> bool:
    """Return whether ``noun`` is a mass of people: a large number ("a million", "thousands")
    or refugees."""
    if lemma_of(noun) in _FUGITIVE_NOUNS or noun.lower_ in _COUNT_NOUNS:
        return True
    return noun.like_num and noun.lower_ in ("million", "millions", "thousand", "thousands")


# Plural numbers used as nouns: "thousands of them", "tens of thousands".
_COUNT_NOUNS = frozenset(["hundreds", "thousands", "millions", "tens", "dozens"])


# Pronouns a partitive count of people taken in refers back with ("27,000 of them").
_PEOPLE_PRONOUNS = frozenset(["them", "these", "those"])


def _counted_of_them(obj: Token) -> bool:
    """``some 27,000 of them``, ``160,000 of these``, ``several thousand more``: a number of
    people told of before (the sentence's refugees or expelled), counted as a number with a
    pronoun in its "of" phrase, or as a number more."""
    number = obj.like_num or any(c.dep_ == "nummod" for c in obj.children)
    number = number or obj.lower_ in _COUNT_NOUNS  # "sheltered thousands of them"
    if number and obj.lower_ == "more":
        return True  # "and Canada took in several thousand more"
    return number and any(p.lower_ in _PEOPLE_PRONOUNS for p in prep_objects(obj, ("of",)))


# Verbs by which aid stopped before is given again: "restored development aid to Cuba".
_RESUMING_VERBS = frozenset(["restore", "resume", "renew", "reinstate", "reopen"])


def aid_resumed(lemma: str, goods: list[Token]) -> bool:
    """``restored development aid to Cuba``, ``resumed economic assistance``: aid given again."""
    return lemma in _RESUMING_VERBS and names_aid(goods)


# Verbs cancelling a debt ("write" with "off").
_FORGIVING_WORDS = frozenset(["forgive", "cancel", "remit", "waive", "annul", "write"])


_DEBT_NOUNS = frozenset(["debt", "debts", "arrears"])


def debt_forgiven(verb: Token, lemma: str, goods: list[Token]) -> bool:
    """``wrote off Egypt's military debt``, ``waived part of Senegal's debt``, ``cancelled
    the debts of Mongolia``: relief from a debt is aid (not "paid off its debt")."""
    if lemma not in _FORGIVING_WORDS:
        return False
    if lemma == "write" and not has_particle(verb, "off"):
        return False
    return any(word_in(g, _DEBT_NOUNS) for g in goods)


_REPARATION_NOUNS = frozenset(["reparation", "reparations"])


# Verbs by which reparations are handed over (not "took reparations from", "demanded").
_HANDING_VERBS = frozenset(["deliver", "ship", "send", "supply", "provide", "pay", "transfer"])


def reparations_delivered(lemma: str, goods: list[Token]) -> bool:
    """``reparations in the form of ships were delivered``, ``paid reparations to Israel``:
    reparations handed over are aid to the receiving state."""
    return lemma in _HANDING_VERBS and any(word_in(g, _REPARATION_NOUNS) for g in goods)


# Money by which works are built: "with Soviet credits Egypt built the steel works".
_BUILDING_MONEY = frozenset(
    ["grant", "grants", "credit", "credits", "loan", "loans", "aid", "assistance", "funds"]
)


def money_lent(verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``Italy lent Tunisia money to build a port``, ``gave money to Guinea``: money lent or
    given to a named state is aid (not "lent money to a firm")."""
    if lemma not in MONEY_AID_VERBS or verb.tag_ not in PAST_TAGS:
        return False
    money = [o for o in objs if lemma_of(o) == "money"]
    if not money:
        return False
    given = prep_objects(verb, ("to",)) + [c for c in verb.children if c.dep_ == "dative"]
    # "lent Tunisia money": the parser may make the state a compound of the money
    given += [c for m in money for c in m.children if c.dep_ == "compound"]
    return any(g.i in entity_tokens for g in given)


def built_with_grants(verb: Token, lemma: str) -> bool:
    """``with your grants Chinese workers built the textile mill``, ``with Chinese loans
    Tanzania built a railway``: works built with another's grants or credits are aid."""
    if lemma not in ("build", "construct") or verb.tag_ != "VBD":
        return False
    return any(word_in(m, _BUILDING_MONEY) for m in prep_objects(verb, ("with",)))


_RECEIVING_VERBS = frozenset(["receive", "obtain", "get"])


def aid_received(verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``Pakistan received 50 tanks from China``, ``obtained Soviet credits``, ``received a
    team of Cuban doctors``: aid goods or aid personnel a state receives from a named donor
    (the donor "from" a state, or the goods' nationality)."""
    if lemma not in _RECEIVING_VERBS or not past_or_progressive(verb):
        return False
    # "the Shah received the Soviet advisers" is an audience, not aid
    received_by_person = any(
        is_person(s, entity_tokens) and s.ent_type_ not in ("GPE", "NORP", "ORG")
        for s in subjects_of(verb)
    )
    goods = [
        g
        for o in objs
        for g in [o, *prep_objects(o, ("of",))]
        if names_aid([g]) or (g.lower_ in AID_PERSONNEL_NOUNS and not received_by_person)
    ]
    goods += [c for g in goods for c in g.children if c.dep_ == "conj"]
    if not goods:
        return False
    donors = prep_objects(verb, ("from",)) + [d for g in goods for d in prep_objects(g, ("from",))]
    # "from China", "from the Soviet bloc" (a bloc or camp named by its nationality)
    if any(d.i in entity_tokens or nationality_modified(d, entity_tokens) for d in donors):
        return True
    return any(nationality_modified(g, entity_tokens, deps=("amod", "compound")) for g in goods)


# Arms, whose sale to a state the gold counts as aid to it (not a sale of grain, a trade).
_ARMS_NOUNS = frozenset(
    [
        "arms",
        "weapon",
        "weapons",
        "jets",
        "jet",
        "tanks",
        "tank",
        "aircraft",
        "fighters",
        "bombers",
        "helicopters",
        "warplanes",
        "missile",
        "missiles",
        "artillery",
        "ammunition",
        "rifles",
    ]
)

_SUBSIDY_NOUNS = frozenset(["subsidy", "subsidies", "subvention", "subventions"])


def _recipients(verb: Token, goods: list[Token], entity_tokens: set[int]) -> list[Token]:
    """Return the named receivers of ``verb``'s goods: its dative or "to" object, or a state
    or government the parser glued to the goods ("sold Libya Mirage jets")."""
    out = [c for c in verb.children if c.dep_ == "dative"]
    out += prep_objects(verb, ("to",)) + [p for g in goods for p in prep_objects(g, ("to",))]
    glued = [c for g in goods for c in g.children if c.dep_ == "compound"]
    named = [r for r in out + glued if r.i in entity_tokens and r.pos_ != "PRON"]
    # "sold the Shah's government billions of dollars' worth of weapons"
    return named + [g for g in glued if lemma_of(g) in POLITY_NOUNS]


def goods_transferred(verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``sold Egypt weapons``, ``paid Jordan an annual subsidy``, ``passed intelligence to the
    British forces``: arms sold, a subsidy paid or intelligence passed to a named state is aid.
    """
    if verb.tag_ not in PAST_TAGS:
        return False
    if lemma == "sell":
        goods = [o for o in objs if any(word_in(t, _ARMS_NOUNS) for t in _head_words(o))]
    elif lemma == "pay":
        goods = [o for o in objs if word_in(o, _SUBSIDY_NOUNS)]
    elif lemma in ("pass", "give", "hand"):
        goods = [o for o in objs if lemma_of(o) == "intelligence"]
    else:
        return False
    if lemma == "pass" and goods:
        return bool(prep_objects(verb, ("to",)))  # "passed naval intelligence to the Americans"
    return bool(goods) and bool(_recipients(verb, goods, entity_tokens))


_BUYING_VERBS = frozenset(["buy", "purchase", "acquire"])


def arms_bought(verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``Libya bought more than 100 fighters from France``, ``had purchased tanks from the
    Soviet Union``: arms a state buys from a named state are that state's aid to the buyer, as
    a sale is (see :func:`goods_transferred`); not grain or ships bought, a trade."""
    if lemma not in _BUYING_VERBS or verb.tag_ not in PAST_TAGS:
        return False
    goods = [o for o in objs if any(word_in(t, _ARMS_NOUNS) for t in _head_words(o))]
    sellers = prep_objects(verb, ("from",)) + [s for g in goods for s in prep_objects(g, ("from",))]
    buyers = subjects_of(verb)
    return (
        bool(goods)
        and any(s.i in entity_tokens for s in sellers)
        and any(b.i in entity_tokens or b.pos_ == "PRON" for b in buyers)
    )


_LETTING_VERBS = frozenset(["let", "allow", "permit"])
_BASE_USES = frozenset(["operate", "use", "maintain", "keep", "set", "train", "run", "launch"])
_BASE_NOUNS = frozenset(["base", "bases", "camp", "camps", "territory", "soil", "sanctuary"])


def bases_allowed(verb: Token, lemma: str, entity_tokens: set[int]) -> bool:
    """``Angola had let SWAPO's guerrillas operate from bases in its south``, ``Zambia allowed
    the guerrillas to use its territory``: a state letting an armed party (or another state's
    forces) operate from bases or camps on its soil is aid to the party it shelters (not
    "allowed the ships to use its ports", a right of passage)."""
    if lemma not in _LETTING_VERBS or not past_or_progressive(verb):
        return False
    if not any(s.i in entity_tokens for s in subjects_of(verb)):
        return False
    for use in (c for c in verb.children if c.dep_ in ("ccomp", "xcomp")):
        if lemma_of(use) not in _BASE_USES:
            continue
        based = any(t.lower_ in _BASE_NOUNS for t in use.subtree)
        users = subjects_of(use) + [c for c in verb.children if c.dep_ == "dobj"]
        armed = any(lemma_of(u) in BACKED_GROUPS for u in users)
        if based and armed:
            return True
    return False


def subsidy_paid(verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``the subsidy that Britain had been paying``, ``Britain went on paying an annual
    subsidy``: a subsidy a named state pays (or kept paying) is aid, the recipient from the
    context when the clause names none."""
    if lemma != "pay" or not any(word_in(o, _SUBSIDY_NOUNS) for o in objs):
        return False
    if verb.dep_ == "relcl":
        return False  # "provide Jordan with the subsidy that Britain had been paying": the
        # recipient is in the clause above, which the relative does not read
    going_on = _kept_on(verb)
    if going_on is None and not past_or_progressive(verb):
        return False
    payers = subjects_of(verb) or (subjects_of(going_on) if going_on is not None else [])
    return any(p.i in entity_tokens and p.pos_ != "PRON" for p in payers)


# Verbs of going on with an act: "went on paying", "continued paying", "kept paying".
_KEEPING_ON_VERBS = frozenset(["go", "continue", "keep"])


def _kept_on(verb: Token) -> Token | None:
    """``went on paying``, ``continued to pay``: return the past verb of going on whose
    complement ``verb`` is (the parser may hang "paying" on the particle "on")."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "on":
        head = head.head
    elif verb.dep_ != "xcomp":
        return None
    return head if lemma_of(head) in _KEEPING_ON_VERBS and head.tag_ in PAST_TAGS else None


def _head_words(noun: Token) -> list[Token]:
    """The noun and its conjuncts ("tanks and jets"), or the object of its quantity ("worth of
    advanced weapons", "a number of jets")."""
    words = [noun] + [c for c in noun.children if c.dep_ == "conj"]
    words += [p for w in list(words) for p in prep_objects(w, ("of",))]
    return words


# Verbs of works or money given "as a gift": "built as a Chinese gift", "financed as a gift".
_GIFT_VERBS = frozenset(
    ["build", "construct", "erect", "finance", "fund", "equip", "donate", "present", "give"]
)
_GIFT_NOUNS = frozenset(["gift", "present", "donation"])


def given_as_gift(verb: Token, lemma: str) -> bool:
    """``the bridge was financed by Australia as a gift to both countries``, ``built as a
    Chinese gift``, ``built an institute in Rangoon as a gift to Burma``: works built or paid
    for, or goods given, "as a gift" are aid."""
    if lemma not in _GIFT_VERBS:
        return False
    return any(lemma_of(g) in _GIFT_NOUNS for g in prep_objects(verb, ("as",)))


def helped_with_aid(verb: Token, lemma: str) -> bool:
    """``Cuba helped Nicaragua with teachers and doctors``, ``were helping generously with
    arms``: helping "with" aid goods or aid personnel is giving them (not "helped with the
    accounts")."""
    if lemma not in ("help", "assist", "aid", "support"):
        return False
    given = with_conjuncts(prep_objects(verb, ("with",)))
    return names_aid(given) or any(word_in(g, AID_PERSONNEL_NOUNS) for g in given)


def sums_given(lemma: str, objs: list[Token]) -> bool:
    """``had given considerable sums for relief``, ``granted large sums to Ghana``: sums of
    money given or lent (with no currency named) are aid."""
    return lemma in MONEY_AID_VERBS and any(lemma_of(o) == "sum" for o in objs)


# Journeys home of a leader who brings back what a host granted: "came home with aid".
_HOMEWARD_VERBS = frozenset(["come", "return", "go", "fly"])


def came_home_with_aid(verb: Token, lemma: str, entity_tokens: set[int]) -> bool:
    """``she came home with additional American aid``, ``returned from Moscow with a Soviet
    loan``: a traveller bringing home aid named by its donor's nationality received it (the
    donor from the nationality, the recipient from the traveller)."""
    if lemma not in _HOMEWARD_VERBS or verb.tag_ not in PAST_TAGS:
        return False
    homeward = lemma == "return" or any(
        c.lower_ in ("home", "back") and c.dep_ in ("advmod", "npadvmod", "prt")
        for c in verb.children
    )
    brought = [g for g in with_conjuncts(prep_objects(verb, ("with",))) if word_in(g, MONEY_GOODS)]
    return homeward and any(nationality_modified(g, entity_tokens) for g in brought)


def past_or_progressive(verb: Token) -> bool:
    """Return whether ``verb`` tells a past act, simple ("reached") or progressive ("were
    reaching", "had been receiving")."""
    if verb.tag_ in PAST_TAGS:
        return True
    return verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in PAST_TAGS and lemma_of(c) in ("be", "have")
        for c in verb.children
    )


# Verbs of depending on what another gives: "depended on Soviet aid".
_DEPENDING_VERBS = frozenset(["depend", "rely", "live", "survive"])


def depended_on_aid(verb: Token, lemma: str, entity_tokens: set[int]) -> bool:
    """``Vietnam's economy had depended on Soviet aid``, ``Cuba relied on Soviet credits``:
    living on aid named by its donor's nationality tells that the donor gave it."""
    if lemma not in _DEPENDING_VERBS or not past_or_progressive(verb):
        return False
    aid = with_conjuncts(prep_objects(verb, ("on", "upon")))
    return any(
        word_in(a, MONEY_GOODS | _SUBSIDY_WORDS) and nationality_modified(a, entity_tokens)
        for a in aid
    )


_SUBSIDY_WORDS = frozenset(["subsidy", "subsidies", "money", "arms", "weapons"])


# Verbs by which a lender makes credit available: "opened a line of credit to Moscow".
_CREDIT_OPENING_VERBS = frozenset(["open", "guarantee", "underwrite", "arrange"])
_CREDIT_NOUNS = frozenset(["credit", "credits", "loan", "loans"])


def credit_opened(verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``opened a large line of credit to the Soviet Union``, ``guaranteed a credit of 300
    million marks``: a credit (or a line of it) a state opens or guarantees is aid."""
    if lemma not in _CREDIT_OPENING_VERBS or verb.tag_ not in PAST_TAGS:
        return False
    # a lender named as the subject ("South Korea opened"), not an agreement "which opened"
    if not any(s.i in entity_tokens and s.pos_ == "PROPN" for s in subjects_of(verb)):
        return False
    for obj in objs:
        if word_in(obj, _CREDIT_NOUNS):
            return True
        if lemma_of(obj) == "line" and any(
            word_in(p, _CREDIT_NOUNS) for p in prep_objects(obj, ("of",))
        ):
            return True
    return False


# Verbs of pouring goods into a country: "poured arms into Addis Ababa".
_POURING_VERBS = frozenset(["pour", "pump", "funnel", "channel"])


def poured_into(verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``Moscow had poured arms into Addis Ababa``, ``pumped money into the regime``: aid goods
    poured into a named state or a party in it."""
    if lemma not in _POURING_VERBS or verb.tag_ not in PAST_TAGS:
        return False
    goods = with_conjuncts(objs)
    if not (names_aid(goods) or any(lemma_of(g) == "money" for g in goods)):
        return False
    places = prep_objects(verb, ("into",)) + [p for g in goods for p in prep_objects(g, ("into",))]
    return any(p.i in entity_tokens or lemma_of(p) in BACKED_GROUPS for p in places)


# Relief sent after a disaster: "sent rescue teams and a field hospital".
_FIELD_RELIEF = frozenset(["hospital", "hospitals", "ambulance", "ambulances", "tents"])


def relief_sent(lemma: str, goods: list[Token]) -> bool:
    """``Israel sent rescue teams and a field hospital``, ``dispatched medical teams``:
    rescuers or a field hospital sent are aid."""
    if lemma not in ("send", "dispatch", "fly"):
        return False
    return any(
        _rescuers(g) or (word_in(g, _FIELD_RELIEF) and any(c.lower_ == "field" for c in g.children))
        for g in goods
    )


# Money named by its donor that follows or keeps a regime going: "Libyan money followed".
_FOREIGN_MONEY = frozenset(["money", "subsidy", "subsidies", "cash"])


# Modifiers naming a donor ("Kuwaiti and Saudi subsidies": the parser may make the first nmod).
_DONOR_DEPS = ("amod", "compound", "nmod", "poss")


# Verbs of money keeping a state or its finances going: "Saudi subsidies kept it afloat".
_SUSTAINING_VERBS = frozenset(["keep", "sustain", "prop", "rescue", "save", "bail", "shore"])


_SUSTAINING_MONEY = _FOREIGN_MONEY | MONEY_GOODS


def foreign_money_sustained(verb: Token, entity_tokens: set[int]) -> bool:
    """``Libyan and Saudi subsidies kept its finances afloat``, ``Soviet aid, which has
    sustained the island since 1960``, ``a loan raised in Paris rescued Russian finances``:
    money or aid of a named donor (its nationality, or a place "in" which it was raised)
    keeping a state going is aid (the recipient from the clause or the context)."""
    if lemma_of(verb) not in _SUSTAINING_VERBS or not past_or_progressive(verb):
        return False
    if any(_pronoun_possessed(o) for o in verb.children if o.dep_ == "dobj"):
        # "A armed the regime, and B's subsidies kept its finances afloat": "its" stands for
        # a party the clause before told of by a noun, which no mention resolves
        return False
    subjects = subjects_of(verb)
    if verb.dep_ == "relcl" and any(s.tag_ == "WDT" for s in subjects):
        subjects = [verb.head]  # "aid, which has sustained the island"
    for money in with_conjuncts(subjects):
        if not word_in(money, _SUSTAINING_MONEY):
            continue
        if nationality_modified(money, entity_tokens, deps=_DONOR_DEPS):
            return True
        raised = [c for c in money.children if c.dep_ == "acl"]
        if any(p.i in entity_tokens for r in raised for p in prep_objects(r, ("in",))):
            return True
    return False


def _pronoun_possessed(noun: Token) -> bool:
    """``its finances``, ``their economy``: a noun owned by a pronoun."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def foreign_money_flowed(verb: Token, entity_tokens: set[int]) -> bool:
    """``Libyan money followed``, ``Saudi subsidies arrived``: money named by its donor's
    nationality arriving (the recipient from the context)."""
    if verb.tag_ not in PAST_TAGS:
        return False
    if lemma_of(verb) not in _FLOW_VERBS:
        return False
    subjects = with_conjuncts(subjects_of(verb))
    return any(
        word_in(s, _FOREIGN_MONEY) and nationality_modified(s, entity_tokens, deps=_DONOR_DEPS)
        for s in subjects
    )


# Verbs by which a state gives more of its aid: "increased its deliveries of arms to Hanoi".
_RAISING_AID_VERBS = _GROWTH_VERBS | {
    "step",
    "double",
    "triple",
    "treble",
    "raise",
    "boost",
    "accelerate",
    "speed",
}


def raised_aid_to(noun: Token) -> bool:
    """``increased its deliveries of arms to the Vietnamese``, ``stepped up its aid to the
    rebels``: aid raised by a verb that carries the recipient ("to") for its object."""
    if noun.dep_ != "dobj" or lemma_of(noun.head) not in _RAISING_AID_VERBS:
        return False
    return bool(prep_objects(noun.head, ("to",)))


# Aid a donor gives more of: "raised the annual subsidy", "doubled its grants" (not "raised a
# loan", which borrows).
_RAISED_AID = (MONEY_GOODS - _LENT_MONEY) | _GRANT_WORDS


def aid_raised(verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """Return whether a named state (or "it"/"they") gives more aid or subsidy to a named
    recipient: ``India raised the annual subsidy to Bhutan``, ``Washington doubled its
    economic aid to Egypt``, ``returned the tract to Bhutan and raised the annual subsidy``
    (the recipient of the joined verb). Not a subsidy with no recipient, nor a subsidy "on"
    goods ("Egypt doubled the subsidy on bread": a price held down at home)."""
    if lemma not in _RAISING_AID_VERBS or verb.tag_ not in PAST_TAGS:
        return False
    raised = [o for o in with_conjuncts(objs) if o.lower_ in _RAISED_AID]
    if not raised or any(prep_objects(o, ("on",)) for o in raised):
        return False
    # "India returned the tract and raised the subsidy": a conjoined verb shares the subject
    givers = subjects_of(verb) or subjects_of(first_conjunct(verb))
    if not any(g.i in entity_tokens or g.lower_ in ("it", "they") for g in givers):
        return False
    takers = prep_objects(verb, ("to", "for")) + _joined_verb_recipients(verb)
    takers += [t for o in raised for t in prep_objects(o, ("to", "for"))]
    takers += [c for o in raised for c in o.children if c.dep_ == "poss"]
    giver_ids = {g.i for g in givers}
    return any(t.i in entity_tokens and t.pos_ != "PRON" and t.i not in giver_ids for t in takers)


def _joined_verb_recipients(verb: Token) -> list[Token]:
    """Return the words of the clause of the verb that ``verb`` is joined to, outside
    ``verb``'s own clause: the party those joined acts deal with is the recipient
    (``India undertook not to interfere in Bhutan's administration, returned the tract of
    Dewangiri and raised the annual subsidy``; ``returned the tract to Bhutan and raised
    ...``)."""
    head = first_conjunct(verb)
    if head.i == verb.i:
        return []
    own = {t.i for t in verb.subtree}
    return [t for t in head.subtree if t.i not in own and t.dep_ != "nsubj"]


# Verbs of making good another's losses: "replaced the tanks that Syria lost".
_REPLACING_VERBS = frozenset(["replace", "replenish", "restock", "resupply"])
_LOSS_NOUNS = frozenset(["loss", "losses"])


def losses_replaced(verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``the Soviet Union had replaced the aircraft and tanks that Syria lost``, ``Washington
    replenished Israel's losses``, ``replaced the weapons the Egyptian army had lost``: a state
    replacing the arms or losses of another (named as their owner or as the one who lost them)
    is military aid."""
    if lemma not in _REPLACING_VERBS or not past_or_progressive(verb):
        return False
    if not any(s.i in entity_tokens and s.pos_ != "PRON" for s in subjects_of(verb)):
        return False
    goods = [
        o
        for o in with_conjuncts(objs)
        if any(word_in(t, _ARMS_NOUNS) for t in _head_words(o)) or o.lower_ in _LOSS_NOUNS
    ]
    return any(_lost_by_state(g, entity_tokens) for g in goods)


def _lost_by_state(goods: Token, entity_tokens: set[int]) -> bool:
    """Return whether ``goods`` are owned by a named state ("Israel's losses", "the Egyptian
    army's tanks") or were lost by one ("the tanks that Syria lost")."""
    head = first_conjunct(goods)
    owners = [c for c in head.children if c.dep_ in ("poss", "amod", "compound")]
    owners += [
        s
        for c in head.children
        if c.dep_ in ("relcl", "acl") and lemma_of(c) == "lose"
        for s in subjects_of(c)
    ]
    owned = [t for o in owners for t in o.subtree]
    return any(t.i in entity_tokens and t.pos_ != "PRON" for t in owned)


# Verbs of setting money aside for another: "committed $225 million to the plan".
_COMMITTING_VERBS = frozenset(["commit", "earmark"])


def money_committed(verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``the United States committed $225 million to the six-year development plan``,
    ``Japan earmarked 50 billion yen in credits for Indonesia``: a sum or aid committed to a
    named state, to a state's plan or to a development programme is aid (not "committed $5
    billion to defence", the state's own spending)."""
    if lemma not in _COMMITTING_VERBS or verb.tag_ not in PAST_TAGS:
        return False
    goods = with_conjuncts(objs)
    if not (names_a_sum(goods) or any(g.lower_ in _AID_MONEY for g in goods)):
        return False
    ends = prep_objects(verb, ("to", "for")) + [
        p for g in goods for p in prep_objects(g, ("to", "for"))
    ]
    return any(
        (e.i in entity_tokens and e.pos_ != "PRON")
        or _state_programme(e, entity_tokens)
        or _development_programme(e)
        for e in ends
    )


def _development_programme(noun: Token) -> bool:
    """``the six-year development plan``, ``the development programme``: a plan of development
    (a donor's money for it is aid to the state that runs it)."""
    return lemma_of(noun) in _PROGRAMME_NOUNS and any(
        c.lower_ == "development" for c in noun.children if c.dep_ in ("compound", "amod")
    )
