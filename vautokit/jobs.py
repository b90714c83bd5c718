"""The one job path: settings, site access, journal, lease, run or resume, redacted report,
notification and exit status, for the CLI, notebooks, the demo and schedules alike.

Modelled on papermill's ``execute_notebook``: a caller describes the job (:class:`JobSpec`),
:func:`execute_job` does all of it in one order and answers with a :class:`JobOutcome` whose
``exit_status`` says how it ended. Nothing here prints: the CLI prints, a notebook shows.

The order matters for unattended runs: everything that can be refused as bad input (output
paths, journal, run id, site and credentials) is checked before a sandbox starts or anything
signs in, so a refusal loses nothing; the account's lease is taken next, so a second run of
one account (or a resume of a run another process holds) is refused with who holds it; an
unattended job then resumes the run that account's dead process left behind, before its own.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Mapping
from contextlib import AsyncExitStack, ExitStack
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from ._asyncutil import run_sync
from ._names import check_run_id
from .config import ParallelConfig
from .errors import LeaseHeldError, OutputPathError, VautokitError
from .groups import Rooftop, load_group_file, run_group
from .model import EventKind, Outcome
from .notify import ExitStatus, NotifySettings, RunSummary, notify
from .processing import DEFAULT_JOURNAL, RunJournal
from .processing._journal import ABANDONED
from .processing._lease import Lease, account_key, check_run_free
from .report import Redactor

if TYPE_CHECKING:  # the engine, reports and sandbox are imported where a job uses them
    from .auth import CodeProvider, Credentials
    from .browser import BrowserLauncher
    from .processing import RunResult
    from .report import Report
    from .sandbox import Sandbox
    from .sandbox._access import SiteAccess
    from .schedule import Schedule
    from .site import DoctorReport, SiteProfile
    from .tuning import SweepResult
    from .vehicles import Mode

log = logging.getLogger(__name__)

DEFAULT_OUT = DEFAULT_JOURNAL.parent
DEFAULT_REPORT = DEFAULT_OUT / "run-report.html"


@dataclass(frozen=True)
class JobSpec:
    """Everything one job needs; every field but ``site`` has a default.

    ``site``: a site profile name (``"vauto"``, a TOML path) with ``base_url``, a
    :class:`SiteProfile`, or a :class:`Sandbox` (started here when it is not running, and
    stopped after). ``journal=None`` runs without a journal (and so without a lease);
    ``report=None`` writes no report. ``resume=True`` resumes ``run_id``;
    ``resume_abandoned=True`` (unattended jobs) first resumes the run this account's dead
    process left behind. ``interactive`` allows prompts for credentials and 2FA codes.
    ``on_run(run_id, journal_path, vehicles)`` is told the run once its vehicles are chosen
    (the CLI prints it). ``report_runs`` and ``sweep`` go into the report before this run
    (labelled ``run_label``): the demo compares its run with the sweep's.
    """

    site: str | SiteProfile | Sandbox = "vauto"
    journal: Path | None = DEFAULT_JOURNAL
    run_id: str | None = None
    resume: bool = False
    report: Path | None = DEFAULT_REPORT
    export: Path | None = None
    config: ParallelConfig = field(default_factory=ParallelConfig)
    mode: Mode = "check-only"
    code_provider: CodeProvider | None = None
    credentials: Credentials | None = None
    notify: NotifySettings | None = None
    label: str | None = None
    base_url: str | None = None
    saved_filter: str | None = "Recent Inventory"
    limit: int | None = None
    sequential: bool = False
    dry_run: bool = False
    progress: str = "none"
    interactive: bool = False
    resume_abandoned: bool = False
    title: str = "vautokit run"
    launcher: BrowserLauncher | None = None
    synonyms: Path | None = None
    on_run: Callable[[str | None, Path | None, int], None] | None = None
    report_runs: Mapping[str, RunResult] = field(default_factory=dict)
    sweep: SweepResult | None = None
    run_label: str = "run"


@dataclass
class JobOutcome:
    """How a job ended. ``message`` is the one line a refusal or a stop is explained by;
    ``error`` the exception behind a refusal (``-vv`` shows its traceback)."""

    run_id: str | None
    status: str
    exit_status: ExitStatus
    report_path: Path | None
    summary: RunSummary
    result: RunResult | None = None
    resumed: list[RunResult] = field(default_factory=list)
    exported: dict[str, Path] = field(default_factory=dict)
    message: str | None = None
    error: VautokitError | None = field(default=None, repr=False)
    notified: list[str] = field(default_factory=list)
    """One line per notification target: sent, or failed and why."""


async def execute_job(spec: JobSpec) -> JobOutcome:
    """Run the job ``spec`` describes; refusals and stops come back as an outcome, with the
    exit status that names them. Cancelling (Ctrl-C) interrupts the run, leaves it resumable,
    and propagates."""
    job = _Job(spec)
    try:
        outcome = await job.run()
    except VautokitError as exc:
        outcome = job.refused(exc)
    except OSError as exc:  # a disk that is full, a file size limit: a stop, not a crash
        outcome = job.refused(VautokitError(f"a write failed ({exc.strerror or exc}); "
                                            "free space or raise the limit, then resume"))
    log.info("job %s: %s (exit %d)", outcome.run_id, outcome.status, outcome.exit_status)
    if spec.notify is not None:
        outcome.notified = await notify(spec.notify, [outcome.summary], secrets=job.secrets)
    return outcome


def execute_job_sync(spec: JobSpec) -> JobOutcome:
    """Sync twin of :func:`execute_job` for scripts (also safe inside a running kernel)."""
    return run_sync(execute_job(spec))


async def arun_job(site: Sandbox | SiteProfile | str = "vauto", *, limit: int | None = None,
                   saved_filter: str | None = "Recent Inventory", sequential: bool = False,
                   two_factor: CodeProvider | None = None, **options: Any) -> RunResult:
    """Sign in, collect the filtered vehicles, process them; the whole job in one call,
    without journal or report (``options``: any :class:`JobSpec` field). A refusal or a
    stop before the run raises its error."""
    spec = JobSpec(site, journal=None, report=None, limit=limit, saved_filter=saved_filter,
                   sequential=sequential, code_provider=two_factor, interactive=True, **options)
    outcome = await execute_job(spec)
    if outcome.result is None:
        raise outcome.error or VautokitError(outcome.message or "the job did not run")
    return outcome.result


def run_job(site: Sandbox | SiteProfile | str = "vauto", **kwargs: Any) -> RunResult:
    """Sync twin of :func:`arun_job` for scripts (also safe inside a running kernel)."""
    return run_sync(arun_job(site, **kwargs))


@dataclass
class DemoOutcome:
    """What the demo did: the sweep, the adaptive job after it, and the figures that compare
    them (each from the one function that computes it)."""

    tuning: SweepResult
    job: JobOutcome
    config: ParallelConfig

    @property
    def exit_status(self) -> ExitStatus:
        return self.job.exit_status

    @property
    def best_level(self) -> RunResult | None:
        """The sweep's run at the recommended level, None when it recommends sequential."""
        return best_level_run(self.tuning)

    def concurrency_changes(self) -> list[tuple[int | None, str]]:
        """The adaptive run's worker limits as it changed them, with the tuner's reason."""
        result = self.job.result
        return [] if result is None else [(e.limit, e.detail) for e in result.events
                                          if e.kind is EventKind.CONCURRENCY]

    @property
    def adaptive_per_min(self) -> float | None:
        """The adaptive run's throughput: the figure its summary shows."""
        result = self.job.result
        return None if result is None else result.report().summary["throughput_per_min"]

    @property
    def seconds_at_best_pace(self) -> float | None:
        """How long the adaptive run's vehicles take at the sweep's steady best rate."""
        rate = self.tuning.recommendation.throughput_per_min
        if self.job.result is None or self.best_level is None or not rate:
            return None
        return len(self.job.result.records) / (rate / 60)


