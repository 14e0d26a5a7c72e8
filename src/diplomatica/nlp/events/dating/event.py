"""The date of an event: its sentence's own time, else the title's of a record of talks, else
the narrative's."""

from __future__ import annotations

from spacy.tokens import Span

from diplomatica.nlp.events.context import DocContext
from diplomatica.nlp.events.dating.clause import own_date
from diplomatica.nlp.events.dating.narrative import context_date, report_day
from diplomatica.nlp.events.dating.records import (
    header_occasion_day,
    header_restated,
    record_title_date,
)
from diplomatica.nlp.events.dating.speech import speech_day
from diplomatica.nlp.events.triggers import Trigger
from diplomatica.nlp.events.triggers.visits import visit_to_dateline
from diplomatica.nlp.types import TimeValue


def event_date(
    trigger: Trigger, sent: Span, ctx: DocContext, record_title: bool = False
) -> tuple[TimeValue | None, float]:
    """Return the event's date and a confidence: the time in the sentence best attached to the
    trigger (the record's heading day when it is a month of the heading that holds it,
    :func:`header_restated`), else the day of the talks a record's title names
    (:func:`record_title_date`) or the record's day for a meeting its heading lines name
    (:func:`header_occasion_day`), else, when ``sent`` is the title of a record of talks
    (``record_title``: "My talks with X, Peking, 9-11 July 1971"), the title's one date, else
    the last date earlier in the paragraph (lower confidence), else the doc date."""
    sent_times = ctx.times_in(sent.start, sent.end)
    if visit_to_dateline(trigger):
        # "Zambia, which closed its border in 1973, was represented by Kaunda, who flew in for
        # the ceremony": the arrival is the report's own day unless its clause dates it
        verb = trigger.anchor
        sent_times = [t for t in sent_times if verb.left_edge.i <= t.start <= verb.right_edge.i]
        if not sent_times and ctx.doc._.dipl_doc_date:
            return report_day(str(ctx.doc._.dipl_doc_date)), 0.5
    own = own_date(trigger, sent, sent_times, ctx)
    said = None if own else speech_day(trigger, ctx)
    if said is not None:
        return said, 0.6  # "the President said that the United States supported ..."
    titled = (
        None
        if own
        else record_title_date(sent, ctx) or header_occasion_day(trigger.type, sent, ctx)
    )
    if titled is not None:
        return titled, 0.8
    restated = header_restated(own[0], sent, ctx) if own else None
    if restated is not None:
        return restated, 0.8
    value, confidence = own or context_date(trigger, sent, sent_times, ctx)
    if confidence < 0.5 and record_title and len(sent_times) == 1:
        return sent_times[0].value, 0.8
    return value, confidence
