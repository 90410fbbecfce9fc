// The body of the `documents` fuzz target (included by fuzz_targets/documents.rs and by the
// seed test of crates/steun-codegen/src/fuzz.rs).
//
// Input: a selector byte picking the kind, `steun::document::kinds().nth(byte % count)`
// (every kind, the operations' request and response kinds among them), then the JSON text.
// Properties: never a panic; what parses writes back to a canonical form that parses again
// to itself; the unchecked reader (types only, for the schema differential tests) accepts
// what the checked one accepts, with the same bytes; errors echo no identifying number.

pub fn check(data: &[u8]) {
    let Some((&selector, rest)) = data.split_first() else { return };
    let count = steun::document::kinds().count();
    let kind = steun::document::kinds().nth(usize::from(selector) % count).expect("selector in range");
    let Ok(text) = std::str::from_utf8(rest) else { return };
    match kind.canonical(text) {
        Ok(canonical) => {
            let again = kind.canonical(&canonical).expect("canonical JSON parses again");
            assert_eq!(again, canonical, "canonical form is stable for {}", kind.name);
            let unchecked = kind.canonical_unchecked(text).expect("the unchecked reader accepts it too");
            assert_eq!(unchecked, canonical, "checked and unchecked readers agree for {}", kind.name);
        }
        Err(e) => assert_no_echo(kind.name, text, &e.report_json()),
    }
    // The generic JSON reader on its own: limits and paths, never a panic.
    let _ = steun::json::from_json::<serde_json::Value>(text);
}
