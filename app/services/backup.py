"""Backup and restore of the whole database, and the health check of a SQLite file on open.

SQLite goes through SQLite's online backup API (a consistent copy while other PCs keep working; the
copy is checked with ``PRAGMA quick_check`` before it replaces anything). PostgreSQL goes through
``pg_dump`` / ``pg_restore`` (custom format) where those programs are installed; the server password
comes from the keyring and is handed to them in the environment, never on the command line.
Every failure is a DomainError with a Chinese message.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from app.config import describe, resolve_url, with_keyring_password
from app.services import permissions
from app.services.base import Service
from app.services.errors import EnvironmentFault, ValidationError
from app.services.types import Actor

#: How long a dump or restore may take before it is given up.
PG_TOOL_TIMEOUT = 3600


@dataclass(frozen=True)
class BackupInfo:
    """A backup made: where, how large, of which database."""

    file: str
    size: int
    database: str


# --- the SQLite file's health -----------------------------------------------------------------------


def damage_of(path: str | Path) -> str | None:
    """None when the SQLite file is sound (or absent), else what is wrong (``PRAGMA quick_check``)."""
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None if rows == ["ok"] else "; ".join(str(r) for r in rows)


def damaged_message(path: str | Path, problem: str) -> str:
    return (
        f"数据库文件已损坏，无法打开：{path}\n（{problem}）\n"
        "请勿继续使用这个文件。请联系管理员从最近的备份恢复：regdesk restore --db 数据库地址 备份文件"
    )


def check_sqlite_file(url: str) -> None:
    """Raise EnvironmentFault with a clear message when the URL's SQLite file is damaged."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return
    problem = damage_of(parsed.database)
    if problem is not None:
        raise EnvironmentFault(damaged_message(parsed.database, problem))


# --- backup and restore -----------------------------------------------------------------------------


def _sqlite_path(url: URL) -> Path:
    if not url.database or url.database == ":memory:":
        raise ValidationError("内存数据库无法备份或恢复", "db")
    return Path(url.database)


def _copy_sqlite(source: Path, target: Path) -> None:
    """SQLite's online backup API: a consistent copy while others write (they wait a moment at most)."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
    try:
        dst = sqlite3.connect(target, timeout=30)
        try:
            src.backup(dst, pages=1024)
        finally:
            dst.close()
    finally:
        src.close()


def backup(url: str | None, file: str | Path) -> BackupInfo:
    """Copy the whole database at ``url`` to ``file`` (overwritten). Raises ValidationError (bad target),
    EnvironmentFault (source damaged or unreachable, pg_dump missing or failing)."""
    url_text = resolve_url(url)
    parsed = with_keyring_password(url_text)
    target = Path(file).expanduser().resolve()
    if not target.parent.is_dir():
        raise ValidationError(f"备份文件所在的文件夹不存在：{target.parent}", "file")
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        if parsed.get_backend_name() == "sqlite":
            source = _sqlite_path(parsed)
            if not source.exists():
                raise EnvironmentFault(f"数据库文件不存在：{source}")
            if source.resolve() == target:
                raise ValidationError("备份文件不能是数据库文件本身", "file")
            check_sqlite_file(url_text)
            _copy_sqlite(source, partial)
            problem = damage_of(partial)
            if problem is not None:
                raise EnvironmentFault(f"备份副本校验失败：{problem}")
        else:
            _pg_tool("pg_dump", parsed, ["--format=custom", "--no-owner", f"--file={partial}"])
        os.replace(partial, target)
    except sqlite3.Error as exc:
        raise EnvironmentFault(f"备份失败：{exc}") from exc
    except OSError as exc:
        raise ValidationError(f"无法写入备份文件 {target}：{exc.strerror or exc}", "file") from exc
    finally:
        partial.unlink(missing_ok=True)
    return BackupInfo(str(target), target.stat().st_size, describe(url_text))


def restore(url: str | None, file: str | Path) -> None:
    """Replace the whole database at ``url`` with the backup ``file``. Every PC should be signed out:
    what was written since the backup is gone. The schema is upgraded at the next open if the backup
    is older. Raises ValidationError (no such file, not a backup of this kind), EnvironmentFault."""
    url_text = resolve_url(url)
    parsed = with_keyring_password(url_text)
    source = Path(file).expanduser().resolve()
    if not source.is_file():
        raise ValidationError(f"备份文件不存在：{source}", "file")
    if parsed.get_backend_name() == "sqlite":
        problem = damage_of(source)
        if problem is not None:
            raise ValidationError(f"这个文件不是完好的 SQLite 备份：{problem}", "file")
        if not _is_regdesk_sqlite(source):
            raise ValidationError("这个文件不是本系统的数据库备份", "file")
        target = _sqlite_path(parsed)
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            _copy_sqlite(source, target)
        except sqlite3.Error as exc:
            raise EnvironmentFault(f"恢复失败：{exc}") from exc
        return
    with source.open("rb") as f:
        if f.read(5) != b"PGDMP":
            raise ValidationError("这个文件不是 pg_dump 生成的备份（自定义格式）", "file")
    _pg_tool("pg_restore", parsed,
             ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error", str(source)])


def _is_regdesk_sqlite(path: Path) -> bool:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()
    return {"alembic_version", "user_accounts", "cases"} <= names


def _pg_tool(program: str, url: URL, args: list[str]) -> None:
    exe = shutil.which(program)
    if exe is None:
        raise EnvironmentFault(
            f"这台电脑没有安装 PostgreSQL 的 {program} 程序，无法{'备份' if program == 'pg_dump' else '恢复'}"
            "PostgreSQL 数据库。请安装 PostgreSQL 客户端（Debian/Ubuntu：apt install postgresql-client；"
            "Windows：PostgreSQL 安装包中的 Command Line Tools），或在数据库服务器上操作。"
        )
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    plain = url.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
    try:
        done = subprocess.run([exe, f"--dbname={plain}", *args], env=env, capture_output=True, text=True,
                              timeout=PG_TOOL_TIMEOUT)
    except subprocess.TimeoutExpired as exc:
        raise EnvironmentFault(f"{program} 超过 {PG_TOOL_TIMEOUT // 60} 分钟仍未完成，已放弃") from exc
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()
        raise EnvironmentFault(f"{program} 失败：{detail[-1] if detail else done.returncode}")


class BackupService(Service):
    """desk.backup: the commission administrator backs the database up from the commission window."""

    def backup(self, actor: Actor, file: str) -> BackupInfo:
        """Back the whole database up to ``file``; audited. Raises PermissionDenied (not a commission
        administrator), ValidationError (bad file), EnvironmentFault (see ``backup``)."""
        if not isinstance(file, str) or not file.strip():
            raise ValidationError("请选择备份文件", "file")
        with self.write(actor, "backup.backup") as tx:
            permissions.require_commission_admin(tx.principal)
            tx.audit("backup.backup", "database", "", {"file": Path(file).name})
        return backup(self.ctx.db.url, file)