async def execute_demo(*, vehicles: int, seed: int, time_scale: float, report: Path,
                       progress: str = "text",
                       on_sweep: Callable[[str, SweepResult], None] | None = None,
                       on_run: Callable[[int, ParallelConfig, SweepResult], None] | None = None,
                       ) -> DemoOutcome:
    """The demo: a realistic sandbox, an automatic sweep, then the whole job with adaptive
    workers through :func:`execute_job`, the sweep's runs beside it in the report.
    ``on_sweep(url, tuning)`` is told the sweep's result, ``on_run(vehicles, config, tuning)``
    the job's size before it starts."""
    from .sandbox import Sandbox
    from .tuning import machine_worker_limit, sweep

    with Sandbox(vehicles, profile="realistic", seed=seed, time_scale=time_scale) as site:
        tuning = await sweep(site, progress="text")
        if on_sweep is not None:
            on_sweep(site.url, tuning)
        site.reset()
        config = ParallelConfig(adaptive=True, max_concurrency=machine_worker_limit())

        def announce(run_id: str | None, journal: Path | None, count: int) -> None:
            if on_run is not None:
                on_run(count, config, tuning)

        outcome = await execute_job(JobSpec(
            site, journal=None, report=report, config=config, progress=progress,
            title="vautokit demo", label="demo", on_run=announce, report_runs=demo_runs(tuning),
            sweep=tuning, run_label="adaptive, all recent vehicles"))
    return DemoOutcome(tuning, outcome, config)


