//! Alerts (typhoon or rainstorm warnings, closures) with a validity window and the zones
//! or routes they affect; published ones appear in `GET /v1/alerts`.

use super::*;

/// Routes of this module.
pub(super) fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_alerts, create_alert))
        .routes(routes!(get_alert, update_alert))
        .routes(routes!(publish_alert))
        .routes(routes!(unpublish_alert))
}

/// Title and body of an alert in one language.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct AlertText {
    title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    body: Option<String>,
}

/// A warning (typhoon, rainstorm, closure) with a validity window.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct AlertIn {
    /// `info`, `warning` or `severe`.
    #[schema(value_type = Severity)]
    severity: String,
    starts_at: DateTime<FixedOffset>,
    ends_at: DateTime<FixedOffset>,
    /// Zone slugs affected.
    #[serde(default)]
    zones: Vec<String>,
    /// Route slugs affected.
    #[serde(default)]
    routes: Vec<String>,
    /// Texts by language; `en` required.
    texts: BTreeMap<String, AlertText>,
}

/// An alert as staff see it.
#[derive(Serialize, ToSchema)]
struct StaffAlert {
    id: String,
    #[schema(value_type = Severity)]
    severity: String,
    status: String,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    zones: Vec<String>,
    routes: Vec<String>,
    texts: BTreeMap<String, AlertText>,
    updated_at: DateTime<Utc>,
}

const SEVERITIES: &[&str] = &["info", "warning", "severe"];

/// `SEVERITIES`, for the OpenAPI document (the handler reads the text, so an unknown
/// severity gets a 422 that lists these).
#[derive(ToSchema)]
#[schema(rename_all = "snake_case")]
#[allow(dead_code)]
enum Severity {
    Info,
    Warning,
    Severe,
}

fn alert_view(a: alert::Model) -> StaffAlert {
    StaffAlert {
        zones: serde_json::from_str(&a.zones).unwrap_or_default(),
        routes: serde_json::from_str(&a.routes).unwrap_or_default(),
        texts: serde_json::from_str(&a.texts).unwrap_or_default(),
        id: a.id,
        severity: a.severity,
        status: a.status,
        starts_at: a.starts_at,
        ends_at: a.ends_at,
        updated_at: a.updated_at,
    }
}

async fn load_alert(state: &AppState, id: &str) -> Result<alert::Model> {
    let found = if id.len() <= 64 { curation::alert(&state.db, id).await? } else { None };
    found.ok_or_else(|| Error::NotFound { what: "alert", id: id.to_owned() })
}

async fn check_alert(state: &AppState, body: &AlertIn) -> Result<()> {
    let mut errors = Vec::new();
    if !SEVERITIES.contains(&body.severity.as_str()) {
        errors.push(FieldError::new(
            "severity",
            "invalid_choice",
            Msg::new("field-invalid-choice").arg("value", body.severity.as_str()).arg("accepted", SEVERITIES.join(", ")),
        ));
    }
    if body.ends_at <= body.starts_at {
        errors.push(FieldError::new("ends_at", "invalid_range", Msg::new("field-ends-before-start")));
    }
    check_locales(&mut errors, "texts", &body.texts);
    for (tag, t) in &body.texts {
        too_long(&mut errors, format!("texts.{tag}.title"), &t.title, 200);
        too_long(&mut errors, format!("texts.{tag}.body"), t.body.as_deref().unwrap_or(""), 4000);
    }
    check_zones(state, &mut errors, &body.zones).await?;
    for (i, r) in body.routes.iter().enumerate() {
        if r.len() > 100 || curation::route_full(&state.db, r).await?.is_none() {
            errors.push(FieldError::new(format!("routes[{i}]"), "unknown_route", Msg::new("field-unknown-reference").arg("value", r.as_str())));
        }
    }
    unprocessable(errors)
}

fn alert_row(id: &str, body: &AlertIn, status: &str, now: DateTime<Utc>) -> alert::Model {
    alert::Model {
        id: id.to_owned(),
        severity: body.severity.clone(),
        starts_at: body.starts_at.with_timezone(&Utc),
        ends_at: body.ends_at.with_timezone(&Utc),
        zones: serde_json::to_string(&body.zones).unwrap_or_else(|_| "[]".into()),
        routes: serde_json::to_string(&body.routes).unwrap_or_else(|_| "[]".into()),
        texts: serde_json::to_string(&body.texts).unwrap_or_else(|_| "{}".into()),
        status: status.to_owned(),
        updated_at: now,
    }
}

