"""A Rich progress bar that shows documents done and words per second for each build stage."""

from __future__ import annotations

from types import TracebackType

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text


class WordsPerSecondColumn(ProgressColumn):
    """Renders the words processed per second of a task (its ``words`` field)."""

    def render(self, task: Task) -> Text:
        """Return the rate, or a dash before any time has passed."""
        words = int(task.fields.get("words", 0))
        elapsed = task.elapsed or 0.0
        if elapsed <= 0:
            return Text("– words/s", style="progress.data.speed")
        return Text(f"{words / elapsed:,.0f} words/s", style="progress.data.speed")


class RichBuildProgress:
    """Implements :class:`diplomatica.build.Progress` with one Rich task per stage."""

    def __init__(self, console: Console | None = None) -> None:
        self._progress = Progress(
            TextColumn("[bold]{task.description:<8}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("documents"),
            WordsPerSecondColumn(),
            TimeElapsedColumn(),
            console=console,
            transient=False,
        )
        self._task: TaskID | None = None
        self._words = 0

    def __enter__(self) -> RichBuildProgress:
        self._progress.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._progress.stop()

    def stage(self, name: str, total: int) -> None:
        """Start a new task bar for stage ``name``."""
        self._words = 0
        self._task = self._progress.add_task(name, total=total, words=0)

    def advance(self, words: int) -> None:
        """Advance the current bar by one document of ``words`` words."""
        if self._task is None:
            return
        self._words += words
        self._progress.update(self._task, advance=1, words=self._words)
