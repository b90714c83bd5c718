"""The `vautokit` command: setup-browser, sandbox, browsers, demo, run, job, schedule, sweep,
report, history, mapping review."""

from __future__ import annotations

import argparse
import asyncio
import logging
import math
import os
import signal
import sys
import threading
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

from . import __version__
from .errors import VautokitError
from .jobs import DEFAULT_JOURNAL, DEFAULT_OUT, DEFAULT_REPORT

if TYPE_CHECKING:
    from .auth import CodeProvider
    from .config import ParallelConfig
    from .jobs import DemoOutcome, JobOutcome, JobSpec
    from .processing import RunJournal
    from .tuning import SweepResult

T = TypeVar("T")
ENV_WEBHOOK_SECRET = "VAUTOKIT_SMS_SECRET"
EXIT_STATUSES = """exit status:
  0  all done: every vehicle updated, unchanged or reported (invalid VIN, no sticker...)
  1  the run finished, but some vehicles failed (the report says why)
  2  bad input, refused in one line before anything signed in
  3  stopped by the site or a limit (sign-in refused, no 2FA code, sustained 429s, the
     error threshold, a journal that could not be written: disk full, file size limit,
     locked); what was done is kept: resume it
  4  busy: another live run holds the account's (or the run's) lease
  130  interrupted (Ctrl-C); resume it with --resume RUN_ID"""


def _cmd_setup_browser(args: argparse.Namespace) -> int:
    from .browser import ensure_browser

    choice = ensure_browser(args.browser, headless=not args.headed)
    print(choice.describe())
    return 0


def _cmd_sandbox(args: argparse.Namespace) -> int:
    from .sandbox import Sandbox

    site = Sandbox(args.vehicles, profile=args.profile, seed=args.seed, port=args.port,
                   two_factor=not args.no_2fa, time_scale=args.time_scale)
    with site:
        print(f"vAuto sandbox ({args.profile}) at {site.url}")
        print(f"  sign in as {site.account.username} / {site.account.password}")
        print(f"  2FA codes arrive at {site.url}/sms/inbox?user={site.account.username}"
              f"&token={site.inbox_token}")
        print(f"  for `vautokit run --base-url {site.url}`: "
              f"export VAUTOKIT_INBOX_TOKEN={site.inbox_token}")
        _serve_until_interrupted()
    return 0


