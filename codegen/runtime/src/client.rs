//! The HTTP side of generated clients: configuration, authentication, sending, and the one
//! error type every call returns. Generated per-service clients are thin wrappers over
//! [`Transport::send`].

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::signing::{Signed, sign};
use crate::{
    AuthScheme, BodyStatus, DecodeError, EndpointInfo, ParamValues, Parameters, Report,
    TimestampUnit, Validate,
};

pub use bytes::Bytes;
pub use futures_util::{Stream, StreamExt};

mod auth;
mod config;
mod error;
mod hook;
mod oauth;
mod retry;
mod session;
mod transport;
mod vendor;

use crate::params::percent_decode;
use crate::unique_keys::{Values, check_and_read};
use auth::basic_credentials;
pub use config::{Clock, Config, Credentials, HttpSettings, Secret};
pub use error::{Cause, Error, Metadata};
use error::{Redactor, without_userinfo};
pub use hook::{Hook, Outcome, Outgoing};
pub use retry::RetryPolicy;
pub use session::{Grant, Refresher, Refreshing, TokenSession};
pub use transport::{CallOptions, Response, Transport};
use vendor::{request_id, vendor_error};
