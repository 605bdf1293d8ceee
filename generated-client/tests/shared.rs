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

/// The `shop` fixture: `price_set` and `quote_create` send `Money`, `price_get` reads it.
mod shop {
    pub mod types {
        codegen_macros::generate!("tests/fixtures/specs/shop/types.yaml");
    }
    pub mod price_set {
        codegen_macros::generate!("tests/fixtures/specs/shop/price_set.yaml");
    }
    pub mod quote_create {
        codegen_macros::generate!("tests/fixtures/specs/shop/quote_create.yaml");
    }
    pub mod price_get {
        codegen_macros::generate!("tests/fixtures/specs/shop/price_get.yaml");
    }
}

/// `body` decoded as `T`, or the error's text.
fn decoded<T: codegen_runtime::serde::de::DeserializeOwned>(body: &str) -> Result<T, String> {
    codegen_runtime::DecodeError::decode(body).map_err(|error| error.to_string())
}

#[test]
fn a_shared_record_is_strict_where_sent_and_lenient_where_read() {
    use shop::{price_get, price_set, quote_create};
    let extra = r#"{"amount": 5, "currency": "VND", "note": "x"}"#;
    let unlisted = r#"{"amount": 5, "currency": "EUR"}"#;
    // Both senders refuse a field the spec does not name and a currency it does not list.
    for body in [extra, unlisted] {
        let quote = format!(r#"{{"budget": {body}}}"#);
        let listed = format!(
            r#"{{"budget": {{"amount": 1, "currency": "USD"}}, "alternatives": [{body}]}}"#
        );
        assert!(decoded::<price_set::Request>(body).is_err(), "{body}");
        assert!(decoded::<quote_create::Request>(&quote).is_err(), "{quote}");
        assert!(
            decoded::<quote_create::Request>(&listed).is_err(),
            "{listed}"
        );
    }
    let refused = decoded::<price_set::Request>(extra).expect_err("unknown field");
    assert!(refused.contains("note"), "names the field: {refused}");
    // The reader keeps both.
    let price: price_get::Response =
        decoded(&format!(r#"{{"sku": "A-1", "price": {extra}}}"#)).expect("lenient");
    assert_eq!(price.price.unknown_fields["note"], "x");
    let price: price_get::Response =
        decoded(&format!(r#"{{"sku": "A-1", "price": {unlisted}}}"#)).expect("lenient");
    assert_eq!(
        price.price.currency,
        codegen_runtime::Open::Other("EUR".to_owned())
    );
    // What was read goes back out through the twin when it fits, and is refused when not.
    let read: shop::types::Money = decoded(r#"{"amount": 7, "currency": "USD"}"#).expect("lenient");
    let sent = shop::types::MoneySent::try_from(read).expect("fits");
    assert_eq!(sent.currency, shop::types::Currency::Usd);
    assert!(shop::types::MoneySent::try_from(price.price).is_err());
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
    // Sent, the record is its strict twin; the enum is the one closed enum either way.
    let request = price_set::Request::new(types::MoneySent::new(1000, types::Currency::Vnd));
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
