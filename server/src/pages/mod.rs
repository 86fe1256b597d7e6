//! Public pages for sharing: `/p/{slug}` (a place) and `/r/{slug}` (a themed route), in
//! the visitor's language (`?lang=` or `Accept-Language`, as the API).
//!
//! A link pasted into a chat app should open a page any phone can show, and preview
//! there: each page carries Open Graph tags and the same schema.org JSON-LD as the API's
//! `Accept: application/ld+json`. Pages read the in-memory catalogue like every public
//! API read (no database round trip) and pass through the API's ETag middleware, so a
//! page changes its tag exactly when its bytes do. No script, no cookies; the
//! Content-Security-Policy allows only the page's own stylesheet.

use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use chrono::Utc;
use guide_domain::catalogue::{Place, Route};
use guide_domain::hours::{DayLine, TIME_ZONE, week_lines};
use guide_domain::l10n::tr;
use guide_domain::locale::TextDirection;
use guide_domain::{Locale, OpenState, map_links};

use crate::app::AppState;
use crate::catalogue::Snapshot;
use crate::http::places;
use crate::i18n::Lang;

/// Only the page's stylesheet; no script, no frames, no forms.
const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
const STYLESHEET: &str = include_str!("pages.css");

/// The public pages' routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/p/{slug}", get(place_page))
        .route("/r/{slug}", get(route_page))
        .route("/static/pages.css", get(stylesheet))
}

/// What every page's frame needs.
struct Frame {
    lang: &'static str,
    dir: &'static str,
    title: String,
    description: String,
    /// The page's own address in its language (`og:url`, canonical link).
    url: String,
    /// `og:locale` (`ja_JP` style).
    og_locale: String,
    /// The language switch: (tag, native name, this page's path with `?lang=`).
    languages: Vec<(&'static str, &'static str, String)>,
    /// Notices the visitor must see ("verify before travel", fallback language…).
    notices: Vec<String>,
    /// schema.org JSON-LD, escaped for a `<script>` element.
    json_ld: String,
    sources_label: String,
    sources: Vec<SourceLine>,
}

/// One cited page.
struct SourceLine {
    url: String,
    title: String,
    as_of: String,
}

impl Frame {
    fn new(
        base: &str,
        locale: Locale,
        title: String,
        description: String,
        path: String,
        json_ld: serde_json::Value,
    ) -> Frame {
        // `</` would end the script element early; JSON allows `<\/` for it.
        let json_ld = json_ld.to_string().replace("</", "<\\/");
        Frame {
            lang: locale.tag(),
            dir: match locale.direction() {
                TextDirection::Rtl => "rtl",
                TextDirection::Ltr => "ltr",
            },
            title,
            description,
            og_locale: locale.tag().replace('-', "_"),
            languages: Locale::ALL
                .iter()
                .map(|l| (l.tag(), l.native_name(), format!("{path}?lang={}", l.tag())))
                .collect(),
            // Absolute when the public address is configured (previews need it), and in
            // the page's language, which a shared link should keep.
            url: format!("{base}{path}?lang={}", locale.tag()),
            notices: Vec::new(),
            json_ld,
            sources_label: tr(locale, "page-sources"),
            sources: Vec::new(),
        }
    }

    fn cite(&mut self, sources: &[guide_domain::Source]) {
        self.sources = sources
            .iter()
            .map(|s| SourceLine {
                url: s.url.clone(),
                title: s.title.clone().unwrap_or_else(|| s.url.clone()),
                as_of: s.as_of.map(|d| d.to_string()).unwrap_or_default(),
            })
            .collect();
    }
}

