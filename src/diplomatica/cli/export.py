"""``diplomatica export``: write documents, events or tenures as JSON Lines or CSV."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Literal, TextIO

import typer
from rich.console import Console

from diplomatica.cli.corpus import open_cli_store
from diplomatica.cli.options import DbOption
from diplomatica.kb import Store
from diplomatica.query.export import export_documents, export_events, export_tenures

app = typer.Typer(
    help="Export documents, events or tenures (JSON Lines or CSV).", no_args_is_help=True
)
err_console = Console(stderr=True)


class Format(StrEnum):
    """Output formats of every export."""

    jsonl = "jsonl"
    csv = "csv"

    @property
    def literal(self) -> Literal["jsonl", "csv"]:
        """Return the format as the exporters' literal type."""
        return "jsonl" if self is Format.jsonl else "csv"


FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
OutputOption = Annotated[
    Path | None, typer.Option("--output", "-o", help="Output file [default: standard output].")
]

Exporter = Callable[[Store, TextIO, Literal["jsonl", "csv"]], int]
EXPORTERS: dict[str, Exporter] = {
    "documents": export_documents,
    "events": export_events,
    "tenures": export_tenures,
}


def _run(what: str, fmt: Format, output: Path | None, db: str | None) -> None:
    exporter = EXPORTERS[what]
    with open_cli_store(db) as store:
        if output is None:
            count = exporter(store, sys.stdout, fmt.literal)
        else:
            count = _export_to_file(exporter, store, output, fmt)
    err_console.print(f"exported {count} {what}" + (f" to {output}" if output else ""))


def _export_to_file(exporter: Exporter, store: Store, output: Path, fmt: Format) -> int:
    """Write to a temporary file beside ``output`` and move it into place only on success, so
    a failed export never destroys an earlier one."""
    partial = output.with_name(output.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8", newline="") as out:
            count = exporter(store, out, fmt.literal)
        os.replace(partial, output)
    except OSError as err:
        partial.unlink(missing_ok=True)
        err_console.print(f"[red]error:[/red] cannot write {output}: {err.strerror}")
        raise typer.Exit(1) from err
    return count


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
