//! A call whose body is a form (`content_type: application/x-www-form-urlencoded`): the client
//! sends the record as `name=value` pairs under the form media type (a list of text as its name
//! repeated, what nests named by its path in brackets, text percent-encoded), and the stand-in
//! reads the pairs back by their types and judges them as it judges a JSON body.

// Shared with the other client tests, which use replies this file does not.
#[allow(dead_code)]
mod support;

use codegen_runtime::client::{Config, Credentials, Error, Transport};
use support::{Reply, serve, standin_of};

mod payment_create {
    codegen_macros::generate!("tests/fixtures/specs/form_body.yaml");
}

fn documented() -> payment_create::Request {
    serde_json::from_str(include_str!(
        "../../tests/fixtures/specs/form_body.request.json"
    ))
    .expect("the documented request")
}

async fn create(
    base: &str,
    form: &payment_create::Request,
) -> Result<payment_create::Response, Error> {
    Transport::new(Config::new(Credentials::None).base_url(base))?
        .send(
            &payment_create::ENDPOINT,
            &codegen_runtime::NoParams,
            Some(form),
        )
        .await
}

#[tokio::test]
async fn the_record_goes_out_as_form_pairs_under_the_form_media_type() {
    let server = serve(|_| Reply::json(200, r#"{"id": "p1", "amount": 10000}"#)).await;
    let payment = create(&server.url, &documented()).await.expect("created");
    assert_eq!(payment.id, "p1");
    let received = server.received().pop().expect("one request");
    assert_eq!(
        received.header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(
        String::from_utf8(received.body).expect("ASCII"),
        "amount=10000&currency=VND&description=Ti%E1%BB%81n%20%26%20ph%C3%AD&capture=true&tags=a&tags=b&paid_on=2026-12-07\
         &address%5Bcity%5D=H%C3%A0%20N%E1%BB%99i&metadata%5Border_id%5D=6735\
         &items%5B0%5D%5Bsku%5D=s1&items%5B0%5D%5Bquantity%5D=2&items%5B1%5D%5Bsku%5D=s2"
    );
    // Absent fields are left out; the form is still validated before it is sent.
    let bare = payment_create::Request::new(1, payment_create::PaymentCurrency::Usd);
    create(&server.url, &bare).await.expect("created");
    let received = server.received().pop().expect("a second request");
    assert_eq!(
        String::from_utf8(received.body).expect("ASCII"),
        "amount=1&currency=USD"
    );
    let error = create(
        &server.url,
        &payment_create::Request::new(0, payment_create::PaymentCurrency::Usd),
    )
    .await
    .expect_err("below the minimum");
    assert!(
        matches!(&error, Error::Validation(_)) && error.to_string().contains("/amount"),
        "{error}"
    );
    assert_eq!(server.requests(), 2, "nothing sent for the invalid form");
}

/// Posts `body` labelled `media` to the stand-in; its status and body.
async fn post(base: &str, media: &str, body: &str) -> (u16, String) {
    let response = reqwest::Client::new()
        .post(format!("{base}/payments"))
        .header("content-type", media)
        .body(body.to_owned())
        .send()
        .await
        .expect("answered");
    (
        response.status().as_u16(),
        response.text().await.expect("text"),
    )
}

#[tokio::test]
async fn the_standin_reads_the_pairs_by_their_types_and_judges_them() {
    let base = standin_of("form_body.yaml").await;
    create(&base, &documented())
        .await
        .expect("the client's form is accepted");
    const FORM: &str = "application/x-www-form-urlencoded";
    for (case, media, body, status, says) in [
        (
            "spaces as +",
            FORM,
            "amount=5&currency=VND&description=a+b",
            200,
            "",
        ),
        (
            "not a number",
            FORM,
            "amount=abc&currency=VND",
            400,
            "/amount",
        ),
        (
            "not a value of the enum",
            FORM,
            "amount=5&currency=EUR",
            400,
            "/currency",
        ),
        (
            "a name the form does not have",
            FORM,
            "amount=5&currency=VND&secret=1",
            400,
            "secret",
        ),
        (
            "a required field missing",
            FORM,
            "currency=VND",
            400,
            "amount",
        ),
        (
            "nested names in brackets, raw or encoded, a list of one record",
            FORM,
            "amount=5&currency=VND&address[city]=Hanoi&metadata%5Bk%5D=v&items[0][sku]=s&items[0][quantity]=3",
            200,
            "",
        ),
        (
            "a nested value that breaks the spec, named by its pointer",
            FORM,
            "amount=5&currency=VND&items[0][sku]=s&items[1][sku]=t&items[1][quantity]=0",
            400,
            "/items/1/quantity",
        ),
        (
            "a nested record missing its required field",
            FORM,
            "amount=5&currency=VND&address[line1]=x",
            400,
            "/address",
        ),
        (
            "text where the form has a record",
            FORM,
            "amount=5&currency=VND&address=Hanoi",
            400,
            "/address",
        ),
        (
            "JSON under the form's endpoint",
            "application/json",
            r#"{"amount": 5, "currency": "VND"}"#,
            415,
            "application/x-www-form-urlencoded",
        ),
    ] {
        let (got, text) = post(&base, media, body).await;
        assert_eq!(got, status, "{case}: {text}");
        assert!(text.contains(says), "{case}: {text}");
    }
}
