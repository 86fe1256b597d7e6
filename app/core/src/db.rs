//! The on-device SQLite store (rusqlite; shares libsqlite3-sys with the server's sqlx).
//!
//! - `items`: the synced catalogue, one JSON document per (locale, kind, id), exactly as
//!   `GET /v1/sync` sent it; the core reads whole kinds and filters in memory (the city
//!   has hundreds of places, not millions).
//! - `bundles`: per locale, the watermark (`since`), the ETag and when it was synced.
//! - `favorites`, `purchases`, `itineraries`: the visitor's own data, made offline. Each
//!   row has a `pending` flag (not yet pushed to the account); favourites are keyed by
//!   place slug and purchases/itineraries by a UUIDv7 made on the phone, so pushing again
//!   after a lost answer can never duplicate anything.
//!
//! `write` runs a closure in a transaction that commits only on `Ok`
//! (application-services' `Databases::write`).

use std::path::Path;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use serde::{Deserialize, Serialize};

use guide_domain::bundle::{BUNDLE_FORMAT, Bundle, ItemKind};

use crate::error::Result;

/// An item as the JSON document it is stored as.
fn json<T: Serialize>(item: &T) -> String {
    serde_json::to_string(item).expect("bundle items serialize")
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS items (
    locale TEXT NOT NULL, kind TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL,
    PRIMARY KEY (locale, kind, id));
CREATE TABLE IF NOT EXISTS bundles (
    locale TEXT PRIMARY KEY, since TEXT, etag TEXT, synced_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS favorites (
    slug TEXT PRIMARY KEY, added_at TEXT NOT NULL, removed INTEGER NOT NULL DEFAULT 0,
    pending INTEGER NOT NULL DEFAULT 1);
CREATE TABLE IF NOT EXISTS purchases (
    id TEXT PRIMARY KEY, store TEXT NOT NULL, date TEXT NOT NULL, amount TEXT NOT NULL,
    vat_rate INTEGER NOT NULL, instant INTEGER NOT NULL, created_at TEXT NOT NULL,
    pending INTEGER NOT NULL DEFAULT 1, removed INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS itineraries (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL,
    pending INTEGER NOT NULL DEFAULT 1);
";

/// The database.
pub struct Db {
    conn: Connection,
}

/// What a sync did to the store.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Applied {
    /// Items inserted or replaced.
    pub upserted: u32,
    /// Items removed by tombstones.
    pub removed: u32,
}

/// The state of one locale's bundle.
#[derive(Debug, Clone)]
pub struct BundleState {
    pub since: Option<String>,
    pub etag: Option<String>,
    pub synced_at: DateTime<Utc>,
}

/// A purchase in the tax-refund tracker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedPurchase {
    pub id: String,
    pub store: String,
    pub date: String,
    pub amount: String,
    pub vat_rate: u8,
    pub instant: bool,
    pub pending: bool,
}

/// A saved itinerary.
#[derive(Debug, Clone)]
pub struct SavedItinerary {
    pub id: String,
    pub name: String,
    pub body: String,
    pub pending: bool,
}

impl Db {
    /// Opens (creating) the database file.
    pub fn open(path: &Path) -> Result<Db> {
        let conn = Connection::open(path)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        Db::init(conn)
    }

    /// An in-memory database (tests).
    #[cfg(test)]
    pub fn memory() -> Result<Db> {
        Db::init(Connection::open_in_memory()?)
    }

    fn init(conn: Connection) -> Result<Db> {
        conn.execute_batch(SCHEMA)?;
        // Stores made before purchases followed the account lack the removal mark.
        let has_removed: bool = conn
            .prepare("SELECT 1 FROM pragma_table_info('purchases') WHERE name = 'removed'")?
            .exists([])?;
        if !has_removed {
            conn.execute_batch(
                "ALTER TABLE purchases ADD COLUMN removed INTEGER NOT NULL DEFAULT 0",
            )?;
        }
        let mut db = Db { conn };
        // Documents of another bundle format cannot be read back: drop them, so the next
        // sync downloads a full bundle (the visitor's own data stays).
        let format = BUNDLE_FORMAT.to_string();
        if db.setting("bundle_format")?.as_deref() != Some(format.as_str()) {
            db.write(|tx| {
                tx.execute_batch("DELETE FROM items; DELETE FROM bundles;")?;
                Ok(())
            })?;
            db.set_setting("bundle_format", &format)?;
        }
        Ok(db)
    }

    /// Runs `f` in a transaction, committing only when it succeeds.
    pub fn write<T>(&mut self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let tx = self.conn.transaction()?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    /// Applies a bundle (replacing the locale's data when full) and records its watermark.
    pub fn apply(
        &mut self,
        bundle: &Bundle,
        etag: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<Applied> {
        let locale = bundle.locale.tag();
        let mut docs: Vec<(ItemKind, &str, String)> = Vec::new();
        docs.extend(
            bundle
                .places
                .iter()
                .map(|x| (ItemKind::Place, x.facts.id.as_str(), json(x))),
        );
        docs.extend(
            bundle
                .zones
                .iter()
                .map(|x| (ItemKind::Zone, x.facts.id.as_str(), json(x))),
        );
        docs.extend(
            bundle
                .routes
                .iter()
                .map(|x| (ItemKind::Route, x.facts.id.as_str(), json(x))),
        );
        docs.extend(
            bundle
                .events
                .iter()
                .map(|x| (ItemKind::Event, x.facts.id.as_str(), json(x))),
        );
        docs.extend(
            bundle
                .alerts
                .iter()
                .map(|x| (ItemKind::Alert, x.facts.id.as_str(), json(x))),
        );
        docs.extend(
            bundle
                .policies
                .iter()
                .map(|x| (ItemKind::Policy, x.version(), json(x))),
        );
        self.write(|tx| {
            let mut applied = Applied::default();
            if bundle.full {
                tx.execute("DELETE FROM items WHERE locale = ?1", params![locale])?;
            }
            let mut put = tx.prepare("INSERT OR REPLACE INTO items (locale, kind, id, body) VALUES (?1, ?2, ?3, ?4)")?;
            for (kind, id, body) in &docs {
                put.execute(params![locale, kind.as_str(), id, body])?;
                applied.upserted += 1;
            }
            // A tombstone removes the item in every locale: it is gone, whatever the language.
            for t in &bundle.tombstones {
                applied.removed +=
                    tx.execute("DELETE FROM items WHERE kind = ?1 AND id = ?2", params![t.kind.as_str(), t.id])? as u32;
            }
            tx.execute(
                "INSERT OR REPLACE INTO bundles (locale, since, etag, synced_at) VALUES (?1, ?2, ?3, ?4)",
                params![locale, bundle.since, etag, now.to_rfc3339()],
            )?;
            Ok(applied)
        })
    }

    /// The bundle state of a locale, if it was ever synced.
    pub fn bundle_state(&self, locale: &str) -> Result<Option<BundleState>> {
        Ok(self
            .conn
            .query_row(
                "SELECT since, etag, synced_at FROM bundles WHERE locale = ?1",
                params![locale],
                |r| {
                    Ok((
                        r.get::<_, Option<String>>(0)?,
                        r.get::<_, Option<String>>(1)?,
                        r.get::<_, String>(2)?,
                    ))
                },
            )
            .optional()?
            .map(|(since, etag, at)| BundleState {
                since,
                etag,
                synced_at: DateTime::parse_from_rfc3339(&at)
                    .map(|t| t.to_utc())
                    .unwrap_or_default(),
            }))
    }

    /// Locales with stored data.
    pub fn synced_locales(&self) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare("SELECT locale FROM bundles ORDER BY locale")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every item of a kind in a locale, as the bundle's types. A document that does not
    /// read back (a damaged file) is left out and logged, and the bundle's watermark is
    /// cleared so that the next sync downloads everything again.
    pub fn items<T: for<'de> Deserialize<'de>>(
        &self,
        locale: &str,
        kind: ItemKind,
    ) -> Result<Vec<T>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, body FROM items WHERE locale = ?1 AND kind = ?2 ORDER BY id",
        )?;
        let rows = stmt.query_map(params![locale, kind.as_str()], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })?;
        let mut out = Vec::new();
        let mut damaged = 0;
        for row in rows {
            let (id, body) = row?;
            match serde_json::from_str(&body) {
                Ok(item) => out.push(item),
                Err(e) => {
                    damaged += 1;
                    tracing::error!(kind = kind.as_str(), id, error = %e, "a stored item does not parse; it is left out");
                }
            }
        }
        if damaged > 0 {
            self.conn.execute(
                "UPDATE bundles SET since = NULL, etag = NULL WHERE locale = ?1",
                params![locale],
            )?;
        }
        Ok(out)
    }

    /// A setting.
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT value FROM settings WHERE key = ?1",
                params![key],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Stores a setting.
    pub fn set_setting(&mut self, key: &str, value: &str) -> Result<()> {
        self.conn.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)",
            params![key, value],
        )?;
        Ok(())
    }

    /// Marks a favourite on or off (pending until pushed).
    pub fn set_favorite(&mut self, slug: &str, on: bool, now: DateTime<Utc>) -> Result<()> {
        self.conn.execute(
            "INSERT INTO favorites (slug, added_at, removed, pending) VALUES (?1, ?2, ?3, 1)
             ON CONFLICT (slug) DO UPDATE SET removed = excluded.removed, pending = 1,
               added_at = CASE WHEN favorites.removed = 1 THEN excluded.added_at ELSE favorites.added_at END",
            params![slug, now.to_rfc3339(), !on],
        )?;
        Ok(())
    }

    /// Slugs of the favourites, oldest first.
    pub fn favorites(&self) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare("SELECT slug FROM favorites WHERE removed = 0 ORDER BY added_at, slug")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Favourite changes not yet pushed: `(slug, on)`.
    pub fn pending_favorites(&self) -> Result<Vec<(String, bool)>> {
        let mut stmt = self
            .conn
            .prepare("SELECT slug, removed FROM favorites WHERE pending = 1 ORDER BY slug")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, !r.get::<_, bool>(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Marks a favourite change as pushed (removed ones are then forgotten).
    pub fn favorite_pushed(&mut self, slug: &str) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "DELETE FROM favorites WHERE slug = ?1 AND removed = 1",
                params![slug],
            )?;
            tx.execute(
                "UPDATE favorites SET pending = 0 WHERE slug = ?1",
                params![slug],
            )?;
            Ok(())
        })
    }

    /// Takes the account's favourites from the server (`slugs`): new ones are added as
    /// already pushed, pushed ones the account no longer has (removed on another device)
    /// are dropped; changes still pending here win, and go up on the next push.
    pub fn merge_account_favorites(&mut self, slugs: &[String], now: DateTime<Utc>) -> Result<()> {
        self.write(|tx| {
            for slug in slugs {
                tx.execute(
                    "INSERT OR IGNORE INTO favorites (slug, added_at, removed, pending) VALUES (?1, ?2, 0, 0)",
                    params![slug, now.to_rfc3339()],
                )?;
            }
            let listed: std::collections::HashSet<&str> = slugs.iter().map(String::as_str).collect();
            let settled: Vec<String> = {
                let mut stmt = tx.prepare("SELECT slug FROM favorites WHERE pending = 0")?;
                let rows = stmt.query_map([], |r| r.get(0))?;
                rows.collect::<rusqlite::Result<_>>()?
            };
            for slug in settled.iter().filter(|s| !listed.contains(s.as_str())) {
                tx.execute("DELETE FROM favorites WHERE slug = ?1", params![slug])?;
            }
            Ok(())
        })
    }

    /// Adds a purchase (idempotent by id).
    pub fn add_purchase(&mut self, p: &SavedPurchase, now: DateTime<Utc>) -> Result<()> {
        self.conn.execute(
            "INSERT OR IGNORE INTO purchases (id, store, date, amount, vat_rate, instant, created_at, pending)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1)",
            params![p.id, p.store, p.date, p.amount, p.vat_rate, p.instant, now.to_rfc3339()],
        )?;
        Ok(())
    }

    /// Removes a purchase; false if there was none. It stays as a pending removal until
    /// the account hears of it ([`Db::purchase_pushed`]).
    pub fn remove_purchase(&mut self, id: &str) -> Result<bool> {
        Ok(self.conn.execute(
            "UPDATE purchases SET removed = 1, pending = 1 WHERE id = ?1 AND removed = 0",
            params![id],
        )? > 0)
    }

    /// Purchase changes not yet pushed: the purchase, and whether it was removed.
    pub fn pending_purchases(&self) -> Result<Vec<(SavedPurchase, bool)>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, store, date, amount, vat_rate, instant, pending, removed FROM purchases
             WHERE pending = 1 ORDER BY created_at, id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                SavedPurchase {
                    id: r.get(0)?,
                    store: r.get(1)?,
                    date: r.get(2)?,
                    amount: r.get(3)?,
                    vat_rate: r.get(4)?,
                    instant: r.get(5)?,
                    pending: r.get(6)?,
                },
                r.get::<_, bool>(7)?,
            ))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Marks a purchase change as pushed (a removed one is then forgotten).
    pub fn purchase_pushed(&mut self, id: &str) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "DELETE FROM purchases WHERE id = ?1 AND removed = 1",
                params![id],
            )?;
            tx.execute(
                "UPDATE purchases SET pending = 0 WHERE id = ?1",
                params![id],
            )?;
            Ok(())
        })
    }

    /// Takes the account's purchases from the server: new ones are added as pushed,
    /// pushed ones are updated, pushed ones the account no longer has are dropped;
    /// changes pending here win.
    pub fn merge_account_purchases(
        &mut self,
        account: &[SavedPurchase],
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.write(|tx| {
            for p in account {
                tx.execute(
                    "INSERT INTO purchases (id, store, date, amount, vat_rate, instant, created_at, pending, removed)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 0, 0)
                     ON CONFLICT (id) DO UPDATE SET store = excluded.store, date = excluded.date,
                       amount = excluded.amount, vat_rate = excluded.vat_rate, instant = excluded.instant
                     WHERE purchases.pending = 0",
                    params![p.id, p.store, p.date, p.amount, p.vat_rate, p.instant, now.to_rfc3339()],
                )?;
            }
            let listed: std::collections::HashSet<&str> =
                account.iter().map(|p| p.id.as_str()).collect();
            let settled: Vec<String> = {
                let mut stmt = tx.prepare("SELECT id FROM purchases WHERE pending = 0")?;
                let rows = stmt.query_map([], |r| r.get(0))?;
                rows.collect::<rusqlite::Result<_>>()?
            };
            for id in settled.iter().filter(|id| !listed.contains(id.as_str())) {
                tx.execute("DELETE FROM purchases WHERE id = ?1", params![id])?;
            }
            Ok(())
        })
    }

    /// Every purchase, by date then creation.
    pub fn purchases(&self) -> Result<Vec<SavedPurchase>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, store, date, amount, vat_rate, instant, pending FROM purchases
             WHERE removed = 0 ORDER BY date, created_at, id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(SavedPurchase {
                id: r.get(0)?,
                store: r.get(1)?,
                date: r.get(2)?,
                amount: r.get(3)?,
                vat_rate: r.get(4)?,
                instant: r.get(5)?,
                pending: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Saves an itinerary (idempotent by id).
    pub fn save_itinerary(
        &mut self,
        id: &str,
        name: &str,
        body: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.conn.execute(
            "INSERT OR REPLACE INTO itineraries (id, name, body, created_at, pending) VALUES (?1, ?2, ?3, ?4, 1)",
            params![id, name, body, now.to_rfc3339()],
        )?;
        Ok(())
    }

    /// Marks an itinerary as pushed to the account.
    pub fn itinerary_pushed(&mut self, id: &str) -> Result<()> {
        self.conn.execute(
            "UPDATE itineraries SET pending = 0 WHERE id = ?1",
            params![id],
        )?;
        Ok(())
    }

    /// Keeps an itinerary the account has (saved on another device) as pushed.
    pub fn keep_account_itinerary(
        &mut self,
        id: &str,
        name: &str,
        body: &str,
        created_at: DateTime<Utc>,
    ) -> Result<()> {
        self.conn.execute(
            "INSERT OR IGNORE INTO itineraries (id, name, body, created_at, pending) VALUES (?1, ?2, ?3, ?4, 0)",
            params![id, name, body, created_at.to_rfc3339()],
        )?;
        Ok(())
    }

    /// Saved itineraries, newest first.
    pub fn itineraries(&self) -> Result<Vec<SavedItinerary>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, name, body, pending FROM itineraries ORDER BY created_at DESC, id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(SavedItinerary {
                id: r.get(0)?,
                name: r.get(1)?,
                body: r.get(2)?,
                pending: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// A place with nothing known but what the bundle requires.
    fn place(id: &str, name: &str) -> serde_json::Value {
        json!({
            "id": id, "slug": id, "kind": "shop", "district": "tianhe", "name_zh": "店",
            "confidence": "confirmed", "updated_at": "2026-11-27T00:00:00Z", "name": name, "locale": "en",
        })
    }

    fn bundle(full: bool, places: Vec<serde_json::Value>, tombstones: Vec<(&str, &str)>) -> Bundle {
        serde_json::from_value(json!({
            "format": BUNDLE_FORMAT, "locale": "en", "full": full, "since": "2026-11-27T00:00:00Z", "places": places,
            "tombstones": tombstones.iter().map(|(k, i)| json!({"kind": k, "id": i})).collect::<Vec<_>>(),
        }))
        .unwrap()
    }

    fn ids(db: &Db) -> Vec<String> {
        db.items::<serde_json::Value>("en", ItemKind::Place)
            .unwrap()
            .iter()
            .map(|v| v["id"].as_str().unwrap().to_owned())
            .collect()
    }

    #[test]
    fn full_bundles_replace_and_deltas_merge_and_tombstones_remove() {
        let mut db = Db::memory().unwrap();
        let now = Utc::now();
        db.apply(
            &bundle(true, vec![place("a", "A"), place("b", "B")], vec![]),
            Some("W/\"1\""),
            now,
        )
        .unwrap();
        let applied = db
            .apply(
                &bundle(false, vec![place("c", "C")], vec![("place", "a")]),
                None,
                now,
            )
            .unwrap();
        assert_eq!(
            applied,
            Applied {
                upserted: 1,
                removed: 1
            }
        );
        assert_eq!(ids(&db), ["b", "c"]);
        // Applying the same delta twice changes nothing more.
        db.apply(
            &bundle(false, vec![place("c", "C")], vec![("place", "a")]),
            None,
            now,
        )
        .unwrap();
        assert_eq!(ids(&db).len(), 2);
        db.apply(&bundle(true, vec![place("z", "Z")], vec![]), None, now)
            .unwrap();
        assert_eq!(ids(&db), ["z"]);
        assert_eq!(
            db.bundle_state("en").unwrap().unwrap().since.as_deref(),
            Some("2026-11-27T00:00:00Z")
        );
    }

    #[test]
    fn a_damaged_document_is_left_out_and_forces_a_full_sync() {
        let mut db = Db::memory().unwrap();
        db.apply(
            &bundle(true, vec![place("a", "A"), place("b", "B")], vec![]),
            Some("W/\"1\""),
            Utc::now(),
        )
        .unwrap();
        db.conn
            .execute(
                "UPDATE items SET body = '{\"id\": \"b\"}' WHERE id = 'b'",
                [],
            )
            .unwrap();
        let places: Vec<guide_domain::bundle::BundlePlace> =
            db.items("en", ItemKind::Place).unwrap();
        assert_eq!(places.len(), 1);
        let state = db.bundle_state("en").unwrap().unwrap();
        assert_eq!(
            (state.since, state.etag),
            (None, None),
            "the next sync is a full one"
        );
    }

    #[test]
    fn documents_of_another_format_are_dropped_on_open() {
        let mut db = Db::memory().unwrap();
        db.apply(
            &bundle(true, vec![place("a", "A")], vec![]),
            None,
            Utc::now(),
        )
        .unwrap();
        db.set_setting("bundle_format", "1").unwrap();
        let conn = std::mem::replace(&mut db.conn, Connection::open_in_memory().unwrap());
        let db = Db::init(conn).unwrap();
        assert!(ids(&db).is_empty());
        assert!(db.bundle_state("en").unwrap().is_none());
    }

    #[test]
    fn favourites_toggle_without_duplicates_and_stay_pending_until_pushed() {
        let mut db = Db::memory().unwrap();
        let now = Utc::now();
        db.set_favorite("canton-tower", true, now).unwrap();
        db.set_favorite("canton-tower", true, now).unwrap();
        db.set_favorite("shamian", true, now).unwrap();
        db.set_favorite("shamian", false, now).unwrap();
        assert_eq!(db.favorites().unwrap(), ["canton-tower"]);
        assert_eq!(
            db.pending_favorites().unwrap(),
            [("canton-tower".into(), true), ("shamian".into(), false)]
        );
        db.favorite_pushed("shamian").unwrap();
        db.favorite_pushed("canton-tower").unwrap();
        assert!(db.pending_favorites().unwrap().is_empty());
        assert_eq!(db.favorites().unwrap(), ["canton-tower"]);
    }

    #[test]
    fn the_accounts_favourites_merge_without_losing_pending_changes() {
        let mut db = Db::memory().unwrap();
        let now = Utc::now();
        db.set_favorite("pending-add", true, now).unwrap();
        db.set_favorite("settled", true, now).unwrap();
        db.favorite_pushed("settled").unwrap();
        db.set_favorite("gone-elsewhere", true, now).unwrap();
        db.favorite_pushed("gone-elsewhere").unwrap();
        db.set_favorite("pending-remove", true, now).unwrap();
        db.favorite_pushed("pending-remove").unwrap();
        db.set_favorite("pending-remove", false, now).unwrap();
        let server = ["settled", "from-phone-b", "pending-remove"].map(String::from);
        db.merge_account_favorites(&server, now).unwrap();
        let mut favourites = db.favorites().unwrap();
        favourites.sort();
        assert_eq!(favourites, ["from-phone-b", "pending-add", "settled"]);
        assert_eq!(
            db.pending_favorites().unwrap(),
            [
                ("pending-add".to_owned(), true),
                ("pending-remove".to_owned(), false)
            ]
        );
    }

    #[test]
    fn purchases_are_idempotent_by_id() {
        let mut db = Db::memory().unwrap();
        let p = SavedPurchase {
            id: "0190".into(),
            store: "tee-mall".into(),
            date: "2026-12-01".into(),
            amount: "300".into(),
            vat_rate: 13,
            instant: false,
            pending: true,
        };
        db.add_purchase(&p, Utc::now()).unwrap();
        db.add_purchase(&p, Utc::now()).unwrap();
        assert_eq!(db.purchases().unwrap(), [p]);
        assert!(db.remove_purchase("0190").unwrap());
        assert!(!db.remove_purchase("0190").unwrap());
    }
}
