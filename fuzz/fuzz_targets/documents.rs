//! Every JSON document kind: parsing never panics, and what parses writes back to a
//! canonical form that parses again to the same canonical form.
//!
//! Input: a kind's name, a newline, then the JSON text (so seeds stay valid as kinds are
//! added); an unknown name picks a kind from the first byte.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let kinds = steun::document::KINDS;
    let split = data.iter().position(|&b| b == b'\n').unwrap_or(0);
    let (head, rest) = data.split_at(split);
    let rest = rest.strip_prefix(b"\n").unwrap_or(rest);
    let kind = kinds
        .iter()
        .find(|k| k.name.as_bytes() == head)
        .unwrap_or(&kinds[data.first().copied().unwrap_or(0) as usize % kinds.len()]);
    let Ok(text) = std::str::from_utf8(rest) else { return };
    if let Ok(canonical) = kind.canonical(text) {
        let again = kind.canonical(&canonical).expect("canonical JSON parses again");
        assert_eq!(again, canonical, "canonical form is stable for {}", kind.name);
    }
    // The generic JSON reader on its own: limits and paths, never a panic.
    let _ = steun::json::from_json::<serde_json::Value>(text);
});
