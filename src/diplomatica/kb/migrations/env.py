"""Alembic environment of the Diplomatica knowledge base.

Run programmatically by :func:`diplomatica.kb.migrate.upgrade_to_head`, which passes an open
connection in ``config.attributes["connection"]``; developers may also run ``alembic`` with a
``sqlalchemy.url`` set in their own ini file.
"""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import engine_from_config, pool
from sqlalchemy.engine import Connection

from diplomatica.kb.fts import is_fts_object
from diplomatica.kb.models import Base

config = context.config
target_metadata = Base.metadata


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Leave full-text search objects (dialect-specific, made by hand) out of autogenerate."""
    return not is_fts_object(name, type_)


def run_with_connection(connection: Connection) -> None:
    """Run the migrations on ``connection`` inside one transaction."""
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_object=include_object,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_offline() -> None:
    """Emit SQL to stdout instead of running it."""
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    """Run on the caller's connection when given, else on a new engine from the ini URL."""
    connection = config.attributes.get("connection")
    if connection is not None:
        run_with_connection(connection)
        return
    engine = engine_from_config(
        config.get_section(config.config_ini_section, {}),
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
    )
    with engine.connect() as conn:
        run_with_connection(conn)


if context.is_offline_mode():
    run_offline()
else:
    run_online()
