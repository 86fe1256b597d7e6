//! Events (fairs, festivals, holidays): create, edit, publish and unpublish.

use super::*;

/// Routes of this module.
pub(super) fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_events, create_event))
        .routes(routes!(get_event, update_event))
        .routes(routes!(publish_event))
        .routes(routes!(unpublish_event))
}

/// An event (fair, festival, …).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct EventIn {
    slug: String,
    /// `fair`, `festival`, `exhibition`, `sport` or `holiday`.
    #[schema(value_type = String)]
    kind: EventKind,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    /// Venue: a published place (id or slug).
    #[serde(default)]
    place: Option<String>,
    /// Zone slugs.
    #[serde(default)]
    zones: Vec<String>,
    /// `confirmed`, `inferred` or `uncertain`.
    #[schema(value_type = String)]
    date_confidence: Confidence,
    translations: BTreeMap<String, NameText>,
    #[serde(default)]
    sources: Vec<String>,
}

/// An event as staff see it.
#[derive(Serialize, ToSchema)]
struct StaffEvent {
    id: String,
    slug: String,
    kind: String,
    status: String,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    place_id: Option<String>,
    zones: Vec<String>,
    date_confidence: String,
    translations: BTreeMap<String, NameText>,
    sources: Vec<String>,
    updated_at: DateTime<Utc>,
}

fn event_view(e: event::Model, texts: Vec<event_translation::Model>) -> StaffEvent {
    StaffEvent {
        translations: texts.into_iter().map(|t| (t.locale, NameText { name: t.name, summary: t.summary })).collect(),
        zones: serde_json::from_str(&e.zones).unwrap_or_default(),
        sources: serde_json::from_str(&e.sources).unwrap_or_default(),
        id: e.id,
        slug: e.slug,
        kind: e.kind,
        status: e.status,
        starts_on: e.starts_on,
        ends_on: e.ends_on,
        place_id: e.place_id,
        date_confidence: e.date_confidence,
        updated_at: e.updated_at,
    }
}

async fn load_event(state: &AppState, id: &str) -> Result<StaffEvent> {
    let (e, t) = curation::event_full(&state.db, id).await?.ok_or_else(|| Error::NotFound { what: "event", id: id.to_owned() })?;
    Ok(event_view(e, t))
}


async fn check_event(state: &AppState, body: &EventIn) -> Result<Option<String>> {
    let mut errors = Vec::new();
    check_slug(&mut errors, &body.slug);
    check_locales(&mut errors, "translations", &body.translations);
    for (tag, t) in &body.translations {
        too_long(&mut errors, format!("translations.{tag}.name"), &t.name, 200);
        too_long(&mut errors, format!("translations.{tag}.summary"), t.summary.as_deref().unwrap_or(""), 2000);
    }
    if body.ends_on < body.starts_on {
        errors.push(FieldError::new("ends_on", "invalid_range", Msg::new("field-ends-before-start")));
    }
    check_zones(state, &mut errors, &body.zones).await?;
    let mut place_id = None;
    if let Some(place) = &body.place {
        match if place.len() <= 100 { store::places::find_one(&state.db, place).await? } else { None } {
            Some(p) => place_id = Some(p.id),
            None => errors.push(FieldError::new("place", "unpublished_place", Msg::new("field-unpublished-place").arg("place", place.as_str()))),
        }
    }
    unprocessable(errors)?;
    Ok(place_id)
}

fn event_rows(id: &str, body: &EventIn, place_id: Option<String>, status: &str, now: DateTime<Utc>) -> (event::Model, Vec<event_translation::Model>) {
    let row = event::Model {
        id: id.to_owned(),
        slug: body.slug.clone(),
        kind: body.kind.as_str().to_owned(),
        starts_on: body.starts_on,
        ends_on: body.ends_on,
        place_id,
        zones: serde_json::to_string(&body.zones).unwrap_or_else(|_| "[]".into()),
        date_confidence: body.date_confidence.as_str().to_owned(),
        status: status.to_owned(),
        sources: serde_json::to_string(&body.sources).unwrap_or_else(|_| "[]".into()),
        as_of: Some(now.date_naive()),
        updated_at: now,
    };
    let texts = body
        .translations
        .iter()
        .map(|(locale, t)| event_translation::Model { event_id: id.to_owned(), locale: locale.clone(), name: t.name.clone(), summary: t.summary.clone() })
        .collect();
    (row, texts)
}

/// Every event, drafts included, latest first.
#[utoipa::path(get, path = "/staff/events", tag = "staff", security(("bearer" = [])),
    responses((status = 200, body = StaffList<StaffEvent>), (status = 401), (status = 403)))]
