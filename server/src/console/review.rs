//! The curator's review: the queue of submissions (`/console/review`) and one submission
//! side by side with what is live (`/console/review/{place id}`), approved or rejected
//! with a reason the merchant reads in their own language. The same workflow as
//! `POST /v1/staff/places/{id}/approve|reject` (`workflow::review`): the decision names the
//! version the curator saw, so a merchant's later change is never approved unseen.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use guide_domain::Locale;
use guide_domain::l10n::tr;
use serde::Deserialize;

use super::context::StaffUser;
use super::listing::Pairs;
use super::merchant::local_time;
use super::page::{Layout, PageError, html, see_other};
use crate::app::AppState;
use crate::error::{Error, FieldError};
use crate::i18n::text;
use crate::store::listings::Listing;
use crate::workflow::listings::{REASONS, reason_text};
use crate::workflow::review::{self, Change, Submission};

/// Submissions per page of the queue.
const PAGE: u64 = 25;

/// The queue's query: the page after a revision id, and the banner after a decision.
#[derive(Deserialize, Default)]
pub struct QueueQuery {
    #[serde(default)]
    after: Option<String>,
    #[serde(default)]
    done: Option<String>,
}

/// One submission in the queue.
struct Row {
    href: String,
    name: String,
    name_zh: String,
    kind: String,
    merchant: String,
    submitted: String,
    submitted_iso: String,
}

#[derive(Template)]
#[template(path = "review_queue.html")]
struct QueuePage {
    l: Layout,
    rows: Vec<Row>,
    next: Option<String>,
    notice: Option<String>,
    alert: Option<String>,
}

/// The name of a listing in `locale`, else English.
fn name_in(locale: Locale, l: &Listing) -> String {
    l.translations
        .get(locale.tag())
        .or_else(|| l.translations.get("en"))
        .map(|t| t.name.clone())
        .unwrap_or_else(|| tr(locale, "console-unnamed"))
}

fn kind_label(locale: Locale, s: &Submission) -> String {
    tr(
        locale,
        if s.live {
            "console-review-kind-edit"
        } else {
            "console-review-kind-new"
        },
    )
}

async fn queue_page(
    state: &AppState,
    me: &super::context::SignedIn,
    after: Option<String>,
    notice: Option<String>,
    alert: Option<String>,
    status: StatusCode,
) -> Result<Response, PageError> {
    let locale = me.ctx.locale;
    if after
        .as_deref()
        .is_some_and(|a| uuid::Uuid::parse_str(a).is_err())
    {
        return Err(PageError::BadRequest(crate::error::Msg::new(
            "console-problem-bad-cursor-detail",
        )));
    }
    let mut subs = review::queue(state, after.as_deref(), PAGE + 1).await?;
    let next = (subs.len() as u64 > PAGE).then(|| {
        subs.truncate(PAGE as usize);
        subs.last()
            .map(|s| s.revision.id.clone())
            .unwrap_or_default()
    });
    let rows = subs
        .iter()
        .map(|s| {
            let (submitted, submitted_iso) =
                local_time(s.revision.submitted_at.unwrap_or(s.revision.updated_at));
            Row {
                href: format!("/console/review/{}", s.place.id),
                name: name_in(locale, &s.proposed),
                name_zh: s.proposed.name_zh.clone(),
                kind: kind_label(locale, s),
                merchant: s.merchant_email.clone().unwrap_or_default(),
                submitted,
                submitted_iso,
            }
        })
        .collect();
    html(
        status,
        &QueuePage {
            l: Layout::new(&me.ctx, "console-review-title"),
            rows,
            next,
            notice,
            alert,
        },
    )
}

/// `GET /console/review`.
pub async fn queue(
    State(state): State<AppState>,
    StaffUser(me): StaffUser,
    Query(q): Query<QueueQuery>,
) -> Result<Response, PageError> {
    let notice = match q.done.as_deref() {
        Some("approved") => Some(tr(me.ctx.locale, "console-review-approved")),
        Some("rejected") => Some(tr(me.ctx.locale, "console-review-rejected")),
        _ => None,
    };
    let after = q.after.filter(|a| !a.is_empty());
    queue_page(&state, &me, after, notice, None, StatusCode::OK).await
}

/// One changed field, readable.
struct DiffRow {
    field: String,
    before: String,
    after: String,
    /// Language of the values, for a text of one language.
    lang: Option<String>,
}

/// A reason a curator may choose.
struct ReasonChoice {
    code: &'static str,
    label: String,
    selected: bool,
}

