//! Themed routes for tourism staff: the list (`/console/routes`, drafts included), a new
//! route (`/console/routes/new`) and one route (`/console/routes/{id}`): slug, theme,
//! texts by language, stops (add one by a place's slug, remove, move up or down, each with
//! a submit button: no script), sources; publish and unpublish.
//!
//! The form becomes the API's `RouteIn` and goes through the one curation flow
//! (`workflow::curation` with `workflow::routes::Routes`): the same validation (inputs are
//! named by the body's JSON paths, `stops[1].dwell_minutes`, so each field error appears
//! next to its field), the same transaction, audit entry and catalogue refresh as
//! `/v1/staff/routes…`.
//!
//! Adding, removing and moving stops change only the form, which comes back with
//! everything typed and a reminder to save: a route needs two stops before it can be
//! saved at all.

use std::collections::{BTreeMap, HashMap};

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use guide_domain::l10n::tr;
use guide_domain::locale::TextDirection;
use guide_domain::{Interest, Locale, TravelMode};

use super::context::{SignedIn, StaffUser};
use super::curated::{Done, field_id, refused, set_public};
use super::listing::Pairs;
use super::merchant::local_time;
use super::page::{Layout, PageError, html, see_other};
use crate::app::AppState;
use crate::error::{Error, FieldError, Msg};
use crate::i18n::text;
use crate::store::column::Status;
use crate::store::curation::Curated;
use crate::workflow::curation::{self as flow, Curate, NameText};
use crate::workflow::routes::{LegIn, RouteIn, Routes, StopIn};

/// How long a new stop lasts and how far the next one is, until staff say otherwise.
const NEW_DWELL: &str = "60";
const NEW_LEG_MODE: &str = "walk";
const NEW_LEG_MINUTES: &str = "15";

/// One stop as typed.
#[derive(Debug, Clone, Default, PartialEq)]
struct StopValues {
    place: String,
    dwell: String,
    mode: String,
    minutes: String,
    /// Directions to the next stop by language (kept, not edited here).
    notes: BTreeMap<String, String>,
}

/// What the form holds, as typed.
#[derive(Debug, Clone, Default, PartialEq)]
struct RouteForm {
    slug: String,
    theme: String,
    /// `(name, summary)` by language tag.
    texts: BTreeMap<String, (String, String)>,
    stops: Vec<StopValues>,
    /// One address per line.
    sources: String,
    /// The place to add as a stop.
    add_place: String,
}

/// What a button of the form asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Save,
    Add,
    Remove(usize),
    Up(usize),
    Down(usize),
}

impl Op {
    fn parse(s: &str) -> Op {
        let at = |prefix: &str| s.strip_prefix(prefix).and_then(|n| n.parse().ok());
        if s == "add" {
            Op::Add
        } else if let Some(i) = at("remove-") {
            Op::Remove(i)
        } else if let Some(i) = at("up-") {
            Op::Up(i)
        } else if let Some(i) = at("down-") {
            Op::Down(i)
        } else {
            Op::Save
        }
    }
}

/// `stops[3].to_next.mode` → `(3, "to_next.mode")`.
fn stop_field(key: &str) -> Option<(usize, &str)> {
    let rest = key.strip_prefix("stops[")?;
    let (index, rest) = rest.split_once("].")?;
    // A form of a route has at most a few dozen stops; anything larger is not ours.
    let index: usize = index.parse().ok().filter(|i| *i < 100)?;
    Some((index, rest))
}

impl RouteForm {
    /// The form of a stored route.
    fn of(route: &Curated<guide_domain::catalogue::Route>) -> RouteForm {
        let view = Routes::view(route);
        RouteForm {
            slug: view.slug,
            theme: view.theme.as_str().to_owned(),
            texts: view
                .translations
                .into_iter()
                .map(|(tag, t)| (tag, (t.name, t.summary.unwrap_or_default())))
                .collect(),
            stops: view
                .stops
                .into_iter()
                .map(|s| StopValues {
                    place: s.place_id,
                    dwell: s.dwell_minutes.to_string(),
                    mode: s
                        .to_next
                        .as_ref()
                        .map(|l| l.mode.as_str().to_owned())
                        .unwrap_or_default(),
                    minutes: s
                        .to_next
                        .as_ref()
                        .map(|l| l.minutes.to_string())
                        .unwrap_or_default(),
                    notes: s.to_next.map(|l| l.notes).unwrap_or_default(),
                })
                .collect(),
            sources: view.sources.join("\n"),
            add_place: String::new(),
        }
    }

