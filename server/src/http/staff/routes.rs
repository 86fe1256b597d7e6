//! Curated themed routes: create, edit (stops must be published places), publish and
//! unpublish.

use super::*;

/// Routes of this module.
pub(super) fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_routes, create_route))
        .routes(routes!(get_route, update_route))
        .routes(routes!(publish_route))
        .routes(routes!(unpublish_route))
}

/// How to reach the next stop.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct LegIn {
    /// `walk`, `metro`, `taxi`, `bus` or `ferry`.
    #[schema(value_type = String)]
    mode: TravelMode,
    minutes: u32,
    /// Directions by language.
    #[serde(default)]
    notes: BTreeMap<String, String>,
}

/// A stop: a published place, how long to stay, how to go on.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct StopIn {
    /// Place id or slug (must be published).
    place: String,
    dwell_minutes: u32,
    /// Required on every stop but the last; absent on the last.
    #[serde(default)]
    to_next: Option<LegIn>,
}

/// A themed route; stops in visiting order (reorder by sending them in a new order).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct RouteIn {
    slug: String,
    theme: String,
    translations: BTreeMap<String, NameText>,
    stops: Vec<StopIn>,
    #[serde(default)]
    sources: Vec<String>,
}

/// A route as staff see it (any status).
#[derive(Serialize, ToSchema)]
struct StaffRoute {
    id: String,
    slug: String,
    theme: String,
    /// `draft` or `published`.
    status: String,
    translations: BTreeMap<String, NameText>,
    stops: Vec<StopOut>,
    sources: Vec<String>,
    updated_at: DateTime<Utc>,
}

/// A stored stop.
#[derive(Serialize, ToSchema)]
struct StopOut {
    position: i32,
    place_id: String,
    dwell_minutes: i32,
    to_next: Option<LegOut>,
}

/// A stored leg.
#[derive(Serialize, ToSchema)]
struct LegOut {
    mode: String,
    minutes: i32,
    notes: BTreeMap<String, String>,
}

fn route_view(r: route::Model, texts: Vec<route_translation::Model>, stops: Vec<route_stop::Model>) -> StaffRoute {
    StaffRoute {
        translations: texts.into_iter().map(|t| (t.locale, NameText { name: t.name, summary: t.summary })).collect(),
        stops: stops
            .into_iter()
            .map(|s| StopOut {
                position: s.position,
                place_id: s.place_id,
                dwell_minutes: s.dwell_minutes,
                to_next: s.to_next_mode.map(|mode| LegOut {
                    mode,
                    minutes: s.to_next_minutes.unwrap_or(0),
                    notes: serde_json::from_str(&s.to_next_notes).unwrap_or_default(),
                }),
            })
            .collect(),
        sources: serde_json::from_str(&r.sources).unwrap_or_default(),
        id: r.id,
        slug: r.slug,
        theme: r.theme,
        status: r.status,
        updated_at: r.updated_at,
    }
}

async fn load_route(state: &AppState, id: &str) -> Result<StaffRoute> {
    let (r, t, s) = curation::route_full(&state.db, id).await?.ok_or_else(|| Error::NotFound { what: "route", id: id.to_owned() })?;
    Ok(route_view(r, t, s))
}

