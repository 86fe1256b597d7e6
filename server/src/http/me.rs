//! `GET /v1/me`, favourites (`GET|PUT|DELETE /v1/me/favorites[/{place}]`) and saved
//! itineraries (`GET|POST /v1/me/itineraries`, `GET|DELETE /v1/me/itineraries/{id}`,
//! `GET /v1/me/itineraries/{id}/ics`). Everything here is scoped to the signed-in user:
//! another user's id is simply not found (404), never 403, so ids leak nothing.

use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use guide_domain::planner::Plan;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::Json;
use super::auth::UserOut;
use super::extract::{AuthUser, encode_cursor, page, phone_made_id};
use super::params::Params;
use crate::app::AppState;
use crate::error::{Error, FieldError, Msg, Result};
use crate::i18n::Lang;
use crate::store::entity::saved_itinerary;
use crate::store::{self, visitors};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(me))
        .routes(routes!(favorites))
        .routes(routes!(add_favorite, remove_favorite))
        .routes(routes!(list_itineraries, save_itinerary))
        .routes(routes!(get_itinerary, put_itinerary, delete_itinerary))
        .routes(routes!(itinerary_ics))
}

/// Most itineraries one account may keep (bounds storage per user).
const MAX_ITINERARIES: usize = 200;

/// The signed-in account.
#[utoipa::path(get, path = "/me", tag = "accounts", security(("bearer" = [])),
    responses((status = 200, body = UserOut), (status = 401)))]
async fn me(State(state): State<AppState>, user: AuthUser) -> Result<axum::Json<UserOut>> {
    let row = store::accounts::user_by_id(&state.db, &user.id)
        .await?
        .ok_or(Error::Unauthorized("user gone"))?;
    Ok(axum::Json(UserOut::from(&row)))
}

/// A favourite place.
#[derive(Serialize, ToSchema)]
struct FavoriteOut {
    id: String,
    slug: String,
    kind: String,
    name: String,
    name_zh: String,
    saved_at: DateTime<Utc>,
}

/// A page of favourites.
#[derive(Serialize, ToSchema)]
struct FavoritePage {
    items: Vec<FavoriteOut>,
    next_cursor: Option<String>,
}

/// The user's favourite places, most recent first (unpublished places drop out).
#[utoipa::path(get, path = "/me/favorites", tag = "accounts", security(("bearer" = [])),
    params(("limit" = Option<i64>, Query, minimum = 1, maximum = 100, description = "1–100, default 20"), ("cursor" = Option<String>, Query)),
    responses((status = 200, body = FavoritePage), (status = 401)))]
async fn favorites(
    State(state): State<AppState>,
    Lang(locale): Lang,
    user: AuthUser,
    RawQuery(query): RawQuery,
) -> Result<axum::Json<FavoritePage>> {
    let mut p = Params::parse(query.as_deref(), &["limit", "cursor"]);
    let (limit, cursor) = page(&mut p);
    let offset = match cursor.as_deref().map(str::parse::<u64>) {
        None => 0,
        Some(Ok(n)) => n,
        Some(Err(_)) => {
            p.fail("cursor", "invalid_cursor", Msg::new("field-invalid-cursor"));
            0
        }
    };
    p.finish()?;
    let mut rows = visitors::favorites(&state.db, &user.id, offset, limit + 1).await?;
    let has_more = rows.len() as u64 > limit;
    rows.truncate(limit as usize);
    let snapshot = state.catalogue.snapshot();
    let items = rows
        .iter()
        .filter_map(|f| {
            let p = snapshot.place(&f.place_id)?;
            Some(FavoriteOut {
                id: p.facts.id.clone(),
                slug: p.facts.slug.clone(),
                kind: p.facts.kind.as_str().to_owned(),
                name: p.name(locale).into_owned(),
                name_zh: p.facts.name_zh.clone(),
                saved_at: f.created_at,
            })
        })
        .collect();
    let next_cursor = has_more.then(|| encode_cursor(&(offset + limit).to_string()));
    Ok(axum::Json(FavoritePage { items, next_cursor }))
}

/// Mark a published place (id or slug) as a favourite. Idempotent.
#[utoipa::path(put, path = "/me/favorites/{place}", tag = "accounts", security(("bearer" = [])),
    params(("place" = String, Path, description = "place id or slug")),
    responses((status = 204), (status = 401), (status = 404)))]
async fn add_favorite(
    State(state): State<AppState>,
    user: AuthUser,
    Path(place): Path<String>,
) -> Result<StatusCode> {
    let id = state
        .catalogue
        .snapshot()
        .place(&place)
        .map(|p| p.facts.id.clone());
    let id = id.ok_or_else(|| Error::NotFound {
        what: "place",
        id: place.clone(),
    })?;
    visitors::add_favorite(&state.db, &user.id, &id, Utc::now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Remove a favourite (id or slug).
#[utoipa::path(delete, path = "/me/favorites/{place}", tag = "accounts", security(("bearer" = [])),
    params(("place" = String, Path, description = "place id or slug")),
    responses((status = 204), (status = 401), (status = 404)))]
