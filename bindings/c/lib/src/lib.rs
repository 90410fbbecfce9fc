//! libsteun: the C ABI of steun (`bindings/c`, crate `steun-capi`) built as `libsteun.so`
//! and `libsteun.a`. Nothing is defined here: the re-export keeps every `#[no_mangle]`
//! function of steun-capi in the libraries, and a crate of its own keeps LTO on for them.

pub use steun_capi::*;
