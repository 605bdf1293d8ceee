//! The typed mock as a consumer uses it: expectations written with the generated types, the
//! vendor's auth still checked, counts, and a clear answer when nothing matches. One test per
//! kind of endpoint: create, show, list over pages, signed update, an error status.

use std::path::Path;

use codegen_runtime::client::{Config, Credentials as ClientCredentials, Error, Secret, StreamExt};
use codegen_standin::{Credentials, StandIn};
use generated_client::ladiflow::{LadiflowClient, customer_create, customer_list, customer_show};
use generated_client::tiki::types::ApplicationStatus;
use generated_client::tiki::{TikiClient, lead_application_update};

const KEY: &str = "mock-ladiflow-key";
const CLIENT: &str = "mock-tiki-client";
const SECRET: &str = "mock/tiki+secret";

/// The stand-in of the repository's specs, on a loopback port.
async fn mock() -> (StandIn, String) {
    let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."));
    let standin = StandIn::load(root, |service| match service {
        "ladiflow" => Credentials {
            api_key: Some(KEY.into()),
            ..Default::default()
        },
        _ => Credentials {
            client_id: Some(CLIENT.into()),
            client_secret: Some(SECRET.into()),
            ..Default::default()
        },
    })
    .expect("specs load");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("address");
    tokio::spawn(standin.clone().serve(listener));
    (standin, format!("http://{addr}"))
}

fn ladiflow(base: &str) -> LadiflowClient {
    let config = Config::new(ClientCredentials::ApiKey(Secret::new(KEY)));
    LadiflowClient::new(config.base_url(format!("{base}/ladiflow"))).expect("client")
}

fn customer(id: &str) -> generated_client::ladiflow::types::Customer {
    codegen_runtime::serde_json::from_value(
        codegen_runtime::serde_json::json!({ "_id": id, "email": format!("{id}@example.test") }),
    )
    .expect("customer")
}

#[tokio::test]
async fn create_answers_what_the_test_expects_for_that_body() {
    let (standin, base) = mock().await;
    let request = customer_create::Request::new().with_email("an@example.test");
    let answer = customer_create::Response::new(customer("c1"), "ok", 201);
    let created = standin
        .expect("ladiflow.customer_create")
        .body(&request)
        .answer(200, &answer);
    let got = ladiflow(&base)
        .customer_create(&request)
        .await
        .expect("expected answer");
    assert_eq!(got.data.id.as_deref(), Some("c1"));
    assert_eq!(created.hits(), 1);
    // Another body matches no expectation: 404 naming what differed.
    let other = customer_create::Request::new().with_email("other@example.test");
    let error = ladiflow(&base)
        .customer_create(&other)
        .await
        .expect_err("unexpected");
    assert!(error.to_string().contains("/email"), "{error}");
    assert_eq!(created.hits(), 1);
}

#[tokio::test]
async fn show_and_an_error_status() {
    let (standin, base) = mock().await;
    let found = customer_show::Request::new().with_customer_id("c2");
    standin
        .expect("ladiflow.customer_show")
        .body(&found)
        .answer(
            200,
            &customer_show::Response::new(
                customer_show::CustomerShowData::new(customer("c2")),
                "ok",
                200,
            ),
        );
    let missing = customer_show::Request::new().with_customer_id("gone");
    standin.expect("ladiflow.customer_show").body(&missing).answer(
        404,
        &codegen_runtime::serde_json::json!({ "data": null, "message": "not found", "code": 404 }),
    );
    let client = ladiflow(&base);
    let shown = client.customer_show(&found).await.expect("shown");
    assert_eq!(shown.data.customer.id.as_deref(), Some("c2"));
    let error = client.customer_show(&missing).await.expect_err("404");
    assert!(
        matches!(
            error,
            Error::Vendor {
                status: 404,
                code: Some(404),
                ..
            }
        ),
        "{error:?}"
    );
}

#[tokio::test]
async fn a_list_walks_the_stand_ins_pages_to_their_end() {
    let (_, base) = mock().await;
    let request = customer_list::Request::new().with_limit(20);
    let client = ladiflow(&base);
    let all: Vec<_> = client.customer_list_all(&request, None).collect().await;
    assert_eq!(all.len(), codegen_standin::ITEMS);
    assert!(all.iter().all(Result::is_ok));
}

