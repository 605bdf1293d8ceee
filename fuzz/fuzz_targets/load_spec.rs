//! Any text through the spec loader: parse, check, resolve. It may refuse the text, never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        // No folder: an example the text names is not found, which is a diagnostic.
        let _ = codegen_core::load_str(text, "fuzz.yaml", std::path::Path::new("/nonexistent"));
    }
});
