//! One request, answered as the vendor would: route, faults, authentication, parameters, body,
//! then the documented answer.

use std::collections::HashMap;

use bytes::Bytes;
use codegen_core::codegen_runtime::params::percent_decode;
use codegen_core::codegen_runtime::{
    ParamLocation, QueryStyle, from_form, is_form_media_type, is_json_media_type,
};
use codegen_core::ir::{Auth, Endpoint, Ty, TyKind, TypeKind};
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::{Request, Response, StatusCode};
use serde_json::{Value, json};

use crate::auth::{self, Presented};
use crate::expect;
use crate::paging::{self, Asked};
use crate::value::{made_up, put};
use crate::{MAX_BODY, Route, Service, StandIn};

type Answer = Response<Full<Bytes>>;

/// What a request holds, read once.
struct Received {
    method: String,
    /// The path below the service's base URL.
    path: String,
    query: Option<String>,
    headers: HashMap<String, String>,
    body: Bytes,
}

impl Received {
    fn header(&self, name: &str) -> Option<String> {
        self.headers.get(&name.to_ascii_lowercase()).cloned()
    }

    fn query(&self, name: &str) -> Option<String> {
        from_form(self.query.as_deref()?)
            .into_iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value)
    }

    /// Every value of the query parameter `name`, in order.
    fn query_all(&self, name: &str) -> Vec<String> {
        self.query
            .as_deref()
            .map(from_form)
            .unwrap_or_default()
            .into_iter()
            .filter(|(key, _)| key == name)
            .map(|(_, value)| value)
            .collect()
    }

    /// The request target below the base URL, as a client signs it.
    fn target(&self) -> String {
        match &self.query {
            Some(query) => format!("{}?{query}", self.path),
            None => self.path.clone(),
        }
    }
}

impl StandIn {
    /// The answer to `request`; an error closes the connection without one (a fault's `drop`).
    pub(crate) async fn answer(
        &self,
        request: Request<Incoming>,
    ) -> Result<Answer, std::io::Error> {
        let (parts, body) = request.into_parts();
        let body = match Limited::new(body, MAX_BODY).collect().await {
            Ok(collected) => collected.to_bytes(),
            Err(error) => {
                let too_large = error
                    .downcast_ref::<http_body_util::LengthLimitError>()
                    .is_some();
                return Ok(if too_large {
                    plain(413, &format!("the body is larger than {MAX_BODY} bytes"))
                } else {
                    plain(400, "the body could not be read")
                });
            }
        };
        let full_path = parts.uri.path().to_owned();
        let mut segments = full_path.trim_start_matches('/').splitn(2, '/');
        let service_name = segments.next().unwrap_or_default();
        let Some(service) = self
            .inner
            .services
            .iter()
            .find(|service| service.name == service_name)
        else {
            let known: Vec<String> = self
                .inner
                .services
                .iter()
                .map(|service| format!("/{}", service.name))
                .collect();
            return Ok(plain(
                404,
                &format!(
                    "no service at /{service_name}; the stand-in serves {}",
                    known.join(", ")
                ),
            ));
        };
        let received = Received {
            method: parts.method.as_str().to_owned(),
            path: format!("/{}", segments.next().unwrap_or_default()),
            query: parts.uri.query().map(str::to_owned),
            headers: parts
                .headers
                .iter()
                .map(|(name, value)| {
                    (
                        name.as_str().to_owned(),
                        String::from_utf8_lossy(value.as_bytes()).into_owned(),
                    )
                })
                .collect(),
            body,
        };
        if let Some(answer) = self.token(service, &received) {
            return Ok(answer);
        }
        let matching = resource(&service.routes, &received.path);
        let Some((route, path_params)) = matching
            .iter()
            .find(|(route, _)| route.endpoint.method.as_str() == received.method)
        else {
            let Some(first) = service.routes.first() else {
                return Ok(plain(404, "the service has no endpoints"));
            };
            return Ok(if matching.is_empty() {
                refusal(
                    &first.endpoint,
                    404,
                    &format!("no endpoint at {}", received.path),
                    false,
                )
            } else {
                let allowed: Vec<&str> = matching
                    .iter()
                    .map(|(route, _)| route.endpoint.method.as_str())
                    .collect();
                let mut answer = refusal(
                    &first.endpoint,
                    405,
                    &format!("{} answers {}", received.path, allowed.join(", ")),
                    false,
                );
                // RFC 9110: a 405 lists the methods the resource answers.
                if let Ok(value) = hyper::header::HeaderValue::from_str(&allowed.join(", ")) {
                    answer.headers_mut().insert(hyper::header::ALLOW, value);
                }
                answer
            });
        };
        let endpoint = &route.endpoint;
        let name = format!("{}.{}", service.name, endpoint.name);
        let fault = self
            .inner
            .scenario
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .next(&name);
        if let Some(fault) = fault {
            if let Some(delay) = fault.delay() {
                tokio::time::sleep(delay).await;
            }
            if fault.drop {
                return Err(std::io::Error::other("the scenario drops this connection"));
            }
            if let Some(status) = fault.status {
                let mut answer = refusal(endpoint, status, "injected by the scenario", false);
                if let Some(after) = fault.retry_after.as_deref()
                    && let Ok(value) = hyper::header::HeaderValue::from_str(after)
                {
                    answer
                        .headers_mut()
                        .insert(hyper::header::RETRY_AFTER, value);
                }
                return Ok(answer);
            }
        }
        Ok(self.call(service, route, path_params, &received))
    }

