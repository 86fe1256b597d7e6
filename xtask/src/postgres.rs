//! A throwaway PostgreSQL cluster for the test suites: `initdb` into `target/pg-test`
//! with a UTF-8 locale (`C.UTF-8`; pg_trgm sees no trigrams in CJK text under `C`),
//! started on a free loopback port, stopped and deleted when dropped.
//!
//! PostgreSQL refuses to run as root, and CI runs as root: then the cluster belongs to
//! the `postgres` system user (created by Debian's package) and commands run through
//! `runuser`. That user may not be able to reach a checkout under `/root`, so a root
//! run puts the cluster in the system temp directory instead of `target/`.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

/// A running cluster.
pub struct Cluster {
    dir: PathBuf,
    bin: PathBuf,
    port: u16,
    as_user: Option<String>,
    /// `initdb --version` output.
    pub version: String,
}

impl Cluster {
    /// Connection URL without a database name.
    pub fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}", self.port)
    }

    /// Finds the binaries, creates and starts a fresh cluster under `dir`.
    pub fn start(dir: &Path) -> Result<Cluster> {
        let bin = find_bin_dir()
            .context("initdb/pg_ctl not found on PATH nor in /usr/lib/postgresql/*/bin")?;
        let as_user = if is_root() {
            let ok = Command::new("id")
                .arg("postgres")
                .output()
                .is_ok_and(|o| o.status.success());
            if !ok {
                bail!("running as root and there is no `postgres` user to own the test cluster");
            }
            Some("postgres".to_owned())
        } else {
            None
        };
        let dir = &match as_user {
            Some(_) => std::env::temp_dir().join(format!("canton-guide-pg-{}", std::process::id())),
            None => dir.to_owned(),
        };
        if dir.exists() {
            std::fs::remove_dir_all(dir)
                .with_context(|| format!("removing old {}", dir.display()))?;
        }
        std::fs::create_dir_all(dir)?;
        let version = String::from_utf8_lossy(
            &Command::new(bin.join("initdb"))
                .arg("--version")
                .output()?
                .stdout,
        )
        .trim()
        .to_owned();
        let port = free_port()?;
        let cluster = Cluster {
            dir: dir.to_owned(),
            bin,
            port,
            as_user,
            version,
        };
        if let Some(user) = &cluster.as_user {
            let status = Command::new("chown").args(["-R", user]).arg(dir).status()?;
            if !status.success() {
                bail!("chown of {} failed", dir.display());
            }
        }
        let data = cluster.dir.join("data");
        cluster.pg(
            "initdb",
            &[
                "-D",
                &data.to_string_lossy(),
                "-U",
                "postgres",
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
            ],
        )?;
        let options = format!(
            "-p {} -k {} -c listen_addresses=127.0.0.1 -c fsync=off",
            cluster.port,
            cluster.dir.display()
        );
        let log = cluster.dir.join("postgres.log");
        cluster.pg(
            "pg_ctl",
            &[
                "-D",
                &data.to_string_lossy(),
                "-o",
                &options,
                "-l",
                &log.to_string_lossy(),
                "-w",
                "-t",
                "60",
                "start",
            ],
        )?;
        Ok(cluster)
    }

    fn pg(&self, tool: &str, args: &[&str]) -> Result<()> {
        let program = self.bin.join(tool);
        let mut cmd = match &self.as_user {
            Some(user) => {
                let mut c = Command::new("runuser");
                c.args(["-u", user, "--"]).arg(&program);
                c
            }
            None => Command::new(&program),
        };
        cmd.args(args).env("LC_ALL", "C.UTF-8");
        let output = cmd
            .output()
            .with_context(|| format!("cannot run {}", program.display()))?;
        if !output.status.success() {
            bail!(
                "{tool} failed: {}\n{}",
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            );
        }
        Ok(())
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let data = self.dir.join("data");
        if let Err(e) = self.pg(
            "pg_ctl",
            &["-D", &data.to_string_lossy(), "-m", "fast", "-w", "stop"],
        ) {
            eprintln!("xtask: could not stop the test cluster: {e:#}");
        }
        std::fs::remove_dir_all(&self.dir).ok();
    }
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

fn free_port() -> Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

fn find_bin_dir() -> Option<PathBuf> {
    let on_path = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .find(|p| p.join("initdb").is_file() && p.join("pg_ctl").is_file())
    });
    if let Some(dir) = on_path {
        // Resolve symlinks so sibling tools (postgres) are found next to them.
        let real = std::fs::canonicalize(dir.join("initdb")).ok()?;
        return real.parent().map(Path::to_owned);
    }
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path().join("bin")))
        .filter(|bin| bin.join("initdb").is_file())
        .collect();
    versions.sort_by_key(|p| {
        p.parent()
            .and_then(|v| v.file_name())
            .and_then(|v| v.to_str())
            .and_then(|v| v.parse::<u32>().ok())
            .unwrap_or(0)
    });
    versions.pop()
}
