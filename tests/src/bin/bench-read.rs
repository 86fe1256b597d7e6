//! `cargo xtask bench read`: the read API under load, each figure against a ceiling
//! measured in the same run.
//!
//! The server under test is the real release binary (`target/release/guide-server`, or
//! `GUIDE_SERVER_BIN`) started as a child process on loopback over a database this program
//! fills with synthetic places (names in Chinese, pinyin-able, and in Latin script, as a
//! city's would be). The ceiling is a bare axum route in this process that returns a
//! precomputed copy of the same body: no middleware, no catalogue, the best this HTTP stack
//! does on this machine. `wrk` (Debian package `wrk`) drives both at 64 connections.
//!
//! Scenarios: 10,000 places x 8 locales on SQLite (start to ready, memory, list near + kind,
//! detail), the same list on PostgreSQL when `GUIDE_TEST_POSTGRES_URL` is set (xtask starts
//! a throwaway cluster), and 100,000 places x 8 locales on SQLite (start to ready, memory,
//! a mix of Chinese, pinyin and misspelt searches). Prints the figures and rewrites the
//! "read" section of docs/PERFORMANCE.md. Targets are printed beside the figures, never
//! asserted: a benchmark reports, the tests decide.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use axum::Router;
use axum::http::header;
use axum::routing::get;
use chrono::Utc;
use guide_domain::place::PaymentInfo;
use guide_domain::{Confidence, District, Interest, PaymentMethod, PlaceKind};
use guide_server::store;
use guide_server::store::column::{Framed, JsonText, Wire};
use guide_server::store::entity::{place, place_translation};
use guide_tests::{Backend, POSTGRES_ENV, metric_value, new_database};
use sea_orm::{EntityTrait, IntoActiveModel};

const LOCALES: [&str; 8] = ["en", "zh-Hans", "ja", "ko", "fr", "de", "ru", "ar"];
const CONNECTIONS: u32 = 64;
const SECONDS: u32 = 10;
const LIST: &str = "/v1/places?near=23.1291,113.2644&kind=restaurant&lang=ja";
const DETAIL: &str = "/v1/places/synthetic-004242?lang=ja";

/// A visitor's searches: Chinese substrings and words with spaces, pinyin joined, spaced
/// and as initials, Latin typos and prefixes, in several languages.
const SEARCHES: [(&str, &str); 12] = [
    ("茶楼", "zh-Hans"),
    ("珠江 茶楼", "zh-Hans"),
    ("白云博物", "ja"),
    ("zhujiang chalou", "en"),
    ("tianheshangchang", "en"),
    ("zjcl", "en"),
    ("Pearl Rivr Tea", "en"),
    ("resturant", "fr"),
    ("museun", "de"),
    ("White Clo", "en"),
    ("Flower City Book", "ru"),
    ("xiguan jiujia", "ar"),
];

/// Areas of the city: Chinese, pinyin as typed, English.
const AREAS: [(&str, &str); 12] = [
    ("珠江", "Pearl River"),
    ("白云", "White Cloud"),
    ("天河", "Tianhe"),
    ("越秀", "Yuexiu"),
    ("荔湾", "Lychee Bay"),
    ("海珠", "Haizhu"),
    ("番禺", "Panyu"),
    ("花城", "Flower City"),
    ("西关", "Xiguan"),
    ("东山", "Dongshan"),
    ("沙面", "Shamian"),
    ("黄埔", "Whampoa"),
];

/// What a place is called by kind of business.
const TRADES: [(&str, &str, PlaceKind); 12] = [
    ("茶楼", "Tea House", PlaceKind::Restaurant),
    ("酒家", "Restaurant", PlaceKind::Restaurant),
    ("商场", "Mall", PlaceKind::Mall),
    ("公园", "Park", PlaceKind::Attraction),
    ("书店", "Bookshop", PlaceKind::Shop),
    ("博物馆", "Museum", PlaceKind::Attraction),
    ("市场", "Market", PlaceKind::Market),
    ("广场", "Plaza", PlaceKind::Mall),
    ("花园", "Garden", PlaceKind::Attraction),
    ("美食街", "Food Street", PlaceKind::FoodStreet),
    ("百货", "Department Store", PlaceKind::Mall),
    ("夜市", "Night Market", PlaceKind::NightScene),
];

