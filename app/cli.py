"""Command-line jobs without windows: ``regdesk export --db URL --format fhir|csv|xlsx --out FILE``.

For scheduled jobs (cron, Task Scheduler): the open data of the public register streamed to a file with
flat memory (desk.opendata). Exit code 0 on success, 2 for a refusal (bad format, folder missing, no
database), with the reason in Chinese on stderr. Personal data other than the disclosed fields never leaves.
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
