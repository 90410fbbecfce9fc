//! The fuzz seeds: one per operation in `fuzz/corpus/instruments/op_<name>` (the selector
//! byte of the operation, then its example request) and one per document kind with an
//! example in `fuzz/corpus/documents/kind_<name>` (the selector byte of the kind, then the
//! document). The targets pick by `byte % count` over the registry's lists, so the seeds
//! are regenerated whenever an operation or a kind is added. See docs/fuzzing.md.

use crate::File;

/// Directories that hold generated files only.
pub const OWNED_DIRS: &[&str] = &["fuzz/corpus/instruments", "fuzz/corpus/documents"];

/// Documents of kinds that no operation's example or response gives, as (kind, label, JSON).
const EXTRA_DOCUMENTS: &[(&str, &str, &str)] = &[
    ("personal_profile", "bram", include_str!("../../../examples/data/bram_profile.json")),
    (
        "personal_profile",
        "small",
        r#"{"client":"K-1","domains":[{"domain":"work","current":[],"wishes":["a"],"earlier":[]}],"important_wishes":["a"]}"#,
    ),
    (
        "assessment_grid",
        "small",
        r#"{"rows":[{"dimension":"rights","experienced_barriers":["x"],"wishes":[],"needed_support":[],"present_support":["y"]}]}"#,
    ),
    // The map form serde accepts for an enum; the strict reader refuses it.
    ("assessment_grid", "enum_map_form", r#"{"rows": [{"dimension": {"rights": null}}]}"#),
];

/// The selector byte for position `i`, as a one-byte character (a seed file is text).
fn selector(i: usize, list: &str) -> char {
    let b = u8::try_from(i).ok().filter(|b| b.is_ascii());
    char::from(b.unwrap_or_else(|| panic!("more than 128 {list}: the seeds' selector byte needs a second byte")))
}

/// Every object and array inside `roots`, breadth first, as compact JSON.
fn parts(roots: Vec<serde_json::Value>) -> Vec<String> {
    let mut queue: std::collections::VecDeque<serde_json::Value> = roots.into();
    let mut out = Vec::new();
    while let Some(v) = queue.pop_front() {
        let children: Vec<serde_json::Value> = match &v {
            serde_json::Value::Array(a) => a.clone(),
            serde_json::Value::Object(o) => o.values().cloned().collect(),
            _ => continue,
        };
        out.push(steun::json::to_json(&v));
        queue.extend(children);
    }
    out
}

pub fn generate() -> Vec<File> {
    let mut out = Vec::new();
    for (i, op) in steun::op::ops().enumerate() {
        let text = format!("{}{}", selector(i, "operations"), op.example);
        out.push(File::new(format!("fuzz/corpus/instruments/op_{}", op.name), text));
    }
    // A kind's example: the first operation's example request of that kind, else the
    // response of the first operation answering with it, else the first part of an example
    // request or response (breadth first) that is a valid document of the kind.
    let responses: Vec<(&str, String)> =
        steun::op::ops().filter_map(|o| o.call(o.example).ok().map(|r| (o.response.name, r))).collect();
    // The reference sets too: worked examples of the sources.
    let sets = steun::reference::NAMES.iter().filter_map(|n| {
        steun::op::call("catalogue.reference", &steun::json::to_json(&serde_json::json!({"name": n}))).ok()
    });
    let texts =
        steun::op::ops().map(|o| o.example.to_owned()).chain(responses.iter().map(|(_, r)| r.clone())).chain(sets);
    let parts = parts(texts.filter_map(|t| serde_json::from_str(&t).ok()).collect());
    for (i, kind) in steun::document::kinds().enumerate() {
        let s = selector(i, "document kinds");
        let example = steun::op::ops()
            .find(|o| o.request.name == kind.name)
            .map(|o| o.example.to_owned())
            .or_else(|| responses.iter().find(|(k, _)| *k == kind.name).map(|(_, r)| r.clone()))
            .or_else(|| parts.iter().find(|p| kind.canonical(p).is_ok()).cloned());
        if let Some(example) = example {
            out.push(File::new(format!("fuzz/corpus/documents/kind_{}", kind.name), format!("{s}{example}")));
        }
        for (_, label, doc) in EXTRA_DOCUMENTS.iter().filter(|(k, _, _)| *k == kind.name) {
            out.push(File::new(format!("fuzz/corpus/documents/kind_{}_{label}", kind.name), format!("{s}{doc}")));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    //! The fuzz targets' bodies, compiled here against the same core, run on every seed.

    mod instruments {
        include!("../../../fuzz/checks/echo.rs");
        include!("../../../fuzz/checks/instruments.rs");
    }

    mod documents {
        include!("../../../fuzz/checks/echo.rs");
        include!("../../../fuzz/checks/documents.rs");
    }

    fn seeds(dir: &str) -> Vec<super::File> {
        super::generate().into_iter().filter(|f| f.path.starts_with(dir)).collect()
    }

    #[test]
    fn every_operation_has_a_seed_that_selects_it_and_succeeds() {
        let seeds = seeds("fuzz/corpus/instruments");
        assert_eq!(seeds.len(), steun::op::ops().count());
        for (seed, op) in seeds.iter().zip(steun::op::ops()) {
            let bytes = seed.text.as_bytes();
            let picked = steun::op::ops().nth(usize::from(bytes[0]) % steun::op::ops().count()).unwrap();
            assert_eq!(picked.name, op.name, "{}", seed.path.display());
            assert!(op.call(&seed.text[1..]).is_ok(), "{} runs", op.name);
            instruments::check(bytes);
        }
    }

    #[test]
    fn document_seeds_select_their_kind_and_parse() {
        let seeds = seeds("fuzz/corpus/documents");
        let kinds: Vec<&str> = steun::document::kinds().map(|k| k.name).collect();
        for seed in &seeds {
            let bytes = seed.text.as_bytes();
            let kind = steun::document::kinds().nth(usize::from(bytes[0]) % kinds.len()).unwrap();
            let name = seed.path.file_name().unwrap().to_str().unwrap();
            assert!(name.starts_with(&format!("kind_{}", kind.name)), "{name} selects {}", kind.name);
            if !name.ends_with("enum_map_form") {
                kind.canonical(&seed.text[1..]).unwrap_or_else(|e| panic!("{name}: {e}"));
            }
            documents::check(bytes);
        }
        // Every kind has an example.
        let missing: Vec<&&str> =
            kinds.iter().filter(|k| !seeds.iter().any(|s| s.path.ends_with(format!("kind_{k}")))).collect();
        assert!(missing.is_empty(), "kinds without a seed: {missing:?}");
    }

    /// The properties themselves catch what they claim to.
    #[test]
    fn the_checks_find_an_echo() {
        let caught = std::panic::catch_unwind(|| {
            instruments::assert_no_echo("t", r#"{"bsn": "123456782"}"#, "bad: 123456782");
        });
        assert!(caught.is_err());
        instruments::assert_no_echo("t", r#"{"n": "x123456782"}"#, "expected 1 to 4294967295");
        instruments::assert_no_echo("t", r#"{"n": 123456782}"#, "has 123456782");
    }
}