def demo_runs(tuning: SweepResult) -> dict[str, RunResult]:
    """The sweep's sequential baseline and best level, shown before the adaptive run."""
    runs = {"sequential (sweep)": tuning.results[0]}
    best = best_level_run(tuning)
    if best is not None:
        runs[f"parallel x{best.workers} (sweep)"] = best
    return runs


def best_level_run(tuning: SweepResult) -> RunResult | None:
    """The sweep's run at the recommended level, None when it recommends sequential."""
    workers = tuning.recommendation.workers
    return next((r for r in tuning.results[1:] if r.workers == workers), None)


@dataclass
class SweepOutcome:
    """A sweep with where its report and its runs' CSV went."""

    result: SweepResult
    report_path: Path
    csv_path: Path


async def execute_sweep(site: str | Sandbox, levels: list[int] | None, *, report: Path,
                        config: ParallelConfig | None = None, base_url: str | None = None,
                        code_provider: CodeProvider | None = None, interactive: bool = False,
                        **options: Any) -> SweepOutcome:
    """Sweep ``levels`` (None: chosen by the sweep) and write the redacted report and CSV.
    A :class:`Sandbox` is swept on fresh state per level (started here, stopped after); any
    other site through one signed-in session, as dry runs. ``options`` go to the sweep."""
    from ._automation import Automation, resolve_access
    from .report import Report, write_csv
    from .sandbox import Sandbox
    from .tuning import sweep

    check_output_paths(report)
    secrets: list[str] = []
    if isinstance(site, Sandbox):
        with site:
            result = await sweep(site, levels, config=config, **options)
    else:
        access = resolve_access(site, base_url=base_url, code_provider=code_provider,
                                interactive=interactive)
        async with Automation(access, config=config or ParallelConfig()) as va:
            result = await sweep(va, levels, config=config, **options)
            secrets = va.secret_values()

    def write() -> Path:
        return Report("vautokit concurrency sweep", sweep=result, secrets=secrets).to_html(report)

    path = await asyncio.to_thread(write)
    csv_path = path.with_suffix(".csv")
    await asyncio.to_thread(write_csv, result.runs, csv_path)
    return SweepOutcome(result, path, csv_path)


@dataclass
class DoctorOutcome:
    """A doctor's walk, where its HTML report went, and the override file it accepted into."""

    report: DoctorReport
    report_path: Path | None
    accepted: Path | None


async def execute_doctor(site: str | Sandbox, *, report: Path | None = None,
                         accept: bool = False, config: ParallelConfig | None = None,
                         base_url: str | None = None,
                         code_provider: CodeProvider | None = None,
                         interactive: bool = False) -> DoctorOutcome:
    """Check every key of the site's profile, read-only (a :class:`Sandbox` is started here
    and stopped after); write the redacted HTML report when asked, and with ``accept``
    write the proposals for failing keys to the user's profile override."""
    from ._automation import Automation
    from .report import write_doctor_html
    from .site import doctor

    check_output_paths(report)
    async with AsyncExitStack() as stack:
        access = open_site_access(site, stack, base_url=base_url,
                                  code_provider=code_provider, interactive=interactive)
        va = await stack.enter_async_context(Automation(access,
                                                        config=config or ParallelConfig()))
        checked = await doctor(va)
    path = await asyncio.to_thread(write_doctor_html, checked, report) if report else None
    accepted = checked.accept() if accept and checked.proposals else None
    return DoctorOutcome(checked, path, accepted)


@dataclass
class JournalReport:
    """The journalled runs a report shows, and where it and its tables went."""

    results: dict[str, RunResult]
    report_path: Path
    exported: dict[str, Path]


