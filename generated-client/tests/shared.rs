//! An endpoint that names its service's shared types, expanded as a consumer would (the shared
//! types in a sibling `types` module), called against a loopback server.

// Shared with the other client tests, which use replies this file does not.
#[allow(dead_code)]
mod support;

use codegen_runtime::client::{Config, Credentials, Transport};
use support::{Reply, serve};

mod types {
    codegen_macros::generate!("tests/fixtures/specs/types.yaml");
}
mod price_set {
    codegen_macros::generate!("tests/fixtures/specs/shared_type.yaml");
}

#[tokio::test]
async fn a_shared_record_goes_out_and_comes_back_as_the_one_type() {
    let server = serve(|_| {
        Reply::json(
            200,
            r#"{"sku": "A-1", "price": {"amount": 1000, "currency": "VND"}, "history": [{"amount": 900, "currency": "EUR"}]}"#,
        )
    })
    .await;
    let request = price_set::Request::new(types::Money::new(1000, types::Currency::Vnd));
    let price: price_set::Response =
        Transport::new(Config::new(Credentials::None).base_url(&server.url))
            .expect("transport")
            .send(
                &price_set::ENDPOINT,
                &price_set::Params::new("A-1"),
                Some(&request),
            )
            .await
            .expect("price");
    // One type, whichever module names it: the endpoint re-exports the shared one.
    let money: &price_set::Money = &price.price;
    assert_eq!(money.amount, 1000);
    // Read from a response, the shared enum is open: an unlisted currency is kept.
    let history = price.history.expect("history");
    assert_eq!(
        history[0].currency,
        codegen_runtime::Open::Other("EUR".to_owned())
    );
    let sent = server.received();
    assert_eq!(sent[0].path, "/prices/A-1");
    assert_eq!(
        sent[0].body,
        br#"{"price":{"amount":1000,"currency":"VND"}}"#
    );
}
