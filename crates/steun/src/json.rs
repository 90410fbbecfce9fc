//! The JSON entry points: parsing with paths, clear messages and limits.
//!
//! Every document that enters steun as text goes through [`from_json`], so all of them get
//! the same guarantees: unknown fields rejected (the types say `deny_unknown_fields`), the
//! path of the bad field in the error, no echo of the offending value, a size limit, and
//! serde_json's nesting limit of 128 levels (an error, never a stack overflow).

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::error::{Error, Path, Segment};

/// The largest JSON text steun parses: 64 MiB.
pub const MAX_INPUT_BYTES: usize = 64 * 1024 * 1024;

/// The deepest nesting of arrays and objects serde_json accepts (its recursion limit).
pub const MAX_DEPTH: usize = 128;

/// Parses a JSON text into `T`, reporting the path of the first bad field.
pub fn from_json<T: DeserializeOwned>(text: &str) -> Result<T, Error> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(Error::Limit {
            message: format!("{} bytes of JSON; at most {MAX_INPUT_BYTES} are accepted", text.len()),
        });
    }
    if text.starts_with('\u{feff}') {
        return Err(Error::Syntax {
            line: 1,
            column: 1,
            message: "a byte order mark (U+FEFF) before the JSON; send UTF-8 without a BOM".to_owned(),
        });
    }
    // Fast path: plain serde_json. Only a failing document is parsed again with path
    // tracking, which costs about as much as the parse itself.
    let mut fast = serde_json::Deserializer::from_str(text);
    if let Ok(value) = T::deserialize(crate::strict::Strict(&mut fast)) {
        if fast.end().is_ok() {
            return Ok(value);
        }
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(crate::strict::Strict(&mut de)).map_err(convert)?;
    de.end().map_err(|e| syntax(&e))?;
    Ok(value)
}

/// Parses a JSON text into a [`serde_json::Value`] with the same size and depth limits; a
/// key that appears twice in one object is refused, as the typed documents refuse it.
pub fn parse_value(text: &str) -> Result<serde_json::Value, Error> {
    from_json::<UniqueKeys>(text).map(|u| u.0)
}

/// For `#[serde(deserialize_with)]`: an optional JSON value with unique keys.
pub(crate) fn unique_option<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<serde_json::Value>, D::Error> {
    use serde::Deserialize;
    Option::<UniqueKeys>::deserialize(d).map(|o| o.map(|u| u.0))
}

/// A JSON value read with every object's keys unique (serde_json's `Value` keeps the last).
#[derive(Clone, Debug, PartialEq)]
pub struct UniqueKeys(pub serde_json::Value);

impl<'de> serde::Deserialize<'de> for UniqueKeys {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(UniqueVisitor).map(UniqueKeys)
    }
}

struct UniqueVisitor;

impl<'de> serde::de::Visitor<'de> for UniqueVisitor {
    type Value = serde_json::Value;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Self::Value, E> {
        Ok(v.into())
    }
    fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
        Ok(v.into())
    }
    fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
        Ok(v.into())
    }
    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Self::Value, E> {
        serde_json::Number::from_f64(v)
            .map(serde_json::Value::Number)
            .ok_or_else(|| E::custom("expected a finite number"))
    }
    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(v.into())
    }
    fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
        Ok(v.into())
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(serde_json::Value::Null)
    }
    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(serde_json::Value::Null)
    }
    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut out = Vec::new();
        while let Some(UniqueKeys(v)) = seq.next_element()? {
            out.push(v);
        }
        Ok(serde_json::Value::Array(out))
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut out = serde_json::Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let UniqueKeys(v) = map.next_value()?;
            if out.contains_key(&key) {
                // The key may be personal data: it is not named.
                return Err(serde::de::Error::custom("duplicate key: a key appears twice in this object"));
            }
            out.insert(key, v);
        }
        Ok(serde_json::Value::Object(out))
    }
}

