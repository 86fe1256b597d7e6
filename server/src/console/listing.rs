//! A merchant's listing form: create (`/console/listings/new`), edit
//! (`/console/listings/{id}`) and submit for review (`…/{id}/submit`).
//!
//! The form is turned into the same [`Listing`] the API takes and goes through the same
//! workflow (`workflow::listings`): the same validation (its field errors appear next to
//! the field, since inputs are named by the listing's JSON paths, `translations.ja.name`),
//! the same optimistic concurrency (a hidden `etag`; a stale save is refused and the form
//! comes back with everything the merchant typed), the same audit entries.
//!
//! Besides coordinates, the location may come from a pasted Amap, Apple Maps or Google
//! Maps share link (`guide_domain::sharelink`; Amap's GCJ-02 is converted). Opening hours
//! are OpenStreetMap syntax with a preview of the coming week drawn from the saved value.

use std::collections::{BTreeMap, HashMap};

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::Utc;
use guide_domain::hours::{TIME_ZONE, week_lines};
use guide_domain::l10n::tr;
use guide_domain::place::Friendliness;
use guide_domain::sharelink::{ShareLinkError, read_share_link};
use guide_domain::{District, Hours, Interest, Locale, PaymentMethod, PlaceKind};
use serde::Deserialize;

use super::context::MerchantUser;
use super::curated::field_id;
use super::merchant::Standing;
use super::page::{Layout, PageError, html, see_other};
use crate::app::AppState;
use crate::error::{Error, FieldError, Msg};
use crate::i18n::text;
use crate::store::listings::{Coordinates, Listing, ListingText, TaxRefundClaim};
use crate::workflow::listings::{self as workflow, Working, reason_text};

/// The yes/no/unsaid attributes of [`Friendliness`], by their JSON names.
const FRIENDLY: &[&str] = &[
    "english_menu",
    "picture_menu",
    "order_without_wechat",
    "halal",
    "vegetarian",
    "wheelchair",
];

/// What the form holds, as typed: re-rendered unchanged when it cannot be saved.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FormValues {
    kind: String,
    district: String,
    name_zh: String,
    address_zh: String,
    phone: String,
    lat: String,
    lng: String,
    map_link: String,
    opening_hours: String,
    payments: Vec<String>,
    /// `""`, `"yes"` or `"no"` by attribute.
    friendly: BTreeMap<String, String>,
    staff_languages: String,
    refund_store: bool,
    refund_instant: bool,
    night: bool,
    interests: Vec<String>,
    tags: String,
    visit_minutes: String,
    /// `(name, summary, address)` by language tag.
    texts: BTreeMap<String, (String, String, String)>,
    /// The version the form was loaded from.
    etag: String,
}

fn flag(v: Option<bool>) -> String {
    match v {
        Some(true) => "yes".into(),
        Some(false) => "no".into(),
        None => String::new(),
    }
}

impl FormValues {
    /// The form of a listing (to edit it).
    pub fn of(l: &Listing, etag: String) -> FormValues {
        let f = &l.friendliness;
        let friendly = [
            f.english_menu,
            f.picture_menu,
            f.order_without_wechat,
            f.halal,
            f.vegetarian,
            f.wheelchair,
        ];
        FormValues {
            kind: l.kind.as_str().into(),
            district: l.district.as_str().into(),
            name_zh: l.name_zh.clone(),
            address_zh: l.address_zh.clone().unwrap_or_default(),
            phone: l.phone.clone().unwrap_or_default(),
            lat: format!("{:.6}", l.location.lat),
            lng: format!("{:.6}", l.location.lng),
            map_link: String::new(),
            opening_hours: l.opening_hours.clone().unwrap_or_default(),
            payments: l.payments.iter().map(|p| p.as_str().to_owned()).collect(),
            friendly: FRIENDLY
                .iter()
                .zip(friendly)
                .map(|(k, v)| ((*k).to_owned(), flag(v)))
                .collect(),
            staff_languages: f.staff_languages.join(", "),
            refund_store: l.tax_refund.store,
            refund_instant: l.tax_refund.instant,
            night: l.night,
            interests: l.interests.iter().map(|i| i.as_str().to_owned()).collect(),
            tags: l.tags.join(", "),
            visit_minutes: l.visit_minutes.map(|m| m.to_string()).unwrap_or_default(),
            texts: l
                .translations
                .iter()
                .map(|(tag, t)| {
                    (
                        tag.clone(),
                        (
                            t.name.clone(),
                            t.summary.clone().unwrap_or_default(),
                            t.address.clone().unwrap_or_default(),
                        ),
                    )
                })
                .collect(),
            etag,
        }
    }

