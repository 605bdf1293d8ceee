//! A call whose answer is a file, not JSON (`response: { content_type: application/pdf }`): the
//! client returns its bytes as they come once the answer says it is of that media type (or says
//! nothing), refuses one labelled otherwise naming both types, and the stand-in answers with the
//! media type the spec names.

// Shared with the other client tests, which use replies this file does not.
#[allow(dead_code)]
mod support;

use codegen_runtime::client::{Bytes, Config, Credentials, Error, Transport};
use support::{Reply, serve, standin_of};

mod invoice_pdf {
    codegen_macros::generate!("tests/fixtures/specs/binary_response.yaml");
}

const PDF: &str = "application/pdf";

/// Asks `base` for invoice `INV-1` as the generated method does.
async fn download(base: &str) -> Result<Bytes, Error> {
    let params = invoice_pdf::Params::new("INV-1");
    Transport::new(Config::new(Credentials::None).base_url(base))?
        .send_bytes(&invoice_pdf::ENDPOINT, &params, None::<&()>, PDF)
        .await
}

#[tokio::test]
async fn the_answers_bytes_come_back_as_they_are() {
    let file = b"%PDF-1.7\n\x00\xff binary \x80".to_vec();
    let server =
        serve(move |_| Reply::Body(200, "application/pdf; name=inv.pdf", file.clone())).await;
    let bytes = download(&server.url).await.expect("the file");
    assert_eq!(&bytes[..], b"%PDF-1.7\n\x00\xff binary \x80");
    assert_eq!(
        server.received().pop().expect("asked").path,
        "/invoices/INV-1/pdf"
    );
    // An answer that states no type is taken as the spec's.
    let server = serve(|_| Reply::Headers(200, Vec::new(), b"%PDF".to_vec())).await;
    assert_eq!(&download(&server.url).await.expect("the file")[..], b"%PDF");
}

#[tokio::test]
async fn an_answer_of_another_type_is_refused_naming_both() {
    let server = serve(|_| Reply::json(200, r#"{"error": "not ready"}"#)).await;
    let error = download(&server.url).await.expect_err("JSON, not a PDF");
    assert!(
        matches!(&error, Error::ContentType { status: 200, found, expected, .. }
            if found.contains("application/json") && expected.contains(PDF)),
        "{error:?}"
    );
    let shown = error.to_string();
    assert!(
        shown.contains("application/json") && shown.contains(PDF),
        "{shown}"
    );
    // A failure status is still the client's typed error, whatever its body.
    let server = serve(|_| Reply::json(404, r#"{"error": "no such invoice"}"#)).await;
    let error = download(&server.url).await.expect_err("404");
    assert_eq!(error.status(), Some(404), "{error}");
}

#[tokio::test]
async fn the_standin_answers_with_the_media_type_of_the_spec() {
    let bytes = download(&standin_of("binary_response.yaml").await)
        .await
        .expect("the stand-in's answer is a PDF by its label");
    assert!(bytes.is_empty(), "the stand-in has no document to hand out");
}
