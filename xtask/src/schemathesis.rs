//! The API-conformance suite of `cargo xtask test` (issue 10): schemathesis (PyPI)
//! generates requests from `/openapi.json` against a real `guide-server` on loopback,
//! anonymously and with a token per role, and fails on any server error or any answer
//! the document does not describe (status, content type, headers, body schema).
//!
//! Bounded in time: a fixed number of examples per operation, a fixed seed (the same
//! requests on every run, so a failure reproduces), and a timeout per run. A missing
//! `st` is skipped loudly on a developer machine and is a failure in CI, like the other
//! suites. `.ci/run` installs it (`pip install schemathesis`).

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

use crate::{cargo, root, run};

/// Checks of the gate: no 5xx, and every answer as documented.
const CHECKS: &str = "not_a_server_error,status_code_conformance,content_type_conformance,\
                      response_headers_conformance,response_schema_conformance";
/// Examples per operation and phase.
const EXAMPLES: &str = "10";
/// Same requests on every run.
const SEED: &str = "20261202";
/// Longest a single run may take before it counts as failed.
const RUN_TIMEOUT: Duration = Duration::from_secs(240);

const PASSWORD: &str = "schemathesis pass phrase 42";

/// Runs the suite; returns the summary line for `cargo xtask test`.
pub fn suite(in_ci: bool) -> Result<String> {
    let Some(st) = find_st() else {
        if in_ci {
            bail!("schemathesis (`st`) is required in CI: pip install schemathesis");
        }
        return Ok(
            "Schemathesis ✘ SKIPPED — `pip install schemathesis` to run the API conformance suite"
                .to_owned(),
        );
    };
    let started = Instant::now();
    run(cargo().args(["build", "-q", "-p", "guide-server", "--bin", "guide-server"]))?;
    let server_bin = root().join("target/debug/guide-server");
    let dir = root().join("target/schemathesis");
    if dir.exists() {
        std::fs::remove_dir_all(&dir).with_context(|| format!("cleaning {}", dir.display()))?;
    }
    std::fs::create_dir_all(&dir)?;
    let port = std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port();
    let env = [
        (
            "GUIDE_DATABASE_URL",
            format!("sqlite://{}?mode=rwc", dir.join("guide.db").display()),
        ),
        ("GUIDE_BIND", format!("127.0.0.1:{port}")),
        (
            "GUIDE_JWT_SECRET",
            "schemathesis-only-secret-0123456789abcdef".to_owned(),
        ),
        (
            "GUIDE_SEEDS_DIR",
            root().join("seeds").display().to_string(),
        ),
        ("GUIDE_LOG", "warn".to_owned()),
    ];
    let cli = |args: &[&str]| -> Result<()> {
        let mut cmd = Command::new(&server_bin);
        cmd.args(args)
            .envs(env.iter().map(|(k, v)| (k, v)))
            .stdout(Stdio::null());
        run(&mut cmd)
    };
    cli(&["migrate"])?;
    for role in ["visitor", "merchant", "curator", "admin"] {
        cli(&[
            "user",
            "create",
            "--email",
            &format!("{role}@schemathesis.test"),
            "--password",
            PASSWORD,
            "--role",
            role,
        ])?;
    }
    let log = std::fs::File::create(dir.join("server.log"))?;
    let server = Server(
        Command::new(&server_bin)
            .arg("serve")
            .envs(env.iter().map(|(k, v)| (k, v)))
            .stdout(log.try_clone()?)
            .stderr(log)
            .spawn()
            .context("starting guide-server")?,
    );
    let base = format!("http://127.0.0.1:{port}");
    wait_until_up(port)?;

    let mut failures = Vec::new();
    let mut runs = 0;
    let mut attempt = |name: &str, args: Vec<String>| {
        runs += 1;
        if let Err(e) = st_run(&st, &base, &dir.join(name), &args) {
            eprintln!("xtask: schemathesis {name}: {e:#}");
            failures.push(name.to_owned());
        }
    };
    // Anonymous, over everything: the public operations in full, the protected ones as
    // far as their 401s.
    attempt("anonymous", Vec::new());
    for (role, paths) in [
        ("visitor", "^/v1/me"),
        ("merchant", "^/v1/merchant/"),
        ("curator", "^/v1/staff/(?!users)"),
        ("admin", "^/v1/staff/users"),
    ] {
        let token = login(port, &format!("{role}@schemathesis.test"))?;
        attempt(
            role,
            vec![
                "--include-path-regex".into(),
                paths.into(),
                "--header".into(),
                format!("Authorization: Bearer {token}"),
            ],
        );
        // A run whose token died half-way would have tested little but 401s.
        let (status, _) = http_with_token(port, "/v1/me", &token)?;
        if status != 200 {
            bail!("the {role} token stopped working during its schemathesis run ({status})");
        }
    }
    drop(server);
    if !failures.is_empty() {
        bail!(
            "schemathesis found failures in: {} (reports under {}; server log {})",
            failures.join(", "),
            dir.display(),
            dir.join("server.log").display()
        );
    }
    Ok(format!(
        "Schemathesis ✔ {runs} runs (anonymous, visitor, merchant, curator, admin) in {:.0} s: \
         0 server errors, 0 conformance failures",
        started.elapsed().as_secs_f64()
    ))
}

