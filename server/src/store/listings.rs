//! Merchant listings: the editable shape of a place ([`Listing`]), its conversion to and
//! from the `places` row, and the revision queries behind drafts, submissions and review.
//!
//! Optimistic concurrency: every write to a revision is one conditional statement
//! (`… WHERE version = ?`, or an insert guarded by the unique `open_for` index), so of two
//! writers holding the same ETag exactly one wins, on any node.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use guide_domain::place::{Friendliness, PaymentInfo};
use guide_domain::{Confidence, District, Interest, PaymentMethod, PlaceKind, Source};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel,
    QueryFilter, QueryOrder, QuerySelect,
};
use serde::{Deserialize, Serialize};

use super::IN_CHUNK;
use super::accounts::new_id;
use super::column::{Framed, JsonText, Status, Wire};
use super::entity::{place, place_revision, place_translation};

/// Texts of a listing in one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ListingText {
    /// Display name.
    pub name: String,
    /// One or two sentences.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Address in this language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
}

/// A WGS-84 coordinate.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Coordinates {
    /// Latitude, WGS-84.
    #[schema(minimum = -90.0, maximum = 90.0)]
    pub lat: f64,
    /// Longitude, WGS-84.
    #[schema(minimum = -180.0, maximum = 180.0)]
    pub lng: f64,
}

/// What a merchant says about tax refund at their store.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TaxRefundClaim {
    /// A registered departure tax-refund store.
    #[serde(default)]
    pub store: bool,
    /// Pays the refund on the spot.
    #[serde(default)]
    pub instant: bool,
}

/// Everything a merchant may say about their place. Fields that belong to staff (status,
/// owner, verification dates, confidence, featured flags, zones) are deliberately absent,
/// and unknown fields are refused, so they cannot be mass-assigned.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Listing {
    pub kind: PlaceKind,
    pub district: District,
    /// Chinese name (for drivers and signs).
    pub name_zh: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_zh: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    pub location: Coordinates,
    /// OpenStreetMap `opening_hours`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opening_hours: Option<String>,
    /// Accepted payment methods (staff verify them at the till later).
    #[serde(default)]
    pub payments: Vec<PaymentMethod>,
    /// Foreigner-friendliness flags (`english_menu`, `picture_menu`, `halal`, `staff_languages`, …).
    #[serde(default)]
    #[schema(value_type = Object)]
    pub friendliness: Friendliness,
    #[serde(default)]
    pub tax_refund: TaxRefundClaim,
    #[serde(default)]
    pub night: bool,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub interests: Vec<Interest>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit_minutes: Option<u32>,
    /// Texts by BCP 47 tag; `en` is required.
    pub translations: BTreeMap<String, ListingText>,
}

impl Listing {
    /// As a JSON value (for revisions, diffs and the audit log).
    pub fn to_value(&self) -> serde_json::Value {
        serde_json::to_value(self).expect("a listing serializes")
    }

    /// The listing a published place shows now (the base of a revision and of diffs).
    pub fn from_place(p: &place::Model, texts: &[place_translation::Model]) -> Listing {
        Listing {
            kind: p.kind.0,
            district: p.district.0,
            name_zh: p.name_zh.clone(),
            address_zh: p.address_zh.clone(),
            phone: p.phone.clone(),
            // A listing always has a location; a seeded place without one shows 0,0 to its
            // merchant, who must then set it (validation refuses 0,0 on save).
            location: Coordinates {
                lat: p.lat.unwrap_or_default(),
                lng: p.lng.unwrap_or_default(),
            },
            opening_hours: p.opening_hours.clone(),
            payments: p.payments.0.iter().map(|m| m.method).collect(),
            friendliness: p.friendliness.0.clone(),
            tax_refund: TaxRefundClaim {
                store: p.tax_refund_store,
                instant: p.tax_refund_instant,
            },
            night: p.night,
            tags: p.tags.0.clone(),
            interests: p.interests.0.clone(),
            visit_minutes: p.visit_minutes.map(|m| m.max(0) as u32),
            translations: texts
                .iter()
                .map(|t| {
                    (
                        t.locale.clone(),
                        ListingText {
                            name: t.name.clone(),
                            summary: t.summary.clone(),
                            address: t.address.clone(),
                        },
                    )
                })
                .collect(),
        }
    }