async fn list_events(State(state): State<AppState>, Staff(_staff): Staff, RawQuery(query): RawQuery) -> Result<axum::Json<StaffList<StaffEvent>>> {
    Params::parse(query.as_deref(), &[]).finish()?;
    let mut items = Vec::new();
    for e in curation::events(&state.db, STAFF_LIST_MAX).await? {
        items.push(load_event(&state, &e.id).await?);
    }
    Ok(axum::Json(StaffList { items }))
}

/// Create an event (as a draft).
#[utoipa::path(post, path = "/staff/events", tag = "staff", security(("bearer" = [])), request_body = EventIn,
    responses((status = 201, body = StaffEvent), (status = 403), (status = 409), (status = 422)))]
async fn create_event(State(state): State<AppState>, Staff(user): Staff, Json(body): Json<EventIn>) -> Result<Response> {
    let place_id = check_event(&state, &body).await?;
    let now = Utc::now();
    let id = store::accounts::new_id();
    let (row, texts) = event_rows(&id, &body, place_id, "draft", now);
    let txn = state.db.begin().await?;
    curation::save_event(&txn, row, texts, false)
        .await
        .on_unique(|| Error::Conflict(Msg::new("error-slug-taken-detail").arg("slug", body.slug.as_str())))?;
    audit::record(&txn, &user.actor(), "event.create", ("event", &id), None, Some(&json_of(&body)), now).await?;
    txn.commit().await?;
    Ok(created(load_event(&state, &id).await?))
}

/// One event (id or slug).
#[utoipa::path(get, path = "/staff/events/{id}", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = StaffEvent), (status = 403), (status = 404)))]
async fn get_event(State(state): State<AppState>, Staff(_staff): Staff, Path(id): Path<String>) -> Result<axum::Json<StaffEvent>> {
    Ok(axum::Json(load_event(&state, &id).await?))
}

/// Replace an event; its status is kept.
#[utoipa::path(put, path = "/staff/events/{id}", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    request_body = EventIn, responses((status = 200, body = StaffEvent), (status = 403), (status = 404), (status = 409), (status = 422)))]
async fn update_event(State(state): State<AppState>, Staff(user): Staff, Path(id): Path<String>, Json(body): Json<EventIn>) -> Result<axum::Json<StaffEvent>> {
    let before = load_event(&state, &id).await?;
    let place_id = check_event(&state, &body).await?;
    let now = Utc::now();
    let (row, texts) = event_rows(&before.id, &body, place_id, &before.status, now);
    let txn = state.db.begin().await?;
    curation::save_event(&txn, row, texts, true)
        .await
        .on_unique(|| Error::Conflict(Msg::new("error-slug-taken-detail").arg("slug", body.slug.as_str())))?;
    audit::record(&txn, &user.actor(), "event.update", ("event", &before.id), Some(&json_of(&before)), Some(&json_of(&body)), now).await?;
    txn.commit().await?;
    Ok(axum::Json(load_event(&state, &before.id).await?))
}

async fn event_status(state: &AppState, user: &AuthUser, id: &str, status: &str) -> Result<axum::Json<StaffEvent>> {
    let before = load_event(state, id).await?;
    let now = Utc::now();
    let txn = state.db.begin().await?;
    curation::set_event_status(&txn, &before.id, status, now).await?;
    let action = if status == store::PUBLISHED { "event.publish" } else { "event.unpublish" };
    audit::record(&txn, &user.actor(), action, ("event", &before.id), Some(&serde_json::json!({"status": before.status})), Some(&serde_json::json!({"status": status})), now).await?;
    txn.commit().await?;
    Ok(axum::Json(load_event(state, &before.id).await?))
}

/// Publish an event: it appears in `GET /v1/events`.
#[utoipa::path(post, path = "/staff/events/{id}/publish", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = StaffEvent), (status = 403), (status = 404)))]
async fn publish_event(State(state): State<AppState>, Staff(user): Staff, Path(id): Path<String>) -> Result<axum::Json<StaffEvent>> {
    event_status(&state, &user, &id, store::PUBLISHED).await
}

/// Unpublish an event.
#[utoipa::path(post, path = "/staff/events/{id}/unpublish", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = StaffEvent), (status = 403), (status = 404)))]
async fn unpublish_event(State(state): State<AppState>, Staff(user): Staff, Path(id): Path<String>) -> Result<axum::Json<StaffEvent>> {
    event_status(&state, &user, &id, "draft").await
}
