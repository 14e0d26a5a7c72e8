"""News datelines: the place and date opening a report ("KIEV, May 31 (Reuters) —"), which
tell where the report was filed."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

DASHES = frozenset(["-", "--", "\u2013", "\u2014"])

# How far into a document (tokens) its dateline may stand: past a headline.
_REACH = 80
# How far past the place (tokens) the dash closing a dateline may stand.
_DASH_REACH = 14


def opens_line(token: Token) -> bool:
    """Return whether a token starts its sentence or line, past an article ("THE HAGUE")."""
    if token.i > 0 and token.nbor(-1).lower_ == "the":
        token = token.nbor(-1)
    return token.i == 0 or token.is_sent_start or "\n" in token.nbor(-1).text_with_ws


_CACHE_KEY = "dipl_dateline"


def dateline(doc: Doc) -> Span | None:
    """Return the dateline of a news report among the first lines of ``doc``: an upper-case
    place opening a line, a comma, a date and a dash within a dozen tokens ("SALISBURY,
    Zimbabwe, April 18, 1980 —"); the span runs from the place to the dash. None when the
    document opens with no dateline. Found once per document (many triggers ask)."""
    if _CACHE_KEY not in doc.user_data:
        bounds = _dateline_bounds(doc)
        doc.user_data[_CACHE_KEY] = bounds
    found = doc.user_data[_CACHE_KEY]
    return doc[found[0] : found[1]] if found is not None else None


def _dateline_bounds(doc: Doc) -> tuple[int, int] | None:
    for token in doc[:_REACH]:
        if not (token.is_alpha and token.is_upper and len(token) > 1 and opens_line(token)):
            continue
        tail = doc[token.i + 1 : token.i + _DASH_REACH]
        dash = next((t.i for t in tail if t.text in DASHES), None)
        if dash is None:
            continue
        words = doc[token.i : dash]
        if any(t.text == "," for t in words) and any(
            t.like_num or t.ent_type_ == "DATE" for t in words
        ):
            return token.i, dash
    return None