    /// The answer of an endpoint the request reached.
    fn call(
        &self,
        service: &Service,
        route: &Route,
        path_params: &HashMap<String, String>,
        received: &Received,
    ) -> Answer {
        let endpoint = &route.endpoint;
        let tokens = |token: &str| {
            self.inner
                .tokens
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .contains(token)
        };
        let header = |name: &str| received.header(name);
        let query = |name: &str| received.query(name);
        let target = received.target();
        let presented = Presented {
            header: &header,
            query: &query,
            target: &target,
            body: (!received.body.is_empty()).then_some(&received.body[..]),
            issued: &tokens,
        };
        if let Err(refused) = auth::check(&endpoint.auth, &service.credentials, &presented) {
            return refusal(endpoint, 401, &refused.message, refused.signature);
        }
        let auth_header = match &endpoint.auth {
            Auth::ApiKeyHeader { header } => Some(header.to_ascii_lowercase()),
            _ => None,
        };
        for required in endpoint.headers.iter().filter(|h| h.required) {
            let name = required.name.to_ascii_lowercase();
            if Some(&name) != auth_header.as_ref() && received.header(&name).is_none() {
                let message = format!("the `{}` header is required", required.name);
                return refusal(endpoint, 400, &message, false);
            }
        }
        for param in &endpoint.params {
            let texts: Vec<String> = match param.location {
                ParamLocation::Path => path_params.get(&param.name).cloned().into_iter().collect(),
                ParamLocation::Query => received.query_all(&param.name),
                ParamLocation::Header => received.header(&param.name).into_iter().collect(),
            };
            let place = format!("the {} parameter `{}`", param.location.as_str(), param.name);
            if texts.is_empty() {
                if param.field.required {
                    return refusal(endpoint, 400, &format!("{place} is required"), false);
                }
                continue;
            }
            let value = param_value(&param.field.ty, param.style, &texts);
            let report = codegen_core::json_validator::validate(endpoint, &param.field.ty, &value);
            if !report.is_empty() {
                let lines: Vec<String> = report
                    .violations()
                    .iter()
                    .take(5)
                    .map(|v| format!("{} [{}]", v.en, v.kind))
                    .collect();
                let message = format!("{place} breaks the spec: {}", lines.join("; "));
                return refusal(endpoint, 400, &message, false);
            }
        }
        let body = match self.body(endpoint, received) {
            Ok(body) => body,
            Err(answer) => return *answer,
        };
        if let Some(answer) = self.expected(service, endpoint, body.as_ref(), &query) {
            return answer;
        }
        let status = endpoint.success_status.unwrap_or(200);
        // An answer that is not JSON: its media type, and no bytes the spec could vouch for.
        if let (None, Some(media)) = (&endpoint.response, &endpoint.response_media) {
            return media_answer(status, media);
        }
        let Some(response) = &endpoint.response else {
            return plain_status(if endpoint.success_status.is_some() {
                status
            } else {
                204
            });
        };
        let answer = response
            .examples
            .first()
            .map(|example| example.value.clone())
            .unwrap_or_else(|| made_up(endpoint, &response.ty));
        let answer = match &endpoint.pagination {
            Some(pagination) => paging::page(
                pagination,
                answer,
                &Asked {
                    body: body.as_ref(),
                    query: &query,
                },
            ),
            None => answer,
        };
        // A token a user grant answers with (Tiki's code exchange and refresh) is one the
        // stand-in issued: endpoints of `user_token` take it, and only it.
        let issued = ["/access_token", "/data/access_token"]
            .iter()
            .filter_map(|pointer| answer.pointer(pointer)?.as_str());
        self.inner
            .tokens
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .extend(issued.map(str::to_owned));
        json_answer(status, &answer)
    }

