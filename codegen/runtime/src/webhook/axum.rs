//! A receiver as an axum handler, answering as a vendor that resends expects: 2xx once a
//! message is handled (a resend of a handled one too), 4xx for a notification that no resend
//! can fix (bad signature, stale, another client's, malformed), 5xx to ask for a resend (the
//! handler failed, or the same message is being handled right now).

use std::future::Future;
use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;

use super::{Delivery, Receiver, Rejection};

/// A POST route that judges each request with `receiver` and gives each new message to
/// `handle`; `Ok` records the message handled, `Err` asks the vendor to send it again.
pub fn handler<T, F, Fut, E>(receiver: Arc<Receiver<T>>, handle: F) -> axum::routing::MethodRouter
where
    T: DeserializeOwned + Send + 'static,
    F: Fn(T) -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<(), E>> + Send + 'static,
    E: Send + 'static,
{
    axum::routing::post(move |headers: HeaderMap, body: Body| {
        let receiver = Arc::clone(&receiver);
        let handle = handle.clone();
        async move { answer(&receiver, handle, &headers, body).await }
    })
}

/// The answer to one request.
pub async fn answer<T, F, Fut, E>(
    receiver: &Receiver<T>,
    handle: F,
    headers: &HeaderMap,
    body: Body,
) -> Response
where
    T: DeserializeOwned,
    F: Fn(T) -> Fut,
    Fut: Future<Output = Result<(), E>>,
{
    // Read no further than the limit: a larger body is refused, not buffered.
    let limit = receiver.limit();
    let bytes: Bytes = match axum::body::to_bytes(body, limit.saturating_add(1)).await {
        Ok(bytes) => bytes,
        Err(_) => return refuse(&Rejection::TooLarge { limit }),
    };
    let header = |name: &str| headers.get(name).and_then(|value| value.to_str().ok());
    match receiver.receive(header, &bytes) {
        Err(rejection) => refuse(&rejection),
        Ok(Delivery::Duplicate { .. }) => (StatusCode::OK, "already handled\n").into_response(),
        Ok(Delivery::InFlight { .. }) => (
            StatusCode::SERVICE_UNAVAILABLE,
            "the message is being handled; send it again later\n",
        )
            .into_response(),
        Ok(Delivery::New(fresh)) => {
            let (message, ticket) = fresh.split();
            match handle(message).await {
                Ok(()) => {
                    ticket.handled();
                    (StatusCode::OK, "handled\n").into_response()
                }
                // The ticket is dropped: the claim is released for the resend.
                Err(_) => (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "the message was not handled; send it again\n",
                )
                    .into_response(),
            }
        }
    }
}

fn refuse(rejection: &Rejection) -> Response {
    let status = StatusCode::from_u16(rejection.status()).unwrap_or(StatusCode::BAD_REQUEST);
    (status, format!("{rejection}\n")).into_response()
}
