"""Chronology commands: ``events`` and ``tenures`` as tables, filtered by state and year."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from diplomatica.cli.corpus import open_cli_store
from diplomatica.cli.options import DbOption
from diplomatica.query.facts import select_events, select_tenures

console = Console()

CountryOption = Annotated[
    list[str] | None,
    typer.Option(
        "--country", "-c", help="ISO3 code of a state involved (repeatable: all must be)."
    ),
]
YearOption = Annotated[int | None, typer.Option(help="Only facts whose dates include this year.")]
LimitOption = Annotated[int, typer.Option(help="Maximum number of rows.", min=1)]


def register(app: typer.Typer) -> None:
    """Add the chronology commands to ``app``."""
    app.command("events")(events_command)
    app.command("tenures")(tenures_command)


def _span(start: str | None, end: str | None) -> str:
    if start and end and start != end:
        return f"{start} – {end}"
    return start or end or ""


def _quote(text: str, width: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def events_command(
    country: CountryOption = None,
    event_type: Annotated[
        str | None, typer.Option("--type", "-t", help="Event type, e.g. VISIT, SIGN_AGREEMENT.")
    ] = None,
    year: YearOption = None,
    limit: LimitOption = 50,
    db: DbOption = None,
) -> None:
    """List extracted events in date order: date, type, states, actors and the evidence quote."""
    with open_cli_store(db) as store:
        rows = select_events(
            store.events(), countries=country or (), event_type=event_type, year=year
        )
    table = Table(title=f"{len(rows)} events" + (f" (first {limit})" if len(rows) > limit else ""))
    for column in ("date", "type", "states", "actors", "evidence"):
        table.add_column(column, overflow="fold")
    for event in rows[:limit]:
        actors = ", ".join(dict.fromkeys(a.name for a in event.actors if a.kind == "person"))
        evidence = event.evidence[0] if event.evidence else None
        table.add_row(
            _span(event.date_start, event.date_end),
            event.type,
            "–".join(event.countries),
            escape(actors),
            escape(f"{_quote(evidence.quote)} [{evidence.doc_id}]") if evidence else "",
        )
    console.print(table)


def tenures_command(
    country: Annotated[
        str | None,
        typer.Option("--country", "-c", help="ISO3 of the state served or the host state."),
    ] = None,
    year: YearOption = None,
    limit: LimitOption = 50,
    db: DbOption = None,
) -> None:
    """List office tenures: who held which office for which state, where, and when."""
    with open_cli_store(db) as store:
        rows = select_tenures(store.tenures(), country=country, year=year)
    table = Table(title=f"{len(rows)} tenures")
    for column in ("person", "role", "for", "in", "from", "to", "evidence"):
        table.add_column(column, overflow="fold")
    for tenure in rows[:limit]:
        evidence = tenure.evidence[0] if tenure.evidence else None
        table.add_row(
            escape(tenure.person),
            escape(tenure.role),
            tenure.country or "",
            tenure.to or "",
            tenure.start or "",
            tenure.end or "",
            escape(f"{_quote(evidence.quote, 70)} [{evidence.doc_id}]") if evidence else "",
        )
    console.print(table)
