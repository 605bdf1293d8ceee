//! Walking every page: LadiFlow's page-number list (page and limit in the body, total in the
//! answer) and a cursor list (the last id passed forward as `lt_id`), against a loopback server.

// Shared with the other client tests, which use replies this file does not.
#[allow(dead_code)]
mod support;

use codegen_runtime::client::{Config, Credentials, Error, Secret, StreamExt, Transport};
use generated_client::ladiflow::{self, LadiflowClient};
use serde_json::{Value, json};
use support::{Received, Reply, serve};

mod event_list {
    codegen_macros::generate!("tests/fixtures/specs/cursor.yaml");
}
mod order_list {
    codegen_macros::generate!("tests/fixtures/specs/paged.yaml");
}
mod order_page_list {
    codegen_macros::generate!("tests/fixtures/specs/list_paged.yaml");
}

/// A LadiFlow server holding `total` customers, answering the page the body asks for.
fn customers(total: u64) -> impl Fn(&Received) -> Reply + Send + Sync + 'static {
    move |request| {
        let body: Value = serde_json::from_slice(&request.body).unwrap_or_default();
        let page = body["page"].as_u64().unwrap_or(1);
        let limit = body["limit"].as_u64().unwrap_or(20);
        let items: Vec<Value> = ((page - 1) * limit..(page * limit).min(total))
            .map(|n| json!({ "_id": format!("{n:024x}"), "email": format!("c{n}@example.vn") }))
            .collect();
        let answer = json!({ "data": { "total": total, "limit": limit, "items": items }, "message": "OK", "code": 200 });
        Reply::json(200, answer.to_string())
    }
}

fn ladiflow(url: &str) -> LadiflowClient {
    LadiflowClient::new(Config::new(Credentials::ApiKey(Secret::new("ladiflow-key"))).base_url(url))
        .expect("client")
}

fn request(limit: i64) -> ladiflow::customer_list::Request {
    ladiflow::customer_list::Request::new()
        .with_limit(limit)
        .with_search(ladiflow::customer_list::CustomerSearch::new().with_name("c"))
}

#[tokio::test]
async fn a_paged_list_walks_three_pages_and_stops() {
    let server = serve(customers(7)).await;
    let client = ladiflow(&server.url);
    let emails: Vec<String> = client
        .customer_list_all(&request(3), None)
        .map(|customer| customer.expect("customer").email.expect("email"))
        .collect()
        .await;
    assert_eq!(emails.len(), 7);
    assert_eq!(emails[6], "c6@example.vn");
    let pages: Vec<Value> = server
        .received()
        .iter()
        .map(|r| serde_json::from_slice::<Value>(&r.body).expect("json")["page"].clone())
        .collect();
    assert_eq!(
        pages,
        [json!(1), json!(2), json!(3)],
        "three pages, then the total is reached"
    );
    // The rest of the body is sent unchanged on every page.
    for received in server.received() {
        let body: Value = serde_json::from_slice(&received.body).expect("json");
        assert_eq!(
            (body["limit"].clone(), body["search"]["name"].clone()),
            (json!(3), json!("c"))
        );
    }
}

#[tokio::test]
async fn a_cap_on_items_stops_early_and_an_exact_last_page_asks_no_further() {
    let server = serve(customers(6)).await;
    let client = ladiflow(&server.url);
    let first_four = client
        .customer_list_all(&request(3), Some(4))
        .collect::<Vec<_>>()
        .await;
    assert_eq!(first_four.len(), 4);
    assert_eq!(server.requests(), 2, "two pages hold the first four");
    let all = client
        .customer_list_all(&request(3), None)
        .collect::<Vec<_>>()
        .await;
    assert_eq!(all.len(), 6);
    assert_eq!(server.requests(), 4, "the total says page 2 was the last");
}

