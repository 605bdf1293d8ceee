//! Reads the documented examples a spec names, and checks each against its body's type.

use super::*;

impl Resolver<'_> {
    pub(super) fn examples(&mut self, files: &[Spanned<String>]) -> Vec<Example> {
        let mut examples = Vec::new();
        for file in files {
            let display = self.display_dir.join(&file.value).display().to_string();
            if let Err(problem) = self.inside_spec_folder(&file.value) {
                self.error(
                    location(file),
                    format!(
                        "example `{}` {problem}; examples live in the spec's folder or below it",
                        file.value
                    ),
                );
                continue;
            }
            let text = match input::read_text(&self.dir.join(&file.value), input::EXAMPLE_LIMIT) {
                Ok(text) => text,
                Err(error) => {
                    self.error(
                        location(file),
                        format!("cannot read example `{display}`: {error}"),
                    );
                    continue;
                }
            };
            if let Err(duplicate) = codegen_runtime::check_unique_keys(&text) {
                self.diagnostics.push(Diagnostic::error(
                    display,
                    Location::new(duplicate.line as u64, duplicate.column.max(1) as u64),
                    format!(
                        "example repeats a key at `{}`: {} (referenced from {}:{})",
                        duplicate.pointer,
                        duplicate.message,
                        self.file,
                        location(file).line
                    ),
                ));
                continue;
            }
            match serde_json::from_str(&text) {
                Ok(value) => examples.push(Example {
                    file: file.value.clone(),
                    value,
                }),
                Err(error) => {
                    // serde_json counts a position before a line's first character as column 0.
                    let at = Location::new(error.line() as u64, error.column().max(1) as u64);
                    let message = if let Some(refused) =
                        codegen_runtime::DecodeError::byte_order_mark(&text)
                    {
                        refused.message
                    } else {
                        let message = error.to_string();
                        message
                            .split(" at line ")
                            .next()
                            .unwrap_or_default()
                            .to_owned()
                    };
                    self.diagnostics.push(Diagnostic::error(
                        display,
                        at,
                        format!(
                            "example is not JSON: {message} (referenced from {}:{})",
                            self.file,
                            location(file).line
                        ),
                    ));
                }
            }
        }
        examples
    }

    /// Whether the example path `file` stays inside the spec's folder: not absolute, no `..`,
    /// and (where it exists) not a link that leads out.
    fn inside_spec_folder(&self, file: &str) -> Result<(), &'static str> {
        use std::path::Component;
        let path = Path::new(file);
        if path.is_absolute() || path.has_root() {
            return Err("is an absolute path");
        }
        if path
            .components()
            .any(|c| matches!(c, Component::ParentDir | Component::Prefix(_)))
        {
            return Err("climbs out of the spec's folder with `..`");
        }
        if let (Ok(folder), Ok(target)) =
            (self.dir.canonicalize(), self.dir.join(path).canonicalize())
            && !target.starts_with(&folder)
        {
            return Err("is a link that leads out of the spec's folder");
        }
        Ok(())
    }

    pub(super) fn check_examples(&mut self, endpoint: &Endpoint, spec: &SpecFile) {
        let error_files = spec
            .errors
            .as_ref()
            .map_or(&[][..], |e| e.value.examples.as_slice());
        let request_files = spec
            .request
            .as_ref()
            .map_or(&[][..], |r| r.value.examples.as_slice());
        let mut bodies = vec![
            (endpoint.request.as_ref(), request_files),
            (
                endpoint.response.as_ref(),
                spec.response.examples.as_slice(),
            ),
            (endpoint.errors.as_ref(), error_files),
        ];
        for status in &endpoint.statuses {
            let files = spec
                .statuses
                .get(&status.code)
                .map_or(&[][..], |def| def.value.examples.as_slice());
            bodies.push((Some(&status.body), files));
        }
        for (body, files) in bodies {
            if let Some(body) = body {
                self.check_body_examples(endpoint, body, files);
            }
        }
    }

    /// Each example of `body` against its type; `files` (the spec's list) place the errors.
    pub(super) fn check_body_examples(
        &mut self,
        endpoint: &Endpoint,
        body: &Body,
        files: &[Spanned<String>],
    ) {
        for example in &body.examples {
            let at = files
                .iter()
                .find(|f| f.value == example.file)
                .map(location)
                .unwrap_or_default();
            let report = json_validator::validate(endpoint, &body.ty, &example.value);
            for violation in report.violations().iter().take(10) {
                let hint = if violation.kind == codegen_runtime::Kind::UnknownField {
                    "; add it to the spec (with `origin: example` if the doc's table lacks it)"
                } else {
                    ""
                };
                self.error(
                    at,
                    format!(
                        "example `{}` does not fit `{}` at `{}`: {} [{}]{hint}",
                        example.file,
                        body.ty.describe(),
                        violation.pointer,
                        violation.en,
                        violation.kind
                    ),
                );
            }
        }
    }
}