    /// Writes the listing onto a place row. Staff-owned columns (status, owner, zones,
    /// verification) are kept from `base`; merchant claims are recorded as `inferred`
    /// until staff verify them, and payments keep their verification dates when the method
    /// was already there.
    pub fn apply_to(&self, base: &place::Model, now: DateTime<Utc>) -> place::Model {
        let payments: Vec<PaymentInfo> = self
            .payments
            .iter()
            .map(|m| {
                base.payments
                    .0
                    .iter()
                    .find(|o| o.method == *m)
                    .cloned()
                    .unwrap_or(PaymentInfo {
                        method: *m,
                        confidence: Confidence::Inferred,
                        verified_at: None,
                    })
            })
            .collect();
        let hours_changed = self.opening_hours != base.opening_hours;
        let inferred = Wire(Confidence::Inferred);
        let refund = self.tax_refund.store || self.tax_refund.instant;
        place::Model {
            kind: Wire(self.kind),
            district: Wire(self.district),
            name_zh: self.name_zh.clone(),
            address_zh: self.address_zh.clone(),
            phone: self.phone.clone(),
            lat: Some(self.location.lat),
            lng: Some(self.location.lng),
            location_approximate: false,
            opening_hours: self.opening_hours.clone(),
            opening_hours_confidence: match (&self.opening_hours, hours_changed) {
                (None, _) => None,
                (Some(_), true) => Some(inferred),
                (Some(_), false) => base.opening_hours_confidence.or(Some(inferred)),
            },
            tags: Framed(self.tags.clone()),
            pay_methods: Framed(self.payments.clone()),
            payments: JsonText(payments),
            friendliness: JsonText(self.friendliness.clone()),
            tax_refund_store: refund,
            tax_refund_instant: self.tax_refund.instant,
            tax_refund_confidence: refund.then(|| base.tax_refund_confidence.unwrap_or(inferred)),
            night: self.night,
            interests: Framed(self.interests.clone()),
            visit_minutes: self.visit_minutes.map(|m| m as i32),
            updated_at: now,
            ..base.clone()
        }
    }

    /// Translation rows of this listing for a place (merchant texts; origin unrecorded).
    pub fn texts(&self, place_id: &str) -> Vec<place_translation::Model> {
        self.translations
            .iter()
            .map(|(locale, t)| place_translation::Model {
                place_id: place_id.to_owned(),
                locale: locale.clone(),
                name: t.name.clone(),
                summary: t.summary.clone(),
                address: t.address.clone(),
                hours_note: None,
                origin: None,
            })
            .collect()
    }
}

/// A new, unpublished place row for a merchant's first draft.
pub fn new_place_row(
    listing: &Listing,
    id: &str,
    slug: String,
    owner_id: &str,
    now: DateTime<Utc>,
) -> place::Model {
    let base = place::Model {
        status: Wire(Status::Draft),
        owner_id: Some(owner_id.to_owned()),
        confidence: Wire(Confidence::Inferred),
        sources: JsonText(vec![merchant_source(now)]),
        as_of: Some(now.date_naive()),
        ..place::Model::blank(
            id.to_owned(),
            slug,
            listing.kind,
            listing.district,
            listing.name_zh.clone(),
            now,
        )
    };
    listing.apply_to(&base, now)
}

/// Where a merchant's own listing comes from: the merchant, on the day they wrote it. Not
/// a web page, so a visitor sees it as the merchant's word (its `url` is empty).
pub fn merchant_source(now: DateTime<Utc>) -> Source {
    Source {
        url: String::new(),
        title: Some("merchant".into()),
        as_of: Some(now.date_naive()),
        facts: Vec::new(),
    }
}

/// A place with its texts, by id (any status).
pub async fn place_with_texts(
    db: &impl ConnectionTrait,
    id: &str,
) -> Result<Option<(place::Model, Vec<place_translation::Model>)>, DbErr> {
    let Some(p) = place::Entity::find_by_id(id.to_owned()).one(db).await? else {
        return Ok(None);
    };
    let texts = place_translation::Entity::find()
        .filter(place_translation::Column::PlaceId.eq(id))
        .order_by_asc(place_translation::Column::Locale)
        .all(db)
        .await?;
    Ok(Some((p, texts)))
}

