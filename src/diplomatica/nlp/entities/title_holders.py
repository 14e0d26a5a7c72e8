"""Back-references by office: "the President" standing alone names the last holder of that
office mentioned before it."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from diplomatica.nlp.doc_text import doc_text
from diplomatica.nlp.entities.mention import Mention
from diplomatica.nlp.entities.person_titles import title_key, title_kind
from diplomatica.nlp.gazetteer import Gazetteer

# How far back (tokens) the named holder of an office may stand from "the President".
_HOLDER_REACH = 150


def titles_naming_the_last_holder(
    titles: list[Span], people: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """ "President Bush arrived. The President said ...": a capitalised office title or rank
    ("General Torrijos ... the General") after "the",
    standing alone (no name, "of" or state after it), names the last person mentioned before
    it with that office; it is linked to that person (same key, state and office). A holder
    named with the same word ("Premier Zhou ... the Premier") beats a later holder of the
    office named otherwise ("Prime Minister Koirala"), and each such back-reference keeps
    its holder within reach of the next."""
    if not any(p.ref is not None and p.ref.title is not None for p in people):
        return []
    holders = sorted((p for p in people if p.ref is not None), key=lambda p: p.span.start)
    found = []
    last_by_title: dict[str, Mention] = {}
    last_by_word: dict[tuple[str, str], tuple[int, Mention]] = {}
    # the principals of a record: (office, word) -> the holder its heading names (None for one
    # it leaves unnamed, "United States: The President")
    principals: dict[tuple[str, str], Mention | None] = {}
    header = record_header_end(people[0].span.doc) if people else 0
    next_holder = 0
    ordered = sorted(titles, key=lambda t: t.start)
    for title in ordered:
        while next_holder < len(holders) and holders[next_holder].span.end <= title.start:
            holder = holders[next_holder]
            if holder.ref is not None and holder.ref.title is not None:
                last_by_title[holder.ref.title] = holder
                word = _title_word_of(holder, ordered)
                if word is not None:
                    last_by_word[(holder.ref.title, word)] = (holder.span.end, holder)
                    if holder.span.start < header:
                        principals.setdefault((holder.ref.title, word), holder)
            _renew_reach(last_by_word, holder)
            next_holder += 1
        key = title_key(title)
        if title_kind(title, gaz) == "honorific" or not _stands_alone_capitalised(title):
            continue
        word_key = (key, _head_word(title.text))
        same_word = last_by_word.get(word_key)
        if word_key in principals and title.start >= header:
            # "The President ... President Yahya Khan ... The President said": in a record,
            # the title alone names the participant its heading lists
            last: Mention | None = principals[word_key]
        elif same_word is not None and title.start - same_word[0] <= _HOLDER_REACH:
            last = same_word[1]
        else:
            last = last_by_title.get(key)
            if last is not None and title.start - last.span.end > _HOLDER_REACH:
                last = None  # far back, another holder may have come between unnoticed
        if title.start < header:
            principals.setdefault(word_key, last)
        if last is None or last.ref is None:
            continue
        mention = Mention(title, "person", last.ident, ref=last.ref, label="PERSON")
        mention.famous, mention.year = last.famous, last.year
        found.append(mention)
        last_by_word[(key, _head_word(title.text))] = (title.end, last)
    return found


def _head_word(title: str) -> str:
    """Return the lower-case last word of a title ("chancellor" of "Federal Chancellor"): "the
    Chancellor" names the holder written "Federal Chancellor Brandt"."""
    return title.lower().split()[-1]


def _renew_reach(last_by_word: dict[tuple[str, str], tuple[int, Mention]], holder: Mention) -> None:
    """A holder named again ("Vice Premier Deng ... Deng Xiaoping, Vice Premier of the State
    Council") stays within reach of "the Vice Premier" from this mention on."""
    for entry, (_end, named) in list(last_by_word.items()):
        if named.ident == holder.ident:
            last_by_word[entry] = (holder.span.end, named)


# How far before a name its office title may end ("Premier Zhou", "Premier of the State
# Council Zhou Enlai").
_TITLE_REACH = 6


def _title_word_of(holder: Mention, titles: list[Span]) -> str | None:
    """Return the lower-case words of the title written for ``holder``'s office right before
    the name ("Premier" in "Premier Zhou Enlai"), or None."""
    ref = holder.ref
    start = holder.span.start
    own = next((t for t in titles if (t.start, t.end) == (start, holder.span.end)), None)
    if own is not None and ref is not None and title_key(own) == ref.title:
        return _head_word(own.text)  # "the Federal Chancellor" in a list of those present
    for title in reversed(titles):
        if title.end > start or ref is None:
            continue
        between = title.doc[title.end : start]
        if start - title.end > _TITLE_REACH or (
            any(t.is_punct for t in between) and not _name_in_brackets(between)
        ):
            return None  # "Deng Xiaoping, Vice Premier of the State Council; Fang Yi": Deng's
        if title_key(title) == ref.title:
            return _head_word(title.text)
    return None


# Forms of address a record puts before a name in brackets: "(Mr. Winston Churchill)".
_ADDRESS_WORDS = frozenset(["mr.", "mr", "m.", "mrs.", "mrs", "sir", "dr.", "dr"])


def _name_in_brackets(between: Span) -> bool:
    """Return whether the words between a title and a name open a bracket round the name,
    with at most a form of address: "The Prime Minister (Mr. Winston Churchill)", "The
    Secretary (Dulles)" name the holder, as a record's heading does."""
    return (
        len(between) >= 1
        and between[0].text == "("
        and all(t.lower_ in _ADDRESS_WORDS for t in between[1:])
    )


def _stands_alone_capitalised(title: Span) -> bool:
    """ "The President said": capitalised, right after "the", followed by no name, "of",
    possessive or capitalised word."""
    doc = title.doc
    if title.start == 0 or doc[title.start - 1].lower_ != "the" or not title[0].is_title:
        return False
    if title.end >= len(doc):
        return True
    after = doc[title.end]
    return after.lower_ not in ("of", "'s", "’s", "-") and not after.is_title


# A record lists its participants under a label ("PARTICIPANTS:", "Present:", "Participants.")
# in a heading of labelled lines ("Date:", "Place:") before the running text.
_PARTICIPANTS_LABEL = re.compile(r"(?im)^(participants|present)\b")
_LABEL_LINE = re.compile(r"[A-Z][A-Za-z ,&]{1,40}:")


def record_header_end(doc: Doc) -> int:
    """Return the token index where the heading of a record of conversation ends: the first
    block of running text after the line listing its participants (0 when the document lists
    no participants)."""
    text = doc_text(doc)
    label = _PARTICIPANTS_LABEL.search(text)
    if label is None:
        return 0
    pos = text.find("\n\n", label.end())
    while pos >= 0:
        start = pos + 2
        while start < len(text) and text[start] in "\n ":
            start += 1
        line_end = text.find("\n", start)
        line = text[start : line_end if line_end >= 0 else len(text)]
        if line and not _LABEL_LINE.match(line) and not line.isupper():
            span = doc.char_span(start, start + 1, alignment_mode="expand")
            return span.start if span is not None else 0
        pos = text.find("\n\n", start)
    return 0
