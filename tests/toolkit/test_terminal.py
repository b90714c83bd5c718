"""Terminal progress of real runs: a live bar on a terminal, plain lines in a log."""

import fcntl
import io
import os
import struct
import termios
import threading

from vautokit import Automation, ParallelConfig
from vautokit.notebook._terminal import TerminalProgress


async def _run(site, progress_stream, vehicles: int, **options):
    async with Automation(site, config=ParallelConfig(max_concurrency=2)) as va:
        links = await va.vehicles(saved_filter=None, limit=vehicles)
        progress = TerminalProgress(va.status, len(links), stream=progress_stream,
                                    min_interval=0, **options)
        result = await va.process(links, progress="none")
        progress.close()
    return progress, result


async def test_a_log_gets_plain_lines(site):
    stream = io.StringIO()
    progress, result = await _run(site, stream, 4)
    text = stream.getvalue()
    assert not progress.live
    assert "\r" not in text and "\x1b" not in text
    lines = text.splitlines()
    assert lines[-1].startswith(f"done: {len(result.records)}/{len(result.records)} vehicles")
    counts = [line.split(" ", 1)[0] for line in lines[:-1]]
    assert counts == [f"{k}/{len(result.records)}" for k in range(1, len(result.records) + 1)]


class _Terminal:
    """A real pseudo-terminal, 100 columns wide, whose output a thread collects."""

    def __init__(self) -> None:
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
        self.stream = os.fdopen(slave, "w", buffering=1)
        self.chunks: list[bytes] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while True:
            try:
                chunk = os.read(self.master, 65536)
            except OSError:
                return
            if not chunk:
                return
            self.chunks.append(chunk)

    def output(self) -> str:
        self.stream.close()
        self._reader.join(timeout=10)
        os.close(self.master)
        return b"".join(self.chunks).decode("utf-8", "replace")


async def test_a_terminal_gets_one_live_bar_and_a_workers_line(site):
    terminal = _Terminal()
    progress, result = await _run(site, terminal.stream, 6)
    text = terminal.output()
    n = len(result.records)
    assert progress.live
    assert "\r" in text  # redrawn in place
    assert f"{n}/{n}" in text and "100%" in text
    assert "w1: " in text and "w2: " in text  # the second line names the workers
    assert " vehicles · " not in text.replace(f"done: {n}/{n} vehicles", "")  # no plain lines
    assert text.rstrip().splitlines()[-1].startswith(f"done: {n}/{n} vehicles")