#[derive(Template)]
#[template(path = "place.html")]
struct PlacePage {
    f: Frame,
    kind: String,
    summary: Option<String>,
    hours_label: String,
    /// Open now, closed now, or unknown.
    hours_state: String,
    /// The coming seven days, from today in Guangzhou.
    week: Vec<DayLine>,
    hours_note: Option<String>,
    payments_label: String,
    payments: Vec<String>,
    driver_title: String,
    driver_request: String,
    name_zh: String,
    address_zh: Option<String>,
    phone: Option<String>,
    maps_label: String,
    maps: Vec<(&'static str, String)>,
}

#[derive(Template)]
#[template(path = "route.html")]
struct RoutePage {
    f: Frame,
    summary: Option<String>,
    stops_label: String,
    stops: Vec<StopLine>,
}

struct StopLine {
    href: String,
    name: String,
    name_zh: String,
    stay: String,
    next: Option<String>,
}

#[derive(Template)]
#[template(path = "missing.html")]
struct MissingPage {
    f: Frame,
    detail: String,
}

/// Renders a page with its headers.
fn render(status: StatusCode, locale: Locale, page: impl Template) -> Response {
    match page.render() {
        Ok(html) => {
            let mut response = (status, html).into_response();
            let h = response.headers_mut();
            h.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            );
            h.insert(
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static(CSP),
            );
            h.insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=300"),
            );
            if let Ok(lang) = HeaderValue::from_str(locale.tag()) {
                h.insert(header::CONTENT_LANGUAGE, lang);
            }
            h.insert(header::VARY, HeaderValue::from_static("Accept-Language"));
            response
        }
        Err(e) => {
            tracing::error!(error = %e, "public page did not render");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

fn missing(base: &str, locale: Locale, path: String) -> Response {
    let title = tr(locale, "error-not-found-title");
    let f = Frame::new(
        base,
        locale,
        title.clone(),
        title,
        path,
        serde_json::Value::Null,
    );
    render(
        StatusCode::NOT_FOUND,
        locale,
        MissingPage {
            f,
            detail: tr(locale, "page-not-found"),
        },
    )
}

/// `/p/{slug}`: one published place.
async fn place_page(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Path(slug): Path<String>,
) -> Response {
    let snapshot = state.catalogue.snapshot();
    let base = state.config.public_url.as_deref().unwrap_or("");
    let path = format!("/p/{}", short(&slug));
    let Some(place) = snapshot.place(&slug) else {
        return missing(base, locale, path);
    };
    let path = format!("/p/{}", place.facts.slug);
    render(
        StatusCode::OK,
        locale,
        place_view(base, place, locale, path),
    )
}

fn place_view(base: &str, place: &Place, locale: Locale, path: String) -> PlacePage {
    let f = &place.facts;
    let text = place.text(locale);
    let name = text.value.name().to_owned();
    let summary = text.value.summary().map(str::to_owned);
    let json_ld = places::json_ld(place, &text.value, text.locale, locale);
    let mut frame = Frame::new(
        base,
        locale,
        name.clone(),
        summary.clone().unwrap_or_else(|| name.clone()),
        path,
        json_ld,
    );
    frame.notices = places::notices(f, text.fallback.then_some(text.locale), locale)
        .into_iter()
        .map(|n| n.message)
        .collect();
    frame.cite(&f.sources);
    let now = Utc::now().fixed_offset();
    let hours_state = match f.hours.as_ref().map(|h| h.hours.state_at(now)) {
        Some(OpenState::Open) => tr(locale, "badge-open-now"),
        Some(OpenState::Closed) => tr(locale, "badge-closed-now"),
        _ => tr(locale, "badge-hours-unknown"),
    };
    let payments = places::payments(f, locale)
        .into_iter()
        .map(|p| match p.notice {
            Some(notice) => format!("{} ({notice})", p.label),
            None => p.label,
        })
        .collect();
    let maps = f
        .lat_lng()
        .map(|at| {
            let links = map_links(&name, at);
            vec![
                ("Amap", links.amap),
                ("Apple Maps", links.apple),
                ("Google Maps", links.google),
            ]
        })
        .unwrap_or_default();
    PlacePage {
        f: frame,
        kind: tr(locale, &format!("kind-{}", f.kind.as_str())),
        summary,
        hours_label: tr(locale, "page-hours"),
        hours_state,
        week: f
            .hours
            .as_ref()
            .map(|h| week_lines(&h.hours, now.with_timezone(&TIME_ZONE).date_naive(), locale))
            .unwrap_or_default(),
        hours_note: text.value.hours_note().map(str::to_owned),
        payments_label: tr(locale, "page-payments"),
        payments,
        driver_title: tr(locale, "driver-card-title"),
        driver_request: tr(locale, "driver-card-request"),
        name_zh: f.name_zh.clone(),
        address_zh: f.address_zh.clone(),
        phone: f.phone.clone(),
        maps_label: tr(locale, "page-maps"),
        maps,
    }
}

/// `/r/{slug}`: one published themed route with its stops in order.
async fn route_page(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Path(slug): Path<String>,
) -> Response {
    let snapshot = state.catalogue.snapshot();
    let base = state.config.public_url.as_deref().unwrap_or("");
    let Some(route) = snapshot.route(&slug) else {
        return missing(base, locale, format!("/r/{}", short(&slug)));
    };
    let path = format!("/r/{}", route.facts.slug);
    render(
        StatusCode::OK,
        locale,
        route_view(base, &snapshot, route, locale, path),
    )
}

fn route_view(
    base: &str,
    snapshot: &Snapshot,
    route: &Route,
    locale: Locale,
    path: String,
) -> RoutePage {
    let text = route.text(locale);
    let (name, summary) = (text.value.name.clone(), text.value.summary.clone());
    let minutes = |count: u32| {
        crate::i18n::text(
            locale,
            &crate::error::Msg::new("minutes").arg("count", i64::from(count)),
        )
    };
    // A stop whose place was unpublished drops out, as in the API.
    let stops: Vec<StopLine> = route
        .facts
        .stops
        .iter()
        .filter_map(|s| {
            let place = snapshot.place(&s.place_id)?;
            let next = s.to_next.as_ref().map(|leg| {
                let how = format!(
                    "{}, {}",
                    tr(locale, &format!("mode-{}", leg.mode.as_str())),
                    minutes(leg.minutes)
                );
                match leg.directions.pick(locale) {
                    Some(d) => format!("{how}: {}", d.value.note),
                    None => how,
                }
            });
            Some(StopLine {
                href: format!("/p/{}", place.facts.slug),
                name: place.name(locale).into_owned(),
                name_zh: place.facts.name_zh.clone(),
                stay: minutes(s.dwell_minutes),
                next,
            })
        })
        .collect();
    let json_ld = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "TouristTrip",
        "name": name,
        "description": summary,
        "inLanguage": locale.tag(),
        "itinerary": {
            "@type": "ItemList",
            "numberOfItems": stops.len(),
            "itemListElement": stops.iter().enumerate().map(|(i, s)| serde_json::json!({
                "@type": "ListItem", "position": i + 1, "name": s.name, "alternateName": s.name_zh,
            })).collect::<Vec<_>>(),
        },
    });
    let mut frame = Frame::new(
        base,
        locale,
        name.clone(),
        summary.clone().unwrap_or_else(|| name.clone()),
        path,
        json_ld,
    );
    if text.fallback {
        frame.notices.push(places::text_msg(locale, text.locale));
    }
    frame.cite(&route.facts.sources);
    RoutePage {
        f: frame,
        summary,
        stops_label: tr(locale, "page-stops"),
        stops,
    }
}

/// A slug as echoed in a page: long input is cut (a 10 KB slug is not repeated back).
fn short(slug: &str) -> String {
    slug.chars().take(100).collect()
}

async fn stylesheet() -> Response {
    let mut response = STYLESHEET.into_response();
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/css; charset=utf-8"),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=3600"),
    );
    response
}
