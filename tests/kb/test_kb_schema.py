"""Migrations, schema parity with the ORM, and opening stores."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from diplomatica.errors import StoreError
from diplomatica.kb import Store, open_store, resolve_url
from diplomatica.kb.fts import is_fts_object
from diplomatica.kb.migrate import alembic_config
from diplomatica.kb.models import Base


def _include(obj: object, name: str | None, type_: str, reflected: bool, other: object) -> bool:
    return not is_fts_object(name, type_)


def test_migrated_schema_matches_orm_metadata(store: Store) -> None:
    with store.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": _include, "compare_type": True}
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_store_is_at_head_revision_and_reopening_is_harmless(store_url: str) -> None:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    for _ in range(2):
        with open_store(store_url) as store, store.engine.connect() as conn:
            assert MigrationContext.configure(conn).get_current_revision() == head == "0001"


def test_full_text_structures_exist_per_dialect(store: Store) -> None:
    inspector = sa.inspect(store.engine)
    if store.engine.dialect.name == "sqlite":
        assert "passages_fts" in inspector.get_table_names()
        with store.engine.connect() as conn:
            triggers = conn.execute(
                sa.text("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            ).scalars()
            assert {"passages_fts_ai", "passages_fts_ad", "passages_fts_au"} <= set(triggers)
    else:
        columns = {c["name"]: c for c in inspector.get_columns("passages")}
        assert str(columns["tsv"]["type"]).upper() == "TSVECTOR"
        assert "ix_passages_tsv" in {i["name"] for i in inspector.get_indexes("passages")}


def test_sqlite_enforces_foreign_keys(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'fk.db'}") as store, store.engine.connect() as conn:
        assert conn.execute(sa.text("PRAGMA foreign_keys")).scalar() == 1


@pytest.mark.parametrize(
    "url",
    ["not a url", "mysql://127.0.0.1/test", "sqlite:////nonexistent-dir/sub/kb.db"],
)
def test_bad_urls_give_one_line_store_errors(url: str) -> None:
    with pytest.raises(StoreError) as err:
        open_store(url)
    assert "\n" not in str(err.value)
    assert str(err.value)


@pytest.mark.postgres
def test_unreachable_server_gives_one_line_store_error() -> None:
    with pytest.raises(StoreError, match="cannot open database") as err:
        open_store("postgresql://127.0.0.1:1/test")
    assert "\n" not in str(err.value)


def test_url_resolution(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DIPLOMATICA_DB", raising=False)
    assert resolve_url(None) == "sqlite:///diplomatica.db"
    monkeypatch.setenv("DIPLOMATICA_DB", "postgresql://127.0.0.1/kb")
    assert resolve_url(None) == "postgresql+psycopg://127.0.0.1/kb"
    assert resolve_url("postgres://h/db") == "postgresql+psycopg://h/db"
    assert resolve_url("sqlite:///x.db") == "sqlite:///x.db"


def test_env_variable_selects_the_database(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    target = tmp_path / "from-env.db"
    monkeypatch.setenv("DIPLOMATICA_DB", f"sqlite:///{target}")
    with open_store() as store:
        assert store.documents() == []
    assert target.exists()


def test_database_from_an_unknown_schema_revision_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'future.db'}"
    with open_store(url) as store, store.engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(StoreError, match="cannot migrate database") as err:
        open_store(url)
    assert "\n" not in str(err.value)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are not the tables you are looking for\n" * 100)
    with pytest.raises(StoreError, match=r"notes\.db") as err:
        open_store(f"sqlite:///{path}")
    assert "\n" not in str(err.value)
