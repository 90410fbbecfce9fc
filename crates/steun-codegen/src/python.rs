//! The Python surface: `steun/_enums.py` (the catalogue's enums), `steun/_models.py` (one
//! thin class per document kind and per named object inside one, with typed attributes,
//! registered on the native `Document`) and `steun/_ops.py` (one typed function per
//! operation). Everything comes from the registry and the kinds' JSON Schemas.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write;

use serde_json::{Map, Value};

use crate::File;

/// Directories that hold generated files only (the package also holds hand-written files).
#[allow(dead_code)]
pub const OWNED_DIRS: &[&str] = &[];

const PKG: &str = "bindings/python/python/steun";

/// Names a document class gets from the native base class; a field may not take them.
const RESERVED: &[&str] = &["to_json", "to_dict", "from_json", "from_dict", "replace"];

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

pub fn generate() -> Vec<File> {
    let mut models = Models::new();
    models.collect();
    let classes = models.module();
    let ops = ops(&mut models);
    vec![
        File::new(format!("{PKG}/_enums.py"), enums()),
        File::new(format!("{PKG}/_models.py"), classes),
        File::new(format!("{PKG}/_ops.py"), ops),
    ]
}

fn header() -> String {
    crate::banner("#")
}

fn camel(snake: &str) -> String {
    snake
        .split('_')
        .map(|p| {
            let mut c = p.chars();
            match c.next() {
                Some(f) => f.to_ascii_uppercase().to_string() + c.as_str(),
                None => String::new(),
            }
        })
        .collect()
}

fn attr_name(key: &str) -> String {
    if KEYWORDS.contains(&key) {
        format!("{key}_")
    } else {
        key.to_owned()
    }
}

/// A Python string literal.
fn lit(s: &str) -> String {
    serde_json::to_string(s).expect("a string serialises")
}

/// A docstring at `indent`, or nothing for empty text.
fn docstring(text: &str, indent: &str) -> String {
    let text = text.trim().replace('\\', "\\\\").replace("\"\"\"", "'''");
    if text.is_empty() {
        return String::new();
    }
    let mut lines = text.lines();
    let first = lines.next().unwrap_or_default();
    let rest: Vec<&str> = lines.collect();
    if rest.is_empty() {
        return format!("{indent}\"\"\"{first}\"\"\"\n");
    }
    let mut out = format!("{indent}\"\"\"{first}\n");
    for l in rest {
        if l.trim().is_empty() {
            out.push('\n');
        } else {
            let _ = writeln!(out, "{indent}{l}");
        }
    }
    let _ = writeln!(out, "{indent}\"\"\"");
    out
}

fn enums() -> String {
    let mut out = header();
    out += "\"\"\"The coded values of steun: one enum per labelled type of the core's catalogue.\"\"\"\n\n";
    out += "from __future__ import annotations\n\nfrom typing import TYPE_CHECKING, Literal\n\nfrom ._base import SteunEnum\n\n";
    // Explicit aliases: pyright reads a bare `X = Literal[...]` seen through an import cycle
    // as a variable.
    out += "if TYPE_CHECKING:\n    from typing_extensions import TypeAlias\n";
    let mut names: Vec<String> = Vec::new();
    for e in steun::catalogue::ENUMS {
        let codes: Vec<&str> = e.members.iter().map(|m| m.code).collect();
        let _ = write!(out, "\n\nclass {}(SteunEnum):\n", e.name);
        let doc = format!(
            "{}: a coded value with a Dutch and an English label (``.label(\"nl\")``).\n\nCodes: {}.",
            e.name,
            codes.join(", ")
        );
        out += &docstring(&doc, "    ");
        out.push('\n');
        for m in e.members {
            let _ = writeln!(out, "    {} = {}", m.code.to_ascii_uppercase(), lit(m.code));
            out += &docstring(&format!("{} / {}.", m.nl, m.en), "    ");
        }
        let alias = code_alias(e.name);
        assert!(steun::catalogue::ENUMS.iter().all(|o| o.name != alias), "{alias} is an enum's name");
        let _ = write!(
            out,
            "\n\n{alias}: TypeAlias = Literal[{}]\n",
            codes.iter().map(|c| lit(c)).collect::<Vec<_>>().join(", ")
        );
        out += &docstring(&format!("The codes of :class:`{}`, for annotations.", e.name), "");
        names.push(lit(e.name));
        names.push(lit(&alias));
    }
    let _ = write!(out, "\n\n__all__ = [{}]\n", names.join(", "));
    out
}

