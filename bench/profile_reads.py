"""CPU per call of the read benchmarks (issue 19 part 2): ``python -m bench.profile_reads --db URL [-n 500]``.

Runs each read of ``bench run`` (the queue pages, the roster pages, the searches) exactly as ``bench run``
calls it, but measures what does not depend on the machine's load: the CPU time per call
(``time.process_time`` over ``n`` calls after warm-up), the Python function calls per call (cProfile's
count, deterministic) and the statements per call (``before_cursor_execute``) — for the service call and
for the raw SQL beside it. ``--only queue`` keeps the benchmarks whose name contains the word;
``--top 25`` prints the profile's top entries by own time for each.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import time
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import event

from bench.run import Bench, Row, options


def _cpu_per_call(fn: Callable[[Any], Any], args: Sequence[Any], n: int) -> float:
    t0 = time.process_time()
    for i in range(n):
        fn(args[i % len(args)])
    return (time.process_time() - t0) / n * 1000.0


def _calls_per_call(fn: Callable[[Any], Any], args: Sequence[Any], n: int) -> tuple[float, cProfile.Profile]:
    prof = cProfile.Profile(time.process_time)
    prof.enable()
    for i in range(n):
        fn(args[i % len(args)])
    prof.disable()
    stats = pstats.Stats(prof)
    return stats.total_calls / n, prof  # type: ignore[attr-defined]


class ProfileBench(Bench):
    """Bench whose read benchmarks measure CPU and calls instead of wall time."""

    def __init__(self, url: str, args: Any, n: int, only: str | None, top: int) -> None:
        super().__init__(url, args)
        self.n = n
        self.only = only
        self.top = top
        self.results: list[tuple[str, float, float, float, float, float, float]] = []
        self._statements = 0
        event.listen(self.engine, "before_cursor_execute", self._count)

    def _count(self, *_a: Any) -> None:
        self._statements += 1

    def read_bench(  # type: ignore[override]
        self,
        name: str,
        limit_ms: float,
        target: str,
        service: Callable[[Any], Any],
        s_args: Sequence[Any],
        raw: Callable[[Any], Any] | None,
        r_args: Sequence[Any],
    ) -> Row:
        row = Row(name, self.label)
        if self.only and self.only not in name:
            return row
        n = self.n
        for i in range(20):
            service(s_args[i % len(s_args)])
            if raw is not None:
                raw(r_args[i % len(r_args)])
        s0 = self._statements
        s_cpu = _cpu_per_call(service, s_args, n)
        s_stmts = (self._statements - s0) / n
        s_calls, prof = _calls_per_call(service, s_args, n)
        r_cpu = r_calls = r_stmts = float("nan")
        if raw is not None:
            s0 = self._statements
            r_cpu = _cpu_per_call(raw, r_args, n)
            r_stmts = (self._statements - s0) / n
            r_calls, _ = _calls_per_call(raw, r_args, n)
        self.results.append((name, s_cpu, s_calls, s_stmts, r_cpu, r_calls, r_stmts))
        print(f"{self.label:10} {name[:52]:52} service {s_cpu:6.2f} ms CPU {s_calls:7.0f} calls "
              f"{s_stmts:4.1f} stmts | raw {r_cpu:5.2f} ms CPU {r_calls:6.0f} calls {r_stmts:3.1f} stmts",
              flush=True)
        if self.top:
            out = io.StringIO()
            pstats.Stats(prof, stream=out).strip_dirs().sort_stats("tottime").print_stats(self.top)
            print(out.getvalue())
        return row


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True, action="append")
    ap.add_argument("-n", type=int, default=500)
    ap.add_argument("--only", default=None)
    ap.add_argument("--top", type=int, default=0)
    ap.add_argument("--no-roster", action="store_true")
    args = ap.parse_args()
    for url in args.db:
        bench = ProfileBench(url, options(quiet=True), args.n, args.only, args.top)
        try:
            bench.queue()
            if not args.no_roster:
                bench.roster()
            bench.search()
        finally:
            bench.close()


if __name__ == "__main__":
    main()