async fn remove_favorite(
    State(state): State<AppState>,
    user: AuthUser,
    Path(place): Path<String>,
) -> Result<StatusCode> {
    let id = state
        .catalogue
        .snapshot()
        .place(&place)
        .map_or_else(|| place.clone(), |p| p.facts.id.clone());
    if visitors::remove_favorite(&state.db, &user.id, &id).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(Error::NotFound {
            what: "favorite",
            id: place,
        })
    }
}

/// A plan to keep, exactly as the planner returned it.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct SaveItineraryIn {
    title: String,
    /// The `plan` of `POST /v1/itineraries/plan`.
    #[schema(value_type = Object)]
    plan: serde_json::Value,
}

/// A saved itinerary in a list.
#[derive(Serialize, ToSchema)]
struct ItinerarySummary {
    id: String,
    title: String,
    locale: String,
    days: usize,
    created_at: DateTime<Utc>,
}

/// A saved itinerary with its plan.
#[derive(Serialize, ToSchema)]
struct ItineraryOut {
    #[serde(flatten)]
    summary: ItinerarySummary,
    #[schema(value_type = Object)]
    plan: serde_json::Value,
}

/// A page of saved itineraries.
#[derive(Serialize, ToSchema)]
struct ItineraryPage {
    items: Vec<ItinerarySummary>,
    next_cursor: Option<String>,
}

fn summary(row: &saved_itinerary::Model) -> ItinerarySummary {
    let days = serde_json::from_str::<serde_json::Value>(&row.plan)
        .ok()
        .and_then(|p| p["days"].as_array().map(Vec::len))
        .unwrap_or(0);
    ItinerarySummary {
        id: row.id.clone(),
        title: row.title.clone(),
        locale: row.locale.clone(),
        days,
        created_at: row.created_at,
    }
}

/// The title of an itinerary to save, trimmed; every problem of the body at once.
fn checked_itinerary(body: &SaveItineraryIn) -> Result<String> {
    let mut errors = Vec::new();
    let title = body.title.trim().to_owned();
    if title.is_empty() {
        errors.push(FieldError::new(
            "title",
            "required",
            Msg::new("field-required"),
        ));
    } else if title.chars().count() > 200 {
        errors.push(FieldError::new(
            "title",
            "too_long",
            Msg::new("field-too-long").arg("max", 200usize),
        ));
    }
    // Stored as sent (what the user saw), but it must be a plan.
    if let Err(e) = serde_path_to_error::deserialize::<_, Plan>(&body.plan) {
        let path = e.path().to_string();
        errors.push(FieldError::new(
            format!(
                "plan{}",
                if path == "." {
                    String::new()
                } else {
                    format!(".{path}")
                }
            ),
            "invalid_plan",
            Msg::new("field-invalid-json").arg("reason", e.into_inner().to_string()),
        ));
    }
    if !errors.is_empty() {
        return Err(Error::Unprocessable(errors));
    }
    Ok(title)
}

/// Save a plan under an id made on the phone (a UUID): 201 the first time, 200 when the
/// same id comes again (replaced), so an upload repeated after a lost answer is harmless.
#[utoipa::path(put, path = "/me/itineraries/{id}", tag = "accounts", security(("bearer" = [])),
    params(("id" = String, Path, description = "a UUID made on the phone")),
    request_body = SaveItineraryIn,
    responses((status = 200, body = ItineraryOut), (status = 201, body = ItineraryOut), (status = 401), (status = 404), (status = 409), (status = 422)))]
async fn put_itinerary(
    State(state): State<AppState>,
    Lang(locale): Lang,
    user: AuthUser,
    Path(id): Path<String>,
    Json(body): Json<SaveItineraryIn>,
) -> Result<(StatusCode, axum::Json<ItineraryOut>)> {
    let id = phone_made_id(&id, "itinerary")?;
    let title = checked_itinerary(&body)?;
    let row = saved_itinerary::Model {
        id: id.clone(),
        user_id: user.id.clone(),
        title,
        locale: locale.tag().to_owned(),
        plan: body.plan.to_string(),
        created_at: Utc::now(),
    };
    let status =
        match visitors::put_itinerary(&state.db, row.clone(), MAX_ITINERARIES as u64).await? {
            visitors::Stored::Created => StatusCode::CREATED,
            visitors::Stored::Replaced => StatusCode::OK,
            visitors::Stored::Foreign => {
                return Err(Error::NotFound {
                    what: "itinerary",
                    id,
                });
            }
            visitors::Stored::Full => {
                return Err(Error::Conflict(
                    Msg::new("error-limit-reached-detail").arg("max", MAX_ITINERARIES),
                ));
            }
        };
    Ok((
        status,
        axum::Json(ItineraryOut {
            summary: summary(&row),
            plan: body.plan,
        }),
    ))
}

