"""The database layer: URL resolution, SQLite pragmas, Alembic builds and upgrades the same schema."""

from __future__ import annotations

import datetime as dt

import keyring
import pytest
import sqlalchemy as sa
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from support_accounts import MemoryKeyring

from app import config
from app.db import Database, alembic_config, current_revision, head_revision, make_engine, upgrade_to_head
from app.models.base import UTCDateTime
from app.services import open_desk


def _schema(engine) -> dict[str, set[str]]:  # type: ignore[no-untyped-def]
    insp = inspect(engine)
    tables = [t for t in insp.get_table_names() if t != "alembic_version"]
    return {t: {c["name"] for c in insp.get_columns(t)} for t in tables}


def test_url_argument_beats_environment_beats_default(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("REGDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv(config.ENV_URL, raising=False)
    assert config.resolve_url(None) == f"sqlite:///{tmp_path / 'data' / 'regdesk.db'}"
    monkeypatch.setenv(config.ENV_URL, "sqlite:////tmp/from-env.db")
    assert config.resolve_url(None) == "sqlite:////tmp/from-env.db"
    assert config.resolve_url("sqlite:////tmp/arg.db") == "sqlite:////tmp/arg.db"
    assert config.resolve_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"


def test_status_bar_description_never_shows_a_password() -> None:
    assert config.describe("postgresql+psycopg://clerk:s3cret@10.0.0.5:5432/regdesk") == (
        "PostgreSQL：10.0.0.5:5432/regdesk"
    )


def test_server_password_comes_from_the_keyring_never_from_the_url_file() -> None:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    try:
        url = "postgresql+psycopg://clerk@db.example:5432/regdesk"
        assert config.with_keyring_password(url).password is None
        assert config.store_password(url, "pa55word")
        assert config.with_keyring_password(url).password == "pa55word"
        assert ("regdesk", "clerk@db.example:5432/regdesk") in ring.store
    finally:
        keyring.set_keyring(previous)


def test_without_a_usable_keyring_the_password_is_not_stored_anywhere() -> None:
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert config.store_password("postgresql+psycopg://clerk@h/db", "x") is False
    finally:
        keyring.set_keyring(previous)


def test_sqlite_opens_in_wal_mode_with_foreign_keys(tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = Database(f"sqlite:///{tmp_path / 'x.db'}")
    with db.read() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
    db.dispose()


def test_open_desk_migrates_an_empty_database_to_head(fresh_db_url: str) -> None:
    desk = open_desk(fresh_db_url)
    try:
        assert current_revision(desk.db.engine) == head_revision()
        tables = set(_schema(desk.db.engine))
        expected = {"cases", "physicians", "registrations", "code_counters", "change_feed", "sms_outbox"}
        assert expected <= tables
    finally:
        desk.close()


@pytest.mark.postgres
def test_sqlite_and_postgresql_get_the_same_schema(tmp_path, fresh_pg_url: str) -> None:  # type: ignore[no-untyped-def]
    lite = Database(f"sqlite:///{tmp_path / 'a.db'}")
    pg = Database(fresh_pg_url)
    try:
        assert _schema(lite.engine) == _schema(pg.engine)
    finally:
        lite.dispose()
        pg.dispose()


def test_opening_a_database_made_by_an_earlier_migration_upgrades_it_and_keeps_its_rows(
    fresh_db_url: str,
) -> None:
    engine = make_engine(fresh_db_url)
    upgrade_to_head(engine, "0001")
    assert current_revision(engine) == "0001"
    assert "calendar_days" not in inspect(engine).get_table_names()
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO institutions (name, address, registration_number, legal_representative,"
                " principal, subjects, jurisdiction, approving_authority, delegate_name, delegate_phone,"
                " documents_checked, independent_legal_person, name_initials, active, created_at, version)"
                " VALUES ('广州市第一人民医院', '广州市越秀区盘福路1号', 'PDY00001144010311A1001', '张三',"
                " '李四', '内科', '440104', '广州市卫生健康委员会', '王五', '13800138000', '{}', true,"
                " 'gzsdyrmyy', true,"
                " '2026-01-01 00:00:00', 1)"
            )
        )
    engine.dispose()
    desk = open_desk(fresh_db_url)
    try:
        assert current_revision(desk.db.engine) == head_revision()
        assert "calendar_days" in inspect(desk.db.engine).get_table_names()
        with desk.db.read() as session:
            assert session.execute(text("SELECT name FROM institutions")).scalar() == "广州市第一人民医院"
    finally:
        desk.close()


def test_both_databases_enforce_the_case_registration_foreign_keys(fresh_db_url: str) -> None:
    desk = open_desk(fresh_db_url)
    try:
        insp = inspect(desk.db.engine)
        for table, column, target in (("cases", "registration_id", "registrations"),
                                      ("registrations", "case_id", "cases"),
                                      ("filings", "case_id", "cases"),
                                      ("short_term_permits", "case_id", "cases")):
            keys = {
                (tuple(f["constrained_columns"]), f["referred_table"]) for f in insp.get_foreign_keys(table)
            }
            assert ((column,), target) in keys, f"{table}.{column} → {target} missing"
    finally:
        desk.close()


def test_upgrading_fills_the_pinyin_sort_key_of_physicians_already_there(fresh_db_url: str) -> None:
    engine = make_engine(fresh_db_url)
    upgrade_to_head(engine, "0007")
    with engine.begin() as conn:
        for i, name in enumerate(("曾强", "丁一")):
            conn.execute(
                text("INSERT INTO physicians (name, name_initials, gender, id_number, id_type, nationality,"
                     " phone,"
                     " email, education, school, title, department, created_at, updated_at, version)"
                     " VALUES (:name, '', '男', :idn, 'resident_id', '中国', '', '', '', '', '', '',"
                     " '2026-01-01 00:00:00', '2026-01-01 00:00:00', 1)"),
                {"name": name, "idn": f"11010519491231{i:03d}X"},
            )
    upgrade_to_head(engine)
    with engine.connect() as conn:
        keys = dict(conn.execute(text("SELECT name, name_pinyin FROM physicians")).all())
    engine.dispose()
    assert keys == {"曾强": "zeng1 qiang2", "丁一": "ding1 yi1"}


def test_upgrading_gives_the_outbox_s_waiting_messages_their_next_try_and_downgrading_drops_it(
    fresh_db_url: str,
) -> None:
    """0017_sms_next_attempt: a pending or failed message keeps the time the courier's old rule gave it
    (queued + 1, 2, 4 … minutes per failed try); a sent one, or one left for a person, has none."""
    engine = make_engine(fresh_db_url)
    parent = ScriptDirectory.from_config(alembic_config()).get_revision("0017_sms_next_attempt").down_revision
    assert isinstance(parent, str)
    upgrade_to_head(engine, parent)
    queued = dt.datetime(2026, 1, 1, 8, 0, tzinfo=dt.UTC)
    outbox = sa.table("sms_outbox", *(sa.column(c) for c in ("id", "phone", "body", "purpose", "status",
                                                              "attempts", "last_error")),
                      sa.column("created_at", UTCDateTime()))
    rows = {1: ("pending", 0), 2: ("failed", 3), 3: ("failed", 5), 4: ("sent", 1)}
    with engine.begin() as conn:
        conn.execute(sa.insert(outbox), [
            {"id": i, "phone": "13800138000", "body": "通知", "purpose": "notice", "status": status,
             "attempts": attempts, "last_error": "", "created_at": queued}
            for i, (status, attempts) in rows.items()])
    upgrade_to_head(engine)

    def next_tries() -> dict[int, dt.datetime | None]:
        with engine.connect() as conn:
            return dict(conn.execute(sa.select(sa.column("id"), sa.column("next_attempt_at", UTCDateTime()))
                                     .select_from(sa.table("sms_outbox"))).all())

    minutes = dt.timedelta(minutes=1)
    assert next_tries() == {1: queued, 2: queued + 7 * minutes, 3: None, 4: None}
    indexes = {i["name"] for i in inspect(engine).get_indexes("sms_outbox")}
    assert "ix_sms_outbox_status_next_attempt" in indexes
    cfg = alembic_config()
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, parent)
        conn.commit()
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
    assert "next_attempt_at" not in {c["name"] for c in inspect(engine).get_columns("sms_outbox")}
    upgrade_to_head(engine)
    assert next_tries() == {1: queued, 2: queued + 7 * minutes, 3: None, 4: None}
    engine.dispose()