    /// The form as posted, and the button pressed.
    fn posted(pairs: &[(String, String)]) -> (RouteForm, Op) {
        let mut f = RouteForm::default();
        let mut op = Op::Save;
        let mut stops: BTreeMap<usize, StopValues> = BTreeMap::new();
        for (key, value) in pairs {
            let v = value.clone();
            match key.as_str() {
                "slug" => f.slug = v,
                "theme" => f.theme = v,
                "sources" => f.sources = v,
                "add_place" => f.add_place = v,
                "op" => op = Op::parse(&v),
                other => {
                    if let Some((i, part)) = stop_field(other) {
                        let stop = stops.entry(i).or_default();
                        match part {
                            "place" => stop.place = v,
                            "dwell_minutes" => stop.dwell = v,
                            "to_next.mode" => stop.mode = v,
                            "to_next.minutes" => stop.minutes = v,
                            note => {
                                if let Some(tag) = note.strip_prefix("to_next.notes.") {
                                    stop.notes.insert(tag.to_owned(), v);
                                }
                            }
                        }
                    } else if let Some(rest) = other.strip_prefix("translations.")
                        && let Some((tag, part)) = rest.split_once('.')
                        && Locale::from_tag(tag).is_some_and(|l| l.tag() == tag)
                    {
                        let entry = f.texts.entry(tag.to_owned()).or_default();
                        match part {
                            "name" => entry.0 = v,
                            "summary" => entry.1 = v,
                            _ => {}
                        }
                    }
                }
            }
        }
        f.stops = stops.into_values().collect();
        (f, op)
    }

    /// Every stop but the last says how to go on (a walk of 15 minutes unless told).
    fn fill_legs(&mut self) {
        let last = self.stops.len().saturating_sub(1);
        for stop in self.stops.iter_mut().take(last) {
            if stop.mode.trim().is_empty() {
                stop.mode = NEW_LEG_MODE.into();
            }
            if stop.minutes.trim().is_empty() {
                stop.minutes = NEW_LEG_MINUTES.into();
            }
        }
    }

    /// Applies a button other than Save; the error is the add field's.
    fn apply(&mut self, op: Op, state: &AppState) -> Option<FieldError> {
        let n = self.stops.len();
        match op {
            Op::Save => {}
            Op::Add => {
                let place = self.add_place.trim().to_owned();
                if place.is_empty() {
                    return Some(FieldError::new(
                        "add_place",
                        "required",
                        Msg::new("field-required"),
                    ));
                }
                if state.catalogue.snapshot().place(&place).is_none() {
                    return Some(FieldError::new(
                        "add_place",
                        "unpublished_place",
                        Msg::new("field-unpublished-place").arg("place", place.as_str()),
                    ));
                }
                self.stops.push(StopValues {
                    place,
                    dwell: NEW_DWELL.into(),
                    ..StopValues::default()
                });
                self.add_place.clear();
            }
            Op::Remove(i) if i < n => {
                self.stops.remove(i);
            }
            Op::Up(i) if i > 0 && i < n => self.stops.swap(i - 1, i),
            Op::Down(i) if i + 1 < n => self.stops.swap(i, i + 1),
            Op::Remove(_) | Op::Up(_) | Op::Down(_) => {}
        }
        self.fill_legs();
        None
    }