/// The name of the `Literal` alias of an enum's codes (`UrgencyBand` -> `UrgencyBandCode`).
fn code_alias(enum_name: &str) -> String {
    format!("{enum_name}Code")
}

/// Fields the schema types as a plain string whose values are one of the core's own lists:
/// (class, field, alias); the aliases are generated below from those lists.
const LISTED: &[(&str, &str, &str)] = &[
    ("ValidateRequest", "kind", "DocumentKind"),
    ("LabelQuery", "enum", "EnumName"),
    ("VerifyRequest", "op", "OpName"),
];

/// The `Literal` aliases of the core's lists of names: document kinds, enums, operations.
fn name_aliases() -> String {
    let join = |v: Vec<&str>| v.into_iter().map(lit).collect::<Vec<_>>().join(", ");
    let kinds: Vec<&str> = steun::document::kinds().map(|k| k.name).collect();
    let enums: Vec<&str> = steun::catalogue::ENUMS.iter().map(|e| e.name).collect();
    let ops: Vec<&str> = steun::op::ops().map(|o| o.name).collect();
    let mut out = String::new();
    let _ = writeln!(out, "\n\nDocumentKind: TypeAlias = Literal[{}]", join(kinds));
    out += "\"\"\"The name of every document kind (``steun.schema_names()``).\"\"\"\n";
    let _ = writeln!(out, "EnumName: TypeAlias = Literal[{}]", join(enums));
    out += "\"\"\"The name of every enum of the catalogue.\"\"\"\n";
    let _ = writeln!(out, "OpName: TypeAlias = Literal[{}]", join(ops));
    out += "\"\"\"The name of every operation (``steun.ops()``).\"\"\"\n";
    out
}

/// A field's Python type: its annotation, the annotation of what a constructor takes, and
/// its shape for `_steun.register`.
struct Ty {
    ann: String,
    input: String,
    spec: String,
}

impl Ty {
    fn new(ann: impl Into<String>, input: impl Into<String>, spec: impl Into<String>) -> Self {
        Ty { ann: ann.into(), input: input.into(), spec: spec.into() }
    }

    fn plain(ann: &str, spec: &str) -> Self {
        Ty::new(ann, ann, lit(spec))
    }
}

struct Class {
    name: String,
    kind: Option<String>,
    body: Value,
    /// The `$defs` the body's references resolve in.
    defs: Map<String, Value>,
    /// For a part of a document: the kind whose schema defines it and its `$defs` name.
    part_of: Option<(String, String)>,
}

struct Models {
    classes: Vec<Class>,
    index: HashMap<String, usize>,
    /// Kind class name by the schema title of the kind, with the kind's body.
    titles: HashMap<String, (String, Value)>,
    enums: Vec<&'static str>,
    /// The kind whose schema the class being rendered comes from.
    current: Option<String>,
}

fn body_of(schema: &Value) -> Value {
    let mut m = schema.as_object().cloned().unwrap_or_default();
    for k in ["$defs", "$schema", "$id", "title"] {
        m.remove(k);
    }
    Value::Object(m)
}

fn is_object(schema: &Value) -> bool {
    schema.get("type").and_then(Value::as_str) == Some("object")
        && schema.get("additionalProperties") == Some(&Value::Bool(false))
}

impl Models {
    fn new() -> Self {
        Models {
            classes: Vec::new(),
            index: HashMap::new(),
            titles: HashMap::new(),
            enums: steun::catalogue::ENUMS.iter().map(|e| e.name).collect(),
            current: None,
        }
    }

    fn collect(&mut self) {
        let kinds: Vec<(&str, Value)> = steun::document::kinds().map(|k| (k.name, k.schema())).collect();
        for (name, schema) in &kinds {
            if let Some(t) = schema.get("title").and_then(Value::as_str) {
                if is_object(schema) {
                    self.titles.entry(t.to_owned()).or_insert_with(|| (camel(name), body_of(schema)));
                }
            }
        }
        for (name, schema) in &kinds {
            if !is_object(schema) {
                continue;
            }
            let defs = schema.get("$defs").and_then(Value::as_object).cloned().unwrap_or_default();
            self.add(camel(name), Some(name.to_string()), body_of(schema), defs, None);
        }
    }

