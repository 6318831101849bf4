"""``regdesk serve``: run the desk server (uvicorn) on a database; TLS by option, plain HTTP only on loopback.

    regdesk serve --db postgresql+psycopg://regdesk@dbhost/regdesk --host 0.0.0.0 --port 8443 \\
                  --certfile /etc/regdesk/tls.crt --keyfile /etc/regdesk/tls.key --workers 4

The database is opened (and upgraded to the newest schema) once before the workers start; each worker
then opens its own connections (the uvicorn factory ``app.server.app:create_app``).
"""

from __future__ import annotations

import argparse
import ipaddress
import logging
import os
import sys
from collections.abc import Sequence

log = logging.getLogger("regdesk.server")
#: Kept equal to app.server.app's (that module needs FastAPI; this one must explain when it is missing).
DEFAULT_REGISTER_RATE = 60
#: Failed sign-ins one address may make in any minute before its sign-ins are refused for the rest of it
#: (each account's own lockout counts too; this stops one PC from trying many accounts).
DEFAULT_SIGNIN_FAILURES = 20


def is_loopback(host: str | None) -> bool:
    """127.0.0.1, ::1, localhost: this machine only."""
    if not host:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="regdesk serve", description="医师电子化注册 · 桌面服务器")
    parser.add_argument("--db", metavar="URL", default=os.environ.get("REGDESK_DB_URL"),
                        help="数据库地址，如 postgresql+psycopg://regdesk@dbhost:5432/regdesk"
                        "（默认 $REGDESK_DB_URL）；"
                        "密码请放在 ~/.pgpass 或 $PGPASSWORD，不要写进地址")
    parser.add_argument("--host", default="127.0.0.1", help="监听地址（默认 127.0.0.1）")
    parser.add_argument("--port", type=int, default=8443, help="端口（默认 8443）")
    parser.add_argument("--workers", type=int, default=1,
                        help="工作进程数（默认 1；多个进程共用一个 PostgreSQL）")
    parser.add_argument("--certfile", help="TLS 证书文件（PEM，含中间证书）")
    parser.add_argument("--keyfile", help="TLS 私钥文件（PEM）")
    parser.add_argument("--register-rate", type=int, default=DEFAULT_REGISTER_RATE,
                        help=f"公众查询每个地址每分钟最多请求数（默认 {DEFAULT_REGISTER_RATE}）")
    parser.add_argument("--signin-failures", type=int, default=DEFAULT_SIGNIN_FAILURES,
                        help="每个地址每分钟最多登录失败次数，超过后该地址一分钟内不能登录"
                        f"（默认 {DEFAULT_SIGNIN_FAILURES}，每个工作进程分别计数）")
    parser.add_argument("--forwarded-allow-ips", default="127.0.0.1",
                        help="信任其 X-Forwarded-For 的反向代理地址（默认 127.0.0.1）")
    parser.add_argument("--access-log", action="store_true",
                        help="记录访问日志（默认关闭：查询参数可能含姓名）")
    parser.add_argument("--upgrade-only", action="store_true",
                        help="只升级数据库结构（以数据库属主角色运行）后退出，不启动服务器")
    parser.add_argument("--log-level", default="info", choices=["debug", "info", "warning", "error"])
    return parser.parse_args(argv)


def check(args: argparse.Namespace) -> str | None:
    """Why these options cannot run (a message for the operator), or None."""
    if not args.db:
        return "请用 --db 指定数据库地址（或设置 REGDESK_DB_URL）"
    if args.db.lower().startswith(("http://", "https://")):
        return "--db 应为数据库地址（postgresql+psycopg://… 或 sqlite:///…），不能是另一个桌面服务器"
    if bool(args.certfile) != bool(args.keyfile):
        return "--certfile 与 --keyfile 必须同时给出"
    for path in (args.certfile, args.keyfile):
        if path and not os.path.isfile(path):
            return f"找不到文件：{path}"
    if not args.certfile and not is_loopback(args.host) and not args.upgrade_only:
        return (f"拒绝以明文 HTTP 监听 {args.host}：会话令牌和个人信息会以明文经过网络。"
                "请用 --certfile/--keyfile 启用 TLS，或只监听本机（--host 127.0.0.1，由反向代理提供 HTTPS）")
    if args.workers < 1:
        return "--workers 至少为 1"
    if args.workers > 1 and args.db.startswith("sqlite"):
        log.warning("SQLite 上多个工作进程会互相等待写锁；省级部署请用 PostgreSQL")
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the server until stopped; returns the exit code."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=args.log_level.upper(),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    problem = check(args)
    if problem:
        print(f"regdesk serve: {problem}", file=sys.stderr)
        return 2
    try:
        import uvicorn

        from app.server.app import ENV_DB_URL, ENV_REGISTER_RATE, ENV_SIGNIN_FAILURES
    except ImportError as exc:
        print(f"regdesk serve: 缺少服务器组件（{exc.name}）。请运行：pip install \"regdesk[server]\"",
              file=sys.stderr)
        return 2
    from app.config import describe
    from app.services import open_desk

    try:  # migrate once, before any worker starts, and say clearly when the database cannot be opened
        open_desk(args.db).close()
    except Exception as exc:  # noqa: BLE001 - an operator's message, not a traceback
        print(f"regdesk serve: 无法打开数据库 {describe(args.db)}：{type(exc).__name__}: {exc}",
              file=sys.stderr)
        return 1
    if args.upgrade_only:
        print(f"regdesk serve: 数据库 {describe(args.db)} 已是最新结构")
        return 0
    os.environ[ENV_DB_URL] = args.db
    os.environ[ENV_REGISTER_RATE] = str(args.register_rate)
    os.environ[ENV_SIGNIN_FAILURES] = str(args.signin_failures)
    scheme = "https" if args.certfile else "http"
    log.info("桌面服务器：%s://%s:%s（数据库 %s，%s 个工作进程）", scheme, args.host, args.port,
             describe(args.db), args.workers)
    uvicorn.run(
        "app.server.app:create_app",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        ssl_certfile=args.certfile,
        ssl_keyfile=args.keyfile,
        proxy_headers=True,
        forwarded_allow_ips=args.forwarded_allow_ips,
        access_log=args.access_log,
        log_level=args.log_level,
        server_header=False,
        timeout_graceful_shutdown=5,
    )
    return 0
