"""Finding the files to ingest under the paths a user gave."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

SUPPORTED_EXTENSIONS: frozenset[str] = frozenset(
    {".txt", ".md", ".html", ".htm", ".pdf", ".xml", ".json", ".jsonl"}
)


@dataclass
class Discovery:
    """Files to ingest (sorted) and files passed over because their extension is unknown."""

    files: list[Path] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)


def discover(paths: Sequence[Path]) -> Discovery:
    """Return the supported files under ``paths``: directories are walked recursively (hidden
    files and directories skipped, symlinked directories not followed); files named explicitly
    are taken whatever their name, and missing paths are kept so that reading them reports why."""
    files: set[Path] = set()
    skipped: set[Path] = set()
    for path in paths:
        candidates = _walk(path) if path.is_dir() else [path]
        for candidate in candidates:
            target = files if candidate.suffix.lower() in SUPPORTED_EXTENSIONS else skipped
            target.add(candidate)
    return Discovery(files=sorted(files), skipped=sorted(skipped))


def _walk(root: Path) -> list[Path]:
    found: list[Path] = []
    for directory, subdirs, names in os.walk(root):
        subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
        found.extend(Path(directory) / name for name in names if not name.startswith("."))
    return found
