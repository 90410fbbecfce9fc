//! The one error type of steun.
//!
//! Messages never contain the offending value itself (it may be personal data); they name
//! the field by its JSON path and list what is allowed.

use core::fmt;

/// One step in a JSON path.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Segment {
    /// An object key.
    Key(String),
    /// An array index.
    Index(usize),
}

/// Where in a JSON document a problem is, e.g. `rows[2].wishes`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Path(pub Vec<Segment>);

impl Path {
    /// The document root.
    pub fn root() -> Self {
        Path(Vec::new())
    }

    /// A path from keys and indices written as `a.b[0].c`; used for rule findings.
    pub fn parse(text: &str) -> Self {
        let mut segs = Vec::new();
        for part in text.split('.').filter(|p| !p.is_empty()) {
            let (key, rest) = match part.find('[') {
                Some(i) => (&part[..i], &part[i..]),
                None => (part, ""),
            };
            if !key.is_empty() {
                segs.push(Segment::Key(key.to_owned()));
            }
            for idx in rest.split('[').filter(|s| !s.is_empty()) {
                match idx.trim_end_matches(']').parse() {
                    Ok(i) => segs.push(Segment::Index(i)),
                    Err(_) => segs.push(Segment::Key(idx.trim_end_matches(']').to_owned())),
                }
            }
        }
        Path(segs)
    }

    /// This path extended by a key.
    pub fn key(mut self, key: impl Into<String>) -> Self {
        self.0.push(Segment::Key(key.into()));
        self
    }

    /// This path extended by an index.
    pub fn index(mut self, index: usize) -> Self {
        self.0.push(Segment::Index(index));
        self
    }

    /// True for the document root.
    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str("(root)");
        }
        for (i, seg) in self.0.iter().enumerate() {
            match seg {
                Segment::Key(k) if i == 0 => f.write_str(k)?,
                Segment::Key(k) => write!(f, ".{k}")?,
                Segment::Index(n) => write!(f, "[{n}]")?,
            }
        }
        Ok(())
    }
}

/// Everything that can go wrong in steun.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is not well-formed JSON.
    #[error("malformed JSON at line {line}, column {column}: {message}")]
    Syntax {
        /// 1-based line of the problem.
        line: usize,
        /// 1-based column of the problem.
        column: usize,
        /// What is wrong.
        message: String,
    },
    /// A field is missing, unknown, of the wrong type, out of range, or breaks a rule of
    /// the document.
    #[error("{path}: {message}")]
    Invalid {
        /// Where the problem is.
        path: Path,
        /// What is wrong and what is allowed.
        message: String,
    },
    /// A name (enum, code, schema, reference set) that does not exist.
    #[error("unknown {what}; allowed: {allowed}")]
    NotFound {
        /// What kind of name was looked up.
        what: String,
        /// The allowed names, comma separated.
        allowed: String,
    },
    /// A state change that the process does not allow.
    #[error("cannot go from {from} to {to}; allowed from {from}: {allowed}")]
    Transition {
        /// The current state's code.
        from: String,
        /// The requested state's code.
        to: String,
        /// The states reachable from `from`, comma separated.
        allowed: String,
    },
    /// The input is larger or deeper than steun accepts.
    #[error("input too large: {message}")]
    Limit {
        /// Which limit was exceeded.
        message: String,
    },
    /// Several problems in one document, each with its kind, path and message; at most
    /// [`MAX_ISSUES`] are listed.
    #[error("{}", summary(.0))]
    Issues(Vec<Issue>),
}

/// The most problems one error lists; a document with more reports the first ones.
pub const MAX_ISSUES: usize = 100;

/// The kind of one problem, as a stable snake_case code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IssueKind {
    /// A required field is absent.
    Missing,
    /// A field the document does not have.
    UnknownField,
    /// A value of the wrong JSON type.
    WrongType,
    /// A string that is not one of the allowed codes.
    UnknownCode,
    /// A number, length or count outside what is allowed.
    OutOfRange,
    /// A rule of the document that the types alone cannot state.
    Rule,
    /// Not well-formed JSON.
    Syntax,
    /// Larger or deeper than steun accepts.
    Limit,
    /// A name (operation, document kind, enum, reference set) that does not exist.
    NotFound,
    /// A state change the process does not allow.
    Transition,
}

