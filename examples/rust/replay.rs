//! Calls operations through the registry, as every surface does.
//!
//! `cargo run -p steun --example replay` runs every operation's example and prints one line
//! per operation. With a file of JSON lines `{"op": ..., "request": ...}` (`-` for standard
//! input) it answers each line with `{"ok": <response>}` or `{"error": <error report>}`; the
//! cross-surface test uses this as the Rust side.

use std::io::{BufRead, Write};

fn answer(op: &str, request: &str) -> String {
    match steun::op::call(op, request) {
        Ok(response) => format!(r#"{{"ok":{response}}}"#),
        Err(e) => format!(r#"{{"error":{}}}"#, e.report_json()),
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let Some(file) = std::env::args().nth(1) else {
        for op in steun::op::ops() {
            let out = op.call(op.example)?;
            println!("{:<28} {} bytes of {}", op.name, out.len(), op.response.name);
        }
        return Ok(());
    };
    let input: Box<dyn BufRead> = if file == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(std::io::BufReader::new(std::fs::File::open(file)?))
    };
    let mut out = std::io::stdout().lock();
    for line in input.lines() {
        let line: serde_json::Value = serde_json::from_str(&line?)?;
        let op = line["op"].as_str().unwrap_or_default();
        // The request is passed on as text, as a C or CLI caller would send it.
        let request = match &line["request"] {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        writeln!(out, "{}", answer(op, &request))?;
    }
    Ok(())
}
