"""Regression floor on the first held-out set (``tests/gold/heldout``).

That set was written and annotated without looking at the extractor's output and stayed blind
through session 1; session 2 used it for error analysis (the blind set is now ``heldout2``).
The floors are the figures of its first run minus 0.05.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from diplomatica.eval.events import evaluate_events, render_events_report

from .gold_sets import GOLD_SETS

HELDOUT1 = next(s for s in GOLD_SETS if s.name == "heldout1")

# First run (extractor at commit 95c51a7): lenient event F1 0.629, lenient tenure F1 0.757.
MIN_LENIENT_F1 = 0.578
MIN_TENURE_F1 = 0.706


@pytest.mark.slow
def test_heldout_scores_do_not_regress(nlp: Language) -> None:
    report = evaluate_events(
        HELDOUT1.events, tenures_path=HELDOUT1.tenures, nlp=nlp, search=[HELDOUT1.folder]
    )
    text = render_events_report(report)
    assert sorted(report.documents) == HELDOUT1.doc_ids, text
    assert report.lenient_total.f1 >= MIN_LENIENT_F1, text
    assert report.tenures_lenient.f1 >= MIN_TENURE_F1, text