/// A deterministic pseudo-random sequence (so every run loads the same city).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Fills `url` (migrated here) with `count` synthetic published places in [`LOCALES`].
async fn load(url: &str, count: usize) -> Result<()> {
    let db = store::connect(url).await?;
    store::migrate(&db).await?;
    let mut rng = Lcg(42);
    let now = Utc::now();
    let hours = [
        "Mo-Su 10:00-22:00",
        "Mo-Fr 09:00-18:00; Sa,Su 10:00-20:00",
        "Tu-Su 09:00-17:00; Mo off",
        "24/7",
    ];
    const BATCH: usize = 500;
    for batch in 0..count.div_ceil(BATCH) {
        let mut places = Vec::with_capacity(BATCH);
        let mut texts = Vec::with_capacity(BATCH * LOCALES.len());
        for i in batch * BATCH..((batch + 1) * BATCH).min(count) {
            let id = uuid::Uuid::now_v7().to_string();
            let (area_zh, area_en) = AREAS[i % AREAS.len()];
            let (trade_zh, trade_en, kind) = TRADES[(i / AREAS.len()) % TRADES.len()];
            let branch = i / (AREAS.len() * TRADES.len()) + 1;
            let name_zh = format!("{area_zh}{trade_zh}{branch}号店");
            let name_en = format!("{area_en} {trade_en} {branch}");
            places.push(
                place::Model {
                    address_zh: Some(format!("广州市{area_zh}路{branch}号")),
                    lat: Some(23.05 + rng.next() * 0.15),
                    lng: Some(113.20 + rng.next() * 0.20),
                    opening_hours: Some(hours[i % hours.len()].into()),
                    opening_hours_confidence: Some(Wire(Confidence::Confirmed)),
                    tags: Framed(vec![trade_en.to_lowercase()]),
                    pay_methods: Framed(if i % 3 == 0 {
                        vec![PaymentMethod::ForeignCardPos]
                    } else {
                        vec![]
                    }),
                    payments: JsonText(if i % 3 == 0 {
                        vec![PaymentInfo {
                            method: PaymentMethod::ForeignCardPos,
                            confidence: Confidence::Confirmed,
                            verified_at: None,
                        }]
                    } else {
                        vec![]
                    }),
                    tax_refund_store: i % 7 == 0,
                    tax_refund_instant: i % 21 == 0,
                    tax_refund_confidence: (i % 7 == 0 || i % 21 == 0)
                        .then_some(Wire(Confidence::Confirmed)),
                    night: kind == PlaceKind::NightScene,
                    interests: Framed(vec![Interest::Food]),
                    visit_minutes: Some(60),
                    ..place::Model::blank(
                        id.clone(),
                        format!("synthetic-{i:06}"),
                        kind,
                        District::Tianhe,
                        name_zh.clone(),
                        now,
                    )
                }
                .into_active_model(),
            );
            for locale in LOCALES {
                let name = match locale {
                    "zh-Hans" => name_zh.clone(),
                    "ja" => format!("{area_zh}{trade_zh} {branch}号店"),
                    "en" | "fr" | "de" => name_en.clone(),
                    other => format!("{name_en} ({other})"),
                };
                texts.push(
                    place_translation::Model {
                        place_id: id.clone(),
                        locale: locale.into(),
                        name,
                        summary: Some(format!(
                            "A {} in {area_en}: synthetic, for the read benchmark ({locale}).",
                            trade_en.to_lowercase()
                        )),
                        address: None,
                        hours_note: None,
                        origin: None,
                    }
                    .into_active_model(),
                );
            }
        }
        place::Entity::insert_many(places)
            .exec_without_returning(&db)
            .await?;
        for chunk in texts.chunks(1000) {
            place_translation::Entity::insert_many(chunk.to_vec())
                .exec_without_returning(&db)
                .await?;
        }
    }
    db.close().await?;
    Ok(())
}

/// A fresh SQLite file under `target/bench/`.
fn sqlite_url(name: &str) -> Result<String> {
    let dir = root().join("target/bench");
    std::fs::create_dir_all(&dir)?;
    let path = dir.join(name);
    for suffix in ["", "-wal", "-shm"] {
        std::fs::remove_file(format!("{}{suffix}", path.display())).ok();
    }
    Ok(format!("sqlite://{}?mode=rwc", path.display()))
}

/// The server under test, a child process; killed when dropped.
struct Server {
    child: Child,
    base: String,
    /// From spawn to the first `/readyz` 200.
    ready_after: Duration,
}

