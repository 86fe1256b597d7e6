//! Table `places`.

use sea_orm::entity::prelude::*;

/// One row of `places`.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "places")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    #[sea_orm(unique)]
    pub slug: String,
    pub kind: String,
    pub district: String,
    /// `published` is public; `draft`, `pending` and `rejected` belong to merchants.
    pub status: String,
    pub owner_id: Option<String>,
    pub name_zh: String,
    pub address_zh: Option<String>,
    pub phone: Option<String>,
    pub lat: Option<f64>,
    pub lng: Option<f64>,
    pub location_approximate: bool,
    pub opening_hours: Option<String>,
    pub opening_hours_confidence: Option<String>,
    /// Comma-framed tags: `,heritage,museum,`.
    pub tags: String,
    /// Comma-framed payment methods: `,cash,unionpay,`.
    pub pay_methods: String,
    /// JSON array of `{method, confidence, verified_at}`.
    pub payments: String,
    /// JSON object of foreigner-friendliness flags.
    pub friendliness: String,
    pub tax_refund_store: bool,
    pub tax_refund_instant: bool,
    pub tax_refund_confidence: Option<String>,
    pub duty_free: bool,
    /// JSON object `{operator, rules, confidence}` when `duty_free`.
    pub duty_free_details: Option<String>,
    pub night: bool,
    /// Comma-framed planner interests.
    pub interests: String,
    pub visit_minutes: Option<i32>,
    pub confidence: String,
    /// JSON array of field names flagged uncertain by sources.
    pub uncertain_fields: String,
    /// JSON array of source references.
    pub sources: String,
    pub as_of: Option<Date>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

/// No navigable relations: queries join explicitly where needed.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    /// A published place with a name and nothing else known yet: every list column empty
    /// (`","` framed, `"[]"`/`"{}"` JSON), no location, hours or flags, confidence
    /// `confirmed` and no sources. Callers set what they know with `Model { .., ..blank }`;
    /// this is the one place that knows what "empty" looks like in each column.
    pub fn blank(id: String, slug: String, kind: &str, district: &str, name_zh: String, now: DateTimeUtc) -> Model {
        Model {
            id,
            slug,
            kind: kind.to_owned(),
            district: district.to_owned(),
            status: crate::store::PUBLISHED.to_owned(),
            owner_id: None,
            name_zh,
            address_zh: None,
            phone: None,
            lat: None,
            lng: None,
            location_approximate: false,
            opening_hours: None,
            opening_hours_confidence: None,
            tags: crate::store::frame::<&str>(&[]),
            pay_methods: crate::store::frame::<&str>(&[]),
            payments: "[]".into(),
            friendliness: "{}".into(),
            tax_refund_store: false,
            tax_refund_instant: false,
            tax_refund_confidence: None,
            duty_free: false,
            duty_free_details: None,
            night: false,
            interests: crate::store::frame::<&str>(&[]),
            visit_minutes: None,
            confidence: "confirmed".into(),
            uncertain_fields: "[]".into(),
            sources: "[]".into(),
            as_of: None,
            created_at: now,
            updated_at: now,
        }
    }
}
