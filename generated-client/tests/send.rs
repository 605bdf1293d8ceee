//! What a service built on tokio's multi-threaded runtime needs of the generated clients: a
//! client shared across tasks (`Clone + Send + Sync`), and every call's future and every walk's
//! stream `Send`, so that `tokio::spawn` takes them. Checked at compile time: a method whose
//! future held something `!Send` across an await would fail to build this file.

use codegen_runtime::client::{Config, Credentials, Secret};
use generated_client::ladiflow::{LadiflowClient, customer_create, customer_list};
use generated_client::tiki::{TikiClient, lead_application_create, order_list};

fn send<T: Send>(_: &T) {}
fn shared<T: Clone + Send + Sync + 'static>() {}

fn example<T: codegen_runtime::serde::de::DeserializeOwned>(path: &str) -> T {
    let text = std::fs::read_to_string(format!("{}/../specs/{path}", env!("CARGO_MANIFEST_DIR")))
        .expect("example");
    serde_json::from_str(&text).expect("example decodes")
}

#[test]
fn clients_are_shared_across_tasks_and_their_calls_and_walks_are_send() {
    shared::<LadiflowClient>();
    shared::<TikiClient>();
    let ladiflow =
        LadiflowClient::new(Config::new(Credentials::ApiKey(Secret::new("k")))).expect("client");
    let tiki = TikiClient::new(Config::new(Credentials::Signing {
        client_id: "id".to_owned(),
        secret: Secret::new("secret"),
    }))
    .expect("client");
    let create: customer_create::Request = example("ladiflow/customer_create.request.json");
    let list = customer_list::Request::default();
    let lead: lead_application_create::Request =
        example("tiki/lead_application_create.request.json");
    // Built, never polled: only their types are checked.
    send(&ladiflow.customer_create(&create));
    send(&ladiflow.customer_list_all(&list, Some(10)));
    send(&tiki.lead_application_create(&lead));
    send(&tiki.order_list(&order_list::Params::new(vec!["o-1".to_owned()])));
}
