"""Opening a database already at the newest migration skips Alembic (a good part of the start-up time)."""

from __future__ import annotations

import pytest
from alembic import command

from app import db
from app.db import Database, current_revision, head_revision, is_at_head, make_engine, upgrade_to_head


def test_the_head_read_from_the_migration_files_is_alembics_head() -> None:
    assert db._script_head() == head_revision()


def test_a_database_at_the_newest_migration_opens_without_running_alembic(
    fresh_db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    Database(fresh_db_url).dispose()  # built by the migrations

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("Alembic ran although the schema is at its newest revision")

    monkeypatch.setattr(command, "upgrade", refuse)
    opened = Database(fresh_db_url)
    try:
        assert is_at_head(opened.engine)
    finally:
        opened.dispose()


def test_a_database_behind_the_newest_migration_is_still_upgraded(fresh_db_url: str) -> None:
    engine = make_engine(fresh_db_url)
    upgrade_to_head(engine, "0006")
    assert not is_at_head(engine)
    engine.dispose()
    opened = Database(fresh_db_url)
    try:
        assert current_revision(opened.engine) == head_revision()
        assert is_at_head(opened.engine)
    finally:
        opened.dispose()


def test_a_new_empty_database_is_not_at_head(fresh_db_url: str) -> None:
    engine = make_engine(fresh_db_url)
    try:
        assert not is_at_head(engine)
    finally:
        engine.dispose()
