"""Which parts of a document's endnotes state facts, and the text the extractor reads.

Endnotes mix two kinds of sentence: citations ("A. Author, Title (Place, 2001), p. 4.",
"Record of conversation between X and Y, 12 May 1957, AVPRF f. 0102, op. 7", "Ibid.", "See
...") and prose that states a fact the body leaves out ("Z served as Defence Minister from 1956
until 1962."). :func:`reading_text` returns the document's text with the body kept, the prose of
its notes kept and everything else of the notes section (markers, heading, citations) blanked out
with whitespace of the same length, so that every offset of the text the extractor reads is an
offset of the stored text. Each note is cut from the body and from the other notes by a blank
line: no note is read as the continuation of the paragraph before it.

A note piece (a sentence, or one side of a semicolon) is prose when it has no citation signal
(a citing cue, an archive signature or locator, a publication's place and year, a record's title)
and its main clause has a finite verb with its own subject; a piece after a semicolon continuing
a prose piece ("Jordan restored relations in 1967; Egypt in 1972") is prose unless it bears a
citation signal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token

from diplomatica.ingest.model import Note
from diplomatica.nlp.doc_text import doc_text
from diplomatica.nlp.types import EventFact, TimeValue

_YEAR = r"(?:1[5-9]|20)\d\d"
# A word ending in a full stop that does not end a sentence: an initial or an abbreviation.
_ABBREVIATION = re.compile(
    r"(?<![\w'’-])(?:[A-Za-z]|vols?|pp|ff|op|nos?|ch|chap|eds?|trans|cf|fol|art|sec|st|mr|mrs|dr"
    r"|gen|col|lt|jr|sr|mass|calif|conn|etc|ca|rev|prof|hon|doc|docs|tel|cit|loc|[a-z]\.[a-z])$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“‘(]?[A-Z])")
_SEMICOLON = re.compile(r";\s+")
# Cues that open a citation rather than a statement.
_CITING_CUE = re.compile(
    r"^(?:ibid|idem|id\.|op\.\s*cit|loc\.\s*cit|see\b|cf\b|compare\b|also\b|cited\b|quoted\b"
    r"|as quoted\b|reprinted\b|printed\b|translated\b|published in\b|excerpts?\b"
    r"|for (?:a |an |the |more |further )?(?:full )?(?:text|texts|discussion|account|details?"
    r"|analysis|overview|background|record|records|summary|documents?)\b"
    r"|on\b[^.;]{0,120}?,?\s+see\b)",
    re.IGNORECASE,
)
# Archive signatures and page or volume locators ("f. 0102, op. 7, d. 5", "p. 23", "vol. XIX",
# "Box 12", "RG 59", "FO 371/123", "611.61/5-1257").
_LOCATOR = re.compile(
    r"\b(?:f|op|d|l|ll|fol|ff|pp?|vols?|nos?|ch|chap|doc|[рсфдл]|стр|оп)\.\s*[0-9IVXLC]"
    r"|\b(?:box|folder|file|fond|delo|opis|reel|roll)\s+(?:no\.\s*)?\d",
    re.IGNORECASE,
)
_ARCHIVE = re.compile(
    r"\b(?:AVP ?RF|AVPRF|RGANI|RGASPI|TsKhSD|TsAMO|APRF|GARF|NARA|SAPMO|BArch|PA AA|CWIHP|FRUS"
    r"|RG|FO|CAB|PREM|DEFE|FCO)\b(?:\s*[,.]?\s*[A-Z]?\s*\d)?"
    r"|\b\d{2,3}\.\d+/\d",
)
_ARCHIVE_NAME = re.compile(r"\b(?:AVP ?RF|AVPRF|RGANI|RGASPI|TsKhSD|APRF|GARF|NARA|SAPMO|PA AA)\b")
# "(Chapel Hill, 2001)", "(London: Macmillan, 1980)", "(Oxford University Press, 1967)".
_PUBLICATION = re.compile(rf"\([^()]*[,:]\s*{_YEAR}\)")
_BARE_YEAR = re.compile(rf"\({_YEAR}\)")
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
# ", London 1975." / ", Cambridge, Mass. 1974." closing a book's reference.
_PLACE_YEAR_END = re.compile(
    rf",\s*(?!{_MONTH}\b)(?:[A-Z][\w.'’-]*\s*,?\s*){{1,3}}{_YEAR}[.)]?\s*$"
)
# The title of a record cited by it ("Memorandum of conversation between X and Y, 12 May 1957").
_RECORD_TITLE = re.compile(
    r"^(?:record|memorandum|memo|minutes|transcript|telegram|cable|letter|note|report|despatch"
    r"|dispatch|aide[- ]m[ée]moire|protocol|diary|interview|conversation|speech|statement"
    r"|message|instructions?|directive|draft|journal|entry)s?\b"
    r"(?:\s+(?:of|from|to|by|with|between|on|for|in)\b|,)",
    re.IGNORECASE,
)
# "Chen Jian, Mao's China ..." / "Robert H. Donaldson and A. N. Other, ...": an author's name.
_NAME = r"(?:[A-Z][\w'’-]*\.?\s+){0,3}[A-Z][\w'’-]+"
_AUTHOR_OPENING = re.compile(rf"^{_NAME}(?:\s+(?:and|&)\s+{_NAME})?(?:\s+\(eds?\.\))?,\s+")
# "Agreement between A and B on ..., Peking, 2 March 1963.": an instrument cited by its title,
# place and date.
_INSTRUMENT_TITLE = re.compile(
    r"^(?:agreement|treaty|convention|communiqu[ée]|declaration|accord|protocol|exchange of notes"
    r"|joint (?:statement|communiqu[ée]|declaration))s?\s+(?:between|of|on|concerning|with)\b",
    re.IGNORECASE,
)
_DATE_CLOSING = re.compile(
    rf",\s*(?:\d{{1,2}}\s+)?(?:{_MONTH}\s+)?(?:\d{{1,2}},\s*)?{_YEAR}\.?\s*$"
)
_QUOTED_TITLE = re.compile(r"^[\"“‘]")
_FINITE_TAGS = frozenset(["VBD", "VBZ", "VBP", "MD"])
_SUBJECTS = frozenset(["nsubj", "nsubjpass", "expl", "csubj", "csubjpass"])


@dataclass(frozen=True)
class NotePiece:
    """A sentence of a note, or one side of a semicolon: its span in the text and whether a
    semicolon (rather than a sentence end or the note's start) opened it."""

    start: int
    end: int
    after_semicolon: bool


def note_pieces(text: str, start: int, end: int) -> list[NotePiece]:
    """Return the pieces of ``text[start:end]`` (a note): its sentences, each split again at
    semicolons, trimmed of surrounding whitespace and of the semicolon itself (empty pieces
    dropped). An initial or an abbreviation ("Z. A. Bhutto", "Cambridge, Mass. 1974", "vol.
    XIX") does not end a sentence."""
    pieces: list[NotePiece] = []
    for s_start, s_end in _sentences(text, start, end):
        cut = s_start
        after_semicolon = False
        for m in _SEMICOLON.finditer(text, s_start, s_end):
            pieces.extend(_trimmed(text, cut, m.start(), after_semicolon))
            cut, after_semicolon = m.end(), True
        pieces.extend(_trimmed(text, cut, s_end, after_semicolon))
    return pieces


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cut = start
    for m in _SENTENCE_END.finditer(text, start, end):
        stop = m.start() + 1
        if text[m.start()] == "." and _ABBREVIATION.search(text[cut : m.start()]):
            continue
        spans.append((cut, stop))
        cut = m.end()
    spans.append((cut, end))
    return spans


def _trimmed(text: str, start: int, end: int, after_semicolon: bool) -> list[NotePiece]:
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    stripped = piece.strip()
    if not stripped:
        return []
    return [NotePiece(start + lead, start + lead + len(stripped), after_semicolon)]


def is_citation(piece: str) -> bool:
    """Return whether a note piece bears a citation signal: a citing cue at its start ("Ibid.",
    "See", "Cited in", "On X see"), an archive signature or a page/volume locator, a
    publication's place and year ("(Chapel Hill, 2001)", ", London 1975."), a cited record's
    title ("Memorandum of conversation between ...") or an author opening a quoted title or a
    title dated by a bare year ("A. Author, The Title (1969)")."""
    piece = piece.strip()
    if not _mostly_latin(piece):
        return True  # a reference in another script; the extractor reads English
    if _CITING_CUE.match(piece) or _RECORD_TITLE.match(piece):
        return True
    if _INSTRUMENT_TITLE.match(piece) and _DATE_CLOSING.search(piece):
        return True
    if _LOCATOR.search(piece) or _ARCHIVE.search(piece) or _ARCHIVE_NAME.search(piece):
        return True
    if _PUBLICATION.search(piece) or _PLACE_YEAR_END.search(piece):
        return True
    author = _AUTHOR_OPENING.match(piece)
    if author is None:
        return False
    rest = piece[author.end() :]
    return bool(_QUOTED_TITLE.match(rest) or _BARE_YEAR.search(rest))


def _mostly_latin(piece: str) -> bool:
    letters = [c for c in piece if c.isalpha()]
    return sum(c.isascii() for c in letters) * 2 >= len(letters)


def has_finite_clause(parsed: Doc) -> bool:
    """Return whether a parsed piece has a main clause with a finite verb (a finite root or
    conjoined verb, or one with a finite auxiliary) and its own subject ("Z served as ...",
    "Relations were established ..."); titles, names and dates alone have none."""
    for sent in parsed.sents:
        root = sent.root
        for verb in (root, *(c for c in root.children if c.dep_ == "conj")):
            if _is_finite(verb) and any(_own_subject(c) for c in verb.children):
                return True
    return False


def _own_subject(child: Token) -> bool:
    """Whether ``child`` is a subject that is not a relative pronoun ("the defence of which")."""
    if child.dep_ not in _SUBJECTS:
        return False
    return not any(t.tag_ in ("WDT", "WP", "WP$") for t in child.subtree)


def _is_finite(verb: Token) -> bool:
    if verb.tag_ in _FINITE_TAGS or "Fin" in verb.morph.get("VerbForm", []):
        return verb.pos_ in ("VERB", "AUX")
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS for c in verb.children)