    fn add(
        &mut self,
        name: String,
        kind: Option<String>,
        body: Value,
        defs: Map<String, Value>,
        part_of: Option<(String, String)>,
    ) {
        if let Some(&i) = self.index.get(&name) {
            let c = &mut self.classes[i];
            assert!(c.body == body, "two different types would be Python class {name}");
            if c.kind.is_none() {
                c.kind = kind;
            }
            return;
        }
        assert!(!self.enums.contains(&name.as_str()), "class {name} has the name of an enum");
        self.index.insert(name.clone(), self.classes.len());
        self.classes.push(Class { name, kind, body, defs, part_of });
    }

    /// The class name of `$defs/<def>` (registering it), or None when it is no object.
    fn def_class(&mut self, def: &str, defs: &Map<String, Value>) -> Option<String> {
        let schema = defs.get(def)?;
        if !is_object(schema) {
            return None;
        }
        let body = body_of(schema);
        let name = match self.titles.get(def) {
            Some((kind_class, kind_body)) if *kind_body == body => kind_class.clone(),
            _ => def.to_owned(),
        };
        let part_of = self.current.clone().map(|k| (k, def.to_owned()));
        self.add(name.clone(), None, body, defs.clone(), part_of);
        Some(name)
    }

    fn ty(&mut self, s: &Value, defs: &Map<String, Value>) -> Ty {
        if let Some(r) = s.get("$ref").and_then(Value::as_str) {
            let def = r.strip_prefix("#/$defs/").unwrap_or_else(|| panic!("unsupported $ref {r}"));
            let target = defs.get(def).unwrap_or_else(|| panic!("missing $defs/{def}"));
            if target == &Value::Bool(true) || target.as_object().is_some_and(|o| o.is_empty()) {
                return Ty::plain("Any", "any");
            }
            if self.enums.contains(&def) {
                return Ty::new(def, format!("{def} | {}", code_alias(def)), format!("(\"enum\", {def})"));
            }
            if let Some(cls) = self.def_class(def, defs) {
                return Ty::new(cls.clone(), format!("{cls} | Mapping[str, Any]"), format!("(\"obj\", {cls})"));
            }
            if let Some(codes) = literal_codes(target) {
                let ann = format!("Literal[{}]", codes.iter().map(|c| lit(c)).collect::<Vec<_>>().join(", "));
                return Ty::new(ann.clone(), ann, lit("str"));
            }
            panic!("unsupported schema for $defs/{def}: {target}");
        }
        if let Some(alts) = s.get("anyOf").or_else(|| s.get("oneOf")).and_then(Value::as_array) {
            let rest: Vec<&Value> =
                alts.iter().filter(|a| a.get("type").and_then(Value::as_str) != Some("null")).collect();
            if rest.len() == 1 && alts.len() == 2 {
                return optional(self.ty(rest[0], defs));
            }
            if let Some(codes) = literal_codes(s) {
                let ann = format!("Literal[{}]", codes.iter().map(|c| lit(c)).collect::<Vec<_>>().join(", "));
                return Ty::new(ann.clone(), ann, lit("str"));
            }
            panic!("unsupported schema {s}");
        }
        match s.get("type") {
            Some(Value::Array(types)) => {
                let rest: Vec<&Value> = types.iter().filter(|t| t.as_str() != Some("null")).collect();
                assert!(rest.len() == 1 && rest.len() < types.len(), "unsupported schema {s}");
                let mut one = s.clone();
                one["type"] = rest[0].clone();
                optional(self.ty(&one, defs))
            }
            Some(Value::String(t)) => match t.as_str() {
                "string" if s.get("format").and_then(Value::as_str) == Some("date") => {
                    Ty::new("datetime.date", "datetime.date | str", lit("date"))
                }
                "string" => match literal_codes(s) {
                    Some(codes) => {
                        let ann = format!("Literal[{}]", codes.iter().map(|c| lit(c)).collect::<Vec<_>>().join(", "));
                        Ty::new(ann.clone(), ann, lit("str"))
                    }
                    None => Ty::plain("str", "str"),
                },
                "integer" => Ty::plain("int", "int"),
                "number" => Ty::new("float", "float | int", lit("float")),
                "boolean" => Ty::plain("bool", "bool"),
                "array" => {
                    let item = self.ty(s.get("items").unwrap_or(&Value::Bool(true)), defs);
                    Ty::new(
                        format!("tuple[{}, ...]", item.ann),
                        format!("Sequence[{}]", item.input),
                        format!("(\"list\", {})", item.spec),
                    )
                }
                "object" => match s.get("additionalProperties") {
                    Some(v @ Value::Object(_)) if s.get("properties").is_none() => {
                        let item = self.ty(v, defs);
                        Ty::new(
                            format!("dict[str, {}]", item.ann),
                            format!("Mapping[str, {}]", item.input),
                            format!("(\"map\", {})", item.spec),
                        )
                    }
                    _ => Ty::new("dict[str, Any]", "Mapping[str, Any]", lit("any")),
                },
                _ => panic!("unsupported schema {s}"),
            },
            _ => Ty::plain("Any", "any"),
        }
    }

