//! Table `places`.

use sea_orm::entity::prelude::*;

use crate::store::column::{Framed, JsonText, Status, Wire};

/// One row of `places`.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "places")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    #[sea_orm(unique)]
    pub slug: String,
    pub kind: Wire<guide_domain::PlaceKind>,
    pub district: Wire<guide_domain::District>,
    /// `published` is public; `draft`, `pending` and `rejected` belong to merchants.
    pub status: Wire<Status>,
    pub owner_id: Option<String>,
    pub name_zh: String,
    pub address_zh: Option<String>,
    pub phone: Option<String>,
    pub lat: Option<f64>,
    pub lng: Option<f64>,
    pub location_approximate: bool,
    pub opening_hours: Option<String>,
    pub opening_hours_confidence: Option<Wire<guide_domain::Confidence>>,
    /// Comma-framed tags: `,heritage,museum,`.
    pub tags: Framed<String>,
    /// Comma-framed payment methods (`,cash,unionpay,`): the methods of `payments`, kept
    /// for SQL that filters by method.
    pub pay_methods: Framed<guide_domain::PaymentMethod>,
    /// JSON array of `{method, confidence, verified_at}`.
    pub payments: JsonText<Vec<guide_domain::place::PaymentInfo>>,
    /// JSON object of foreigner-friendliness flags.
    pub friendliness: JsonText<guide_domain::place::Friendliness>,
    pub tax_refund_store: bool,
    pub tax_refund_instant: bool,
    pub tax_refund_confidence: Option<Wire<guide_domain::Confidence>>,
    pub duty_free: bool,
    /// JSON object `{operator, rules, confidence}` when `duty_free`.
    pub duty_free_details: Option<JsonText<guide_domain::place::DutyFreeInfo>>,
    pub night: bool,
    /// Comma-framed planner interests.
    pub interests: Framed<guide_domain::Interest>,
    pub visit_minutes: Option<i32>,
    pub confidence: Wire<guide_domain::Confidence>,
    /// JSON array of field names flagged uncertain by sources.
    pub uncertain_fields: JsonText<Vec<String>>,
    /// JSON array of cited sources.
    pub sources: JsonText<Vec<guide_domain::Source>>,
    pub as_of: Option<Date>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

/// No navigable relations: queries join explicitly where needed.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    /// A published place with a name and nothing else known yet: no location, hours,
    /// payments or flags, confidence `confirmed` and no sources. Callers set what they know
    /// with `Model { .., ..blank }`.
    pub fn blank(
        id: String,
        slug: String,
        kind: guide_domain::PlaceKind,
        district: guide_domain::District,
        name_zh: String,
        now: DateTimeUtc,
    ) -> Model {
        Model {
            id,
            slug,
            kind: Wire(kind),
            district: Wire(district),
            status: Wire(Status::Published),
            owner_id: None,
            name_zh,
            address_zh: None,
            phone: None,
            lat: None,
            lng: None,
            location_approximate: false,
            opening_hours: None,
            opening_hours_confidence: None,
            tags: Framed::default(),
            pay_methods: Framed::default(),
            payments: JsonText::default(),
            friendliness: JsonText::default(),
            tax_refund_store: false,
            tax_refund_instant: false,
            tax_refund_confidence: None,
            duty_free: false,
            duty_free_details: None,
            night: false,
            interests: Framed::default(),
            visit_minutes: None,
            confidence: Wire(guide_domain::Confidence::Confirmed),
            uncertain_fields: JsonText::default(),
            sources: JsonText::default(),
            as_of: None,
            created_at: now,
            updated_at: now,
        }
    }
}
