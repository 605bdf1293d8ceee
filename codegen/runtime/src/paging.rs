//! Walking every page of a paginated endpoint as a stream of items: the request is validated
//! and encoded once; each next request differs only in its page number or cursor, set where
//! the spec says (a body member or a query parameter).

use std::collections::{HashSet, VecDeque};
use std::hash::{Hash, Hasher};

use futures_util::Stream;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::client::{Error, Metadata, Transport};
use crate::pointer::Document;
use crate::{DecodeError, EndpointInfo, Paging, ParamValues, Parameters, Slot, Validate};

/// Where the walk stands between two pages.
struct Walk<'a, Item> {
    transport: &'a Transport,
    endpoint: &'static EndpointInfo,
    values: ParamValues,
    body: Option<Value>,
    /// The next page's number, or the next cursor (`None` on the first cursor page).
    next: Option<Value>,
    buffer: VecDeque<Item>,
    /// A fingerprint of each page's items, as sent: a server that ignores the page number,
    /// or alternates two pages, repeats one.
    pages_seen: HashSet<u64>,
    /// Every cursor asked with, as JSON text: a server that hands out a cursor again loops.
    cursors_seen: HashSet<String>,
    /// Pages asked for so far, against the configured cap.
    pages: usize,
    fetched: u64,
    yielded: usize,
    max_items: Option<usize>,
    done: bool,
}

impl Transport {
    /// Every item of every page of `endpoint` (which states its pagination), in order, as a
    /// stream; it asks for the next page only when the items it has are used up, stops after
    /// the last page, after `max_items` items if given, or at the first error (which it yields).
    /// The parameters and body are validated once, before the first page.
    pub fn pages<'a, P, Req, Item>(
        &'a self,
        endpoint: &'static EndpointInfo,
        params: &P,
        body: Option<&Req>,
        max_items: Option<usize>,
    ) -> impl Stream<Item = Result<Item, Error>> + 'a
    where
        P: Parameters,
        Req: Serialize + Validate,
        Item: DeserializeOwned + 'a,
    {
        let start = prepare(endpoint, params, body);
        let walk = start.map(|(values, body)| Walk {
            transport: self,
            endpoint,
            values,
            body,
            next: match endpoint.pagination.map(|p| p.paging) {
                Some(Paging::Page { first, .. }) => Some(Value::from(first)),
                _ => None,
            },
            buffer: VecDeque::new(),
            pages_seen: HashSet::new(),
            cursors_seen: HashSet::new(),
            pages: 0,
            fetched: 0,
            yielded: 0,
            max_items,
            done: false,
        });
        futures_util::stream::unfold(Some(walk), |state| async move {
            let mut walk = match state? {
                Ok(walk) => walk,
                Err(error) => return Some((Err(error), None)),
            };
            if walk.max_items.is_some_and(|max| walk.yielded >= max) {
                return None;
            }
            if walk.buffer.is_empty()
                && !walk.done
                && let Err(error) = walk.fetch().await
            {
                return Some((Err(error), None));
            }
            let item = walk.buffer.pop_front()?;
            walk.yielded += 1;
            Some((Ok(item), Some(Ok(walk))))
        })
    }
}

/// The parameters and body of the first page, validated and in editable form.
fn prepare<P: Parameters, Req: Serialize + Validate>(
    endpoint: &EndpointInfo,
    params: &P,
    body: Option<&Req>,
) -> Result<(ParamValues, Option<Value>), Error> {
    if endpoint.pagination.is_none() {
        return Err(Error::Config(format!(
            "{} states no pagination",
            endpoint.name
        )));
    }
    params.validate().map_err(Error::Validation)?;
    if let Some(body) = body {
        body.validate().map_err(Error::Validation)?;
    }
    let body = body
        .map(serde_json::to_value)
        .transpose()
        .map_err(|error| Error::Config(format!("cannot encode the request: {error}")))?;
    Ok((params.values(), body))
}

