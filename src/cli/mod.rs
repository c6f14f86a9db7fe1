//! Subcommands of the `krait` binary and what they share: loading a `.pyc` and reporting a
//! failure as one `krait: FILE: message` line on stderr.

pub mod asm;
pub mod conform;
pub mod dis;
pub mod run;

use std::path::Path;
use std::rc::Rc;

use krait::loader::{pyc, CodeObject};

/// Reads and loads a `.pyc`; the error is the one-line message to print after the file name.
pub fn load_code(path: &Path) -> Result<Rc<CodeObject>, String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let (_header, code) = pyc::load(&bytes).map_err(|e| e.to_string())?;
    Ok(code)
}

/// The one stderr line of a failed file.
pub fn error_line(path: &Path, message: &str) -> String {
    format!("krait: {}: {message}", path.display())
}
