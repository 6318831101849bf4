"""``regdesk serve`` as operations run it: a uvicorn subprocess on a free 127.0.0.1 port, PostgreSQL (or
SQLite) behind it, several workers, TLS; the remote desk signs in, works a case through to its code and
hears the change feed."""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from case_fixtures import World
from conftest import ADMIN_PASSWORD, FakeClock
from server_support import ROOT, SubprocessServer

from app.remote import RemoteDesk
from app.services import ConflictError, PermissionDenied
from app.services.codes import parse_registration_code

pytestmark = pytest.mark.slow


def _world(remote: RemoteDesk) -> World:
    admin = remote.setup("gdadmin", ADMIN_PASSWORD, jurisdiction="440000", name="广东省卫健委管理员")
    return World(remote, admin, FakeClock())


def test_serve_runs_the_case_flow_and_the_feed_through_a_real_server(fresh_db_url: str) -> None:
    server = SubprocessServer(fresh_db_url).start()  # the server migrates its database on start
    try:
        assert httpx.get(server.url + "/health").json()["status"] == "ok"
        with RemoteDesk(server.url) as remote, RemoteDesk(server.url) as commission_pc:
            assert remote.needs_setup()
            world = _world(remote)
            hospital, doctor = world.hospital(), world.doctor()
            case = world.apply(doctor, "first_registration", institution_id=hospital.id, scopes=["内科专业"])
            cursor = commission_pc.feed.head(world.admin)
            woke: list[float] = []

            def listen() -> None:
                if commission_pc.feed.wait(world.admin, 10.0, cursor):
                    woke.append(time.monotonic())

            listener = threading.Thread(target=listen)
            listener.start()
            time.sleep(0.5)
            case = remote.cases.confirm(hospital.actor, case.id, case.version)
            confirmed = time.monotonic()
            listener.join(12)
            assert woke and woke[0] - confirmed < 1.0
            approved = commission_pc.cases.approve(world.admin, case.id, case.version)
            assert approved.status == "approved" and approved.registration_code
            with pytest.raises(ConflictError):
                remote.cases.approve(world.admin, case.id, case.version)
            pdf = commission_pc.paper.render_approval_notice(world.admin, case.id)
            assert pdf.startswith(b"%PDF-")
            assert remote.today() == dt.datetime.now(dt.timezone(dt.timedelta(hours=8))).date()
            with pytest.raises(PermissionDenied):
                remote.cases.get(world.doctor().actor, case.id)
    finally:
        server.stop()


def test_two_workers_on_one_postgresql_issue_unique_codes(fresh_pg_url: str) -> None:
    server = SubprocessServer(fresh_pg_url, "--workers", "2").start()
    try:
        with RemoteDesk(server.url) as remote:
            world = _world(remote)
            hospital = world.hospital()
            cases = []
            for _ in range(6):
                doctor = world.doctor()
                cases.append(world.confirmed(doctor, hospital, "first_registration",
                                             institution_id=hospital.id, scopes=["内科专业"]))
            codes: list[str] = []
            errors: list[BaseException] = []

            def approve(case: object) -> None:
                try:
                    with RemoteDesk(server.url) as pc:  # its own connections: the two workers share them out
                        codes.append(pc.cases.approve(world.admin, case.id, case.version).registration_code)
                except BaseException as exc:  # noqa: BLE001
                    errors.append(exc)

            threads = [threading.Thread(target=approve, args=(c,)) for c in cases]
            for t in threads:
                t.start()
            for t in threads:
                t.join(60)
            assert not errors and len(codes) == 6 and len(set(codes)) == 6
            serials = sorted(parse_registration_code(c).serial for c in codes)
            assert serials == [1, 2, 3, 4, 5, 6]  # gapless across workers
    finally:
        server.stop()


def _serve(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app.server", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)


def test_serve_refuses_plain_http_on_a_network_address(tmp_path: Path) -> None:
    done = _serve("--db", f"sqlite:///{tmp_path / 'x.db'}", "--host", "0.0.0.0", "--port", "8443")
    assert done.returncode == 2 and "拒绝以明文 HTTP 监听 0.0.0.0" in done.stderr
    assert not (tmp_path / "x.db").exists()  # refused before anything was opened
    done = _serve("--db", f"sqlite:///{tmp_path / 'x.db'}", "--certfile", str(tmp_path / "c.pem"))
    assert done.returncode == 2 and "必须同时给出" in done.stderr


def test_regdesk_serve_is_a_subcommand_of_main(tmp_path: Path) -> None:
    def regdesk(*args: str) -> subprocess.CompletedProcess[str]:  # main.py as the console script runs it
        return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True,
                              timeout=60)

    db = f"sqlite:///{tmp_path / 'x.db'}"
    refused = regdesk("serve", "--db", db, "--host", "192.0.2.1")
    assert refused.returncode == 2 and "拒绝以明文 HTTP 监听 192.0.2.1" in refused.stderr
    assert regdesk("serve", "--db", db, "--upgrade-only").returncode == 0
    assert (tmp_path / "x.db").exists()  # migrated, no server started


def _self_signed(directory: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "regdesk test")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                       critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    certfile, keyfile = directory / "tls.crt", directory / "tls.key"
    certfile.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    keyfile.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                          serialization.NoEncryption()))
    os.chmod(keyfile, 0o600)
    return certfile, keyfile


def test_serve_with_tls_answers_https_only_to_a_client_trusting_its_certificate(tmp_path: Path) -> None:
    certfile, keyfile = _self_signed(tmp_path)
    server = SubprocessServer(f"sqlite:///{tmp_path / 'x.db'}", "--certfile", str(certfile), "--keyfile",
                              str(keyfile))
    server.url = server.url.replace("http://", "https://")
    server.health_verify = str(certfile)
    server.start()
    try:
        with RemoteDesk(server.url, verify=str(certfile)) as remote:
            assert remote.needs_setup() is True
        from app.services import EnvironmentFault

        with RemoteDesk(server.url) as untrusting, pytest.raises(EnvironmentFault):
            untrusting.needs_setup()  # the system's CAs do not know this certificate
        with pytest.raises(httpx.HTTPError):
            httpx.get(server.url.replace("https://", "http://") + "/health", timeout=3)
    finally:
        server.stop()