    /// The answer of the first expectation of `endpoint` the call matches; 404 listing what
    /// differed when it has expectations and none matches; `None` when it has none.
    fn expected(
        &self,
        service: &Service,
        endpoint: &Endpoint,
        body: Option<&Value>,
        query: &dyn Fn(&str) -> Option<String>,
    ) -> Option<Answer> {
        let name = format!("{}.{}", service.name, endpoint.name);
        let expectations = self
            .inner
            .expectations
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let mut differences = Vec::new();
        for (index, expectation) in expectations
            .iter()
            .filter(|e| e.endpoint == name)
            .enumerate()
        {
            match expectation.differences(body, query) {
                None => {
                    expectation.hit();
                    return Some(match &expectation.answer {
                        expect::Answer::Body(status, body) => json_answer(*status, body),
                        expect::Answer::Empty(status) => plain_status(*status),
                        expect::Answer::VendorError(status, message) => {
                            refusal(endpoint, *status, message, false)
                        }
                    });
                }
                Some(found) => {
                    differences.push(format!("expectation {}: {}", index + 1, found.join("; ")))
                }
            }
        }
        (!differences.is_empty()).then(|| {
            plain(
                404,
                &format!(
                    "no expectation of {name} matches this call: {}",
                    differences.join(" | ")
                ),
            )
        })
    }

    /// The request's body, judged by its spec: `None` for an endpoint without one.
    fn body(&self, endpoint: &Endpoint, received: &Received) -> Result<Option<Value>, Box<Answer>> {
        let Some(request) = &endpoint.request else {
            return Ok(None);
        };
        let refuse = |message: String| Box::new(refusal(endpoint, 400, &message, false));
        let form = is_form_media_type(endpoint.content_type.as_bytes());
        // A body labelled as something else (a form, plain text) is not read as JSON, nor JSON
        // as a form, as an API behind a body parser would not read it: a client that forgets
        // or mislabels the media type finds out here, not in production. An unlabelled body
        // is read.
        if let Some(media) = received.header("content-type")
            && !(if form {
                is_form_media_type(media.as_bytes())
            } else {
                is_json_media_type(media.as_bytes())
            })
        {
            return Err(Box::new(refusal(
                endpoint,
                415,
                &format!(
                    "the body is labelled `Content-Type: {media}`; expected `{}`",
                    endpoint.content_type
                ),
                false,
            )));
        }
        let Ok(text) = std::str::from_utf8(&received.body) else {
            return Err(refuse("the body is not UTF-8 text".to_owned()));
        };
        // A form's pairs are the record they make, judged as a JSON body is.
        let record;
        let text = if form {
            record = form_record(endpoint, &request.ty, text).to_string();
            record.as_str()
        } else {
            text
        };
        if text.trim().is_empty() {
            return Err(refuse("the request needs a JSON body".to_owned()));
        }
        // The one duplicate-key rule the clients' decoders apply: a key named twice is refused.
        if let Err(error) = codegen_core::codegen_runtime::check_unique_keys(text) {
            return Err(refuse(format!(
                "the body is not JSON this API reads: {error}"
            )));
        }
        let report = codegen_core::json_validator::validate_text(endpoint, &request.ty, text)
            .map_err(|error| refuse(format!("the body is not JSON: {error}")))?;
        if !report.is_empty() {
            let lines: Vec<String> = report
                .violations()
                .iter()
                .take(20)
                .map(ToString::to_string)
                .collect();
            return Err(refuse(format!(
                "the body breaks the spec: {}",
                lines.join("; ")
            )));
        }
        serde_json::from_str(text)
            .map(Some)
            .map_err(|error| refuse(format!("the body is not JSON: {error}")))
    }

