"""Full-text search: the only dialect-specific part of the store.

SQLite uses an external-content FTS5 table ``passages_fts`` over ``passages`` (kept in sync by
triggers created in the migrations); PostgreSQL uses a generated ``tsvector`` column
``passages.tsv`` with a GIN index. User queries are parsed here into a small, safe structure
(plain words, "quoted phrases", ``-excluded`` words) and rendered for each backend, so no
FTS syntax typed by a user ever reaches the database engine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from diplomatica.errors import StoreError

FTS_TABLE = "passages_fts"
PG_TSV_COLUMN = "tsv"
PG_TSV_INDEX = "ix_passages_tsv"
PG_TS_CONFIG = "english"
SNIPPET_TOKENS = 32

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORD_CHAR = re.compile(r"\w")
_EDGE_PUNCT = re.compile(r"^[^\w]+|[^\w]+$")


@dataclass(frozen=True)
class ParsedQuery:
    """A user query reduced to what both backends can express safely.

    ``include`` and ``exclude`` hold phrases, each a tuple of words (a one-word phrase is a
    plain word). Words contain no quote characters.
    """

    include: tuple[tuple[str, ...], ...]
    exclude: tuple[tuple[str, ...], ...] = field(default=())


@dataclass(frozen=True)
class RawHit:
    """One matching passage as returned by the backend, before offsets are mapped."""

    passage_id: int
    document_pk: int
    doc_id: str
    title: str | None
    kind: str
    start: int
    end: int
    snippet: str
    score: float
    offset_map: list[Any]


def _words_of(chunk: str) -> tuple[str, ...]:
    """Return the searchable words of ``chunk``: whitespace-split, edge punctuation stripped."""
    words = []
    for raw in chunk.split():
        word = _EDGE_PUNCT.sub("", raw.replace('"', ""))
        if _WORD_CHAR.search(word):
            words.append(word)
    return tuple(words)


def parse_query(query: str) -> ParsedQuery:
    """Return the safe structure of a free-text ``query``.

    Supports plain words (all required), ``"quoted phrases"`` and a leading ``-`` to exclude a
    word or phrase. Every other character is treated as text, never as operator syntax.
    Raises :class:`StoreError` when nothing searchable is left.
    """
    include: list[tuple[str, ...]] = []
    exclude: list[tuple[str, ...]] = []
    for match in _TOKEN.finditer(query):
        negated, phrase, bare = match.group(1), match.group(2), match.group(3)
        if phrase is not None:
            target, words = (exclude if negated else include), _words_of(phrase)
        else:
            is_negated = bare.startswith("-") and len(bare) > 1
            target = exclude if is_negated else include
            words = _words_of(bare[1:] if is_negated else bare)
            # A hyphenated or dotted token ("Sino-Mongolian", "M.S.") is a phrase of its parts.
            words = tuple(w for part in words for w in re.split(r"[^\w]+", part) if w)
        if words:
            target.append(words)
    if not include:
        raise StoreError(f"search query has no words to search for: {query.strip()[:80]!r}")
    return ParsedQuery(tuple(include), tuple(exclude))


def _fts5_phrase(words: tuple[str, ...]) -> str:
    return '"' + " ".join(w.replace('"', '""') for w in words) + '"'


def render_fts5(parsed: ParsedQuery) -> str:
    """Return the FTS5 MATCH expression of ``parsed`` (every term a quoted string)."""
    positive = " ".join(_fts5_phrase(p) for p in parsed.include)
    adjacent = proximity_phrase(parsed)
    if adjacent is not None:
        # Every row with the whole query as one phrase also has all its terms, so OR-ing the
        # phrase matches the same rows while bm25 scores the exact phrase higher.
        positive = f"({positive}) OR {_fts5_phrase(adjacent)}"
    if not parsed.exclude:
        return positive
    negative = " OR ".join(_fts5_phrase(p) for p in parsed.exclude)
    return f"({positive}) NOT ({negative})"


def proximity_phrase(parsed: ParsedQuery) -> tuple[str, ...] | None:
    """Return the words of all included terms as one phrase, or None for one-term queries.

    Passages containing the query words adjacent and in order rank above the others.
    """
    if len(parsed.include) < 2:
        return None
    return tuple(w for phrase in parsed.include for w in phrase)


def render_websearch(parsed: ParsedQuery) -> str:
    """Return ``parsed`` as input for PostgreSQL's ``websearch_to_tsquery``."""

    def render(words: tuple[str, ...]) -> str:
        return '"' + " ".join(words) + '"' if len(words) > 1 else words[0]

    parts = [render(p) for p in parsed.include] + ["-" + render(p) for p in parsed.exclude]
    return " ".join(parts)


def render_websearch_phrase(parsed: ParsedQuery) -> str:
    """Return the proximity phrase of ``parsed`` for ``websearch_to_tsquery`` (the query
    itself when there is a single term)."""
    adjacent = proximity_phrase(parsed)
    return render_websearch(parsed) if adjacent is None else '"' + " ".join(adjacent) + '"'


