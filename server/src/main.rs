//! `guide-server`: the Canton Guide API.
//!
//! ```text
//! guide-server [serve]          migrate, seed an empty database, serve (default)
//! guide-server migrate          apply pending migrations and exit
//! guide-server seed [--dir D]   validate and upsert seeds/ (idempotent) and exit
//! guide-server seed --report[=floors]  ... then print the coverage of the places
//! guide-server user create --email E --password P --role visitor|merchant|curator|admin
//! ```
//! Settings come from `GUIDE_*` environment variables (see `config.rs` and the README).

use std::path::PathBuf;

use anyhow::Context;
use clap::{Parser, Subcommand};
use guide_server::{Config, build_state, seed, serve, store};
use tracing_subscriber::EnvFilter;

/// mimalloc rather than glibc's malloc: every request allocates and frees many small
/// objects, and glibc keeps freed memory in per-thread arenas (measured in
/// docs/PERFORMANCE.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Turns transparent huge pages off for this process. mimalloc asks for them on its
/// arenas, and the kernel then zeroes a whole 2 MiB page on the first touch of any byte
/// in it: at start a fifth of the CPU went to clearing pages, and sparsely used huge pages
/// count in full towards the resident size. Measured (docs/PERFORMANCE.md), alternating
/// starts: ready at 10k places 1.13–1.28 → 1.06 s, at 100k 10.3–12.0 → 9.6–10.8 s,
/// resident size at 100k 12–25 MB lower. (`MIMALLOC_ALLOW_THP=0` does the same but works
/// only when set in the environment.)
#[cfg(target_os = "linux")]
fn without_huge_pages() {
    // SAFETY: PR_SET_THP_DISABLE takes plain integers, touches no memory of ours and
    // affects only this process's mappings. Failure (an old kernel) changes nothing.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

#[cfg(not(target_os = "linux"))]
fn without_huge_pages() {}

#[derive(Parser)]
#[command(name = "guide-server", version, about = "Canton Guide API server")]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Migrate, load seeds into an empty database, and serve HTTP (the default).
    Serve,
    /// Apply pending database migrations.
    Migrate,
    /// Validate the seed files and upsert them by slug (never duplicates).
    Seed {
        /// Directory holding zones.yaml, places/, routes.yaml, events.yaml, policies/.
        #[arg(long)]
        dir: Option<PathBuf>,
        /// Then print how many places have coordinates, hours, payments, sources, texts
        /// (`table`), or the same figures as `seeds/coverage-floors.yaml` lines (`floors`).
        #[arg(long, value_enum, num_args = 0..=1, default_missing_value = "table")]
        report: Option<ReportFormat>,
    },
    /// Manage accounts (the first admin comes from here).
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
}

/// How `seed --report` prints the coverage.
#[derive(Clone, Copy, clap::ValueEnum)]
enum ReportFormat {
    /// A table per kind and per locale.
    Table,
    /// `key: value` lines, the form of `seeds/coverage-floors.yaml`.
    Floors,
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create an account with any role, e.g. the first admin.
    Create {
        #[arg(long)]
        email: String,
        /// Same rules as the API (at least 10 characters, not a common password).
        #[arg(long, env = "GUIDE_USER_PASSWORD")]
        password: String,
        /// visitor, merchant, curator or admin.
        #[arg(long, default_value = "visitor")]
        role: String,
    },
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    without_huge_pages();
    let cli = Cli::parse();
    let mut config = Config::from_env()?;
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_new(&config.log).context("GUIDE_LOG is not a valid tracing filter")?,
        )
        // Logs are diagnostics: stderr, so that stdout carries only what a command prints.
        .with_writer(std::io::stderr)
        .init();
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => {
            let state = build_state(config.clone()).await?;
            let listener = tokio::net::TcpListener::bind(config.bind)
                .await
                .with_context(|| format!("cannot listen on {}", config.bind))?;
            let addr = listener.local_addr()?;
            println!("Canton Guide API listening on http://{addr}");
            println!("API docs: http://{addr}/docs   OpenAPI: http://{addr}/openapi.json");
            println!("Console (merchants and staff): http://{addr}/console");
            serve(state, listener, shutdown_signal()).await?;
            println!("shut down cleanly");
        }
        Command::Migrate => {
            let db = store::connect(&config.database_url).await?;
            store::migrate(&db).await?;
            println!("migrations applied");
        }
        Command::Seed {
            dir,
            report: format,
        } => {
            if let Some(dir) = dir {
                config.seeds_dir = dir;
            }
            let db = store::connect(&config.database_url).await?;
            store::migrate(&db).await?;
            // With `--report=floors` stdout is only the floors file, so it can be redirected.
            let to_stdout = !matches!(format, Some(ReportFormat::Floors));
            let say = |line: &str| {
                if to_stdout {
                    println!("{line}")
                } else {
                    eprintln!("{line}")
                }
            };
            let report =
                seed::load(&db, &config.seeds_dir, |step| say(&format!("seed: {step}"))).await?;
            say(report.to_string().trim_end());
            if let Some(format) = format {
                let published = store::catalogue::load_published(&db).await?;
                let coverage = guide_domain::coverage::coverage(&published.places);
                match format {
                    ReportFormat::Table => print!(
                        "\ncoverage of {} published places\n{coverage}",
                        published.places.len()
                    ),
                    ReportFormat::Floors => print!("{}", coverage.floors_yaml()),
                }
            }
        }
        Command::User {
            command:
                UserCommand::Create {
                    email,
                    password,
                    role,
                },
        } => {
            let db = store::connect(&config.database_url).await?;
            store::migrate(&db).await?;
            let user = guide_server::auth::create_user(&db, &email, password, &role).await?;
            println!("created {} {} ({})", user.role, user.email, user.id);
        }
    }
    Ok(())
}

/// Resolves on Ctrl-C or SIGTERM, so in-flight requests finish before exit.
async fn shutdown_signal() {
    let ctrl_c = async {
        tokio::signal::ctrl_c().await.ok();
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutdown signal received; finishing in-flight requests");
}