#[tokio::test]
async fn a_signed_update_is_checked_before_it_is_expected() {
    let (standin, base) = mock().await;
    let params = lead_application_update::Params::new("42");
    let request = lead_application_update::Request::new(ApplicationStatus::Disbursed);
    let updated = standin
        .expect("tiki.lead_application_update")
        .body(&request)
        .no_content();
    let signed = |secret: &str| {
        let credentials = ClientCredentials::Signing {
            client_id: CLIENT.to_owned(),
            secret: Secret::new(secret),
        };
        TikiClient::new(Config::new(credentials).base_url(format!("{base}/tiki"))).expect("client")
    };
    signed(SECRET)
        .lead_application_update(&params, &request)
        .await
        .expect("204");
    let error = signed("wrong")
        .lead_application_update(&params, &request)
        .await
        .expect_err("a wrong signature never reaches the expectation");
    assert!(error.to_string().contains("signature"), "{error}");
    assert_eq!(updated.hits(), 1);
}

#[tokio::test]
async fn an_expected_vendor_error_comes_in_the_vendors_own_shape() {
    let (standin, base) = mock().await;
    let request: generated_client::tiki::lead_application_create::Request =
        codegen_runtime::serde_json::from_str(include_str!(
            "../../specs/tiki/lead_application_create.request.json"
        ))
        .expect("request");
    let refused = standin
        .expect("tiki.lead_application_create")
        .body(&request)
        .vendor_error(400, "the customer is not eligible");
    let credentials = ClientCredentials::Signing {
        client_id: CLIENT.to_owned(),
        secret: Secret::new(SECRET),
    };
    let client =
        TikiClient::new(Config::new(credentials).base_url(format!("{base}/tiki"))).expect("client");
    let error = client
        .lead_application_create(&request)
        .await
        .expect_err("the expected refusal");
    assert!(
        matches!(&error, Error::Vendor { status: 400, code: Some(400), message: Some(m), .. } if m == "the customer is not eligible"),
        "{error:?}"
    );
    assert_eq!(refused.hits(), 1);
}

/// The shipped examples, as built by `cargo test`, against the stand-in: the right secret gets
/// the documented answer, a wrong one Tiki's `invalid_signature` refusal.
#[tokio::test]
async fn the_shipped_examples_run_against_the_stand_in() {
    let (_, base) = mock().await;
    let examples = std::env::current_exe()
        .ok()
        .and_then(|exe| Some(exe.parent()?.parent()?.join("examples")))
        .expect("the build folder");
    let example = examples.join("tiki_create_lead_application");
    assert!(
        example.is_file(),
        "{} is built by `cargo test`",
        example.display()
    );
    let run = |secret: &str| {
        let base = format!("{base}/tiki");
        let example = example.clone();
        let secret = secret.to_owned();
        tokio::task::spawn_blocking(move || {
            std::process::Command::new(example)
                .args(["--base-url", &base])
                .env("TIKI_CLIENT_KEY", CLIENT)
                .env("TIKI_CLIENT_SECRET", secret)
                .output()
                .expect("the example runs")
        })
    };
    let good = run(SECRET).await.expect("joined");
    assert!(
        good.status.success(),
        "{}",
        String::from_utf8_lossy(&good.stderr)
    );
    let bad = run("the-wrong-secret").await.expect("joined");
    assert!(!bad.status.success());
    assert!(
        String::from_utf8_lossy(&bad.stderr).contains("invalid_signature"),
        "{}",
        String::from_utf8_lossy(&bad.stderr)
    );
    // The flows of Tiki's backend pages: an order created then polled, quotes then a shipment,
    // an auth code exchanged then the profile read with the token the exchange gave.
    for (name, args, expected) in [
        (
            "tiki_order_create_and_poll",
            vec![],
            "order 141857488587784201 draft\n",
        ),
        (
            "tiki_quote_and_ship",
            vec![],
            "quote GRAB INSTANT\nshipment ",
        ),
        ("tiki_user_profile", vec!["an-auth-code"], "profile {"),
    ] {
        let example = examples.join(name);
        let base = format!("{base}/tiki");
        let output = tokio::task::spawn_blocking(move || {
            std::process::Command::new(example)
                .args(["--base-url", &base])
                .args(args)
                .env("TIKI_CLIENT_KEY", CLIENT)
                .env("TIKI_CLIENT_SECRET", SECRET)
                .output()
                .expect("the example runs")
        })
        .await
        .expect("joined");
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(
            output.status.success() && stdout.starts_with(expected),
            "{name}: {stdout}{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}
