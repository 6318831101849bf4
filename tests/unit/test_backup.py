"""Backup and restore of the whole database (SQLite online backup API, PostgreSQL pg_dump/pg_restore) and the
clear message for a damaged SQLite file."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import ADMIN_PASSWORD, FakeClock
from sqlalchemy import select
from sqlalchemy.engine import make_url
from support_accounts import institution_fields

from app import models as m
from app.cli import run as cli
from app.services import EnvironmentFault, PermissionDenied, ValidationError, open_desk
from app.services import backup as backup_module
from app.services.audit import verify

ROOT = Path(__file__).resolve().parents[2]


def _institutions(url: str) -> list[str]:
    desk = open_desk(url)
    try:
        with desk.db.read() as s:
            return list(s.scalars(select(m.Institution.registration_number).order_by(m.Institution.id)))
    finally:
        desk.close()


def test_a_restored_backup_holds_exactly_what_was_backed_up(db_url: str, tmp_path: Path) -> None:
    if not make_url(db_url).get_backend_name() == "sqlite" and shutil.which("pg_restore") is None:
        pytest.skip("pg_dump/pg_restore are not installed")
    desk = open_desk(db_url, clock=FakeClock())
    admin = desk.setup("gdadmin", ADMIN_PASSWORD)
    desk.accounts.create_institution(admin, **institution_fields("PDY44010600001"))
    desk.close()
    file = tmp_path / "backup.regdesk"
    assert cli(["backup", "--db", db_url, str(file)]) == 0
    assert file.stat().st_size > 0
    backed_up = _institutions(db_url)

    desk = open_desk(db_url, clock=FakeClock())
    admin = desk.auth.login("gdadmin", ADMIN_PASSWORD)
    desk.accounts.create_institution(admin, **institution_fields("PDY44010600002"))
    desk.close()
    assert _institutions(db_url) == ["PDY44010600001", "PDY44010600002"]

    assert cli(["restore", "--db", db_url, str(file), "--yes"]) == 0
    assert _institutions(db_url) == backed_up == ["PDY44010600001"]
    desk = open_desk(db_url)
    try:
        assert verify(desk.db).ok  # the history came back whole, links and all
        assert desk.auth.login("gdadmin", ADMIN_PASSWORD).role == "commission"
    finally:
        desk.close()


def test_restore_asks_before_overwriting_and_a_no_changes_nothing(tmp_path: Path, capsys: Any) -> None:
    url = f"sqlite:///{tmp_path / 'desk.db'}"
    desk = open_desk(url)
    desk.setup("gdadmin", ADMIN_PASSWORD)
    desk.close()
    file = tmp_path / "copy.db"
    assert cli(["backup", "--db", url, str(file)]) == 0
    other = f"sqlite:///{tmp_path / 'other.db'}"
    open_desk(other).close()
    asked: list[str] = []
    assert cli(["restore", "--db", other, str(file)], ask=lambda q: asked.append(q) or "n") == 2
    assert asked and "覆盖" in asked[0] and "已取消" in capsys.readouterr().out
    assert open_desk(other).needs_setup()
    assert cli(["restore", "--db", other, str(file)], ask=lambda q: "yes") == 0
    assert not open_desk(other).needs_setup()


def test_restore_refuses_a_file_that_is_no_backup(tmp_path: Path, capsys: Any) -> None:
    url = f"sqlite:///{tmp_path / 'desk.db'}"
    open_desk(url).close()
    junk = tmp_path / "notes.txt"
    junk.write_text("这不是备份")
    assert cli(["restore", "--db", url, str(junk), "--yes"]) == 2
    assert "不是完好的 SQLite 备份" in capsys.readouterr().err
    with pytest.raises(ValidationError, match="备份文件不存在"):
        backup_module.restore(url, tmp_path / "missing.db")


def test_without_pg_dump_postgresql_backup_says_so_in_chinese(monkeypatch: Any, tmp_path: Path) -> None:
    monkeypatch.setattr(backup_module.shutil, "which", lambda _name: None)
    with pytest.raises(EnvironmentFault, match="没有安装 PostgreSQL 的 pg_dump"):
        backup_module.backup("postgresql+psycopg://clerk@127.0.0.1:1/regdesk", tmp_path / "x.dump")


def _damage(path: Path) -> None:
    """Overwrite the middle of the file's pages with noise (a disk that failed), header intact."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    for start in range(page * 2, len(data) - page, page * 3):
        data[start + 8 : start + 400] = b"\xa5" * 392
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["noise in its pages", "not a database at all"])
def test_a_damaged_sqlite_file_gets_a_clear_message_not_a_traceback(tmp_path: Path, how: str) -> None:
    path = tmp_path / "desk.db"
    url = f"sqlite:///{path}"
    desk = open_desk(url)
    admin = desk.setup("gdadmin", ADMIN_PASSWORD)
    for i in range(30):
        desk.accounts.create_institution(admin, **institution_fields(f"PDY440106{i:05d}"))
    desk.close()
    if how == "not a database at all":
        path.write_bytes(b"\x00garbage" * 5000)
    else:
        _damage(path)
    with pytest.raises(EnvironmentFault, match="数据库文件已损坏") as refused:
        open_desk(url)
    assert "regdesk restore" in refused.value.message
    done = subprocess.run([sys.executable, "main.py", "verify-audit", "--db", url], cwd=ROOT,
                          capture_output=True, text=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert done.returncode == 2 and "数据库文件已损坏" in done.stderr and "Traceback" not in done.stderr


def test_only_a_commission_administrator_backs_up_from_the_desk(
    desk: Any, admin: Any, tmp_path: Path
) -> None:
    username, initial = desk.accounts.create_commission_user(
        admin, username="zhangsan", name="张三", jurisdiction="440000", phone="13700137000")
    clerk = desk.auth.login(username, initial)
    with pytest.raises(PermissionDenied):
        desk.backup.backup(clerk, str(tmp_path / "x.db"))
    if not desk.db.is_postgres or shutil.which("pg_dump"):
        info = desk.backup.backup(admin, str(tmp_path / "x.db"))
        assert Path(info.file).stat().st_size == info.size > 0
