//! The visitor's account inside the core: register, sign in, sign out, and every call that
//! needs the account ([`Inner::authed`]). Tokens never leave the core except into the
//! shell's [`TokenStore`] (Keychain, Keystore), as one opaque string.
//!
//! The server's rules, followed here so the shell never handles them: access tokens live 15
//! minutes and refresh tokens are single use. A call answered 401 refreshes **once** and is
//! retried with the new pair; if the refresh itself is refused (the token was already used
//! — a replay — or the session was revoked), the core forgets the tokens and the visitor
//! is signed out (`CoreError::Unauthorized`), with offline changes kept for the next
//! sign-in.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::app::SettingsView;
use crate::error::{ApiResult, Error, Result, to_public};
use crate::net::{Method, Request, Response, Transport};
use crate::platform::{LocationProvider, TokenStore};
use crate::{CoreConfig, GuideCore, Inner};

/// What the core keeps in the [`TokenStore`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tokens {
    /// The JWT for `Authorization: Bearer`.
    pub access: String,
    /// The single-use refresh token (absent for a token the shell stored itself).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh: Option<String>,
}

/// The tokens in the store. A bare string (what shells stored before the core managed
/// accounts) is an access token without a refresh token.
pub fn stored(store: &dyn TokenStore) -> Result<Option<Tokens>> {
    let raw = store.load().map_err(|e| Error::Platform(e.to_string()))?;
    Ok(raw.map(|raw| {
        serde_json::from_str(&raw).unwrap_or(Tokens {
            access: raw,
            refresh: None,
        })
    }))
}

fn keep(store: &dyn TokenStore, tokens: Option<&Tokens>) -> Result<()> {
    let raw = tokens.map(|t| serde_json::to_string(t).expect("tokens serialize"));
    store.save(raw).map_err(|e| Error::Platform(e.to_string()))
}

/// The server's answer to sign-in and refresh.
#[derive(Deserialize)]
struct Pair {
    access_token: String,
    refresh_token: String,
}

impl From<Pair> for Tokens {
    fn from(p: Pair) -> Tokens {
        Tokens {
            access: p.access_token,
            refresh: Some(p.refresh_token),
        }
    }
}