/// Validates a route and resolves its stops to place ids.
async fn check_route(state: &AppState, body: &RouteIn) -> Result<Vec<String>> {
    let mut errors = Vec::new();
    check_slug(&mut errors, &body.slug);
    too_long(&mut errors, "theme", &body.theme, 60);
    if body.theme.trim().is_empty() {
        errors.push(FieldError::new("theme", "required", Msg::new("field-required")));
    }
    check_locales(&mut errors, "translations", &body.translations);
    for (tag, t) in &body.translations {
        too_long(&mut errors, format!("translations.{tag}.name"), &t.name, 200);
        too_long(&mut errors, format!("translations.{tag}.summary"), t.summary.as_deref().unwrap_or(""), 2000);
    }
    if !(2..=30).contains(&body.stops.len()) {
        errors.push(FieldError::new("stops", "out_of_range", Msg::new("field-out-of-range").arg("min", 2usize).arg("max", 30usize)));
    }
    let mut ids = Vec::new();
    for (i, stop) in body.stops.iter().enumerate() {
        let last = i + 1 == body.stops.len();
        let place = if stop.place.len() <= 100 { store::places::find_one(&state.db, &stop.place).await? } else { None };
        match place {
            Some(p) => ids.push(p.id),
            None => errors.push(FieldError::new(
                format!("stops[{i}].place"),
                "unpublished_place",
                Msg::new("field-unpublished-place").arg("place", stop.place.as_str()),
            )),
        }
        if !(1..=600).contains(&stop.dwell_minutes) {
            errors.push(FieldError::new(
                format!("stops[{i}].dwell_minutes"),
                "out_of_range",
                Msg::new("field-out-of-range").arg("min", 1usize).arg("max", 600usize),
            ));
        }
        match (&stop.to_next, last) {
            (None, false) => errors.push(FieldError::new(format!("stops[{i}].to_next"), "required", Msg::new("field-required"))),
            (Some(_), true) => errors.push(FieldError::new(
                format!("stops[{i}].to_next"),
                "not_allowed",
                Msg::new("field-not-on-last-stop"),
            )),
            (Some(leg), false) if !(1..=600).contains(&leg.minutes) => errors.push(FieldError::new(
                format!("stops[{i}].to_next.minutes"),
                "out_of_range",
                Msg::new("field-out-of-range").arg("min", 1usize).arg("max", 600usize),
            )),
            _ => {}
        }
    }
    unprocessable(errors)?;
    Ok(ids)
}

fn route_rows(id: &str, body: &RouteIn, place_ids: &[String], status: &str, now: DateTime<Utc>) -> (route::Model, Vec<route_translation::Model>, Vec<route_stop::Model>) {
    let row = route::Model {
        id: id.to_owned(),
        slug: body.slug.clone(),
        theme: body.theme.trim().to_owned(),
        status: status.to_owned(),
        sources: serde_json::to_string(&body.sources).unwrap_or_else(|_| "[]".into()),
        as_of: Some(now.date_naive()),
        updated_at: now,
    };
    let texts = body
        .translations
        .iter()
        .map(|(locale, t)| route_translation::Model {
            route_id: id.to_owned(),
            locale: locale.clone(),
            name: t.name.clone(),
            summary: t.summary.clone(),
        })
        .collect();
    let stops = body
        .stops
        .iter()
        .zip(place_ids)
        .enumerate()
        .map(|(i, (s, place_id))| route_stop::Model {
            route_id: id.to_owned(),
            position: i as i32 + 1,
            place_id: place_id.clone(),
            dwell_minutes: s.dwell_minutes as i32,
            to_next_mode: s.to_next.as_ref().map(|l| l.mode.as_str().to_owned()),
            to_next_minutes: s.to_next.as_ref().map(|l| l.minutes as i32),
            to_next_notes: s.to_next.as_ref().map(|l| serde_json::to_string(&l.notes).unwrap_or_default()).unwrap_or_else(|| "{}".into()),
        })
        .collect();
    (row, texts, stops)
}

/// Every route, drafts included.
#[utoipa::path(get, path = "/staff/routes", tag = "staff", security(("bearer" = [])),
    responses((status = 200, body = StaffList<StaffRoute>), (status = 401), (status = 403)))]
async fn list_routes(State(state): State<AppState>, Staff(_staff): Staff, RawQuery(query): RawQuery) -> Result<axum::Json<StaffList<StaffRoute>>> {
    Params::parse(query.as_deref(), &[]).finish()?;
    let mut items = Vec::new();
    for r in curation::routes(&state.db, STAFF_LIST_MAX).await? {
        items.push(load_route(&state, &r.id).await?);
    }
    Ok(axum::Json(StaffList { items }))
}