#[tokio::test]
async fn an_error_on_a_later_page_ends_the_stream_with_it() {
    let server = serve(|request: &Received| {
        let body: Value = serde_json::from_slice(&request.body).unwrap_or_default();
        if body["page"] == json!(2) {
            Reply::json(200, r#"{"data":null,"message":"Too many requests","code":429}"#)
        } else {
            Reply::json(200, r#"{"data":{"total":5,"limit":2,"items":[{"_id":"a"},{"_id":"b"}]},"message":"OK","code":200}"#)
        }
    })
    .await;
    let results = ladiflow(&server.url)
        .customer_list_all(&request(2), None)
        .collect::<Vec<_>>()
        .await;
    assert_eq!(results.len(), 3);
    assert!(
        matches!(
            &results[2],
            Err(Error::Vendor {
                code: Some(429),
                ..
            })
        ),
        "{:?}",
        results[2]
    );
}

#[tokio::test]
async fn a_cursor_list_passes_the_last_id_forward() {
    let server = serve(|request: &Received| {
        let below = request
            .path
            .split("lt_id=")
            .nth(1)
            .and_then(|rest| rest.split('&').next())
            .and_then(|id| id.parse::<i64>().ok())
            .unwrap_or(10);
        let events: Vec<Value> = (below.saturating_sub(4).max(1)..below)
            .rev()
            .map(|id| json!({ "id": id, "name": format!("event {id}") }))
            .collect();
        Reply::json(200, json!({ "events": events }).to_string())
    })
    .await;
    let transport =
        Transport::new(Config::new(Credentials::None).base_url(&server.url)).expect("transport");
    let params = event_list::Params::new().with_limit(4);
    let ids: Vec<i64> = transport
        .pages::<_, (), event_list::Item>(&event_list::ENDPOINT, &params, None, None)
        .map(|event| event.expect("event").id)
        .collect()
        .await;
    assert_eq!(ids, (1..10).rev().collect::<Vec<_>>());
    let paths: Vec<String> = server.received().into_iter().map(|r| r.path).collect();
    // The page after `lt_id=2` holds one event, fewer than the limit: the last, so no empty
    // page is asked for.
    assert_eq!(
        paths,
        [
            "/events?limit=4",
            "/events?limit=4&lt_id=6",
            "/events?limit=4&lt_id=2",
        ]
    );
}

#[tokio::test]
async fn an_invalid_request_is_refused_before_the_first_page() {
    let server = serve(customers(3)).await;
    let results = ladiflow(&server.url)
        .customer_list_all(&request(0), None)
        .collect::<Vec<_>>()
        .await;
    assert!(
        matches!(results.as_slice(), [Err(Error::Validation(_))]),
        "{results:?}"
    );
    assert_eq!(server.requests(), 0);
}

#[tokio::test]
async fn a_paged_list_in_the_query_asks_page_after_page_until_a_short_one() {
    let server = serve(|request: &Received| {
        let page: i64 = request
            .path
            .split(['?', '&'])
            .find_map(|pair| pair.strip_prefix("page="))
            .and_then(|n| n.parse().ok())
            .unwrap_or(1);
        // 5 orders, 2 a page, and no total: page 3 is short, so the last.
        let orders: Vec<Value> = ((page - 1) * 2 + 1..=(page * 2).min(5))
            .map(|id| json!({ "id": id }))
            .collect();
        Reply::json(
            200,
            json!({ "orders": orders, "meta": { "total": 99 } }).to_string(),
        )
    })
    .await;
    let transport =
        Transport::new(Config::new(Credentials::None).base_url(&server.url)).expect("transport");
    let params = order_list::Params::new().with_per_page(2);
    let ids: Vec<i64> = transport
        .pages::<_, (), order_list::Item>(&order_list::ENDPOINT, &params, None, None)
        .map(|order| order.expect("order").id)
        .collect()
        .await;
    assert_eq!(ids, [1, 2, 3, 4, 5]);
    let paths: Vec<String> = server.received().into_iter().map(|r| r.path).collect();
    assert_eq!(
        paths,
        [
            "/orders?per_page=2&page=1",
            "/orders?per_page=2&page=2",
            "/orders?per_page=2&page=3"
        ]
    );
}

/// An answer that is a bare list is its own page of items (`items: ""`): 5 orders, 2 a page,
/// and the short third page is the last; a server that answers the same list again ends the
/// walk with an error.
#[tokio::test]
async fn a_bare_list_answer_is_walked_page_by_page() {
    let server = serve(|request: &Received| {
        let page = query(request, "page").unwrap_or(1);
        let orders: Vec<Value> = ((page - 1) * 2 + 1..=(page * 2).min(5))
            .map(|id| json!({ "id": id }))
            .collect();
        Reply::json(200, Value::from(orders).to_string())
    })
    .await;
    let transport =
        Transport::new(Config::new(Credentials::None).base_url(&server.url)).expect("transport");
    let params = order_page_list::Params::new().with_per_page(2);
    let ids: Vec<i64> = transport
        .pages::<_, (), order_page_list::Item>(&order_page_list::ENDPOINT, &params, None, None)
        .map(|order| order.expect("order").id)
        .collect()
        .await;
    assert_eq!(ids, [1, 2, 3, 4, 5]);
    assert_eq!(server.requests(), 3);

    let same = serve(|_| Reply::json(200, r#"[{"id": 1}, {"id": 2}]"#)).await;
    let transport =
        Transport::new(Config::new(Credentials::None).base_url(&same.url)).expect("transport");
    let results: Vec<Result<order_page_list::Item, Error>> = transport
        .pages::<_, (), order_page_list::Item>(&order_page_list::ENDPOINT, &params, None, None)
        .collect()
        .await;
    assert!(
        matches!(results.last(), Some(Err(error)) if error.to_string().contains("same items")),
        "{results:?}"
    );
    assert_eq!(same.requests(), 2);
}

/// A server that ignores the page number would answer the same page forever: the walk ends
/// with an error naming that instead of looping.
#[tokio::test]
async fn a_server_that_ignores_the_page_number_ends_the_walk_with_an_error() {
    let server = serve(|_| {
        Reply::json(
            200,
            r#"{"orders": [{"id": 1}, {"id": 2}], "meta": {"total": 99}}"#,
        )
    })
    .await;
    let transport =
        Transport::new(Config::new(Credentials::None).base_url(&server.url)).expect("transport");
    let params = order_list::Params::new().with_per_page(2);
    let results: Vec<Result<order_list::Item, Error>> = transport
        .pages::<_, (), order_list::Item>(&order_list::ENDPOINT, &params, None, None)
        .collect()
        .await;
    assert_eq!(results.len(), 3, "{results:?}");
    let Err(error) = &results[2] else {
        panic!("expected an error, got {results:?}");
    };
    assert!(
        error.to_string().contains("same items as an earlier page"),
        "{error}"
    );
    assert_eq!(server.requests(), 2);
}

/// Walks that would never end, each stopped with an error that says why, well within 5 s: a
/// server that alternates two pages (A, B, A, B…), one that hands two cursors back and forth,
/// and one that answers new pages for ever (stopped at the page cap).
#[tokio::test]
async fn walks_that_would_loop_or_never_end_stop_with_a_paging_error() {
    let started = std::time::Instant::now();
    let transport = |url: &str, max_pages: usize| {
        Transport::new(
            Config::new(Credentials::None)
                .base_url(url)
                .max_pages(max_pages),
        )
        .expect("transport")
    };
    // A, B, A, B…: page numbers ignored but for their parity.
    let alternating = serve(|request: &Received| {
        let odd = request.path.contains("page=1&")
            || request.path.ends_with("page=1")
            || request.path.contains("page=3");
        let ids = if odd { [1, 2] } else { [3, 4] };
        let orders: Vec<Value> = ids.iter().map(|id| json!({ "id": id })).collect();
        Reply::json(
            200,
            json!({ "orders": orders, "meta": { "total": 99 } }).to_string(),
        )
    })
    .await;
    let params = order_list::Params::new().with_per_page(2);
    let results: Vec<Result<order_list::Item, Error>> = transport(&alternating.url, 1_000)
        .pages::<_, (), order_list::Item>(&order_list::ENDPOINT, &params, None, None)
        .collect()
        .await;
    let error = results
        .last()
        .and_then(|r| r.as_ref().err())
        .expect("an error");
    assert!(error.to_string().contains("earlier page"), "{error}");
    assert_eq!((results.len(), alternating.requests()), (5, 3));

    // Two cursors handed back and forth: 6 → 2 → 6 → …
    let cursors = serve(|request: &Received| {
        let from_six = request.path.contains("lt_id=6");
        let id = if from_six { 2 } else { 6 };
        let events = json!([{ "id": id + 10, "name": "x" }, { "id": id, "name": "y" }]);
        let events = if request.path.contains("lt_id=2") {
            json!([{ "id": 30, "name": "z" }, { "id": 6, "name": "w" }])
        } else {
            events
        };
        Reply::json(200, json!({ "events": events }).to_string())
    })
    .await;
    let params = event_list::Params::new().with_limit(2);
    let results: Vec<Result<event_list::Item, Error>> = transport(&cursors.url, 1_000)
        .pages::<_, (), event_list::Item>(&event_list::ENDPOINT, &params, None, None)
        .collect()
        .await;
    let error = results
        .last()
        .and_then(|r| r.as_ref().err())
        .expect("an error");
    assert!(error.to_string().contains("cursor 6 again"), "{error}");

    // New pages for ever: stopped at the cap.
    let endless = serve(|request: &Received| {
        let page = query(request, "page").unwrap_or(1);
        let orders = json!([{ "id": page * 2 }, { "id": page * 2 + 1 }]);
        Reply::json(
            200,
            json!({ "orders": orders, "meta": { "total": 1_000_000 } }).to_string(),
        )
    })
    .await;
    let results: Vec<Result<order_list::Item, Error>> = transport(&endless.url, 50)
        .pages::<_, (), order_list::Item>(&order_list::ENDPOINT, &params_per_page(2), None, None)
        .collect()
        .await;
    let error = results
        .last()
        .and_then(|r| r.as_ref().err())
        .expect("an error");
    assert!(
        error.to_string().contains("after 50 pages, the cap"),
        "{error}"
    );
    assert_eq!((results.len(), endless.requests()), (101, 50));
    assert!(
        started.elapsed() < std::time::Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
}

/// The number the query parameter `name` holds.
fn query(request: &Received, name: &str) -> Option<i64> {
    let (_, query) = request.path.split_once('?')?;
    query
        .split('&')
        .find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
        .and_then(|value| value.parse().ok())
}

fn params_per_page(per_page: i64) -> order_list::Params {
    order_list::Params::new().with_per_page(per_page)
}
