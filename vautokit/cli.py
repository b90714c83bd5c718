"""The `vautokit` command: setup-browser, sandbox, browsers, demo, run, sweep, report."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import threading
from pathlib import Path

from . import __version__
from .errors import VautokitError

DEFAULT_OUT = Path(".vautokit")
DEFAULT_JOURNAL = DEFAULT_OUT / "journal.sqlite"


def _cmd_setup_browser(args: argparse.Namespace) -> int:
    from .browser import ensure_browser

    choice = ensure_browser(args.browser)
    print(f"Chromium: {choice.executable or 'Playwright default'} ({choice.source})")
    return 0


def _cmd_sandbox(args: argparse.Namespace) -> int:
    from .sandbox import Sandbox

    site = Sandbox(args.vehicles, profile=args.profile, seed=args.seed, port=args.port,
                   two_factor=not args.no_2fa, time_scale=args.time_scale)
    with site:
        print(f"vAuto sandbox ({args.profile}) at {site.url}")
        print(f"  sign in as {site.account.username} / {site.account.password}")
        print(f"  2FA codes arrive at {site.url}/sms/inbox?user={site.account.username}")
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
    """What `--site` names: an embedded sandbox, a running one (`--base-url`), or a profile.

    A running sandbox is reached like real vAuto: credentials from VAUTO_USERNAME and
    VAUTO_PASSWORD, the 2FA code from its SMS inbox.
    """
    from .sandbox import Sandbox
    from .site import SiteProfile

    if args.site == "sandbox" and not args.base_url:
        return Sandbox(args.vehicles, profile=args.profile, seed=args.seed,
                       time_scale=args.time_scale).start()
    return SiteProfile.load(args.site, base_url=args.base_url)


def _login_options(args: argparse.Namespace, site) -> dict:
    """For a running sandbox: credentials from the environment, codes from its inbox."""
    from .auth import Credentials, SandboxInbox

    if args.site != "sandbox" or not args.base_url:
        return {}
    creds = Credentials.resolve(interactive=False)
    return {"credentials": creds,
            "two_factor": SandboxInbox(site.url("sms_inbox", username=creds.username))}


def _config(args: argparse.Namespace):
    from .config import ParallelConfig

    overrides = {"max_concurrency": args.concurrency} if args.concurrency else {}
    if args.endpoint:
        overrides["endpoints"] = tuple(args.endpoint)
    return ParallelConfig.load(args.config, **overrides)


def _print_summary(label: str, result) -> None:
    print(f"\n{label}: {result!r}")
    print(result.report().summary.to_string())


async def _run(args: argparse.Namespace) -> int:
    from ._automation import Automation
    from .processing import RunJournal
    from .report import Report

    site = _site(args)
    extra = _login_options(args, site)
    journal = RunJournal(args.journal)
    try:
        async with Automation(site, config=_config(args), **extra) as va:
            if args.resume:
                links, run_id = [], args.resume
            else:
                links = await va.vehicles(saved_filter=None if args.all else "Recent Inventory",
                                          limit=args.limit)
                run_id = args.run_id or journal.new_run_id()
            print(f"run {run_id} (journal {journal.path})", flush=True)
            result = await va.process(links, sequential=args.sequential, dry_run=args.dry_run,
                                      mode=args.mode, progress=args.progress, journal=journal,
                                      run_id=run_id)
            _print_summary("run", result)
            path = Report("vautokit run", {"run": result}, browser_version=va.browser_version,
                          secrets=va.secret_values()).to_html(args.report)
    finally:
        journal.close()
        if hasattr(site, "stop"):
            site.stop()
    print(f"\nreport: {path.resolve()}")
    return 0 if result.succeeded or not result.records else 1


def _report(args: argparse.Namespace) -> int:
    from .processing import RunJournal, RunResult
    from .report import Report

    journal = RunJournal(args.journal)
    try:
        runs = journal.runs()
        if not runs:
            raise VautokitError(f"the journal {journal.path} holds no runs yet")
        run_ids = args.runs or [runs[-1][0]]
        results = {run_id: RunResult.load(run_id, journal) for run_id in run_ids}
    finally:
        journal.close()
    path = Report(args.title, results).to_html(args.output)
    for run_id, result in results.items():
        _print_summary(run_id, result)
    print(f"\nreport: {path.resolve()}")
    return 0


async def _sweep(args: argparse.Namespace) -> int:
    from .report import Report
    from .sandbox import Sandbox
    from .tuning import sweep

    levels = [int(x) for x in args.levels.split(",")]
    with Sandbox(args.vehicles, profile=args.profile, seed=args.seed,
                 time_scale=args.time_scale) as site:
        result = await sweep(site, levels, vehicles=args.sample, repeats=args.repeats,
                             config=_config(args), max_error_rate=args.max_error_rate,
                             max_memory_mb=args.max_memory_mb, progress=args.progress)
    print(result.summary.round(3).to_string(index=False))
    print(f"\nrecommendation: {result.recommendation}")
    path = Report("vautokit concurrency sweep", sweep=result).to_html(args.report)
    result.runs.to_csv(path.with_suffix(".csv"), index=False)
    print(f"report: {path.resolve()}")
    return 0


async def _demo(args: argparse.Namespace) -> int:
    """Sandbox, sequential baseline on a sample, a short sweep, the full parallel run, report."""
    from ._automation import Automation
    from .config import ParallelConfig
    from .report import Report
    from .sandbox import Sandbox
    from .tuning import sweep

    with Sandbox(args.vehicles, profile="realistic", seed=args.seed,
                 time_scale=args.time_scale) as site:
        print(f"sandbox: {site.url} (realistic profile, time_scale {args.time_scale:g})")
        tuning = await sweep(site, (2, 3, 4), vehicles=args.sample, progress="none")
        print(tuning.summary[["mode", "workers", "wall_seconds", "throughput_per_min",
                              "speedup", "error_rate"]].round(2).to_string(index=False))
        print(f"recommendation: {tuning.recommendation}")
        baseline = tuning.results[0]
        workers = tuning.recommendation.workers
        same_sample = next((r for r in tuning.results[1:] if r.workers == workers), None)
        site.reset()
        config = ParallelConfig(max_concurrency=workers)
        async with Automation(site, config=config) as va:
            links = await va.vehicles()
            print(f"\nprocessing {len(links)} recent vehicles with {workers} workers")
            result = await va.process(links, progress=args.progress)
            compared = {"sequential (sample)": baseline}
            if same_sample is not None:
                compared[f"parallel x{workers} (sample)"] = same_sample
            compared["all recent vehicles"] = result
            report = Report("vautokit demo", compared, sweep=tuning,
                            browser_version=va.browser_version, secrets=va.secret_values())
        print("\n" + result.report(baseline).summary.round(3).to_string())
        print("\n" + result.outcome_table().to_string(index=False))
        path = report.to_html(args.report)
    print(f"\nreport: {path.resolve()}")
    return 0


def _add_site_options(p: argparse.ArgumentParser, *, vehicles: int, profile: str,
                      time_scale: float) -> None:
    p.add_argument("--vehicles", type=int, default=vehicles, help="sandbox inventory size")
    p.add_argument("--profile", default=profile, choices=["fast", "realistic", "chaos"])
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--time-scale", type=float, default=time_scale,
                   help="multiplies the sandbox's latencies (1.0: as vAuto users report)")


def _add_run_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", help="TOML file with [parallel] settings")
    p.add_argument("--concurrency", type=int, help="workers (overrides config)")
    p.add_argument("--progress", default="auto", choices=["auto", "widgets", "text", "none"])
    p.add_argument("--endpoint", action="append", metavar="URL[#CAPACITY]",
                   help="a browser for workers: CDP http://host:9222 or Playwright ws://...; "
                        "repeat for more (default: the local browser)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="vautokit", description=__doc__)
    parser.add_argument("--version", action="version", version=f"vautokit {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("setup-browser", help="find or install a Chromium")
    p.add_argument("--browser", help="explicit Chromium executable")
    p.set_defaults(func=_cmd_setup_browser)

    p = sub.add_parser("sandbox", help="serve the vAuto sandbox until Ctrl-C")
    _add_site_options(p, vehicles=100, profile="fast", time_scale=1.0)
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--no-2fa", action="store_true")
    p.set_defaults(func=_cmd_sandbox)

    p = sub.add_parser("browsers", help="serve N local Chromium CDP endpoints until Ctrl-C")
    p.add_argument("--count", type=int, default=2)
    p.add_argument("--capacity", type=int, help="contexts each endpoint takes (#N suffix)")
    p.add_argument("--browser", help="explicit Chromium executable")
    p.set_defaults(func=_cmd_browsers)

    p = sub.add_parser("demo", help="the main job on the sandbox, with a report")
    _add_site_options(p, vehicles=40, profile="realistic", time_scale=0.25)
    p.add_argument("--sample", type=int, default=6, help="vehicles per tuning run")
    p.add_argument("--report", default=str(DEFAULT_OUT / "demo-report.html"))
    p.add_argument("--progress", default="text", choices=["text", "none"])
    p.set_defaults(func=lambda a: asyncio.run(_demo(a)))

    p = sub.add_parser("run", help="process vehicles on a site")
    p.add_argument("--site", default="sandbox",
                   help="'sandbox' (embedded), 'vauto', or a site profile TOML path")
    _add_site_options(p, vehicles=40, profile="realistic", time_scale=0.05)
    _add_run_options(p)
    p.add_argument("--limit", type=int, help="at most this many vehicles")
    p.add_argument("--all", action="store_true", help="whole inventory, not Recent Inventory")
    p.add_argument("--sequential", action="store_true")
    p.add_argument("--dry-run", action="store_true", help="compute changes, save nothing")
    p.add_argument("--mode", default="check-only", choices=["check-only", "sync"])
    p.add_argument("--report", default=str(DEFAULT_OUT / "run-report.html"))
    p.add_argument("--base-url", help="a running sandbox or your vAuto host")
    p.add_argument("--journal", default=str(DEFAULT_JOURNAL), help="run journal (SQLite)")
    p.add_argument("--run-id", help="name for a new run (default: time-based)")
    p.add_argument("--resume", metavar="RUN_ID", help="resume an unfinished run")
    p.set_defaults(func=lambda a: asyncio.run(_run(a)))

    p = sub.add_parser("report", help="HTML report of journalled runs")
    p.add_argument("runs", nargs="*", help="run ids (default: the latest run)")
    p.add_argument("--journal", default=str(DEFAULT_JOURNAL))
    p.add_argument("--title", default="vautokit runs")
    p.add_argument("-o", "--output", default=str(DEFAULT_OUT / "journal-report.html"))
    p.set_defaults(func=_report)

    p = sub.add_parser("sweep", help="tune concurrency on the sandbox")
    _add_site_options(p, vehicles=40, profile="realistic", time_scale=0.05)
    _add_run_options(p)
    p.add_argument("--levels", default="1,2,3,4", help="comma-separated worker counts")
    p.add_argument("--sample", type=int, default=12)
    p.add_argument("--repeats", type=int, default=1)
    p.add_argument("--max-error-rate", type=float, default=0.05)
    p.add_argument("--max-memory-mb", type=float)
    p.add_argument("--report", default=str(DEFAULT_OUT / "sweep-report.html"))
    p.set_defaults(func=lambda a: asyncio.run(_sweep(a)))
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    level = [logging.WARNING, logging.INFO, logging.DEBUG][min(args.verbose, 2)]
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    try:
        return args.func(args)
    except VautokitError as exc:
        print(f"vautokit: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("vautokit: interrupted", file=sys.stderr)
        return 130
