//! `cargo xtask app`: the desktop visitor client (`app/desktop`, Kotlin + JavaFX 21 over
//! guide-core's generated Kotlin bindings). Builds the cdylib and the bindings (cargo only
//! rebuilds what changed), then starts the client with Maven (`exec:exec`, a separate JVM
//! with `jna.library.path` set). It talks to `GUIDE_API_URL` (default
//! `http://127.0.0.1:8080`, the address `cargo run -p guide-server` serves) and keeps its
//! offline store in `GUIDE_DATA_DIR` (default `~/.local/share/canton-guide`); `GUIDE_LOCALE`
//! picks the first language, `GUIDE_POSITION=lat,lng` stands in for a GPS.

use std::process::Command;

use anyhow::{Result, bail};

use crate::bindings::{Bindings, cdylib_name, generate, works};
use crate::{cargo, root, run};

pub fn run_app() -> Result<()> {
    if !(works("mvn", &["-v"]) && works("java", &["-version"])) {
        bail!(
            "the desktop client needs Java 17+ and Maven (apt-get install maven default-jdk-headless)"
        );
    }
    let bindings = bindings_if_needed()?;
    let api = std::env::var("GUIDE_API_URL").unwrap_or_else(|_| "http://127.0.0.1:8080".into());
    eprintln!("xtask: starting the desktop client against {api} (GUIDE_API_URL)");
    run(Command::new("mvn")
        .args(["-B", "-q", "compile", "exec:exec"])
        .arg(format!(
            "-Dguide.bindings={}",
            bindings.dir.join("kotlin").display()
        ))
        .arg(format!("-Dguide.lib.dir={}", bindings.lib_dir.display()))
        .env("GUIDE_API_URL", &api)
        .current_dir(root().join("app/desktop")))
}

/// Builds the cdylib (incremental), and generates the bindings again only when the library
/// is newer than the Kotlin bindings: generating builds the core once more with the `cli`
/// feature, which takes minutes after a change elsewhere in the workspace.
fn bindings_if_needed() -> Result<Bindings> {
    run(cargo().args(["build", "-p", "guide-core", "--lib"]))?;
    let dir = root().join("bindings");
    let lib_dir = root().join("target/debug");
    let modified = |p: &std::path::Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let lib = modified(&lib_dir.join(cdylib_name()));
    let kotlin = modified(&dir.join("kotlin/uniffi/guide_core/guide_core.kt"));
    match (lib, kotlin) {
        (Some(lib), Some(kotlin)) if kotlin >= lib => {
            eprintln!("xtask: bindings are up to date");
            Ok(Bindings { dir, lib_dir })
        }
        _ => generate(),
    }
}
