"""The date of an event: which time expression in its sentence (or before it) the trigger
attaches to, and the further dates of a repeated act.

- :mod:`.event` picks the event's date: its clause's own time, else the narrative's.
- :mod:`.clause` the event's own date from the times of its sentence.
- :mod:`.exclusions` the times of a sentence that date something else (a thing, a person).
- :mod:`.attachment` how closely a time hangs on the trigger (the score that picks one).
- :mod:`.spans` what a chosen time becomes in its words ("after", "for the next ten years").
- :mod:`.narrative` the date an undated act takes from the paragraph told before it.
- :mod:`.records` the days a record of talks narrates in its opening.
- :mod:`.repeats` the further dates of an act repeated in one clause.
- :mod:`.parse` and :mod:`.values` the parse and date helpers they share.
"""
