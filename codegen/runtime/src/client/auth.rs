//! Applying a scheme's credentials to a request: the headers (or query key) each scheme sends,
//! and the forms of each secret the redactor must know.

use super::*;

/// `user:password` in base64, as Basic authentication (and a URL's userinfo) sends it.
pub(super) fn basic_credentials(user: &str, password: &str) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"))
}

/// What Basic authentication exposes: the password, and its header value, whose encoding is
/// as secret as the password (without the padding, which a printed excerpt may cut).
pub(super) fn basic_secrets(user: &str, password: &str) -> [String; 2] {
    let encoded = basic_credentials(user, password);
    [
        password.to_owned(),
        encoded.trim_end_matches('=').to_owned(),
    ]
}

/// A header the authentication sets: its name, its value, and whether the value is a secret to
/// keep out of errors.
pub(super) type AuthHeader = (&'static str, String, bool);

/// The headers a scheme sets (a signature's three at most), held inline: a call allocates no
/// list for them.
pub(super) type AuthHeaders = [Option<AuthHeader>; 3];

impl Transport {
    /// The configured secrets (not the public client id), and the password of a base URL
    /// with userinfo in the forms it is sent (reqwest sends it as basic auth).
    pub(super) fn configured_secrets(&self) -> Vec<String> {
        let mut secrets = match &self.config.credentials {
            Credentials::None => Vec::new(),
            Credentials::ApiKey(key) | Credentials::Token(key) => vec![key.expose().to_owned()],
            Credentials::Signing { secret, .. } => vec![secret.expose().to_owned()],
            // The session's tokens join each call's secrets when the call takes one.
            Credentials::User(_) => Vec::new(),
            // An OAuth client's pair goes to the token endpoint as basic auth, or in the form
            // body (percent-encoded, which the redactor also knows).
            Credentials::Basic {
                username: user,
                password: secret,
            }
            | Credentials::OAuthClient {
                client_id: user,
                client_secret: secret,
            } => basic_secrets(user, secret.expose()).into(),
        };
        if let Some(url) = self
            .config
            .base_url
            .as_deref()
            .and_then(|u| reqwest::Url::parse(u).ok())
            && let Some(password) = url.password()
        {
            let user = url.username();
            let (user, password) = (percent_decode(user), percent_decode(password));
            secrets.extend(basic_secrets(&user, &password));
        }
        secrets
    }

    /// The headers `endpoint`'s scheme adds for a call carrying `signed`.
    pub(super) fn auth_headers(
        &self,
        endpoint: &EndpointInfo,
        signed: Signed<'_>,
        access_token: Option<&str>,
    ) -> Result<AuthHeaders, Error> {
        match (endpoint.auth, &self.config.credentials) {
            (AuthScheme::None, _) => Ok([None, None, None]),
            (AuthScheme::ApiKeyHeader { header }, Credentials::ApiKey(key)) => {
                Ok([Some((header, key.expose().to_owned(), true)), None, None])
            }
            // The key went into the query when the URL was made.
            (AuthScheme::ApiKeyQuery { .. }, Credentials::ApiKey(_)) => Ok([None, None, None]),
            (AuthScheme::Basic, Credentials::Basic { username, password }) => Ok(bearing(format!(
                "Basic {}",
                basic_credentials(username, password.expose())
            ))),
            // Vendors call a bearer token an API key as often as a token: either is sent.
            (AuthScheme::BearerToken, Credentials::Token(token) | Credentials::ApiKey(token)) => {
                Ok(bearing(format!("Bearer {}", token.expose())))
            }
            (AuthScheme::HmacSignature(scheme), Credentials::Signing { client_id, secret }) => {
                let millis = (self.config.clock)();
                let timestamp = match scheme.timestamp {
                    TimestampUnit::UnixMillis => millis,
                    TimestampUnit::UnixSeconds => millis / 1000,
                };
                let signature = sign(
                    &scheme,
                    timestamp,
                    client_id,
                    secret.expose().as_bytes(),
                    signed,
                );
                Ok([
                    Some((scheme.client_id_header, client_id.clone(), false)),
                    Some((scheme.timestamp_header, timestamp.to_string(), false)),
                    Some((scheme.signature_header, signature, true)),
                ])
            }
            (AuthScheme::UserToken { .. }, Credentials::User(_)) => match access_token {
                Some(token) => Ok(bearing(format!("Bearer {token}"))),
                None => Err(Error::Config(
                    "an endpoint of a user's token was called without one".to_owned(),
                )),
            },
            (AuthScheme::OAuth2ClientCredentials(_), Credentials::OAuthClient { .. }) => {
                match access_token {
                    Some(token) => Ok(bearing(format!("Bearer {token}"))),
                    None => Err(Error::Config(
                        "an OAuth 2.0 endpoint was called without an access token".to_owned(),
                    )),
                }
            }
            (auth, _) => Err(Error::Config(format!(
                "{} needs credentials for {auth:?}",
                endpoint.service
            ))),
        }
    }
}

/// `Authorization: value`, a secret.
fn bearing(value: String) -> AuthHeaders {
    [Some(("Authorization", value, true)), None, None]
}
