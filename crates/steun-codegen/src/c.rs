//! The C surface, from the registry: `bindings/c/src/ops.rs` (one plain `extern "C"` function
//! per operation, which cbindgen puts into `steun.h`), `bindings/c/src/enums.rs` (the core's
//! enums that the typed structs carry, as C enum constants), `tests/c/ops_table.h` (every operation's
//! name, function, instrument and example, for the C tests) and the operations table of
//! `docs/c-integration.md` (between its markers). The header itself is cbindgen's: the C step
//! at the end of `./scripts/regenerate` writes it.

use std::fmt::Write as _;
use std::path::Path;

use steun::op::Op;

use crate::File;

/// Directories that hold generated files only.
#[allow(dead_code)]
pub const OWNED_DIRS: &[&str] = &[];

/// Hand-written typed functions (structs in, structs out) whose names an operation would take:
/// the operation's JSON function is then `steun_<name>_json`.
const TYPED: &[&str] = &["steun_urgency_assess", "steun_isolation_classify"];

/// The core's enums whose values cross the C ABI as `int32_t` in the typed structs.
const TYPED_ENUMS: &[&str] = &[
    "UrgencyRisk",
    "UrgencyDuration",
    "UrgencyCriterion",
    "UrgencyAnswer",
    "UrgencyBand",
    "UrgencyReportAction",
    "UrgencyReporterAction",
    "Persistence",
    "IsolationType",
    "Intervention",
    "TrajectoryLength",
    "TrajectoryIntensity",
    "Volunteer",
];

const DOC: &str = "docs/c-integration.md";
const BEGIN: &str = "<!-- generated: operations (crates/steun-codegen/src/c.rs) -->";
const END: &str = "<!-- end of generated operations -->";

/// The C function of an operation: `steun_` and its name with `.` as `_`.
pub fn function_name(op: &Op) -> String {
    let name = format!("steun_{}", op.name.replace('.', "_"));
    if TYPED.contains(&name.as_str()) {
        name + "_json"
    } else {
        name
    }
}

pub fn generate() -> Vec<File> {
    let ops: Vec<&Op> = steun::op::ops().collect();
    let mut files = vec![
        File::new("bindings/c/src/ops.rs", rust(&ops)),
        File::new("bindings/c/src/enums.rs", enums()),
        File::new("tests/c/ops_table.h", table(&ops)),
    ];
    if let Some(doc) = docs(&ops) {
        files.push(File::new(DOC, doc));
    }
    files
}

fn instrument_line(op: &Op) -> String {
    match op.instrument {
        Some(i) => format!("Instrument `{}`, rules version {}: the response carries both.", i.id, i.version),
        None => String::from("No instrument: a lookup or a step without a rules version of its own."),
    }
}

/// The example on one line, when it is short enough to read in a header.
fn short_example(op: &Op) -> Option<String> {
    let v: serde_json::Value = serde_json::from_str(op.example).ok()?;
    let one = serde_json::to_string(&v).ok()?;
    (one.len() <= 100).then_some(one)
}

fn rust(ops: &[&Op]) -> String {
    let mut s = crate::banner("//");
    s.push_str(
        "//! One C function per operation of the registry (`steun::op::ops()`): JSON request in, JSON\n\
         //! response out. Each is a plain function so that cbindgen writes it into `steun.h`; the\n\
         //! hand-written functions (typed structs, the band table, the client code, versions, errors\n\
         //! and `steun_call`) are in the other modules.\n\n\
         use std::ffi::{c_char, c_int};\n",
    );
    for op in ops {
        let f = function_name(op);
        s.push('\n');
        let _ = writeln!(s, "/// {}.", op.summary.trim_end_matches('.'));
        s.push_str("///\n");
        let _ = writeln!(
            s,
            "/// Operation `{}`, also run by `steun_call(\"{}\", ...)`.\n/// Request document: `{}`; response document: `{}`\n/// (JSON, UTF-8; their JSON Schemas from `steun_document_schema`).",
            op.name, op.name, op.request.name, op.response.name
        );
        let _ = writeln!(s, "/// {}", instrument_line(op));
        if let Some(ex) = short_example(op) {
            let _ = writeln!(s, "/// Example request: `{ex}`.");
        }
        s.push_str(
            "///\n\
             /// Returns `STEUN_STATUS_OK` and sets `*response_json` to a string the caller owns: free it\n\
             /// with `steun_string_free`. Otherwise returns the error's status, leaves `*response_json`\n\
             /// untouched, and `steun_last_error_json` lists every problem with its kind and path.\n\
             /// Thread-safe.\n\
             ///\n\
             /// # Safety\n\
             /// `request_json` is NULL or a NUL-terminated string; `response_json` is NULL or valid for\n\
             /// writing a `char *`.\n\
             #[no_mangle]\n",
        );
        let one_line = format!(
            "pub unsafe extern \"C\" fn {f}(request_json: *const c_char, response_json: *mut *mut c_char) -> c_int {{"
        );
        if one_line.len() <= 120 {
            s.push_str(&one_line);
            s.push('\n');
        } else {
            let _ = writeln!(
                s,
                "pub unsafe extern \"C\" fn {f}(\n    request_json: *const c_char,\n    response_json: *mut *mut c_char,\n) -> c_int {{"
            );
        }
        let _ = writeln!(
            s,
            "    // SAFETY: the caller's contract, forwarded.\n    unsafe {{ crate::call::named(\"{}\", request_json, response_json) }}\n}}",
            op.name
        );
    }
    s
}