/// Create a route (as a draft).
#[utoipa::path(post, path = "/staff/routes", tag = "staff", security(("bearer" = [])), request_body = RouteIn,
    responses((status = 201, body = StaffRoute), (status = 403), (status = 409), (status = 422)))]
async fn create_route(State(state): State<AppState>, Staff(user): Staff, Json(body): Json<RouteIn>) -> Result<Response> {
    let place_ids = check_route(&state, &body).await?;
    let now = Utc::now();
    let id = store::accounts::new_id();
    let (row, texts, stops) = route_rows(&id, &body, &place_ids, "draft", now);
    let txn = state.db.begin().await?;
    curation::save_route(&txn, row, texts, stops, false)
        .await
        .on_unique(|| Error::Conflict(Msg::new("error-slug-taken-detail").arg("slug", body.slug.as_str())))?;
    audit::record(&txn, &user.actor(), "route.create", ("route", &id), None, Some(&json_of(&body)), now).await?;
    txn.commit().await?;
    Ok(created(load_route(&state, &id).await?))
}

/// One route (id or slug), drafts included.
#[utoipa::path(get, path = "/staff/routes/{id}", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = StaffRoute), (status = 403), (status = 404)))]
async fn get_route(State(state): State<AppState>, Staff(_staff): Staff, Path(id): Path<String>) -> Result<axum::Json<StaffRoute>> {
    Ok(axum::Json(load_route(&state, &id).await?))
}

/// Replace a route's texts and stops (reorder, add, remove); its status is kept.
#[utoipa::path(put, path = "/staff/routes/{id}", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    request_body = RouteIn, responses((status = 200, body = StaffRoute), (status = 403), (status = 404), (status = 409), (status = 422)))]
async fn update_route(State(state): State<AppState>, Staff(user): Staff, Path(id): Path<String>, Json(body): Json<RouteIn>) -> Result<axum::Json<StaffRoute>> {
    let before = load_route(&state, &id).await?;
    let place_ids = check_route(&state, &body).await?;
    let now = Utc::now();
    let (row, texts, stops) = route_rows(&before.id, &body, &place_ids, &before.status, now);
    let txn = state.db.begin().await?;
    curation::save_route(&txn, row, texts, stops, true)
        .await
        .on_unique(|| Error::Conflict(Msg::new("error-slug-taken-detail").arg("slug", body.slug.as_str())))?;
    audit::record(&txn, &user.actor(), "route.update", ("route", &before.id), Some(&json_of(&before)), Some(&json_of(&body)), now).await?;
    txn.commit().await?;
    Ok(axum::Json(load_route(&state, &before.id).await?))
}

async fn route_status(state: &AppState, user: &AuthUser, id: &str, status: &str) -> Result<axum::Json<StaffRoute>> {
    let before = load_route(state, id).await?;
    let now = Utc::now();
    let txn = state.db.begin().await?;
    curation::set_route_status(&txn, &before.id, status, now).await?;
    let action = if status == store::PUBLISHED { "route.publish" } else { "route.unpublish" };
    audit::record(&txn, &user.actor(), action, ("route", &before.id), Some(&serde_json::json!({"status": before.status})), Some(&serde_json::json!({"status": status})), now).await?;
    txn.commit().await?;
    Ok(axum::Json(load_route(state, &before.id).await?))
}

/// Publish a route: it appears in `GET /v1/routes`.
#[utoipa::path(post, path = "/staff/routes/{id}/publish", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = StaffRoute), (status = 403), (status = 404)))]
async fn publish_route(State(state): State<AppState>, Staff(user): Staff, Path(id): Path<String>) -> Result<axum::Json<StaffRoute>> {
    route_status(&state, &user, &id, store::PUBLISHED).await
}

/// Unpublish a route (back to draft).
#[utoipa::path(post, path = "/staff/routes/{id}/unpublish", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = StaffRoute), (status = 403), (status = 404)))]
async fn unpublish_route(State(state): State<AppState>, Staff(user): Staff, Path(id): Path<String>) -> Result<axum::Json<StaffRoute>> {
    route_status(&state, &user, &id, "draft").await
}
