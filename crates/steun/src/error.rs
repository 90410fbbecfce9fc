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
    /// or `limit`.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Syntax { .. } => "syntax",
            Error::Invalid { .. } => "invalid",
            Error::NotFound { .. } => "not_found",
            Error::Transition { .. } => "transition",
            Error::Limit { .. } => "limit",
        }
    }

    /// The JSON path of the bad field, where there is one.
    pub fn path(&self) -> Option<&Path> {
        match self {
            Error::Invalid { path, .. } => Some(path),
            _ => None,
        }
    }

    /// The message without the path prefix.
    pub fn message(&self) -> String {
        match self {
            Error::Invalid { message, .. } => message.clone(),
            other => other.to_string(),
        }
    }
}

/// The result type of steun.
pub type Result<T, E = Error> = core::result::Result<T, E>;