    /// The form as posted (`application/x-www-form-urlencoded` pairs, in order).
    pub fn posted(pairs: &[(String, String)]) -> FormValues {
        let mut f = FormValues::default();
        for (key, value) in pairs {
            let v = value.clone();
            match key.as_str() {
                "kind" => f.kind = v,
                "district" => f.district = v,
                "name_zh" => f.name_zh = v,
                "address_zh" => f.address_zh = v,
                "phone" => f.phone = v,
                "location.lat" => f.lat = v,
                "location.lng" => f.lng = v,
                "map_link" => f.map_link = v,
                "opening_hours" => f.opening_hours = v,
                "payments" => f.payments.push(v),
                "friendliness.staff_languages" => f.staff_languages = v,
                "tax_refund.store" => f.refund_store = true,
                "tax_refund.instant" => f.refund_instant = true,
                "night" => f.night = true,
                "interests" => f.interests.push(v),
                "tags" => f.tags = v,
                "visit_minutes" => f.visit_minutes = v,
                "etag" => f.etag = v,
                other => {
                    if let Some(name) = other.strip_prefix("friendliness.") {
                        if FRIENDLY.contains(&name) {
                            f.friendly.insert(name.to_owned(), v);
                        }
                    } else if let Some(rest) = other.strip_prefix("translations.")
                        && let Some((tag, part)) = rest.split_once('.')
                        && Locale::from_tag(tag).is_some_and(|l| l.tag() == tag)
                    {
                        let entry = f.texts.entry(tag.to_owned()).or_default();
                        match part {
                            "name" => entry.0 = v,
                            "summary" => entry.1 = v,
                            "address" => entry.2 = v,
                            _ => {}
                        }
                    }
                }
            }
        }
        f
    }