impl IssueKind {
    /// The wire code, e.g. `unknown_field`.
    pub fn code(self) -> &'static str {
        match self {
            IssueKind::Missing => "missing",
            IssueKind::UnknownField => "unknown_field",
            IssueKind::WrongType => "wrong_type",
            IssueKind::UnknownCode => "unknown_code",
            IssueKind::OutOfRange => "out_of_range",
            IssueKind::Rule => "rule",
            IssueKind::Syntax => "syntax",
            IssueKind::Limit => "limit",
            IssueKind::NotFound => "not_found",
            IssueKind::Transition => "transition",
        }
    }

    /// Every kind, in the order above.
    pub const ALL: [IssueKind; 10] = [
        IssueKind::Missing,
        IssueKind::UnknownField,
        IssueKind::WrongType,
        IssueKind::UnknownCode,
        IssueKind::OutOfRange,
        IssueKind::Rule,
        IssueKind::Syntax,
        IssueKind::Limit,
        IssueKind::NotFound,
        IssueKind::Transition,
    ];
}

/// One problem: its kind, where it is and what is wrong (never the offending value).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Issue {
    /// What kind of problem.
    pub kind: IssueKind,
    /// Where; the root for problems of the whole input.
    pub path: Path,
    /// What is wrong and what is allowed.
    pub message: String,
}

impl serde::Serialize for Issue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Issue", 3)?;
        st.serialize_field("kind", &self.kind)?;
        st.serialize_field("path", &self.path.to_string())?;
        st.serialize_field("message", &self.message)?;
        st.end()
    }
}

fn summary(issues: &[Issue]) -> String {
    let first = issues.first().map(|i| format!("{}: {}", i.path, i.message)).unwrap_or_default();
    match issues.len() {
        0 | 1 => first,
        n => format!("{first} (and {} more problem{})", n - 1, if n == 2 { "" } else { "s" }),
    }
}

/// The one wording of an unknown code, with the allowed codes; the code sent is never
/// repeated (a caller may have put personal data where a code belongs). Every reader
/// (serde's, the schema walk, the catalogue, the table columns) says it this way.
pub(crate) fn unknown_code_message<S: AsRef<str>>(allowed: impl IntoIterator<Item = S>) -> String {
    format!("unknown code; allowed: {}", joined(allowed))
}

/// The one wording of an unknown field, with the allowed names; the key sent is never
/// repeated (it may be personal data).
pub(crate) fn unknown_field_message<S: AsRef<str>>(allowed: impl IntoIterator<Item = S>) -> String {
    let names = joined(allowed);
    if names.is_empty() {
        "unknown field; this object takes no fields".to_owned()
    } else {
        format!("unknown field; allowed fields: {names}")
    }
}

fn joined<S: AsRef<str>>(items: impl IntoIterator<Item = S>) -> String {
    let mut out = String::new();
    for (i, s) in items.into_iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(s.as_ref());
    }
    out
}

/// Orders the kinds of problem a message of the JSON reader states.
pub(crate) fn kind_of_message(message: &str) -> IssueKind {
    if message.starts_with("missing required field") {
        IssueKind::Missing
    } else if message.starts_with("unknown field") {
        IssueKind::UnknownField
    } else if message.starts_with("unknown code") {
        IssueKind::UnknownCode
    } else if message.starts_with("expected") && message.contains(" from ") && message.contains(" to ") {
        IssueKind::OutOfRange
    } else if message.starts_with("got ") || message.starts_with("invalid type") {
        IssueKind::WrongType
    } else {
        IssueKind::Rule
    }
}

impl Error {
    /// An [`Error::Invalid`] at `path`.
    pub fn invalid(path: Path, message: impl Into<String>) -> Self {
        Error::Invalid { path, message: message.into() }
    }

    /// An [`Error::NotFound`]; the unknown name itself is left out of the message, since a
    /// caller may have put personal data where a code belongs.
    pub fn not_found(what: &str, _name: &str, allowed: &[&str]) -> Self {
        Error::NotFound { what: what.to_owned(), allowed: allowed.join(", ") }
    }

