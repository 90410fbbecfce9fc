//! Shared by the CLI tests: running the built `steun` with arguments and standard input.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs `steun` with `args`, writing `stdin` to it.
pub fn steun(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_steun"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run steun");
    // The command may exit before reading everything (a limit, a usage error, a bad key):
    // a broken pipe is not a failure.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

/// Output bytes as text.
#[allow(dead_code)]
pub fn text(b: &[u8]) -> String {
    String::from_utf8(b.to_vec()).unwrap()
}
