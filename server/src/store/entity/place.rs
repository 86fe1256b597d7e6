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
