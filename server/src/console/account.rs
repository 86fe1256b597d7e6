//! Sign up (merchants), sign in and sign out.
//!
//! - The same rules as the API (`http/auth.rs`): Argon2id passwords checked on the
//!   blocking pool, the same password rules, the same rate-limit buckets (a guesser gains
//!   nothing by alternating between the API and the console), and an answer that takes as
//!   long for an unknown email as for a wrong password.
//! - Signing in starts a fresh session with new random tokens (no session fixation) and
//!   ends the signed-out CSRF cookie; signing out revokes the session in the database.
//! - Every step is written to the audit log (`console.sign_up`, `console.sign_in`,
//!   `console.sign_out`).

use askama::Template;
use axum::extract::{Form, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use chrono::Utc;
use guide_domain::l10n::tr;
use sea_orm::{ConnectionTrait, TransactionTrait};
use serde::Deserialize;

use super::context::{CSRF_COOKIE, Ctx, LIFETIMES, SESSION_COOKIE};
use super::page::{Layout, PageError, html, see_other};
use crate::app::AppState;
use crate::auth::{self, Role};
use crate::error::{Msg, OnUnique};
use crate::i18n::text;
use crate::store::entity::user;
use crate::store::rate_limit::{self, Verdict};
use crate::store::{accounts, audit, console_sessions};

/// Longest display name, in characters (as the API).
const MAX_NAME_CHARS: usize = 100;

/// The query of the sign-in page.
#[derive(Deserialize, Default)]
pub struct SignInQuery {
    /// Where to go after signing in (a console path).
    #[serde(default)]
    next: String,
    /// `signed_out` or `session_ended`: a sentence above the form.
    #[serde(default)]
    notice: String,
}

/// The sign-in form.
#[derive(Deserialize, Default)]
pub struct SignInForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

/// The sign-up form.
#[derive(Deserialize, Default)]
pub struct SignUpForm {
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

#[derive(Template)]
#[template(path = "sign_in.html")]
struct SignInPage {
    l: Layout,
    csrf: String,
    email: String,
    next: String,
    notice: Option<String>,
    error: Option<String>,
}

/// A field error, shown under its field.
#[derive(Default)]
struct FieldErrors {
    display_name: Option<String>,
    email: Option<String>,
    password: Option<String>,
}

impl FieldErrors {
    fn any(&self) -> bool {
        self.display_name.is_some() || self.email.is_some() || self.password.is_some()
    }
}

#[derive(Template)]
#[template(path = "sign_up.html")]
struct SignUpPage {
    l: Layout,
    csrf: String,
    display_name: String,
    email: String,
    errors: FieldErrors,
    error: Option<String>,
    min_password: usize,
}

/// Only a path of the console may follow sign-in: never another site (`//evil.example`,
/// `/\evil.example`), so the sign-in page cannot be used as an open redirect.
fn safe_next(next: &str) -> Option<&str> {
    let rest = next.strip_prefix("/console")?;
    let ok = (rest.is_empty() || rest.starts_with('/') || rest.starts_with('?'))
        && next.len() <= 512
        && !next.contains("//")
        && !next.contains('\\')
        && !next.chars().any(|c| c.is_control());
    ok.then_some(next)
}

/// Counts one attempt in a rate-limit bucket shared with the API; `Some(seconds)` when
/// the limit is reached.
async fn limited(state: &AppState, bucket: String, max: u32) -> Result<Option<u64>, PageError> {
    match rate_limit::hit(
        &state.db,
        &bucket,
        max,
        state.config.limits.window_secs,
        Utc::now(),
    )
    .await?
    {
        Verdict::Allowed => Ok(None),
        Verdict::Limited { retry_after } => {
            tracing::info!(%bucket, "rate limit hit (console)");
            Ok(Some(retry_after))
        }
    }
}

/// A 429 page with `Retry-After`.
fn too_many(page: Result<Response, PageError>, retry_after: u64) -> Result<Response, PageError> {
    let mut response = page?;
    *response.status_mut() = StatusCode::TOO_MANY_REQUESTS;
    response
        .headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from(retry_after));
    Ok(response)
}

fn minutes(seconds: u64) -> usize {
    seconds.div_ceil(60).max(1) as usize
}

fn render_sign_in(
    ctx: &Ctx,
    status: StatusCode,
    email: String,
    next: String,
    notice: Option<String>,
    error: Option<String>,
) -> Result<Response, PageError> {
    html(
        status,
        &SignInPage {
            l: Layout::new(ctx, "console-sign-in-title"),
            csrf: ctx.form_token(),
            email,
            next,
            notice,
            error,
        },
    )
}

/// `GET /console/sign-in`.
pub async fn sign_in_page(ctx: Ctx, Query(q): Query<SignInQuery>) -> Result<Response, PageError> {
    if ctx.account.is_some() {
        return Ok(see_other(safe_next(&q.next).unwrap_or("/console")));
    }
    let notice = match q.notice.as_str() {
        "signed_out" => Some(tr(ctx.locale, "console-notice-signed-out")),
        "session_ended" => Some(tr(ctx.locale, "console-notice-session-ended")),
        _ if safe_next(&q.next).is_some() => {
            Some(tr(ctx.locale, "console-notice-sign-in-required"))
        }
        _ => None,
    };
    let next = safe_next(&q.next).unwrap_or("").to_owned();
    render_sign_in(&ctx, StatusCode::OK, String::new(), next, notice, None)
}

/// `POST /console/sign-in`.
pub async fn sign_in(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(form): Form<SignInForm>,
) -> Result<Response, PageError> {
    let next = safe_next(&form.next).unwrap_or("").to_owned();
    let again = |status, error: &str| {
        let error = Some(tr(ctx.locale, error));
        render_sign_in(
            &ctx,
            status,
            form.email.trim().to_owned(),
            next.clone(),
            None,
            error,
        )
    };
    // The API's own rule and throttle (`auth::sign_in`): one way to sign in, two doors.
    let user = match auth::sign_in(
        &state.db,
        &state.config.limits,
        ctx.ip,
        &form.email,
        form.password.clone(),
    )
    .await?
    {
        auth::SignIn::Accepted(user) => *user,
        auth::SignIn::Refused => {
            tracing::info!(ip = %ctx.ip, "failed console sign-in");
            return again(StatusCode::UNPROCESSABLE_ENTITY, "console-sign-in-failed");
        }
        auth::SignIn::BackOff { retry_after } => {
            let error = Some(text(
                ctx.locale,
                &Msg::new("console-sign-in-limited").arg("minutes", minutes(retry_after)),
            ));
            return too_many(
                render_sign_in(
                    &ctx,
                    StatusCode::OK,
                    form.email.trim().to_owned(),
                    next,
                    None,
                    error,
                ),
                retry_after,
            );
        }
    };
    let target = match safe_next(&next) {
        Some(next) => next.to_owned(),
        None => "/console".to_owned(),
    };
    let txn = state.db.begin().await?;
    let token = open_session(&txn, &ctx, &user).await?;
    txn.commit().await?;
    Ok(signed_in(&ctx, &token, &target))
}

/// Opens a console session for `user` inside `txn` and audits it; returns the cookie's
/// token (shown to the browser once, stored only as a hash).
async fn open_session(
    txn: &impl ConnectionTrait,
    ctx: &Ctx,
    user: &user::Model,
) -> Result<String, PageError> {
    let now = Utc::now();
    let token = auth::new_refresh_token()?;
    let csrf = auth::new_refresh_token()?;
    console_sessions::purge_expired(txn, &user.id, now).await?;
    let session = console_sessions::start(
        txn,
        &user.id,
        auth::token_hash(&token),
        csrf,
        LIFETIMES,
        now,
    )
    .await?;
    let actor = audit::Actor {
        id: user.id.clone(),
        role: user.role.clone(),
    };
    let after = serde_json::json!({ "ip": ctx.ip.to_string() });
    audit::record(
        txn,
        &actor,
        "console.sign_in",
        ("console_session", &session.id),
        None,
        Some(&after),
        now,
    )
    .await?;
    tracing::info!(user = %user.id, "console session started");
    Ok(token)
}

/// The answer to a successful sign-in or sign-up: the session cookie, the signed-out
/// CSRF cookie gone, and on to `to`.
fn signed_in(ctx: &Ctx, token: &str, to: &str) -> Response {
    let mut response = see_other(to);
    let h = response.headers_mut();
    h.append(
        header::SET_COOKIE,
        ctx.cookie(
            SESSION_COOKIE,
            token,
            "/console",
            Some(LIFETIMES.absolute.num_seconds()),
            "Lax",
        ),
    );
    h.append(
        header::SET_COOKIE,
        ctx.clear_cookie(CSRF_COOKIE, "/console"),
    );
    response
}

/// `POST /console/sign-out`: revokes the session; the browser forgets the cookie.
pub async fn sign_out(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    if let (Some(session), Some(account)) = (&ctx.session, &ctx.account) {
        let now = Utc::now();
        let txn = state.db.begin().await?;
        if console_sessions::revoke(&txn, &session.id, "sign_out", now).await? {
            audit::record(
                &txn,
                &account.actor(),
                "console.sign_out",
                ("console_session", &session.id),
                None,
                None,
                now,
            )
            .await?;
        }
        txn.commit().await?;
    }
    let mut response = see_other("/console/sign-in?notice=signed_out");
    response.headers_mut().append(
        header::SET_COOKIE,
        ctx.clear_cookie(SESSION_COOKIE, "/console"),
    );
    Ok(response)
}

fn render_sign_up(
    ctx: &Ctx,
    status: StatusCode,
    form: &SignUpForm,
    errors: FieldErrors,
    error: Option<String>,
) -> Result<Response, PageError> {
    html(
        status,
        &SignUpPage {
            l: Layout::new(ctx, "console-sign-up-title"),
            csrf: ctx.form_token(),
            display_name: form.display_name.trim().to_owned(),
            email: form.email.trim().to_owned(),
            errors,
            error,
            min_password: auth::MIN_PASSWORD_CHARS,
        },
    )
}

/// `GET /console/sign-up`.
pub async fn sign_up_page(ctx: Ctx) -> Result<Response, PageError> {
    if ctx.account.is_some() {
        return Ok(see_other("/console"));
    }
    render_sign_up(
        &ctx,
        StatusCode::OK,
        &SignUpForm::default(),
        FieldErrors::default(),
        None,
    )
}

/// `POST /console/sign-up`: a merchant account, signed in at once.
pub async fn sign_up(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(form): Form<SignUpForm>,
) -> Result<Response, PageError> {
    if let Some(retry) = limited(
        &state,
        format!("register:ip:{}", ctx.ip),
        state.config.limits.register_per_ip,
    )
    .await?
    {
        let error = Some(text(
            ctx.locale,
            &Msg::new("console-sign-up-limited").arg("minutes", minutes(retry)),
        ));
        return too_many(
            render_sign_up(&ctx, StatusCode::OK, &form, FieldErrors::default(), error),
            retry,
        );
    }
    let mut errors = FieldErrors::default();
    let email = auth::normalize_email(&form.email);
    if email.is_none() {
        errors.email = Some(text(ctx.locale, &Msg::new("field-invalid-email")));
    }
    if let Err((_, msg)) = auth::check_password(&form.password, email.as_deref().unwrap_or("")) {
        errors.password = Some(text(ctx.locale, &msg));
    }
    let display_name = Some(form.display_name.trim().to_owned()).filter(|n| !n.is_empty());
    if display_name
        .as_ref()
        .is_some_and(|n| n.chars().count() > MAX_NAME_CHARS)
    {
        errors.display_name = Some(text(
            ctx.locale,
            &Msg::new("field-too-long").arg("max", MAX_NAME_CHARS),
        ));
    }
    let Some(email) = email.filter(|_| !errors.any()) else {
        let summary = Some(tr(ctx.locale, "console-form-has-errors"));
        return render_sign_up(
            &ctx,
            StatusCode::UNPROCESSABLE_ENTITY,
            &form,
            errors,
            summary,
        );
    };
    let now = Utc::now();
    let user = user::Model {
        id: accounts::new_id(),
        email,
        password_hash: auth::hash_password(form.password.clone()).await?,
        role: Role::Merchant.as_str().to_owned(),
        display_name,
        locale: ctx.locale.tag().to_owned(),
        created_at: now,
        updated_at: now,
    };
    // One transaction: the account, its audit entry and its first session, or nothing.
    let txn = state.db.begin().await?;
    let taken = || crate::error::Error::Conflict(Msg::new("console-error-email-taken"));
    let user = match accounts::insert_user(&txn, user).await.on_unique(taken) {
        Ok(user) => user,
        Err(crate::error::Error::Conflict(msg)) => {
            let errors = FieldErrors {
                email: Some(text(ctx.locale, &msg)),
                ..FieldErrors::default()
            };
            let summary = Some(tr(ctx.locale, "console-form-has-errors"));
            return render_sign_up(
                &ctx,
                StatusCode::UNPROCESSABLE_ENTITY,
                &form,
                errors,
                summary,
            );
        }
        Err(e) => return Err(e.into()),
    };
    let actor = audit::Actor {
        id: user.id.clone(),
        role: user.role.clone(),
    };
    let after =
        serde_json::json!({ "email": user.email, "role": user.role, "locale": user.locale });
    audit::record(
        &txn,
        &actor,
        "console.sign_up",
        ("user", &user.id),
        None,
        Some(&after),
        now,
    )
    .await?;
    let token = open_session(&txn, &ctx, &user).await?;
    txn.commit().await?;
    tracing::info!(user = %user.id, "merchant account registered in the console");
    Ok(signed_in(&ctx, &token, "/console/listings"))
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn only_console_paths_may_follow_sign_in() {
        assert_eq!(safe_next("/console/listings"), Some("/console/listings"));
        assert_eq!(safe_next("/console"), Some("/console"));
        assert_eq!(safe_next("/console?lang=ja"), Some("/console?lang=ja"));
        for bad in [
            "",
            "https://evil.example/console",
            "//evil.example",
            "/console//evil",
            "/consoleevil",
            "/console/\\evil",
            "/v1/me",
        ] {
            assert_eq!(safe_next(bad), None, "{bad}");
        }
    }
}