/// Refuses a value nested deeper than [`MAX_DEPTH`] (a value built outside the JSON reader,
/// e.g. from Python objects). Iterative, so the check itself cannot overflow the stack.
pub fn check_depth(value: &serde_json::Value) -> Result<(), Error> {
    use serde_json::Value;
    let mut stack: Vec<(&Value, usize)> = vec![(value, 1)];
    while let Some((v, depth)) = stack.pop() {
        let children: Box<dyn Iterator<Item = &Value>> = match v {
            Value::Array(a) => Box::new(a.iter()),
            Value::Object(o) => Box::new(o.values()),
            _ => continue,
        };
        if depth > MAX_DEPTH {
            return Err(Error::Limit { message: format!("JSON nested deeper than {MAX_DEPTH} levels") });
        }
        stack.extend(children.map(|c| (c, depth + 1)));
    }
    Ok(())
}

/// Converts an already parsed JSON value into `T`, reporting the path of the first bad field.
pub fn from_value<T: DeserializeOwned>(value: serde_json::Value) -> Result<T, Error> {
    serde_path_to_error::deserialize(crate::strict::Strict(value)).map_err(convert)
}

/// Serialises `value` as compact JSON.
pub fn to_json<T: Serialize + ?Sized>(value: &T) -> String {
    // Our wire types have string keys and no failing Serialize impls, so this cannot fail.
    serde_json::to_string(value).unwrap_or_else(|_| String::from("null"))
}

/// Serialises `value` as indented JSON.
pub fn to_json_pretty<T: Serialize + ?Sized>(value: &T) -> String {
    // As for `to_json`: no map with non-string keys, no fallible Serialize impl.
    serde_json::to_string_pretty(value).unwrap_or_else(|_| String::from("null"))
}

fn syntax(e: &serde_json::Error) -> Error {
    let msg = e.to_string();
    let message = match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_owned(),
        None => msg,
    };
    if message.contains("recursion limit") {
        return Error::Limit { message: format!("JSON nested deeper than {MAX_DEPTH} levels") };
    }
    Error::Syntax { line: e.line(), column: e.column(), message }
}

fn convert<E: Into<serde_json::Error> + std::fmt::Display>(err: serde_path_to_error::Error<E>) -> Error {
    let path = convert_path(err.path());
    let inner: serde_json::Error = err.into_inner().into();
    if inner.is_syntax() || inner.is_eof() {
        return syntax(&inner);
    }
    let raw = inner.to_string();
    let raw = match raw.rfind(" at line ") {
        Some(i) => &raw[..i],
        None => &raw[..],
    };
    if raw.contains("recursion limit") {
        return Error::Limit { message: format!("JSON nested deeper than {MAX_DEPTH} levels") };
    }
    let (path, message) = sanitize(path, raw);
    Error::Invalid { path, message }
}

fn convert_path(path: &serde_path_to_error::Path) -> Path {
    use serde_path_to_error::Segment as S;
    Path(
        path.iter()
            .filter_map(|seg| match seg {
                S::Seq { index } => Some(Segment::Index(*index)),
                S::Map { key } => Some(Segment::Key(key.clone())),
                S::Enum { variant } => Some(Segment::Key(variant.clone())),
                S::Unknown => None,
            })
            .collect(),
    )
}

/// The backticked names after `expected`, e.g. from "expected one of `a`, `b`".
fn ticked(text: &str) -> Vec<&str> {
    text.split('`').skip(1).step_by(2).collect()
}

fn between<'a>(text: &'a str, start: &str, end: char) -> Option<&'a str> {
    let rest = text.strip_prefix(start)?;
    rest.find(end).map(|i| &rest[..i])
}