    /// The answer of an OAuth 2.0 token endpoint the service's specs name by a path, if the
    /// request is for one: a token for a client whose id and secret match (or any client, where
    /// the stand-in knows none).
    fn token(&self, service: &Service, received: &Received) -> Option<Answer> {
        let is_token_path = service.routes.iter().any(|route| {
            matches!(&route.endpoint.auth, Auth::OAuth2ClientCredentials(oauth) if oauth.token_url == received.path)
        });
        if !is_token_path || received.method != "POST" {
            return None;
        }
        let form: HashMap<String, String> = from_form(&String::from_utf8_lossy(&received.body))
            .into_iter()
            .collect();
        let basic = auth::basic_pair(received.header("authorization").as_deref());
        let (id, secret) = basic.unwrap_or_else(|| {
            (
                form.get("client_id").cloned().unwrap_or_default(),
                form.get("client_secret").cloned().unwrap_or_default(),
            )
        });
        let expected = &service.credentials;
        let fits = |expected: &Option<String>, got: &str| {
            !got.is_empty() && expected.as_deref().is_none_or(|e| e == got)
        };
        if !fits(&expected.client_id, &id) || !fits(&expected.client_secret, &secret) {
            return Some(json_answer(
                401,
                &json!({"error": "invalid_client", "error_description": "unknown client or wrong secret"}),
            ));
        }
        let mut tokens = self
            .inner
            .tokens
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let token = format!("standin-token-{}", tokens.len() + 1);
        tokens.insert(token.clone());
        Some(json_answer(
            200,
            &json!({"access_token": token, "token_type": "Bearer", "expires_in": 3600}),
        ))
    }
}

/// A form body's pairs as the record they make (`address[city]` a member of `address`), each
/// text as the value its type reads (a list field gathers every pair of its name); a name the
/// type does not have is kept as text, which the judge refuses by name.
fn form_record(endpoint: &Endpoint, ty: &Ty, text: &str) -> Value {
    typed_form(
        endpoint,
        ty,
        codegen_core::codegen_runtime::form_record(&from_form(text)),
    )
}

/// `value`, read from a form (every value text), as the JSON value of `ty` it stands for.
fn typed_form(endpoint: &Endpoint, ty: &Ty, value: Value) -> Value {
    match (&ty.kind, value) {
        (TyKind::List { items, .. }, Value::Array(values)) => Value::Array(
            values
                .into_iter()
                .map(|value| typed_form(endpoint, items, value))
                .collect(),
        ),
        // A list sent as one pair is a list of one.
        (TyKind::List { items, .. }, one) => Value::Array(vec![typed_form(endpoint, items, one)]),
        (TyKind::Map { values }, Value::Object(members)) => Value::Object(
            members
                .into_iter()
                .map(|(key, value)| (key, typed_form(endpoint, values, value)))
                .collect(),
        ),
        (TyKind::Named { name, .. }, Value::Object(members)) => {
            let fields = match endpoint.type_def(name).map(|def| &def.kind) {
                Some(TypeKind::Object { fields, .. }) => fields.as_slice(),
                _ => &[],
            };
            Value::Object(
                members
                    .into_iter()
                    .map(|(key, value)| {
                        let value = match fields.iter().find(|f| f.wire_name == key) {
                            Some(field) => typed_form(endpoint, &field.ty, value),
                            None => value,
                        };
                        (key, value)
                    })
                    .collect(),
            )
        }
        (_, Value::String(text)) => scalar_value(ty, &text),
        (_, other) => other,
    }
}

/// A text as the scalar value of `ty` it reads as (`"7"` as `7` for an integer); text that is
/// no value of its type stays text, which the judge refuses by name.
fn scalar_value(ty: &Ty, text: &str) -> Value {
    match &ty.kind {
        TyKind::Integer => text
            .parse::<i64>()
            .map_or_else(|_| json!(text), Value::from),
        TyKind::Number => text
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map_or_else(|| json!(text), Value::Number),
        TyKind::Boolean => match text {
            "true" => json!(true),
            "false" => json!(false),
            _ => json!(text),
        },
        _ => json!(text),
    }
}