/// A 422 problem's field errors as [`Error::Validation`]; other answers unchanged.
fn validation(response: Response) -> Result<Response> {
    if response.status != 422 && response.status != 400 {
        return Ok(response);
    }
    let problem: serde_json::Value = serde_json::from_slice(&response.body).unwrap_or_default();
    let fields: Vec<(String, String)> = problem["errors"]
        .as_array()
        .map(|errors| {
            errors
                .iter()
                .map(|e| {
                    (
                        e["field"].as_str().unwrap_or("").to_owned(),
                        e["message"].as_str().unwrap_or("").to_owned(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    if fields.is_empty() {
        Ok(response)
    } else {
        Err(Error::Validation(fields))
    }
}

impl Inner {
    /// Sends `request` as the signed-in visitor: 401 → one refresh → one retry; a refused
    /// refresh signs the visitor out. Without tokens: `Status 401` and no network call.
    pub(crate) fn authed(&mut self, mut request: Request) -> Result<Response> {
        let signed_out = || Error::Status {
            status: 401,
            detail: String::new(),
        };
        let Some(tokens) = stored(self.tokens.as_ref())? else {
            self.model.signed_in = false;
            return Err(signed_out());
        };
        request.bearer = Some(tokens.access.clone());
        let first = self.net.call(&request)?;
        if first.status != 401 {
            return Ok(first);
        }
        let Some(refresh) = tokens.refresh else {
            self.forget()?;
            return Err(signed_out());
        };
        let renewed = self.net.call(
            &Request::new(Method::Post, "/v1/auth/refresh")
                .json(serde_json::json!({ "refresh_token": refresh })),
        )?;
        if renewed.status == 401 || renewed.status == 400 {
            // Used before (a replay, or a lost answer) or revoked: the session is over.
            self.forget()?;
            return Err(signed_out());
        }
        let tokens: Tokens = renewed.json::<Pair>()?.into();
        keep(self.tokens.as_ref(), Some(&tokens))?;
        request.bearer = Some(tokens.access);
        let second = self.net.call(&request)?;
        if second.status == 401 {
            self.forget()?;
            return Err(signed_out());
        }
        Ok(second)
    }

    /// Signs the visitor out on this device.
    fn forget(&mut self) -> Result<()> {
        keep(self.tokens.as_ref(), None)?;
        self.model.signed_in = false;
        Ok(())
    }

    fn sign_in(&mut self, email: &str, password: &str) -> Result<SettingsView> {
        let answer = self.net.call(
            &Request::new(Method::Post, "/v1/auth/login")
                .json(serde_json::json!({ "email": email, "password": password })),
        )?;
        let tokens: Tokens = validation(answer)?.json::<Pair>()?.into();
        keep(self.tokens.as_ref(), Some(&tokens))?;
        self.model.signed_in = true;
        // Favourites saved while signed out go to the account now (best effort).
        if let Err(e) = self.push_favorites() {
            tracing::debug!(error = %e, "favourites stay pending");
        }
        self.settings()
    }

    fn register(&mut self, email: &str, password: &str) -> Result<SettingsView> {
        let answer = self.net.call(
            &Request::new(Method::Post, "/v1/auth/register")
                .json(serde_json::json!({ "email": email, "password": password })),
        )?;
        // 202 whether or not the address had an account (the server does not say).
        validation(answer)?.ok()?;
        self.sign_in(email, password)
    }

    fn sign_out(&mut self) -> Result<SettingsView> {
        if let Some(tokens) = stored(self.tokens.as_ref())? {
            let mut request = Request::new(Method::Post, "/v1/auth/logout");
            if let Some(refresh) = &tokens.refresh {
                request = request.json(serde_json::json!({ "refresh_token": refresh }));
            }
            request.bearer = Some(tokens.access);
            // Offline: the device forgets the tokens anyway; the server session expires.
            if let Err(e) = self.net.call(&request) {
                tracing::debug!(error = %e, "sign-out not sent");
            }
        }
        self.forget()?;
        self.settings()
    }
}

#[uniffi::export]
impl GuideCore {
    /// Creates a visitor account and signs in; the Settings screen afterwards. Field
    /// problems (a weak password) come back as `Validation`.
    pub fn register(&self, email: String, password: String) -> ApiResult<SettingsView> {
        self.with(|i| i.register(&email, &password))
    }

    /// Signs in; the Settings screen afterwards. Favourites saved offline are pushed.
    pub fn sign_in(&self, email: String, password: String) -> ApiResult<SettingsView> {
        self.with(|i| i.sign_in(&email, &password))
    }

    /// Signs out (on the server too when online); the Settings screen afterwards.
    pub fn sign_out(&self) -> ApiResult<SettingsView> {
        self.with(Inner::sign_out)
    }
}

impl GuideCore {
    /// A core over any transport: Rust tests script the network with
    /// [`crate::net::Canned`].
    pub fn with_transport(
        config: CoreConfig,
        tokens: Arc<dyn TokenStore>,
        location: Arc<dyn LocationProvider>,
        net: Box<dyn Transport>,
    ) -> ApiResult<Arc<GuideCore>> {
        let locale =
            guide_domain::Locale::from_tag(&config.locale).unwrap_or(guide_domain::Locale::En);
        Inner::open_with(&config, tokens, location, net)
            .map(|inner| {
                Arc::new(GuideCore {
                    inner: std::sync::Mutex::new(inner),
                })
            })
            .map_err(|e| to_public(e, locale))
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::*;
    use crate::error::CoreError;
    use crate::net::Canned;
    use crate::platform::{GeoPoint, PlatformError};

    #[derive(Default)]
    struct Store(Mutex<Option<String>>);

    impl TokenStore for Store {
        fn load(&self) -> std::result::Result<Option<String>, PlatformError> {
            Ok(self.0.lock().unwrap().clone())
        }
        fn save(&self, token: Option<String>) -> std::result::Result<(), PlatformError> {
            *self.0.lock().unwrap() = token;
            Ok(())
        }
    }

    struct Nowhere;

    impl LocationProvider for Nowhere {
        fn current(&self) -> std::result::Result<Option<GeoPoint>, PlatformError> {
            Ok(None)
        }
    }

    fn pair(access: &str, refresh: &str) -> Result<Response> {
        Canned::answer(
            200,
            serde_json::json!({"token_type": "Bearer", "access_token": access, "expires_in": 900,
                "refresh_token": refresh, "refresh_expires_in": 2592000, "user": {}}),
        )
    }

    fn status(code: u16) -> Result<Response> {
        Canned::answer(code, serde_json::json!({"title": "x"}))
    }

    /// A worker over scripted answers, with `tokens` stored.
    fn inner(
        tokens: Option<Tokens>,
        answers: Vec<Result<Response>>,
    ) -> (Inner, Arc<Store>, Arc<Canned>) {
        let store = Arc::new(Store::default());
        keep(store.as_ref(), tokens.as_ref()).unwrap();
        let canned = Arc::new(Canned::new(answers));
        let dir =
            std::env::temp_dir().join(format!("core_account_{}", uuid::Uuid::now_v7().simple()));
        let config = CoreConfig {
            base_url: "https://guide.example".into(),
            data_dir: dir.display().to_string(),
            locale: "en".into(),
            extra_ca_pem: None,
        };
        let inner = Inner::open_with(
            &config,
            store.clone(),
            Arc::new(Nowhere),
            Box::new(canned.clone()),
        )
        .unwrap();
        (inner, store, canned)
    }

    fn tokens(access: &str, refresh: &str) -> Option<Tokens> {
        Some(Tokens {
            access: access.into(),
            refresh: Some(refresh.into()),
        })
    }

    fn bearers(canned: &Canned) -> Vec<(String, Option<String>)> {
        canned
            .asked
            .lock()
            .unwrap()
            .iter()
            .map(|r| (r.path.clone(), r.bearer.clone()))
            .collect()
    }

    #[test]
    fn an_expired_access_token_is_refreshed_once_and_the_call_retried() {
        let (mut i, store, canned) = inner(
            tokens("a1", "r1"),
            vec![status(401), pair("a2", "r2"), status(204)],
        );
        let put = Request::new(Method::Put, "/v1/me/favorites/canton-tower");
        assert_eq!(i.authed(put).unwrap().status, 204);
        assert_eq!(
            bearers(&canned),
            [
                ("/v1/me/favorites/canton-tower".into(), Some("a1".into())),
                ("/v1/auth/refresh".into(), None),
                ("/v1/me/favorites/canton-tower".into(), Some("a2".into())),
            ]
        );
        let refresh = &canned.asked.lock().unwrap()[1];
        assert_eq!(
            refresh.json,
            Some(serde_json::json!({"refresh_token": "r1"}))
        );
        assert_eq!(
            stored(store.as_ref()).unwrap(),
            tokens("a2", "r2"),
            "the new pair is kept"
        );
    }

    #[test]
    fn a_refused_refresh_signs_the_visitor_out() {
        // The refresh token was used before (a replay): the server revokes the session.
        let (mut i, store, canned) = inner(tokens("a1", "r1"), vec![status(401), status(401)]);
        i.model.signed_in = true;
        let get = Request::new(Method::Get, "/v1/me/favorites");
        let Err(e @ Error::Status { status: 401, .. }) = i.authed(get) else {
            panic!("signed out")
        };
        assert!(matches!(
            to_public(e, guide_domain::Locale::En),
            CoreError::Unauthorized
        ));
        assert_eq!(stored(store.as_ref()).unwrap(), None, "tokens forgotten");
        assert!(!i.model.signed_in);
        assert_eq!(
            canned.asked.lock().unwrap().len(),
            2,
            "one refresh, no loop"
        );
    }

    #[test]
    fn without_tokens_nothing_is_sent_and_offline_keeps_the_tokens() {
        let (mut i, _, canned) = inner(None, vec![]);
        let get = Request::new(Method::Get, "/v1/me/favorites");
        assert!(matches!(
            i.authed(get.clone()),
            Err(Error::Status { status: 401, .. })
        ));
        assert!(canned.asked.lock().unwrap().is_empty());

        let (mut i, store, _) = inner(tokens("a1", "r1"), vec![]);
        assert!(matches!(i.authed(get), Err(Error::Offline(_))));
        assert_eq!(stored(store.as_ref()).unwrap(), tokens("a1", "r1"));
    }

    #[test]
    fn sign_in_keeps_the_pair_and_sign_out_forgets_it_even_offline() {
        let (mut i, store, canned) = inner(None, vec![pair("a1", "r1")]);
        let settings = i
            .sign_in("mei@example.com", "lychee season in Canton")
            .unwrap();
        assert!(settings.signed_in);
        assert_eq!(stored(store.as_ref()).unwrap(), tokens("a1", "r1"));
        assert_eq!(
            canned.asked.lock().unwrap()[0].json,
            Some(
                serde_json::json!({"email": "mei@example.com", "password": "lychee season in Canton"})
            )
        );
        // No more answers: the network is gone; signing out still works on the device.
        let settings = i.sign_out().unwrap();
        assert!(!settings.signed_in);
        assert_eq!(stored(store.as_ref()).unwrap(), None);
    }

    #[test]
    fn registration_problems_come_back_by_field() {
        let weak = Canned::answer(
            422,
            serde_json::json!({"title": "Invalid", "errors": [
                {"field": "password", "code": "too_short", "message": "At least 10 characters."}]}),
        );
        let (mut i, store, _) = inner(None, vec![weak]);
        let Err(Error::Validation(fields)) = i.register("mei@example.com", "short") else {
            panic!("validation")
        };
        assert_eq!(
            fields,
            [("password".to_owned(), "At least 10 characters.".to_owned())]
        );
        assert_eq!(stored(store.as_ref()).unwrap(), None);
    }

    #[test]
    fn a_bare_stored_string_is_an_access_token() {
        let store = Store::default();
        store.save(Some("eyJhbGciOi.bare.token".into())).unwrap();
        assert_eq!(
            stored(&store).unwrap(),
            Some(Tokens {
                access: "eyJhbGciOi.bare.token".into(),
                refresh: None
            })
        );
    }
}
