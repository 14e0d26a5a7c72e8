"""Options shared by several commands."""

from __future__ import annotations

from typing import Annotated

import typer

from diplomatica.config import load_settings

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database URL, e.g. sqlite:///kb.db or postgresql://127.0.0.1/test "
        "[default: $DIPLOMATICA_DB or sqlite:///diplomatica.db]",
        show_default=False,
    ),
]


def resolve_db(db: str | None) -> str:
    """Return the database URL given on the command line, or the configured default."""
    return db or load_settings().db_url