def is_fts_object(name: str | None, type_: str) -> bool:
    """Return True for schema objects that belong to full-text search, not to the ORM.

    Used to filter alembic autogenerate comparisons (FTS5 virtual and shadow tables, the
    PostgreSQL ``tsv`` column and its index).
    """
    if name is None:
        return False
    if type_ == "table":
        return name.startswith(FTS_TABLE)
    if type_ == "column":
        return name == PG_TSV_COLUMN
    if type_ == "index":
        return name == PG_TSV_INDEX
    return False


def search(conn: Connection, query: str, *, limit: int, markers: tuple[str, str]) -> list[RawHit]:
    """Return the best ``limit`` passages of current documents for ``query``, best first.

    Scores are "higher is better" on both backends (negated bm25 on SQLite, ts_rank on
    PostgreSQL). Snippets mark matched terms with ``markers``.
    """
    parsed = parse_query(query)
    check_markers(markers)
    if limit <= 0:
        return []
    if conn.dialect.name == "sqlite":
        return _search_sqlite(conn, parsed, limit, markers)
    if conn.dialect.name == "postgresql":
        return _search_postgres(conn, parsed, limit, markers)
    raise StoreError(f"full-text search is not supported on {conn.dialect.name}")


_SQLITE_SEARCH = sa.text(
    f"""
    SELECT p.id, p.document_id, d.doc_id, d.title, p.kind, p.start, p."end",
           snippet({FTS_TABLE}, 0, :open, :close, '…', {SNIPPET_TOKENS}) AS snippet,
           -bm25({FTS_TABLE}) AS score, d.offset_map
    FROM {FTS_TABLE}
    JOIN passages AS p ON p.id = {FTS_TABLE}.rowid
    JOIN documents AS d ON d.id = p.document_id
    WHERE {FTS_TABLE} MATCH :match AND d.is_current
    ORDER BY bm25({FTS_TABLE}), p.id
    LIMIT :limit
    """
).columns(offset_map=sa.JSON)

# Rank = term relevance normalised by passage length (flag 1: divide by 1 + log(length)) plus
# cover density of the proximity phrase, so adjacent query words rank first as on SQLite.
_PG_SEARCH = sa.text(
    f"""
    SELECT p.id, p.document_id, d.doc_id, d.title, p.kind, p.start, p."end",
           ts_headline('{PG_TS_CONFIG}', p.text, q, :options) AS snippet,
           ts_rank(p.{PG_TSV_COLUMN}, q, 1) + ts_rank_cd(p.{PG_TSV_COLUMN}, qp, 1) AS score,
           d.offset_map
    FROM passages AS p
    JOIN documents AS d ON d.id = p.document_id,
         websearch_to_tsquery('{PG_TS_CONFIG}', :match) AS q,
         websearch_to_tsquery('{PG_TS_CONFIG}', :phrase) AS qp
    WHERE p.{PG_TSV_COLUMN} @@ q AND d.is_current
    ORDER BY score DESC, p.id
    LIMIT :limit
    """
).columns(offset_map=sa.JSON)


def _rows_to_hits(rows: sa.CursorResult[Any]) -> list[RawHit]:
    hits = []
    for row in rows:
        hits.append(
            RawHit(
                passage_id=row.id,
                document_pk=row.document_id,
                doc_id=row.doc_id,
                title=row.title,
                kind=row.kind,
                start=row.start,
                end=row.end,
                snippet=row.snippet,
                score=float(row.score),
                offset_map=row.offset_map or [],
            )
        )
    return hits


def _search_sqlite(
    conn: Connection, parsed: ParsedQuery, limit: int, markers: tuple[str, str]
) -> list[RawHit]:
    params = {"match": render_fts5(parsed), "open": markers[0], "close": markers[1]}
    try:
        rows = conn.execute(_SQLITE_SEARCH, {**params, "limit": limit})
        return _rows_to_hits(rows)
    except sa.exc.OperationalError as err:
        # Rendering quotes every term, so this means a broken index, not user syntax.
        raise StoreError(f"full-text search failed: {err.orig}") from err


def check_markers(markers: tuple[str, str]) -> None:
    """Raise :class:`StoreError` unless both snippet markers are usable on every backend:
    non-empty and free of the characters ``ts_headline`` options cannot carry (``" , =``)."""
    for marker in markers:
        if not marker or any(c in marker for c in '",='):
            raise StoreError(f'snippet marker {marker!r} must be non-empty without , = or "')


def _headline_options(markers: tuple[str, str]) -> str:
    return f'StartSel="{markers[0]}", StopSel="{markers[1]}", MaxWords=35, MinWords=15'


def _search_postgres(
    conn: Connection, parsed: ParsedQuery, limit: int, markers: tuple[str, str]
) -> list[RawHit]:
    params = {
        "match": render_websearch(parsed),
        "phrase": render_websearch_phrase(parsed),
        "options": _headline_options(markers),
    }
    return _rows_to_hits(conn.execute(_PG_SEARCH, {**params, "limit": limit}))
