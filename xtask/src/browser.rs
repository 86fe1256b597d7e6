//! The web console's browser suite (`tests/browser/`, issue 11): pytest driving Debian's
//! Chromium through Playwright for Python against a real `guide-server` on loopback with
//! a fresh SQLite database, with axe-core (from npm, installed under `target/browser/`)
//! checking accessibility. Screenshots go to `target/screenshots/console/`.
//!
//! Playwright cannot download its own browsers here, so the suite points it at
//! `/usr/bin/chromium` (or `GUIDE_CHROMIUM`). A missing browser, Playwright or npm is
//! skipped with a loud banner on a developer machine and is a failure in CI (`CI=true`).
//! The run is bounded: it is stopped after [`DEADLINE`] (it takes 1–3 minutes).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

use crate::{cargo, root, run};

/// The axe-core release the suite uses (pinned: its rules change between releases).
const AXE_CORE: &str = "axe-core@4.14.1";
/// Longest the browser suite may run before it is stopped and reported as failed.
const DEADLINE: Duration = Duration::from_secs(8 * 60);

fn works(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success())
}

fn chromium() -> PathBuf {
    std::env::var_os("GUIDE_CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"))
}

/// axe-core's `axe.min.js`, installed with npm under `target/browser/` on first use.
fn axe_core(dir: &Path) -> Result<PathBuf> {
    let axe = dir.join("node_modules/axe-core/axe.min.js");
    let wanted = AXE_CORE.trim_start_matches("axe-core@");
    let installed = std::fs::read_to_string(dir.join("node_modules/axe-core/package.json"))
        .is_ok_and(|p| p.contains(&format!("\"version\": \"{wanted}\"")));
    if !installed {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        run(Command::new("npm")
            .args([
                "install",
                "--no-audit",
                "--no-fund",
                "--loglevel=error",
                "--prefix",
            ])
            .arg(dir)
            .arg(AXE_CORE))?;
    }
    anyhow::ensure!(
        axe.exists(),
        "npm installed {AXE_CORE} but {} is missing",
        axe.display()
    );
    Ok(axe)
}

/// Runs a command, stopping it at the deadline.
fn run_bounded(cmd: &mut Command, deadline: Duration) -> Result<()> {
    eprintln!("xtask: running {cmd:?} (at most {} s)", deadline.as_secs());
    let mut child = cmd
        .spawn()
        .with_context(|| format!("cannot start {cmd:?}"))?;
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait()? {
            if !status.success() {
                bail!("{cmd:?} failed with {status}");
            }
            return Ok(());
        }
        if started.elapsed() > deadline {
            child.kill().ok();
            child.wait().ok();
            bail!(
                "{cmd:?} took longer than {} s and was stopped",
                deadline.as_secs()
            );
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// Runs the browser suite. Returns summary lines; `Err` when it fails, or when something
/// it needs is missing in CI.
pub fn suite(in_ci: bool) -> Result<Vec<String>> {
    let mut missing = Vec::new();
    if !works("python3", &["-c", "import pytest, playwright.sync_api"]) {
        missing.push(
            "Playwright for Python not found (pip install playwright; see .ci/run)".to_owned(),
        );
    }
    if !chromium().exists() {
        missing.push(format!(
            "no Chromium at {} (apt-get install chromium)",
            chromium().display()
        ));
    }
    if !works("npm", &["--version"]) {
        missing.push("npm not found, needed for axe-core (apt-get install npm)".to_owned());
    }
    if !missing.is_empty() {
        let reason = format!("Console browser suite SKIPPED: {}", missing.join("; "));
        if in_ci {
            bail!("required in CI: {reason}");
        }
        crate::banner(std::slice::from_ref(&reason));
        return Ok(vec![format!("✘ {reason}")]);
    }
    run(cargo().args(["build", "-p", "guide-server", "--bin", "guide-server"]))?;
    let axe = axe_core(&root().join("target/browser"))?;
    let screenshots = root().join("target/screenshots/console");
    let started = Instant::now();
    run_bounded(
        Command::new("python3")
            .args([
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                "tests/browser",
            ])
            .current_dir(root())
            .env("GUIDE_SERVER_BIN", root().join("target/debug/guide-server"))
            .env("GUIDE_SEEDS_DIR", root().join("seeds"))
            .env("GUIDE_CHROMIUM", chromium())
            .env("GUIDE_AXE_JS", &axe)
            .env("GUIDE_SCREENSHOTS", &screenshots),
        DEADLINE,
    )?;
    Ok(vec![format!(
        "Console in Chromium (Playwright, axe-core; screenshots in {}) ✔ {} s",
        screenshots
            .strip_prefix(root())
            .unwrap_or(&screenshots)
            .display(),
        started.elapsed().as_secs()
    )])
}