impl<Item: DeserializeOwned> Walk<'_, Item> {
    /// Asks for the next page and fills the buffer; marks the walk done after the last page.
    async fn fetch(&mut self) -> Result<(), Error> {
        let Some(pagination) = self.endpoint.pagination else {
            self.done = true;
            return Ok(());
        };
        let slot = match pagination.paging {
            Paging::Page { page, .. } => page,
            Paging::Cursor { cursor, .. } => cursor,
        };
        let cap = self.transport.config.max_pages;
        if self.pages >= cap {
            return Err(Error::Paging(format!(
                "the walk stopped after {cap} pages, the cap (`Config::max_pages` raises it); the server may be answering endless pages"
            )));
        }
        self.pages += 1;
        if let Some(next) = &self.next {
            if matches!(pagination.paging, Paging::Cursor { .. })
                && !self.cursors_seen.insert(next.to_string())
            {
                return Err(Error::Paging(format!(
                    "the server handed out the cursor {next} again; the walk would loop, so it stops"
                )));
            }
            set(slot, next, &mut self.values, &mut self.body);
        }
        let bytes = self
            .body
            .as_ref()
            .map(|body| crate::encode_body(self.endpoint.content_type, body))
            .transpose()
            .map_err(|error| Error::Config(format!("cannot encode the request: {error}")))?;
        let mut secrets = Vec::new();
        let reply = self
            .transport
            .exchange_prepared(self.endpoint, &self.values, bytes, &mut secrets)
            .await
            .map_err(|error| self.transport.redact(error, &secrets))?;
        let Some(text) = reply.text() else {
            return Err(reply.undecodable(self.endpoint, DecodeError::not_utf8()));
        };
        let document = Document::split(text);
        let raw_items = document.raw_at(pagination.items).map(|raw| raw.get());
        let items: Vec<Value> = match raw_items {
            Some(raw) => serde_json::from_str(raw).map_err(|error| Error::Decode {
                endpoint: self.endpoint.qualified_name(),
                error: DecodeError {
                    pointer: pagination.items.to_owned(),
                    message: format!("the page's items are not a list: {error}"),
                    line: 0,
                    column: 0,
                },
                metadata: Metadata::default(),
            })?,
            None => Vec::new(),
        };
        if !items.is_empty() {
            let mut hasher = std::collections::hash_map::DefaultHasher::new();
            raw_items.unwrap_or_default().hash(&mut hasher);
            if !self.pages_seen.insert(hasher.finish()) {
                return Err(Error::Paging(format!(
                    "page {} held the same items as an earlier page; the server ignores the page number or cursor, or goes round in a loop, so the walk stops",
                    self.next
                        .as_ref()
                        .map_or_else(|| "1".to_owned(), ToString::to_string)
                )));
            }
        }
        let count = items.len() as u64;
        self.fetched += count;
        match pagination.paging {
            Paging::Page {
                limit,
                first,
                total,
                ..
            } => {
                let total = total.and_then(|pointer| document.value_at(pointer)?.as_u64());
                let limit = limit.and_then(|slot| read(slot, &self.values, self.body.as_ref()));
                let last = count == 0
                    || total.is_some_and(|total| self.fetched >= total)
                    || limit.is_some_and(|limit| count < limit);
                let page = self.next.as_ref().and_then(Value::as_u64).unwrap_or(first);
                self.next = Some(Value::from(page + 1));
                self.done = last;
            }
            Paging::Cursor {
                from_item,
                limit,
                total,
                ..
            } => {
                let total = total.and_then(|pointer| document.value_at(pointer)?.as_u64());
                let limit = limit.and_then(|slot| read(slot, &self.values, self.body.as_ref()));
                let cursor = items
                    .last()
                    .and_then(|item| item.pointer(from_item))
                    .filter(|value| !value.is_null())
                    .cloned();
                self.done = count == 0
                    || cursor.is_none()
                    || cursor == self.next
                    || total.is_some_and(|total| self.fetched >= total)
                    || limit.is_some_and(|limit| count < limit);
                self.next = cursor;
            }
        }
        for (index, item) in items.into_iter().enumerate() {
            let item = Item::deserialize(crate::integral::Integral(item)).map_err(|error| {
                Error::Decode {
                    endpoint: self.endpoint.qualified_name(),
                    error: DecodeError {
                        pointer: format!("{}/{index}", pagination.items),
                        message: error.to_string(),
                        line: 0,
                        column: 0,
                    },
                    metadata: Metadata::default(),
                }
            })?;
            self.buffer.push_back(item);
        }
        Ok(())
    }
}

/// Puts `value` where `slot` says.
fn set(slot: Slot, value: &Value, values: &mut ParamValues, body: &mut Option<Value>) {
    match slot {
        Slot::Query(name) => match value {
            Value::String(text) => values.set_query(name, text),
            other => values.set_query(name, other),
        },
        Slot::Body(pointer) => {
            let mut node = body.get_or_insert_with(|| Value::Object(Default::default()));
            let segments: Vec<String> = pointer
                .split('/')
                .skip(1)
                .map(|segment| crate::pointer::unescape(segment).into_owned())
                .collect();
            for (index, segment) in segments.iter().enumerate() {
                if !node.is_object() {
                    *node = Value::Object(Default::default());
                }
                let Value::Object(members) = node else { return };
                if index + 1 == segments.len() {
                    members.insert(segment.clone(), value.clone());
                    return;
                }
                node = members
                    .entry(segment.clone())
                    .or_insert_with(|| Value::Object(Default::default()));
            }
        }
    }
}

/// The number `slot` holds in the request, if any.
fn read(slot: Slot, values: &ParamValues, body: Option<&Value>) -> Option<u64> {
    match slot {
        Slot::Query(name) => values.query_value(name)?.parse().ok(),
        Slot::Body(pointer) => body?.pointer(pointer)?.as_u64(),
    }
}
