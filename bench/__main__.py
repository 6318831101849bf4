"""Command line: ``python -m bench generate …`` fills a database; ``python -m bench run …`` measures it;
``python -m bench soak …`` runs mixed work under kills and dropped connections, then checks the invariants;
``python -m bench exports …`` measures the exports (bench/exports.py); ``python -m bench live …`` measures
live sync between two processes' windows (bench/live.py)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys


def main(argv: list[str] | None = None) -> int:
    given = sys.argv[1:] if argv is None else argv
    if given[:1] == ["exports"]:
        from bench.exports import main as exports_main

        return exports_main(list(given[1:]))
    if given[:1] == ["live"]:
        from bench.live import main as live_main

        return live_main(list(given[1:]))
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    gen = sub.add_parser("generate", help="fill an empty database with a realistic register")
    gen.add_argument("--db", required=True, help="database URL (PostgreSQL databases are created if missing)")
    gen.add_argument("--physicians", type=int, default=100_000)
    gen.add_argument("--cases", type=int, default=None, help="default: one case per five physicians")
    gen.add_argument("--nurses", type=int, default=None, help="default: half the physicians")
    gen.add_argument("--seed", type=int, default=20261126)
    gen.add_argument("--today", type=dt.date.fromisoformat, default=None, help="China date to build around")
    gen.add_argument(
        "--drop-indexes",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="PostgreSQL: drop secondary indexes during the load and rebuild them "
        "(default: on from 200,000 physicians)",
    )
    gen.add_argument("--quiet", action="store_true", help="no progress bar")

    run = sub.add_parser("run", help="benchmark the hot service calls against raw SQL")
    run.add_argument(
        "--db",
        action="append",
        default=None,
        help="database URL of a generated database (repeat for SQLite and PostgreSQL)",
    )
    run.add_argument(
        "--size",
        type=int,
        default=None,
        help="physicians in the database: without --db it picks /tmp/regdesk_bench_<size>.db and "
        "regdesk_bench_<size> on the local PostgreSQL; it titles the record",
    )
    run.add_argument("--pg-only", action="store_true")
    run.add_argument("--sqlite-only", action="store_true")
    run.add_argument("--record", action="store_true", help="append the table to docs/benchmarks.md")
    run.add_argument("--repeat", type=int, default=200, help="calls per read benchmark")
    run.add_argument("--approvals", type=int, default=3000, help="approvals in the concurrent run")
    run.add_argument("--clients", type=int, default=8)
    run.add_argument("--pgbench-seconds", type=int, default=10)
    run.add_argument("--no-pgbench", action="store_true")
    run.add_argument(
        "--processes",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="also run the approvals from separate client processes (default: on)",
    )
    run.add_argument("--explain", action="store_true", help="print (and with --record, store) the plans")
    run.add_argument("--server", action="store_true",
                     help="PostgreSQL: also run queue, search, approvals (client processes) and the feed "
                     "through "
                     "a desk server (regdesk serve subprocess) on the same database")
    run.add_argument("--server-workers", type=int, default=2, help="uvicorn workers of that server")
    run.add_argument("--quiet", action="store_true")

    soak = sub.add_parser("soak", help="mixed work from client processes under SIGKILLs and dropped "
                          "connections, then every invariant checked")
    from bench.soak import add_arguments

    add_arguments(soak)

    args = parser.parse_args(argv)
    if args.command == "soak":
        from bench.soak import main as soak_main

        return soak_main(args)
    if args.command == "generate":
        from bench.generate import generate

        cases = args.cases if args.cases is not None else args.physicians // 5
        summary = generate(
            args.db,
            args.physicians,
            cases,
            nurses=args.nurses,
            seed=args.seed,
            today=args.today,
            progress=not args.quiet,
            drop_indexes=args.drop_indexes,
        )
        print(f"generated {args.db.split('@')[-1]}")
        print("\n".join(summary.lines()))
        return 0
    from bench.run import main as run_main

    return run_main(args)


if __name__ == "__main__":
    sys.exit(main())
