//! A form body (`content_type: application/x-www-form-urlencoded`): a record whose every field
//! a form can carry, so that encoding a generated request cannot fail at run time.

use super::*;

impl Resolver<'_> {
    /// Reports what `endpoint`'s request body holds that a form cannot carry: anything but a
    /// record, a field that may be `null`, a field of nested objects. `at` is the spec's
    /// `request`.
    pub(super) fn form_body(&mut self, endpoint: &Endpoint, at: Location) {
        let Some(body) = &endpoint.request else {
            return;
        };
        if endpoint.inbound.is_some() {
            self.error(
                at,
                "a notification the vendor sends is read as JSON; a form notification is not supported (expected `content_type: application/json`)",
            );
            return;
        }
        let fields = match &body.ty.kind {
            TyKind::Named { name, .. } => match endpoint.type_def(name).map(|def| &def.kind) {
                Some(TypeKind::Object { fields, .. }) => fields,
                _ => {
                    self.error(at, format!("a form body is a record of named fields; `{name}` is not an object type"));
                    return;
                }
            },
            _ => {
                self.error(
                    at,
                    format!(
                        "a form body is a record of named fields (`body: TypeName`), not {}",
                        body.ty.describe()
                    ),
                );
                return;
            }
        };
        for field in fields {
            if field.nullable {
                self.error(
                    field.at,
                    format!("form field `{}` may be null, which a form cannot say; expected it optional instead (left out when absent)", field.wire_name),
                );
            }
            // What a form field carries is what a query parameter carries: text in one piece.
            if !super::params::param_type_fits(&field.ty, |name| endpoint.is_enum(name)) {
                self.error(
                    field.at,
                    format!(
                        "form field `{}` is of type `{}`; a form carries text, numbers, booleans, dates and string enums, and lists of them (the name repeated)",
                        field.wire_name,
                        field.ty.describe()
                    ),
                );
            }
        }
    }
}
