//! What a spec says about an endpoint, as `'static` data that generated code emits (its auth
//! scheme is in `auth_scheme.rs`).
//!
//! `Method` is also what specs write: it deserializes from the spec's words, so the spec model,
//! the generator and the runtime share one definition of it.

use serde::Deserialize;

use crate::{AuthScheme, ParamInfo};

/// An HTTP method (`GET` in a spec).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Method {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// `PUT`
    Put,
    /// `PATCH`
    Patch,
    /// `DELETE`
    Delete,
}

impl Method {
    /// The method as written in an HTTP request line.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Get => "GET",
            Self::Post => "POST",
            Self::Put => "PUT",
            Self::Patch => "PATCH",
            Self::Delete => "DELETE",
        }
    }

    /// Whether HTTP calls the method idempotent (RFC 9110 §9.2.2: GET, PUT, DELETE), which
    /// a spec's `idempotent:` overrides for one endpoint.
    pub const fn idempotent(self) -> bool {
        matches!(self, Self::Get | Self::Put | Self::Delete)
    }
}

impl EndpointInfo {
    /// Whether a call may be sent again after a failure: the spec's `idempotent:`, else the
    /// method's rule.
    pub fn repeatable(&self) -> bool {
        self.idempotent.unwrap_or(self.method.idempotent())
    }
}

/// One environment's base URL (`production`, `sandbox`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Server {
    /// The environment's name in the spec.
    pub name: &'static str,
    /// The base URL; the endpoint's path is appended to it.
    pub url: &'static str,
}

/// A header the doc lists for the endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeaderParam {
    /// The header's name.
    pub name: &'static str,
    /// Whether every request must carry it.
    pub required: bool,
    /// The doc's description (Vietnamese, then English where both exist).
    pub description: &'static str,
}

/// Everything a spec says about one endpoint apart from its types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EndpointInfo {
    /// The service the endpoint belongs to (`ladiflow`).
    pub service: &'static str,
    /// The endpoint's name within the service (`customer_create`).
    pub name: &'static str,
    /// The HTTP method.
    pub method: Method,
    /// Whether the call may be sent twice with the effect of once, where the spec says so;
    /// `None`: the method's rule. The client retries only what is.
    pub idempotent: Option<bool>,
    /// The path below each server's base URL, with a `{name}` per path parameter.
    pub path: &'static str,
    /// The request body's media type (sent only with a body).
    pub content_type: &'static str,
    /// The path, query and header parameters the spec declares.
    pub params: &'static [ParamInfo],
    /// Whether the call sends a body.
    pub has_request_body: bool,
    /// Whether a successful answer has a body; `false` for `204 No Content`.
    pub has_response_body: bool,
    /// Base URLs by environment, in the spec's order; the first is the default.
    pub servers: &'static [Server],
    /// How requests authenticate.
    pub auth: AuthScheme,
    /// Headers the doc lists.
    pub headers: &'static [HeaderParam],
    /// Where the vendor's page is.
    pub doc: &'static str,
    /// The spec the code was generated from.
    pub spec: &'static str,
    /// Where a successful response's envelope says whether the call really succeeded.
    pub response_status: Option<BodyStatus>,
    /// Where the vendor's error body carries its code, message and reason.
    pub error_status: Option<BodyStatus>,
    /// How the endpoint pages through a long list, if it does.
    pub pagination: Option<Pagination>,
    /// Error statuses the doc describes with a body of their own (the generated
    /// `StatusError` decodes them).
    pub statuses: &'static [u16],
    /// For a notification the vendor sends to the user's server (a webhook), what a receiver
    /// needs beyond `auth`; `None` for a call the client makes.
    pub inbound: Option<Inbound>,
}

/// A notification the vendor sends (`direction: inbound`): the request is the message, signed
/// by the vendor as `auth` says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Inbound {
    /// The JSON Pointer of the body's member that names a message across resends
    /// (`/message_id`), where the spec states one.
    pub message_id: Option<&'static str>,
}