def report_journal(journal: str | Path, run_ids: list[str], output: str | Path, *,
                   export: str | Path | None = None, title: str = "vautokit runs"
                   ) -> JournalReport:
    """The HTML report (and with ``export`` its tables as CSV) of ``run_ids`` in ``journal``,
    the latest run when none is named; reading never creates or changes the journal."""
    from .processing import RunResult
    from .report import Report

    check_output_paths(output, export)
    reader = RunJournal(Path(journal), writable=False)
    try:
        known = [run_id for run_id, *_ in reader.runs()]
        if not known:
            raise VautokitError(f"the journal {journal}: {known_runs(known)}")
        unknown = [run_id for run_id in run_ids if run_id not in known]
        if unknown:
            raise VautokitError(f"no run {unknown[0]!r} in the journal {journal}; "
                                f"{known_runs(known)}")
        results = {run_id: RunResult.load(run_id, reader) for run_id in run_ids or known[-1:]}
    finally:
        reader.close()
    path, exported = _write_report(Report(title, results, evidence_root=reader.path.parent),
                                   Path(output), Path(export) if export else None)
    return JournalReport(results, path, exported or {})


@dataclass
class GroupOutcome:
    """How a job file's rooftops went: a summary each (in the file's order), the exit status
    of the worst, and what the one combined notification did."""

    summaries: list[RunSummary]
    exit_status: ExitStatus
    notified: list[str] = field(default_factory=list)


async def execute_job_file(path: str | Path, *, rooftop: str | None = None,
                           side_by_side: bool = False) -> GroupOutcome:
    """Run a job file unattended (what a schedule starts): every rooftop of the dealer group,
    or only ``rooftop``, each through :func:`execute_job` with its own journal, lease and
    report, resuming its abandoned run first; then one notification for all of them."""
    group = load_group_file(path)
    rooftops = [r for r in group.rooftops if rooftop is None or r.name == rooftop]
    if not rooftops:
        raise VautokitError(f"--rooftop {rooftop!r} is not in {path}: use one of "
                            f"{', '.join(repr(r.name) for r in group.rooftops)}")
    summaries = await run_group(rooftops, run_rooftop, side_by_side=side_by_side)
    notified = await notify(group.notify, summaries) if group.notify else []
    worst = max(ExitStatus(s.exit_status) for s in summaries)
    return GroupOutcome(summaries, worst, notified)


def schedule_job_file(path: str | Path, *, at: list[str] | None = None, tz: str | None = None,
                      name: str | None = None, env_file: str | Path | None = None) -> Schedule:
    """Install a timer (or crontab entries) that runs ``vautokit job --config FILE`` with this
    Python; times and zone as given, else from the file's ``[schedule]``."""
    from .schedule import add_schedule

    config = Path(path).resolve()
    planned = load_group_file(config).schedule
    times = at or (planned.at if planned else None)
    zone = tz or (planned.tz if planned else None)
    if not times or not zone:
        raise VautokitError(f"schedule add needs times and a zone: give --at 07:00,14:00 and "
                            f"--tz America/Chicago, or a [schedule] in {config}")
    command = [sys.executable, "-m", "vautokit", "job", "--config", str(config)]
    return add_schedule(name or _schedule_name(config), times, zone, command,
                        env_file=Path(env_file) if env_file else None)


def _schedule_name(config: Path) -> str:
    """A schedule's default name: the job file's, as a plain name."""
    return "".join(c if c.isalnum() or c in "-_" else "-" for c in config.stem)[:64] or "job"


async def run_rooftop(rooftop: Rooftop) -> RunSummary:
    """One rooftop's unattended run, its times in the rooftop's zone; a rooftop that cannot
    even be described (its credential variables unset, say) is a refused job, and one whose
    run crashes is told without its password: neither stops the group."""
    try:
        spec = rooftop_spec(rooftop)
    except VautokitError as exc:
        return _in_zone(_Job(JobSpec(label=rooftop.name)).refused(exc).summary, rooftop.tz)
    try:
        summary = (await execute_job(spec)).summary
    except Exception as exc:
        secrets = [spec.credentials.password] if spec.credentials else []
        raise VautokitError(Redactor(secrets)(f"{type(exc).__name__}: {exc}")) from None
    return _in_zone(summary, rooftop.tz)


