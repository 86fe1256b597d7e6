//! Alerts (typhoon or rainstorm warnings, closures) with a validity window and the zones
//! or routes they affect; published ones appear in `GET /v1/alerts`.

use guide_domain::catalogue::{Alert, AlertFacts};

use super::curate;
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
    severity: Severity,
    /// `draft` or `published`.
    status: String,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    zones: Vec<String>,
    routes: Vec<String>,
    texts: BTreeMap<String, AlertText>,
    updated_at: DateTime<Utc>,
}

/// Alerts in the curation flow.
struct Alerts;

impl Curate for Alerts {
    const WHAT: &'static str = "alert";
    const KIND: Kind = Kind::Alert;
    type Body = AlertIn;
    type Value = Alert;
    type View = StaffAlert;

    async fn load(db: &DatabaseConnection, key: &str) -> Result<Option<Curated<Alert>>, DbErr> {
        curation::alert(db, key).await
    }

    async fn list(db: &DatabaseConnection, limit: u64) -> Result<Vec<Curated<Alert>>, DbErr> {
        curation::alerts(db, limit).await
    }

    async fn build(
        state: &AppState,
        id: String,
        body: &AlertIn,
        now: DateTime<Utc>,
    ) -> Result<Alert> {
        let mut errors = Vec::new();
        // Checked by hand rather than by serde so that every problem of the body is reported.
        let severity = match body.severity.parse::<Severity>() {
            Ok(s) => Some(s),
            Err(e) => {
                errors.push(FieldError::new(
                    "severity",
                    "invalid_choice",
                    choice_msg(&e),
                ));
                None
            }
        };
        if body.ends_at <= body.starts_at {
            errors.push(FieldError::new(
                "ends_at",
                "invalid_range",
                Msg::new("field-ends-before-start"),
            ));
        }
        check_locales(&mut errors, "texts", &body.texts);
        for (tag, t) in &body.texts {
            too_long(&mut errors, format!("texts.{tag}.title"), &t.title, 200);
            too_long(
                &mut errors,
                format!("texts.{tag}.body"),
                t.body.as_deref().unwrap_or(""),
                4000,
            );
        }
        let snapshot = state.catalogue.snapshot();
        check_zones(&snapshot, &mut errors, &body.zones);
        // Routes in any status may be warned about (a draft route is about to be published).
        let known: std::collections::HashSet<String> =
            curation::routes(&state.db, crate::workflow::curation::STAFF_LIST_MAX)
                .await?
                .into_iter()
                .map(|r| r.value.facts.slug)
                .collect();
        for (i, r) in body.routes.iter().enumerate() {
            if !known.contains(r) {
                errors.push(FieldError::new(
                    format!("routes[{i}]"),
                    "unknown_route",
                    Msg::new("field-unknown-reference").arg("value", r.as_str()),
                ));
            }
        }
        unprocessable(errors)?;
        Ok(Alert {
            facts: AlertFacts {
                id,
                severity: severity.expect("validated above"),
                starts_at: body.starts_at.with_timezone(&Utc),
                ends_at: body.ends_at.with_timezone(&Utc),
                zones: body.zones.clone(),
                routes: body.routes.clone(),
                updated_at: now,
            },
            texts: body
                .texts
                .iter()
                .filter_map(|(tag, t)| {
                    let text = guide_domain::catalogue::AlertText {
                        title: t.title.clone(),
                        body: t.body.clone(),
                    };
                    Some((Locale::from_tag(tag)?, text))
                })
                .collect(),
        })
    }

    async fn save(
        db: &DatabaseTransaction,
        value: &Alert,
        status: Status,
        exists: bool,
    ) -> Result<(), DbErr> {
        curation::save_alert(db, value, status, exists).await
    }

    fn id(value: &Alert) -> &str {
        &value.facts.id
    }

    fn slug(_: &AlertIn) -> Option<&str> {
        None
    }

    fn view(c: &Curated<Alert>) -> StaffAlert {
        let f = &c.value.facts;
        StaffAlert {
            id: f.id.clone(),
            severity: f.severity,
            status: c.status.as_str().to_owned(),
            starts_at: f.starts_at,
            ends_at: f.ends_at,
            zones: f.zones.clone(),
            routes: f.routes.clone(),
            texts: c
                .value
                .texts
                .iter()
                .map(|(locale, t)| {
                    (
                        locale.tag().to_owned(),
                        AlertText {
                            title: t.title.clone(),
                            body: t.body.clone(),
                        },
                    )
                })
                .collect(),
            updated_at: f.updated_at,
        }
    }
}

/// Every alert, drafts and expired ones included, latest first.
#[utoipa::path(get, path = "/staff/alerts", tag = "staff", security(("bearer" = [])),
    responses((status = 200, body = StaffList<StaffAlert>), (status = 401), (status = 403)))]
async fn list_alerts(
    State(state): State<AppState>,
    Staff(_staff): Staff,
    RawQuery(query): RawQuery,
) -> Result<axum::Json<StaffList<StaffAlert>>> {
    Params::parse(query.as_deref(), &[]).finish()?;
    curate::list::<Alerts>(&state).await
}

/// Create an alert (as a draft; publish it to show it).
#[utoipa::path(post, path = "/staff/alerts", tag = "staff", security(("bearer" = [])), request_body = AlertIn,
    responses((status = 201, body = StaffAlert), (status = 401), (status = 403), (status = 422)))]
async fn create_alert(
    State(state): State<AppState>,
    Staff(user): Staff,
    Json(body): Json<AlertIn>,
) -> Result<Response> {
    curate::create::<Alerts>(&state, &user, body).await
}

/// One alert.
#[utoipa::path(get, path = "/staff/alerts/{id}", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = StaffAlert), (status = 401), (status = 403), (status = 404)))]
async fn get_alert(
    State(state): State<AppState>,
    Staff(_staff): Staff,
    Path(id): Path<String>,
) -> Result<axum::Json<StaffAlert>> {
    curate::get::<Alerts>(&state, &id).await
}

/// Replace an alert; its status is kept.
#[utoipa::path(put, path = "/staff/alerts/{id}", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    request_body = AlertIn, responses((status = 200, body = StaffAlert), (status = 401), (status = 403), (status = 404), (status = 422)))]
async fn update_alert(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(id): Path<String>,
    Json(body): Json<AlertIn>,
) -> Result<axum::Json<StaffAlert>> {
    curate::update::<Alerts>(&state, &user, &id, body).await
}

/// Publish an alert: it appears in `GET /v1/alerts` while in force.
#[utoipa::path(post, path = "/staff/alerts/{id}/publish", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = StaffAlert), (status = 401), (status = 403), (status = 404)))]
async fn publish_alert(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(id): Path<String>,
) -> Result<axum::Json<StaffAlert>> {
    curate::publish::<Alerts>(&state, &user, &id, true).await
}

/// Withdraw an alert.
#[utoipa::path(post, path = "/staff/alerts/{id}/unpublish", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = StaffAlert), (status = 401), (status = 403), (status = 404)))]
async fn unpublish_alert(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(id): Path<String>,
) -> Result<axum::Json<StaffAlert>> {
    curate::publish::<Alerts>(&state, &user, &id, false).await
}