/// Rewrites serde's message so it names the field and the allowed values, and never
/// repeats the value the caller sent (which may be personal data).
fn sanitize(path: Path, raw: &str) -> (Path, String) {
    if let Some(field) = between(raw, "duplicate field `", '`') {
        return (path.key(field), "duplicate field: it appears twice in this object".to_owned());
    }
    if let Some(field) = between(raw, "missing field `", '`') {
        return (path.key(field), "missing required field".to_owned());
    }
    if let Some(field) = between(raw, "unknown field `", '`') {
        let rest = &raw[raw.find(", ").map_or(raw.len(), |i| i + 2)..];
        let message = crate::error::unknown_field_message(ticked(rest));
        // The key itself may be personal data: the path ends at the object that holds it.
        let mut path = path;
        if path.0.last() == Some(&Segment::Key(field.to_owned())) {
            path.0.pop();
        }
        return (path, message);
    }
    if raw.starts_with("unknown variant `") {
        let rest = &raw[raw.find("`, ").map_or(raw.len(), |i| i + 3)..];
        return (path, crate::error::unknown_code_message(ticked(rest)));
    }
    for prefix in ["invalid type: ", "invalid value: "] {
        if let Some(rest) = raw.strip_prefix(prefix) {
            if let Some(i) = rest.rfind(", expected ") {
                let got = &rest[..i];
                let kind = if got.starts_with("floating point") {
                    "floating point number"
                } else {
                    got.split([' ', ',']).next().unwrap_or("value")
                };
                let expected = wire_words(&rest[i + ", expected ".len()..]);
                if prefix == "invalid value: " && got.starts_with("integer") {
                    return (path, format!("expected {expected}"));
                }
                return (path, format!("got {}, expected {expected}", wire_type(kind)));
            }
        }
    }
    (path, raw.to_owned())
}

/// A JSON type name for serde's name of what it got.
fn wire_type(serde: &str) -> &str {
    match serde {
        "integer" | "floating point number" => "a number",
        "string" => "a string",
        "boolean" => "a boolean",
        "sequence" => "an array",
        "map" => "an object",
        "null" => "null",
        _ => "a value of another type",
    }
}

