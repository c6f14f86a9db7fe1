//! Errors of reading `.pyc` files and marshal data.

/// What is wrong with a `.pyc` file or a marshal stream. Each variant's message is one
/// line; the caller prefixes the file name (`app.pyc: …`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    /// A magic number of a CPython that krait does not read.
    #[error("compiled by CPython {version} (magic {magic}); krait reads 3.10\u{2013}3.13")]
    ForeignMagic { version: &'static str, magic: u16 },
    /// The first four bytes are no CPython magic number.
    #[error("unknown magic number {magic} (header bytes {bytes:02x?}); not a .pyc of CPython 3.10\u{2013}3.13")]
    UnknownMagic { magic: u16, bytes: [u8; 4] },
    /// The data is cut short, inconsistent or hostile; `offset` is where reading failed.
    #[error("at byte {offset}: {what}")]
    Malformed { offset: usize, what: String },
}

impl LoadError {
    pub fn malformed(offset: usize, what: impl Into<String>) -> Self {
        Self::Malformed {
            offset,
            what: what.into(),
        }
    }
}

pub type Result<T, E = LoadError> = std::result::Result<T, E>;