/// How an endpoint pages through a list, as data: where each page's items are, and how the
/// next page is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pagination {
    /// JSON Pointer to the page's items (a list) in the response.
    pub items: &'static str,
    /// How the next page is asked for.
    pub paging: Paging,
}

/// How the next page is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paging {
    /// By page number: 1, 2, 3… until a page is empty, shorter than the limit, or the total is
    /// reached.
    Page {
        /// Where the page number goes.
        page: Slot,
        /// Where the page size goes, if the call states one.
        limit: Option<Slot>,
        /// The first page's number.
        first: u64,
        /// JSON Pointer to the total number of items in the response, if it says.
        total: Option<&'static str>,
    },
    /// By cursor: the next request carries a value taken from the last item (`lt_id` = the
    /// last id), until a page is empty.
    Cursor {
        /// Where the cursor goes.
        cursor: Slot,
        /// JSON Pointer into the last item to the next cursor (`/id`).
        from_item: &'static str,
        /// Where the page size goes, if the call states one: a shorter page is the last.
        limit: Option<Slot>,
        /// JSON Pointer to the total number of items in the response, if it says.
        total: Option<&'static str>,
    },
}

/// Where a paging value goes in a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// A member of the JSON body, by JSON Pointer (`/page`).
    Body(&'static str),
    /// A query parameter, by name.
    Query(&'static str),
}

/// JSON Pointers into a body to a vendor's status, message and reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BodyStatus {
    /// The vendor's code (`/code`, `/error/code`).
    pub code: &'static str,
    /// The codes that mean success, as a half-open range (`(200, 300)`); `None` for an error
    /// body, where any code means failure.
    pub success: Option<(i64, i64)>,
    /// The message.
    pub message: Option<&'static str>,
    /// The reason.
    pub reason: Option<&'static str>,
    /// The vendor's id for the request (`/error/metadata/request_id`), which its support asks
    /// for.
    pub request_id: Option<&'static str>,
}

impl EndpointInfo {
    /// `service.endpoint`, as errors and logs name the endpoint.
    pub fn qualified_name(&self) -> String {
        format!("{}.{}", self.service, self.name)
    }

    /// The server of the named environment.
    pub fn server(&self, name: &str) -> Option<&'static Server> {
        self.servers.iter().find(|server| server.name == name)
    }
}

/// Whether `media` (a `Content-Type` value) names JSON: `application/json`, `text/json` or a
/// `+json` type (`application/merge-patch+json`), in any case and with any parameters. The
/// one rule for what the client reads as JSON and what a spec may send as its body.
pub fn is_json_media_type(media: &[u8]) -> bool {
    let essence = media_essence(media);
    essence.eq_ignore_ascii_case(b"application/json")
        || essence.eq_ignore_ascii_case(b"text/json")
        || (essence.len() > 5
            && essence.contains(&b'/')
            && essence[essence.len() - 5..].eq_ignore_ascii_case(b"+json"))
}

/// A media type without its parameters (`; charset=utf-8`) or surrounding space: what says
/// how a body is encoded. Compare it ignoring ASCII case.
pub fn media_essence(media: &[u8]) -> &[u8] {
    media
        .split(|b| *b == b';')
        .next()
        .unwrap_or_default()
        .trim_ascii()
}

#[cfg(test)]
mod tests {
    use super::is_json_media_type;

    #[test]
    fn json_media_types_are_told_from_the_others_by_their_essence() {
        for json in [
            "application/json",
            "Application/JSON; charset=utf-8",
            " text/json ",
            "application/merge-patch+json",
            "application/vnd.api+json;v=2",
        ] {
            assert!(is_json_media_type(json.as_bytes()), "{json}");
        }
        for other in [
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "application/xml",
            "text/html; charset=utf-8",
            "+json",
            "application/jsonp",
            "",
        ] {
            assert!(!is_json_media_type(other.as_bytes()), "{other}");
        }
    }
}