    /// The listing the form describes, or every field error the form itself finds (the
    /// listing's own rules are checked by the workflow afterwards). A share link wins over
    /// typed coordinates and is written into them, so the page shows what was used.
    pub fn read_listing(&mut self) -> Result<Listing, Vec<FieldError>> {
        let mut errors = Vec::new();
        fn choice<T: std::str::FromStr>(
            errors: &mut Vec<FieldError>,
            field: &str,
            value: &str,
            accepted: &[&str],
        ) -> Option<T> {
            let parsed = value.parse().ok();
            if parsed.is_none() {
                errors.push(FieldError::new(
                    field,
                    "invalid_choice",
                    Msg::new("field-invalid-choice")
                        .arg("value", value)
                        .arg("accepted", accepted.join(", ")),
                ));
            }
            parsed
        }
        let kind: Option<PlaceKind> = choice(&mut errors, "kind", &self.kind, PlaceKind::WIRE);
        let district: Option<District> =
            choice(&mut errors, "district", &self.district, District::WIRE);
        let mut payments = Vec::new();
        for p in &self.payments {
            if let Some(m) = choice(&mut errors, "payments", p, PaymentMethod::WIRE) {
                payments.push(m);
            }
        }
        let mut interests = Vec::new();
        for i in &self.interests {
            if let Some(i) = choice(&mut errors, "interests", i, Interest::WIRE) {
                interests.push(i);
            }
        }
        let link = self.map_link.trim().to_owned();
        if !link.is_empty() {
            match read_share_link(&link) {
                Ok(point) => {
                    self.lat = format!("{:.6}", point.at.lat);
                    self.lng = format!("{:.6}", point.at.lng);
                }
                Err(e) => errors.push(FieldError::new(
                    "map_link",
                    "unreadable_link",
                    Msg::new(match e {
                        ShareLinkError::NotALink => "console-map-link-not-a-link",
                        ShareLinkError::UnknownApp => "console-map-link-unknown",
                        ShareLinkError::ShortLink(_) => "console-map-link-short",
                        ShareLinkError::NoCoordinates(_) => "console-map-link-no-coordinates",
                    }),
                )),
            }
        }
        let number = |s: &str| s.trim().replace(',', ".").parse::<f64>().ok();
        let location = match (number(&self.lat), number(&self.lng)) {
            (Some(lat), Some(lng)) => Some(Coordinates { lat, lng }),
            _ => {
                if link.is_empty() {
                    errors.push(FieldError::new(
                        "location",
                        "invalid_value",
                        Msg::new("console-field-location-needed"),
                    ));
                }
                None
            }
        };
        let visit_minutes = match self.visit_minutes.trim() {
            "" => None,
            v => match v.parse::<u32>() {
                Ok(m) => Some(m),
                Err(_) => {
                    errors.push(FieldError::new(
                        "visit_minutes",
                        "out_of_range",
                        Msg::new("field-out-of-range")
                            .arg("min", 1usize)
                            .arg("max", 600usize),
                    ));
                    None
                }
            },
        };
        let yes_no = |name: &str| match self.friendly.get(name).map(String::as_str) {
            Some("yes") => Some(true),
            Some("no") => Some(false),
            _ => None,
        };
        let friendliness = Friendliness {
            english_menu: yes_no("english_menu"),
            picture_menu: yes_no("picture_menu"),
            order_without_wechat: yes_no("order_without_wechat"),
            halal: yes_no("halal"),
            vegetarian: yes_no("vegetarian"),
            wheelchair: yes_no("wheelchair"),
            staff_languages: list(&self.staff_languages),
        };
        let optional = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        let translations = self
            .texts
            .iter()
            .filter(|(_, (n, s, a))| {
                !(n.trim().is_empty() && s.trim().is_empty() && a.trim().is_empty())
            })
            .map(|(tag, (name, summary, address))| {
                (
                    tag.clone(),
                    ListingText {
                        name: name.trim().to_owned(),
                        summary: optional(summary),
                        address: optional(address),
                    },
                )
            })
            .collect();
        match (kind, district, location) {
            (Some(kind), Some(district), Some(location)) if errors.is_empty() => Ok(Listing {
                kind,
                district,
                name_zh: self.name_zh.trim().to_owned(),
                address_zh: optional(&self.address_zh),
                phone: optional(&self.phone),
                location,
                opening_hours: optional(&self.opening_hours),
                payments,
                friendliness,
                tax_refund: TaxRefundClaim {
                    store: self.refund_store || self.refund_instant,
                    instant: self.refund_instant,
                },
                night: self.night,
                tags: list(&self.tags),
                interests,
                visit_minutes,
                translations,
            }),
            _ => Err(errors),
        }
    }
}