def _in_zone(summary: RunSummary, tz: str | None) -> RunSummary:
    """The summary's start time as the dealership's clock shows it (UTC without a zone)."""
    if tz is not None:
        summary.started_at = summary.started_at.astimezone(ZoneInfo(tz))
    return summary


def rooftop_spec(rooftop: Rooftop) -> JobSpec:
    """The job a rooftop of a job file describes: recent inventory, no prompts, its abandoned
    run resumed first, a report per run in its report folder (named by the run id)."""
    run_id = RunJournal.new_run_id()
    limits = {"max_concurrency": rooftop.max_concurrency} if rooftop.max_concurrency else {}
    return JobSpec(
        site=str(rooftop.profile) if rooftop.profile else rooftop.site, journal=rooftop.journal,
        run_id=run_id, report=rooftop.report_dir / f"{run_id}.html",
        config=ParallelConfig.load(None, **limits), credentials=rooftop.credentials(),
        code_provider=rooftop.code.provider() if rooftop.code else None, label=rooftop.name,
        resume_abandoned=True, interactive=False)


def exit_status_of(result: RunResult) -> ExitStatus:
    """Completed with no failed vehicle: OK; completed with some: VEHICLES_FAILED; stopped,
    crashed or interrupted without raising: STOPPED."""
    if result.status != "completed":
        return ExitStatus.STOPPED
    return ExitStatus.VEHICLES_FAILED if result.outcomes[Outcome.FAILED.value] else ExitStatus.OK


