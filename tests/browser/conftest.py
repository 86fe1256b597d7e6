"""Harness of the console's browser suite: a real guide-server on loopback with a fresh
SQLite database, Debian's Chromium driven by Playwright for Python, axe-core from npm.

Each test module gets a server of its own (about 2 s to start and seed), so the sign-in
rate limit, which counts per client address, is not shared between modules.

Environment (set by `cargo xtask test`; the defaults work from the repository root after
`cargo build -p guide-server` and `npm install --prefix target/browser axe-core`):
  GUIDE_SERVER_BIN   the guide-server binary            (target/debug/guide-server)
  GUIDE_SEEDS_DIR    the seeds folder                   (seeds)
  GUIDE_CHROMIUM     the browser                        (/usr/bin/chromium)
  GUIDE_AXE_JS       axe-core's axe.min.js              (target/browser/node_modules/axe-core/axe.min.js)
  GUIDE_SCREENSHOTS  where screenshots are written      (target/screenshots/console)
Anything missing fails the run in CI (CI=true) and skips it, with the reason, elsewhere.
"""

import json
import os
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SERVER_BIN = Path(os.environ.get("GUIDE_SERVER_BIN", ROOT / "target" / "debug" / "guide-server"))
SEEDS = Path(os.environ.get("GUIDE_SEEDS_DIR", ROOT / "seeds"))
CHROMIUM = Path(os.environ.get("GUIDE_CHROMIUM", "/usr/bin/chromium"))
AXE_JS = Path(os.environ.get("GUIDE_AXE_JS", ROOT / "target" / "browser" / "node_modules" / "axe-core" / "axe.min.js"))
SCREENSHOTS = Path(os.environ.get("GUIDE_SCREENSHOTS", ROOT / "target" / "screenshots" / "console"))
IN_CI = os.environ.get("CI", "") not in ("", "false", "0")

# Flags for a headless Chromium that never phones home while testing.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

PASSWORD = "lychee season in Canton"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}


def unavailable(reason: str):
    """Fails in CI, skips elsewhere: a suite that cannot run must never pass silently."""
    if IN_CI:
        pytest.fail(f"browser suite cannot run in CI: {reason}", pytrace=False)
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def unique_email(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}@example.com"


class Server:
    """A guide-server process on loopback with a fresh SQLite database of its own."""

    def __init__(self, workdir: Path):
        self.workdir = workdir
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.env = dict(os.environ)
        self.env.update(
            GUIDE_DATABASE_URL=f"sqlite://{workdir / 'console.db'}?mode=rwc",
            GUIDE_BIND=f"127.0.0.1:{self.port}",
            GUIDE_SEEDS_DIR=str(SEEDS),
            GUIDE_LOG="warn",
            GUIDE_JWT_SECRET="browser-suite-secret-browser-suite-secret",
        )
        self.log = open(workdir / "server.log", "w")
        self.proc = subprocess.Popen([str(SERVER_BIN)], env=self.env, cwd=workdir, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + 60
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"guide-server exited with {self.proc.returncode}; see {self.log.name}")
            try:
                with urllib.request.urlopen(self.base + "/readyz", timeout=1) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.1)
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

    def url(self, path: str) -> str:
        return self.base + path

    def create_user(self, role: str, prefix: str = "") -> str:
        """Creates an account with the README's command (`guide-server user create`)."""
        email = unique_email(prefix or role)
        subprocess.run(
            [str(SERVER_BIN), "user", "create", "--email", email, "--password", PASSWORD, "--role", role],
            env=self.env,
            cwd=self.workdir,
            check=True,
            capture_output=True,
            timeout=60,
        )
        return email

    def api(self, method: str, path: str, body=None, token=None, headers=None):
        """Calls the JSON API; returns (status, headers, parsed body)."""
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.url(path), data=data, method=method)
        if body is not None:
            request.add_header("Content-Type", "application/json")
        if token:
            request.add_header("Authorization", f"Bearer {token}")
        for name, value in (headers or {}).items():
            request.add_header(name, value)
        try:
            with urllib.request.urlopen(request, timeout=30) as r:
                raw = r.read()
                return r.status, r.headers, json.loads(raw) if raw else None
        except urllib.error.HTTPError as e:
            raw = e.read()
            return e.code, e.headers, json.loads(raw) if raw else None


@pytest.fixture(scope="module")
def server():
    if not SERVER_BIN.exists():
        unavailable(f"{SERVER_BIN} not built (cargo build -p guide-server)")
    with tempfile.TemporaryDirectory(prefix="guide-console-") as d:
        s = Server(Path(d))
        yield s
        s.stop()


@pytest.fixture(scope="session")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("Playwright for Python is not installed (pip install playwright)")
    if not CHROMIUM.exists():
        unavailable(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def context(browser):
    """A fresh browser profile (no cookies) at desktop size, in English."""
    ctx = browser.new_context(viewport=DESKTOP, locale="en-US")
    ctx.set_default_timeout(10_000)
    yield ctx
    ctx.close()


@pytest.fixture
def page(context):
    return context.new_page()


@pytest.fixture(scope="session")
def axe_source():
    if not AXE_JS.exists():
        unavailable(f"axe-core not installed at {AXE_JS} (npm install --prefix target/browser axe-core)")
    return AXE_JS.read_text(encoding="utf-8")


def serious_violations(page, axe_source):
    """axe-core's serious and critical violations on the page, as readable lines.

    The console's CSP forbids every script, so axe is injected through the DevTools
    protocol (Playwright's evaluate), which a page's CSP does not govern.
    """
    page.evaluate(axe_source)
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    lines = []
    for v in result["violations"]:
        if v.get("impact") in ("serious", "critical"):
            targets = ", ".join(" ".join(n["target"]) for n in v["nodes"][:5])
            lines.append(f"{v['impact']}: {v['id']} ({v['help']}) at {targets}")
    return lines


def screenshot(page, name: str):
    """Full-page screenshots at phone and desktop widths."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for label, size in (("phone", PHONE), ("desktop", DESKTOP)):
        page.set_viewport_size(size)
        page.screenshot(path=str(SCREENSHOTS / f"{name}-{label}.png"), full_page=True)
    page.set_viewport_size(DESKTOP)


def sign_in(page, server, email: str, password: str = PASSWORD, lang: str = ""):
    """Fills and sends the sign-in form; returns the response of the last navigation."""
    page.goto(server.url("/console/sign-in" + (f"?lang={lang}" if lang else "")))
    page.locator("#email").fill(email)
    page.locator("#password").fill(password)
    with page.expect_navigation() as nav:
        page.locator("form.card button[type=submit]").click()
    return nav.value


def listing(name: str) -> dict:
    """A complete, valid merchant listing in Tianhe (as the Rust end-to-end tests use)."""
    return {
        "kind": "restaurant",
        "district": "tianhe",
        "name_zh": f"{name}茶餐厅",
        "address_zh": "天河区体育西路 1 号",
        "location": {"lat": 23.1356, "lng": 113.3217},
        "opening_hours": "Mo-Su 10:00-22:00",
        "payments": ["foreign_card_pos", "cash"],
        "friendliness": {"english_menu": True, "staff_languages": ["en"]},
        "tax_refund": {"store": False},
        "translations": {
            "en": {"name": f"{name} Tea House", "summary": "Cantonese breakfast."},
            "zh-Hans": {"name": f"{name}茶餐厅"},
        },
    }
