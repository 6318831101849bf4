"""Signed approval notices: a notice signed with the commission's certificate verifies and says whether it
still matches the register; an altered copy does not verify; the key stays in files."""

from __future__ import annotations

import io
import stat
from pathlib import Path

import pytest
from case_fixtures import Hospital, World, case_templates, db_url, world

from app import models as m
from app.services import ValidationError
from app.services.signing import CERT_FILE, KEY_FILE, make_certificate

FIXTURES = (case_templates, db_url, world)


@pytest.fixture
def signing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "signing"
    monkeypatch.setenv("REGDESK_SIGNING_DIR", str(folder))
    make_certificate(folder, "广东省卫生健康委员会")
    return folder


def _notice(world: World) -> tuple[bytes, int]:
    hospital: Hospital = world.hospital("广州市天河区第一人民医院")
    doctor = world.doctor("李明华")
    case = world.registered(doctor, hospital)
    return world.desk.paper.render_approval_notice(doctor.actor, case.id), case.registration_id


def test_a_signed_notice_is_genuine_and_matches_the_register(world, signing) -> None:  # type: ignore[no-untyped-def]
    pdf, _reg = _notice(world)
    assert b"/ByteRange" in pdf and b"ETSI.CAdES.detached" in pdf  # a PAdES signature
    verdict = world.desk.notices.verify(pdf)
    assert verdict.genuine and verdict.state == "current" and verdict.ok
    assert "广东省卫生健康委员会" in verdict.signed_by
    assert verdict.message.startswith("真实有效的注册结果通知")


def test_an_altered_copy_does_not_verify(world, signing) -> None:  # type: ignore[no-untyped-def]
    pdf, _reg = _notice(world)
    cut = pdf.index(b"/ByteRange")
    tampered = bytearray(pdf)
    at = pdf.index(b"stream", 200) + 20  # a byte of the first page's content, under the signature
    assert at < cut
    tampered[at] ^= 0x01
    assert not world.desk.notices.verify(bytes(tampered)).genuine


def test_a_copy_edited_after_signing_does_not_verify(world, signing) -> None:  # type: ignore[no-untyped-def]
    from pyhanko.pdf_utils.generic import NameObject, TextStringObject
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    pdf, _reg = _notice(world)
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    info = writer.trailer["/Info"]
    info[NameObject("/Title")] = TextStringObject("改过的通知")
    writer.update_container(info)
    out = io.BytesIO()
    writer.write(out)
    verdict = world.desk.notices.verify(out.getvalue())
    assert not verdict.genuine and "不能确认为真实通知" in verdict.message


def test_the_verdict_follows_the_register(world, signing) -> None:  # type: ignore[no-untyped-def]
    pdf, reg_id = _notice(world)
    with world.desk.db.write() as s:
        s.get(m.Registration, reg_id).scopes = ["内科专业", "全科医学专业"]  # type: ignore[union-attr]
    changed = world.desk.notices.verify(pdf)
    assert changed.genuine and changed.state == "changed"
    with world.desk.db.write() as s:
        s.get(m.Registration, reg_id).status = "deregistered"  # type: ignore[union-attr]
    assert world.desk.notices.verify(pdf).state == "deregistered"


def test_without_a_key_notices_print_unsigned_and_do_not_verify(world, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("REGDESK_SIGNING_DIR", str(tmp_path / "none"))
    pdf, _reg = _notice(world)
    assert b"/ByteRange" not in pdf
    verdict = world.desk.notices.verify(pdf)
    assert not verdict.genuine and "未签名" in verdict.message and verdict.state == "current"


def test_a_pdf_that_is_no_notice_is_refused(world, signing) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError):
        world.desk.notices.verify(b"not a pdf")
    hospital = world.hospital("广州市天河区第一人民医院")
    doctor = world.doctor("王小明")
    case = world.confirmed(doctor, hospital, "first_registration", institution_id=hospital.id,
                           scopes=["内科专业"])
    checklist = world.desk.paper.render_checklist(doctor.actor, case.id)
    with pytest.raises(ValidationError):
        world.desk.notices.verify(checklist)


def test_the_key_is_kept_in_a_file_only_its_owner_reads_and_never_overwritten(signing) -> None:  # type: ignore[no-untyped-def]
    assert stat.S_IMODE((signing / KEY_FILE).stat().st_mode) == 0o600
    assert (signing / CERT_FILE).read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")
    with pytest.raises(ValidationError):
        make_certificate(signing, "另一个")


def test_regdesk_verify_notice_says_genuine_or_not(world, signing, db_url, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from app.cli import JOBS  # what main.py runs for ``regdesk verify-notice``

    pdf, _reg = _notice(world)
    good = tmp_path / "notice.pdf"
    good.write_bytes(pdf)
    assert JOBS["verify-notice"]([str(good), "--db", db_url]) == 0
    assert "真实有效" in capsys.readouterr().out
    bad = tmp_path / "bad.pdf"
    tampered = bytearray(pdf)
    tampered[pdf.index(b"stream", 200) + 20] ^= 0x01
    bad.write_bytes(bytes(tampered))
    assert JOBS["verify-notice"]([str(bad), "--db", db_url]) == 1


def test_regdesk_make_signing_cert_writes_the_pair_once(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from app.cli import JOBS

    folder = tmp_path / "keys"
    assert JOBS["make-signing-cert"](["--name", "广东省卫生健康委员会", "--dir", str(folder)]) == 0
    assert (folder / KEY_FILE).exists() and (folder / CERT_FILE).exists()
    assert JOBS["make-signing-cert"](["--name", "广东省卫生健康委员会", "--dir", str(folder)]) == 2
    assert "签名密钥已存在" in capsys.readouterr().err
