//! Reading input: a file, or standard input when no file (or `-`) is given. At most
//! `steun::json::MAX_INPUT_BYTES` are read; more is a limit error, as in the core.

use std::io::Read;
use std::path::Path;

use steun::json::MAX_INPUT_BYTES;

use crate::Failure;

/// The text of `file`, or of standard input for `None` or `-`.
pub(crate) fn read(file: Option<&Path>) -> Result<String, Failure> {
    let limit = MAX_INPUT_BYTES as u64 + 1;
    let mut bytes = Vec::new();
    match file {
        Some(p) if p != Path::new("-") => {
            let f = std::fs::File::open(p).map_err(|e| Failure::io("open the input file", e))?;
            f.take(limit).read_to_end(&mut bytes).map_err(|e| Failure::io("read the input file", e))?;
        }
        _ => {
            let stdin = std::io::stdin();
            stdin.lock().take(limit).read_to_end(&mut bytes).map_err(|e| Failure::io("read standard input", e))?;
        }
    }
    text(bytes)
}

/// The bytes as text: refused when larger than the core accepts or not UTF-8.
pub(crate) fn text(bytes: Vec<u8>) -> Result<String, Failure> {
    if bytes.len() > MAX_INPUT_BYTES {
        let message = format!("more than {MAX_INPUT_BYTES} bytes of input; at most {MAX_INPUT_BYTES} are accepted");
        return Err(steun::Error::Limit { message }.into());
    }
    String::from_utf8(bytes).map_err(|e| {
        let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        // Valid up to here, so the prefix converts; lines and columns count from 1.
        let before = String::from_utf8_lossy(good);
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        steun::Error::Syntax { line, column, message: "the input is not valid UTF-8".into() }.into()
    })
}

/// The JSON value in `file` (or standard input), read by the core's strict reader.
pub(crate) fn value(file: Option<&Path>) -> Result<serde_json::Value, Failure> {
    Ok(steun::json::parse_value(&read(file)?)?)
}
