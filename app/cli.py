"""Command-line tools of the desk (no window needed):

    regdesk verify-audit --db URL          check the hash chains of case and audit events (exit 1: broken)
    regdesk backup --db URL FILE           copy the whole database to FILE
    regdesk restore --db URL FILE [--yes]  replace the database with FILE (asks first unless --yes)
    regdesk export --db URL --format fhir|csv|xlsx --out FILE
                                           the public register's open data (disclosed fields only), streamed
    regdesk verify-notice FILE.pdf [--db URL]
                                           is an approval notice genuine, does it still match the register
                                           (exit 0 only when both, 1 when not)
    regdesk make-signing-cert --name 广东省卫生健康委员会 [--dir DIR]
                                           a self-signed notice-signing key and certificate for a test
                                           install (kept in files, never in the database)

Exit codes: 0 done / intact, 1 the history is broken (or the notice is not genuine and current), 2 the
command could not be carried out.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence

from app.config import describe, resolve_url
from app.services.errors import DomainError

COMMANDS = ("verify-audit", "backup", "restore")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="regdesk", description="医师电子化注册系统：维护命令")
    sub = parser.add_subparsers(dest="command", required=True)
    verify = sub.add_parser("verify-audit", help="校验案件记录与审计日志的哈希链，报告第一处断裂")
    verify.add_argument("--db", metavar="URL", help="数据库地址（默认：$REGDESK_DB_URL 或默认 SQLite 文件）")
    backup = sub.add_parser("backup", help="把整个数据库备份到文件")
    backup.add_argument("--db", metavar="URL", help="数据库地址")
    backup.add_argument("file", metavar="FILE", help="备份文件")
    restore = sub.add_parser("restore", help="用备份文件替换整个数据库（备份之后写入的内容将丢失）")
    restore.add_argument("--db", metavar="URL", help="数据库地址")
    restore.add_argument("file", metavar="FILE", help="备份文件")
    restore.add_argument("--yes", action="store_true", help="不再询问，直接覆盖")
    return parser


def run(argv: Sequence[str], *, ask: object = None) -> int:
    """Run one command; returns the exit code. ``ask`` (for tests) replaces ``input`` for the question."""
    args = _parser().parse_args(list(argv))
    try:
        if args.command == "verify-audit":
            return _verify(args.db)
        if args.command == "backup":
            from app.services.backup import backup

            info = backup(args.db, args.file)
            print(f"已备份 {info.database} 到 {info.file}（{info.size / 1_048_576:.1f} MB）")
            return 0
        return _restore(args.db, args.file, args.yes, ask if callable(ask) else input)
    except DomainError as err:
        print(err.message, file=sys.stderr)
        return 2


def _verify(url: str | None) -> int:
    from app.db import Database, current_revision, head_revision
    from app.services.audit import LABELS, verify
    from app.services.backup import check_sqlite_file

    url = resolve_url(url)
    check_sqlite_file(url)
    db = Database(url, upgrade=False)
    try:
        if current_revision(db.engine) != head_revision():
            print(f"数据库 {describe(url)} 的结构不是最新版本：请先用本程序打开一次（自动升级）再校验",
                  file=sys.stderr)
            return 2
        report = verify(db)
    finally:
        db.dispose()
    for table, count in report.checked.items():
        broken = next((b for b in report.breaks if b.table == table), None)
        if broken is None:
            print(f"{LABELS[table]}：已校验 {count} 条，链完整")
        else:
            print(f"{LABELS[table]}：第一处断裂 —— {broken}")
    return 0 if report.ok else 1


def _restore(url: str | None, file: str, yes: bool, ask: object) -> int:
    from app.services.backup import restore

    where = describe(resolve_url(url))
    if not yes:
        question = (f"用 {file} 覆盖数据库 {where}？备份之后写入的内容将全部丢失。"
                    "请先让所有电脑退出登录。输入 yes 确认：")
        answer = ask(question)  # type: ignore[operator]
        if str(answer).strip().lower() not in ("y", "yes", "是"):
            print("已取消，数据库未改动")
            return 2
    restore(url, file)
    print(f"已用 {file} 恢复数据库 {where}；下次打开时如有需要会自动升级结构")
    return 0


def export_parser() -> argparse.ArgumentParser:
    from app.services.opendata import FORMATS, REGISTERS

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
        from app.services import open_desk

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
    from app.services import open_desk

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


#: Commands that take their own arguments (main.py dispatches them by name).
JOBS = {"export": export_main, "verify-notice": verify_main, "make-signing-cert": make_cert_main}


def main(argv: Sequence[str] | None = None) -> int:
    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