/// Places with their texts, by id (any status), in two queries.
pub async fn places_with_texts(
    db: &impl ConnectionTrait,
    ids: &[String],
) -> Result<std::collections::HashMap<String, (place::Model, Vec<place_translation::Model>)>, DbErr>
{
    let mut out = std::collections::HashMap::new();
    for chunk in ids.chunks(IN_CHUNK) {
        for p in place::Entity::find()
            .filter(place::Column::Id.is_in(chunk.iter().map(String::as_str)))
            .all(db)
            .await?
        {
            out.insert(p.id.clone(), (p, Vec::new()));
        }
        for t in place_translation::Entity::find()
            .filter(place_translation::Column::PlaceId.is_in(chunk.iter().map(String::as_str)))
            .order_by_asc(place_translation::Column::Locale)
            .all(db)
            .await?
        {
            if let Some((_, texts)) = out.get_mut(&t.place_id) {
                texts.push(t);
            }
        }
    }
    Ok(out)
}

/// A place owned by `owner` (any status); `None` for other merchants' places, so their
/// ids look exactly like missing ones.
pub async fn owned_place(
    db: &impl ConnectionTrait,
    id: &str,
    owner: &str,
) -> Result<Option<place::Model>, DbErr> {
    place::Entity::find()
        .filter(place::Column::Id.eq(id))
        .filter(place::Column::OwnerId.eq(owner))
        .one(db)
        .await
}

/// A merchant's places, newest first, after the keyset cursor `before_id`.
pub async fn owned_places(
    db: &impl ConnectionTrait,
    owner: &str,
    before_id: Option<&str>,
    limit: u64,
) -> Result<Vec<place::Model>, DbErr> {
    let mut q = place::Entity::find().filter(place::Column::OwnerId.eq(owner));
    if let Some(id) = before_id {
        q = q.filter(place::Column::Id.lt(id));
    }
    q.order_by_desc(place::Column::Id)
        .limit(limit)
        .all(db)
        .await
}

/// The open revision (draft, pending or rejected) of a place, if any.
pub async fn open_revision(
    db: &impl ConnectionTrait,
    place_id: &str,
) -> Result<Option<place_revision::Model>, DbErr> {
    place_revision::Entity::find()
        .filter(place_revision::Column::OpenFor.eq(place_id))
        .one(db)
        .await
}

/// Open revisions of many places, by place id.
pub async fn open_revisions(
    db: &impl ConnectionTrait,
    place_ids: &[String],
) -> Result<std::collections::HashMap<String, place_revision::Model>, DbErr> {
    let mut out = std::collections::HashMap::new();
    for chunk in place_ids.chunks(IN_CHUNK) {
        for r in place_revision::Entity::find()
            .filter(place_revision::Column::OpenFor.is_in(chunk.iter().map(String::as_str)))
            .all(db)
            .await?
        {
            out.insert(r.place_id.clone(), r);
        }
    }
    Ok(out)
}

/// The most recently decided revision of a place (to show the merchant the last verdict).
pub async fn last_decided(
    db: &impl ConnectionTrait,
    place_id: &str,
) -> Result<Option<place_revision::Model>, DbErr> {
    place_revision::Entity::find()
        .filter(place_revision::Column::PlaceId.eq(place_id))
        .filter(place_revision::Column::DecidedAt.is_not_null())
        .order_by_desc(place_revision::Column::DecidedAt)
        .one(db)
        .await
}

/// Inserts a place row with its texts.
pub async fn insert_place(
    db: &impl ConnectionTrait,
    row: place::Model,
    texts: Vec<place_translation::Model>,
) -> Result<(), DbErr> {
    row.into_active_model().reset_all().insert(db).await?;
    if !texts.is_empty() {
        place_translation::Entity::insert_many(
            texts.into_iter().map(|t| t.into_active_model().reset_all()),
        )
        .exec_without_returning(db)
        .await?;
    }
    Ok(())
}

/// Overwrites a place row and replaces its texts.
pub async fn replace_place(
    db: &impl ConnectionTrait,
    row: place::Model,
    texts: Vec<place_translation::Model>,
) -> Result<(), DbErr> {
    let id = row.id.clone();
    place::Entity::update(row.into_active_model().reset_all())
        .exec(db)
        .await?;
    place_translation::Entity::delete_many()
        .filter(place_translation::Column::PlaceId.eq(id.as_str()))
        .exec(db)
        .await?;
    if !texts.is_empty() {
        place_translation::Entity::insert_many(
            texts.into_iter().map(|t| t.into_active_model().reset_all()),
        )
        .exec_without_returning(db)
        .await?;
    }
    Ok(())
}

