"""Evaluation of the temporal tagger against a gold JSONL file, with a dateparser baseline.

Gold format: one JSON object per line with ``doc``, ``genre``, ``text``, ``context``,
``doc_date``, ``value``, ``start``, ``end``, ``granularity``, ``resolved_from_context``, optional
``kind``, ``occurrence`` (1-based, which occurrence of ``text`` in ``context`` is meant),
``negative`` (true for numbers that are *not* temporal expressions; their ``value`` is null) and
``source`` (how the row was annotated, e.g. ``independent`` for rows written by hand without
the tagger's output, ``drafted`` for rows corrected from its output; the report gives one line
per source when a file mixes several; rows without one take the file's name).
Annotation is exhaustive per context: every temporal expression with a computable value in a
context has a row (vague expressions without one - "soon afterwards", "in recent years", "for
years" - are left unannotated by convention).

Annotation conventions (follow them for new rows; ``tests/gold/time_heldout.jsonl`` applies them):

* ``text`` leaves out a leading "in"/"on"/"at" but keeps "from ... to", "since", "until", "by",
  "after" and "for"/"within" of durations. "by 1967" is the date 1967; "until X" after a negation
  ("did not resume until April 1958") is the date X; "after 1956" is the open range ``1957/..``
  (the next year, month or day after X); "since X" is ``X/..``; "until X" is ``../X``.
* Days ``1972-02-21``; a clock time adds ``T14:50`` on the day it belongs to (a day named in the
  same or previous sentence, else the document date); a clock range is
  ``1972-02-21T14:50/1972-02-21T15:55``; parts of a day named by anaphora ("that evening", "the
  following morning", "tomorrow evening", "the morning of 2 March 1969") add ``TMO``, ``TAF``,
  ``TEV``, ``TNI``; "this morning", "last night" are the plain day.
* Months ``1971-09``; "early/late <month>" and "the end of <month>" are that month; seasons
  ``1988-SU`` (SP Mar-May, SU Jun-Aug, FA Sep-Nov, WI Dec-Feb); parts of a year ``2024-EARLY``
  (Jan-Apr), ``-MID`` (May-Aug), ``-LATE``/"the end of" (Sep-Dec), ``-H1``/``-H2``, ``-Q1``..;
  decades ``196X`` and ``196X-EARLY`` (years 0-3), ``-MID`` (3-6), ``-LATE`` (6-9), ``-H2``
  (5-9); centuries ``18`` = 1800-1899, ``19-LATE`` = 1966-1999.
* Ranges ``1984/1989`` (day and month ranges likewise); "1972 and 1973", "22 and 23 August",
  "the spring and summer of 1969" are sets whose members are joined by commas.
* Durations carry no start/end: ``P5Y``, ``P18M``, ``P6D``, ``P1W``, ``PT2H30M``, ``PT40M``,
  "half a century" ``P50Y``, vague "many years"/"a few weeks" ``PXY``/``PXW``.
* Relative expressions are resolved to the date they denote ("two years later" after "November
  1981" is ``1983``; "earlier this month" ends the day before the document date; "the years that
  followed" is ``YYYY/..`` from the day after the reference time).

Definitions (per context; rows sharing ``context`` and ``doc_date`` form one passage):

* The system is run once on the passage (our tagger with ``doc_date`` as reference date;
  dateparser's ``search_dates`` with ``RELATIVE_BASE`` = the doc date when there is one).
* A predicted span **matches** a gold expression when their character intervals overlap; each
  gold expression is matched to at most one prediction and vice versa (in text order).
* **True positive**: a gold (non-negative) expression with a matching prediction.
  **False negative**: a gold expression without one. **False positive**: a prediction that is
  not matched to a gold expression (it overlaps a negative, nothing, or an already matched
  expression).
* **Exact value**: the matched prediction's ``value``, ``start`` and ``end`` all equal the
  gold's. Exact-value accuracy is over *all* gold expressions (a miss counts as wrong).

The dateparser baseline maps each found string to a value at the precision dateparser reports
for it (``year`` -> ``1988``, ``month`` -> ``1988-07``, otherwise the day); it has no notion of
ranges, sets, seasons, decades or durations.
"""

from __future__ import annotations

import json
import warnings
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from diplomatica.eval.scores import Score
from diplomatica.nlp.time.tagger import tag_text


