//! `cargo xtask bindings` and the foreign-language suites of `cargo xtask test`
//! (issue 5): build guide-core's cdylib, generate its Kotlin, Swift and Python bindings
//! into the git-ignored `bindings/`, then run the Python (pytest) and Kotlin (Maven,
//! JUnit on the JVM) suites and the desktop client's TestFX suite (`app/desktop`) against a
//! real `guide-server` and offline.
//!
//! A missing toolchain (python3 + pytest, java + mvn) is skipped with a loud banner on a
//! developer machine and is a failure in CI (`CI=true`), like PostgreSQL.

use std::path::PathBuf;
use std::process::Command;

use anyhow::{Context, Result, bail};

use crate::{cargo, root, run};

/// The generated bindings and the library they load.
pub struct Bindings {
    /// `bindings/` at the workspace root.
    pub dir: PathBuf,
    /// The folder holding `libguide_core.{so,dylib}` / `guide_core.dll`.
    pub lib_dir: PathBuf,
}

pub fn cdylib_name() -> &'static str {
    if cfg!(target_os = "macos") {
        "libguide_core.dylib"
    } else if cfg!(target_os = "windows") {
        "guide_core.dll"
    } else {
        "libguide_core.so"
    }
}

/// Builds the cdylib (debug: the suites test behaviour, not speed) and generates the
/// bindings of all three languages; copies the library next to the Python module.
pub fn generate() -> Result<Bindings> {
    run(cargo().args(["build", "-p", "guide-core", "--lib"]))?;
    let lib_dir = root().join("target/debug");
    let lib = lib_dir.join(cdylib_name());
    let dir = root().join("bindings");
    for language in ["kotlin", "swift", "python"] {
        let out = dir.join(language);
        if out.exists() {
            std::fs::remove_dir_all(&out).with_context(|| format!("cleaning {}", out.display()))?;
        }
        run(cargo()
            .args([
                "run",
                "-q",
                "-p",
                "guide-core",
                "--features",
                "cli",
                "--bin",
                "uniffi-bindgen",
                "--",
            ])
            .args([
                "generate",
                "--no-format",
                "--language",
                language,
                "--out-dir",
            ])
            .arg(&out)
            .arg(&lib))?;
    }
    std::fs::copy(&lib, dir.join("python").join(cdylib_name()))
        .context("copying the cdylib next to guide_core.py")?;
    eprintln!("xtask: bindings in {}", dir.display());
    Ok(Bindings { dir, lib_dir })
}

pub fn works(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Runs the Python and Kotlin suites. Returns summary lines; `Err` when a suite fails, or
/// when a toolchain is missing in CI.
pub fn foreign_suites(in_ci: bool) -> Result<Vec<String>> {
    let bindings = generate()?;
    run(cargo().args(["build", "-p", "guide-server", "--bin", "guide-server"]))?;
    let server_bin = root().join("target/debug/guide-server");
    let seeds = root().join("seeds");
    let mut summary = Vec::new();
    let mut missing = Vec::new();

    if works("python3", &["-c", "import pytest"]) {
        run(Command::new("python3")
            .args([
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                "app/python/tests",
            ])
            .current_dir(root())
            .env("GUIDE_BINDINGS_PYTHON", bindings.dir.join("python"))
            .env("GUIDE_SERVER_BIN", &server_bin)
            .env("GUIDE_SEEDS_DIR", &seeds))?;
        summary.push("Python bindings (pytest, live server + offline) ✔".to_owned());
    } else {
        missing.push(
            "Python suite SKIPPED: python3 with pytest not found (apt-get install python3-pytest)"
                .to_owned(),
        );
    }

    if works("mvn", &["-v"]) && works("java", &["-version"]) {
        let mut mvn = Command::new("mvn");
        mvn.args(["-B", "-q", "test"])
            .arg(format!(
                "-Dguide.bindings={}",
                bindings.dir.join("kotlin").display()
            ))
            .arg(format!("-Dguide.lib.dir={}", bindings.lib_dir.display()))
            .arg(format!("-Dguide.server.bin={}", server_bin.display()))
            .arg(format!("-Dguide.seeds.dir={}", seeds.display()))
            .current_dir(root().join("app/kotlin"));
        run(&mut mvn)?;
        summary
            .push("Kotlin bindings (Maven, JUnit on the JVM, live server + offline) ✔".to_owned());
        // The desktop visitor client (issue "The visitor app you can open"): TestFX walks
        // every screen headless (Monocle) in en/ja/ar, live then offline, with screenshots.
        let shots = root().join("target/screenshots/app");
        let mut desktop = Command::new("mvn");
        desktop
            .args(["-B", "-q", "test"])
            .arg(format!(
                "-Dguide.bindings={}",
                bindings.dir.join("kotlin").display()
            ))
            .arg(format!("-Dguide.lib.dir={}", bindings.lib_dir.display()))
            .arg(format!("-Dguide.server.bin={}", server_bin.display()))
            .arg(format!("-Dguide.seeds.dir={}", seeds.display()))
            .arg(format!("-Dguide.screenshots={}", shots.display()))
            .current_dir(root().join("app/desktop"));
        run(&mut desktop)?;
        summary.push(format!(
            "Desktop client (JavaFX + TestFX headless, every screen in en/ja/ar, live server + offline) ✔ screenshots in {}",
            shots.display()
        ));
    } else {
        missing.push("Kotlin suite SKIPPED: mvn or java not found (apt-get install maven default-jdk-headless)".to_owned());
        missing.push("Desktop client suite SKIPPED: mvn or java not found (apt-get install maven default-jdk-headless)".to_owned());
    }

    if !missing.is_empty() {
        if in_ci {
            bail!("required in CI: {}", missing.join("; "));
        }
        crate::banner(&missing);
        summary.extend(missing.into_iter().map(|m| format!("✘ {m}")));
    }
    Ok(summary)
}