def _serve_until_interrupted() -> None:
    """Block the command (its servers run in other threads or processes) until Ctrl-C."""
    print("Ctrl-C to stop.", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        print("stopped")


def _cmd_browsers(args: argparse.Namespace) -> int:
    from .browser import BrowserLauncher, LocalEndpoints

    served = LocalEndpoints(args.count, BrowserLauncher(executable=args.browser),
                            capacity=args.capacity)
    with served as endpoints:
        for endpoint in endpoints:
            print(f"Chromium DevTools endpoint: {endpoint}")
        joined = ",".join(str(e) for e in endpoints)
        print(f"\nUse them:  VAUTOKIT_ENDPOINTS={joined} vautokit run ...")
        print(f"      or:  vautokit run {' '.join(f'--endpoint {e}' for e in endpoints)}")
        _serve_until_interrupted()
    return 0


def _site(args: argparse.Namespace):
    """What `--site` names: an embedded sandbox (not started yet: the job starts it once the
    input is checked), or a profile name or path, reached at `--base-url` when given (a
    running sandbox is reached like real vAuto: credentials from VAUTO_USERNAME and
    VAUTO_PASSWORD, the 2FA code from its SMS inbox with VAUTOKIT_INBOX_TOKEN)."""
    from .sandbox import Sandbox

    if args.site == "sandbox" and not args.base_url:
        return Sandbox(args.vehicles, profile=args.profile, seed=args.seed,
                       time_scale=args.time_scale, drift=getattr(args, "drift", None) or ())
    return args.site


def _code_provider(args: argparse.Namespace) -> CodeProvider | None:
    """Where 2FA codes come from without a person, when the command line says so: a command
    that prints the code, or a webhook an SMS gateway posts the text to (its shared secret
    from the environment, never the command line)."""
    from .auth import CommandCode
    from .groups import WebhookSource

    if args.code_command and args.code_webhook is not None:
        raise VautokitError("--code-command and --code-webhook are two sources of 2FA codes: "
                            "give one of them")
    if args.code_command:
        return CommandCode(args.code_command)
    if args.code_webhook is not None:
        return WebhookSource(args.code_webhook, ENV_WEBHOOK_SECRET).provider()
    return None


def default_max_concurrency() -> int:
    """The most workers `--concurrency auto` may use: this machine's bound from its cores and
    memory, the same one an automatic sweep doubles up to, so adapting can reach the knee."""
    from .tuning import machine_worker_limit

    return machine_worker_limit()


def _config(args: argparse.Namespace):
    """The run's settings: the config file, the environment, then the command line."""
    from .config import ParallelConfig

    overrides: dict[str, Any] = {}
    if args.concurrency == "auto":
        overrides["adaptive"] = True
        overrides["max_concurrency"] = args.max_concurrency or default_max_concurrency()
    elif args.concurrency is not None:
        if args.max_concurrency is not None:
            raise VautokitError(
                f"--max-concurrency {args.max_concurrency} caps --concurrency auto; with a "
                f"fixed --concurrency {args.concurrency} leave --max-concurrency out")
        overrides["adaptive"] = False
        overrides["max_concurrency"] = args.concurrency
    elif args.max_concurrency is not None:
        overrides["max_concurrency"] = args.max_concurrency
    if args.max_pause is not None:
        overrides["max_pause"] = args.max_pause
    if args.trace is not None:
        overrides["trace"] = args.trace
    if args.no_screenshots:
        overrides["screenshots"] = False
    if args.endpoint:
        overrides["endpoints"] = tuple(args.endpoint)
    return ParallelConfig.load(args.config, **overrides)


def _journal_to_read(path: Path) -> RunJournal:
    """An existing run journal, read as it is; reading never creates or changes one."""
    from .processing import RunJournal

    return RunJournal(path, writable=False)


def _print_summary(label: str, result) -> None:
    print(f"\n{label}: {result!r}")
    print(result.report().summary.to_string())


def _run_spec(args: argparse.Namespace) -> JobSpec:
    """The job `vautokit run` describes; its settings checked, nothing started."""
    from .jobs import JobSpec

    if args.resume and (args.run_id or args.limit is not None or args.all):
        raise VautokitError(f"--resume {args.resume} continues a run with its own vehicles:"
                            " leave out --run-id, --limit and --all")
    return JobSpec(
        site=_site(args), base_url=args.base_url, journal=Path(args.journal),
        run_id=args.resume or args.run_id, resume=bool(args.resume), report=Path(args.report),
        export=Path(args.export) if args.export else None, config=_config(args),
        mode=args.mode, saved_filter=None if args.all else "Recent Inventory", limit=args.limit,
        sequential=args.sequential, dry_run=args.dry_run, progress=args.progress,
        interactive=sys.stdin.isatty(), code_provider=_code_provider(args),
        on_run=_announce_run)


def _announce_run(run_id: str | None, journal: Path | None, vehicles: int) -> None:
    print(f"run {run_id} (journal {journal})", flush=True)


def _run(args: argparse.Namespace) -> int:
    from .jobs import execute_job

    return _shown(_interruptible(execute_job(_run_spec(args))), args)


def _shown(outcome: JobOutcome, args: argparse.Namespace) -> int:
    """Print what a job did: each run's summary, where the report went, and the one line
    that explains a refusal or a stop; the exit status says how it ended."""
    if outcome.error is not None and args.verbose >= 2:
        raise outcome.error
    for result in outcome.resumed:
        _print_summary(f"resumed run {result.run_id}", result)
    if outcome.result is not None:
        _print_summary("run", outcome.result)
    if outcome.report_path is not None:
        print(f"\nreport: {outcome.report_path.resolve()}")
    if outcome.exported:
        folder = next(iter(outcome.exported.values())).parent
        print(f"tables: {len(outcome.exported)} CSV files in {folder.resolve()}")
    if outcome.message:
        print(f"vautokit: {outcome.message}", file=sys.stderr)
    return int(outcome.exit_status)


def _interruptible(job: Coroutine[Any, Any, T]) -> T:
    """Run ``job`` on a fresh event loop. The first Ctrl-C cancels it (in-flight vehicles
    get their grace, the journal stays resumable); a second one quits at once, quietly:
    cancelling the clean-up itself would only print the browser driver's tracebacks. The
    run then shows as abandoned and resumes like a killed one."""
    with asyncio.Runner() as runner:
        task = runner.get_loop().create_task(job)
        presses = 0

        def on_interrupt(signum: int, frame: object) -> None:
            nonlocal presses
            presses += 1
            if presses > 1:
                print("vautokit: interrupted", file=sys.stderr, flush=True)
                os._exit(130)
            print("vautokit: stopping: vehicles in flight finish first; Ctrl-C again to quit "
                  "at once", file=sys.stderr, flush=True)
            runner.get_loop().call_soon_threadsafe(task.cancel)

        previous = signal.signal(signal.SIGINT, on_interrupt)
        try:
            return runner.run(_awaited(task))
        except asyncio.CancelledError:
            raise KeyboardInterrupt from None
        finally:
            signal.signal(signal.SIGINT, previous)


async def _awaited(task: asyncio.Task[T]) -> T:
    return await task


def _job(args: argparse.Namespace) -> int:
    """A job file's rooftops, unattended: one line per rooftop, its failures, the exit status
    of the worst."""
    from .jobs import execute_job_file

    outcome = _interruptible(execute_job_file(args.config, rooftop=args.rooftop,
                                              side_by_side=args.side_by_side))
    for s in outcome.summaries:
        counts = ", ".join(f"{k}={v}" for k, v in sorted(s.outcomes.items())) or "no vehicles"
        where = f", report {s.report_path}" if s.report_path else ""
        print(f"{s.label}: run {s.run_id or '-'} {s.status} ({counts}){where}")
        for vehicle, reason in s.failures:
            print(f"  {vehicle}: {reason}")
    for line in outcome.notified:
        print(f"notification: {line}")
    return int(outcome.exit_status)


def _schedule_add(args: argparse.Namespace) -> int:
    from .jobs import schedule_job_file

    installed = schedule_job_file(args.config, at=args.at, tz=args.tz, name=args.name,
                                  env_file=args.env_file)
    print(f"schedule {installed.name}: {', '.join(installed.times)} {installed.tz} "
          f"({installed.backend}: {installed.location})")
    return 0


def _schedule_list(args: argparse.Namespace) -> int:
    from .schedule import list_schedules

    schedules = list_schedules()
    if not schedules:
        print("no schedules installed; add one with `vautokit schedule add`")
    for item in schedules:
        print(f"{item.name}: {', '.join(item.times)} {item.tz} ({item.backend}: "
              f"{item.location}) -> {' '.join(item.command)}")
    return 0


def _schedule_remove(args: argparse.Namespace) -> int:
    from .schedule import remove_schedule

    remove_schedule(args.name)
    print(f"schedule {args.name} removed")
    return 0


def _report(args: argparse.Namespace) -> int:
    from .jobs import report_journal

    done = report_journal(args.journal, args.runs, args.output, export=args.export,
                          title=args.title)
    for run_id, result in done.results.items():
        _print_summary(run_id, result)
    print(f"\nreport: {done.report_path.resolve()}")
    if done.exported:
        print(f"tables: {len(done.exported)} CSV files in {Path(args.export).resolve()}")
    return 0


def _history(args: argparse.Namespace) -> int:
    """Every run of the journal, one line each; reading never creates or changes a journal."""
    journal = _journal_to_read(Path(args.journal))
    try:
        history = journal.history()
    finally:
        journal.close()
    if history.empty:
        print(f"the journal {args.journal} holds no runs yet; start one with `vautokit run`")
    else:
        print(history.to_string(index=False))
    return 0


def _mapping_review(args: argparse.Namespace) -> int:
    """The terminal review prints what it saved and where; the command succeeds either way."""
    from .notebook import review_in_terminal

    review_in_terminal(args.journal, args.synonyms)
    return 0


def _sweep_levels(args: argparse.Namespace) -> list[int] | None:
    """The levels to measure; None lets the sweep choose them, up to ``--max-workers``."""
    if args.levels and args.max_workers is not None:
        raise VautokitError(f"--max-workers {args.max_workers} caps the levels a sweep "
                            f"chooses; with --levels {','.join(map(str, args.levels))} leave "
                            "--max-workers out")
    return args.levels or None


def _sweep_options(args: argparse.Namespace, config: ParallelConfig) -> dict[str, Any]:
    """What the command line asks of :func:`vautokit.tuning.sweep`, besides site and levels;
    a sweep reports each level as a line of text, or nothing."""
    return {"vehicles": args.sample, "repeats": args.repeats, "per_worker": args.per_worker,
            "max_workers": args.max_workers, "config": config,
            "max_error_rate": args.max_error_rate, "max_memory_mb": args.max_memory_mb,
            "progress": "none" if args.progress == "none" else "text"}


async def _sweep(args: argparse.Namespace) -> int:
    from .jobs import execute_sweep

    done = await execute_sweep(
        _site(args), _sweep_levels(args), report=Path(args.report),
        base_url=args.base_url, code_provider=_code_provider(args),
        interactive=sys.stdin.isatty(), **_sweep_options(args, _config(args)))
    print(done.result.summary.round(3).to_string(index=False))
    print(f"\nrecommendation: {done.result.recommendation}")
    print(f"report: {done.report_path.resolve()}")
    return 0


async def _doctor(args: argparse.Namespace) -> int:
    """The site's profile checked key by key, read-only; exit 0 when a run can go, else 3."""
    from .jobs import ExitStatus, execute_doctor

    done = await execute_doctor(_site(args), report=args.report and Path(args.report),
                                accept=args.accept, base_url=args.base_url,
                                code_provider=_code_provider(args),
                                interactive=sys.stdin.isatty())
    print(done.report.table())
    if done.report_path:
        print(f"doctor report: {done.report_path.resolve()}")
    if done.accepted:
        print(f"accepted {', '.join(done.report.proposals)} into {done.accepted}: "
              "run the doctor again to see them healthy")
    elif args.accept:
        print("nothing to accept: no failing key has a proposal")
    return 0 if done.report.ok else int(ExitStatus.STOPPED)


async def _demo(args: argparse.Namespace) -> int:
    """Sandbox, an automatic sweep, the full job with adaptive workers, the two compared, report."""
    from .jobs import execute_demo

    done = await execute_demo(vehicles=args.vehicles, seed=args.seed,
                              time_scale=args.time_scale, report=Path(args.report),
                              progress=args.progress,
                              on_sweep=lambda url, tuning: _print_sweep(args, url, tuning),
                              on_run=_announce_demo_run)
    if done.job.result is None:
        print(f"vautokit: {done.job.message}", file=sys.stderr)
        return int(done.exit_status)
    _print_adaptation(done)
    print("\n" + done.job.result.report(done.tuning.results[0]).summary.round(3).to_string())
    print("\n" + done.job.result.outcome_table().to_string(index=False))
    print(f"\nreport: {done.job.report_path.resolve()}")
    return int(done.exit_status)


def _print_sweep(args: argparse.Namespace, url: str, tuning: SweepResult) -> None:
    print(f"sandbox: {url} (realistic profile, time_scale {args.time_scale:g})")
    print(tuning.summary[["mode", "workers", "wall_seconds", "throughput_per_min",
                          "speedup", "error_rate"]].round(2).to_string(index=False))
    print(f"recommendation: {tuning.recommendation}")


def _announce_demo_run(vehicles: int, config: ParallelConfig, tuning: SweepResult) -> None:
    print(f"\nprocessing {vehicles} recent vehicles with adaptive workers (up to "
          f"{config.max_concurrency}; the sweep recommends {tuning.recommendation.workers})",
          flush=True)


def _print_adaptation(done: DemoOutcome) -> None:
    """How the adaptive run changed its workers, and its pace against the sweep's best level."""
    result, best = done.job.result, done.best_level
    print("\nconcurrency changes:")
    for limit, detail in done.concurrency_changes():
        print(f"  {limit:>2} workers  {detail}")
    pace = done.adaptive_per_min
    print(f"adaptive: {len(result.records)} vehicles in {result.wall_seconds:.1f} s "
          f"({'-' if pace is None else f'{pace:.1f}'} vehicles/min)")
    if best is not None and done.seconds_at_best_pace is not None:
        print(f"sweep's best level, {best.workers} workers: {len(best.records)} vehicles in "
              f"{best.wall_seconds:.1f} s ({done.tuning.recommendation.throughput_per_min:.1f}"
              f" vehicles/min steady); {len(result.records)} vehicles at that pace: "
              f"{done.seconds_at_best_pace:.1f} s")


class _Parser(argparse.ArgumentParser):
    """A usage mistake as one line that names the help to read; exit status 2 as argparse."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see `{self.prog} --help`)\n")


def _number(text: str, kind: type[int] | type[float], fits: Callable[[float], bool],
            wanted: str) -> Any:
    """``text`` as a finite ``kind`` that ``fits``; otherwise an error naming what to use."""
    noun = "a whole number" if kind is int else "a number"
    try:
        value = kind(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not {noun}: use {wanted}") from None
    if not (math.isfinite(value) and fits(value)):
        raise argparse.ArgumentTypeError(f"{text!r} is not allowed: use {wanted}")
    return value


def _count(text: str) -> int:
    return _number(text, int, lambda v: v >= 1, "a whole number of 1 or more, e.g. 4")


def _drift_kinds(text: str) -> list[str]:
    from .sandbox._drift import DRIFTS

    kinds = [k.strip() for k in text.split(",") if k.strip()]
    unknown = [k for k in kinds if k not in DRIFTS]
    if unknown or not kinds:
        raise argparse.ArgumentTypeError(f"{text!r}: use drift kinds from {', '.join(DRIFTS)}")
    return kinds


def _sandbox_vehicles(text: str) -> int:
    from .config import MAX_SANDBOX_VEHICLES

    return _number(text, int, lambda v: 1 <= v <= MAX_SANDBOX_VEHICLES,
                   f"a whole number from 1 to {MAX_SANDBOX_VEHICLES}")


def _port(text: str) -> int:
    return _number(text, int, lambda v: 0 <= v <= 65535,
                   "a port from 1 to 65535, or 0 for any free port")


def _non_negative(text: str) -> float:
    return _number(text, float, lambda v: v >= 0, "a number of 0 or more, e.g. 0.5")


def _positive(text: str) -> float:
    return _number(text, float, lambda v: v > 0, "a number above 0, e.g. 500")


def _fraction(text: str) -> float:
    return _number(text, float, lambda v: 0 <= v <= 1, "a fraction from 0 to 1, e.g. 0.05")


def _concurrency(text: str) -> int | str:
    if text.strip().lower() == "auto":
        return "auto"
    return _number(text, int, lambda v: v >= 1,
                   "a whole number of 1 or more, e.g. 4, or auto to adapt to the site")


def _times(text: str) -> list[str]:
    """Comma-separated times of day, e.g. ``07:00,14:00`` (checked by the schedule)."""
    return [part.strip() for part in text.split(",")]


def _worker_counts(text: str) -> list[int]:
    """Comma-separated worker counts for a sweep, e.g. ``1,2,4``."""
    counts = []
    for part in text.split(","):
        try:
            counts.append(_count(part))
        except argparse.ArgumentTypeError:
            raise argparse.ArgumentTypeError(
                f"{part.strip()!r} in {text!r} is not allowed: use comma-separated whole "
                "numbers of 1 or more, e.g. 1,2,4") from None
    return counts


def _add_site_options(p: argparse.ArgumentParser, *, vehicles: int, profile: str,
                      time_scale: float) -> None:
    p.add_argument("--vehicles", type=_sandbox_vehicles, default=vehicles,
                   help="sandbox inventory size (at most 10 000)")
    p.add_argument("--profile", default=profile, choices=["fast", "realistic", "chaos"])
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--time-scale", type=_non_negative, default=time_scale,
                   help="multiplies the sandbox's latencies (1.0: as vAuto users report)")


def _add_run_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", help="TOML file with [parallel] settings")
    p.add_argument("--concurrency", type=_concurrency, metavar="N|auto",
                   help="workers (overrides config); auto: adapt to the site, up to "
                        "--max-concurrency")
    p.add_argument("--max-concurrency", type=_count, metavar="N",
                   help="most workers for --concurrency auto (default: this machine's "
                        "bound from its cores and memory)")
    p.add_argument("--max-pause", type=_non_negative, metavar="SECONDS",
                   help="longest Retry-After pause to wait out; a longer one stops the run")
    p.add_argument("--trace", choices=["off", "failures", "all"],
                   help="Playwright trace per vehicle, kept for failures or all (default: off, "
                        "or the config file's); traces hold cookies")
    p.add_argument("--no-screenshots", action="store_true",
                   help="no screenshot of a failed vehicle's page")
    p.add_argument("--progress", default="auto", choices=["auto", "widgets", "text", "none"])
    p.add_argument("--endpoint", action="append", metavar="URL[#CAPACITY]",
                   help="a browser for workers: CDP http://host:9222 or Playwright ws://...; "
                        "repeat for more (default: the local browser)")
    p.add_argument("--code-command", metavar="COMMAND",
                   help="2FA without a person: a command whose output holds the 6-digit code "
                        "(it learns the account from VAUTOKIT_CODE_USERNAME)")
    p.add_argument("--code-webhook", type=_port, metavar="PORT",
                   help="2FA without a person: listen on PORT for the SMS gateway's POST of "
                        f"the text (shared secret from {ENV_WEBHOOK_SECRET})")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="vautokit", description=__doc__, epilog=EXIT_STATUSES,
                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"vautokit {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("setup-browser", help="find or install a Chromium")
    p.add_argument("--browser", help="explicit Chromium executable")
    p.add_argument("--headed", action="store_true",
                   help="make sure of a full Chromium that can show windows, not only the "
                        "headless shell")
    p.set_defaults(func=_cmd_setup_browser)

    p = sub.add_parser("sandbox", help="serve the vAuto sandbox until Ctrl-C")
    _add_site_options(p, vehicles=100, profile="fast", time_scale=1.0)
    p.add_argument("--port", type=_port, default=0)
    p.add_argument("--no-2fa", action="store_true")
    p.set_defaults(func=_cmd_sandbox)

    p = sub.add_parser("browsers", help="serve N local Chromium CDP endpoints until Ctrl-C")
    p.add_argument("--count", type=_count, default=2)
    p.add_argument("--capacity", type=_count, help="contexts each endpoint takes (#N suffix)")
    p.add_argument("--browser", help="explicit Chromium executable")
    p.set_defaults(func=_cmd_browsers)

    p = sub.add_parser("demo", help="the main job on the sandbox, with a report")
    _add_site_options(p, vehicles=40, profile="realistic", time_scale=0.25)
    p.add_argument("--report", default=str(DEFAULT_OUT / "demo-report.html"))
    p.add_argument("--progress", default="text", choices=["text", "none"])
    p.set_defaults(func=lambda a: _interruptible(_demo(a)))

    p = sub.add_parser("run", help="process vehicles on a site", epilog=EXIT_STATUSES,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--site", default="sandbox",
                   help="'sandbox' (embedded), 'vauto', or a site profile TOML path")
    _add_site_options(p, vehicles=40, profile="realistic", time_scale=0.05)
    _add_run_options(p)
    p.add_argument("--limit", type=_count, help="at most this many vehicles")
    p.add_argument("--all", action="store_true", help="whole inventory, not Recent Inventory")
    p.add_argument("--sequential", action="store_true")
    p.add_argument("--dry-run", action="store_true", help="compute changes, save nothing")
    p.add_argument("--mode", default="check-only", choices=["check-only", "sync"])
    p.add_argument("--report", default=str(DEFAULT_REPORT))
    p.add_argument("--export", metavar="DIR", help="also write the report's tables as CSV here")
    p.add_argument("--base-url", help="a running sandbox or your vAuto host")
    p.add_argument("--journal", default=str(DEFAULT_JOURNAL), help="run journal (SQLite)")
    p.add_argument("--run-id", help="name for a new run (default: time-based)")
    p.add_argument("--resume", metavar="RUN_ID", help="resume an unfinished run")
    p.set_defaults(func=_run)

    p = sub.add_parser("job", help="run a job file's rooftops unattended (what schedules run)",
                       epilog=EXIT_STATUSES + "\n  (a job file's status: its worst rooftop's)",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--config", required=True, metavar="FILE",
                   help="job file (TOML): [[rooftop]] tables, [notify], [schedule]")
    p.add_argument("--rooftop", metavar="NAME", help="run only this rooftop of the file")
    p.add_argument("--side-by-side", action="store_true",
                   help="run the rooftops at the same time, not one after another")
    p.set_defaults(func=_job)

    p = sub.add_parser("schedule", help="run a job file at set times (systemd timer or cron)")
    actions = p.add_subparsers(dest="action", metavar="{add,list,remove}", required=True)
    p = actions.add_parser("add", help="install a schedule that runs `vautokit job`")
    p.add_argument("--config", required=True, metavar="FILE", help="the job file to run")
    p.add_argument("--at", type=_times, metavar="HH:MM[,HH:MM]",
                   help="times of day, e.g. 07:00,14:00 (default: the file's [schedule])")
    p.add_argument("--tz", metavar="ZONE",
                   help="IANA time zone, e.g. America/Chicago (default: the file's)")
    p.add_argument("--name", help="schedule name (default: the job file's name)")
    p.add_argument("--env-file", metavar="FILE",
                   help="NAME=value lines the job reads: credentials and secrets (chmod 600)")
    p.set_defaults(func=_schedule_add)
    p = actions.add_parser("list", help="the installed schedules")
    p.set_defaults(func=_schedule_list)
    p = actions.add_parser("remove", help="remove a schedule by name")
    p.add_argument("name")
    p.set_defaults(func=_schedule_remove)

    p = sub.add_parser("report", help="HTML report of journalled runs")
    p.add_argument("runs", nargs="*", help="run ids (default: the latest run)")
    p.add_argument("--journal", default=str(DEFAULT_JOURNAL))
    p.add_argument("--title", default="vautokit runs")
    p.add_argument("-o", "--output", default=str(DEFAULT_OUT / "journal-report.html"))
    p.add_argument("--export", metavar="DIR", help="also write the report's tables as CSV here")
    p.set_defaults(func=_report)

    p = sub.add_parser("history", help="one line per journalled run: outcomes, throughput")
    p.add_argument("--journal", default=str(DEFAULT_JOURNAL))
    p.set_defaults(func=_history)

    p = sub.add_parser("mapping", help="teach the sticker mapping the phrases it missed")
    actions = p.add_subparsers(dest="action", metavar="{review}", required=True)
    p = actions.add_parser("review", help="decide, phrase by phrase, what earlier runs missed")
    p.add_argument("--journal", default=str(DEFAULT_JOURNAL), help="run journal to learn from")
    p.add_argument("--synonyms", help="your synonyms file (default: the user's, which every "
                                      "mapping merges over the built-in table)")
    p.set_defaults(func=_mapping_review)

    p = sub.add_parser("sweep", help="tune concurrency on the sandbox or, as dry runs, a site")
    p.add_argument("--site", default="sandbox",
                   help="'sandbox' (embedded), 'vauto', or a site profile TOML path; a real "
                        "site is swept with dry runs that save nothing")
    p.add_argument("--base-url", help="a running sandbox or your vAuto host")
    _add_site_options(p, vehicles=40, profile="realistic", time_scale=0.05)
    _add_run_options(p)
    p.add_argument("--levels", type=_worker_counts,
                   help="comma-separated worker counts (default: doubled from 1 until "
                        "throughput falls, then refined around the best)")
    p.add_argument("--max-workers", type=_count, metavar="N",
                   help="highest level the sweep chooses (default: this machine's bound)")
    p.add_argument("--per-worker", type=_count, default=4,
                   help="vehicles per worker at each level")
    p.add_argument("--sample", type=_count, default=12,
                   help="at least this many vehicles per level")
    p.add_argument("--repeats", type=_count, default=1)
    p.add_argument("--max-error-rate", type=_fraction, default=0.05)
    p.add_argument("--max-memory-mb", type=_positive)
    p.add_argument("--report", default=str(DEFAULT_OUT / "sweep-report.html"))
    p.set_defaults(func=lambda a: _interruptible(_sweep(a)))

    p = sub.add_parser("doctor", help="check the site profile key by key, read-only",
                       epilog=EXIT_STATUSES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--site", default="sandbox",
                   help="'sandbox' (embedded), 'vauto', or a site profile TOML path")
    p.add_argument("--base-url", help="a running sandbox or your vAuto host")
    _add_site_options(p, vehicles=12, profile="fast", time_scale=0.05)
    p.add_argument("--drift", type=_drift_kinds, metavar="KIND[,KIND]",
                   help="the embedded sandbox changes under its profile (try "
                        "rename,columns,other_tab,interstitial,move_save,reword)")
    p.add_argument("--code-command", metavar="COMMAND", help="2FA from a command's output")
    p.add_argument("--code-webhook", type=_port, metavar="PORT",
                   help=f"2FA from an SMS gateway's POST (secret from {ENV_WEBHOOK_SECRET})")
    p.add_argument("--accept", action="store_true",
                   help="write the proposals of failing keys to .vautokit/profiles/<site>.toml")
    p.add_argument("--report", metavar="PATH", help="also write the HTML doctor report")
    p.set_defaults(func=lambda a: _interruptible(_doctor(a)))
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    level = [logging.WARNING, logging.INFO, logging.DEBUG][min(args.verbose, 2)]
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    try:
        return args.func(args)
    except VautokitError as exc:
        if args.verbose >= 2:
            raise
        print(f"vautokit: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("vautokit: interrupted", file=sys.stderr)
        return 130