@dataclass(frozen=True)
class GoldExpression:
    """One annotated expression (or negative) located in its context."""

    doc: str
    genre: str
    context: str
    doc_date: str | None
    text: str
    char_start: int
    char_end: int
    value: str | None
    start: str | None
    end: str | None
    negative: bool
    source: str = ""


@dataclass(frozen=True)
class Prediction:
    """A system's temporal expression: character span and normalised value."""

    char_start: int
    char_end: int
    value: str | None
    start: str | None
    end: str | None


@dataclass
class SystemScore(Score):
    """Detection and normalisation figures of one system on one gold set (or one genre).

    ``tp``/``fp``/``fn`` count detections (overlap with a gold expression); ``exact`` counts
    detections whose value, start and end are all right.
    """

    name: str = ""
    exact: int = 0

    @property
    def gold(self) -> int:
        """Return the number of gold expressions scored."""
        return self.tp + self.fn

    @property
    def exact_accuracy(self) -> float:
        """Share of gold expressions whose value, start and end were all predicted exactly."""
        return self.exact / self.gold if self.gold else 0.0


@dataclass
class TimeEvalReport:
    """Scores of the tagger and of the dateparser baseline, overall and per genre."""

    gold_path: str
    expressions: int
    negatives: int
    contexts: int
    ours: SystemScore
    baseline: SystemScore
    by_genre: dict[str, tuple[SystemScore, SystemScore]] = field(default_factory=dict)
    by_source: dict[str, tuple[SystemScore, SystemScore]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)  # our value/detection errors, for review


def load_gold(gold_path: Path) -> list[GoldExpression]:
    """Read the gold JSONL and locate every expression in its context.

    Raises ``ValueError`` naming the line when an expression does not occur in its context.
    """
    rows: list[GoldExpression] = []
    for number, line in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        raw: dict[str, Any] = json.loads(line)
        context, text = str(raw["context"]), str(raw["text"])
        position = -1
        for _ in range(int(raw.get("occurrence", 1))):
            position = context.find(text, position + 1)
            if position < 0:
                raise ValueError(f"{gold_path}:{number}: {text!r} not found in its context")
        rows.append(
            GoldExpression(
                doc=str(raw["doc"]),
                genre=str(raw["genre"]),
                context=context,
                doc_date=raw.get("doc_date"),
                text=text,
                char_start=position,
                char_end=position + len(text),
                value=raw.get("value"),
                start=raw.get("start"),
                end=raw.get("end"),
                negative=bool(raw.get("negative", False)),
                source=str(raw.get("source") or gold_path.stem),
            )
        )
    return rows


def tagger_predictions(context: str, doc_date: str | None) -> list[Prediction]:
    """Our tagger's expressions in ``context``."""
    return [
        Prediction(m.start, m.end, m.timex.value, m.timex.start, m.timex.end)
        for m in tag_text(context, doc_date)
    ]


def dateparser_predictions(context: str, doc_date: str | None) -> list[Prediction]:
    """dateparser's ``search_dates`` on ``context``, mapped to values at its reported precision."""
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if doc_date:
        settings["RELATIVE_BASE"] = datetime.fromisoformat(doc_date[:10])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(context, languages=["en"], settings=settings) or []
        parser = DateDataParser(languages=["en"], settings=settings)
        predictions: list[Prediction] = []
        cursor = 0
        for surface, moment in found:
            position = context.find(surface, cursor)
            if position < 0:
                continue
            cursor = position + len(surface)
            period = parser.get_date_data(surface).period or "day"
            predictions.append(_dateparser_value(position, surface, moment.date(), period))
    return predictions


