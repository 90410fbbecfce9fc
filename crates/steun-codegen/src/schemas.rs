//! The JSON Schema of every document kind (`schemas/<kind>.json`) and the operations
//! listing (`schemas/ops/ops.json`).

use crate::File;

/// Directories that hold generated files only.
pub const OWNED_DIRS: &[&str] = &["schemas"];

pub fn generate() -> Vec<File> {
    let mut out: Vec<File> = steun::document::kinds()
        .map(|k| File::new(format!("schemas/{}.json", k.name), steun::json::to_json_pretty(&k.schema()) + "\n"))
        .collect();
    let listing: serde_json::Value = serde_json::from_str(&steun::op::listing()).expect("listing is JSON");
    out.push(File::new("schemas/ops/ops.json", steun::json::to_json_pretty(&listing) + "\n"));
    out
}