/// `over_75` → `Over75`: a wire code as a Rust variant name.
fn pascal(code: &str) -> String {
    code.split('_')
        .map(|w| {
            let mut c = w.chars();
            c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
        })
        .collect()
}

/// `SteunUrgencyRisk` → `STEUN_URGENCY_RISK`, as cbindgen's ScreamingSnakeCase does.
fn screaming(name: &str) -> String {
    let mut s = String::new();
    for (i, ch) in name.chars().enumerate() {
        if ch.is_ascii_uppercase() && i > 0 {
            s.push('_');
        }
        s.push(ch.to_ascii_uppercase());
    }
    s
}

fn enums() -> String {
    let mut s = crate::banner("//");
    s.push_str(
        "//! The core's enums that the typed C functions read and write (`int32_t` fields), as C\n\
         //! enum constants for `steun.h`: each value is the member's position in the core's order,\n\
         //! and a later version only appends members. `*_NAMES` are the header names by value, for\n\
         //! the message of an out-of-range value.\n",
    );
    for name in TYPED_ENUMS {
        let info = steun::catalogue::enum_named(name).expect("a typed enum is in the catalogue");
        let c_name = format!("Steun{name}");
        let _ = write!(
            s,
            "\n/// The values of `{name}` in the typed structs. Codes and labels: `steun_catalogue_enum`\n\
             /// (`{{\"name\": \"{name}\"}}`). A newer library may return a value this header lacks: treat it\n\
             /// as unknown, never as an error of yours.\n\
             #[repr(C)]\n#[derive(Clone, Copy, Debug, PartialEq, Eq)]\npub enum {c_name} {{\n"
        );
        for (i, m) in info.members.iter().enumerate() {
            let _ = writeln!(s, "    /// `{}`: {} ({}).", m.code, m.nl, m.en);
            let _ = writeln!(s, "    {} = {i},", pascal(m.code));
        }
        s.push_str("}\n");
        let names: Vec<String> =
            info.members.iter().map(|m| format!("\"{}_{}\"", screaming(&c_name), screaming(&pascal(m.code)))).collect();
        let _ = writeln!(s, "\n/// The header constants of `{c_name}`, by value.");
        let konst = format!("pub(crate) const {}_NAMES: [&str; {}] = [", screaming(name), names.len());
        let one_line = format!("{konst}{}];", names.join(", "));
        if one_line.len() <= 120 {
            let _ = writeln!(s, "#[allow(dead_code)]\n{one_line}");
        } else {
            let _ = writeln!(s, "#[allow(dead_code)]\n{konst}");
            for n in &names {
                let _ = writeln!(s, "    {n},");
            }
            s.push_str("];\n");
        }
    }
    s
}

/// A C string literal for `text`: ASCII printable characters as they are, everything else as
/// octal escapes (never followed by a digit mistaken for the escape), `?` escaped (trigraphs).
fn c_literal(text: &str) -> String {
    let mut s = String::from("\"");
    for b in text.bytes() {
        match b {
            b'"' => s.push_str("\\\""),
            b'\\' => s.push_str("\\\\"),
            b'?' => s.push_str("\\?"),
            0x20..=0x7e => s.push(b as char),
            _ => {
                let _ = write!(s, "\\{b:03o}");
            }
        }
    }
    s.push('"');
    s
}

