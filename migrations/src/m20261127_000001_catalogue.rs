//! The public catalogue: places (with per-locale translations), zones, routes with
//! ordered stops, events, alerts and versioned policies.
//!
//! Filterable place attributes are real columns (kind, district, coordinates, flags) so
//! that the list endpoint filters in SQL with indexes; attributes that are only displayed
//! (payment details, friendliness, sources) are JSON text. Multi-valued filters (payment
//! methods, tags) are also kept as comma-framed text (",cash,unionpay,") so that one
//! portable `LIKE '%,cash,%'` works on both databases.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Places::Table)
                .col(string(Places::Id).primary_key())
                .col(string_uniq(Places::Slug))
                .col(string(Places::Kind))
                .col(string(Places::District))
                .col(string(Places::Status))
                .col(string_null(Places::OwnerId))
                .col(string(Places::NameZh))
                .col(string_null(Places::AddressZh))
                .col(string_null(Places::Phone))
                .col(double_null(Places::Lat))
                .col(double_null(Places::Lng))
                .col(boolean(Places::LocationApproximate))
                .col(text_null(Places::OpeningHours))
                .col(string_null(Places::OpeningHoursConfidence))
                .col(text(Places::Tags))
                .col(text(Places::PayMethods))
                .col(text(Places::Payments))
                .col(text(Places::Friendliness))
                .col(boolean(Places::TaxRefundStore))
                .col(boolean(Places::TaxRefundInstant))
                .col(string_null(Places::TaxRefundConfidence))
                .col(boolean(Places::DutyFree))
                .col(text_null(Places::DutyFreeDetails))
                .col(boolean(Places::Night))
                .col(text(Places::Interests))
                .col(integer_null(Places::VisitMinutes))
                .col(string(Places::Confidence))
                .col(text(Places::UncertainFields))
                .col(text(Places::Sources))
                .col(date_null(Places::AsOf))
                .col(timestamp_with_time_zone(Places::CreatedAt))
                .col(timestamp_with_time_zone(Places::UpdatedAt))
                .to_owned(),
        )
        .await?;
        for (name, cols) in [
            ("idx_places_kind", vec![Places::Kind]),
            ("idx_places_district", vec![Places::District]),
            ("idx_places_lat_lng", vec![Places::Lat, Places::Lng]),
            ("idx_places_updated_at", vec![Places::UpdatedAt]),
            ("idx_places_status", vec![Places::Status]),
        ] {
            let mut index = Index::create();
            index.name(name).table(Places::Table);
            for col in cols {
                index.col(col);
            }
            m.create_index(index.to_owned()).await?;
        }

        m.create_table(
            Table::create()
                .table(PlaceTranslations::Table)
                .col(string(PlaceTranslations::PlaceId))
                .col(string(PlaceTranslations::Locale))
                .col(string(PlaceTranslations::Name))
                .col(text_null(PlaceTranslations::Summary))
                .col(text_null(PlaceTranslations::Address))
                .primary_key(
                    Index::create()
                        .col(PlaceTranslations::PlaceId)
                        .col(PlaceTranslations::Locale),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(PlaceTranslations::Table, PlaceTranslations::PlaceId)
                        .to(Places::Table, Places::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Zones::Table)
                .col(string(Zones::Id).primary_key())
                .col(string_uniq(Zones::Slug))
                .col(string(Zones::Tier))
                .col(string(Zones::NameZh))
                .col(text(Zones::Districts))
                .col(double_null(Zones::CenterLat))
                .col(double_null(Zones::CenterLng))
                .col(boolean(Zones::CenterApproximate))
                .col(text(Zones::Sources))
                .col(date_null(Zones::AsOf))
                .col(timestamp_with_time_zone(Zones::UpdatedAt))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ZoneTranslations::Table)
                .col(string(ZoneTranslations::ZoneId))
                .col(string(ZoneTranslations::Locale))
                .col(string(ZoneTranslations::Name))
                .col(text_null(ZoneTranslations::Summary))
                .primary_key(
                    Index::create()
                        .col(ZoneTranslations::ZoneId)
                        .col(ZoneTranslations::Locale),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(ZoneTranslations::Table, ZoneTranslations::ZoneId)
                        .to(Zones::Table, Zones::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(PlaceZones::Table)
                .col(string(PlaceZones::PlaceId))
                .col(string(PlaceZones::ZoneId))
                .primary_key(
                    Index::create()
                        .col(PlaceZones::PlaceId)
                        .col(PlaceZones::ZoneId),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(PlaceZones::Table, PlaceZones::PlaceId)
                        .to(Places::Table, Places::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(PlaceZones::Table, PlaceZones::ZoneId)
                        .to(Zones::Table, Zones::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_place_zones_zone")
                .table(PlaceZones::Table)
                .col(PlaceZones::ZoneId)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Routes::Table)
                .col(string(Routes::Id).primary_key())
                .col(string_uniq(Routes::Slug))
                .col(string(Routes::Theme))
                .col(string(Routes::Status))
                .col(text(Routes::Sources))
                .col(date_null(Routes::AsOf))
                .col(timestamp_with_time_zone(Routes::UpdatedAt))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(RouteTranslations::Table)
                .col(string(RouteTranslations::RouteId))
                .col(string(RouteTranslations::Locale))
                .col(string(RouteTranslations::Name))
                .col(text_null(RouteTranslations::Summary))
                .primary_key(
                    Index::create()
                        .col(RouteTranslations::RouteId)
                        .col(RouteTranslations::Locale),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(RouteTranslations::Table, RouteTranslations::RouteId)
                        .to(Routes::Table, Routes::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(RouteStops::Table)
                .col(string(RouteStops::RouteId))
                .col(integer(RouteStops::Position))
                .col(string(RouteStops::PlaceId))
                .col(integer(RouteStops::DwellMinutes))
                .col(string_null(RouteStops::ToNextMode))
                .col(integer_null(RouteStops::ToNextMinutes))
                .col(text(RouteStops::ToNextNotes))
                .primary_key(
                    Index::create()
                        .col(RouteStops::RouteId)
                        .col(RouteStops::Position),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(RouteStops::Table, RouteStops::RouteId)
                        .to(Routes::Table, Routes::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(RouteStops::Table, RouteStops::PlaceId)
                        .to(Places::Table, Places::Id),
                )
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Events::Table)
                .col(string(Events::Id).primary_key())
                .col(string_uniq(Events::Slug))
                .col(string(Events::Kind))
                .col(date(Events::StartsOn))
                .col(date(Events::EndsOn))
                .col(string_null(Events::PlaceId))
                .col(text(Events::Zones))
                .col(string(Events::DateConfidence))
                .col(string(Events::Status))
                .col(text(Events::Sources))
                .col(date_null(Events::AsOf))
                .col(timestamp_with_time_zone(Events::UpdatedAt))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_events_dates")
                .table(Events::Table)
                .col(Events::StartsOn)
                .col(Events::EndsOn)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(EventTranslations::Table)
                .col(string(EventTranslations::EventId))
                .col(string(EventTranslations::Locale))
                .col(string(EventTranslations::Name))
                .col(text_null(EventTranslations::Summary))
                .primary_key(
                    Index::create()
                        .col(EventTranslations::EventId)
                        .col(EventTranslations::Locale),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(EventTranslations::Table, EventTranslations::EventId)
                        .to(Events::Table, Events::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;

        // Alerts carry their few translated texts as JSON ({locale: {title, body}}): they
        // are short-lived, written by staff, and never filtered by text.
        m.create_table(
            Table::create()
                .table(Alerts::Table)
                .col(string(Alerts::Id).primary_key())
                .col(string(Alerts::Severity))
                .col(timestamp_with_time_zone(Alerts::StartsAt))
                .col(timestamp_with_time_zone(Alerts::EndsAt))
                .col(text(Alerts::Zones))
                .col(text(Alerts::Routes))
                .col(text(Alerts::Texts))
                .col(string(Alerts::Status))
                .col(timestamp_with_time_zone(Alerts::UpdatedAt))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Policies::Table)
                .col(string(Policies::Id).primary_key())
                .col(string(Policies::Kind))
                .col(string_uniq(Policies::Version))
                .col(date(Policies::EffectiveFrom))
                .col(date_null(Policies::EffectiveTo))
                .col(text(Policies::Source))
                .col(date(Policies::AsOf))
                .col(string(Policies::Confidence))
                .col(text(Policies::Data))
                .col(timestamp_with_time_zone(Policies::UpdatedAt))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_policies_kind_from")
                .table(Policies::Table)
                .col(Policies::Kind)
                .col(Policies::EffectiveFrom)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Policies::Table.into_iden(),
            Alerts::Table.into_iden(),
            EventTranslations::Table.into_iden(),
            Events::Table.into_iden(),
            RouteStops::Table.into_iden(),
            RouteTranslations::Table.into_iden(),
            Routes::Table.into_iden(),
            PlaceZones::Table.into_iden(),
            ZoneTranslations::Table.into_iden(),
            Zones::Table.into_iden(),
            PlaceTranslations::Table.into_iden(),
            Places::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Places {
    Table,
    Id,
    Slug,
    Kind,
    District,
    Status,
    OwnerId,
    NameZh,
    AddressZh,
    Phone,
    Lat,
    Lng,
    LocationApproximate,
    OpeningHours,
    OpeningHoursConfidence,
    Tags,
    PayMethods,
    Payments,
    Friendliness,
    TaxRefundStore,
    TaxRefundInstant,
    TaxRefundConfidence,
    DutyFree,
    DutyFreeDetails,
    Night,
    Interests,
    VisitMinutes,
    Confidence,
    UncertainFields,
    Sources,
    AsOf,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum PlaceTranslations {
    Table,
    PlaceId,
    Locale,
    Name,
    Summary,
    Address,
}

#[derive(DeriveIden)]
enum Zones {
    Table,
    Id,
    Slug,
    Tier,
    NameZh,
    Districts,
    CenterLat,
    CenterLng,
    CenterApproximate,
    Sources,
    AsOf,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ZoneTranslations {
    Table,
    ZoneId,
    Locale,
    Name,
    Summary,
}

#[derive(DeriveIden)]
enum PlaceZones {
    Table,
    PlaceId,
    ZoneId,
}

#[derive(DeriveIden)]
enum Routes {
    Table,
    Id,
    Slug,
    Theme,
    Status,
    Sources,
    AsOf,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum RouteTranslations {
    Table,
    RouteId,
    Locale,
    Name,
    Summary,
}

#[derive(DeriveIden)]
enum RouteStops {
    Table,
    RouteId,
    Position,
    PlaceId,
    DwellMinutes,
    ToNextMode,
    ToNextMinutes,
    ToNextNotes,
}

#[derive(DeriveIden)]
enum Events {
    Table,
    Id,
    Slug,
    Kind,
    StartsOn,
    EndsOn,
    PlaceId,
    Zones,
    DateConfidence,
    Status,
    Sources,
    AsOf,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum EventTranslations {
    Table,
    EventId,
    Locale,
    Name,
    Summary,
}

#[derive(DeriveIden)]
enum Alerts {
    Table,
    Id,
    Severity,
    StartsAt,
    EndsAt,
    Zones,
    Routes,
    Texts,
    Status,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Policies {
    Table,
    Id,
    Kind,
    Version,
    EffectiveFrom,
    EffectiveTo,
    Source,
    AsOf,
    Confidence,
    Data,
    UpdatedAt,
}