    /// A stable code for the kind of error: `syntax`, `invalid`, `not_found`, `transition`
    /// or `limit` (several problems of one document are `invalid`).
    pub fn code(&self) -> &'static str {
        match self {
            Error::Syntax { .. } => "syntax",
            Error::Invalid { .. } | Error::Issues(_) => "invalid",
            Error::NotFound { .. } => "not_found",
            Error::Transition { .. } => "transition",
            Error::Limit { .. } => "limit",
        }
    }

    /// The JSON path of the (first) bad field, where there is one.
    pub fn path(&self) -> Option<&Path> {
        match self {
            Error::Invalid { path, .. } => Some(path),
            Error::Issues(issues) => issues.first().map(|i| &i.path),
            _ => None,
        }
    }

    /// The (first) message without the path prefix.
    pub fn message(&self) -> String {
        match self {
            Error::Invalid { message, .. } => message.clone(),
            Error::Issues(issues) => issues.first().map(|i| i.message.clone()).unwrap_or_default(),
            other => other.to_string(),
        }
    }

    /// The error with every path moved under `key`: for a document checked inside a request.
    pub fn under(self, key: &str) -> Self {
        let prefix = |p: Path| {
            let mut segs = vec![Segment::Key(key.to_owned())];
            segs.extend(p.0);
            Path(segs)
        };
        match self {
            Error::Invalid { path, message } => Error::Invalid { path: prefix(path), message },
            Error::Issues(issues) => {
                Error::Issues(issues.into_iter().map(|i| Issue { path: prefix(i.path), ..i }).collect())
            }
            other => other,
        }
    }

    /// The error with every path moved under `prefix`: for a document checked inside another.
    pub fn under_path(self, prefix: &Path) -> Self {
        let join = |p: Path| {
            let mut segs = prefix.0.clone();
            segs.extend(p.0);
            Path(segs)
        };
        match self {
            Error::Invalid { path, message } => Error::Invalid { path: join(path), message },
            Error::Issues(issues) => {
                Error::Issues(issues.into_iter().map(|i| Issue { path: join(i.path), ..i }).collect())
            }
            other => other,
        }
    }

    /// The error with every path moved under index `i` (after [`Error::under`]'s key).
    pub fn under_index(self, i: usize) -> Self {
        let insert = |mut p: Path| {
            let at = usize::from(!p.0.is_empty());
            p.0.insert(at, Segment::Index(i));
            p
        };
        match self {
            Error::Invalid { path, message } => Error::Invalid { path: insert(path), message },
            Error::Issues(issues) => {
                Error::Issues(issues.into_iter().map(|x| Issue { path: insert(x.path), ..x }).collect())
            }
            other => other,
        }
    }

    /// Every problem, each with its kind, path and message: one for most errors, up to
    /// [`MAX_ISSUES`] for a document with several problems.
    pub fn issues(&self) -> Vec<Issue> {
        let one = |kind, path: Path, message: String| vec![Issue { kind, path, message }];
        match self {
            Error::Issues(issues) => issues.clone(),
            Error::Invalid { path, message } => one(kind_of_message(message), path.clone(), message.clone()),
            Error::Syntax { .. } => one(IssueKind::Syntax, Path::root(), self.to_string()),
            Error::Limit { .. } => one(IssueKind::Limit, Path::root(), self.to_string()),
            Error::NotFound { .. } => one(IssueKind::NotFound, Path::root(), self.to_string()),
            Error::Transition { .. } => one(IssueKind::Transition, Path::root(), self.to_string()),
        }
    }

    /// The error as data: `{"code": ..., "message": ..., "issues": [{"kind", "path", "message"}]}`,
    /// the same on every surface.
    pub fn report_json(&self) -> String {
        #[derive(serde::Serialize)]
        struct Report<'a> {
            code: &'a str,
            message: String,
            issues: Vec<Issue>,
        }
        crate::json::to_json(&Report { code: self.code(), message: self.to_string(), issues: self.issues() })
    }
}

/// The result type of steun.
pub type Result<T, E = Error> = core::result::Result<T, E>;
