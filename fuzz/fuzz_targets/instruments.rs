//! Every operation of the registry, picked by the first byte; the body and its properties
//! are in ../checks/instruments.rs (also run on the seeds by `cargo test -p steun-codegen`).
#![no_main]

include!("../checks/echo.rs");
include!("../checks/instruments.rs");

libfuzzer_sys::fuzz_target!(|data: &[u8]| check(data));
