"""Diplomatica: a source-cited, queryable chronology of the relations between states.

The package is organised by stage: ``ingest`` (files to documents), ``nlp`` (spaCy components),
``kb`` (the store), ``query`` (search and exports), ``eval`` (scoring against gold sets) and
``cli`` (a thin Typer skin over the library API).
"""

__version__ = "0.1.0"