#[derive(Template)]
#[template(path = "review.html")]
struct ReviewPage {
    l: Layout,
    action: String,
    name: String,
    name_zh: String,
    kind: String,
    merchant: String,
    submitted: String,
    submitted_iso: String,
    etag: String,
    rows: Vec<DiffRow>,
    reasons: Vec<ReasonChoice>,
    note: String,
    errors: HashMap<String, String>,
    alert: Option<String>,
}

impl ReviewPage {
    fn err(&self, field: &str) -> Option<&str> {
        self.errors.get(field).map(String::as_str)
    }
}

/// A field's label: the form's own label, with the language for texts
/// (`translations.ja.name` → “Name · 日本語”).
fn field_label(locale: Locale, path: &str) -> (String, Option<String>) {
    let key = |k: &str| tr(locale, k);
    if let Some(rest) = path.strip_prefix("translations.") {
        let (tag, part) = rest.split_once('.').unwrap_or((rest, "name"));
        let language = Locale::from_tag(tag)
            .map(|l| l.native_name().to_owned())
            .unwrap_or_else(|| tag.to_owned());
        let part = match part {
            "summary" => key("console-field-summary"),
            "address" => key("console-field-address"),
            _ => key("console-field-name"),
        };
        return (format!("{part} · {language}"), Some(tag.to_owned()));
    }
    let label = match path {
        "kind" => key("console-field-kind"),
        "district" => key("console-field-district"),
        "name_zh" => key("console-field-name-zh"),
        "address_zh" => key("console-field-address-zh"),
        "phone" => key("console-field-phone"),
        "location.lat" => key("console-field-lat"),
        "location.lng" => key("console-field-lng"),
        "opening_hours" => key("console-field-hours"),
        "payments" => key("console-section-payments"),
        "tax_refund.store" => key("console-field-refund-store"),
        "tax_refund.instant" => key("console-field-refund-instant"),
        "night" => key("console-field-night"),
        "interests" => key("console-field-interests"),
        "tags" => key("console-field-tags"),
        "visit_minutes" => key("console-field-visit-minutes"),
        "friendliness.staff_languages" => key("console-field-staff-languages"),
        other => match other.strip_prefix("friendliness.") {
            Some(name) => key(&format!("friendly-{name}")),
            None => other.to_owned(),
        },
    };
    let lang = matches!(path, "name_zh" | "address_zh").then(|| "zh-Hans".to_owned());
    (label, lang)
}

/// A value as the curator reads it: labels for vocabulary, yes/no, “—” for nothing.
fn value_text(locale: Locale, path: &str, v: &serde_json::Value) -> String {
    use serde_json::Value;
    let word = |prefix: &str, s: &str| match prefix {
        "" => s.to_owned(),
        p => tr(locale, &format!("{p}{s}")),
    };
    let prefix = match path {
        "kind" => "kind-",
        "district" => "district-",
        "payments" => "pay-",
        "interests" => "console-interest-",
        _ => "",
    };
    match v {
        Value::Null => tr(locale, "console-review-empty-value"),
        Value::Bool(true) => tr(locale, "console-friendly-yes"),
        Value::Bool(false) => tr(locale, "console-friendly-no"),
        Value::String(s) => word(prefix, s),
        Value::Array(items) if items.is_empty() => tr(locale, "console-review-empty-value"),
        Value::Array(items) => items
            .iter()
            .map(|i| match i {
                Value::String(s) => word(prefix, s),
                other => other.to_string(),
            })
            .collect::<Vec<_>>()
            .join(", "),
        other => other.to_string(),
    }
}

/// The changes as rows; a change that reads the same on both sides (nothing before, an
/// empty list after) is no change to a reader and is left out.
fn diff_rows(locale: Locale, changes: &[Change]) -> Vec<DiffRow> {
    changes
        .iter()
        .filter_map(|c| {
            let (field, lang) = field_label(locale, &c.field);
            let before = value_text(locale, &c.field, &c.before);
            let after = value_text(locale, &c.field, &c.after);
            (before != after).then_some(DiffRow {
                field,
                before,
                after,
                lang,
            })
        })
        .collect()
}

fn review_page(
    me: &super::context::SignedIn,
    s: &Submission,
    chosen: Option<&str>,
    note: String,
    errors: &[FieldError],
    alert: Option<String>,
) -> ReviewPage {
    let locale = me.ctx.locale;
    let (submitted, submitted_iso) =
        local_time(s.revision.submitted_at.unwrap_or(s.revision.updated_at));
    ReviewPage {
        l: Layout::new(&me.ctx, "console-review-one-title"),
        action: format!("/console/review/{}", s.place.id),
        name: name_in(locale, &s.proposed),
        name_zh: s.proposed.name_zh.clone(),
        kind: kind_label(locale, s),
        merchant: s.merchant_email.clone().unwrap_or_default(),
        submitted,
        submitted_iso,
        etag: s.etag.clone(),
        rows: diff_rows(locale, &s.changes),
        reasons: REASONS
            .iter()
            .map(|code| ReasonChoice {
                code,
                label: reason_text(code, locale),
                selected: chosen == Some(*code),
            })
            .collect(),
        note,
        errors: errors
            .iter()
            .map(|e| (e.field.clone(), text(locale, &e.message)))
            .collect(),
        alert,
    }
}