/// Save a plan.
#[utoipa::path(post, path = "/me/itineraries", tag = "accounts", security(("bearer" = [])),
    request_body = SaveItineraryIn,
    responses((status = 201, body = ItineraryOut), (status = 401), (status = 409), (status = 422)))]
async fn save_itinerary(
    State(state): State<AppState>,
    Lang(locale): Lang,
    user: AuthUser,
    Json(body): Json<SaveItineraryIn>,
) -> Result<Response> {
    let title = checked_itinerary(&body)?;
    if visitors::itineraries(&state.db, &user.id, None, MAX_ITINERARIES as u64)
        .await?
        .len()
        >= MAX_ITINERARIES
    {
        return Err(Error::Conflict(
            Msg::new("error-limit-reached-detail").arg("max", MAX_ITINERARIES),
        ));
    }
    let row = saved_itinerary::Model {
        id: store::accounts::new_id(),
        user_id: user.id.clone(),
        title,
        locale: locale.tag().to_owned(),
        plan: body.plan.to_string(),
        created_at: Utc::now(),
    };
    visitors::save_itinerary(&state.db, row.clone()).await?;
    let out = ItineraryOut {
        summary: summary(&row),
        plan: body.plan,
    };
    let mut response = (StatusCode::CREATED, axum::Json(out)).into_response();
    if let Ok(location) = HeaderValue::from_str(&format!("/v1/me/itineraries/{}", row.id)) {
        response.headers_mut().insert(header::LOCATION, location);
    }
    Ok(response)
}

/// The user's saved itineraries, newest first.
#[utoipa::path(get, path = "/me/itineraries", tag = "accounts", security(("bearer" = [])),
    params(("limit" = Option<i64>, Query, minimum = 1, maximum = 100, description = "1–100, default 20"), ("cursor" = Option<String>, Query)),
    responses((status = 200, body = ItineraryPage), (status = 401)))]
async fn list_itineraries(
    State(state): State<AppState>,
    user: AuthUser,
    RawQuery(query): RawQuery,
) -> Result<axum::Json<ItineraryPage>> {
    let mut p = Params::parse(query.as_deref(), &["limit", "cursor"]);
    let (limit, cursor) = page(&mut p);
    p.finish()?;
    let mut rows = visitors::itineraries(&state.db, &user.id, cursor.as_deref(), limit + 1).await?;
    let has_more = rows.len() as u64 > limit;
    rows.truncate(limit as usize);
    let next_cursor = has_more.then(|| encode_cursor(&rows.last().expect("full page").id));
    Ok(axum::Json(ItineraryPage {
        items: rows.iter().map(summary).collect(),
        next_cursor,
    }))
}

async fn own_itinerary(
    state: &AppState,
    user: &AuthUser,
    id: &str,
) -> Result<saved_itinerary::Model> {
    visitors::itinerary(&state.db, &user.id, id)
        .await?
        .ok_or_else(|| Error::NotFound {
            what: "itinerary",
            id: id.to_owned(),
        })
}

/// One saved itinerary (another user's id is 404).
#[utoipa::path(get, path = "/me/itineraries/{id}", tag = "accounts", security(("bearer" = [])),
    params(("id" = String, Path)), responses((status = 200, body = ItineraryOut), (status = 401), (status = 404)))]
async fn get_itinerary(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
) -> Result<axum::Json<ItineraryOut>> {
    let row = own_itinerary(&state, &user, &id).await?;
    let plan =
        serde_json::from_str(&row.plan).map_err(|e| anyhow::anyhow!("stored plan {id}: {e}"))?;
    Ok(axum::Json(ItineraryOut {
        summary: summary(&row),
        plan,
    }))
}

/// Delete a saved itinerary.
#[utoipa::path(delete, path = "/me/itineraries/{id}", tag = "accounts", security(("bearer" = [])),
    params(("id" = String, Path)), responses((status = 204), (status = 401), (status = 404)))]
async fn delete_itinerary(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
) -> Result<StatusCode> {
    if visitors::delete_itinerary(&state.db, &user.id, &id).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(Error::NotFound {
            what: "itinerary",
            id,
        })
    }
}

/// A saved itinerary as an iCalendar file for phone calendars.
#[utoipa::path(get, path = "/me/itineraries/{id}/ics", tag = "accounts", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, content_type = "text/calendar", description = "RFC 5545 calendar"), (status = 401), (status = 404)))]
async fn itinerary_ics(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
) -> Result<Response> {
    let row = own_itinerary(&state, &user, &id).await?;
    let plan: Plan =
        serde_json::from_str(&row.plan).map_err(|e| anyhow::anyhow!("stored plan {id}: {e}"))?;
    let body = guide_domain::ics::to_ics(&plan, Utc::now());
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/calendar; charset=utf-8"),
    );
    headers.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"itinerary.ics\""),
    );
    Ok(response)
}