    /// The API body the form describes, or the errors of what the form itself cannot read
    /// (numbers, travel modes); the route's own rules are checked by the workflow.
    fn body(&self) -> Result<RouteIn, Vec<FieldError>> {
        let mut errors = Vec::new();
        let minutes = |errors: &mut Vec<FieldError>, field: String, raw: &str| -> u32 {
            match raw.trim().parse::<u32>() {
                Ok(m) => m,
                Err(_) => {
                    errors.push(FieldError::new(
                        field,
                        "out_of_range",
                        Msg::new("field-out-of-range")
                            .arg("min", 1usize)
                            .arg("max", 600usize),
                    ));
                    0
                }
            }
        };
        let last = self.stops.len().saturating_sub(1);
        let mut stops = Vec::new();
        for (i, s) in self.stops.iter().enumerate() {
            let dwell = minutes(&mut errors, format!("stops[{i}].dwell_minutes"), &s.dwell);
            let to_next = if i < last {
                let mode = match s.mode.trim().parse::<TravelMode>() {
                    Ok(m) => Some(m),
                    Err(e) => {
                        errors.push(FieldError::new(
                            format!("stops[{i}].to_next.mode"),
                            "invalid_choice",
                            crate::http::params::choice_msg(&e),
                        ));
                        None
                    }
                };
                let leg_minutes = minutes(
                    &mut errors,
                    format!("stops[{i}].to_next.minutes"),
                    &s.minutes,
                );
                mode.map(|mode| LegIn {
                    mode,
                    minutes: leg_minutes,
                    notes: s.notes.clone(),
                })
            } else {
                None
            };
            stops.push(StopIn {
                place: s.place.trim().to_owned(),
                dwell_minutes: dwell,
                to_next,
            });
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(RouteIn {
            slug: self.slug.trim().to_owned(),
            theme: self.theme.trim().to_owned(),
            translations: self
                .texts
                .iter()
                .filter(|(_, (name, summary))| {
                    !(name.trim().is_empty() && summary.trim().is_empty())
                })
                .map(|(tag, (name, summary))| {
                    let summary = summary.trim();
                    (
                        tag.clone(),
                        NameText {
                            name: name.trim().to_owned(),
                            summary: (!summary.is_empty()).then(|| summary.to_owned()),
                        },
                    )
                })
                .collect(),
            stops,
            sources: self
                .sources
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect(),
        })
    }
}

/// A choice of a select.
struct Choice {
    value: &'static str,
    label: String,
    selected: bool,
}

/// The texts of one language.
struct TextSection {
    tag: &'static str,
    language: &'static str,
    dir: &'static str,
    name: String,
    summary: String,
    open: bool,
}

/// One stop as the form shows it.
struct StopRow {
    /// 0-based position.
    index: usize,
    /// 1-based, as people count.
    number: usize,
    place: String,
    /// The place's name in the page's language, if it is published.
    name: Option<String>,
    name_lang: String,
    dwell: String,
    /// Leg fields (every stop but the last).
    leg: Option<(String, Vec<Choice>)>,
    notes: Vec<(String, String)>,
    first: bool,
    last: bool,
}

/// Where the route stands.
struct RouteStatus {
    label: String,
    class: &'static str,
    published: bool,
    public_href: Option<String>,
}

#[derive(Template)]
#[template(path = "route_form.html")]
struct FormPage {
    l: Layout,
    action: String,
    f: RouteForm,
    themes: Vec<Choice>,
    texts: Vec<TextSection>,
    stops: Vec<StopRow>,
    errors: HashMap<String, String>,
    error_list: Vec<(String, String)>,
    notice: Option<String>,
    alert: Option<String>,
    status: Option<RouteStatus>,
}

impl FormPage {
    fn err(&self, field: &str) -> Option<&str> {
        self.errors.get(field).map(String::as_str)
    }

