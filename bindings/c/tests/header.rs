//! The committed header is what cbindgen generates from the current source.
//! Regenerate with `./scripts/regenerate` (its C step sets STEUN_BLESS=1 for this test).

#[test]
fn header_is_current() {
    let dir = env!("CARGO_MANIFEST_DIR");
    let config = cbindgen::Config::from_file(format!("{dir}/cbindgen.toml")).expect("cbindgen.toml");
    let mut generated = Vec::new();
    cbindgen::Builder::new()
        .with_crate(dir)
        .with_config(config)
        .generate()
        .expect("cbindgen generates the header")
        .write(&mut generated);
    let generated = String::from_utf8(generated).expect("utf-8 header");
    let path = format!("{dir}/include/steun.h");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed != generated {
        if std::env::var_os("STEUN_BLESS").is_some() {
            std::fs::write(&path, &generated).expect("write header");
        } else {
            panic!("include/steun.h is stale: run ./scripts/regenerate");
        }
    }
}
