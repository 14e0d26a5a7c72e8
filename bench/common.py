"""Helpers shared by the benchmarks: corpus locations and a best-of-N timer."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from diplomatica.config import seed_corpus_dir

ROOT = Path(__file__).resolve().parents[1]
SEEDS = seed_corpus_dir()
EXAMPLES = ROOT / "examples"


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    """Return the fastest wall time in seconds of ``repeat`` calls of ``fn``."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return best