/// serde's (Rust's) words for what it expected, in the wire's words.
pub(crate) fn wire_words(expected: &str) -> String {
    let range = |lo: &str, hi: &str| format!("a whole number from {lo} to {hi}");
    match expected {
        "u8" => range("0", "255"),
        "u16" => range("0", "65535"),
        "u32" => range("0", "4294967295"),
        "u64" | "usize" => range("0", "18446744073709551615"),
        "i8" => range("-128", "127"),
        "i16" => range("-32768", "32767"),
        "i32" => range("-2147483648", "2147483647"),
        "i64" | "isize" => range("-9223372036854775808", "9223372036854775807"),
        "f32" | "f64" => "a number".to_owned(),
        "a boolean" | "bool" => "a boolean (true or false)".to_owned(),
        "a sequence" => "an array".to_owned(),
        "a map" => "an object".to_owned(),
        "a string" | "a borrowed string" | "string" => "a string".to_owned(),
        e if e.starts_with("struct ") || e.starts_with("map") => "an object".to_owned(),
        e if e.starts_with("tuple") || e.starts_with("a tuple") || e.starts_with("an array") => "an array".to_owned(),
        e if e.starts_with("variant identifier") || e.starts_with("enum ") => "a code (a string)".to_owned(),
        e if e.starts_with("unit") => "null".to_owned(),
        e if e.starts_with("a nonzero u32") => range("1", "4294967295"),
        e => e.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Doc {
        name: String,
        items: Vec<Item>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Item {
        n: u8,
        kind: crate::quality::Dimension,
    }

    fn err(text: &str) -> Error {
        from_json::<Doc>(text).unwrap_err()
    }

    #[test]
    fn missing_field_is_named_in_the_path() {
        let e = err(r#"{"items": []}"#);
        assert_eq!(e.path().map(ToString::to_string).as_deref(), Some("name"));
        assert_eq!(e.message(), "missing required field");
    }

    #[test]
    fn unknown_field_lists_the_allowed_ones() {
        let e = err(r#"{"name": "x", "items": [], "extra": 1}"#);
        assert_eq!(e.path().unwrap().to_string(), "(root)");
        assert!(!e.to_string().contains("extra"), "{e}");
        assert_eq!(e.message(), "unknown field; allowed fields: name, items");
    }

    #[test]
    fn wrong_type_does_not_echo_the_value() {
        let e = err(r#"{"name": "x", "items": [{"n": "secret-123", "kind": "rights"}]}"#);
        assert_eq!(e.path().unwrap().to_string(), "items[0].n");
        assert!(!e.to_string().contains("secret"), "{e}");
        assert_eq!(e.message(), "got a string, expected a whole number from 0 to 255");
    }

    #[test]
    fn unknown_code_lists_allowed_codes_without_echo() {
        let e = err(r#"{"name": "x", "items": [{"n": 1, "kind": "Jan Jansen"}]}"#);
        assert_eq!(e.path().unwrap().to_string(), "items[0].kind");
        assert!(!e.to_string().contains("Jansen"));
        assert!(e.message().starts_with("unknown code; allowed: emotional_wellbeing, "), "{e}");
    }

    #[test]
    fn out_of_range_number_is_invalid_value() {
        let e = err(r#"{"name": "x", "items": [{"n": -1, "kind": "rights"}]}"#);
        assert_eq!(e.message(), "expected a whole number from 0 to 255");
    }

    #[test]
    fn syntax_errors_give_line_and_column() {
        match err("{\n  \"name\": }") {
            Error::Syntax { line, column, .. } => assert_eq!((line, column), (2, 11)),
            other => panic!("{other:?}"),
        }
        assert!(matches!(err(r#"{"name": "x", "items": []} trailing"#), Error::Syntax { .. }));
    }

    #[test]
    fn deep_nesting_is_a_limit_error_not_a_crash() {
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(matches!(from_json::<serde_json::Value>(&deep), Err(Error::Limit { .. })));
    }

    #[test]
    fn structs_are_read_from_objects_only() {
        // serde would read ["x", []] as Doc { name: "x", items: [] }; the schemas do not.
        let e = err(r#"["x", []]"#);
        assert_eq!(e.code(), "invalid");
        let e = err(r#"{"name": "x", "items": [[1, "rights"]]}"#);
        assert_eq!(e.path().unwrap().to_string(), "items[0]");
        assert_eq!(e.message(), "got an array, expected an object");
        let ok: Doc = from_json(r#"{"name": "x", "items": [{"n": 1, "kind": "rights"}]}"#).unwrap();
        assert_eq!(ok.items.len(), 1);
        let v: Doc = from_value(serde_json::json!({"name": "y", "items": []})).unwrap();
        assert_eq!(v.name, "y");
        assert!(from_value::<Doc>(serde_json::json!(["y", []])).is_err());
    }

    #[test]
    fn inputs_up_to_64_mib_are_parsed() {
        assert_eq!(MAX_INPUT_BYTES, 67_108_864);
        let mut text = String::from("1");
        text.push_str(&" ".repeat(MAX_INPUT_BYTES - 1));
        assert_eq!(from_json::<u8>(&text).unwrap(), 1, "exactly the limit");
        text.push(' ');
        let e = from_json::<u8>(&text).unwrap_err();
        assert_eq!(e.code(), "limit");
        assert_eq!(e.message(), "input too large: 67108865 bytes of JSON; at most 67108864 are accepted");
    }

    #[test]
    fn path_round_trips_through_text() {
        let p = Path::parse("rows[2].wishes[0]");
        assert_eq!(p.to_string(), "rows[2].wishes[0]");
        assert_eq!(Path::root().to_string(), "(root)");
        assert!(Path::root().is_root() && Path::parse("").is_root());
        assert!(!p.is_root() && !Path::root().index(0).is_root());
    }
}

#[cfg(test)]
mod unique_tests {
    use super::*;

    #[test]
    fn duplicate_keys_are_refused_in_values_and_documents() {
        let e = parse_value(r#"{"a": {"111222333": 1, "111222333": 2}}"#).unwrap_err();
        assert!(e.to_string().contains("duplicate key"), "{e}");
        assert!(!e.to_string().contains("111222333"), "{e}");
        assert!(parse_value(r#"{"a": [{"b": 1}, {"b": 2}]}"#).is_ok());
        let e = crate::op::call(
            "isolation.classify",
            r#"{"persistence": "threatened", "persistence": "threatened", "participation_oriented": true}"#,
        )
        .unwrap_err();
        assert_eq!(e.path().unwrap().to_string(), "persistence");
        assert!(e.message().starts_with("duplicate field"), "{e}");
        let e = crate::op::call("document.validate", r#"{"kind": "empty", "document": {"x": 1, "x": 1}}"#).unwrap_err();
        assert!(e.to_string().contains("duplicate key"), "{e}");
    }

    #[test]
    fn a_byte_order_mark_is_refused_with_a_clear_message() {
        let e = parse_value("\u{feff}{}").unwrap_err();
        assert_eq!(e.code(), "syntax");
        assert!(e.to_string().contains("byte order mark"), "{e}");
    }
}
