//! `cargo xtask bench read`: the read API under load, against a ceiling measured in the
//! same run.
//!
//! Loads 10,000 synthetic places x 8 locales into a fresh SQLite database, serves the
//! real app on loopback, and drives `GET /v1/places?near=…&kind=…&lang=ja` with `wrk`
//! (Debian package `wrk`) at 64 connections. Then the same tool hits `/__ceiling`, a bare
//! route (no middleware, no database) that returns a precomputed copy of the same body:
//! the best this HTTP stack can do on this machine. Prints req/s and p50/p99 for both
//! and the ratio, and rewrites the "read" section of docs/PERFORMANCE.md.

use std::path::PathBuf;
use std::process::Command;
use std::sync::{Arc, OnceLock};

use anyhow::{Context, Result, bail};
use axum::Router;
use axum::http::header;
use axum::routing::get;
use chrono::Utc;
use guide_domain::place::PaymentInfo;
use guide_domain::{Confidence, District, Interest, PaymentMethod, PlaceKind};
use guide_server::store::column::{Framed, JsonText, Wire};
use guide_server::store::entity::{place, place_translation};
use guide_server::{Config, build_state, store};
use sea_orm::{EntityTrait, IntoActiveModel};

const PLACES: usize = 10_000;
const LOCALES: [&str; 8] = ["en", "zh-Hans", "ja", "ko", "fr", "de", "ru", "ar"];
const KINDS: &[PlaceKind] = PlaceKind::ALL;
const QUERY: &str = "/v1/places?near=23.1291,113.2644&kind=restaurant&lang=ja";
const CONNECTIONS: u32 = 64;
const SECONDS: u32 = 10;

/// A deterministic pseudo-random sequence (so every run loads the same city).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> f64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

