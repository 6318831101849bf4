"""No password rests anywhere: after every account flow no plaintext password, session token or activation
code is in the SQLite file and its WAL, in a pg_dump of the PostgreSQL database, or in the log; the
cheap test hashing works only under the test runner."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import ADMIN_PASSWORD
from sqlalchemy.engine import make_url
from support_accounts import PASSWORD, add_physician, institution_fields, make_id

from app.services import AuthenticationError


def _account_flows(desk: Any) -> set[str]:
    """Every way an account gets or uses a secret; returns the secrets handed out or typed."""
    admin = desk.setup("gdadmin", ADMIN_PASSWORD, jurisdiction="440000", name="广东省卫健委管理员")
    secrets = {ADMIN_PASSWORD, admin.token}
    info, username, initial = desk.accounts.create_institution(admin, **institution_fields("PDY44010612345"))
    hospital = desk.auth.login(username, initial)
    hospital = desk.auth.change_password(hospital, initial, PASSWORD)
    secrets |= {initial, hospital.token, PASSWORD}
    _username, reset = desk.accounts.reset_institution_password(admin, info.id)
    hospital = desk.auth.change_password(desk.auth.login(username, reset), reset, "Hosp#2026second")
    secrets |= {reset, hospital.token, "Hosp#2026second"}
    clerk_name, clerk_initial = desk.accounts.create_commission_user(
        admin, username="zhangsan", name="张三", jurisdiction="440000", phone="13700137000")
    clerk = desk.auth.login(clerk_name, clerk_initial)
    secrets |= {clerk_initial, clerk.token}
    with pytest.raises(AuthenticationError):
        desk.auth.login(clerk_name, "Wrong#2026typed")  # a mistyped password is no record either
    secrets.add("Wrong#2026typed")
    id_number = make_id("440106")
    physician_id = add_physician(desk, "张伟", id_number, institution_id=info.id)
    desk.auth.register_physician(
        "张伟", id_number, "13912345678", "zw@example.cn", "zhangwei", "Doc#2026secret")
    doctor = desk.auth.login("zhangwei", "Doc#2026secret")
    code = desk.accounts.issue_activation_code(hospital, physician_id)
    desk.auth.activate_physician(doctor, activation_code=code)
    secrets |= {"Doc#2026secret", doctor.token, code}
    # the SMS gateway's secret: in the keyring (here: memory) or the server's settings, never the database
    desk.sms.configure_gateway(admin, "https://sms.example.cn/send", "regdesk-gd", "SMS_0001",
                               "Gw#2026secretKey")
    desk.sms.test_gateway(admin, "13800138000")
    secrets.add("Gw#2026secretKey")
    desk.auth.logout(clerk)
    return secrets


def _found(blob: bytes, secrets: set[str]) -> set[str]:
    return {s for s in secrets if s.encode("utf-8") in blob}


@pytest.fixture
def logged(tmp_path: Path) -> Any:
    """Everything logged while the flows run (SQL included) goes to a file in a log directory."""
    directory = tmp_path / "logs"
    directory.mkdir()
    handler = logging.FileHandler(directory / "regdesk.log", encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    root, sql = logging.getLogger(), logging.getLogger("sqlalchemy.engine")
    levels = root.level, sql.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    sql.setLevel(logging.INFO)
    try:
        yield directory
    finally:
        root.removeHandler(handler)
        handler.close()
        root.setLevel(levels[0])
        sql.setLevel(levels[1])


def test_no_plaintext_password_or_token_rests_in_the_database_or_the_log(
    desk: Any, db_url: str, logged: Path
) -> None:
    secrets = _account_flows(desk)
    logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)
    log_text = b"".join(p.read_bytes() for p in logged.iterdir())
    assert b"INSERT INTO user_accounts" in log_text  # the SQL was logged, its parameters were not
    assert _found(log_text, secrets) == set()
    url = make_url(db_url)
    if url.get_backend_name() == "sqlite":
        stored = b"".join(
            Path(f"{url.database}{suffix}").read_bytes()
            for suffix in ("", "-wal")
            if Path(f"{url.database}{suffix}").exists()
        )
        assert len(stored) > 100_000
    else:
        pg_dump = shutil.which("pg_dump")
        if pg_dump is None:
            pytest.skip("pg_dump is not installed: the PostgreSQL dump cannot be searched")
        plain = url.set(drivername="postgresql").render_as_string(hide_password=False)
        stored = subprocess.run([pg_dump, "--dbname", plain], check=True, capture_output=True).stdout
        assert b"user_accounts" in stored
    assert b"jgpdy44010612345" in stored and "初始密码".encode() in stored  # the rows are there to search
    assert _found(stored, secrets) == set()


def test_the_cheap_test_hashing_works_only_under_the_test_runner() -> None:
    from app.services import auth

    assert auth.FAST_HASH  # here, under pytest with REGDESK_FAST_HASH=1
    probe = "import app.services.auth as a, sys; print(a.FAST_HASH, 'pytest' in sys.modules)"
    env = {**os.environ, "REGDESK_FAST_HASH": "1"}
    env.pop("PYTEST_CURRENT_TEST", None)
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env,
                         cwd=Path(__file__).resolve().parents[2], check=True).stdout.split()
    assert out == ["False", "False"]