    /// A field's type: from its schema, or one of the core's lists (`LISTED`).
    fn field_ty(&mut self, class: &str, key: &str, s: &Value, defs: &Map<String, Value>) -> Ty {
        match LISTED.iter().find(|l| l.0 == class && l.1 == key) {
            Some(l) => Ty::plain(l.2, "str"),
            None => self.ty(s, defs),
        }
    }

    fn render(&mut self, i: usize) -> (String, String) {
        let (name, kind, body, defs, part_of) = {
            let c = &self.classes[i];
            (c.name.clone(), c.kind.clone(), c.body.clone(), c.defs.clone(), c.part_of.clone())
        };
        self.current = kind.clone().or_else(|| part_of.as_ref().map(|p| p.0.clone()));
        let props = body.get("properties").and_then(Value::as_object).cloned().unwrap_or_default();
        let required: Vec<&str> = body
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let mut out = format!("\n\nclass {name}(_Base):\n");
        let mut desc = body.get("description").and_then(Value::as_str).unwrap_or("").to_owned();
        match &kind {
            Some(k) => {
                let _ = write!(desc, "\n\nDocument kind ``{k}``; JSON Schema: ``steun.schema(\"{k}\")``.");
            }
            None => desc += "\n\nA part of a document: checked by the core when the document that holds it is read.",
        }
        out += &docstring(&desc, "    ");
        out += "\n    __slots__ = ()\n";
        if let (None, Some((k, d))) = (&kind, &part_of) {
            let _ = writeln!(out, "    __part_of__ = ({}, {})", lit(k), lit(d));
        }
        let mut table = format!("_register({name}, {}, (\n", kind.as_deref().map(lit).unwrap_or_else(|| "None".into()));
        let mut params = Vec::new();
        let mut changes = Vec::new();
        for (key, ps) in &props {
            let attr = attr_name(key);
            assert!(!RESERVED.contains(&attr.as_str()), "{name}.{key} has the name of a Document method");
            let ty = self.field_ty(&name, key, ps, &defs);
            let doc = ps.get("description").and_then(Value::as_str).unwrap_or("");
            let _ = writeln!(out, "    {attr}: {}", ty.ann);
            out += &docstring(doc, "    ");
            let _ = writeln!(table, "    ({}, {}, {}, {}),", lit(&attr), lit(key), ty.spec, lit(doc.trim()));
            changes.push(format!("{attr}: {} = ...", ty.input));
            if required.contains(&key.as_str()) {
                params.push(format!("{attr}: {}", ty.input));
            } else {
                params.push(format!("{attr}: {} = ...", ty.input));
            }
        }
        // Required keywords first, so that the signature is valid Python.
        params.sort_by_key(|p| p.ends_with("= ..."));
        out += "\n    if TYPE_CHECKING:\n\n";
        if params.is_empty() {
            out += "        def __init__(self) -> None: ...\n";
        } else {
            out += "        def __init__(\n            self,\n            *,\n";
            for p in &params {
                let _ = writeln!(out, "            {p},");
            }
            out += "        ) -> None: ...\n";
        }
        // `replace` takes the same keywords, each optional. Narrower than the base's
        // `**changes: Any`, on purpose: hence the ignore.
        if changes.is_empty() {
            let _ = writeln!(out, "\n        def replace(self) -> {name}: ...  # type: ignore[override]");
        } else {
            out += "\n        def replace(  # type: ignore[override]\n            self,\n            *,\n";
            for c in &changes {
                let _ = writeln!(out, "            {c},");
            }
            let _ = writeln!(out, "        ) -> {name}: ...");
        }
        table += "))\n";
        (out, table)
    }

