"""Command-line jobs without windows.

- ``regdesk export --db URL --format fhir|csv|xlsx --out FILE``: the open data of the public register
  streamed to a file with flat memory (desk.opendata), for scheduled jobs. Only disclosed fields leave.
- ``regdesk verify-notice FILE.pdf [--db URL]``: is an approval notice genuine, does it still match the
  register (exit 0 only when both).
- ``regdesk make-signing-cert --name 广东省卫生健康委员会 [--dir DIR]``: a self-signed notice-signing key and
  certificate for a test install (kept in files, never in the database).

Exit code 2 for a refusal, with the reason in Chinese on stderr.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence

from app.services import DomainError, open_desk
from app.services.opendata import FORMATS, REGISTERS


def export_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="regdesk export",
        description="导出公示数据（只含公开字段）：CSV、XLSX 或 HL7 FHIR R4 Bundle（JSON）")
    parser.add_argument("--db", metavar="URL",
                        help="数据库地址（默认：$REGDESK_DB_URL，或用户数据目录中的 SQLite 文件）")
    parser.add_argument("--format", required=True, choices=FORMATS,
                        help="csv：一个名册；xlsx：医师、护士、医疗机构三张表；"
                        "fhir：Organization、Practitioner、PractitionerRole 组成的 Bundle")
    parser.add_argument("--out", required=True, metavar="FILE", help="输出文件")
    parser.add_argument("--register", choices=REGISTERS, default="physicians",
                        help="CSV 导出哪个名册（默认 physicians）")
    parser.add_argument("--quiet", action="store_true", help="不显示进度")
    return parser


def export_main(argv: Sequence[str]) -> int:
    """Run ``regdesk export``; returns the exit code."""
    args = export_parser().parse_args(list(argv))
    started = time.perf_counter()

    def progress(n: int) -> None:
        if not args.quiet:
            print(f"\r已写入 {n} 条…", end="", file=sys.stderr, flush=True)

    try:
        desk = open_desk(args.db)
    except Exception as exc:  # noqa: BLE001 - any failure to open is reported, not a traceback
        print(f"无法打开数据库：{exc}", file=sys.stderr)
        return 2
    try:
        count = desk.opendata.export(args.format, args.out, register=args.register, progress=progress)
    except DomainError as err:
        print(f"\n导出失败：{err.message}", file=sys.stderr)
        return 2
    finally:
        desk.close()
    seconds = time.perf_counter() - started
    if not args.quiet:
        print(f"\r已导出 {count} 条到 {args.out}（{seconds:.1f} 秒）", file=sys.stderr)
    return 0


def verify_main(argv: Sequence[str]) -> int:
    """Run ``regdesk verify-notice``; 0 when the notice is genuine and matches the register, 1 when not."""
    parser = argparse.ArgumentParser(prog="regdesk verify-notice", description="核验注册结果通知（PDF）")
    parser.add_argument("file", help="注册结果通知 PDF 文件")
    parser.add_argument("--db", metavar="URL",
                        help="数据库地址（默认：$REGDESK_DB_URL，或用户数据目录中的 SQLite 文件）")
    args = parser.parse_args(list(argv))
    try:
        data = open(args.file, "rb").read()
    except OSError as exc:
        print(f"无法读取文件：{exc}", file=sys.stderr)
        return 2
    desk = open_desk(args.db)
    try:
        verdict = desk.notices.verify(data)
    except DomainError as err:
        print(err.message, file=sys.stderr)
        return 2
    finally:
        desk.close()
    print(f"电子化注册识别码：{verdict.registration_code}")
    if verdict.signed_by:
        print(f"签发：{verdict.signed_by}")
    print(verdict.message)
    return 0 if verdict.ok else 1


def make_cert_main(argv: Sequence[str]) -> int:
    """Run ``regdesk make-signing-cert``: a self-signed key and certificate for a test install."""
    from app.services.signing import make_certificate, signing_dir

    parser = argparse.ArgumentParser(prog="regdesk make-signing-cert",
                                     description="生成测试用的注册结果通知签章证书（自签名）")
    parser.add_argument("--name", required=True, help="签发机关名称，如 广东省卫生健康委员会")
    parser.add_argument("--dir", help="存放目录（默认：$REGDESK_SIGNING_DIR 或用户数据目录下的 signing）")
    parser.add_argument("--days", type=int, default=3 * 365)
    args = parser.parse_args(list(argv))
    from pathlib import Path

    try:
        key, cert = make_certificate(Path(args.dir) if args.dir else signing_dir(), args.name, days=args.days)
    except DomainError as err:
        print(err.message, file=sys.stderr)
        return 2
    print(f"私钥：{key}（仅本人可读，请勿放入数据库或共享目录）")
    print(f"证书：{cert}")
    return 0


COMMANDS = {"export": export_main, "verify-notice": verify_main, "make-signing-cert": make_cert_main}