/// Every alert, drafts and expired ones included, latest first.
#[utoipa::path(get, path = "/staff/alerts", tag = "staff", security(("bearer" = [])),
    responses((status = 200, body = StaffList<StaffAlert>), (status = 401), (status = 403)))]
async fn list_alerts(State(state): State<AppState>, Staff(_staff): Staff, RawQuery(query): RawQuery) -> Result<axum::Json<StaffList<StaffAlert>>> {
    Params::parse(query.as_deref(), &[]).finish()?;
    let items = curation::alerts(&state.db, STAFF_LIST_MAX).await?.into_iter().map(alert_view).collect();
    Ok(axum::Json(StaffList { items }))
}

/// Create an alert (as a draft; publish it to show it).
#[utoipa::path(post, path = "/staff/alerts", tag = "staff", security(("bearer" = [])), request_body = AlertIn,
    responses((status = 201, body = StaffAlert), (status = 403), (status = 422)))]
async fn create_alert(State(state): State<AppState>, Staff(user): Staff, Json(body): Json<AlertIn>) -> Result<Response> {
    check_alert(&state, &body).await?;
    let now = Utc::now();
    let id = store::accounts::new_id();
    let txn = state.db.begin().await?;
    curation::save_alert(&txn, alert_row(&id, &body, "draft", now), false).await?;
    audit::record(&txn, &user.actor(), "alert.create", ("alert", &id), None, Some(&json_of(&body)), now).await?;
    txn.commit().await?;
    Ok(created(alert_view(load_alert(&state, &id).await?)))
}

/// One alert.
#[utoipa::path(get, path = "/staff/alerts/{id}", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = StaffAlert), (status = 403), (status = 404)))]
async fn get_alert(State(state): State<AppState>, Staff(_staff): Staff, Path(id): Path<String>) -> Result<axum::Json<StaffAlert>> {
    Ok(axum::Json(alert_view(load_alert(&state, &id).await?)))
}

/// Replace an alert; its status is kept.
#[utoipa::path(put, path = "/staff/alerts/{id}", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    request_body = AlertIn, responses((status = 200, body = StaffAlert), (status = 403), (status = 404), (status = 422)))]
async fn update_alert(State(state): State<AppState>, Staff(user): Staff, Path(id): Path<String>, Json(body): Json<AlertIn>) -> Result<axum::Json<StaffAlert>> {
    let before = load_alert(&state, &id).await?;
    check_alert(&state, &body).await?;
    let now = Utc::now();
    let txn = state.db.begin().await?;
    curation::save_alert(&txn, alert_row(&before.id, &body, &before.status, now), true).await?;
    audit::record(&txn, &user.actor(), "alert.update", ("alert", &before.id), Some(&json_of(&alert_view(before.clone()))), Some(&json_of(&body)), now).await?;
    txn.commit().await?;
    Ok(axum::Json(alert_view(load_alert(&state, &before.id).await?)))
}

async fn alert_status(state: &AppState, user: &AuthUser, id: &str, status: &str) -> Result<axum::Json<StaffAlert>> {
    let before = load_alert(state, id).await?;
    let now = Utc::now();
    let txn = state.db.begin().await?;
    curation::save_alert(&txn, alert::Model { status: status.to_owned(), updated_at: now, ..before.clone() }, true).await?;
    let action = if status == store::PUBLISHED { "alert.publish" } else { "alert.unpublish" };
    audit::record(&txn, &user.actor(), action, ("alert", &before.id), Some(&serde_json::json!({"status": before.status})), Some(&serde_json::json!({"status": status})), now).await?;
    txn.commit().await?;
    Ok(axum::Json(alert_view(load_alert(state, &before.id).await?)))
}

/// Publish an alert: it appears in `GET /v1/alerts` while in force.
#[utoipa::path(post, path = "/staff/alerts/{id}/publish", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = StaffAlert), (status = 403), (status = 404)))]
async fn publish_alert(State(state): State<AppState>, Staff(user): Staff, Path(id): Path<String>) -> Result<axum::Json<StaffAlert>> {
    alert_status(&state, &user, &id, store::PUBLISHED).await
}

/// Withdraw an alert.
#[utoipa::path(post, path = "/staff/alerts/{id}/unpublish", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = StaffAlert), (status = 403), (status = 404)))]
async fn unpublish_alert(State(state): State<AppState>, Staff(user): Staff, Path(id): Path<String>) -> Result<axum::Json<StaffAlert>> {
    alert_status(&state, &user, &id, "draft").await
}