/// Comma-separated items, trimmed, empty ones dropped (also `、` and `，` for CJK input).
fn list(s: &str) -> Vec<String> {
    s.split([',', '、', '，'])
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

/// One option of a select or one checkbox.
struct Choice {
    value: &'static str,
    label: String,
    selected: bool,
}

/// One yes/no/unsaid attribute.
struct Tristate {
    name: &'static str,
    label: String,
    value: String,
}

/// The texts of one language.
struct TextSection {
    tag: &'static str,
    language: &'static str,
    dir: &'static str,
    name: String,
    summary: String,
    address: String,
    /// Shown unfolded (English, the page's language, any language with text or errors).
    open: bool,
}

/// One day of the hours preview.
struct PreviewDay {
    label: String,
    iso: String,
    spans: String,
}

/// What the merchant sees about where the listing stands.
struct StatusView {
    label: String,
    class: &'static str,
    reason: Option<String>,
    note: Option<String>,
    can_submit: bool,
    public_href: Option<String>,
}

#[derive(Template)]
#[template(path = "listing_form.html")]
struct FormPage {
    l: Layout,
    action: String,
    f: FormValues,
    errors: HashMap<String, String>,
    /// Field errors in form order, for the summary at the top.
    error_list: Vec<(String, String)>,
    notice: Option<String>,
    alert: Option<String>,
    kinds: Vec<Choice>,
    districts: Vec<Choice>,
    payments: Vec<Choice>,
    interests: Vec<Choice>,
    friendly: Vec<Tristate>,
    texts: Vec<TextSection>,
    preview: Option<Vec<PreviewDay>>,
    status: Option<StatusView>,
}

impl FormPage {
    fn err(&self, field: &str) -> Option<&str> {
        self.errors.get(field).map(String::as_str)
    }

    fn invalid(&self, field: &str) -> bool {
        self.errors.contains_key(field)
    }
}

/// The coming seven days of `hours` in Guangzhou, from today (the public page's week).
fn preview(locale: Locale, hours: &str) -> Option<Vec<PreviewDay>> {
    let hours = Hours::parse(hours).ok()?;
    let today = Utc::now().with_timezone(&TIME_ZONE).date_naive();
    Some(
        week_lines(&hours, today, locale)
            .into_iter()
            .map(|d| PreviewDay {
                label: d.weekday,
                iso: d.date.format("%Y-%m-%d").to_string(),
                spans: d.text,
            })
            .collect(),
    )
}

fn status_view(locale: Locale, w: &Working) -> StatusView {
    let standing = Standing::of(w.place.status.0, w.open.as_ref());
    let rejected = matches!(standing, Standing::Rejected | Standing::LiveRejected);
    let decided = w.open.as_ref().filter(|_| rejected);
    StatusView {
        label: tr(locale, standing.label_key()),
        class: standing.class(),
        reason: decided
            .and_then(|r| r.reason_code.as_deref())
            .map(|c| reason_text(c, locale)),
        note: decided.and_then(|r| r.reason_note.clone()),
        can_submit: w
            .open
            .as_ref()
            .is_some_and(|r| r.status == "draft" || r.status == "rejected"),
        public_href: w.live().then(|| format!("/p/{}", w.place.slug)),
    }
}

/// Everything the form page needs besides the values.
#[allow(clippy::too_many_arguments)]
fn page(
    layout: Layout,
    id: Option<String>,
    f: FormValues,
    field_errors: &[FieldError],
    notice: Option<String>,
    alert: Option<String>,
    status: Option<StatusView>,
) -> FormPage {
    let locale = layout.locale;
    let choices = |wire: &'static [&'static str], prefix: &str, selected: &dyn Fn(&str) -> bool| {
        wire.iter()
            .map(|v| Choice {
                value: v,
                label: tr(locale, &format!("{prefix}{v}")),
                selected: selected(v),
            })
            .collect::<Vec<_>>()
    };
    let mut errors = HashMap::new();
    let mut error_list = Vec::new();
    for e in field_errors {
        // Coordinates are one question on the form.
        let field = match e.field.as_str() {
            "location.lat" | "location.lng" => "location".to_owned(),
            f => f.to_owned(),
        };
        let message = text(locale, &e.message);
        if let std::collections::hash_map::Entry::Vacant(slot) = errors.entry(field) {
            // The summary names the problem; the field shows all of it (a parser's
            // caret diagram only makes sense under the field).
            let first_line = message.lines().next().unwrap_or_default().to_owned();
            error_list.push((field_id(slot.key()), first_line));
            slot.insert(message);
        }
    }
    let texts = Locale::ALL
        .iter()
        .map(|loc| {
            let tag = loc.tag();
            let (name, summary, address) = f.texts.get(tag).cloned().unwrap_or_default();
            let has_error = errors
                .keys()
                .any(|k| k.starts_with(&format!("translations.{tag}")));
            TextSection {
                tag,
                language: loc.native_name(),
                dir: match loc.direction() {
                    guide_domain::locale::TextDirection::Ltr => "ltr",
                    guide_domain::locale::TextDirection::Rtl => "rtl",
                },
                open: *loc == Locale::En
                    || *loc == locale
                    || has_error
                    || !(name.is_empty() && summary.is_empty() && address.is_empty()),
                name,
                summary,
                address,
            }
        })
        .collect();
    let action = match &id {
        Some(id) => format!("/console/listings/{id}"),
        None => "/console/listings/new".into(),
    };
    FormPage {
        kinds: choices(PlaceKind::WIRE, "kind-", &|v| v == f.kind),
        districts: choices(District::WIRE, "district-", &|v| v == f.district),
        payments: choices(PaymentMethod::WIRE, "pay-", &|v| {
            f.payments.iter().any(|p| p == v)
        }),
        interests: choices(Interest::WIRE, "console-interest-", &|v| {
            f.interests.iter().any(|p| p == v)
        }),
        friendly: FRIENDLY
            .iter()
            .map(|name| Tristate {
                name,
                label: tr(locale, &format!("friendly-{name}")),
                value: f.friendly.get(*name).cloned().unwrap_or_default(),
            })
            .collect(),
        preview: Some(f.opening_hours.trim())
            .filter(|h| !h.is_empty() && !errors.contains_key("opening_hours"))
            .and_then(|h| preview(locale, h)),
        texts,
        l: layout,
        action,
        f,
        errors,
        error_list,
        notice,
        alert,
        status,
    }
}

