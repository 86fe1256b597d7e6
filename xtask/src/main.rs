//! `cargo xtask …`: the project's automation, in Rust so it runs wherever cargo does
//! (the matklad xtask pattern).
//!
//! ```text
//! cargo xtask test          every suite this machine can run, both databases
//! cargo xtask bench read    HTTP read benchmark against a ceiling (docs/PERFORMANCE.md)
//! cargo xtask bench plan    itinerary planner benchmark (divan)
//! cargo xtask bindings      guide-core's Kotlin, Swift and Python bindings into bindings/
//! cargo xtask schemathesis  the API-conformance suite alone (also part of `test`)
//! cargo xtask browser       only the web console's browser suite (also part of `test`)
//! cargo xtask app           the desktop visitor client (JavaFX) against GUIDE_API_URL
//! ```

mod app;
mod bindings;
mod browser;
mod postgres;
mod schemathesis;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use anyhow::{Context, Result, bail};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["test", rest @ ..] => test(rest),
        ["bench", "read", rest @ ..] => bench_read(rest),
        ["bench", "plan", rest @ ..] => bench_plan(rest),
        ["bindings"] => bindings::generate().map(|_| ()),
        ["schemathesis"] => schemathesis::suite(true).map(|summary| eprintln!("{summary}")),
        ["browser"] => browser::suite(true).map(|summary| banner(&summary)),
        ["app"] => app::run_app(),
        _ => {
            eprintln!(
                "usage: cargo xtask test | bench read | bench plan | bindings | schemathesis | browser | app"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("\nxtask: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root (the parent of this crate).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_owned()
}

fn cargo() -> Command {
    let mut cmd = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    cmd.current_dir(root());
    cmd
}

fn run(cmd: &mut Command) -> Result<()> {
    eprintln!("xtask: running {cmd:?}");
    let status = cmd
        .status()
        .with_context(|| format!("cannot start {cmd:?}"))?;
    if !status.success() {
        bail!("{cmd:?} failed with {status}");
    }
    Ok(())
}

fn banner(lines: &[String]) {
    let width = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0) + 4;
    eprintln!("\n{}", "!".repeat(width));
    for line in lines {
        eprintln!("! {line}");
    }
    eprintln!("{}\n", "!".repeat(width));
}

/// Runs every test suite: Rust unit and end-to-end tests on SQLite and, when PostgreSQL
/// binaries exist, on a throwaway UTF-8 cluster under `target/`.
fn test(extra: &[&str]) -> Result<()> {
    let in_ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false");
    // Style and lints first: they fail in seconds where the suites take minutes.
    run(cargo().args(["fmt", "--all", "--check"]))?;
    run(cargo().args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]))?;
    let mut skipped = Vec::new();
    let cluster = match postgres::Cluster::start(&root().join("target/pg-test")) {
        Ok(cluster) => Some(cluster),
        Err(reason) => {
            if in_ci {
                bail!("PostgreSQL is required in CI but could not be started: {reason:#}");
            }
            skipped.push(format!("PostgreSQL suites SKIPPED: {reason:#}"));
            None
        }
    };
    if !skipped.is_empty() {
        banner(&skipped);
    }
    // The end-to-end tests start a second node as a separate process (tests/tests/snapshot.rs).
    run(cargo().args(["build", "-p", "guide-server", "--bin", "guide-server"]))?;
    let mut cmd = cargo();
    cmd.args([
        "test",
        "--workspace",
        "--exclude",
        "xtask",
        "--all-targets",
        "--no-fail-fast",
    ])
    .args(extra);
    cmd.env("GUIDE_SERVER_BIN", root().join("target/debug/guide-server"));
    if let Some(cluster) = &cluster {
        eprintln!("xtask: PostgreSQL {} on {}", cluster.version, cluster.url());
        cmd.env("GUIDE_TEST_POSTGRES_URL", cluster.url());
    }
    let result = run(&mut cmd);
    drop(cluster);
    result?;
    let mut summary = vec!["Rust unit and end-to-end tests: SQLite ✔".to_owned()];
    summary.push(if skipped.is_empty() {
        "PostgreSQL ✔ (every database test ran on both engines)".to_owned()
    } else {
        "PostgreSQL ✘ SKIPPED — install PostgreSQL (apt-get install postgresql) to run them"
            .to_owned()
    });
    // The OpenAPI document against the running server, per role (issue 10).
    summary.push(schemathesis::suite(in_ci)?);
    // The app core's generated bindings, tested from Python and Kotlin (issue 5).
    summary.extend(bindings::foreign_suites(in_ci)?);
    // The web console in a real Chromium (issue 11).
    summary.extend(browser::suite(in_ci)?);
    banner(&summary);
    Ok(())
}

/// The read benchmark (tests/src/bin/bench-read.rs) against the release server, on SQLite
/// and, when PostgreSQL binaries exist, on a throwaway cluster.
fn bench_read(extra: &[&str]) -> Result<()> {
    run(cargo().args([
        "build",
        "--release",
        "-p",
        "guide-server",
        "--bin",
        "guide-server",
    ]))?;
    let cluster = postgres::Cluster::start(&root().join("target/pg-bench"))
        .map_err(|reason| eprintln!("xtask: PostgreSQL not measured: {reason:#}"))
        .ok();
    let mut cmd = cargo();
    cmd.args([
        "run",
        "--release",
        "-p",
        "guide-tests",
        "--bin",
        "bench-read",
        "--",
    ])
    .args(extra);
    cmd.env(
        "GUIDE_SERVER_BIN",
        root().join("target/release/guide-server"),
    );
    if let Some(cluster) = &cluster {
        cmd.env("GUIDE_TEST_POSTGRES_URL", cluster.url());
    }
    run(&mut cmd)
}

fn bench_plan(extra: &[&str]) -> Result<()> {
    run(cargo()
        .args(["bench", "-p", "guide-domain", "--bench", "plan", "--"])
        .args(extra))
}
