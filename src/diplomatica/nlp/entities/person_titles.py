"""The title, office and state of one person mention, read from the title before or after
the name and the states named near it."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from diplomatica.nlp.entities.mention import Mention, token_indices
from diplomatica.nlp.entities.statesmen import ROYAL_TITLES, titled_statesman
from diplomatica.nlp.gazetteer import FORMER_WORDS, Gazetteer
from diplomatica.nlp.types import EntityRef

# Lower-case words that may stand between a title and the name it introduces.
_TITLE_GAP_WORDS = frozenset(
    {"of", "the", "and", "a", "an", "its", "his", "her", "their", "'s", "’s", "new", "former"}
    | {"then", "first", "acting", "newly", "appointed", "designate", "our", "your"}
)


_MAX_TITLE_GAP = 20


_CLAUSE_ENDS = frozenset({".", "!", "?", ";", ":", "–", "—"})


_COUNTRY_LOOKBACK = 4


@dataclass(frozen=True)
class TitleScene:
    """What every person's title look-up reads, built once per document: the titles, the linked
    states and organisations, the tokens they cover and the starts of honorific titles."""

    titles: list[Span]
    linked: list[Mention]
    gaz: Gazetteer
    covered: frozenset[int]
    honorifics: frozenset[int]


def title_scene(titles: list[Span], linked: list[Mention], gaz: Gazetteer) -> TitleScene:
    """Return the :class:`TitleScene` of a document's ``titles`` and ``linked`` mentions."""
    covered = token_indices(m.span for m in linked) | token_indices(titles)
    honorifics = frozenset(t.start for t in titles if title_kind(t, gaz) == "honorific")
    return TitleScene(titles, linked, gaz, frozenset(covered), honorifics)


def title_key(title: Span) -> str:
    """Return the gazetteer key of a matched title (its label is ``kind|key``)."""
    return title.label_.partition("|")[2]


def title_kind(title: Span, gaz: Gazetteer) -> str:
    """Return the kind of a matched title: "office", "rank", "honorific", ..."""
    return gaz.titles[title_key(title)].kind


def link_person(person: Mention, scene: TitleScene, people: list[Mention]) -> None:
    """Set ``person``'s ref: its office title (before or after the name) and the state stated
    beside it, "of <state>" after the name, or a titled statesman's state."""
    gaz, linked = scene.gaz, scene.linked
    title_span = _title_before(person.span, scene, people)
    if title_span is None or title_kind(title_span, gaz) != "office":
        # "Cardinal X, the papal nuncio": an office in apposition beats a rank before the name
        title_span = _title_after(person.span, scene.titles) or title_span
    if title_span is not None and _former_title(title_span):
        title_span = None  # "Shevardnadze, the former Soviet foreign minister": not his office
    key: str | None = None
    country: str | None = None
    if title_span is not None:
        country = _country_near_title(person.span, title_span, linked)
        if title_kind(title_span, gaz) != "honorific":
            key = title_key(title_span)
    if title_span is not None and _may_name_a_statesman(person, key) and country is None:
        before = (person.famous, person.ident)
        country = titled_statesman(person, gaz, key)
        if key is None and not _addressed_statesman_fits(person, country, linked):
            # "Mr Johnson, a clerk at the Australian embassy": not the President
            country = None
            person.famous, person.ident = before
    stated = _state_after_of(person.span, linked)
    if stated is not None:
        country = stated  # "Ayub Khan of Pakistan"
    if country is None:
        country = _nationality_before_a_noun(person.span, linked)
    person.ref = EntityRef("person", person.ident, person.span.text, country, key)
    person.label = "PERSON"


def _may_name_a_statesman(person: Mention, office: str | None) -> bool:
    """Whether a surname after a title may name the gazetteer statesman of that surname:
    after an office ("President Bush"), and after a form of address ("Mr Wilson" in 1968)
    unless the document gave the surname a fuller name of its own ("Felipe Ortega ... Mr.
    Ortega")."""
    if person.famous is not None:
        return False
    return office is not None or " " not in person.ident


def _addressed_statesman_fits(person: Mention, country: str | None, linked: list[Mention]) -> bool:
    """Whether a statesman found for a form of address and a surname ("Mr Wilson") may be the
    person meant: the document names his state, and no apposition describes the person as
    someone else ("Mr Johnson, a clerk at the embassy")."""
    doc = person.span.doc
    if person.span.end < len(doc) and doc[person.span.end].text == ",":
        return False
    named = {m.ref.key for m in linked if m.ref is not None and m.ref.kind == "state"}
    return country is not None and country in named