/// The example as pieces of at most 500 bytes (C99 promises only 4095 bytes per literal).
fn pieces(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let mut end = (start + 500).min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        out.push(c_literal(&text[start..end]));
        start = end;
    }
    out
}

fn table(ops: &[&Op]) -> String {
    let banner = crate::banner(" *");
    let mut s = format!("/*{}", banner.strip_prefix(" *").unwrap_or(&banner));
    s.push_str(
        " * Every operation of the registry: its name, its C function, its instrument (or NULL) and\n \
         * its example request, split into pieces that the test joins (C99 guarantees string\n \
         * literals of 4095 bytes only). Include once, in one test. */\n\
         #ifndef STEUN_OPS_TABLE_H\n#define STEUN_OPS_TABLE_H\n#include <stddef.h>\n#include \"steun.h\"\n\n\
         typedef struct {\n    const char *name;\n    int (*function)(const char *request_json, char **response_json);\n    \
         const char *instrument;\n    const char *instrument_version;\n    const char *const *example;\n} SteunOpEntry;\n\n",
    );
    for (i, op) in ops.iter().enumerate() {
        let _ = writeln!(s, "/* {} */", op.name);
        let _ = writeln!(s, "static const char *const steun_op_example_{i}[] = {{");
        for p in pieces(op.example) {
            let _ = writeln!(s, "    {p},");
        }
        s.push_str("    NULL,\n};\n");
    }
    let _ = writeln!(
        s,
        "\n#define STEUN_OP_COUNT {}\n\nstatic const SteunOpEntry STEUN_OPS[STEUN_OP_COUNT] = {{",
        ops.len()
    );
    for (i, op) in ops.iter().enumerate() {
        let (id, version) = match op.instrument {
            Some(x) => (c_literal(x.id), c_literal(x.version)),
            None => ("NULL".into(), "NULL".into()),
        };
        let _ = writeln!(
            s,
            "    {{{}, {}, {id}, {version}, steun_op_example_{i}}},",
            c_literal(op.name),
            function_name(op)
        );
    }
    s.push_str("};\n#endif\n");
    s
}

/// The operations section of the C guide, or None when the guide lacks the markers.
fn docs(ops: &[&Op]) -> Option<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(DOC);
    let text = std::fs::read_to_string(path).ok()?;
    let (head, rest) = text.split_once(BEGIN)?;
    let (_, tail) = rest.split_once(END)?;
    let mut t = String::from(
        "\n\n| C function | operation | request → response | instrument | what it does |\n|---|---|---|---|---|\n",
    );
    for op in ops {
        let instrument = op.instrument.map_or(String::from("—"), |i| format!("`{}` {}", i.id, i.version));
        let _ = writeln!(
            t,
            "| `{}` | `{}` | `{}` → `{}` | {} | {} |",
            function_name(op),
            op.name,
            op.request.name,
            op.response.name,
            instrument,
            op.summary.replace('|', "\\|")
        );
    }
    t.push('\n');
    Some(format!("{head}{BEGIN}{t}{END}{tail}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_escape_what_c_would_misread() {
        assert_eq!(c_literal("a\"b\\c?d"), "\"a\\\"b\\\\c\\?d\"");
        // 'ë' is two bytes; each becomes a three-digit octal escape, so a following digit stays a digit.
        assert_eq!(c_literal("ë1\n"), "\"\\303\\2531\\012\"");
    }

    #[test]
    fn pieces_cover_the_text_at_char_boundaries() {
        let text = "ë".repeat(400);
        let joined: usize = pieces(&text).iter().map(|p| p.matches('\\').count() / 2).sum();
        assert_eq!(joined, 400);
    }

    #[test]
    fn enum_names_follow_cbindgen() {
        assert_eq!(pascal("over_75"), "Over75");
        assert_eq!(screaming(&pascal("over_75")), "OVER75");
        assert_eq!(screaming("SteunUrgencyReporterAction"), "STEUN_URGENCY_REPORTER_ACTION");
        assert_eq!(screaming(&pascal("structural_under_half_year")), "STRUCTURAL_UNDER_HALF_YEAR");
    }

    #[test]
    fn function_names_are_unique_c_identifiers() {
        let names: Vec<String> = steun::op::ops().map(function_name).collect();
        for (i, n) in names.iter().enumerate() {
            assert!(n.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'), "{n}");
            assert!(!names[..i].contains(n), "{n} twice");
        }
        assert!(names.contains(&String::from("steun_urgency_assess_json")));
    }
}