/// Failures of a decision the curator can act on: the submission is no longer there as
/// they saw it (decided by someone else, withdrawn, changed).
fn gone(e: &Error) -> bool {
    matches!(e, Error::PreconditionFailed | Error::Conflict(_))
}

/// `GET /console/review/{id}`.
pub async fn one(
    State(state): State<AppState>,
    StaffUser(me): StaffUser,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    match review::submission(&state, &id).await {
        Ok(s) => html(
            StatusCode::OK,
            &review_page(&me, &s, None, String::new(), &[], None),
        ),
        Err(e) if gone(&e) => {
            let alert = Some(tr(me.ctx.locale, "console-review-gone"));
            queue_page(&state, &me, None, None, alert, StatusCode::CONFLICT).await
        }
        Err(Error::NotFound { .. }) => Err(PageError::NotFound),
        Err(e) => Err(e.into()),
    }
}

fn field<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// `POST /console/review/{id}/approve`.
pub async fn approve(
    State(state): State<AppState>,
    StaffUser(me): StaffUser,
    Path(id): Path<String>,
    axum::Form(pairs): Pairs,
) -> Result<Response, PageError> {
    let expected = field(&pairs, "etag").unwrap_or("");
    match review::approve(&state, &me.account.actor(), &id, Some(expected)).await {
        Ok(_) => Ok(see_other("/console/review?done=approved")),
        Err(e) if gone(&e) => {
            let alert = Some(tr(me.ctx.locale, "console-review-gone"));
            queue_page(&state, &me, None, None, alert, StatusCode::CONFLICT).await
        }
        Err(Error::NotFound { .. }) => Err(PageError::NotFound),
        Err(e) => Err(e.into()),
    }
}

/// `POST /console/review/{id}/reject`.
pub async fn reject(
    State(state): State<AppState>,
    StaffUser(me): StaffUser,
    Path(id): Path<String>,
    axum::Form(pairs): Pairs,
) -> Result<Response, PageError> {
    let expected = field(&pairs, "etag").unwrap_or("");
    let reason = field(&pairs, "reason").unwrap_or("");
    let note = field(&pairs, "note");
    match review::reject(
        &state,
        &me.account.actor(),
        &id,
        Some(expected),
        reason,
        note,
    )
    .await
    {
        Ok(_) => Ok(see_other("/console/review?done=rejected")),
        Err(Error::Unprocessable(errors)) => {
            let s = match review::submission(&state, &id).await {
                Ok(s) => s,
                Err(Error::NotFound { .. }) => return Err(PageError::NotFound),
                Err(e) => return Err(e.into()),
            };
            let alert = Some(tr(me.ctx.locale, "console-review-reject-fix"));
            let page = review_page(
                &me,
                &s,
                Some(reason),
                note.unwrap_or("").to_owned(),
                &errors,
                alert,
            );
            html(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(e) if gone(&e) => {
            let alert = Some(tr(me.ctx.locale, "console-review-gone"));
            queue_page(&state, &me, None, None, alert, StatusCode::CONFLICT).await
        }
        Err(Error::NotFound { .. }) => Err(PageError::NotFound),
        Err(e) => Err(e.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changed_fields_read_as_the_form_names_them() {
        let changes = review::diff(
            &serde_json::json!({"kind": "shop", "payments": ["cash"], "translations": {"en": {"name": "A"}}}),
            &serde_json::json!({"kind": "restaurant", "payments": ["cash", "unionpay"], "night": true, "tags": [],
                "translations": {"en": {"name": "A"}, "ja": {"name": "エー"}}}),
        );
        let rows = diff_rows(Locale::En, &changes);
        let shown: Vec<(&str, &str, &str)> = rows
            .iter()
            .map(|r| (r.field.as_str(), r.before.as_str(), r.after.as_str()))
            .collect();
        assert_eq!(
            shown,
            [
                ("Kind of place", "Shop", "Restaurant"),
                ("Open in the evening (night economy)", "—", "Yes"),
                ("How visitors pay", "Cash (RMB)", "Cash (RMB), UnionPay"),
                ("Name · 日本語", "—", "エー"),
            ]
        );
        assert_eq!(rows[3].lang.as_deref(), Some("ja"));
    }
}
