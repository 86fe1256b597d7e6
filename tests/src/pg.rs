//! A PostgreSQL cluster of a test's own, for tests that stop and start the server (the
//! outage test): `initdb` into the temp directory with a UTF-8 locale on a free loopback
//! port. Never the shared development cluster, nor the one `cargo xtask test` gives the
//! other suites: stopping either would break tests that are not ours.
//!
//! As in `xtask/src/postgres.rs`: PostgreSQL refuses to run as root, so under root the
//! cluster belongs to the `postgres` system user and commands run through `runuser`.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

/// A cluster that can be stopped and started again; removed when dropped.
pub struct Cluster {
    dir: PathBuf,
    bin: PathBuf,
    port: u16,
    as_user: Option<String>,
}

impl Cluster {
    /// Why no cluster can be made here, if so (binaries missing, root without `postgres`).
    pub fn unavailable() -> Option<String> {
        if find_bin_dir().is_none() {
            return Some("initdb/pg_ctl not found on PATH nor in /usr/lib/postgresql/*/bin".into());
        }
        if is_root()
            && !Command::new("id")
                .arg("postgres")
                .output()
                .is_ok_and(|o| o.status.success())
        {
            return Some("running as root and there is no `postgres` user to own a cluster".into());
        }
        None
    }

    /// Creates and starts a fresh cluster.
    pub fn start_new(name: &str) -> Result<Cluster> {
        let bin = find_bin_dir().context("initdb/pg_ctl not found")?;
        let as_user = is_root().then(|| "postgres".to_owned());
        let dir = std::env::temp_dir().join(format!(
            "canton-guide-{name}-{}-{}",
            std::process::id(),
            uuid::Uuid::now_v7().simple()
        ));
        std::fs::create_dir_all(&dir)?;
        let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        let cluster = Cluster {
            dir,
            bin,
            port,
            as_user,
        };
        if let Some(user) = &cluster.as_user {
            let status = Command::new("chown")
                .args(["-R", user])
                .arg(&cluster.dir)
                .status()?;
            if !status.success() {
                bail!("chown of {} failed", cluster.dir.display());
            }
        }
        let data = cluster.data();
        cluster.pg(
            "initdb",
            &[
                "-D",
                &data,
                "-U",
                "postgres",
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
            ],
        )?;
        cluster.start()?;
        Ok(cluster)
    }

    /// `postgres://postgres@127.0.0.1:PORT/postgres`.
    pub fn url(&self, database: &str) -> String {
        format!("postgres://postgres@127.0.0.1:{}/{database}", self.port)
    }

    fn data(&self) -> String {
        self.dir.join("data").to_string_lossy().into_owned()
    }

    /// Starts the (stopped) cluster and waits until it accepts connections.
    pub fn start(&self) -> Result<()> {
        let options = format!(
            "-p {} -k {} -c listen_addresses=127.0.0.1 -c fsync=off",
            self.port,
            self.dir.display()
        );
        let log = self.dir.join("postgres.log").to_string_lossy().into_owned();
        self.pg(
            "pg_ctl",
            &[
                "-D",
                &self.data(),
                "-o",
                &options,
                "-l",
                &log,
                "-w",
                "-t",
                "60",
                "start",
            ],
        )
    }

    /// Stops the cluster: `fast` ends sessions and aborts their transactions, as an
    /// operator's restart or a failover would.
    pub fn stop(&self) -> Result<()> {
        self.pg("pg_ctl", &["-D", &self.data(), "-m", "fast", "-w", "stop"])
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
        self.stop().ok();
        std::fs::remove_dir_all(&self.dir).ok();
    }
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

fn find_bin_dir() -> Option<PathBuf> {
    let on_path = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .find(|p| p.join("initdb").is_file() && p.join("pg_ctl").is_file())
    });
    if let Some(dir) = on_path {
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