    fn module(&mut self) -> String {
        let mut bodies = String::new();
        let mut tables = String::new();
        let mut i = 0;
        // Rendering may register more classes (nested objects); render until none is left.
        while i < self.classes.len() {
            let (b, t) = self.render(i);
            bodies += &b;
            tables += &t;
            i += 1;
        }
        let mut out = header();
        out += "\"\"\"The document classes of steun: Rust-backed values, one class per document kind and\n";
        out += "per object inside one. Attributes read the core's checked JSON; see ``steun.Document``.\"\"\"\n\n";
        out += "from __future__ import annotations\n\n";
        out += "import datetime\n";
        out += "from typing import TYPE_CHECKING, Any, Literal, Mapping, Sequence\n\n";
        out += "if TYPE_CHECKING:\n    from typing_extensions import TypeAlias\n\n";
        out += "from ._enums import *  # noqa: F403\n";
        let enums: Vec<&str> = self.enums.clone();
        let _ = writeln!(out, "from ._enums import {}", enums.join(", "));
        out += "from ._pydantic import Base as _Base\n";
        out += "from ._steun import register as _register\n";
        out += &name_aliases();
        out += &bodies;
        out += "\n\n# Each class's kind and fields: (attribute, JSON key, shape, doc).\n";
        out += &tables;
        let mut names: Vec<String> = self.classes.iter().map(|c| lit(&c.name)).collect();
        names.extend(["DocumentKind", "EnumName", "OpName"].map(lit));
        let _ = write!(out, "\n__all__ = [{}]\n", names.join(", "));
        out
    }

    fn class_of_kind(&self, kind: &str) -> Option<&str> {
        self.classes.iter().find(|c| c.kind.as_deref() == Some(kind)).map(|c| c.name.as_str())
    }
}

fn optional(t: Ty) -> Ty {
    if t.ann.ends_with("| None") {
        return t;
    }
    Ty::new(format!("{} | None", t.ann), format!("{} | None", t.input), format!("(\"opt\", {})", t.spec))
}

fn literal_codes(s: &Value) -> Option<Vec<String>> {
    if let Some(e) = s.get("enum").and_then(Value::as_array) {
        return e.iter().map(|v| v.as_str().map(str::to_owned)).collect();
    }
    let alts = s.get("oneOf").and_then(Value::as_array)?;
    alts.iter().map(|a| a.get("const").and_then(Value::as_str).map(str::to_owned)).collect()
}

/// The Python type of a response that is no document (e.g. `List[Any]`), from the example.
fn data_type(v: &Value) -> (&'static str, &'static str) {
    match v {
        Value::Array(_) => ("List[Any]", "list"),
        Value::Object(_) => ("Dict[str, Any]", "dict"),
        Value::String(_) => ("str", "str"),
        Value::Bool(_) => ("bool", "bool"),
        Value::Number(_) => ("float", "float"),
        Value::Null => ("None", "NoneType"),
    }
}