/// A parameter's text as the JSON value its type reads (`"7"` as `7` for an integer), so that
/// it is judged as a body value would be; text that is no value of its type stays text, which
/// the judge refuses by name.
fn param_value(ty: &Ty, style: Option<QueryStyle>, texts: &[String]) -> Value {
    match &ty.kind {
        TyKind::List { items, .. } => {
            let parts: Vec<&str> = match style {
                Some(QueryStyle::Comma | QueryStyle::CommaEncoded) => texts
                    .iter()
                    .flat_map(|text| text.split(','))
                    .filter(|part| !part.is_empty())
                    .collect(),
                _ => texts.iter().map(String::as_str).collect(),
            };
            Value::Array(
                parts
                    .into_iter()
                    .map(|part| scalar_value(items, part))
                    .collect(),
            )
        }
        _ => scalar_value(ty, texts.last().map_or("", String::as_str)),
    }
}

/// The routes of the resource at `path`, with their path parameters. OpenAPI matches a
/// concrete path before a templated one (`/contacts/search` before `/contacts/{id}`): the
/// resource is the matching paths with the fewest placeholders.
fn resource<'r>(routes: &'r [Route], path: &str) -> Vec<(&'r Route, HashMap<String, String>)> {
    let mut matching: Vec<(&Route, HashMap<String, String>)> = routes
        .iter()
        .filter_map(|route| path_params(&route.endpoint.path, path).map(|params| (route, params)))
        .collect();
    let fewest = matching.iter().map(|(_, params)| params.len()).min();
    matching.retain(|(_, params)| Some(params.len()) == fewest);
    matching
}

/// The path parameters of `path` against the spec's `template` (`/customers/{id}`), or `None`
/// when it does not match.
fn path_params(template: &str, path: &str) -> Option<HashMap<String, String>> {
    let wanted: Vec<&str> = template.trim_matches('/').split('/').collect();
    let got: Vec<&str> = path.trim_matches('/').split('/').collect();
    if wanted.len() != got.len() {
        return None;
    }
    let mut params = HashMap::new();
    for (want, have) in wanted.iter().zip(&got) {
        match want.strip_prefix('{').and_then(|w| w.strip_suffix('}')) {
            Some(name) if !have.is_empty() => {
                params.insert(name.to_owned(), percent_decode(have));
            }
            Some(_) => return None,
            None if want == have => {}
            None => return None,
        }
    }
    Some(params)
}

/// A refusal in the vendor's own error shape, with `status`:
/// - an endpoint with an error body: a documented error example (for a signature that does
///   not verify, the one about signatures, as it is), with its code and message set;
/// - an endpoint whose answers carry a status (an envelope's `code`): the documented answer
///   with that code and message;
/// - else `{"message": …}`.
fn refusal(endpoint: &Endpoint, status: u16, message: &str, signature: bool) -> Answer {
    if let Some(errors) = &endpoint.errors {
        let documented = errors.examples.iter().map(|example| &example.value);
        if signature
            && let Some(example) = documented
                .clone()
                .find(|value| value.to_string().to_lowercase().contains("signature"))
        {
            let status = errors
                .status
                .as_ref()
                .and_then(|rule| example.pointer(&rule.code)?.as_u64())
                .and_then(|code| u16::try_from(code).ok())
                .filter(|code| (400..600).contains(code))
                .unwrap_or(status);
            return json_answer(status, example);
        }
        let mut body = documented
            .clone()
            .next()
            .cloned()
            .unwrap_or_else(|| made_up(endpoint, &errors.ty));
        if let Some(rule) = &errors.status {
            put_code(endpoint, &errors.ty, &mut body, &rule.code, status);
            if let Some(pointer) = &rule.message {
                put(&mut body, pointer, json!(message));
            }
        }
        return json_answer(status, &body);
    }
    if let Some(response) = &endpoint.response
        && let Some(rule) = &response.status
    {
        let mut body = response
            .examples
            .first()
            .map(|example| example.value.clone())
            .unwrap_or_else(|| made_up(endpoint, &response.ty));
        put_code(endpoint, &response.ty, &mut body, &rule.code, status);
        if let Some(pointer) = &rule.message {
            put(&mut body, pointer, json!(message));
        }
        return json_answer(status, &body);
    }
    plain(status, message)
}

