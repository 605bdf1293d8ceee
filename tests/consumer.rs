//! `generated-client` used as a consumer would: build requests through the public API,
//! serialize them to the documented JSON, read responses and errors.

use codegen_runtime::serde_json::{self, Value, json};
use codegen_runtime::{Date, DecodeError, JsonString, Nullable, Open};
use generated_client::ladiflow::customer_create::{
    self as ladiflow, CustomField, CustomFieldSent, CustomerCreateRequest, CustomerStatus, Gender,
    Lang, WebsiteSent,
};
use generated_client::tiki::lead_application_create::{
    self as tiki, ApplicationStatus, ErrorReason, InputTemplate1, LeadApplicationCreateRequest,
    LeadInputs,
};
use workspace_tests::{example_text, json_differences};

fn documented(service: &str, file: &str) -> Value {
    serde_json::from_str(&example_text(service, file)).expect("documented example is JSON")
}

#[test]
fn a_ladiflow_request_built_in_rust_serializes_to_the_documented_json() {
    let date = |text: &str| text.parse::<Date>().expect("a date");
    let tags = [
        "5fffb9c981cf1245fa091985",
        "5fffb9ce81cf1245fa091986",
        "5fffb9ce81cf1245fa091900",
    ];
    let mut request = CustomerCreateRequest::new()
        .with_email("test@gmail.com")
        .with_first_name("test")
        .with_full_name("test")
        .with_dob(date("1989-11-03"))
        .with_gender(Gender::Male)
        .with_tags(tags.map(String::from).to_vec())
        .with_custom_fields(vec![
            CustomFieldSent::new("ldp_pkg_name", "LADIPAGE-PRO"),
            CustomFieldSent::new("ldp_pkg_name1", "LADIPAGE-PRO"),
        ])
        .with_city("Hà Nội")
        .with_address("68 Nguyễn Cơ Thạch")
        .with_address_2("")
        .with_district("Nam Từ Liêm")
        .with_company("LadiPage")
        .with_job_title("Coder")
        .with_ward("Mỹ Đình 1")
        .with_lang(Lang::Vi)
        .with_postal_code(100_000)
        .with_source("API")
        .with_external_customer_id("123")
        .with_subscribed_at(date("2020-12-01"))
        .with_website(WebsiteSent::String("123".into()))
        .with_facebook_url("123")
        .with_twitter_url("123")
        .with_linked_in_url("123")
        .with_score(14);
    // The example sends these three as explicit nulls. Fields are public to read and assign;
    // building goes through `new` and the setters (the structs are `#[non_exhaustive]`).
    request.phone = Nullable::Null;
    request.skype = Nullable::Null;
    request.zalo = Nullable::Null;

    let sent = serde_json::to_value(&request).expect("serializes");
    let differences = json_differences(
        &documented("ladiflow", "customer_create.request.json"),
        &sent,
    );
    assert!(differences.is_empty(), "{differences:?}");
}

#[test]
fn a_tiki_request_built_in_rust_serializes_to_the_documented_bytes() {
    let inputs = LeadInputs::InputTemplate1(InputTemplate1::new(
        "John",
        "090123443",
        "101 Nguyen Van Cu",
    ));
    let request = LeadApplicationCreateRequest::new("1333", inputs);

    let sent = serde_json::to_string(&request).expect("serializes");
    let documented = documented("tiki", "lead_application_create.request.json");
    assert_eq!(sent, serde_json::to_string(&documented).expect("compact"));
}

#[test]
fn absent_null_and_value_stay_three_states() {
    for (body, phone) in [
        (json!({"email": "a@b.vn"}), Nullable::Absent),
        (json!({"email": "a@b.vn", "phone": null}), Nullable::Null),
        (
            json!({"email": "a@b.vn", "phone": "0901"}),
            Nullable::Value("0901".to_owned()),
        ),
    ] {
        let request: CustomerCreateRequest = serde_json::from_value(body.clone()).expect("decodes");
        assert_eq!(request.phone, phone);
        assert_eq!(serde_json::to_value(&request).expect("encodes"), body);
    }
}

