"""The ``diplomatica`` command: a thin Typer skin over the library API."""

from __future__ import annotations

import typer
from rich.console import Console

from diplomatica import __version__
from diplomatica.cli import corpus, eval_cmd, export, facts
from diplomatica.errors import DiplomaticaError

app = typer.Typer(
    name="diplomatica",
    help=(
        "Turn documents of diplomatic history into a source-cited, queryable chronology.\n\n"
        "Commands that use the store take --db (default: $DIPLOMATICA_DB or "
        "sqlite:///diplomatica.db)."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)
corpus.register(app)
facts.register(app)
app.add_typer(export.app, name="export")
app.add_typer(eval_cmd.app, name="eval")


@app.command("version")
def version() -> None:
    """Print the Diplomatica version."""
    typer.echo(__version__)


def main() -> None:
    """Console-script entry point: any Diplomatica error ends as one line on stderr, exit 1."""
    try:
        app()
    except DiplomaticaError as err:
        Console(stderr=True).print(f"error: {err}", soft_wrap=True, markup=False)
        raise SystemExit(1) from None
