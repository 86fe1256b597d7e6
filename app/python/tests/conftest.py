"""Harness for the Python suite of guide-core's generated bindings.

`cargo xtask test` (or `cargo xtask bindings`) builds the cdylib and generates
`bindings/python/guide_core.py` next to a copy of the library; this file puts that folder on
`sys.path`, and starts a real `guide-server` on a free loopback port with a temporary
SQLite database seeded from `seeds/`, stopping it when asked (to test offline) or at the end.

Environment (set by xtask; defaults work from the repository root after a build):
  GUIDE_BINDINGS_PYTHON  folder with guide_core.py and libguide_core.*
  GUIDE_SERVER_BIN       the guide-server binary
  GUIDE_SEEDS_DIR        the seeds folder
"""

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
BINDINGS = Path(os.environ.get("GUIDE_BINDINGS_PYTHON", ROOT / "bindings" / "python"))
SERVER_BIN = Path(os.environ.get("GUIDE_SERVER_BIN", ROOT / "target" / "debug" / "guide-server"))
SEEDS = Path(os.environ.get("GUIDE_SEEDS_DIR", ROOT / "seeds"))

sys.path.insert(0, str(BINDINGS))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A guide-server process on loopback with its own temporary database."""

    def __init__(self, workdir: Path):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = dict(os.environ)
        env.update(
            GUIDE_DATABASE_URL=f"sqlite://{workdir / 'server.db'}?mode=rwc",
            GUIDE_BIND=f"127.0.0.1:{self.port}",
            GUIDE_SEEDS_DIR=str(SEEDS),
            GUIDE_LOG="warn",
            GUIDE_JWT_SECRET="python-suite-secret-python-suite-secret",
        )
        self.log = open(workdir / "server.log", "w")
        self.proc = subprocess.Popen([str(SERVER_BIN)], env=env, cwd=workdir, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + 60
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"guide-server exited with {self.proc.returncode}; see {self.log.name}")
            try:
                with urllib.request.urlopen(self.base + "/readyz", timeout=1) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("guide-server did not become ready within 60 s")

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


@pytest.fixture(scope="module")
def workdir():
    with tempfile.TemporaryDirectory(prefix="guide-core-py-") as d:
        yield Path(d)


@pytest.fixture(scope="module")
def server(workdir):
    s = Server(workdir)
    yield s
    s.stop()