class _Job:
    """One execution of a spec, keeping what the refusal or the summary needs to know."""

    def __init__(self, spec: JobSpec) -> None:
        self.spec = spec
        self.started = datetime.now(UTC)
        self._clock = time.monotonic()  # the duration's clock: a wall-clock step cannot skew it
        self.signing_in = False
        self.begun: str | None = None  # the run handed to the processor last, once there is one
        self.run_id: str | None = spec.run_id
        self.secrets: list[str] = []

    async def run(self) -> JobOutcome:
        spec = self.spec
        check_output_paths(spec.report, spec.export)
        with ExitStack() as cleanup:
            journal = None
            if spec.journal is not None:
                journal = RunJournal(spec.journal)
                cleanup.callback(journal.close)
            self.run_id = _chosen_run_id(spec, journal)
            access = self._access(cleanup)
            self.secrets = list(access.secrets)
            abandoned = await self._lease(journal, access, cleanup)
            self.signing_in = True
            results, report = await self._process(access, journal, abandoned)
        return await self._finished(results, report)

    def _access(self, cleanup: ExitStack) -> SiteAccess:
        """Profile, credentials and code provider; a sandbox that is not running starts now
        (after every other input was checked) and stops with the job."""
        spec = self.spec
        return open_site_access(spec.site, cleanup, base_url=spec.base_url,
                                credentials=spec.credentials,
                                code_provider=spec.code_provider, interactive=spec.interactive)

    async def _lease(self, journal: RunJournal | None, access: SiteAccess,
                     cleanup: ExitStack) -> list[str]:
        """Take the account's lease; the abandoned runs of its dead holder, to resume first.
        In a thread: the journal's write lock may be waited for (rooftops side by side share
        the loop)."""
        if journal is None:
            return []
        lease = Lease(journal.path, self.run_id)
        cleanup.callback(lease.release)
        gone = await _finished_in_thread(lease.acquire, account_key(access.account),
                                         what=f"account {access.account}")
        if self.spec.resume:
            check_run_free(journal, self.run_id)
        if not self.spec.resume_abandoned:
            return []
        return [h.run_id for h in gone if h.run_id and h.run_id != self.run_id
                and journal.has_run(h.run_id) and journal.status(h.run_id) == ABANDONED]

    async def _process(self, access: SiteAccess, journal: RunJournal | None,
                       abandoned: list[str]) -> tuple[list[RunResult], Report | None]:
        """Sign in once; resume what was abandoned, then this job's own run."""
        from ._automation import Automation
        from .report import Report  # here: a run that writes no report never loads it

        spec = self.spec
        options = {"sequential": spec.sequential, "mode": spec.mode, "dry_run": spec.dry_run,
                   "progress": spec.progress, "journal": journal}
        results: list[RunResult] = []
        async with AsyncExitStack() as serving:
            if hasattr(access.code_provider, "__aenter__"):  # a webhook receiver listens now
                await serving.enter_async_context(access.code_provider)
            va = await serving.enter_async_context(Automation(
                access, config=spec.config, launcher=spec.launcher, synonyms=spec.synonyms))
            for run_id in abandoned:
                log.info("resuming run %s, abandoned by its process", run_id)
                self.begun = run_id
                results.append(await va.process([], run_id=run_id, **options))
                if results[-1].status != "completed":
                    break
            else:
                links = [] if spec.resume else await va.vehicles(
                    saved_filter=spec.saved_filter, limit=spec.limit)
                if spec.on_run is not None:
                    count = len(journal.links(self.run_id)) if spec.resume else len(links)
                    spec.on_run(self.run_id, journal.path if journal else None, count)
                self.begun = self.run_id
                results.append(await va.process(links, run_id=self.run_id, **options))
            self.secrets = va.secret_values()
            report = None if spec.report is None else Report(
                spec.title, {**spec.report_runs, **_report_runs(results, len(abandoned),
                                                                spec.run_label)},
                sweep=spec.sweep, browser_version=va.browser_version, secrets=self.secrets,
                **({"evidence_root": journal.path.parent} if journal else {}))
        return results, report

    async def _finished(self, results: list[RunResult], report: Report | None) -> JobOutcome:
        spec, main = self.spec, results[-1]
        self.run_id = main.run_id
        exit_status = max(exit_status_of(r) for r in results)
        report_path = exported = None
        if report is not None:  # charts and HTML take seconds: not on the loop
            report_path, exported = await asyncio.to_thread(_write_report, report, spec.report,
                                                            spec.export)
        summary = self._summary(results, main.status, exit_status, report_path)
        return JobOutcome(main.run_id, main.status, exit_status, report_path, summary,
                          result=main, resumed=results[:-1], exported=exported or {},
                          message=_stop_line(main))

    def refused(self, exc: VautokitError) -> JobOutcome:
        """A job that could not run (or ended before its run could): the reason, its status."""
        if isinstance(exc, LeaseHeldError):
            status, exit_status = "busy", ExitStatus.BUSY
        elif self.signing_in:
            status, exit_status = "stopped", ExitStatus.STOPPED
        else:
            status, exit_status = "refused", ExitStatus.BAD_INPUT
        message = Redactor(self.secrets)(str(exc))
        # The run to resume, when one was begun (or named to resume); else no run was created.
        self.run_id = self.begun or (self.run_id if self.spec.resume else None)
        summary = self._summary([], status, exit_status, None, reason=message)
        return JobOutcome(self.run_id, status, exit_status, None, summary, message=message,
                          error=exc)

    def _summary(self, results: list[RunResult], status: str, exit_status: ExitStatus,
                 report_path: Path | None, *, reason: str | None = None) -> RunSummary:
        redact = Redactor(self.secrets)
        outcomes: Counter[str] = Counter()
        failures: list[tuple[str, str]] = []
        phrases: set[str] = set()
        for result in results:
            outcomes.update(result.outcomes)
            failures += [(r.stock or r.vin, redact(r.error or r.error_kind or "failed"))
                         for r in result.records if r.outcome is Outcome.FAILED]
            phrases |= {p for r in result.records for p in (*r.unmatched, *r.review)}
        stop = _stop_line(results[-1]) if results else reason
        if stop:
            failures.insert(0, ("run", redact(stop)))
        return RunSummary(
            label=self.spec.label or _site_name(self.spec.site), run_id=self.run_id or "",
            status=status, exit_status=int(exit_status), outcomes=dict(outcomes),
            failures=failures, review_count=len(phrases),
            concurrency=_concurrency(results[-1]) if results else "none",
            report_path=report_path, started_at=self.started,
            duration_s=time.monotonic() - self._clock)