def _former_title(title: Span) -> bool:
    """Return whether a title is qualified as past ("the former Soviet foreign minister",
    "ex-President"), within the three words before it."""
    doc = title.doc
    return any(t.lower_ in FORMER_WORDS for t in doc[max(0, title.start - 3) : title.start])


def _gap_ok(
    doc: Doc,
    start: int,
    end: int,
    covered: Collection[int],
    blockers: Collection[int],
    honorifics: frozenset[int] = frozenset(),
) -> bool:
    """Whether the tokens between a title and a name let the title apply to the name; a new
    conjunct ("the President and Dr. X", "the Premier and the envoy X") stops it."""
    for i in range(start, end):
        tok = doc[i]
        if i in blockers or tok.text in _CLAUSE_ENDS:
            return False
        if tok.text == "," and i + 1 < end and doc[i + 1].lower_ in ("and", "but", "while"):
            return False  # "met the president, and Gandhi left": a new clause
        if (
            tok.lower_ == "and"
            and i + 1 < end
            and (i + 1 in honorifics or doc[i + 1].lower_ in ("the", "a", "an"))
        ):
            return False
        if i in covered or tok.is_punct or tok.lower_ in _TITLE_GAP_WORDS:
            continue
        if tok.is_title and not tok.is_sent_start:
            continue
        return False
    return True


def _title_before(person: Span, scene: TitleScene, people: list[Mention]) -> Span | None:
    # Another person in between owns the title: "the Secretary ..., Ch. Surenjav, and General J."
    blockers = token_indices(p.span for p in people if p.span != person)
    covered = scene.covered - blockers
    # Not bounded by the parser's sentence: it often splits "... of the MPR [...] J. Batmunkh".
    best: Span | None = None
    for title in scene.titles:
        if title.end > person.start:
            continue
        if person.start - title.end > _MAX_TITLE_GAP:
            continue
        if not _gap_ok(person.doc, title.end, person.start, covered, blockers, scene.honorifics):
            continue
        best = _preferred_title(best, title, scene.gaz)
    return best


def _preferred_title(current: Span | None, candidate: Span, gaz: Gazetteer) -> Span:
    """Offices beat ranks and honorifics; among equals the nearer (later) title wins."""
    if current is None:
        return candidate
    rank = {"honorific": 0, "rank": 1}
    cur = rank.get(title_kind(current, gaz), 2)
    new = rank.get(title_kind(candidate, gaz), 2)
    return candidate if new >= cur else current


# "X was appointed Soviet ambassador", "X became foreign minister", "X, named envoy": a verb
# that gives the subject the office its complement names.
_OFFICE_VERBS = frozenset({"appointed", "named", "made", "elected", "became", "becomes"})


_OFFICE_AUX = frozenset({"was", "is", "had", "has", "been", "be", "being", "were", "later", "then"})


def _office_complement_start(doc: Doc, end: int) -> int | None:
    """Return the token index after "was appointed" / "became" following a name at ``end``,
    or None when no office verb follows."""
    i = end
    while i < len(doc) and i - end < 3 and doc[i].lower_ in _OFFICE_AUX:
        i += 1
    verb = doc[i].lower_ if i < len(doc) else ""
    # "X became envoy" alone; "appointed"/"named" only after an auxiliary ("X was appointed")
    if verb in _OFFICE_VERBS and (verb in ("became", "becomes") or i > end):
        return i + 1
    # "X took office as president", "X served as envoy", "X was sworn in as premier"
    lemma = doc[i].lemma_.lower() if i < len(doc) else ""
    if lemma == "take" and (i + 1 >= len(doc) or doc[i + 1].lower_ != "office"):
        return None  # "took office as", not "took him as"
    for j in range(i + 1, min(i + 3, len(doc))):
        if doc[j].lower_ == "as" and lemma in _AS_OFFICE_VERBS:
            return j + 1
    return None


_AS_OFFICE_VERBS = frozenset({"take", "serve", "swear", "act", "remain"})


def _title_after(person: Span, titles: list[Span]) -> Span | None:
    """An apposition: "D. Sharav, a member of the CC of the MPRP," or "X, the Mongolian
    ambassador"; or the office a verb gives: "X was appointed Soviet ambassador"."""
    doc = person.doc
    if person.end >= len(doc):
        return None
    lead = person.end + 1 if doc[person.end].text == "," else None
    if lead is None:
        lead = _office_complement_start(doc, person.end)
    if lead is None:
        return None
    for title in titles:
        if title.start < lead or title.start - lead > 5:
            continue
        between = doc[lead : title.start]
        if all(
            tok.lower_ in _TITLE_GAP_WORDS or tok.is_title or tok.pos_ in ("ADJ", "DET")
            for tok in between
        ):
            return title
    return None


