"""Back-references by office: "the President" standing alone names the last holder of that
office mentioned before it."""

from __future__ import annotations

from spacy.tokens import Span

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
    holders = sorted(
        (p for p in people if p.ref is not None and p.ref.title is not None),
        key=lambda p: p.span.start,
    )
    if not holders:
        return []
    found = []
    last_by_title: dict[str, Mention] = {}
    last_by_word: dict[tuple[str, str], tuple[int, Mention]] = {}
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
            next_holder += 1
        key = title_key(title)
        if title_kind(title, gaz) == "honorific" or not _stands_alone_capitalised(title):
            continue
        same_word = last_by_word.get((key, title.text.lower()))
        if same_word is not None and title.start - same_word[0] <= _HOLDER_REACH:
            last: Mention | None = same_word[1]
        else:
            last = last_by_title.get(key)
            if last is not None and title.start - last.span.end > _HOLDER_REACH:
                last = None  # far back, another holder may have come between unnoticed
        if last is None or last.ref is None:
            continue
        mention = Mention(title, "person", last.ident, ref=last.ref, label="PERSON")
        mention.famous, mention.year = last.famous, last.year
        found.append(mention)
        last_by_word[(key, title.text.lower())] = (title.end, last)
    return found


# How far before a name its office title may end ("Premier Zhou", "Premier of the State
# Council Zhou Enlai").
_TITLE_REACH = 6


def _title_word_of(holder: Mention, titles: list[Span]) -> str | None:
    """Return the lower-case words of the title written for ``holder``'s office right before
    the name ("Premier" in "Premier Zhou Enlai"), or None."""
    ref = holder.ref
    start = holder.span.start
    for title in reversed(titles):
        if title.end > start or ref is None:
            continue
        if start - title.end > _TITLE_REACH:
            return None
        if title_key(title) == ref.title:
            return title.text.lower()
    return None


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