def prose_pieces(nlp: Language, text: str, notes: Sequence[Note]) -> list[NotePiece]:
    """Return the pieces of ``notes`` (spans into ``text``) that state facts: no citation signal
    and a finite main clause with its own subject, or, after a semicolon, the continuation of a
    prose piece without a citation signal. ``nlp``'s stock tagger and parser judge the clause."""
    pieces = [p for note in notes for p in note_pieces(text, note.start, note.end)]
    signalled = [is_citation(text[p.start : p.end]) for p in pieces]
    candidates = [i for i, cited in enumerate(signalled) if not cited]
    texts = [text[pieces[i].start : pieces[i].end] for i in candidates]
    parsed = dict(zip(candidates, _parsed(nlp, texts), strict=True))
    kept: list[NotePiece] = []
    previous_prose = False
    for i, piece in enumerate(pieces):
        prose = False
        if not signalled[i]:
            continuing = piece.after_semicolon and previous_prose
            prose = continuing or has_finite_clause(parsed[i])
        previous_prose = prose
        if prose:
            kept.append(piece)
    return kept


def _parsed(nlp: Language, texts: Iterable[str]) -> list[Doc]:
    """Return ``texts`` run through ``nlp``'s own components only (not Diplomatica's)."""
    ours = [name for name in nlp.pipe_names if name.startswith("diplomatica_")]
    return list(nlp.pipe(texts, disable=ours))