def _dateparser_value(position: int, surface: str, day: date, period: str) -> Prediction:
    end_char = position + len(surface)
    if period == "year":
        return Prediction(position, end_char, f"{day.year:04d}", f"{day.year:04d}-01-01",
                          f"{day.year:04d}-12-31")  # fmt: skip
    if period == "month":
        first = day.replace(day=1)
        following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        last = date.fromordinal(following.toordinal() - 1)
        return Prediction(position, end_char, day.isoformat()[:7], first.isoformat(),
                          last.isoformat())  # fmt: skip
    return Prediction(position, end_char, day.isoformat(), day.isoformat(), day.isoformat())


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def score_passage(
    gold: list[GoldExpression], predictions: list[Prediction], score: SystemScore
) -> list[str]:
    """Add one passage's counts to ``score``; return descriptions of its errors."""
    errors: list[str] = []
    used: set[int] = set()
    positives = [g for g in gold if not g.negative]
    for expression in positives:
        match = next(
            (
                i
                for i, p in enumerate(predictions)
                if i not in used
                and _overlaps(p.char_start, p.char_end, expression.char_start, expression.char_end)
            ),
            None,
        )
        if match is None:
            score.fn += 1
            errors.append(f"MISS {expression.text!r} [{expression.doc}]")
            continue
        used.add(match)
        score.tp += 1
        predicted = predictions[match]
        if (predicted.value, predicted.start, predicted.end) == (
            expression.value,
            expression.start,
            expression.end,
        ):
            score.exact += 1
        else:
            errors.append(
                f"VALUE {expression.text!r}: {predicted.value} {predicted.start}..{predicted.end}"
                f" != {expression.value} {expression.start}..{expression.end} [{expression.doc}]"
            )
    context = gold[0].context if gold else ""
    for i, p in enumerate(predictions):
        if i not in used:
            score.fp += 1
            errors.append(f"EXTRA {context[p.char_start : p.char_end]!r} [{gold[0].doc}]")
    return errors


def _passages(rows: Iterable[GoldExpression]) -> list[list[GoldExpression]]:
    grouped: dict[tuple[str, str | None], list[GoldExpression]] = defaultdict(list)
    for row in rows:
        grouped[(row.context, row.doc_date)].append(row)
    return list(grouped.values())


def evaluate_time(gold_path: Path) -> TimeEvalReport:
    """Score the tagger and the dateparser baseline on the gold file (see module docstring)."""
    rows = load_gold(gold_path)
    passages = _passages(rows)
    systems: dict[str, Callable[[str, str | None], list[Prediction]]] = {
        "diplomatica": tagger_predictions,
        "dateparser": dateparser_predictions,
    }
    totals = {name: SystemScore(name=name) for name in systems}
    genres: dict[str, dict[str, SystemScore]] = defaultdict(
        lambda: {name: SystemScore(name=name) for name in systems}
    )
    sources: dict[str, dict[str, SystemScore]] = defaultdict(
        lambda: {name: SystemScore(name=name) for name in systems}
    )
    errors: list[str] = []
    for passage in passages:
        first = passage[0]
        for name, predict in systems.items():
            predictions = predict(first.context, first.doc_date)
            found = score_passage(passage, predictions, totals[name])
            score_passage(passage, predictions, genres[first.genre][name])
            score_passage(passage, predictions, sources[first.source][name])
            if name == "diplomatica":
                errors.extend(found)
    return TimeEvalReport(
        gold_path=str(gold_path),
        expressions=sum(1 for r in rows if not r.negative),
        negatives=sum(1 for r in rows if r.negative),
        contexts=len(passages),
        ours=totals["diplomatica"],
        baseline=totals["dateparser"],
        by_genre={g: (s["diplomatica"], s["dateparser"]) for g, s in sorted(genres.items())},
        by_source={g: (s["diplomatica"], s["dateparser"]) for g, s in sorted(sources.items())},
        errors=errors,
    )


def _line(label: str, score: SystemScore) -> str:
    return (
        f"{label:<28}{score.precision:>7.3f}{score.recall:>8.3f}{score.f1:>8.3f}"
        f"{score.exact_accuracy:>9.3f}   {score.tp:>4}/{score.gold:<4}"
        f" fp={score.fp}"
    )


def render_time_report(report: TimeEvalReport) -> str:
    """Render the report as a small fixed-width text table (overall, per genre, then per
    annotation source when the gold mixes several)."""
    header = f"{'system':<28}{'P':>7}{'R':>8}{'F1':>8}{'exact':>9}   {'tp/gold':<9}"
    lines = [
        f"gold: {report.gold_path} - {report.expressions} expressions, "
        f"{report.negatives} negatives, {report.contexts} contexts",
        header,
        _line("diplomatica_time", report.ours),
        _line("dateparser (baseline)", report.baseline),
    ]
    for genre, (ours, baseline) in report.by_genre.items():
        lines.append(_line(f"  {genre}: diplomatica", ours))
        lines.append(_line(f"  {genre}: dateparser", baseline))
    if len(report.by_source) > 1:
        for source, (ours, baseline) in report.by_source.items():
            lines.append(_line(f"  [{source}]: diplomatica", ours))
            lines.append(_line(f"  [{source}]: dateparser", baseline))
    return "\n".join(lines)
