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
    are taken whatever their name, and missing paths are kept so that reading them reports why.
    Inside directories, README/LICENSE-style files are listed as skipped."""
    files: set[Path] = set()
    skipped: set[Path] = set()
    for path in paths:
        if not path.is_dir():
            (files if path.suffix.lower() in SUPPORTED_EXTENSIONS else skipped).add(path)
            continue
        for candidate in _walk(path):
            wanted = candidate.suffix.lower() in SUPPORTED_EXTENSIONS
            (files if wanted and not is_project_file(candidate) else skipped).add(candidate)
    return Discovery(files=sorted(files), skipped=sorted(skipped))


PROJECT_FILE_STEMS = frozenset({"readme", "license", "licence", "changelog", "contributing"})


def is_project_file(path: Path) -> bool:
    """Return True for a folder's README/LICENSE-style files, which describe a corpus, not in it."""
    return path.stem.lower() in PROJECT_FILE_STEMS


def _walk(root: Path) -> list[Path]:
    found: list[Path] = []
    for directory, subdirs, names in os.walk(root):
        subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
        found.extend(Path(directory) / name for name in names if not name.startswith("."))
    return found