def reading_text(nlp: Language, text: str, body_end: int | None, notes: Sequence[Note]) -> str:
    """Return the text the extractor reads for a document: ``text[:body_end]`` as it is, then
    the notes section with only the prose of its notes kept (:func:`prose_pieces`); the rest of
    a note is blanked with spaces (its line breaks kept) and everything between notes (the
    heading, the markers) with line breaks, so that each note is a paragraph of its own. The
    result has the length of ``text`` and equals it wherever it is not blank; ``text`` itself
    when there is no notes section."""
    if body_end is None or body_end >= len(text):
        return text
    chars = ["\n"] * (len(text) - body_end)
    for note in notes:
        for i in range(max(note.start, body_end), note.end):
            chars[i - body_end] = "\n" if text[i] == "\n" else " "
    for piece in prose_pieces(nlp, text, [n for n in notes if n.start >= body_end]):
        chars[piece.start - body_end : piece.end - body_end] = text[piece.start : piece.end]
    return text[:body_end] + "".join(chars)


BODY_END_KEY = "dipl_body_end"  # doc.user_data: where the body ends, set by the reader


class NoteFacts:
    """Settle the facts of a document whose notes were read (the last component).

    An event stated in a note that restates an event of the body (same type, a shared state, the
    same month, or the same states in the same year) is merged into the body's event: the
    body's event takes the note's date when it is at least as precise, and the note's span as
    a second evidence. Then every evidence span is trimmed of the whitespace after it: a
    sentence's span runs over it, and in a notes section it stands for blanked citations,
    which a stored quote must not include.
    """

    def __call__(self, doc: Doc) -> Doc:
        """Merge note restatements, trim evidence spans; return the doc."""
        body_end = doc.user_data.get(BODY_END_KEY)
        events: list[EventFact] = list(doc._.dipl_events or [])
        if isinstance(body_end, int) and events:
            doc._.dipl_events = merge_note_restatements(events, body_end)
        text = doc_text(doc)
        for event in doc._.dipl_events or []:
            spans = [(a, _text_end(text, a, b)) for a, b in event.evidence_spans()]
            event.evidence_end = _text_end(text, event.evidence_start, event.evidence_end)
            if "evidence" in event.attributes:
                event.attributes["evidence"] = spans
        for tenure in doc._.dipl_tenures or []:
            tenure.evidence_end = _text_end(text, tenure.evidence_start, tenure.evidence_end)
        return doc