/// Which banner to show after a redirect (`?done=saved`).
#[derive(Deserialize, Default)]
pub struct Done {
    #[serde(default)]
    done: Option<String>,
}

/// `GET /console/listings/new`: an empty form (Yuexiu, a shop, English and the page's
/// language unfolded).
pub async fn new_form(MerchantUser(me): MerchantUser) -> Result<Response, PageError> {
    let layout = Layout::new(&me.ctx, "console-listing-new-title");
    let f = FormValues {
        kind: PlaceKind::Shop.as_str().into(),
        district: District::Yuexiu.as_str().into(),
        ..FormValues::default()
    };
    html(
        StatusCode::OK,
        &page(layout, None, f, &[], None, None, None),
    )
}

/// The form's pairs, as posted (the middleware has checked the CSRF token already).
pub type Pairs = axum::Form<Vec<(String, String)>>;

/// The errors of a failed save, and whether it was a stale one.
fn refused(e: Error) -> Result<(Vec<FieldError>, bool), PageError> {
    match e {
        Error::Unprocessable(errors) => Ok((errors, false)),
        Error::PreconditionFailed => Ok((Vec::new(), true)),
        Error::NotFound { .. } => Err(PageError::NotFound),
        Error::Conflict(msg) => Err(PageError::BadRequest(msg)),
        other => Err(other.into()),
    }
}

/// `POST /console/listings/new`: creates a draft and opens it.
pub async fn create(
    State(state): State<AppState>,
    MerchantUser(me): MerchantUser,
    axum::Form(pairs): Pairs,
) -> Result<Response, PageError> {
    let mut f = FormValues::posted(&pairs);
    let result = match f.read_listing() {
        Ok(listing) => match workflow::checked(listing) {
            Ok(listing) => workflow::create(&state, &me.account.actor(), &listing).await,
            Err(e) => Err(e),
        },
        Err(errors) => Err(Error::Unprocessable(errors)),
    };
    match result {
        Ok(id) => Ok(see_other(&format!("/console/listings/{id}?done=created"))),
        Err(e) => {
            let (errors, _) = refused(e)?;
            let layout = Layout::new(&me.ctx, "console-listing-new-title");
            let alert = Some(layout.tn("console-listing-errors", "count", errors.len()));
            html(
                StatusCode::UNPROCESSABLE_ENTITY,
                &page(layout, None, f, &errors, None, alert, None),
            )
        }
    }
}

