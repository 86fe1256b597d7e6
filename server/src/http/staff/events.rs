//! Events (fairs, festivals, holidays): create, edit, publish and unpublish.

use guide_domain::catalogue::{Event, EventFacts};

use super::curate;
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
    kind: EventKind,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    /// Venue: a published place (id or slug).
    #[serde(default)]
    place: Option<String>,
    /// Zone slugs.
    #[serde(default)]
    zones: Vec<String>,
    date_confidence: Confidence,
    /// Texts by language; `en` required.
    translations: BTreeMap<String, NameText>,
    /// Addresses of the pages the dates come from.
    #[serde(default)]
    sources: Vec<String>,
}

/// An event as staff see it.
#[derive(Serialize, ToSchema)]
struct StaffEvent {
    id: String,
    slug: String,
    kind: EventKind,
    /// `draft` or `published`.
    status: String,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    place_id: Option<String>,
    zones: Vec<String>,
    date_confidence: Confidence,
    translations: BTreeMap<String, NameText>,
    sources: Vec<String>,
    updated_at: DateTime<Utc>,
}

/// Events in the curation flow.
struct Events;

impl Curate for Events {
    const WHAT: &'static str = "event";
    const KIND: Kind = Kind::Event;
    type Body = EventIn;
    type Value = Event;
    type View = StaffEvent;

    async fn load(db: &DatabaseConnection, key: &str) -> Result<Option<Curated<Event>>, DbErr> {
        curation::event(db, key).await
    }

    async fn list(db: &DatabaseConnection, limit: u64) -> Result<Vec<Curated<Event>>, DbErr> {
        curation::events(db, limit).await
    }

    async fn build(
        state: &AppState,
        id: String,
        body: &EventIn,
        now: DateTime<Utc>,
    ) -> Result<Event> {
        let mut errors = Vec::new();
        check_slug(&mut errors, &body.slug);
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
        if body.ends_on < body.starts_on {
            errors.push(FieldError::new(
                "ends_on",
                "invalid_range",
                Msg::new("field-ends-before-start"),
            ));
        }
        let snapshot = state.catalogue.snapshot();
        check_zones(&snapshot, &mut errors, &body.zones);
        let sources = check_sources(&mut errors, &body.sources, now);
        let place_id = match &body.place {
            None => None,
            Some(place) => match snapshot.place(place) {
                Some(p) => Some(p.facts.id.clone()),
                None => {
                    errors.push(FieldError::new(
                        "place",
                        "unpublished_place",
                        Msg::new("field-unpublished-place").arg("place", place.as_str()),
                    ));
                    None
                }
            },
        };
        unprocessable(errors)?;
        Ok(Event {
            facts: EventFacts {
                id,
                slug: body.slug.clone(),
                kind: body.kind,
                starts_on: body.starts_on,
                ends_on: body.ends_on,
                place_id,
                zones: body.zones.clone(),
                date_confidence: body.date_confidence,
                sources,
                as_of: Some(now.date_naive()),
                updated_at: now,
            },
            texts: name_texts(&body.translations),
        })
    }

    async fn save(
        db: &DatabaseTransaction,
        value: &Event,
        status: Status,
        exists: bool,
    ) -> Result<(), DbErr> {
        curation::save_event(db, value, status, exists).await
    }

    fn id(value: &Event) -> &str {
        &value.facts.id
    }

    fn slug(body: &EventIn) -> Option<&str> {
        Some(&body.slug)
    }

    fn view(c: &Curated<Event>) -> StaffEvent {
        let f = &c.value.facts;
        StaffEvent {
            id: f.id.clone(),
            slug: f.slug.clone(),
            kind: f.kind,
            status: c.status.as_str().to_owned(),
            starts_on: f.starts_on,
            ends_on: f.ends_on,
            place_id: f.place_id.clone(),
            zones: f.zones.clone(),
            date_confidence: f.date_confidence,
            translations: name_text_map(&c.value.texts),
            sources: f.sources.iter().map(|s| s.url.clone()).collect(),
            updated_at: f.updated_at,
        }
    }
}

/// Every event, drafts included, latest first.
#[utoipa::path(get, path = "/staff/events", tag = "staff", security(("bearer" = [])),
    responses((status = 200, body = StaffList<StaffEvent>), (status = 401), (status = 403)))]
async fn list_events(
    State(state): State<AppState>,
    Staff(_staff): Staff,
    RawQuery(query): RawQuery,
) -> Result<axum::Json<StaffList<StaffEvent>>> {
    Params::parse(query.as_deref(), &[]).finish()?;
    curate::list::<Events>(&state).await
}

/// Create an event (as a draft).
#[utoipa::path(post, path = "/staff/events", tag = "staff", security(("bearer" = [])), request_body = EventIn,
    responses((status = 201, body = StaffEvent), (status = 401), (status = 403), (status = 409), (status = 422)))]
async fn create_event(
    State(state): State<AppState>,
    Staff(user): Staff,
    Json(body): Json<EventIn>,
) -> Result<Response> {
    curate::create::<Events>(&state, &user, body).await
}

/// One event (id or slug).
#[utoipa::path(get, path = "/staff/events/{id}", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = StaffEvent), (status = 401), (status = 403), (status = 404)))]
async fn get_event(
    State(state): State<AppState>,
    Staff(_staff): Staff,
    Path(id): Path<String>,
) -> Result<axum::Json<StaffEvent>> {
    curate::get::<Events>(&state, &id).await
}

/// Replace an event; its status is kept.
#[utoipa::path(put, path = "/staff/events/{id}", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    request_body = EventIn, responses((status = 200, body = StaffEvent), (status = 401), (status = 403), (status = 404), (status = 409), (status = 422)))]
async fn update_event(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(id): Path<String>,
    Json(body): Json<EventIn>,
) -> Result<axum::Json<StaffEvent>> {
    curate::update::<Events>(&state, &user, &id, body).await
}

/// Publish an event: it appears in `GET /v1/events`.
#[utoipa::path(post, path = "/staff/events/{id}/publish", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = StaffEvent), (status = 401), (status = 403), (status = 404)))]
async fn publish_event(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(id): Path<String>,
) -> Result<axum::Json<StaffEvent>> {
    curate::publish::<Events>(&state, &user, &id, true).await
}

/// Unpublish an event.
#[utoipa::path(post, path = "/staff/events/{id}/unpublish", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = StaffEvent), (status = 401), (status = 403), (status = 404)))]
async fn unpublish_event(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(id): Path<String>,
) -> Result<axum::Json<StaffEvent>> {
    curate::publish::<Events>(&state, &user, &id, false).await
}