impl Server {
    fn start(runtime: &tokio::runtime::Runtime, database_url: &str) -> Result<Server> {
        let bin = std::env::var_os("GUIDE_SERVER_BIN")
            .map(PathBuf::from)
            .unwrap_or_else(|| root().join("target/release/guide-server"));
        let port = std::net::TcpListener::bind("127.0.0.1:0")?
            .local_addr()?
            .port();
        let empty_seeds = root().join("target/bench/no-seeds");
        std::fs::create_dir_all(&empty_seeds)?;
        let started = Instant::now();
        let child = Command::new(&bin)
            .env("GUIDE_DATABASE_URL", database_url)
            .env("GUIDE_BIND", format!("127.0.0.1:{port}"))
            .env("GUIDE_SEEDS_DIR", &empty_seeds)
            .env("GUIDE_LOG", "warn")
            // Required outside SQLite development setups; any 32+ bytes do for a benchmark.
            .env(
                "GUIDE_JWT_SECRET",
                "bench-read-secret-0123456789abcdefghijklmnop",
            )
            // wrk opens all its connections from one address.
            .env("GUIDE_MAX_CONNECTIONS_PER_IP", "1024")
            .stdout(Stdio::null())
            .spawn()
            .with_context(|| {
                format!(
                    "cannot start {} (build it with cargo build --release -p guide-server)",
                    bin.display()
                )
            })?;
        let base = format!("http://127.0.0.1:{port}");
        let mut server = Server {
            child,
            base,
            ready_after: Duration::ZERO,
        };
        let ready = format!("{}/readyz", server.base);
        let client = reqwest::Client::new();
        loop {
            if runtime
                .block_on(client.get(&ready).send())
                .is_ok_and(|r| r.status().is_success())
            {
                server.ready_after = started.elapsed();
                return Ok(server);
            }
            if let Some(status) = server.child.try_wait()? {
                bail!("the server exited with {status} before it was ready");
            }
            if started.elapsed() > Duration::from_secs(300) {
                bail!("the server was not ready after 5 minutes");
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    /// Resident memory now and at its peak, in MiB (from /proc).
    fn memory_mib(&self) -> Result<(f64, f64)> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))?;
        let kib = |key: &str| {
            status
                .lines()
                .find_map(|l| l.strip_prefix(key))
                .and_then(|rest| rest.split_whitespace().next()?.parse::<f64>().ok())
                .with_context(|| format!("no {key} in /proc/…/status"))
        };
        Ok((kib("VmRSS:")? / 1024.0, kib("VmHWM:")? / 1024.0))
    }

    /// A gauge from the server's `/metrics` (Prometheus text), if it reports it.
    fn metric(&self, runtime: &tokio::runtime::Runtime, name: &str) -> Result<Option<f64>> {
        let page = String::from_utf8(self.get(runtime, "/metrics")?)?;
        Ok(metric_value(&page, name))
    }

    fn get(&self, runtime: &tokio::runtime::Runtime, path: &str) -> Result<Vec<u8>> {
        let url = format!("{}{path}", self.base);
        runtime.block_on(async {
            let response = reqwest::get(&url).await?;
            let status = response.status();
            let body = response.bytes().await?.to_vec();
            if !status.is_success() {
                bail!("GET {path}: {status}: {}", String::from_utf8_lossy(&body));
            }
            Ok(body)
        })
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.child.kill().ok();
        self.child.wait().ok();
    }
}

/// A bare server in this process that answers `body` (the ceiling for that body).
fn ceiling(runtime: &tokio::runtime::Runtime, body: Vec<u8>) -> Result<String> {
    // Every path gets the body, so that a script of paths can be replayed against it.
    let app = Router::new().fallback(get(move || {
        let body = body.clone();
        async move { ([(header::CONTENT_TYPE, "application/json")], body) }
    }));
    let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))?;
    let url = format!("http://{}", listener.local_addr()?);
    runtime.spawn(async move { axum::serve(listener, app).await.ok() });
    Ok(url)
}

/// What `wrk` reported.
#[derive(Debug, Clone, Copy)]
struct Load {
    rps: f64,
    p50_ms: f64,
    p99_ms: f64,
}

fn parse_ms(s: &str) -> Option<f64> {
    let s = s.trim();
    for (unit, factor) in [("us", 0.001), ("ms", 1.0), ("s", 1000.0)] {
        if let Some(n) = s.strip_suffix(unit) {
            return n.parse::<f64>().ok().map(|v| v * factor);
        }
    }
    None
}

