"""``diplomatica export``: write documents, events or tenures as JSON Lines or CSV."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from diplomatica.cli.options import DbOption, resolve_db
from diplomatica.kb import open_store
from diplomatica.query.export import export_documents, export_events, export_tenures

app = typer.Typer(
    help="Export documents, events or tenures (JSON Lines or CSV).", no_args_is_help=True
)
err_console = Console(stderr=True)


class Format(StrEnum):
    """Output formats of every export."""

    jsonl = "jsonl"
    csv = "csv"


FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
OutputOption = Annotated[
    Path | None, typer.Option("--output", "-o", help="Output file [default: standard output].")
]

EXPORTERS = {
    "documents": export_documents,
    "events": export_events,
    "tenures": export_tenures,
}


def _run(what: str, fmt: Format, output: Path | None, db: str | None) -> None:
    exporter = EXPORTERS[what]
    with open_store(resolve_db(db)) as store:
        if output is None:
            count = exporter(store, sys.stdout, fmt.value)
        else:
            with output.open("w", encoding="utf-8", newline="") as out:
                count = exporter(store, out, fmt.value)
    err_console.print(f"exported {count} {what}" + (f" to {output}" if output else ""))


@app.command("documents")
def documents(
    fmt: FormatOption = Format.jsonl, output: OutputOption = None, db: DbOption = None
) -> None:
    """Export the current documents with their metadata (`doc` is the file-stem id)."""
    _run("documents", fmt, output, db)


@app.command("events")
def events(
    fmt: FormatOption = Format.jsonl, output: OutputOption = None, db: DbOption = None
) -> None:
    """Export events: type, date, countries, actors, place, evidence, PLOVER and CAMEO codes."""
    _run("events", fmt, output, db)


@app.command("tenures")
def tenures(
    fmt: FormatOption = Format.jsonl, output: OutputOption = None, db: DbOption = None
) -> None:
    """Export office tenures: person, role, country served, host state, start, end, evidence."""
    _run("tenures", fmt, output, db)