/// `GET /console/listings/{id}`: the merchant's own listing (another's is a 404).
pub async fn edit_form(
    State(state): State<AppState>,
    MerchantUser(me): MerchantUser,
    Path(id): Path<String>,
    Query(done): Query<Done>,
) -> Result<Response, PageError> {
    let w = workflow::load(&state, &id, &me.account.id)
        .await
        .map_err(|e| refused(e).err().unwrap_or(PageError::NotFound))?;
    let layout = Layout::new(&me.ctx, "console-listing-edit-title");
    let notice = done.done.as_deref().and_then(|d| match d {
        "created" => Some("console-listing-created"),
        "saved" if w.live() => Some("console-listing-saved-live"),
        "saved" => Some("console-listing-saved"),
        "submitted" => Some("console-listing-submitted"),
        _ => None,
    });
    let notice = notice.map(|k| layout.t(k));
    let status = status_view(layout.locale, &w);
    let f = FormValues::of(&w.listing, w.etag());
    html(
        StatusCode::OK,
        &page(layout, Some(w.place.id), f, &[], notice, None, Some(status)),
    )
}

/// `POST /console/listings/{id}`: saves the form over the version it was loaded from.
pub async fn save(
    State(state): State<AppState>,
    MerchantUser(me): MerchantUser,
    Path(id): Path<String>,
    axum::Form(pairs): Pairs,
) -> Result<Response, PageError> {
    let mut f = FormValues::posted(&pairs);
    let parsed = f.read_listing();
    let expected = f.etag.clone();
    let result = workflow::edit(&state, &me.account.actor(), &id, &expected, |_| {
        workflow::checked(parsed.map_err(Error::Unprocessable)?)
    })
    .await;
    let (errors, stale) = match result {
        Ok(()) => return Ok(see_other(&format!("/console/listings/{id}?done=saved"))),
        Err(e) => refused(e)?,
    };
    let w = workflow::load(&state, &id, &me.account.id)
        .await
        .map_err(|e| refused(e).err().unwrap_or(PageError::NotFound))?;
    let layout = Layout::new(&me.ctx, "console-listing-edit-title");
    let alert = if stale {
        // Saving again replaces the other version: the form now names the current one,
        // and keeps everything this merchant typed.
        f.etag = w.etag();
        layout.t("console-listing-stale")
    } else {
        layout.tn("console-listing-errors", "count", errors.len())
    };
    let status = status_view(layout.locale, &w);
    let code = if stale {
        StatusCode::CONFLICT
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    html(
        code,
        &page(
            layout,
            Some(id),
            f,
            &errors,
            None,
            Some(alert),
            Some(status),
        ),
    )
}

/// `POST /console/listings/{id}/submit`: sends the draft (or a fixed rejected version)
/// for review.
pub async fn submit(
    State(state): State<AppState>,
    MerchantUser(me): MerchantUser,
    Path(id): Path<String>,
    axum::Form(pairs): Pairs,
) -> Result<Response, PageError> {
    let expected = pairs
        .iter()
        .find(|(k, _)| k == "etag")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    match workflow::submit(&state, &me.account.actor(), &id, &expected).await {
        Ok(()) => Ok(see_other(&format!("/console/listings/{id}?done=submitted"))),
        Err(Error::PreconditionFailed) => {
            let w = workflow::load(&state, &id, &me.account.id)
                .await
                .map_err(|e| refused(e).err().unwrap_or(PageError::NotFound))?;
            let layout = Layout::new(&me.ctx, "console-listing-edit-title");
            let alert = Some(layout.t("console-listing-stale-submit"));
            let status = status_view(layout.locale, &w);
            let f = FormValues::of(&w.listing, w.etag());
            html(
                StatusCode::CONFLICT,
                &page(layout, Some(id), f, &[], None, alert, Some(status)),
            )
        }
        Err(e) => Err(refused(e).err().unwrap_or(PageError::NotFound)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
        items
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn a_posted_form_becomes_the_listing_the_api_would_take() {
        let gcj = guide_domain::LatLng::new(23.1148, 113.26534)
            .unwrap()
            .to_gcj02();
        let link = format!(
            "https://uri.amap.com/marker?position={},{}",
            gcj.lng, gcj.lat
        );
        let mut f = FormValues::posted(&pairs(&[
            ("kind", "restaurant"),
            ("district", "yuexiu"),
            ("name_zh", " 陶陶居 "),
            ("location.lat", ""),
            ("location.lng", ""),
            ("map_link", &link),
            ("opening_hours", "Mo-Su 07:00-22:00"),
            ("payments", "cash"),
            ("payments", "foreign_card_pos"),
            ("friendliness.english_menu", "yes"),
            ("friendliness.halal", "no"),
            ("friendliness.vegetarian", ""),
            ("friendliness.staff_languages", "en, yue"),
            ("tax_refund.instant", "on"),
            ("interests", "food"),
            ("tags", "dim sum，tea"),
            ("translations.en.name", "Tao Tao Ju"),
            ("translations.ja.name", "陶陶居"),
            ("translations.ja.summary", ""),
            ("translations.fr.name", ""),
            ("translations.xx.name", "ignored"),
            ("etag", "\"r1.1\""),
        ]));
        let l = f.read_listing().unwrap();
        assert!(
            workflow::validate(&l).is_empty(),
            "{:?}",
            workflow::validate(&l)
        );
        assert_eq!(l.name_zh, "陶陶居");
        assert!((l.location.lat - 23.1148).abs() < 1e-5, "{:?}", l.location);
        assert_eq!(f.lat, "23.114800", "the form shows the converted point");
        assert_eq!(
            l.payments,
            [PaymentMethod::Cash, PaymentMethod::ForeignCardPos]
        );
        assert_eq!(l.friendliness.english_menu, Some(true));
        assert_eq!(l.friendliness.halal, Some(false));
        assert_eq!(l.friendliness.vegetarian, None);
        assert_eq!(l.friendliness.staff_languages, ["en", "yue"]);
        assert!(
            l.tax_refund.instant && l.tax_refund.store,
            "instant implies a store"
        );
        assert_eq!(l.tags, ["dim sum", "tea"]);
        let tags: Vec<&String> = l.translations.keys().collect();
        assert_eq!(tags, ["en", "ja"], "empty languages are left out");
        assert_eq!(f.etag, "\"r1.1\"");
        // And back: the form of that listing posts the same listing again.
        let again = FormValues::of(&l, f.etag.clone());
        assert_eq!(again.clone().read_listing().unwrap(), l);
    }

    #[test]
    fn the_form_names_each_field_it_cannot_read() {
        let mut f = FormValues::posted(&pairs(&[
            ("kind", "castle"),
            ("district", "yuexiu"),
            ("location.lat", "north"),
            ("location.lng", ""),
            ("visit_minutes", "an hour"),
        ]));
        let fields: Vec<String> = f
            .read_listing()
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["kind", "location", "visit_minutes"]);
        let mut f = FormValues::posted(&pairs(&[
            ("kind", "shop"),
            ("district", "yuexiu"),
            ("map_link", "https://surl.amap.com/abc"),
        ]));
        let errors = f.read_listing().unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(
            (errors[0].field.as_str(), errors[0].message.key),
            ("map_link", "console-map-link-short")
        );
    }
}
