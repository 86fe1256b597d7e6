//! The audit log for tourism staff (`/console/audit`): who did what, when, with the state
//! before and after, newest first, 50 entries a page (keyset). The filters are the plain
//! GET fields `GET /v1/staff/audit` accepts, read by the same function
//! (`workflow::audit::read_filter`) and answered by the same query.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use guide_domain::Locale;
use guide_domain::l10n::tr;

use super::context::StaffUser;
use super::merchant::local_time;
use super::page::{Layout, PageError, html, role_label};
use crate::app::AppState;
use crate::error::{Error, FieldError};
use crate::http::params::Params;
use crate::i18n::text;
use crate::store::accounts::users_by_ids;
use crate::workflow::audit::{self as log, AuditPage};

/// Entries per page.
const PAGE: u64 = 50;

/// One filter field of the form.
struct Filter {
    /// The parameter name (also the input's name).
    name: &'static str,
    label: String,
    hint: Option<String>,
    value: String,
    error: Option<String>,
}

/// One entry, readable.
struct Row {
    at: String,
    at_iso: String,
    actor_id: String,
    actor_email: Option<String>,
    actor_role: String,
    action: String,
    target_type: String,
    target_id: String,
    /// The console page of the target, if it has one.
    target_href: Option<String>,
    before: Option<String>,
    after: Option<String>,
}

#[derive(Template)]
#[template(path = "audit.html")]
struct AuditLogPage {
    l: Layout,
    filters: Vec<Filter>,
    rows: Vec<Row>,
    /// The query of the next page (filters and cursor), if there is one.
    next: Option<String>,
    alert: Option<String>,
    /// Some filter is set.
    filtered: bool,
}

fn filter_label(name: &str) -> (&'static str, Option<&'static str>) {
    match name {
        "actor" => ("console-audit-actor", None),
        "action" => ("console-audit-action", Some("console-audit-action-hint")),
        "target_type" => ("console-audit-target-type", None),
        "target_id" => ("console-audit-target-id", None),
        "since" => ("console-audit-since", Some("console-audit-time-hint")),
        _ => ("console-audit-until", Some("console-audit-time-hint")),
    }
}

/// Stored JSON, indented for reading; as stored if it does not parse.
fn pretty(raw: Option<String>) -> Option<String> {
    raw.map(|s| {
        serde_json::from_str::<serde_json::Value>(&s)
            .ok()
            .and_then(|v| serde_json::to_string_pretty(&v).ok())
            .unwrap_or(s)
    })
}

fn target_href(target_type: &str, id: &str) -> Option<String> {
    matches!(target_type, "route" | "event" | "alert")
        .then(|| format!("/console/{target_type}s/{id}"))
}

async fn rows(state: &AppState, locale: Locale, page: AuditPage) -> Result<Vec<Row>, Error> {
    let mut ids: Vec<String> = page.entries.iter().map(|e| e.actor_id.clone()).collect();
    ids.sort();
    ids.dedup();
    let emails: HashMap<String, String> = users_by_ids(&state.db, &ids)
        .await?
        .into_iter()
        .map(|u| (u.id, u.email))
        .collect();
    Ok(page
        .entries
        .into_iter()
        .map(|e| {
            let (at, at_iso) = local_time(e.at);
            let actor_role = match e.actor_role.parse() {
                Ok(role) => role_label(locale, role),
                Err(_) => e.actor_role.clone(),
            };
            Row {
                at,
                at_iso,
                actor_email: emails.get(&e.actor_id).cloned(),
                actor_id: e.actor_id,
                actor_role,
                target_href: target_href(&e.target_type, &e.target_id),
                action: e.action,
                target_type: e.target_type,
                target_id: e.target_id,
                before: pretty(e.before),
                after: pretty(e.after),
            }
        })
        .collect())
}

/// `GET /console/audit?actor=&action=&target_type=&target_id=&since=&until=&cursor=`.
pub async fn log(
    State(state): State<AppState>,
    StaffUser(me): StaffUser,
    RawQuery(query): RawQuery,
) -> Result<Response, PageError> {
    let locale = me.ctx.locale;
    let mut p = Params::parse(query.as_deref(), log::PARAMS);
    let (filter, limit) = log::read_filter(&mut p, PAGE);
    let values: Vec<(&'static str, String)> = log::FILTERS
        .iter()
        .map(|name| (*name, p.str(name).unwrap_or_default().to_owned()))
        .collect();
    let filtered = values.iter().any(|(_, v)| !v.is_empty());
    let (errors, found) = match p.finish() {
        Ok(()) => (Vec::new(), Some(log::find(&state, &filter, limit).await?)),
        Err(Error::BadRequest(errors)) => (errors, None),
        Err(e) => return Err(e.into()),
    };
    let error_of = |name: &str| -> Option<String> {
        errors
            .iter()
            .find(|e: &&FieldError| e.field == name)
            .map(|e| text(locale, &e.message))
    };
    // Problems with fields the form does not show (an old cursor, a limit) are told above it.
    let other: Vec<String> = errors
        .iter()
        .filter(|e| !log::FILTERS.contains(&e.field.as_str()))
        .map(|e| format!("{}: {}", e.field, text(locale, &e.message)))
        .collect();
    let filters = values
        .iter()
        .map(|(name, value)| {
            let (label, hint) = filter_label(name);
            Filter {
                name,
                label: tr(locale, label),
                hint: hint.map(|h| tr(locale, h)),
                value: value.clone(),
                error: error_of(name),
            }
        })
        .collect();
    let alert = (!errors.is_empty()).then(|| {
        let mut a = tr(locale, "console-audit-fix");
        for o in &other {
            a.push(' ');
            a.push_str(o);
        }
        a
    });
    let (rows, next) = match found {
        Some(page) => {
            let next = page.next_cursor.clone().map(|cursor| {
                let mut q = form_urlencoded::Serializer::new(String::new());
                for (name, value) in values.iter().filter(|(_, v)| !v.is_empty()) {
                    q.append_pair(name, value);
                }
                q.append_pair("cursor", &cursor);
                q.finish()
            });
            (rows(&state, locale, page).await?, next)
        }
        None => (Vec::new(), None),
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    html(
        status,
        &AuditLogPage {
            l: Layout::new(&me.ctx, "console-audit-title"),
            filters,
            rows,
            next,
            alert,
            filtered,
        },
    )
}
