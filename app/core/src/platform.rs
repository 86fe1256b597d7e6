//! Platform services the core cannot do itself, implemented by the shells (Keychain /
//! Keystore, the location APIs) and by the tests in their own language (STYLE.md
//! "Platform services are foreign traits"). Rust tests pass fakes.

/// A platform service failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum PlatformError {
    /// The service could not do it; `reason` is for logs.
    #[error("{reason}")]
    Failed { reason: String },
}

impl From<uniffi::UnexpectedUniFFICallbackError> for PlatformError {
    fn from(e: uniffi::UnexpectedUniFFICallbackError) -> Self {
        PlatformError::Failed { reason: e.reason }
    }
}

/// Secure storage for the account's token (Keychain on iOS, EncryptedSharedPreferences /
/// Keystore on Android). The core never writes the token anywhere else.
#[uniffi::export(foreign)]
pub trait TokenStore: Send + Sync {
    /// The stored token, if any.
    fn load(&self) -> Result<Option<String>, PlatformError>;
    /// Stores a token, or deletes it with `None`.
    fn save(&self, token: Option<String>) -> Result<(), PlatformError>;
}

/// A WGS-84 position.
#[derive(Debug, Clone, Copy, PartialEq, uniffi::Record)]
pub struct GeoPoint {
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lng: f64,
}

/// The device's position, when the visitor allowed it.
#[uniffi::export(foreign)]
pub trait LocationProvider: Send + Sync {
    /// The last known position (WGS-84), or `None` if unknown or not allowed.
    fn current(&self) -> Result<Option<GeoPoint>, PlatformError>;
}
