//! krait's loader: everything between a `.pyc` file on disk and bytecode ready to run.
//!
//! - [`pyc`]: the 16-byte header and its magic number ([`magic`]), per [`PyVersion`];
//! - [`marshal`]: a lossless marshal tree (read and write byte-for-byte) and its resolution
//!   into [`Const`]s and [`CodeObject`]s ([`code`]);
//! - [`linetable`] and [`exctable`]: the location and exception tables decoded;
//! - [`opcodes`]: the one generated opcode table of every version;
//! - [`lower`]: each version's `co_code` into krait's version-neutral instructions;
//! - [`repr`]: CPython's `repr` of constants; [`dis`]: CPython's `dis` output per version.

pub mod asm;
pub mod code;
pub mod dis;
pub mod error;
pub mod exctable;
pub mod linetable;
pub mod lower;
pub mod magic;
pub mod marshal;
pub mod opcodes;
pub mod pyc;
pub mod pystr;
pub mod repr;
pub mod settable;
pub mod version;

pub use code::{CodeObject, Const};
pub use error::{LoadError, Result};
pub use pystr::PyStr;
pub use version::PyVersion;
