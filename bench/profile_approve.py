"""cProfile of the approval path (issue 19 part 1): ``python -m bench.profile_approve --db URL [-n 300]``.

Adds ``n`` confirmed cases (bench.generate.add_approvable_cases), signs in as the bench commission, warms up
with 20 approvals, then approves the rest one after another under cProfile and prints the statements per
approval (SQLAlchemy before_cursor_execute on the desk's engine), the CPU time per approval and the top
entries by own time and by cumulative time. Wall time is not the figure (the machine is shared); the
profile's call counts and the CPU seconds per approval are.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import time
from typing import Any

from sqlalchemy import event

from bench.generate import add_approvable_cases
from bench.run import BENCH_PASSWORD, COMMISSION_USER


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("-n", type=int, default=300)
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args()
    from app.services import open_desk

    desk = open_desk(args.db, workstation="bench-profile")
    try:
        actor = desk.auth.login(COMMISSION_USER, BENCH_PASSWORD)
        pool = add_approvable_cases(desk.db, args.n + 20, seed=int(time.time()))
        for cid, version in pool[:20]:
            desk.cases.approve(actor, cid, version)
        rest = pool[20:]
        statements = [0]

        def count(*_a: Any) -> None:
            statements[0] += 1

        event.listen(desk.db.engine, "before_cursor_execute", count)
        # CPU time: waiting for the database or for a core does not count
        prof = cProfile.Profile(time.process_time)
        cpu0 = time.process_time()
        prof.enable()
        for cid, version in rest:
            desk.cases.approve(actor, cid, version)
        prof.disable()
        cpu = time.process_time() - cpu0
        event.remove(desk.db.engine, "before_cursor_execute", count)
        print(f"{len(rest)} approvals; statements per approval {statements[0] / len(rest):.1f} "
              "(before_cursor_execute, without BEGIN/COMMIT); "
              f"CPU {cpu / len(rest) * 1000:.2f} ms per approval (under cProfile)")
        for key in ("tottime", "cumulative"):
            out = io.StringIO()
            pstats.Stats(prof, stream=out).strip_dirs().sort_stats(key).print_stats(args.top)
            print(out.getvalue())
        cpu0 = time.process_time()
        pool2 = add_approvable_cases(desk.db, args.n, seed=int(time.time()) + 1)
        cpu0 = time.process_time()
        for cid, version in pool2:
            desk.cases.approve(actor, cid, version)
        per = (time.process_time() - cpu0) / len(pool2) * 1000
        print(f"without the profiler: CPU {per:.2f} ms per approval")
    finally:
        desk.close()


if __name__ == "__main__":
    main()
