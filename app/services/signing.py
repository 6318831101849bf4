"""Signed approval notices: PAdES signatures (pyHanko) with the issuing commission's certificate, and the
check that says whether a notice is genuine and still matches the register.

The key and certificate never enter the database: they are two PEM files in the signing folder
($REGDESK_SIGNING_DIR, else ``signing/`` in the user data dir), ``notice-key.pem`` (readable by its owner
only) and ``notice-cert.pem``. For a test install ``regdesk make-signing-cert --name 广东省卫生健康委员会``
makes a self-signed pair there (docs/signed-notices.md). Without them notices print unsigned.

The notice's QR code carries ``<registration code>|<check value>``; the same two are in the PDF's keywords
(covered by the signature). The check value is a short digest of what the notice states about the
registration, so a later change of the register shows as "changed since".
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app import models as m
from app.services.base import Service
from app.services.errors import ValidationError
from app.services.types import NoticeVerdict

__all__ = ["KEY_FILE", "CERT_FILE", "NoticeService", "NoticeVerdict", "check_value", "make_certificate",
           "notice_keywords", "sign_notice", "signing_dir"]

KEY_FILE = "notice-key.pem"
CERT_FILE = "notice-cert.pem"
KEYWORD_PREFIX = "regdesk-notice"
ENV_DIR = "REGDESK_SIGNING_DIR"


def signing_dir() -> Path:
    """Where the notice key and certificate live: $REGDESK_SIGNING_DIR or <user data dir>/signing."""
    given = os.environ.get(ENV_DIR)
    if given:
        return Path(given)
    from app.config import data_dir

    return data_dir() / "signing"


def check_value(registration_code: str, practice_certificate_number: str | None, name: str, level: str,
                category: str, scopes: Sequence[str], institution_id: int | None, place: str) -> str:
    """10 characters: a digest of what a notice states about the registration (not a secret)."""
    text = "|".join([registration_code, practice_certificate_number or "", name, level, category,
                     "、".join(scopes), str(institution_id or ""), place])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:10].upper()


def registration_check(reg: m.Registration, name: str) -> str:
    return check_value(reg.registration_code or "", reg.practice_certificate_number, name, reg.level,
                       reg.category, list(reg.scopes or []), reg.main_institution_id, reg.place)


def notice_keywords(registration_code: str, check: str) -> str:
    return f"{KEYWORD_PREFIX} {registration_code} {check}"


# --- keys ------------------------------------------------------------------------------------------


def make_certificate(directory: Path, name: str, *, days: int = 3 * 365) -> tuple[Path, Path]:
    """A self-signed signing certificate for a test install: an EC P-256 key (file mode 0600) and its
    certificate naming the commission. Refuses to overwrite an existing key."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    directory.mkdir(parents=True, exist_ok=True)
    key_path, cert_path = directory / KEY_FILE, directory / CERT_FILE
    if key_path.exists():
        raise ValidationError(f"签名密钥已存在：{key_path}（如需更换，请先移走旧文件）", "path")
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, name),
        x509.NameAttribute(NameOID.COMMON_NAME, name[:40] + "（测试签章）"),  # CN: at most 64 UTF-8 bytes
    ])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject).issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                     crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()))
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return key_path, cert_path


@lru_cache(maxsize=4)
def _signer(directory: str, stamp: float) -> Any:
    from pyhanko.sign import signers

    return signers.SimpleSigner.load(  # type: ignore[no-untyped-call]
        str(Path(directory) / KEY_FILE), str(Path(directory) / CERT_FILE))


def current_signer() -> Any | None:
    """The commission's signer from the signing folder, or None when no key is installed."""
    directory = signing_dir()
    key, cert = directory / KEY_FILE, directory / CERT_FILE
    if not (key.exists() and cert.exists()):
        return None
    return _signer(str(directory), max(key.stat().st_mtime, cert.stat().st_mtime))


