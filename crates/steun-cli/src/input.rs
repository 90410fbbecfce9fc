//! Reading input: a file, or standard input when no file (or `-`) is given.

use std::io::Read;
use std::path::Path;

use crate::Failure;

/// The text of `file`, or of standard input for `None` or `-`.
pub(crate) fn read(file: Option<&Path>) -> Result<String, Failure> {
    match file {
        Some(p) if p != Path::new("-") => {
            std::fs::read_to_string(p).map_err(|e| Failure::io(&format!("read {}", p.display()), e))
        }
        _ => {
            let mut s = String::new();
            std::io::stdin().read_to_string(&mut s).map_err(|e| Failure::io("read standard input", e))?;
            Ok(s)
        }
    }
}
