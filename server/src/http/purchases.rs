//! The tax-refund tracker's purchases kept with the account (`GET /v1/me/purchases`,
//! `PUT|DELETE /v1/me/purchases/{id}`), so a purchase noted on one phone, offline at the
//! till, reaches the account's other phones. The id is made on the phone: uploading the
//! same purchase again is harmless. Scoped to the signed-in user: another account's id is
//! 404, never 403.

use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use chrono::{NaiveDate, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::Json;
use super::extract::{AuthUser, encode_cursor, page, phone_made_id};
use super::params::Params;
use crate::app::AppState;
use crate::error::{Error, FieldError, Msg, Result};
use crate::store::entity::purchase;
use crate::store::visitors::{self, Stored};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list))
        .routes(routes!(put, delete))
}

/// Most purchases one account may keep (a trip's shopping, with room to spare).
const MAX_PURCHASES: u64 = 1000;
/// Largest amount of one purchase, CNY.
const MAX_AMOUNT: i64 = 10_000_000;

/// A purchase as the tracker notes it.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct PurchaseIn {
    /// The store: a place's slug, or its name when the guide does not list it.
    store: String,
    /// Day of purchase (Guangzhou).
    #[schema(value_type = String, format = Date, example = "2026-12-01")]
    date: NaiveDate,
    /// Amount paid, VAT included, as a decimal string.
    #[schema(value_type = String, example = "250.00")]
    amount_cny: String,
    /// VAT rate of the goods, percent (13 or 9 for refundable goods).
    #[schema(minimum = 0, maximum = 17)]
    vat_rate: u8,
    /// Bought at an instant-refund counter.
    #[serde(default)]
    instant: bool,
}

/// A stored purchase (the fields of [`PurchaseIn`] and its id; written out rather than
/// flattened, so the schema stays exact).
#[derive(Serialize, ToSchema)]
struct PurchaseOut {
    id: String,
    store: String,
    #[schema(value_type = String, format = Date, example = "2026-12-01")]
    date: NaiveDate,
    /// Decimal string.
    #[schema(value_type = String, example = "250.00")]
    amount_cny: String,
    vat_rate: u8,
    instant: bool,
}

/// A page of purchases.
#[derive(Serialize, ToSchema)]
struct PurchasePage {
    items: Vec<PurchaseOut>,
    next_cursor: Option<String>,
}

fn out(row: purchase::Model) -> PurchaseOut {
    PurchaseOut {
        id: row.id,
        store: row.store,
        date: row.date,
        amount_cny: row.amount_cny,
        vat_rate: row.vat_rate.clamp(0, 255) as u8,
        instant: row.instant,
    }
}

fn validate(body: &PurchaseIn) -> Result<Decimal> {
    let mut errors = Vec::new();
    let store = body.store.trim();
    if store.is_empty() {
        errors.push(FieldError::new(
            "store",
            "required",
            Msg::new("field-required"),
        ));
    } else if store.chars().count() > 100 {
        errors.push(FieldError::new(
            "store",
            "too_long",
            Msg::new("field-too-long").arg("max", 100usize),
        ));
    }
    let amount = body
        .amount_cny
        .trim()
        .parse::<Decimal>()
        .ok()
        .filter(|a| *a > Decimal::ZERO && *a <= Decimal::from(MAX_AMOUNT) && a.scale() <= 2);
    if amount.is_none() {
        errors.push(FieldError::new(
            "amount_cny",
            "out_of_range",
            Msg::new("field-out-of-range")
                .arg("min", "0.01")
                .arg("max", MAX_AMOUNT.to_string()),
        ));
    }
    if body.vat_rate > 17 {
        errors.push(FieldError::new(
            "vat_rate",
            "out_of_range",
            Msg::new("field-out-of-range")
                .arg("min", 0usize)
                .arg("max", 17usize),
        ));
    }
    let year = chrono::Datelike::year(&body.date);
    if !(2020..=2100).contains(&year) {
        errors.push(FieldError::new(
            "date",
            "out_of_range",
            Msg::new("field-out-of-range")
                .arg("min", "2020-01-01")
                .arg("max", "2100-12-31"),
        ));
    }
    match amount {
        Some(a) if errors.is_empty() => Ok(a),
        _ => Err(Error::Unprocessable(errors)),
    }
}

/// The account's purchases, oldest first.
#[utoipa::path(get, path = "/me/purchases", tag = "accounts", security(("bearer" = [])),
    params(("limit" = Option<i64>, Query, minimum = 1, maximum = 100, description = "1–100, default 20"), ("cursor" = Option<String>, Query)),
    responses((status = 200, body = PurchasePage), (status = 400), (status = 401)))]
async fn list(
    State(state): State<AppState>,
    user: AuthUser,
    RawQuery(query): RawQuery,
) -> Result<axum::Json<PurchasePage>> {
    let mut p = Params::parse(query.as_deref(), &["limit", "cursor"]);
    let (limit, cursor) = page(&mut p);
    p.finish()?;
    let mut rows = visitors::purchases(&state.db, &user.id, cursor.as_deref(), limit + 1).await?;
    let has_more = rows.len() as u64 > limit;
    rows.truncate(limit as usize);
    let next_cursor = has_more.then(|| encode_cursor(&rows.last().expect("full page").id));
    Ok(axum::Json(PurchasePage {
        items: rows.into_iter().map(out).collect(),
        next_cursor,
    }))
}

/// Store a purchase under the id the phone made (a UUID): 201 the first time, 200 when
/// the same id comes again (replaced).
#[utoipa::path(put, path = "/me/purchases/{id}", tag = "accounts", security(("bearer" = [])),
    params(("id" = String, Path, description = "a UUID made on the phone")),
    request_body = PurchaseIn,
    responses((status = 200, body = PurchaseOut), (status = 201, body = PurchaseOut), (status = 401), (status = 404), (status = 409), (status = 422)))]
async fn put(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
    Json(body): Json<PurchaseIn>,
) -> Result<(StatusCode, axum::Json<PurchaseOut>)> {
    let id = phone_made_id(&id, "purchase")?;
    let amount = validate(&body)?;
    let now = Utc::now();
    let row = purchase::Model {
        id: id.clone(),
        user_id: user.id.clone(),
        store: body.store.trim().to_owned(),
        date: body.date,
        amount_cny: amount.to_string(),
        vat_rate: i32::from(body.vat_rate),
        instant: body.instant,
        created_at: now,
        updated_at: now,
    };
    let status = match visitors::put_purchase(&state.db, row.clone(), MAX_PURCHASES).await? {
        Stored::Created => StatusCode::CREATED,
        Stored::Replaced => StatusCode::OK,
        Stored::Foreign => {
            return Err(Error::NotFound {
                what: "purchase",
                id,
            });
        }
        Stored::Full => {
            return Err(Error::Conflict(
                Msg::new("error-limit-reached-detail").arg("max", MAX_PURCHASES),
            ));
        }
    };
    Ok((status, axum::Json(out(row))))
}

/// Remove a purchase.
#[utoipa::path(delete, path = "/me/purchases/{id}", tag = "accounts", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 204), (status = 401), (status = 404)))]
async fn delete(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<String>,
) -> Result<StatusCode> {
    let id = phone_made_id(&id, "purchase")?;
    if visitors::delete_purchase(&state.db, &user.id, &id).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(Error::NotFound {
            what: "purchase",
            id,
        })
    }
}
