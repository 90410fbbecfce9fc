//! Standard output, buffered until the command ends: a closed pipe (`steun ops | head`) ends
//! the run quietly instead of panicking in `println!`.

use std::cell::RefCell;
use std::io::Write;

thread_local! {
    static BUF: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Appends to the output.
pub(crate) fn push(text: &str) {
    BUF.with(|b| b.borrow_mut().push_str(text));
}

/// Writes the output. A reader that went away is no error.
pub(crate) fn flush() -> std::io::Result<()> {
    let text = BUF.with(|b| std::mem::take(&mut *b.borrow_mut()));
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// `print!` to the buffered output.
macro_rules! out {
    ($($t:tt)*) => { $crate::out::push(&format!($($t)*)) };
}

/// `println!` to the buffered output.
macro_rules! outln {
    () => { $crate::out::push("\n") };
    ($($t:tt)*) => {{ $crate::out::push(&format!($($t)*)); $crate::out::push("\n"); }};
}