def sign_notice(pdf: bytes, signer: Any, *, reason: str = "注册结果通知", location: str = "") -> bytes:
    """The PDF with a PAdES (B-B) signature over the whole file."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko.sign.fields import SigSeedSubFilter

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    meta = signers.PdfSignatureMetadata(field_name="CommissionSignature", subfilter=SigSeedSubFilter.PADES,
                                        reason=reason, location=location or None, md_algorithm="sha256")
    out = signers.sign_pdf(writer, meta, signer=signer)
    return bytes(out.getvalue())


def _trusted_roots() -> list[Any]:
    from pyhanko.keys import load_cert_from_pemder

    roots = []
    directory = signing_dir()
    for path in [directory / CERT_FILE, *sorted((directory / "trusted").glob("*.pem"))]:
        if path.exists():
            roots.append(load_cert_from_pemder(str(path)))  # type: ignore[no-untyped-call]
    return roots


# --- verification ----------------------------------------------------------------------------------




#: why a notice is not known to be genuine (shown inside VERDICT_DOUBTFUL)
WHY_UNSIGNED = "未签名：无法确认由卫生健康委签发"
WHY_ALTERED = "签名无效：文件在签名后被改动过"
WHY_APPENDED = "签名后文件又被追加修改"
WHY_UNTRUSTED = "签名证书不是受信任的卫生健康委证书"
#: the verdict's message: one of these heads, then the registration's state (STATE_MESSAGES); the windows
#: translate it as a refusal template (scripts/reference_strings.py lists these)
VERDICT_GENUINE = "真实有效的注册结果通知；{state}"
VERDICT_DOUBTFUL = "不能确认为真实通知（{why}）；{state}"

STATE_MESSAGES = {
    "current": "与公示信息一致（注册有效，通知所载内容未变）",
    "changed": "注册仍有效，但通知所载内容已有变更（以公示信息为准）",
    "deregistered": "该注册已注销",
    "filed": "该注册已备案（非在册），不再执业",
    "unknown": "注册信息中没有这个电子化注册识别码",
}


class NoticeService(Service):
    """desk.notices: verify(pdf bytes) for anyone (no sign-in)."""

    def verify(self, pdf: bytes) -> NoticeVerdict:
        """Whether a notice PDF is genuine (a valid PAdES signature by a trusted commission certificate,
        covering the whole file) and whether it still matches the register.

        Raises ValidationError (not a PDF, or not an approval notice of this desk).
        """
        from pyhanko.pdf_utils.reader import PdfFileReader
        from pyhanko.sign.validation import validate_pdf_signature
        from pyhanko.sign.validation.status import SignatureCoverageLevel
        from pyhanko_certvalidator import ValidationContext

        if not isinstance(pdf, bytes | bytearray) or not bytes(pdf).startswith(b"%PDF-"):
            raise ValidationError("这不是 PDF 文件", "file")
        try:
            reader = PdfFileReader(io.BytesIO(bytes(pdf)), strict=False)
            info = reader.trailer_view.get("/Info")
            info = info.get_object() if info is not None else None
            keywords = str(info.get("/Keywords", "")) if info is not None else ""
        except Exception as exc:  # noqa: BLE001 - any unreadable file is the user's file, not our bug
            raise ValidationError(f"无法读取这个 PDF 文件：{exc}", "file") from None
        parts = keywords.split()
        if len(parts) != 3 or parts[0] != KEYWORD_PREFIX:
            raise ValidationError("这不是本系统打印的注册结果通知（文件中没有识别码和核验码）", "file")
        code, check = parts[1], parts[2]
        genuine, signed_by, signed_at, why = False, "", None, WHY_UNSIGNED
        signatures = reader.embedded_signatures
        if signatures:
            sig = signatures[-1]
            try:
                roots = _trusted_roots()
                context = ValidationContext(trust_roots=roots) if roots else ValidationContext()
                status = validate_pdf_signature(sig, context)
                whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
                genuine = bool(status.intact and status.valid and status.trusted and whole
                               and len(signatures) == 1)
                subject = status.signing_cert.subject.native if status.signing_cert else {}
                signed_by = str(subject.get("organization_name") or subject.get("common_name") or "")
                signed_at = status.signer_reported_dt
                if not (status.intact and status.valid):
                    why = WHY_ALTERED
                elif not whole:
                    why = WHY_APPENDED
                elif not status.trusted:
                    why = WHY_UNTRUSTED
            except Exception:  # noqa: BLE001 - a broken signature is simply not genuine
                genuine, why = False, WHY_ALTERED
        state = self._state(code, check)
        head = VERDICT_GENUINE if genuine else VERDICT_DOUBTFUL
        message = head.format(why=why, state=STATE_MESSAGES[state])
        return NoticeVerdict(genuine, state, message, code, signed_by, signed_at)

    def _state(self, code: str, check: str) -> str:
        with self.read(None, "notices.verify") as tx:
            reg = tx.session.scalar(select(m.Registration).where(m.Registration.registration_code == code))
            if reg is None:
                return "unknown"
            if reg.status == "deregistered":
                return "deregistered"
            if reg.status == "filed":
                return "filed"
            name = tx.session.scalar(select(m.Physician.name).where(m.Physician.id == reg.physician_id)) or ""
            return "current" if registration_check(reg, name) == check else "changed"
