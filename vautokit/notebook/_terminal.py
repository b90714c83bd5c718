"""Progress in a terminal: one live tqdm bar per run, the workers on a second line.

When the stream is not a terminal (CI logs, a file) it writes plain lines instead, as
:class:`TextProgress` does: no carriage returns, no escape codes.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

from tqdm import tqdm

from ..processing import EventKind, StatusBus, StatusEvent
from ._progress import MIN_INTERVAL, NOTABLE, Links, RunView, TextProgress, note

BAR_FORMAT = "{l_bar}{bar}| {n_fmt}/{total_fmt} [{elapsed}<{remaining}, {rate_fmt}{postfix}]"


class TerminalProgress:
    """Follows a run's status stream: a live bar on a terminal, plain lines elsewhere.

    ``total`` is the number of vehicles until the run announces its own; ``tty`` overrides
    the stream's own answer to ``isatty()``.
    """

    def __init__(self, status: StatusBus, total: int | None = None, *,
                 stream: TextIO | None = None, tty: bool | None = None,
                 min_interval: float = 1.0, links: Links | None = None,
                 replay: bool = True) -> None:
        self.stream = stream or sys.stderr
        self.live = self.stream.isatty() if tty is None else tty
        self._plain: TextProgress | None = None
        if not self.live:
            self._plain = TextProgress(status, self.stream, min_interval, links=links,
                                       replay=replay)
            return
        self.view = RunView(links)
        known = total or (status.total if replay else None)  # not an earlier run's total
        self.bar = tqdm(total=known or None, file=self.stream, unit="vehicle",
                        position=0, leave=True, dynamic_ncols=True, mininterval=MIN_INTERVAL,
                        bar_format=BAR_FORMAT, desc="vehicles")
        self.workers = tqdm(total=0, file=self.stream, position=1, leave=False,
                            dynamic_ncols=True, bar_format="{desc}", desc="starting")
        self._last = 0.0
        self._unsubscribe = status.subscribe(self._on_event)

    def _on_event(self, event: StatusEvent) -> None:
        self.view.apply(event)
        if event.kind is EventKind.RUN_STARTED:
            self.bar.reset(total=self.view.total or None)
        elif event.kind in NOTABLE:
            self.bar.write(f"[{event.kind.value}] {note(event)}", file=self.stream)
        elif event.kind is EventKind.VEHICLE_FINISHED:
            if self.view.failed:
                self.bar.set_postfix_str(f"{self.view.failed} failed", refresh=False)
            self.bar.update(self.view.finished - self.bar.n)
        final = event.kind is EventKind.RUN_FINISHED
        if final:
            self.bar.colour = "green" if self.view.stop_reason is None else "red"
            self.bar.refresh()
        now = time.monotonic()
        if final or now - self._last >= MIN_INTERVAL:
            self._last = now
            self.workers.set_description_str(self.workers_line())

    def workers_line(self) -> str:
        """Every worker in a few words: ``w1: stock 123 · sticker │ w2: waiting ...``."""
        view = self.view
        return " │ ".join(f"w{w.worker_id}: {view.doing(w)}"
                          for _, w in sorted(view.workers.items())) or "starting"

    def close(self) -> None:
        if self._plain is not None:
            self._plain.close()
            return
        self._unsubscribe()
        self.view.interrupt()
        self.workers.close()
        self.bar.close()
        print(self.view.overall_line(), file=self.stream, flush=True)