def _country_near_title(person: Span, title: Span, linked: list[Mention]) -> str | None:
    if title.start < person.start:
        lo, hi = _clause_start(title, _COUNTRY_LOOKBACK), person.start
    else:
        lo, hi = _clause_start(title, 2), _clause_end(title)
    best: tuple[int, str] | None = None
    for mention in linked:
        ref = mention.ref
        if ref is None or ref.country is None or ref.kind == "place":
            continue
        if mention.span.end <= lo or mention.span.start >= hi:
            continue
        if _is_post(mention.span):
            continue  # "the ambassador to Sweden" serves there; Sweden is not his state
        distance = max(0, title.start - mention.span.end)
        if best is None or distance < best[0]:
            best = (distance, ref.country)
    return best[1] if best else None


_POST_PREPOSITIONS = frozenset({"to", "in", "at"})


def _is_post(span: Span) -> bool:
    """True if the state mention is the post of an office ("ambassador to X", "envoy in X")."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in _POST_PREPOSITIONS


def _clause_start(span: Span, lookback: int) -> int:
    """Return the first token index at most ``lookback`` tokens before ``span`` that lies in its
    clause: the state of "... the Japan-Korea Declaration. Foreign Minister X" is not read
    across the full stop."""
    doc = span.doc
    lo = max(0, span.start - lookback)
    for i in range(span.start - 1, lo - 1, -1):
        if doc[i].text in _CLAUSE_ENDS or "\n" in doc[i].text_with_ws:
            return i + 1
    return lo


def _clause_end(span: Span) -> int:
    doc = span.doc
    i = span.end
    while i < len(doc) and doc[i].text not in (",", ".", ";") and i - span.end < 12:
        i += 1
    return i


def give_royal_cues_to_the_monarch(scene: TitleScene, people: list[Mention]) -> None:
    """ "the Saudi king ... King X": where one person alone bears a royal title in the text and
    has no state, the one state whose monarch the text names without a name ("the Saudi
    king", "Morocco's king") is his."""
    monarchs = {p.ident for p in people if p.ref is not None and p.ref.title in ROYAL_TITLES}
    if len(monarchs) != 1:
        return
    starts = {p.span.start for p in people}
    cued = {
        state
        for title in scene.titles
        if title_key(title) in ROYAL_TITLES and title.end not in starts
        for state in [_state_right_before(title, scene.linked)]
        if state is not None
    }
    if len(cued) != 1:
        return
    country = next(iter(cued))
    for person in people:
        ref = person.ref
        if ref is not None and person.ident in monarchs and ref.country is None:
            person.ref = EntityRef("person", ref.key, ref.name, country, ref.title)


def _state_right_before(title: Span, linked: list[Mention]) -> str | None:
    """Return the state named right before a title ("Saudi king", "Morocco's king")."""
    doc = title.doc
    end = title.start
    if end > 0 and doc[end - 1].lower_ in ("'s", "’s"):
        end -= 1
    for other in linked:
        ref = other.ref
        if other.span.end == end and ref is not None and ref.kind == "state":
            return ref.country
    return None


_COMMON_NOUN_TAGS = frozenset({"NN", "NNS"})


def _nationality_before_a_noun(span: Span, linked: list[Mention]) -> str | None:
    """ "the Swedish diplomat X", "a French writer, X,": a state word right before one or two
    lower-case common nouns that stand in apposition before the name gives the person that
    state."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
        if i >= 0 and doc[i].tag_ == "NNS" and doc[i].dep_ == "pobj":
            return None  # "talks with British officials, X announced": no apposition
    nouns = 0
    while i >= 0 and nouns < 2 and doc[i].is_lower and doc[i].tag_ in _COMMON_NOUN_TAGS:
        nouns += 1
        i -= 1
    if nouns == 0 or i < 0:
        return None
    for other in linked:
        ref = other.ref
        if other.span.end - 1 == i and ref is not None and ref.kind == "state":
            return ref.country
    return None


def _state_after_of(span: Span, linked: list[Mention]) -> str | None:
    """ "X of Pakistan", "President X of the Soviet Union": the state right after "of"."""
    doc = span.doc
    i = span.end
    if i >= len(doc) or doc[i].lower_ != "of":
        return None
    i += 1
    starts = {i}  # "of the Netherlands": the state's name may begin with its article
    if i < len(doc) and doc[i].lower_ == "the":
        starts.add(i + 1)
    for other in linked:
        ref = other.ref
        if other.span.start in starts and ref is not None and ref.kind == "state":
            return ref.country
    return None