def merge_note_restatements(events: list[EventFact], body_end: int) -> list[EventFact]:
    """Return ``events`` without the note events (evidence at or after ``body_end``) that
    restate a body event (:func:`restates`; one whose date holds the note's first). Each such
    body event takes the note's span as a further evidence, and the note's date when that is
    more precise than its own and within it, or as precise and outside it (a note states its
    date outright, where the body's may have come from the context)."""
    body = [e for e in events if e.evidence_start < body_end]
    kept: list[EventFact] = []
    for event in events:
        targets = [b for b in body if event.evidence_start >= body_end and restates(event, b)]
        if not targets:
            kept.append(event)
            continue
        target = next((b for b in targets if _within(event.date, b.date)), targets[0])
        if _refines(event.date, target.date):
            target.date = event.date
        spans = target.evidence_spans()
        target.attributes["evidence"] = [*spans, (event.evidence_start, event.evidence_end)]
    return kept


def restates(note: EventFact, body: EventFact) -> bool:
    """Return whether event ``note`` (stated in a note) restates event ``body``: same type and
    either the same states with the note's date within the body's, or a shared state in the
    same month (both dated to the month at least: a note naming one party may miss the other,
    or the body's day may come from the context)."""
    if note.type != body.type or note.date is None or body.date is None:
        return False
    if sorted(note.countries) == sorted(body.countries) and _within(note.date, body.date):
        return True
    if not set(note.countries) & set(body.countries) or _other_named_pair(note, body):
        return False
    return min(_precision(note.date), _precision(body.date)) >= 7 and _overlap(
        note.date, body.date, 7
    )


def _other_named_pair(note: EventFact, body: EventFact) -> bool:
    """Return whether the note's parties do not include the body's and the note names a party
    of its own outside them: "The Soviet State Council recognised the three states on 6
    September", told on a body sentence about Washington's recognition that month, is the act
    of another state (a note naming only a party of the body's may miss the other one)."""
    if set(note.countries) >= set(body.countries):
        return False  # the body's parties, and more: the note tells the act in full
    return any(a.country and a.country not in body.countries for a in note.actors)


def _refines(note: TimeValue | None, body: TimeValue | None) -> bool:
    if note is None:
        return False
    if body is None:
        return True
    finer = _precision(note) > _precision(body)
    return finer if _within(note, body) else _precision(note) >= _precision(body)


def _within(inner: TimeValue | None, outer: TimeValue | None) -> bool:
    """Return whether ``inner`` lies within ``outer`` at ``outer``'s precision."""
    if inner is None or outer is None:
        return False
    lo, hi = outer.bounds()
    i_lo, i_hi = inner.bounds()
    if not (lo or hi) or not (i_lo or i_hi):
        return False
    lo, hi = lo or hi or "", hi or lo or ""
    i_lo, i_hi = i_lo or i_hi or "", i_hi or i_lo or ""
    return lo <= i_lo[: len(lo)] and i_hi[: len(hi)] <= hi


def _precision(date: TimeValue | None) -> int:
    """Return the length of the shorter ISO bound of ``date`` (4 year, 7 month, 10 day)."""
    if date is None:
        return 0
    bounds = [b for b in date.bounds() if b]
    return min((len(b) for b in bounds), default=0)


def _overlap(a: TimeValue, b: TimeValue, width: int) -> bool:
    """Return whether two dates overlap when cut to ``width`` characters (4 year, 7 month)."""
    a_lo, a_hi = a.bounds()
    b_lo, b_hi = b.bounds()
    if not (a_lo or a_hi) or not (b_lo or b_hi):
        return False
    lo_a, hi_a = (a_lo or a_hi or "")[:width], (a_hi or a_lo or "")[:width]
    lo_b, hi_b = (b_lo or b_hi or "")[:width], (b_hi or b_lo or "")[:width]
    return not (hi_a < lo_b or hi_b < lo_a)


def _text_end(text: str, start: int, end: int) -> int:
    """Return ``end`` moved back over whitespace, not before ``start``."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


@Language.factory("diplomatica_note_facts")
def make_note_facts(nlp: Language, name: str) -> NoteFacts:
    """Create the note-facts settler; add it after the events component."""
    return NoteFacts()
