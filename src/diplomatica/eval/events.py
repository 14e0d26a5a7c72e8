"""Evaluation of event and tenure extraction against a JSONL gold set.

Events match leniently when document, type and set of states are equal and the year ranges
overlap; strictly when, in addition, start and end equal the gold's at the gold's precision.
Tenures match on document, person (initials ignored), role (a shared office word, once known
titles are mapped to their canonical office) and overlapping years; strictly when start and end
equal the gold's. Matching is one-to-one and of maximum size (most confident predictions tried
first).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from diplomatica.config import CHECKOUT_ROOT, seed_corpus_dir
from diplomatica.eval.scores import Score
from diplomatica.ingest.model import Note
from diplomatica.nlp.events.export import event_to_dict, tenure_to_dict
from diplomatica.nlp.events.lexicon import OFFICE_HEADS
from diplomatica.nlp.events.tenure_facts import person_key
from diplomatica.nlp.gazetteer import title as known_title

REPO_ROOT = CHECKOUT_ROOT
# Where gold documents are looked for when no folder is named: the seeds, the example corpus and
# the gold sets' own folders (``tests/gold/<set>/``), in a source checkout.
DEFAULT_SEARCH = (
    seed_corpus_dir(),
    REPO_ROOT / "examples",
    REPO_ROOT / "tests" / "gold",
)


@dataclass
class EventsEvalReport:
    """Scores by type (lenient and strict), micro totals, tenure scores and the misses."""

    lenient: dict[str, Score] = field(default_factory=dict)
    strict: dict[str, Score] = field(default_factory=dict)
    tenures_lenient: Score = field(default_factory=Score)
    tenures_strict: Score = field(default_factory=Score)
    documents: list[str] = field(default_factory=list)
    missed: list[dict[str, Any]] = field(default_factory=list)
    spurious: list[dict[str, Any]] = field(default_factory=list)
    tenures_missed: list[dict[str, Any]] = field(default_factory=list)
    tenures_spurious: list[dict[str, Any]] = field(default_factory=list)
    # gold items found leniently but not strictly, each with the dates predicted for it
    misdated: list[tuple[dict[str, Any], list[dict[str, Any]]]] = field(default_factory=list)
    tenures_misdated: list[tuple[dict[str, Any], list[dict[str, Any]]]] = field(
        default_factory=list
    )

    @staticmethod
    def _micro(scores: dict[str, Score]) -> Score:
        total = Score()
        for s in scores.values():
            total += s
        return total

    @property
    def lenient_total(self) -> Score:
        """Return the micro-averaged lenient score."""
        return self._micro(self.lenient)

    @property
    def strict_total(self) -> Score:
        """Return the micro-averaged strict score."""
        return self._micro(self.strict)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Return the JSON objects of a JSONL file (blank lines skipped)."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _years(date: dict[str, Any] | None) -> tuple[int, int] | None:
    if not date:
        return None
    lo = str(date.get("start") or date.get("end") or "")[:4]
    hi = str(date.get("end") or date.get("start") or "")[:4]
    if lo.isdigit() and hi.isdigit():
        return int(lo), int(hi)
    return None


def _overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is None or b is None or not (a[1] < b[0] or b[1] < a[0])


def _equal_at(gold: str | None, pred: str | None) -> bool:
    if gold is None:
        return True
    return pred is not None and pred[: len(gold)] == gold and len(pred) >= len(gold)


def _date_equal(gold: dict[str, Any] | None, pred: dict[str, Any] | None) -> bool:
    if not gold or not (gold.get("start") or gold.get("end")):
        return True
    if not pred:
        return False
    return _equal_at(gold.get("start"), pred.get("start")) and _equal_at(
        gold.get("end"), pred.get("end")
    )


def _event_matches(gold: dict[str, Any], pred: dict[str, Any], strict: bool) -> bool:
    if gold["type"] != pred["type"] or sorted(gold["countries"]) != sorted(pred["countries"]):
        return False
    if not _overlap(_years(gold.get("date")), _years(pred.get("date"))):
        return False
    return not strict or _date_equal(gold.get("date"), pred.get("date"))


def _office_words(role: str) -> set[str]:
    words = set(re.findall(r"[a-zé]+", role.lower()))
    return (words & OFFICE_HEADS) or words


def _same_office(a: str, b: str) -> bool:
    """Return whether two role strings share an office word or name the same known office
    ("Chairman of the Council of Ministers" and "head of government" are both prime minister)."""
    if _office_words(a) & _office_words(b):
        return True
    ta, tb = known_title(a), known_title(b)
    return ta is not None and tb is not None and ta.kind == "office" and ta.key == tb.key


def _tenure_matches(gold: dict[str, Any], pred: dict[str, Any], strict: bool) -> bool:
    gk, pk = set(person_key(gold["person"]).split()), set(person_key(pred["person"]).split())
    if not gk or not pk or not (gk <= pk or pk <= gk):
        return False
    if not _same_office(gold["role"], pred["role"]):
        return False
    gy = _years({"start": gold.get("start"), "end": gold.get("end")})
    py = _years({"start": pred.get("start"), "end": pred.get("end")})
    if not _overlap(gy, py):
        return False
    if not strict:
        return True
    return _equal_at(gold.get("start"), pred.get("start")) and _equal_at(
        gold.get("end"), pred.get("end")
    )


def _greedy(
    golds: list[dict[str, Any]], preds: list[dict[str, Any]], match: Any
) -> tuple[list[int], list[int]]:
    """Return (indices of unmatched gold, indices of unmatched predictions).

    One-to-one matching of maximum size (augmenting paths), trying the most confident
    predictions first: an undated gold event, which matches any date, must not take the only
    prediction a dated gold event could match.
    """
    order = sorted(range(len(preds)), key=lambda i: -float(preds[i].get("confidence", 0.5)))
    options = [[pi for pi in order if match(g, preds[pi])] for g in golds]
    owner: dict[int, int] = {}

    def assign(gi: int, seen: set[int]) -> bool:
        for pi in options[gi]:
            if pi in seen:
                continue
            seen.add(pi)
            if pi not in owner or assign(owner[pi], seen):
                owner[pi] = gi
                return True
        return False

    for gi in range(len(golds)):
        assign(gi, set())
    matched_gold = set(owner.values())
    return (
        [i for i in range(len(golds)) if i not in matched_gold],
        [i for i in range(len(preds)) if i not in owner],
    )


def _score_events(
    golds: list[dict[str, Any]], preds: list[dict[str, Any]], strict: bool, out: dict[str, Score]
) -> tuple[list[int], list[int]]:
    types = {g["type"] for g in golds} | {p["type"] for p in preds}
    missed_all: list[int] = []
    spurious_all: list[int] = []
    for t in sorted(types):
        gi = [i for i, g in enumerate(golds) if g["type"] == t]
        pi = [i for i, p in enumerate(preds) if p["type"] == t]
        missed, spurious = _greedy(
            [golds[i] for i in gi],
            [preds[i] for i in pi],
            lambda g, p: _event_matches(g, p, strict),
        )
        score = out.setdefault(t, Score())
        score.fn += len(missed)
        score.fp += len(spurious)
        score.tp += len(gi) - len(missed)
        missed_all.extend(gi[i] for i in missed)
        spurious_all.extend(pi[i] for i in spurious)
    return missed_all, spurious_all


def find_document(doc_id: str, search: Sequence[Path] = DEFAULT_SEARCH) -> Path | None:
    """Return the file holding document ``doc_id`` (file stem = id before any ``#``)."""
    stem = doc_id.split("#", 1)[0]
    for root in search:
        if not root.is_dir():
            continue
        for path in sorted(root.rglob(f"{stem}.*")):
            if path.is_file():
                return path
    return None


def _record_files(search: Sequence[Path]) -> list[Path]:
    """Return the JSON/JSONL files under ``search``: their records carry their own ids."""
    files: list[Path] = []
    for root in search:
        if root.is_dir():
            files.extend(
                sorted(p for p in root.rglob("*.json*") if p.suffix in (".json", ".jsonl"))
            )
    return files


@dataclass
class LoadedDocument:
    """A document ready for the pipeline: id, full text (body, then notes), date, the offset
    where the body ends (None: all body) and the endnotes."""

    doc_id: str
    text: str
    date: str | None = None
    body_end: int | None = None
    notes: list[Note] = field(default_factory=list)


def load_document(doc_id: str, search: Sequence[Path] = DEFAULT_SEARCH) -> LoadedDocument | None:
    """Return the text of ``doc_id`` as the ingest stage cleans it (``None`` when not found)."""
    from diplomatica.ingest import read_documents

    path = find_document(doc_id, search)
    candidates = [path] if path is not None else _record_files(search)
    chosen = None
    for candidate in candidates:
        docs = read_documents(candidate)
        chosen = next((d for d in docs if d.doc_id == doc_id), None)
        if chosen is None and path is not None and len(docs) == 1:
            chosen = docs[0]
        if chosen is not None:
            break
    if chosen is None:
        return None
    return LoadedDocument(doc_id, chosen.text, chosen.date, chosen.body_end, chosen.notes)


def predict(
    nlp: Language, documents: Iterable[LoadedDocument]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Run ``nlp`` on ``documents`` as the build does (body and note prose, see
    :func:`~diplomatica.nlp.pipeline.reading_doc`); return exported events and tenures tagged
    with ``doc``."""
    from diplomatica.nlp.doc_text import doc_text
    from diplomatica.nlp.pipeline import reading_doc

    events: list[dict[str, Any]] = []
    tenures: list[dict[str, Any]] = []
    for loaded in documents:
        doc = reading_doc(nlp, loaded.text, loaded.date, loaded.body_end, loaded.notes)
        for _name, proc in nlp.pipeline:
            doc = proc(doc)
        text = doc_text(doc)  # spaCy rebuilds Doc.text from the tokens on every access
        for ev in doc._.dipl_events or []:
            events.append({"doc": loaded.doc_id, **event_to_dict(ev, loaded.doc_id, text)})
        for ten in doc._.dipl_tenures or []:
            tenures.append({"doc": loaded.doc_id, **tenure_to_dict(ten, loaded.doc_id, text)})
    return events, tenures


def evaluate_events(
    gold_path: Path,
    *,
    docs: Sequence[LoadedDocument] | None = None,
    tenures_path: Path | None = None,
    nlp: Language | None = None,
    search: Sequence[Path] = (),
) -> EventsEvalReport:
    """Score the pipeline's events (and tenures) against the gold JSONL at ``gold_path``.

    ``docs`` defaults to the documents the gold names, found under ``search`` and then the
    default folders (seeds, ``examples/``, the gold text folders); ``tenures_path`` defaults
    to the tenure file named like the events gold ("events_X.jsonl" -> "tenures_X.jsonl")
    next to it, when it exists.
    """
    gold = read_jsonl(gold_path)
    beside = gold_path.parent / gold_path.name.replace("events", "tenures", 1)
    if tenures_path is None and beside != gold_path and beside.exists():
        tenures_path = beside  # events_dev4.jsonl -> tenures_dev4.jsonl
    gold_tenures = read_jsonl(tenures_path) if tenures_path else []
    if docs is None:
        ids = sorted({g["doc"] for g in gold} | {t["doc"] for t in gold_tenures})
        roots = (*search, *DEFAULT_SEARCH)
        docs = [d for d in (load_document(i, roots) for i in ids) if d is not None]
    if nlp is None:
        from diplomatica.nlp.pipeline import build_pipeline

        nlp = build_pipeline()
    pred_events, pred_tenures = predict(nlp, docs)
    report = EventsEvalReport(documents=[d.doc_id for d in docs])
    for d in docs:
        g = [x for x in gold if x["doc"] == d.doc_id]
        p = [x for x in pred_events if x["doc"] == d.doc_id]
        missed, spurious = _score_events(g, p, False, report.lenient)
        strict_missed, _ = _score_events(g, p, True, report.strict)
        report.missed.extend(g[i] for i in missed)
        report.spurious.extend(p[i] for i in spurious)
        report.misdated.extend(_misdated(g, p, set(strict_missed) - set(missed), _event_matches))
        gt = [x for x in gold_tenures if x["doc"] == d.doc_id]
        pt = [x for x in pred_tenures if x["doc"] == d.doc_id]
        lenient_missed: list[int] = []
        for strict, score in ((False, report.tenures_lenient), (True, report.tenures_strict)):
            m, s = _greedy(gt, pt, lambda a, b, st=strict: _tenure_matches(a, b, st))
            score.fn += len(m)
            score.fp += len(s)
            score.tp += len(gt) - len(m)
            if not strict:
                lenient_missed = m
                report.tenures_missed.extend(gt[i] for i in m)
                report.tenures_spurious.extend(pt[i] for i in s)
            else:
                wrong = set(m) - set(lenient_missed)
                report.tenures_misdated.extend(_misdated(gt, pt, wrong, _tenure_matches))
    return report


def _misdated(
    golds: list[dict[str, Any]], preds: list[dict[str, Any]], indices: set[int], match: Any
) -> list[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """Return, for each gold at ``indices`` (found leniently, missed strictly), the gold and the
    predictions that match it leniently but not strictly: the dates the extractor gave it."""
    return [
        (golds[i], [p for p in preds if match(golds[i], p, False) and not match(golds[i], p, True)])
        for i in sorted(indices)
    ]


def evaluate_tenures(gold_path: Path, **kwargs: Any) -> tuple[Score, Score]:
    """Return the (lenient, strict) tenure scores against the tenure gold at ``gold_path``."""
    events_gold = gold_path.parent / "events.jsonl"
    report = evaluate_events(events_gold, tenures_path=gold_path, **kwargs)
    return report.tenures_lenient, report.tenures_strict


def _row(name: str, s: Score) -> str:
    return f"{name:<22}{s.tp:>5}{s.fp:>5}{s.fn:>5}  {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}"


def render_events_report(report: EventsEvalReport) -> str:
    """Return a plain-text table of lenient and strict P/R/F1 by type, micro totals, tenures."""
    lines = [f"documents: {len(report.documents)}"]
    for title, scores, total in (
        ("lenient", report.lenient, report.lenient_total),
        ("strict", report.strict, report.strict_total),
    ):
        lines.append(
            f"\n{title} (same doc, type, states, overlapping years"
            + (", date at gold precision)" if title == "strict" else ")")
        )
        lines.append(f"{'type':<22}{'tp':>5}{'fp':>5}{'fn':>5}  {'P':>6} {'R':>6} {'F1':>6}")
        lines.extend(_row(t, s) for t, s in sorted(scores.items()))
        lines.append(_row("ALL (micro)", total))
    lines.append("\ntenures")
    lines.append(_row("lenient", report.tenures_lenient))
    lines.append(_row("strict", report.tenures_strict))
    return "\n".join(lines)


def _span(tenure: dict[str, Any]) -> str:
    return f"{tenure.get('start') or '..'}/{tenure.get('end') or '..'}"


def _date_text(date: dict[str, Any] | None) -> str:
    if not date:
        return "-"
    return f"{date.get('start') or '..'}/{date.get('end') or '..'}"


def _quote(item: dict[str, Any], width: int = 110) -> str:
    evidence = item.get("evidence") or [{}]
    quote = " ".join(str(item.get("quote") or evidence[0].get("quote") or "").split())
    return quote if len(quote) <= width else quote[: width - 1] + "…"


def render_errors(report: EventsEvalReport) -> str:
    """Return the lenient misses and spurious predictions, then the golds found leniently whose
    date differs (with the predicted dates), one line each with their quote.

    Events show document, type, states and date; tenures show person, role, country and years.
    """
    lines: list[str] = []
    for title, items in (("missed events", report.missed), ("spurious events", report.spurious)):
        lines.append(f"\n{title} ({len(items)})")
        for ev in sorted(items, key=lambda e: (e["doc"], e["type"])):
            states = ",".join(sorted(ev.get("countries") or []))
            lines.append(
                f"  {ev['doc']}  {ev['type']}  [{states}]  {_date_text(ev.get('date'))}"
                f"\n      {_quote(ev)}"
            )
    for title, items in (
        ("missed tenures", report.tenures_missed),
        ("spurious tenures", report.tenures_spurious),
    ):
        lines.append(f"\n{title} ({len(items)})")
        for t in sorted(items, key=lambda t: (t["doc"], t["person"])):
            lines.append(
                f"  {t['doc']}  {t['person']} | {t['role']} | {t.get('country')}"
                f" -> {t.get('to')}  {_span(t)}\n      {_quote(t)}"
            )
    lines.append(f"\nevents dated differently ({len(report.misdated)})")
    for ev, preds in sorted(report.misdated, key=lambda m: (m[0]["doc"], m[0]["type"])):
        states = ",".join(sorted(ev.get("countries") or []))
        got = ", ".join(sorted({_date_text(p.get("date")) for p in preds})) or "-"
        lines.append(
            f"  {ev['doc']}  {ev['type']}  [{states}]  gold {_date_text(ev.get('date'))}"
            f"  predicted {got}\n      {_quote(ev)}"
        )
    lines.append(f"\ntenures dated differently ({len(report.tenures_misdated)})")
    for t, preds in sorted(report.tenures_misdated, key=lambda m: (m[0]["doc"], m[0]["person"])):
        got = ", ".join(sorted({_span(p) for p in preds})) or "-"
        lines.append(
            f"  {t['doc']}  {t['person']} | {t['role']} | {t.get('country')} -> {t.get('to')}"
            f"  gold {_span(t)}  predicted {got}\n      {_quote(t)}"
        )
    return "\n".join(lines)
