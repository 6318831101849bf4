"""Start-up benchmark: process start to login window, as a user starts it (``python -m bench.startup``).

Each run starts the app as its own process in ``--smoke`` mode (offscreen, a fresh SQLite file made once
and then reused, so later runs open a database that is already at the newest migration, as an office PC
does every morning) and measures, from the moment the process is started:

- wall: until the smoke line "login window shown" is printed (the number the target is about);
- cpu: user + system CPU time of the whole process (start, login window, exit): the figure that does not
  depend on how busy the machine is;
- rss: the process's peak resident memory.

The machine's load average is printed beside them: on a busy machine the wall time is mostly waiting.

``python -m bench.startup --window`` measures a role window instead, in this process: on the demo database
the counter clerk's commission window is built and shown; it reports how long the GUI thread was blocked
building it, the longest stall of the event loop in the 3 seconds after (while its lists load in worker
threads), and the resident memory then.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SMOKE_OK = "REGDESK SMOKE OK"


def one_run(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """(wall seconds to the login window, CPU seconds of the process, peak RSS in MB)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    assert process.stdout is not None
    shown = None
    for line in process.stdout:
        if line.startswith(SMOKE_OK) and shown is None:
            shown = time.perf_counter() - started
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0 or shown is None:
        raise RuntimeError(f"the app did not reach the login window (exit {process.returncode})")
    return shown, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def measure_window(username: str = "gdclerk", password: str = "Demo#2026clerk", *,
                   prewarm: bool = True, db: str | None = None, profile: int = 0) -> None:
    """Build the role window of a demo login (or of ``username`` on the database ``db``, e.g. the
    benchmark's 1,000,000 physicians) on the GUI thread and watch the event loop."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from app.services import open_desk
    from app.views import worker
    from app.views.main_window import window_for
    from app.views.theme import apply_theme

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    apply_theme(app)
    with tempfile.TemporaryDirectory(prefix="regdesk-window-") as tmp:
        os.environ["REGDESK_DATA_DIR"] = str(Path(tmp) / "data")
        # settings of its own, empty: a first start (no remembered column widths, so every list fits its
        # columns, the costlier case), and no run leaves widths behind for the next one to reuse
        from PySide6.QtCore import QSettings

        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(Path(tmp) / "settings"))
        app.setOrganizationName("regdesk")
        app.setApplicationName("regdesk")
        url = db or f"sqlite:///{Path(tmp) / 'demo.db'}"
        if db is None:
            fill = ("import sys; from app.services import open_desk; "
                    "from app.services.demo import load_demo; "
                    "d = open_desk(sys.argv[1]); load_demo(d); d.close()")
            subprocess.run([sys.executable, "-c", fill, url], cwd=ROOT, check=True, capture_output=True)
        desk = open_desk(url)  # this process has only opened the database, as a user's has
        actor = desk.auth.login(username, password)
        if prewarm:  # what main.py does while the login dialog waits for the user
            from main import prewarm_windows

            prewarm_windows()
        clock = QElapsedTimer()
        clock.start()
        built: dict[str, Any] = {}
        # a heartbeat every 10 ms on the GUI thread: the gap between two beats is how long the event loop
        # was held (wall), and the GUI thread's own CPU time over that gap (what does not depend on load)
        ticks: list[tuple[int, float]] = [(clock.elapsed(), time.thread_time())]

        # --profile: one cProfile per gap (swapped at each beat), so each gap's own calls can be printed
        profiles: list[Any] = []

        def next_profile() -> None:
            import cProfile

            if profiles:
                profiles[-1].disable()
            profiler = cProfile.Profile(time.thread_time)
            profiles.append(profiler)  # profiles[i]: the gap from beat i to beat i + 1
            profiler.enable()

        def tick() -> None:
            ticks.append((clock.elapsed(), time.thread_time()))
            if profile and clock.elapsed() < 1500:
                next_profile()
            elif profiles:
                profiles[-1].disable()

        def build() -> None:
            started, cpu = clock.elapsed(), time.thread_time()
            window = window_for(desk, actor)
            window.show()
            built.update(window=window, wall=clock.elapsed() - started, cpu=(time.thread_time() - cpu) * 1000,
                         at=started)

        beat = QTimer()
        beat.setInterval(10)
        beat.timeout.connect(tick)
        beat.start()
        QTimer.singleShot(0, build)
        if profile:
            next_profile()
        end = clock.elapsed() + 3000
        while clock.elapsed() < end:
            app.processEvents()
            time.sleep(0.001)
        beat.stop()
        rss = _rss_mb()
        window = built["window"]
        gaps = [(b[0] - a[0], (b[1] - a[1]) * 1000, a[0]) for a, b in zip(ticks, ticks[1:], strict=False)]
        during = [g for g in gaps if g[2] + g[0] >= built["at"] and g[2] <= built["at"] + 1000]
        longest = max(during, default=(0, 0.0, 0))
        longest_cpu = max((g[1] for g in during), default=0.0)
        after = max((g[0] for g in gaps if g[2] > built["at"] + 1000), default=0)
        print(f"{type(window).__name__} for {username}: the build's first step held the GUI thread "
              f"{built['wall']} ms ({built['cpu']:.0f} ms CPU); longest event-loop gap in the second it is "
              f"built {longest[0]} ms ({longest[1]:.0f} ms CPU), longest CPU in one gap "
              f"{longest_cpu:.0f} ms; "
              f"longest gap in the 2 s after {after} ms; RSS {rss:.0f} MB "
              f"(pypinyin loaded: {'pypinyin' in sys.modules}); load average {os.getloadavg()[0]:.2f}",
              flush=True)
        top = sorted(during, key=lambda g: -g[1])[:4]
        print("  the gaps with the most GUI-thread CPU while it is built: " + "; ".join(
            f"at +{g[2] - built['at']} ms: {g[0]} ms ({g[1]:.0f} ms CPU)" for g in top), flush=True)
        if profile:
            import pstats

            profiled = [(gaps[i][1], gaps[i][2], profiles[i]) for i in range(min(len(gaps), len(profiles)))]
            for cpu_ms, at, profiler in sorted(profiled, key=lambda t: -t[0])[:profile]:
                print(f"\n=== the gap at +{at - built['at']} ms: {cpu_ms:.0f} ms GUI-thread CPU "
                      f"(cProfile's own cost included) ===", flush=True)
                pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(40)
        window.close()
        worker.wait_idle()
        desk.close()


def _rss_mb() -> float:
    """The resident memory of this process now (Linux), else its peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.startup", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--program", default=None,
                        help="the program to start (default: this Python with main.py), "
                        "e.g. dist/regdesk/regdesk")
    parser.add_argument("--window", action="store_true",
                        help="measure building the commission window on the demo database instead")
    parser.add_argument("--cold", action="store_true",
                        help="with --window: without importing the window modules first (as main.py does "
                        "while the login dialog is shown)")
    parser.add_argument("--db", default=None,
                        help="with --window: this database instead of a fresh demo (e.g. the benchmark's "
                        "postgresql+psycopg://postgres@127.0.0.1/regdesk_bench_1m)")
    parser.add_argument("--login", default=None, metavar="USER:PASSWORD",
                        help="with --window: who signs in (default: the demo's counter clerk; on a benchmark "
                        "database bench_gd:Bench#2026pass, the provincial commission)")
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="with --window: cProfile each turn of the GUI thread's event loop in the first "
                        "1.5 s and print the N turns with the most GUI-thread CPU")
    args = parser.parse_args(argv)
    if args.window:
        login = args.login or ("bench_gd:Bench#2026pass" if args.db else "gdclerk:Demo#2026clerk")
        username, _, password = login.partition(":")
        measure_window(username, password, prewarm=not args.cold, db=args.db, profile=args.profile)
        return 0
    command = [args.program] if args.program else [sys.executable, str(ROOT / "main.py")]
    with tempfile.TemporaryDirectory(prefix="regdesk-startup-") as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REGDESK_DATA_DIR=str(Path(tmp) / "data"),
                   PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
        command += ["--smoke", "--db", f"sqlite:///{Path(tmp) / 'office.db'}"]
        one_run(command, env)  # the first start builds the database; not counted
        results = []
        for _ in range(args.runs):
            load = os.getloadavg()[0]
            wall, cpu, rss = one_run(command, env)
            results.append((wall, cpu, rss, load))
            print(f"wall {wall:5.2f} s   cpu {cpu:5.2f} s   peak rss {rss:5.0f} MB   load {load:5.2f}",
                  flush=True)
    walls, cpus, rsss, loads = zip(*results, strict=True)
    print(f"median of {args.runs}: wall {statistics.median(walls):.2f} s (best {min(walls):.2f}), "
          f"cpu {statistics.median(cpus):.2f} s, peak rss {statistics.median(rsss):.0f} MB, "
          f"load average {statistics.median(loads):.2f}; {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
