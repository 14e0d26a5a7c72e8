"""Temporal tagger for historical narrative (spaCy factory ``diplomatica_time``).

:func:`tag_text` works on plain strings; :class:`TimeTagger` wraps it as a spaCy component that
fills ``doc.spans["dipl_time"]`` with spans whose ``span._.timex`` is a
:class:`diplomatica.nlp.types.TimeValue`.
"""

from diplomatica.nlp.time.tagger import TimeMention, tag_text

__all__ = ["TimeMention", "tag_text"]
