//! Curated themed routes: create, edit (stops must be published places), publish and
//! unpublish — through the one curation flow of `curate`.

use guide_domain::catalogue::{Leg, LegText, Route, RouteFacts, Stop};

use super::curate::{self, Curate};
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
    mode: TravelMode,
    /// 1–600.
    #[schema(minimum = 1, maximum = 600)]
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
    /// 1–600.
    #[schema(minimum = 1, maximum = 600)]
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
    /// A planner interest: `food`, `shopping`, `night`, `heritage`, `culture`, `nature`, `family`.
    theme: String,
    /// Texts by language; `en` required.
    translations: BTreeMap<String, NameText>,
    /// 2–30 stops.
    stops: Vec<StopIn>,
    /// Addresses of the pages the route is based on.
    #[serde(default)]
    sources: Vec<String>,
}

/// A route as staff see it (any status).
#[derive(Serialize, ToSchema)]
struct StaffRoute {
    id: String,
    slug: String,
    theme: Interest,
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
    position: usize,
    place_id: String,
    dwell_minutes: u32,
    to_next: Option<LegOut>,
}

/// A stored leg.
#[derive(Serialize, ToSchema)]
struct LegOut {
    mode: TravelMode,
    minutes: u32,
    notes: BTreeMap<String, String>,
}

/// Routes in the curation flow.
struct Routes;

impl Curate for Routes {
    const WHAT: &'static str = "route";
    const KIND: Kind = Kind::Route;
    type Body = RouteIn;
    type Value = Route;
    type View = StaffRoute;

    async fn load(db: &DatabaseConnection, key: &str) -> Result<Option<Curated<Route>>, DbErr> {
        curation::route(db, key).await
    }

    async fn list(db: &DatabaseConnection, limit: u64) -> Result<Vec<Curated<Route>>, DbErr> {
        curation::routes(db, limit).await
    }

    async fn build(
        state: &AppState,
        id: String,
        body: &RouteIn,
        now: DateTime<Utc>,
    ) -> Result<Route> {
        let mut errors = Vec::new();
        check_slug(&mut errors, &body.slug);
        let theme = match body.theme.trim().parse::<Interest>() {
            Ok(theme) => Some(theme),
            Err(e) => {
                errors.push(FieldError::new("theme", "invalid_choice", choice_msg(&e)));
                None
            }
        };
        check_locales(&mut errors, "translations", &body.translations);
        for (tag, t) in &body.translations {
            too_long(
                &mut errors,
                format!("translations.{tag}.name"),
                &t.name,
                200,
            );
            too_long(
                &mut errors,
                format!("translations.{tag}.summary"),
                t.summary.as_deref().unwrap_or(""),
                2000,
            );
        }
        let sources = check_sources(&mut errors, &body.sources, now);
        if !(2..=30).contains(&body.stops.len()) {
            errors.push(FieldError::new(
                "stops",
                "out_of_range",
                Msg::new("field-out-of-range")
                    .arg("min", 2usize)
                    .arg("max", 30usize),
            ));
        }
        let snapshot = state.catalogue.snapshot();
        let mut stops = Vec::new();
        for (i, stop) in body.stops.iter().enumerate() {
            let last = i + 1 == body.stops.len();
            match snapshot.place(&stop.place) {
                Some(p) => stops.push(Stop {
                    place_id: p.facts.id.clone(),
                    dwell_minutes: stop.dwell_minutes,
                    to_next: stop.to_next.as_ref().map(|l| Leg {
                        mode: l.mode,
                        minutes: l.minutes,
                        directions: l
                            .notes
                            .iter()
                            .filter_map(|(tag, note)| {
                                Some((Locale::from_tag(tag)?, LegText { note: note.clone() }))
                            })
                            .collect(),
                    }),
                }),
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
                    Msg::new("field-out-of-range")
                        .arg("min", 1usize)
                        .arg("max", 600usize),
                ));
            }
            match (&stop.to_next, last) {
                (None, false) => errors.push(FieldError::new(
                    format!("stops[{i}].to_next"),
                    "required",
                    Msg::new("field-required"),
                )),
                (Some(_), true) => errors.push(FieldError::new(
                    format!("stops[{i}].to_next"),
                    "not_allowed",
                    Msg::new("field-not-on-last-stop"),
                )),
                (Some(leg), false) => {
                    if !(1..=600).contains(&leg.minutes) {
                        errors.push(FieldError::new(
                            format!("stops[{i}].to_next.minutes"),
                            "out_of_range",
                            Msg::new("field-out-of-range")
                                .arg("min", 1usize)
                                .arg("max", 600usize),
                        ));
                    }
                    check_locales_only(
                        &mut errors,
                        &format!("stops[{i}].to_next.notes"),
                        &leg.notes,
                    );
                }
                (None, true) => {}
            }
        }
        unprocessable(errors)?;
        Ok(Route {
            facts: RouteFacts {
                id,
                slug: body.slug.clone(),
                theme: theme.expect("validated above"),
                stops,
                sources,
                as_of: Some(now.date_naive()),
                updated_at: now,
            },
            texts: name_texts(&body.translations),
        })
    }

    async fn save(
        db: &DatabaseTransaction,
        value: &Route,
        status: Status,
        exists: bool,
    ) -> Result<(), DbErr> {
        curation::save_route(db, value, status, exists).await
    }

    fn id(value: &Route) -> &str {
        &value.facts.id
    }

    fn slug(body: &RouteIn) -> Option<&str> {
        Some(&body.slug)
    }

    fn view(c: &Curated<Route>) -> StaffRoute {
        let f = &c.value.facts;
        StaffRoute {
            id: f.id.clone(),
            slug: f.slug.clone(),
            theme: f.theme,
            status: c.status.as_str().to_owned(),
            translations: name_text_map(&c.value.texts),
            stops: f
                .stops
                .iter()
                .enumerate()
                .map(|(position, s)| StopOut {
                    position,
                    place_id: s.place_id.clone(),
                    dwell_minutes: s.dwell_minutes,
                    to_next: s.to_next.as_ref().map(|l| LegOut {
                        mode: l.mode,
                        minutes: l.minutes,
                        notes: l
                            .directions
                            .iter()
                            .map(|(locale, t)| (locale.tag().to_owned(), t.note.clone()))
                            .collect(),
                    }),
                })
                .collect(),
            sources: f.sources.iter().map(|s| s.url.clone()).collect(),
            updated_at: f.updated_at,
        }
    }
}