/// `st` from `SCHEMATHESIS`, `PATH`, or the virtualenv `.ci/run` makes.
fn find_st() -> Option<PathBuf> {
    let works = |p: &Path| {
        Command::new(p)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    };
    std::env::var_os("SCHEMATHESIS")
        .map(PathBuf::from)
        .into_iter()
        .chain([PathBuf::from("st"), root().join("target/ci-venv/bin/st")])
        .find(|p| works(p))
}

fn st_run(st: &Path, base: &str, report: &Path, extra: &[String]) -> Result<()> {
    let mut cmd = Command::new(st);
    cmd.args(["run", &format!("{base}/openapi.json"), "--url", base])
        .args([
            "--max-examples",
            EXAMPLES,
            "--seed",
            SEED,
            "--phases",
            "examples,coverage,fuzzing",
        ])
        .args([
            "--workers",
            "1",
            "--request-timeout",
            "10",
            "--no-color",
            "--suppress-health-check",
            "all",
        ])
        .args(["--report", "junit", "--report-dir"])
        .arg(report);
    if !extra.iter().any(|a| a == "--checks") {
        cmd.args(["--checks", CHECKS]);
    }
    cmd.args(extra);
    // Each run in a folder of its own: schemathesis keeps a cache (including the session
    // it signs up for by itself) in `.schemathesis/` of its working directory, and a
    // cached, since signed-out session would replace our token in the next run.
    std::fs::create_dir_all(report)?;
    cmd.current_dir(report);
    // No signing up on its own: the anonymous run stays anonymous, and each role run
    // uses exactly the token it is given.
    std::fs::write(
        report.join("schemathesis.toml"),
        "[auth]\nauto-signup = false\n",
    )?;
    eprintln!("xtask: running {cmd:?}");
    let mut child = cmd
        .spawn()
        .with_context(|| format!("cannot start {}", st.display()))?;
    let deadline = Instant::now() + RUN_TIMEOUT;
    loop {
        if let Some(status) = child.try_wait()? {
            if !status.success() {
                bail!("exited with {status}");
            }
            return Ok(());
        }
        if Instant::now() > deadline {
            child.kill().ok();
            bail!("took longer than {RUN_TIMEOUT:?}");
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// The server process, killed when dropped (also on an early `?`).
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        self.0.kill().ok();
        self.0.wait().ok();
    }
}

fn wait_until_up(port: u16) -> Result<()> {
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(120) {
        if http(port, "GET", "/healthz", None).is_ok_and(|(status, _)| status == 200) {
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    bail!("guide-server did not answer /healthz within 120 s")
}

/// Signs in and returns the access token.
fn login(port: u16, email: &str) -> Result<String> {
    let body = format!(r#"{{"email":"{email}","password":"{PASSWORD}"}}"#);
    let (status, text) = http(port, "POST", "/v1/auth/login", Some(&body))?;
    if status != 200 {
        bail!("sign-in as {email} answered {status}: {text}");
    }
    let token = text
        .split(r#""access_token":""#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .context("no access_token in the sign-in answer")?;
    Ok(token.to_owned())
}

/// A minimal HTTP/1.1 request on loopback (xtask has no HTTP client dependency).
fn http(port: u16, method: &str, path: &str, body: Option<&str>) -> Result<(u16, String)> {
    request(port, method, path, body, "")
}

fn http_with_token(port: u16, path: &str, token: &str) -> Result<(u16, String)> {
    request(
        port,
        "GET",
        path,
        None,
        &format!("Authorization: Bearer {token}\r\n"),
    )
}

fn request(
    port: u16,
    method: &str,
    path: &str,
    body: Option<&str>,
    headers: &str,
) -> Result<(u16, String)> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let body = body.unwrap_or("");
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n{headers}Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )?;
    let mut answer = String::new();
    stream.read_to_string(&mut answer)?;
    let status = answer
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .context("no HTTP status")?;
    let text = answer
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    Ok((status, text))
}
