"""``diplomatica eval``: score the extractors against the annotated gold sets."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from diplomatica.errors import DiplomaticaError

app = typer.Typer(
    help="Score extraction against a gold set and print precision/recall/F1.", no_args_is_help=True
)


@contextmanager
def _gold_errors(gold: Path) -> Iterator[None]:
    """Turn a malformed gold file or an unreadable document into one line and exit code 1."""
    try:
        yield
    except (ValueError, KeyError, TypeError, DiplomaticaError) as err:
        detail = f"missing field {err}" if isinstance(err, KeyError) else str(err)
        typer.echo(f"error: {gold}: {' '.join(detail.split())}", err=True)
        raise typer.Exit(1) from err


GoldArgument = Annotated[
    Path, typer.Argument(help="Gold set (JSON Lines).", exists=True, dir_okay=False)
]


@app.command("time")
def time_command(gold: GoldArgument = Path("tests/gold/time.jsonl")) -> None:
    """Temporal expressions: detection P/R/F1 and exact-value accuracy, ours vs dateparser."""
    from diplomatica.eval.time import evaluate_time, render_time_report

    with _gold_errors(gold):
        report = evaluate_time(gold)
    typer.echo(render_time_report(report))


@app.command("events")
def events_command(
    gold: GoldArgument = Path("tests/gold/events.jsonl"),
    tenures: Annotated[
        Path | None,
        typer.Option(
            help="Tenure gold [default: tenures_X.jsonl beside events_X.jsonl, if present].",
            exists=True,
            dir_okay=False,
        ),
    ] = None,
    docs: Annotated[
        list[Path] | None,
        typer.Option(
            help="Folder holding the documents the gold names (repeatable; searched first).",
            exists=True,
            file_okay=False,
        ),
    ] = None,
    errors: Annotated[
        bool,
        typer.Option(
            "--errors",
            help="Also list every miss, spurious prediction and gold found with another date.",
        ),
    ] = False,
) -> None:
    """Events (P/R/F1 by type, lenient and strict matching) and tenures."""
    from diplomatica.eval.events import evaluate_events, render_errors, render_events_report

    with _gold_errors(gold):
        report = evaluate_events(gold, tenures_path=tenures, search=docs or ())
    typer.echo(render_events_report(report))
    if errors:
        typer.echo(render_errors(report))