/// Every route, drafts included.
#[utoipa::path(get, path = "/staff/routes", tag = "staff", security(("bearer" = [])),
    responses((status = 200, body = StaffList<StaffRoute>), (status = 401), (status = 403)))]
async fn list_routes(
    State(state): State<AppState>,
    Staff(_staff): Staff,
    RawQuery(query): RawQuery,
) -> Result<axum::Json<StaffList<StaffRoute>>> {
    Params::parse(query.as_deref(), &[]).finish()?;
    curate::list::<Routes>(&state).await
}

/// Create a route (as a draft).
#[utoipa::path(post, path = "/staff/routes", tag = "staff", security(("bearer" = [])), request_body = RouteIn,
    responses((status = 201, body = StaffRoute), (status = 401), (status = 403), (status = 409), (status = 422)))]
async fn create_route(
    State(state): State<AppState>,
    Staff(user): Staff,
    Json(body): Json<RouteIn>,
) -> Result<Response> {
    curate::create::<Routes>(&state, &user, body).await
}

/// One route (id or slug), drafts included.
#[utoipa::path(get, path = "/staff/routes/{id}", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = StaffRoute), (status = 401), (status = 403), (status = 404)))]
async fn get_route(
    State(state): State<AppState>,
    Staff(_staff): Staff,
    Path(id): Path<String>,
) -> Result<axum::Json<StaffRoute>> {
    curate::get::<Routes>(&state, &id).await
}

/// Replace a route's texts and stops (reorder, add, remove); its status is kept.
#[utoipa::path(put, path = "/staff/routes/{id}", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    request_body = RouteIn, responses((status = 200, body = StaffRoute), (status = 401), (status = 403), (status = 404), (status = 409), (status = 422)))]
async fn update_route(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(id): Path<String>,
    Json(body): Json<RouteIn>,
) -> Result<axum::Json<StaffRoute>> {
    curate::update::<Routes>(&state, &user, &id, body).await
}

/// Publish a route: it appears in `GET /v1/routes`.
#[utoipa::path(post, path = "/staff/routes/{id}/publish", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = StaffRoute), (status = 401), (status = 403), (status = 404)))]
async fn publish_route(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(id): Path<String>,
) -> Result<axum::Json<StaffRoute>> {
    curate::publish::<Routes>(&state, &user, &id, true).await
}

/// Unpublish a route (back to draft).
#[utoipa::path(post, path = "/staff/routes/{id}/unpublish", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = StaffRoute), (status = 401), (status = 403), (status = 404)))]
async fn unpublish_route(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(id): Path<String>,
) -> Result<axum::Json<StaffRoute>> {
    curate::publish::<Routes>(&state, &user, &id, false).await
}