    fn invalid(&self, field: &str) -> bool {
        self.errors.contains_key(field)
    }
}

/// Where a field error is shown: each source's error at the sources field, a missing
/// English text at the English name.
fn error_target(field: &str) -> String {
    if field.starts_with("sources[") {
        return "sources".into();
    }
    if field == "translations.en" {
        return "translations.en.name".into();
    }
    if let Some((i, part)) = stop_field(field)
        && part.starts_with("to_next.notes")
    {
        return format!("stops[{i}].to_next.minutes");
    }
    field.to_owned()
}

#[allow(clippy::too_many_arguments)]
fn form_page(
    state: &AppState,
    me: &SignedIn,
    id: Option<String>,
    f: RouteForm,
    field_errors: &[FieldError],
    notice: Option<String>,
    alert: Option<String>,
    status: Option<RouteStatus>,
) -> FormPage {
    let locale = me.ctx.locale;
    let title = if id.is_some() {
        "console-route-edit-title"
    } else {
        "console-route-new-title"
    };
    let layout = Layout::new(&me.ctx, title);
    let mut errors = HashMap::new();
    let mut error_list = Vec::new();
    for e in field_errors {
        let field = error_target(&e.field);
        let message = text(locale, &e.message);
        if let std::collections::hash_map::Entry::Vacant(slot) = errors.entry(field) {
            error_list.push((field_id(slot.key()), message.clone()));
            slot.insert(message);
        }
    }
    let alert = alert.or_else(|| {
        (!errors.is_empty()).then(|| layout.tn("console-route-errors", "count", errors.len()))
    });
    let texts = Locale::ALL
        .iter()
        .map(|loc| {
            let tag = loc.tag();
            let (name, summary) = f.texts.get(tag).cloned().unwrap_or_default();
            let has_error = errors
                .keys()
                .any(|k| k.starts_with(&format!("translations.{tag}.")));
            TextSection {
                tag,
                language: loc.native_name(),
                dir: match loc.direction() {
                    TextDirection::Ltr => "ltr",
                    TextDirection::Rtl => "rtl",
                },
                open: *loc == Locale::En
                    || *loc == locale
                    || has_error
                    || !(name.is_empty() && summary.is_empty()),
                name,
                summary,
            }
        })
        .collect();
    let snapshot = state.catalogue.snapshot();
    let last = f.stops.len().saturating_sub(1);
    let stops = f
        .stops
        .iter()
        .enumerate()
        .map(|(index, s)| {
            let place = snapshot.place(s.place.trim());
            StopRow {
                index,
                number: index + 1,
                place: s.place.clone(),
                name: place.map(|p| p.name(locale).into_owned()),
                name_lang: place
                    .map(|p| p.text(locale).locale.tag())
                    .unwrap_or("zh-Hans")
                    .to_owned(),
                dwell: s.dwell.clone(),
                leg: (index < last).then(|| {
                    (
                        s.minutes.clone(),
                        TravelMode::WIRE
                            .iter()
                            .map(|m| Choice {
                                value: m,
                                label: tr(locale, &format!("mode-{m}")),
                                selected: *m == s.mode,
                            })
                            .collect(),
                    )
                }),
                notes: s
                    .notes
                    .iter()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect(),
                first: index == 0,
                last: index == last,
            }
        })
        .collect();
    FormPage {
        action: match &id {
            Some(id) => format!("/console/routes/{id}"),
            None => "/console/routes/new".into(),
        },
        themes: Interest::WIRE
            .iter()
            .map(|v| Choice {
                value: v,
                label: tr(locale, &format!("console-interest-{v}")),
                selected: *v == f.theme,
            })
            .collect(),
        texts,
        stops,
        errors,
        error_list,
        notice,
        alert,
        status,
        f,
        l: layout,
    }
}

fn route_status(locale: Locale, c: &Curated<guide_domain::catalogue::Route>) -> RouteStatus {
    let published = c.status == Status::Published;
    RouteStatus {
        label: tr(
            locale,
            if published {
                "console-status-live"
            } else {
                "console-status-draft"
            },
        ),
        class: if published { "live" } else { "draft" },
        published,
        public_href: published.then(|| format!("/r/{}", c.value.facts.slug)),
    }
}

/// One route in the list.
struct ListRow {
    href: String,
    name: String,
    name_lang: String,
    slug: String,
    theme: String,
    stops: usize,
    status: RouteStatus,
    updated: String,
    updated_iso: String,
}

#[derive(Template)]
#[template(path = "routes.html")]
struct ListPage {
    l: Layout,
    rows: Vec<ListRow>,
}

/// `GET /console/routes`: every route, drafts included.
pub async fn list(
    State(state): State<AppState>,
    StaffUser(me): StaffUser,
) -> Result<Response, PageError> {
    let locale = me.ctx.locale;
    let rows = flow::list::<Routes>(&state)
        .await?
        .iter()
        .map(|c| {
            let f = &c.value.facts;
            let picked = c.value.texts.pick(locale);
            let (updated, updated_iso) = local_time(f.updated_at);
            ListRow {
                href: format!("/console/routes/{}", f.id),
                name: picked
                    .as_ref()
                    .map(|t| t.value.name.clone())
                    .unwrap_or_else(|| f.slug.clone()),
                name_lang: picked.map(|t| t.locale.tag()).unwrap_or("en").to_owned(),
                slug: f.slug.clone(),
                theme: tr(locale, &format!("console-interest-{}", f.theme.as_str())),
                stops: f.stops.len(),
                status: route_status(locale, c),
                updated,
                updated_iso,
            }
        })
        .collect();
    html(
        StatusCode::OK,
        &ListPage {
            l: Layout::new(&me.ctx, "console-routes-title"),
            rows,
        },
    )
}

/// `GET /console/routes/new`: an empty route (a heritage walk, English unfolded).
pub async fn new_form(
    State(state): State<AppState>,
    StaffUser(me): StaffUser,
) -> Result<Response, PageError> {
    let f = RouteForm {
        theme: Interest::Heritage.as_str().into(),
        ..RouteForm::default()
    };
    html(
        StatusCode::OK,
        &form_page(&state, &me, None, f, &[], None, None, None),
    )
}

/// An edit of the stops: the form comes back, unsaved, with a reminder.
fn unsaved(
    state: &AppState,
    me: &SignedIn,
    id: Option<String>,
    mut f: RouteForm,
    op: Op,
    status: Option<RouteStatus>,
) -> Result<Response, PageError> {
    let (errors, code) = match f.apply(op, state) {
        None => (Vec::new(), StatusCode::OK),
        Some(e) => (vec![e], StatusCode::UNPROCESSABLE_ENTITY),
    };
    let notice = errors
        .is_empty()
        .then(|| tr(me.ctx.locale, "console-route-unsaved"));
    html(
        code,
        &form_page(state, me, id, f, &errors, notice, None, status),
    )
}

/// `POST /console/routes/new`: a stop button edits the form; Save creates a draft.
pub async fn create(
    State(state): State<AppState>,
    StaffUser(me): StaffUser,
    axum::Form(pairs): Pairs,
) -> Result<Response, PageError> {
    let (f, op) = RouteForm::posted(&pairs);
    if op != Op::Save {
        return unsaved(&state, &me, None, f, op, None);
    }
    let result = match f.body() {
        Ok(body) => flow::create::<Routes>(&state, &me.account.actor(), &body).await,
        Err(errors) => Err(Error::Unprocessable(errors)),
    };
    match result {
        Ok(id) => Ok(see_other(&format!("/console/routes/{id}?done=created"))),
        Err(e) => {
            let errors = refused(e)?;
            html(
                StatusCode::UNPROCESSABLE_ENTITY,
                &form_page(&state, &me, None, f, &errors, None, None, None),
            )
        }
    }
}

/// `GET /console/routes/{id}` (id or slug).
pub async fn edit_form(
    State(state): State<AppState>,
    StaffUser(me): StaffUser,
    Path(id): Path<String>,
    Query(done): Query<Done>,
) -> Result<Response, PageError> {
    let route = flow::find::<Routes>(&state, &id)
        .await
        .map_err(|e| refused(e).err().unwrap_or(PageError::NotFound))?;
    let locale = me.ctx.locale;
    let notice = done.notice(locale, "route");
    let page = form_page(
        &state,
        &me,
        Some(route.value.facts.id.clone()),
        RouteForm::of(&route),
        &[],
        notice,
        None,
        Some(route_status(locale, &route)),
    );
    html(StatusCode::OK, &page)
}

/// `POST /console/routes/{id}`: a stop button edits the form; Save replaces the route
/// (its status is kept).
pub async fn save(
    State(state): State<AppState>,
    StaffUser(me): StaffUser,
    Path(id): Path<String>,
    axum::Form(pairs): Pairs,
) -> Result<Response, PageError> {
    let route = flow::find::<Routes>(&state, &id)
        .await
        .map_err(|e| refused(e).err().unwrap_or(PageError::NotFound))?;
    let id = route.value.facts.id.clone();
    let status = Some(route_status(me.ctx.locale, &route));
    let (f, op) = RouteForm::posted(&pairs);
    if op != Op::Save {
        return unsaved(&state, &me, Some(id), f, op, status);
    }
    let result = match f.body() {
        Ok(body) => flow::update::<Routes>(&state, &me.account.actor(), &id, &body).await,
        Err(errors) => Err(Error::Unprocessable(errors)),
    };
    match result {
        Ok(id) => Ok(see_other(&format!("/console/routes/{id}?done=saved"))),
        Err(e) => {
            let errors = refused(e)?;
            html(
                StatusCode::UNPROCESSABLE_ENTITY,
                &form_page(&state, &me, Some(id), f, &errors, None, None, status),
            )
        }
    }
}

/// `POST /console/routes/{id}/publish`: the route appears in the guide.
pub async fn publish(
    State(state): State<AppState>,
    StaffUser(me): StaffUser,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    set_public::<Routes>(&state, &me, &id, true).await
}

/// `POST /console/routes/{id}/unpublish`: back to draft.
pub async fn unpublish(
    State(state): State<AppState>,
    StaffUser(me): StaffUser,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    set_public::<Routes>(&state, &me, &id, false).await
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
    fn a_posted_form_becomes_the_body_the_api_takes() {
        let (f, op) = RouteForm::posted(&pairs(&[
            ("slug", "tea-walk"),
            ("theme", "food"),
            ("translations.en.name", "Tea walk"),
            ("translations.ja.summary", ""),
            ("stops[1].place", "b"),
            ("stops[0].place", "a"),
            ("stops[0].dwell_minutes", "30"),
            ("stops[0].to_next.mode", "metro"),
            ("stops[0].to_next.minutes", "20"),
            ("stops[0].to_next.notes.en", "Line 1"),
            ("stops[1].dwell_minutes", "45"),
            (
                "sources",
                "https://example.com/a\n\n https://example.com/b ",
            ),
            ("op", "save"),
        ]));
        assert_eq!(op, Op::Save);
        let body = f.body().unwrap();
        assert_eq!(body.slug, "tea-walk");
        assert_eq!(body.translations.len(), 1, "empty languages are left out");
        let places: Vec<&str> = body.stops.iter().map(|s| s.place.as_str()).collect();
        assert_eq!(places, ["a", "b"], "stops in index order");
        let leg = body.stops[0].to_next.as_ref().unwrap();
        assert_eq!((leg.mode, leg.minutes), (TravelMode::Metro, 20));
        assert_eq!(leg.notes["en"], "Line 1");
        assert!(
            body.stops[1].to_next.is_none(),
            "the last stop goes nowhere"
        );
        assert_eq!(
            body.sources,
            ["https://example.com/a", "https://example.com/b"]
        );
    }

    #[test]
    fn buttons_move_and_remove_stops() {
        let stop = |p: &str| StopValues {
            place: p.into(),
            dwell: "60".into(),
            ..StopValues::default()
        };
        let mut f = RouteForm {
            stops: vec![stop("a"), stop("b"), stop("c")],
            ..RouteForm::default()
        };
        assert_eq!(Op::parse("down-0"), Op::Down(0));
        f.stops.swap(0, 1);
        f.fill_legs();
        let order: Vec<&str> = f.stops.iter().map(|s| s.place.as_str()).collect();
        assert_eq!(order, ["b", "a", "c"]);
        assert_eq!(f.stops[0].mode, "walk", "a stop that goes on gets a leg");
        assert_eq!(f.stops[2].mode, "", "the last does not");
        assert_eq!(Op::parse("remove-2"), Op::Remove(2));
        assert_eq!(Op::parse("up-1"), Op::Up(1));
        assert_eq!(Op::parse("anything"), Op::Save);
    }

    #[test]
    fn unreadable_numbers_are_named_by_their_field() {
        let (f, _) = RouteForm::posted(&pairs(&[
            ("stops[0].place", "a"),
            ("stops[0].dwell_minutes", "an hour"),
            ("stops[0].to_next.mode", "walk"),
            ("stops[0].to_next.minutes", "10"),
            ("stops[1].place", "b"),
            ("stops[1].dwell_minutes", "5"),
        ]));
        let errors = f.body().unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["stops[0].dwell_minutes"]);
        assert_eq!(
            field_id("stops[0].dwell_minutes"),
            "f-stops-0-dwell-minutes"
        );
    }
}