#[test]
fn a_non_nullable_field_refuses_null_instead_of_dropping_it() {
    let error =
        DecodeError::decode::<CustomerCreateRequest>(r#"{"email": null}"#).expect_err("null email");
    assert_eq!(error.pointer, "/email");
}

#[test]
fn requests_refuse_fields_the_spec_does_not_name() {
    let error =
        DecodeError::decode::<CustomerCreateRequest>(r#"{"email": "a@b.vn", "emali": "x"}"#)
            .expect_err("unknown field");
    assert!(error.message.contains("unknown field `emali`"), "{error}");
}

#[test]
fn request_enums_are_closed() {
    let error = DecodeError::decode::<CustomerCreateRequest>(r#"{"gender": "unknown"}"#)
        .expect_err("closed enum");
    assert_eq!(error.pointer, "/gender");
}

#[test]
fn responses_keep_unknown_fields_and_unlisted_enum_values() {
    let text = r#"{"data": {"status": "ARCHIVED", "gender": "male", "loyalty": {"tier": 3}}, "message": "ok", "code": 201}"#;
    let response: ladiflow::Response = DecodeError::decode(text).expect("decodes");
    assert_eq!(
        response.data.status,
        Some(Open::Other("ARCHIVED".to_owned()))
    );
    assert_eq!(response.data.gender, Some(Open::Known(Gender::Male)));
    assert_eq!(response.data.unknown_fields["loyalty"], json!({"tier": 3}));
    let back = serde_json::to_value(&response).expect("encodes");
    assert_eq!(back, serde_json::from_str::<Value>(text).expect("json"));
}

#[test]
fn the_documented_ladiflow_response_reads_as_typed_values() {
    let response: ladiflow::Response =
        DecodeError::decode(&example_text("ladiflow", "customer_create.response.json"))
            .expect("decodes");
    assert_eq!(response.code, 201);
    assert_eq!(
        response.data.status,
        Some(Open::Known(CustomerStatus::Subscriber))
    );
    assert_eq!(response.data.is_new_subscriber, Some(true));
    assert_eq!(
        response.data.dob.as_ref().map(|d| d.instant().timestamp()),
        Some(626_054_400)
    );
    assert_eq!(response.data.external_data.as_ref().map(Vec::len), Some(6));
}

#[test]
fn the_documented_tiki_response_reads_its_embedded_inputs() {
    let response: tiki::Response = DecodeError::decode(&example_text(
        "tiki",
        "lead_application_create.response.json",
    ))
    .expect("decodes");
    let application = response.data;
    assert_eq!(
        application.status,
        Some(Open::Known(ApplicationStatus::New))
    );
    assert_eq!(application.id.as_deref(), Some("141952217564315671"));
    let Some(JsonString(LeadInputs::InputTemplate1(inputs))) = application.inputs else {
        panic!("template 1 inputs expected");
    };
    assert_eq!(inputs.address, "101 Nguyen Van Cu");
}

/// A key repeated inside the `inputs` string is refused by the decoder naming the key and where
/// it is, as `cargo xtask validate` does, not with "did not match any variant".
#[test]
fn a_duplicate_key_inside_embedded_inputs_is_named() {
    let text = example_text("tiki", "lead_application_create.response.json")
        .replace(r#"{\"address\":"#, r#"{\"name\":\"Jim\",\"address\":"#);
    assert!(text.contains(r#"\"name\":\"Jim\""#));
    let error = DecodeError::decode::<tiki::Response>(&text).expect_err("refused");
    let shown = error.to_string();
    assert!(shown.starts_with("/data/inputs: "), "{shown}");
    assert!(
        shown.contains("duplicate key `name`") && shown.contains("`/name`"),
        "{shown}"
    );
}

#[test]
fn tiki_errors_decode_with_their_reason() {
    let error: tiki::ErrorResponse =
        DecodeError::decode(&example_text("tiki", "error.invalid_signature.json"))
            .expect("decodes");
    assert_eq!(error.error.code, 400);
    assert_eq!(
        error.error.reason,
        Some(Open::Known(ErrorReason::InvalidSignature))
    );
}

#[test]
fn a_bad_payload_names_its_json_path() {
    let error = DecodeError::decode::<tiki::Response>(r#"{"data": {"is_sandbox": "yes"}}"#)
        .expect_err("wrong kind");
    assert_eq!(error.pointer, "/data/is_sandbox");
    let error = DecodeError::decode::<LeadApplicationCreateRequest>(
        r#"{"customer_id": "1", "inputs": "{\"name\": 1}"}"#,
    )
    .expect_err("embedded");
    assert_eq!(error.pointer, "/inputs");
    assert!(error.message.contains("inside this string"), "{error}");
}

#[test]
fn endpoint_metadata_comes_from_the_spec() {
    assert_eq!(
        tiki::ENDPOINT.server("sandbox").map(|s| s.url),
        Some("https://api.tiki.vn/tiniapp-sandbox-open-api")
    );
    assert_eq!(ladiflow::ENDPOINT.method.as_str(), "POST");
    assert_eq!(Gender::ALL.map(Gender::as_str), ["male", "female"]);
    assert_eq!(Gender::ALL.map(Gender::as_str), Gender::WIRE);
    // `as_str`, `Display` and serde agree on every value.
    for value in Gender::ALL {
        let json = serde_json::to_value(value).expect("serializes");
        assert_eq!(
            (json.as_str(), value.to_string()),
            (Some(value.as_str()), value.as_str().to_owned())
        );
    }
}

#[test]
fn an_array_is_not_a_request_even_though_serde_structs_accept_one() {
    let error = DecodeError::decode::<CustomerCreateRequest>(r#"["test@gmail.com"]"#)
        .expect_err("not an object");
    assert_eq!(error.pointer, "");
    let nested = r#"{"email": "a@b.vn", "custom_fields": [["ldp_pkg_name", "x"]]}"#;
    assert!(DecodeError::decode::<CustomerCreateRequest>(nested).is_err());
}

/// The written-out `Deserialize` impls give serde's verdicts and messages, each at its path.
#[test]
fn decoding_names_what_is_wrong_where() {
    let request = |text: &str| {
        DecodeError::decode::<LeadApplicationCreateRequest>(text).expect_err("refused")
    };
    let inputs = r#""inputs": "{\"name\": \"J\", \"phone\": \"1\", \"address\": \"a\"}""#;
    let cases = [
        (format!("{{{inputs}}}"), "", "missing field `customer_id`"),
        (
            format!(r#"{{"customer_id": "1", "customer_id": "2", {inputs}}}"#),
            "/customer_id",
            "duplicate key `customer_id`",
        ),
        (
            format!(r#"{{"customer_id": 1, {inputs}}}"#),
            "/customer_id",
            "invalid type: integer `1`",
        ),
        (
            r#""a string""#.to_owned(),
            "",
            "expected struct LeadApplicationCreateRequest",
        ),
    ];
    for (text, pointer, message) in cases {
        let error = request(&text);
        assert_eq!(error.pointer, pointer, "{text}: {error}");
        assert!(error.message.contains(message), "{text}: {error}");
    }
    let error = DecodeError::decode::<CustomerCreateRequest>(r#"{"gender": "other"}"#)
        .expect_err("closed enum");
    assert!(
        error
            .message
            .contains("unknown variant `other`, expected `male` or `female`"),
        "{error}"
    );
}

/// A record read from a response (lenient: it keeps what the spec does not name) goes back into
/// a request through its strict twin: it converts when it fits, and names what does not.
#[test]
fn a_record_read_converts_to_its_strict_twin_to_be_sent() {
    let read: CustomField =
        serde_json::from_value(json!({"name": "plan", "value": "PRO"})).expect("lenient read");
    let sent = CustomFieldSent::try_from(read).expect("fits the strict form");
    assert_eq!(
        CustomField::try_from(sent).map(|f| f.name),
        Ok("plan".to_owned())
    );
    let extra: CustomField = serde_json::from_value(json!({"name": "k", "value": "v", "x": 1}))
        .expect("the lenient form keeps the unknown field");
    let refused = CustomFieldSent::try_from(extra).expect_err("the strict form refuses it");
    assert!(refused.to_string().contains('x'), "{refused}");
}

/// `20.0` is the integer 20 wherever the spec says integer, as JSON Schema (and so every other
/// team's validator, and the vendors' JavaScript) reads it; `20.5` is not. The generated
/// decoders and `cargo xtask validate` agree.
#[test]
fn an_integer_written_with_a_zero_fraction_is_that_integer() {
    let spec = workspace_tests::workspace_root().join("specs/ladiflow/customer_list.yaml");
    let endpoint = codegen_core::load(&spec, "specs/ladiflow/customer_list.yaml").expect("spec");
    let ty = &endpoint.request.as_ref().expect("request").ty;
    for (body, fits) in [
        (json!({"page": 2.0, "limit": 20}), true),
        (json!({"page": 2.5}), false),
        (json!({"page": 1e300}), false),
    ] {
        let decoded: Result<generated_client::ladiflow::customer_list::Request, _> =
            DecodeError::decode(&body.to_string());
        let judged = codegen_core::json_validator::validate(&endpoint, ty, &body);
        assert_eq!(decoded.is_ok(), fits, "decoder on {body}: {decoded:?}");
        assert_eq!(judged.is_empty(), fits, "validator on {body}: {judged}");
        if let Ok(request) = decoded {
            assert_eq!(request.page, Some(2));
        }
    }
    // JSON Schema takes 1e300 as an integer: the refusal says the generated types hold 64 bits.
    let judged =
        codegen_core::json_validator::validate(&endpoint, ty, &json!({"page": 1e300})).to_string();
    assert!(judged.contains("fits in 64 bits"), "{judged}");
}