fn ops(models: &mut Models) -> String {
    let mut out = header();
    out += "\"\"\"One typed function per operation of the registry (``steun.ops()``). Each takes its\n";
    out += "request as one argument (a document, a dict or JSON text) or as keywords, runs the\n";
    out += "operation in the core and returns its response document.\"\"\"\n\n";
    out += "from __future__ import annotations\n\n";
    out += "from typing import TYPE_CHECKING, Any, Dict, List, Mapping, Union\n\n";
    out += "from . import _steun\n";
    out += "from ._enums import *  # noqa: F403\n";
    out += "from ._models import *  # noqa: F403\n\n";
    out += "if TYPE_CHECKING:\n    import datetime\n    from typing import Literal, Sequence, TypedDict\n\n    from typing_extensions import Unpack\n";
    let mut fields_types = String::new();
    let mut funcs = String::new();
    let mut names = Vec::new();
    let mut used: BTreeSet<String> = BTreeSet::new();
    let mut instruments: BTreeMap<&str, &str> = BTreeMap::new();
    for op in steun::op::ops() {
        let fname = op.name.replace('.', "_");
        assert!(models.classes.iter().all(|c| c.name != fname), "function {fname} has a class's name");
        let req_cls = models.class_of_kind(op.request.name).map(str::to_owned);
        let resp_cls = models.class_of_kind(op.response.name).map(str::to_owned);
        if let Some(i) = op.instrument {
            instruments.insert(i.id, i.version);
        }
        let response: Value =
            serde_json::from_str(&op.call(op.example).expect("the example runs")).expect("the response is JSON");
        let (ret, ret_name) = match &resp_cls {
            Some(c) => (c.clone(), c.clone()),
            None => {
                let (t, n) = data_type(&response);
                (t.to_owned(), n.to_owned())
            }
        };
        let empty = op.request.name == "empty";
        let mut doc = format!("{}.\n\n", op.summary.trim_end_matches('.'));
        let _ = write!(doc, "Operation ``{}``: request ``{}``", op.name, op.request.name);
        if let Some(c) = &req_cls {
            let _ = write!(doc, " (:class:`{c}`)");
        }
        let _ = write!(doc, ", response ``{}``", op.response.name);
        if let Some(c) = &resp_cls {
            let _ = write!(doc, " (:class:`{c}`)");
        }
        if let Some(i) = op.instrument {
            let _ = write!(doc, "; instrument ``{}`` {}", i.id, i.version);
        }
        doc += ".";
        if !empty {
            doc += " Pass the request as one argument (a document, a dict or JSON text) or as keywords.";
        }
        doc += " Bad input raises :class:`ValidationError` listing every problem.\n\n";
        let call =
            if empty { format!("steun.{fname}()") } else { format!("steun.{fname}(steun.example({}))", lit(op.name)) };
        let _ = writeln!(doc, ">>> r = {call}");
        let _ = writeln!(doc, ">>> type(r).__name__\n{}", lit(&ret_name).replace('"', "'"));
        let dict = if resp_cls.is_some() { "r.to_dict()" } else { "r" };
        let _ = writeln!(doc, ">>> {dict} == steun.call({}, steun.example({}))\nTrue", lit(op.name), lit(op.name));
        let req_arg = req_cls.clone().unwrap_or_else(|| "None".into());
        let resp_arg = resp_cls.clone().unwrap_or_else(|| "None".into());
        if empty {
            let _ = write!(funcs, "\n\ndef {fname}() -> {ret}:\n");
            funcs += &docstring(&doc, "    ");
            let _ = writeln!(
                funcs,
                "    return _steun.call_as({}, None, {resp_arg})  # type: ignore[no-any-return]",
                lit(op.name)
            );
        } else {
            let req_ann = match &req_cls {
                Some(c) => format!("Union[{c}, Mapping[str, Any], str, bytes, None]"),
                None => "Any".to_owned(),
            };
            let kw = match req_cls {
                Some(c) => {
                    let td = format!("_{c}Fields");
                    if used.insert(c.clone()) {
                        let i = models.index[&c];
                        let props = models.classes[i]
                            .body
                            .get("properties")
                            .and_then(Value::as_object)
                            .cloned()
                            .unwrap_or_default();
                        let defs = models.classes[i].defs.clone();
                        // Every class is registered by now, so `ty` only finds them again.
                        let entries: Vec<String> = props
                            .iter()
                            .map(|(k, s)| format!("{}: {}", lit(&attr_name(k)), models.field_ty(&c, k, s, &defs).input))
                            .collect();
                        let _ = writeln!(
                            fields_types,
                            "    {td} = TypedDict({}, {{{}}}, total=False)",
                            lit(&td),
                            entries.join(", ")
                        );
                    }
                    format!("**fields: Unpack[{td}]")
                }
                None => "**fields: Any".to_owned(),
            };
            let _ = write!(funcs, "\n\ndef {fname}(request: {req_ann} = None, /, {kw}) -> {ret}:\n");
            funcs += &docstring(&doc, "    ");
            let _ = writeln!(
                funcs,
                "    return _steun.call_as({}, {req_arg}, {resp_arg}, request, fields)  # type: ignore[no-any-return]",
                lit(op.name)
            );
        }
        names.push(lit(&fname));
    }
    if !fields_types.is_empty() {
        out += "\n    # The keyword form of each request.\n";
        out += &fields_types;
    }
    out += &funcs;
    out += "\n\n#: Every instrument's id with the version of its rules.\nINSTRUMENTS: Dict[str, str] = {\n";
    for (id, v) in &instruments {
        let _ = writeln!(out, "    {}: {},", lit(id), lit(v));
    }
    out += "}\n";
    let _ = write!(out, "\n__all__ = [{}, \"INSTRUMENTS\"]\n", names.join(", "));
    out
}