async def _finished_in_thread(call: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """``call`` in a thread; cancelled meanwhile, it still finishes before the cancellation
    goes on, so what it takes (a lease) exists when the clean-up gives it back."""
    done = asyncio.ensure_future(asyncio.to_thread(call, *args, **kwargs))
    try:
        return await asyncio.shield(done)
    except asyncio.CancelledError:
        await asyncio.wait([done])  # bounded: the lease waits BUSY_TIMEOUT at most
        raise


def _chosen_run_id(spec: JobSpec, journal: RunJournal | None) -> str | None:
    """The run to resume or start, checked against the journal before anything signs in."""
    if journal is None:
        if spec.resume:
            raise VautokitError(f"resuming run {spec.run_id!r} needs the journal it is in")
        return spec.run_id
    if not spec.resume and spec.run_id is not None:
        check_run_id(spec.run_id, option="--run-id")
    known = [run_id for run_id, *_ in journal.runs()]
    if spec.resume:
        if spec.run_id not in known:
            raise VautokitError(f"--resume {spec.run_id!r}: no such run in the journal "
                                f"{journal.path}; {known_runs(known)}")
        return spec.run_id
    if spec.run_id in known:
        raise VautokitError(f"--run-id {spec.run_id!r} is already in the journal "
                            f"{journal.path}: continue it with --resume {spec.run_id}, "
                            "or choose a new name")
    return spec.run_id or journal.new_run_id()


def known_runs(run_ids: list[str]) -> str:
    """What to pick from, for an error about a run id."""
    if not run_ids:
        return "it holds no runs yet; start one with `vautokit run`"
    return (f"its latest runs, oldest first: {', '.join(run_ids[-5:])} "
            "(`vautokit report RUN_ID` shows one)")


def open_site_access(site: str | SiteProfile | Sandbox, cleanup: ExitStack | AsyncExitStack,
                     **resolve: Any) -> SiteAccess:
    """Profile, credentials and code provider of ``site``; a sandbox that is not running
    starts now (after every other input was checked) and stops with ``cleanup``."""
    if getattr(site, "running", True) is False:
        site.start()
        cleanup.callback(site.stop)
    from ._automation import resolve_access

    return resolve_access(site, **resolve)


def check_output_paths(report: Path | str | None, export: Path | str | None = None) -> None:
    """The report file and the export folder can be written: found out before a run starts,
    so that no run's work ends in an error about where its report goes."""
    _check_output_file(report, "report")
    _check_output_folder(export, "export")


def _check_output_file(path: Path | str | None, option: str) -> None:
    """The report can be written there: found out now, not after the run's work is done."""
    if path is None:
        return
    path = Path(path)
    if path.is_dir():
        raise OutputPathError(f"--{option}", path, "is a folder; give a file path, e.g. "
                              f"{path / 'report.html'}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists():
            path.open("ab").close()
        else:
            tempfile.TemporaryFile(dir=path.parent).close()
    except OSError as exc:
        raise OutputPathError(f"--{option}", path,
                              f"cannot be written ({exc.strerror or exc})") from None


def _check_output_folder(path: Path | str | None, option: str) -> None:
    """The export folder can be made and written in, before the run starts."""
    if path is None:
        return
    path = Path(path)
    try:
        path.mkdir(parents=True, exist_ok=True)
        tempfile.TemporaryFile(dir=path).close()
    except OSError as exc:
        raise OutputPathError(f"--{option}", path,
                              f"cannot be written in ({exc.strerror or exc})") from None


def _write_report(report: Report, html: Path,
                  export: Path | None) -> tuple[Path, dict[str, Path] | None]:
    try:
        path = report.to_html(html)
        return path, report.export_csv(export) if export else None
    except OSError as exc:
        raise OutputPathError("--report" if export is None else "--report/--export", html,
                              f"writing failed after the run ({exc.strerror or exc}); the "
                              "journal keeps the run: `vautokit report` writes it again"
                              ) from None


def _report_runs(results: list[RunResult], resumed: int, label: str) -> dict[str, RunResult]:
    runs = {f"resumed {r.run_id}": r for r in results[:resumed]}
    runs[label] = results[-1]
    return runs


def _stop_line(result: RunResult) -> str | None:
    if result.status == "completed":
        return None
    return f"run {result.run_id} {result.status}: {result.stop_reason or 'no reason given'}"


def _concurrency(result: RunResult) -> str:
    """The workers a run used: fixed, or adaptive with the level the tuner ended at."""
    if not result.config.get("adaptive"):
        return f"{result.workers} workers ({result.mode})"
    limits = [e.limit for e in result.events if e.limit is not None]
    last = limits[-1] if limits else result.workers
    return (f"adaptive {result.config.get('min_concurrency', 1)}.."
            f"{result.config.get('max_concurrency', result.workers)}, ended at {last}")


def _site_name(site: object) -> str:
    """A label for a job given none: the profile's name, or the kind of site (sandbox)."""
    if isinstance(site, str):
        return site
    return getattr(site, "name", None) or type(site).__name__.lower()
