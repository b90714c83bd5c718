"""Local Chromium processes with DevTools endpoints on loopback, for trying remote workers."""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import tempfile
import threading
from dataclasses import dataclass, field

from ..errors import EndpointUnreachableError
from ._endpoint import Endpoint
from ._launch import CHROMIUM_ARGS, BrowserLauncher
from ._resolve import _playwright_managed

log = logging.getLogger(__name__)

_LISTENING = re.compile(r"DevTools listening on ws://[^:]+:(\d+)/")


@dataclass
class _Served:
    process: subprocess.Popen
    profile_dir: str
    port: int


@dataclass
class LocalEndpoints:
    """``with LocalEndpoints(2) as endpoints:`` N headless Chromiums, each a CDP endpoint.

    What ``vautokit browsers --count N`` runs. Each browser listens on 127.0.0.1 only and
    keeps its profile in a temporary directory removed on stop.
    """

    count: int
    launcher: BrowserLauncher = field(default_factory=BrowserLauncher)
    capacity: int | None = None
    _served: list[_Served] = field(default_factory=list, init=False)

    @property
    def endpoints(self) -> list[Endpoint]:
        return [Endpoint(f"http://127.0.0.1:{s.port}", self.capacity) for s in self._served]

    def start(self) -> list[Endpoint]:
        try:
            for _ in range(self.count):
                self._served.append(self._launch(port=0))
        except BaseException:
            self.stop()
            raise
        return self.endpoints

    def pid(self, index: int) -> int:
        """The process id of one browser (to stop or watch it from outside)."""
        return self._served[index].process.pid

    def kill(self, index: int) -> None:
        """Kill one browser abruptly, as a crashed or unplugged machine would go."""
        process = self._served[index].process
        process.kill()
        process.wait()

    def restart(self, index: int) -> Endpoint:
        """Bring a killed browser back on the same port."""
        old = self._served[index]
        self.kill(index)
        shutil.rmtree(old.profile_dir, ignore_errors=True)
        self._served[index] = self._launch(port=old.port)
        return Endpoint(f"http://127.0.0.1:{old.port}", self.capacity)

    def stop(self) -> None:
        for index, served in enumerate(self._served):
            self.kill(index)
            shutil.rmtree(served.profile_dir, ignore_errors=True)
        self._served.clear()

    def _launch(self, *, port: int) -> _Served:
        executable = self.launcher.resolve().executable or _playwright_managed()
        profile_dir = tempfile.mkdtemp(prefix="vautokit-endpoint-")
        args = [executable, "--headless", f"--remote-debugging-port={port}",
                "--remote-debugging-address=127.0.0.1", f"--user-data-dir={profile_dir}",
                *CHROMIUM_ARGS, *self.launcher.extra_args, "about:blank"]
        process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                   text=True)
        for line in process.stderr:
            if match := _LISTENING.search(line):
                threading.Thread(target=_drain, args=(process.stderr,), daemon=True).start()
                log.info("Chromium endpoint listening on 127.0.0.1:%s", match[1])
                return _Served(process, profile_dir, int(match[1]))
        process.wait()
        shutil.rmtree(profile_dir, ignore_errors=True)
        raise EndpointUnreachableError(f"127.0.0.1:{port}", f"{executable} exited with code "
                                       f"{process.returncode} before listening")

    def __enter__(self) -> list[Endpoint]:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def _drain(stream) -> None:
    """Keep reading the browser's log so a full pipe never blocks it."""
    for _ in stream:
        pass