async fn load(url: &str) -> Result<()> {
    let db = store::connect(url).await?;
    store::migrate(&db).await?;
    let mut rng = Lcg(42);
    let now = Utc::now();
    let hours = ["Mo-Su 10:00-22:00", "Mo-Fr 09:00-18:00; Sa,Su 10:00-20:00", "Tu-Su 09:00-17:00; Mo off", "24/7"];
    for batch in 0..PLACES / 500 {
        let mut places = Vec::with_capacity(500);
        let mut texts = Vec::with_capacity(500 * LOCALES.len());
        for i in batch * 500..(batch + 1) * 500 {
            let id = uuid::Uuid::now_v7().to_string();
            let kind = KINDS[i % KINDS.len()].as_str();
            places.push(
                place::Model {
                    address_zh: Some(format!("广州市天河区测试路{i}号")),
                    lat: Some(23.05 + rng.next() * 0.15),
                    lng: Some(113.20 + rng.next() * 0.20),
                    opening_hours: Some(hours[i % hours.len()].into()),
                    opening_hours_confidence: Some(Wire(Confidence::Confirmed)),
                    tags: Framed(vec!["food".into()]),
                    pay_methods: Framed(if i % 3 == 0 { vec![PaymentMethod::ForeignCardPos] } else { vec![] }),
                    payments: JsonText(if i % 3 == 0 {
                        vec![PaymentInfo { method: PaymentMethod::ForeignCardPos, confidence: Confidence::Confirmed, verified_at: None }]
                    } else {
                        vec![]
                    }),
                    tax_refund_store: i % 7 == 0,
                    tax_refund_instant: i % 21 == 0,
                    tax_refund_confidence: (i % 7 == 0 || i % 21 == 0).then_some(Wire(Confidence::Confirmed)),
                    night: i % 5 == 0,
                    interests: Framed(vec![Interest::Food]),
                    visit_minutes: Some(60),
                    ..place::Model::blank(id.clone(), format!("synthetic-{i:05}"), KINDS[i % KINDS.len()], District::Tianhe, format!("合成地点{i}"), now)
                }
                .into_active_model(),
            );
            for locale in LOCALES {
                texts.push(
                    place_translation::Model {
                        place_id: id.clone(),
                        locale: locale.into(),
                        name: format!("Place {i} ({locale})"),
                        summary: Some(format!("A synthetic {kind} used by the read benchmark, text in {locale}.")),
                        address: None,
                        hours_note: None,
                        origin: None,
                    }
                    .into_active_model(),
                );
            }
        }
        place::Entity::insert_many(places).exec_without_returning(&db).await?;
        for chunk in texts.chunks(1000) {
            place_translation::Entity::insert_many(chunk.to_vec()).exec_without_returning(&db).await?;
        }
    }
    db.close().await?;
    Ok(())
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

fn wrk(url: &str) -> Result<Load> {
    let output = Command::new("wrk")
        .args(["-t2", &format!("-c{CONNECTIONS}"), &format!("-d{SECONDS}s"), "--latency", url])
        .output()
        .context("cannot run wrk: install it with `apt-get install wrk`")?;
    if !output.status.success() {
        bail!("wrk failed: {}", String::from_utf8_lossy(&output.stderr));
    }
    let text = String::from_utf8_lossy(&output.stdout);
    let field = |prefix: &str| {
        text.lines().find_map(|l| l.trim().strip_prefix(prefix).map(|rest| rest.trim().to_owned()))
    };
    let rps = field("Requests/sec:").and_then(|v| v.parse().ok()).context("no Requests/sec in wrk output")?;
    let p50 = field("50%").and_then(|v| parse_ms(&v)).context("no p50")?;
    let p99 = field("99%").and_then(|v| parse_ms(&v)).context("no p99")?;
    if text.contains("Non-2xx") {
        bail!("wrk saw non-2xx responses:\n{text}");
    }
    Ok(Load { rps, p50_ms: p50, p99_ms: p99 })
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn main() -> Result<()> {
    let dir = root().join("target/bench");
    std::fs::create_dir_all(&dir)?;
    let db_path = dir.join("read.db");
    for suffix in ["", "-wal", "-shm"] {
        std::fs::remove_file(format!("{}{suffix}", db_path.display())).ok();
    }
    let url = format!("sqlite://{}?mode=rwc", db_path.display());
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
    eprintln!("bench: loading {PLACES} places x {} locales into {}", LOCALES.len(), db_path.display());
    let started = std::time::Instant::now();
    runtime.block_on(load(&url))?;
    eprintln!("bench: loaded in {:.1}s", started.elapsed().as_secs_f64());

    let config = Config { database_url: url, seeds_dir: root().join("seeds"), ..Config::default() };
    let state = runtime.block_on(build_state(config))?;
    let ceiling_body: Arc<OnceLock<Vec<u8>>> = Arc::default();
    let body = ceiling_body.clone();
    let app = guide_server::http::router(state).merge(Router::new().route(
        "/__ceiling",
        get(move || {
            let body = body.clone();
            async move { ([(header::CONTENT_TYPE, "application/json")], body.get().cloned().unwrap_or_default()) }
        }),
    ));
    let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))?;
    let base = format!("http://{}", listener.local_addr()?);
    runtime.spawn(async move {
        axum::serve(listener, app.into_make_service_with_connect_info::<std::net::SocketAddr>()).await.ok();
    });

    let real = runtime.block_on(async { reqwest::get(format!("{base}{QUERY}")).await?.bytes().await })?;
    let items = serde_json::from_slice::<serde_json::Value>(&real)?["items"].as_array().map(Vec::len).unwrap_or(0);
    if items == 0 {
        bail!("the benchmark query returned no places: {}", String::from_utf8_lossy(&real));
    }
    ceiling_body.set(real.to_vec()).ok();
    eprintln!("bench: body {} bytes, {items} items; running wrk for {SECONDS}s at {CONNECTIONS} connections, twice", real.len());

    let api = wrk(&format!("{base}{QUERY}"))?;
    let ceiling = wrk(&format!("{base}/__ceiling"))?;
    let ratio = api.rps / ceiling.rps;
    let report = format!(
        "| endpoint | req/s | p50 | p99 |\n|---|---|---|---|\n\
         | `GET {QUERY}` | {:.0} | {:.2} ms | {:.2} ms |\n\
         | ceiling: same body, bare route | {:.0} | {:.2} ms | {:.2} ms |\n\n\
         Ratio API / ceiling: **{:.0} %** (target >= 50 %); API p99 {:.2} ms (target < 10 ms).\n",
        api.rps, api.p50_ms, api.p99_ms, ceiling.rps, ceiling.p50_ms, ceiling.p99_ms, ratio * 100.0, api.p99_ms
    );
    println!("\n{report}");
    write_report(&report, real.len(), items)?;
    Ok(())
}

fn write_report(table: &str, bytes: usize, items: usize) -> Result<()> {
    let path = root().join("docs/PERFORMANCE.md");
    let existing = std::fs::read_to_string(&path).unwrap_or_else(|_| "# Performance\n".to_owned());
    let (start, end) = ("<!-- bench-read:start -->", "<!-- bench-read:end -->");
    let section = format!(
        "{start}\n## Read API (`cargo xtask bench read`)\n\n\
         Measured {} on this machine (2 cores; wrk and the server share them): {PLACES} synthetic places x {} \
         locales in SQLite, `wrk -t2 -c{CONNECTIONS} -d{SECONDS}s --latency`, response {bytes} bytes with {items} items.\n\n{table}{end}",
        Utc::now().format("%Y-%m-%d %H:%M UTC"),
        LOCALES.len()
    );
    let updated = match (existing.find(start), existing.find(end)) {
        (Some(a), Some(b)) => format!("{}{section}{}", &existing[..a], &existing[b + end.len()..]),
        _ => format!("{}\n{section}\n", existing.trim_end()),
    };
    std::fs::create_dir_all(path.parent().expect("docs/ has a parent"))?;
    std::fs::write(&path, updated)?;
    eprintln!("bench: wrote {}", path.display());
    Ok(())
}
