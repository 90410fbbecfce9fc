//! The fuzz surface (owned by the fuzz work; see docs/architecture.md).

use crate::File;

/// Directories that hold generated files only.
#[allow(dead_code)]
pub const OWNED_DIRS: &[&str] = &[];

pub fn generate() -> Vec<File> {
    Vec::new()
}
