//! The audit log: every staff action and merchant submission, with the state before and
//! after. Append-only; written in the same transaction as the change it describes.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel,
    QueryFilter, QueryOrder, QuerySelect,
};

use super::accounts::new_id;
use super::entity::audit_entry;

/// Who acted.
#[derive(Debug, Clone)]
pub struct Actor {
    /// User id.
    pub id: String,
    /// Their role at the time.
    pub role: String,
}

/// Appends one entry.
pub async fn record(
    db: &impl ConnectionTrait,
    actor: &Actor,
    action: &str,
    target: (&str, &str),
    before: Option<&serde_json::Value>,
    after: Option<&serde_json::Value>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    audit_entry::Model {
        id: new_id(),
        at: now,
        actor_id: actor.id.clone(),
        actor_role: actor.role.clone(),
        action: action.to_owned(),
        target_type: target.0.to_owned(),
        target_id: target.1.to_owned(),
        before: before.map(|v| v.to_string()),
        after: after.map(|v| v.to_string()),
    }
    .into_active_model()
    .reset_all()
    .insert(db)
    .await?;
    Ok(())
}

/// Filters of `GET /v1/staff/audit`; every set field narrows.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub actor: Option<String>,
    /// Exact action, or a prefix ending in `.` (`place.`).
    pub action: Option<String>,
    pub target_type: Option<String>,
    pub target_id: Option<String>,
    pub since: Option<DateTime<Utc>>,
    pub until: Option<DateTime<Utc>>,
    /// Entries older than this id (UUIDv7 ids sort by time): keyset pagination.
    pub before_id: Option<String>,
}

/// Newest first, at most `limit`.
pub async fn find(
    db: &impl ConnectionTrait,
    f: &AuditFilter,
    limit: u64,
) -> Result<Vec<audit_entry::Model>, DbErr> {
    let mut cond = Condition::all();
    if let Some(actor) = &f.actor {
        cond = cond.add(audit_entry::Column::ActorId.eq(actor.as_str()));
    }
    if let Some(action) = &f.action {
        cond = cond.add(if action.ends_with('.') {
            audit_entry::Column::Action.starts_with(action.as_str())
        } else {
            audit_entry::Column::Action.eq(action.as_str())
        });
    }
    if let Some(t) = &f.target_type {
        cond = cond.add(audit_entry::Column::TargetType.eq(t.as_str()));
    }
    if let Some(t) = &f.target_id {
        cond = cond.add(audit_entry::Column::TargetId.eq(t.as_str()));
    }
    if let Some(since) = f.since {
        cond = cond.add(audit_entry::Column::At.gte(since));
    }
    if let Some(until) = f.until {
        cond = cond.add(audit_entry::Column::At.lt(until));
    }
    if let Some(id) = &f.before_id {
        cond = cond.add(audit_entry::Column::Id.lt(id.as_str()));
    }
    audit_entry::Entity::find()
        .filter(cond)
        .order_by_desc(audit_entry::Column::Id)
        .limit(limit)
        .all(db)
        .await
}