/// Sets a place's status.
pub async fn set_place_status(
    db: &impl ConnectionTrait,
    id: &str,
    status: Status,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    place::Entity::update_many()
        .col_expr(place::Column::Status, Expr::value(Wire(status)))
        .col_expr(place::Column::UpdatedAt, Expr::value(now))
        .filter(place::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Opens a revision (fails with a unique violation when another is already open).
pub async fn insert_revision(
    db: &impl ConnectionTrait,
    place_id: &str,
    author: &str,
    status: &str,
    data: &Listing,
    now: DateTime<Utc>,
) -> Result<place_revision::Model, DbErr> {
    let row = place_revision::Model {
        id: new_id(),
        place_id: place_id.to_owned(),
        open_for: Some(place_id.to_owned()),
        author_id: author.to_owned(),
        status: status.to_owned(),
        version: 1,
        data: data.to_value().to_string(),
        reason_code: None,
        reason_note: None,
        decided_by: None,
        submitted_at: (status == "pending").then_some(now),
        decided_at: None,
        created_at: now,
        updated_at: now,
    };
    row.clone()
        .into_active_model()
        .reset_all()
        .insert(db)
        .await?;
    Ok(row)
}

/// Writes a revision if it is still at `version`: `false` means someone else wrote first.
pub async fn update_revision(
    db: &impl ConnectionTrait,
    id: &str,
    version: i32,
    status: &str,
    data: Option<&Listing>,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let mut q = place_revision::Entity::update_many()
        .col_expr(place_revision::Column::Version, Expr::value(version + 1))
        .col_expr(place_revision::Column::Status, Expr::value(status))
        .col_expr(place_revision::Column::UpdatedAt, Expr::value(now));
    if let Some(data) = data {
        q = q.col_expr(
            place_revision::Column::Data,
            Expr::value(data.to_value().to_string()),
        );
    }
    if status == "pending" {
        q = q.col_expr(place_revision::Column::SubmittedAt, Expr::value(now));
    }
    let result = q
        .filter(place_revision::Column::Id.eq(id))
        .filter(place_revision::Column::Version.eq(version))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Records a curator's decision on a pending revision at `version`: approved revisions
/// close, rejected ones stay open for the merchant to fix. `false`: not pending at that
/// version any more.
pub async fn decide_revision(
    db: &impl ConnectionTrait,
    id: &str,
    version: i32,
    approve: bool,
    reason: Option<(&str, Option<&str>)>,
    curator: &str,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let mut q = place_revision::Entity::update_many()
        .col_expr(place_revision::Column::Version, Expr::value(version + 1))
        .col_expr(
            place_revision::Column::Status,
            Expr::value(if approve { "approved" } else { "rejected" }),
        )
        .col_expr(place_revision::Column::DecidedBy, Expr::value(curator))
        .col_expr(place_revision::Column::DecidedAt, Expr::value(now))
        .col_expr(place_revision::Column::UpdatedAt, Expr::value(now))
        .col_expr(
            place_revision::Column::ReasonCode,
            Expr::value(reason.map(|r| r.0.to_owned())),
        )
        .col_expr(
            place_revision::Column::ReasonNote,
            Expr::value(reason.and_then(|r| r.1.map(str::to_owned))),
        );
    if approve {
        q = q.col_expr(
            place_revision::Column::OpenFor,
            Expr::value(Option::<String>::None),
        );
    }
    let result = q
        .filter(place_revision::Column::Id.eq(id))
        .filter(place_revision::Column::Version.eq(version))
        .filter(place_revision::Column::Status.eq("pending"))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Pending revisions, oldest submission first, after the keyset cursor `after_id`.
pub async fn pending(
    db: &impl ConnectionTrait,
    after_id: Option<&str>,
    limit: u64,
) -> Result<Vec<place_revision::Model>, DbErr> {
    let mut cond = Condition::all().add(place_revision::Column::Status.eq("pending"));
    if let Some(id) = after_id {
        cond = cond.add(place_revision::Column::Id.gt(id));
    }
    place_revision::Entity::find()
        .filter(cond)
        .order_by_asc(place_revision::Column::Id)
        .limit(limit)
        .all(db)
        .await
}

/// Whether a place is public.
pub fn is_published(p: &place::Model) -> bool {
    p.status.0 == Status::Published
}
