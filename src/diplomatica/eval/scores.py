"""Counts of true positives, false positives and false negatives, and the figures made of them.

One class for every evaluation (time expressions, events, tenures, entities), so precision,
recall and F1 mean the same thing in every report.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable
from dataclasses import dataclass


@dataclass
class Score:
    """Counts and derived precision/recall/F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """Return tp / (tp + fp) (1.0 when nothing was predicted)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Return tp / (tp + fn) (1.0 when nothing was expected)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Return the harmonic mean of precision and recall (0.0 when both are 0)."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add_counts(self, gold: Counter[Hashable], found: Counter[Hashable]) -> None:
        """Add the matches of two multisets: shared items are true positives, the rest errors."""
        hits = gold & found
        self.tp += sum(hits.values())
        self.fp += sum((found - hits).values())
        self.fn += sum((gold - hits).values())

    def __iadd__(self, other: Score) -> Score:
        """Add ``other``'s counts to this score (micro-averaging)."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self