/// Runs wrk against `url`, cycling through `paths` when given (a Lua script).
fn wrk(url: &str, paths: &[String]) -> Result<Load> {
    let mut cmd = Command::new("wrk");
    cmd.args([
        "-t2",
        &format!("-c{CONNECTIONS}"),
        &format!("-d{SECONDS}s"),
        "--latency",
    ]);
    if !paths.is_empty() {
        let script = root().join("target/bench/paths.lua");
        let list: Vec<String> = paths.iter().map(|p| format!("{p:?}")).collect();
        std::fs::write(
            &script,
            format!(
                "local paths = {{{}}}\nlocal i = 0\nrequest = function()\n  i = i % #paths + 1\n  return wrk.format(\"GET\", paths[i])\nend\n",
                list.join(", ")
            ),
        )?;
        cmd.arg("-s").arg(&script);
    }
    let output = cmd
        .arg(url)
        .output()
        .context("cannot run wrk: install it with `apt-get install wrk`")?;
    if !output.status.success() {
        bail!("wrk failed: {}", String::from_utf8_lossy(&output.stderr));
    }
    let text = String::from_utf8_lossy(&output.stdout);
    if text.contains("Non-2xx") {
        bail!("wrk saw non-2xx responses:\n{text}");
    }
    let field = |prefix: &str| {
        text.lines().find_map(|l| {
            l.trim()
                .strip_prefix(prefix)
                .map(|rest| rest.trim().to_owned())
        })
    };
    Ok(Load {
        rps: field("Requests/sec:")
            .and_then(|v| v.parse().ok())
            .context("no Requests/sec in wrk output")?,
        p50_ms: field("50%").and_then(|v| parse_ms(&v)).context("no p50")?,
        p99_ms: field("99%").and_then(|v| parse_ms(&v)).context("no p99")?,
    })
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The report, as Markdown lines.
#[derive(Default)]
struct Report {
    rows: Vec<String>,
    notes: Vec<String>,
}

impl Report {
    fn load(&mut self, what: &str, api: Load, ceiling: Load, target: &str) {
        let ratio = api.rps / ceiling.rps * 100.0;
        let line = format!(
            "| {what} | {:.0} | {:.2} ms | {:.2} ms | {:.0} | **{ratio:.0} %** | {target} |",
            api.rps, api.p50_ms, api.p99_ms, ceiling.rps
        );
        println!("{line}");
        self.rows.push(line);
    }

    fn note(&mut self, line: String) {
        println!("{line}");
        self.notes.push(line);
    }
}

fn list_items(body: &[u8]) -> Result<usize> {
    let value: serde_json::Value = serde_json::from_slice(body)?;
    let items = value["items"].as_array().map(Vec::len).unwrap_or(0);
    if items == 0 {
        bail!(
            "the benchmark query returned no places: {}",
            String::from_utf8_lossy(body)
        );
    }
    Ok(items)
}

fn search_paths() -> Vec<String> {
    SEARCHES
        .iter()
        .map(|(q, lang)| {
            format!(
                "/v1/places?q={}&lang={lang}",
                form_urlencoded::byte_serialize(q.as_bytes()).collect::<String>()
            )
        })
        .collect()
}

/// Start, memory and reads over `count` places in `url`.
fn scenario(
    runtime: &tokio::runtime::Runtime,
    report: &mut Report,
    engine: &str,
    url: &str,
    count: usize,
) -> Result<()> {
    eprintln!(
        "bench: loading {count} places x {} locales into {engine}",
        LOCALES.len()
    );
    let started = Instant::now();
    runtime.block_on(load(url, count))?;
    eprintln!("bench: loaded in {:.1}s", started.elapsed().as_secs_f64());
    let server = Server::start(runtime, url)?;
    let (rss, _) = server.memory_mib()?;
    let index_mib = server
        .metric(runtime, "catalogue_search_index_bytes")?
        .context("the server reports no catalogue_search_index_bytes")?
        / (1024.0 * 1024.0);
    report.note(format!(
        "- {engine}, {count} places: ready (`/readyz` 200) **{:.2} s** after the process started; resident memory {rss:.0} MiB once ready, of which the search index {index_mib:.0} MiB",
        server.ready_after.as_secs_f64()
    ));

    let list = server.get(runtime, LIST)?;
    let items = list_items(&list)?;
    eprintln!("bench: list body {} bytes, {items} items", list.len());
    let list_ceiling = wrk(&ceiling(runtime, list)?, &[])?;
    let api = wrk(&format!("{}{LIST}", server.base), &[])?;
    let target = if engine == "SQLite" {
        ">= 50 %, p99 < 10 ms"
    } else {
        ">= 35 %"
    };
    report.load(
        &format!("{engine}, {count} places: `GET {LIST}`"),
        api,
        list_ceiling,
        target,
    );

    if count <= 10_000 && engine == "SQLite" {
        let detail = server.get(runtime, DETAIL)?;
        let detail_ceiling = wrk(&ceiling(runtime, detail)?, &[])?;
        let api = wrk(&format!("{}{DETAIL}", server.base), &[])?;
        report.load(
            &format!("{engine}, {count} places: `GET {DETAIL}`"),
            api,
            detail_ceiling,
            ">= 50 %",
        );
    }
    if count >= 100_000 {
        let paths = search_paths();
        let mut answered = 0;
        for path in &paths {
            let body: serde_json::Value = serde_json::from_slice(&server.get(runtime, path)?)?;
            answered += usize::from(
                body["items"]
                    .as_array()
                    .is_some_and(|items| !items.is_empty()),
            );
        }
        report.note(format!(
            "- {engine}, {count} places: {answered} of the {} search queries find places",
            paths.len()
        ));
        // The ceiling answers the first search's body for every path.
        let body = server.get(runtime, &paths[0])?;
        let search_ceiling = wrk(&ceiling(runtime, body)?, &paths)?;
        let api = wrk(&server.base, &paths)?;
        report.load(
            &format!(
                "{engine}, {count} places: search mix ({} queries)",
                paths.len()
            ),
            api,
            search_ceiling,
            "p99 < 15 ms",
        );
    }
    let (rss, peak) = server.memory_mib()?;
    report.note(format!(
        "- {engine}, {count} places: resident memory after the load runs {rss:.0} MiB (peak {peak:.0} MiB; target <= 150 MB at 100,000)"
    ));
    Ok(())
}

fn main() -> Result<()> {
    guide_tests::tls_provider();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let mut report = Report::default();
    println!(
        "| scenario | req/s | p50 | p99 | ceiling req/s | API / ceiling | target |\n|---|---:|---:|---:|---:|---:|---|"
    );

    scenario(
        &runtime,
        &mut report,
        "SQLite",
        &sqlite_url("read-10k.db")?,
        10_000,
    )?;
    if std::env::var_os(POSTGRES_ENV).is_some() {
        let url = runtime.block_on(new_database(Backend::Postgres));
        scenario(&runtime, &mut report, "PostgreSQL", &url, 10_000)?;
    } else {
        report.note(format!(
            "- PostgreSQL: not measured ({POSTGRES_ENV} not set; `cargo xtask bench read` sets it)"
        ));
    }
    scenario(
        &runtime,
        &mut report,
        "SQLite",
        &sqlite_url("read-100k.db")?,
        100_000,
    )?;
    write_report(&report, &root().join("docs/PERFORMANCE.md"))
}

fn write_report(report: &Report, path: &Path) -> Result<()> {
    let existing = std::fs::read_to_string(path).unwrap_or_else(|_| "# Performance\n".to_owned());
    let (start, end) = ("<!-- bench-read:start -->", "<!-- bench-read:end -->");
    let section = format!(
        "{start}\n## Read API (`cargo xtask bench read`)\n\n\
         Measured {} on this machine (2 cores; wrk, the server and the ceiling share them): \
         synthetic places x {} locales, the release server as a child process, \
         `wrk -t2 -c{CONNECTIONS} -d{SECONDS}s --latency`; the ceiling is a bare axum route answering the same body.\n\n\
         | scenario | req/s | p50 | p99 | ceiling req/s | API / ceiling | target |\n|---|---:|---:|---:|---:|---:|---|\n{}\n\n{}\n{end}",
        Utc::now().format("%Y-%m-%d %H:%M UTC"),
        LOCALES.len(),
        report.rows.join("\n"),
        report.notes.join("\n"),
    );
    let updated = match (existing.find(start), existing.find(end)) {
        (Some(a), Some(b)) => format!("{}{section}{}", &existing[..a], &existing[b + end.len()..]),
        _ => format!("{}\n{section}\n", existing.trim_end()),
    };
    std::fs::write(path, updated)?;
    eprintln!("bench: wrote {}", path.display());
    Ok(())
}