/// Puts the HTTP status at the body's code pointer as the type there says a code is written:
/// a number, or its text where the vendor's code is a string (`"401"`). A code of another
/// type (a vendor's enum of names) keeps the value the example or the made-up body has.
fn put_code(endpoint: &Endpoint, ty: &Ty, body: &mut Value, pointer: &str, status: u16) {
    match endpoint.type_at(ty, pointer).map(|ty| ty.kind) {
        Some(TyKind::String { .. }) => put(body, pointer, json!(status.to_string())),
        Some(TyKind::Integer | TyKind::Number | TyKind::Any) | None => {
            put(body, pointer, json!(status));
        }
        Some(_) => {}
    }
}

fn plain(status: u16, message: &str) -> Answer {
    json_answer(status, &json!({ "message": message }))
}

fn plain_status(status: u16) -> Answer {
    let mut answer = Response::new(Full::new(Bytes::new()));
    *answer.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::NO_CONTENT);
    answer
}

/// `status` with an empty body labelled `media` (a spec's answer that is not JSON: a PDF, a
/// CSV): what a client must check is the label; the stand-in has no document to hand out.
fn media_answer(status: u16, media: &str) -> Answer {
    let mut answer = plain_status(status);
    if let Ok(value) = hyper::header::HeaderValue::from_str(media) {
        answer
            .headers_mut()
            .insert(hyper::header::CONTENT_TYPE, value);
    }
    answer
}

fn json_answer(status: u16, body: &Value) -> Answer {
    let mut answer = Response::new(Full::new(Bytes::from(body.to_string())));
    *answer.status_mut() =
        StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    answer.headers_mut().insert(
        hyper::header::CONTENT_TYPE,
        hyper::header::HeaderValue::from_static("application/json"),
    );
    answer
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    /// `/contacts/search` is its own resource, though `/contacts/{id}` fits it too.
    #[test]
    fn a_concrete_path_is_matched_before_a_template() {
        let route = |method: &str, path: &str| {
            let spec = format!(
                "service: s\nendpoint: e\ntitle: {{ en: E }}\ndoc: d\nmethod: {method}\nservers: {{ production: \"https://x.test\" }}\npath: {path}\nauth: none\nresponse: {{ http_status: 204 }}\n"
            );
            let spec = if path.contains('{') {
                spec + "params:\n  id: { in: path, type: integer, required: true }\n"
            } else {
                spec
            };
            let endpoint = codegen_core::load_str(&spec, "s.yaml", std::path::Path::new("."))
                .unwrap_or_else(|d| panic!("{}", codegen_core::render(&d, Some(&spec))));
            crate::Route { endpoint }
        };
        let routes = [
            route("DELETE", "/contacts/{id}"),
            route("POST", "/contacts/search"),
        ];
        let methods = |path: &str| -> Vec<&str> {
            super::resource(&routes, path)
                .iter()
                .map(|(route, _)| route.endpoint.method.as_str())
                .collect()
        };
        assert_eq!(methods("/contacts/search"), ["POST"]);
        assert_eq!(methods("/contacts/7"), ["DELETE"]);
        assert!(methods("/contacts").is_empty());
    }

    /// A refusal's code is written as the vendor's error body types it.
    #[test]
    fn a_code_is_put_in_the_type_its_field_has() {
        let spec = "service: s\nendpoint: e\ntitle: { en: E }\ndoc: d\nmethod: GET\nservers: { production: \"https://x.test\" }\npath: /x\nauth: none\nresponse: { body: R }\nerrors: { body: Failure, status: { code: /error/code, message: /error/message } }\ntypes:\n  R: { fields: {} }\n  Failure: { fields: { error: { type: Inner, required: true }, status: { type: integer } } }\n  Inner: { fields: { code: { type: string, required: true }, message: { type: string } } }\n";
        let endpoint = codegen_core::load_str(spec, "s.yaml", std::path::Path::new("."))
            .unwrap_or_else(|d| panic!("{}", codegen_core::render(&d, Some(spec))));
        let ty = &endpoint.errors.as_ref().expect("an error body").ty;
        let mut body = json!({});
        super::put_code(&endpoint, ty, &mut body, "/error/code", 401);
        super::put_code(&endpoint, ty, &mut body, "/status", 401);
        assert_eq!(body, json!({"error": {"code": "401"}, "status": 401}));
    }
}
