//! Reading the vendor's own verdict from an answer: the status and message a body states, read
//! by JSON Pointer without parsing more of the body than the pointer names.

use super::*;

/// Every pointer `rules` read, for [`check_and_read`](crate::unique_keys::check_and_read).
pub(super) fn pointers(rules: &[Option<BodyStatus>]) -> Vec<&'static str> {
    rules
        .iter()
        .flatten()
        .flat_map(|rule| [Some(rule.code), rule.message, rule.reason, rule.request_id])
        .flatten()
        .collect()
}

/// The vendor's failure that `rule` finds in `document`, if any: a `code` outside 2xx (or, for
/// an error body, any code or message present).
pub(super) fn vendor_error(
    rule: Option<BodyStatus>,
    status: u16,
    document: &Values,
) -> Option<Error> {
    let rule = rule?;
    let text_at = |pointer: Option<&str>| {
        pointer
            .and_then(|p| document.value_at(p))
            .and_then(|v| v.as_str().map(str::to_owned))
    };
    // Some vendors send the code as a string of digits (`"code": "401"`): still their code.
    let code = document.value_at(rule.code).and_then(|value| {
        value
            .as_i64()
            .or_else(|| value.as_str()?.trim().parse().ok())
    });
    // The message is read only where it is shown or decides: a success's is never looked at.
    let message = match rule.success {
        Some((start, end)) if code.is_some_and(|code| !(start..end).contains(&code)) => {
            text_at(rule.message)
        }
        Some(_) => return None,
        None => {
            let message = text_at(rule.message);
            if code.is_none() && message.is_none() {
                return None;
            }
            message
        }
    };
    Some(Error::Vendor {
        status,
        code,
        message,
        reason: text_at(rule.reason),
        metadata: Metadata::default(),
    })
}

/// The vendor's id for a request, where a rule points to one in `document` (a string, or a
/// number written as digits).
pub(super) fn request_id(
    rules: &[Option<BodyStatus>],
    document: Option<&Values>,
) -> Option<String> {
    let document = document?;
    rules
        .iter()
        .flatten()
        .find_map(|rule| match document.value_at(rule.request_id?)? {
            serde_json::Value::String(id) => Some(id),
            serde_json::Value::Number(id) => Some(id.to_string()),
            _ => None,
        })
}
