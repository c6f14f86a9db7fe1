//! The `.pyc` file: a 16-byte header followed by one marshalled code object.
//!
//! Header (PEP 552), all little-endian:
//!
//! | bytes  | field                                                         |
//! |--------|---------------------------------------------------------------|
//! | 0..2   | magic number (which CPython wrote the file)                   |
//! | 2..4   | `b"\r\n"`                                                     |
//! | 4..8   | flags: bit 0 = hash-based, bit 1 = check the hash             |
//! | 8..16  | flags bit 0 clear: source mtime (u32) and size (u32); set: the 8-byte SipHash of the source |

use std::rc::Rc;

use crate::magic::{classify, Magic};
use crate::marshal;
use crate::{CodeObject, Const, LoadError, PyVersion, Result};

/// Length of the header.
pub const HEADER_LEN: usize = 16;

/// How the header ties the file to its source (PEP 552).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Validation {
    /// flags == 0: source mtime and size.
    Timestamp { mtime: u32, size: u32 },
    /// flags bit 0 set: SipHash of the source; `checked` is flags bit 1.
    Hash { checked: bool, hash: [u8; 8] },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PycHeader {
    pub magic: u16,
    pub version: PyVersion,
    pub flags: u32,
    pub validation: Validation,
}

impl PycHeader {
    /// A timestamp header with this version's release magic.
    pub fn timestamp(version: PyVersion, mtime: u32, size: u32) -> Self {
        Self {
            magic: version.release_magic(),
            version,
            flags: 0,
            validation: Validation::Timestamp { mtime, size },
        }
    }

    /// A hash-based header with this version's release magic.
    pub fn hash(version: PyVersion, checked: bool, hash: [u8; 8]) -> Self {
        Self {
            magic: version.release_magic(),
            version,
            flags: 1 | if checked { 2 } else { 0 },
            validation: Validation::Hash { checked, hash },
        }
    }

    /// Parses the first 16 bytes of a file.
    ///
    /// A magic number of another CPython is [`LoadError::ForeignMagic`]; anything that is
    /// no magic number (or lacks the `\r\n` after it) is [`LoadError::UnknownMagic`]; flag
    /// bits other than 0 and 1 are refused as importlib refuses them.
    pub fn parse(bytes: &[u8]) -> Result<PycHeader> {
        if bytes.len() < 4 {
            return Err(LoadError::malformed(
                bytes.len(),
                format!(
                    "truncated: a .pyc header is {HEADER_LEN} bytes, the file has {}",
                    bytes.len()
                ),
            ));
        }
        let magic = u16::from_le_bytes([bytes[0], bytes[1]]);
        let first4 = [bytes[0], bytes[1], bytes[2], bytes[3]];
        if &bytes[2..4] != b"\r\n" {
            return Err(LoadError::UnknownMagic {
                magic,
                bytes: first4,
            });
        }
        let version = match classify(magic) {
            Magic::Supported(v) => v,
            Magic::Foreign(version) => return Err(LoadError::ForeignMagic { version, magic }),
            Magic::Unknown => {
                return Err(LoadError::UnknownMagic {
                    magic,
                    bytes: first4,
                })
            }
        };
        if bytes.len() < HEADER_LEN {
            return Err(LoadError::malformed(
                bytes.len(),
                format!(
                    "truncated: a .pyc header is {HEADER_LEN} bytes, the file has {}",
                    bytes.len()
                ),
            ));
        }
        let u32_at =
            |i: usize| u32::from_le_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
        let flags = u32_at(4);
        if flags & !0b11 != 0 {
            return Err(LoadError::malformed(
                4,
                format!("invalid .pyc flags 0x{flags:08x} (only bits 0 and 1 are defined)"),
            ));
        }
        let validation = if flags & 1 != 0 {
            let mut hash = [0u8; 8];
            hash.copy_from_slice(&bytes[8..16]);
            Validation::Hash {
                checked: flags & 2 != 0,
                hash,
            }
        } else {
            Validation::Timestamp {
                mtime: u32_at(8),
                size: u32_at(12),
            }
        };
        Ok(PycHeader {
            magic,
            version,
            flags,
            validation,
        })
    }

    /// The 16 header bytes.
    pub fn to_bytes(&self) -> [u8; HEADER_LEN] {
        let mut out = [0u8; HEADER_LEN];
        out[0..2].copy_from_slice(&self.magic.to_le_bytes());
        out[2..4].copy_from_slice(b"\r\n");
        out[4..8].copy_from_slice(&self.flags.to_le_bytes());
        match self.validation {
            Validation::Timestamp { mtime, size } => {
                out[8..12].copy_from_slice(&mtime.to_le_bytes());
                out[12..16].copy_from_slice(&size.to_le_bytes());
            }
            Validation::Hash { hash, .. } => out[8..16].copy_from_slice(&hash),
        }
        out
    }
}

/// A whole `.pyc`: header plus the lossless marshal tree of its body.
#[derive(Clone, Debug)]
pub struct Pyc {
    pub header: PycHeader,
    pub body: marshal::Node,
}

impl Pyc {
    /// Parses a whole file. Errors name the byte offset. Bytes after the marshalled body
    /// are ignored (as CPython's import ignores them).
    pub fn parse(bytes: &[u8]) -> Result<Pyc> {
        let header = PycHeader::parse(bytes)?;
        let (body, _) = marshal::read_prefix(&bytes[HEADER_LEN..], HEADER_LEN, header.version)?;
        Ok(Pyc { header, body })
    }

    /// Writes the file back; `Pyc::parse(b)?.to_bytes() == b` for every CPython-written file.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = self.header.to_bytes().to_vec();
        marshal::write_into(&mut out, &self.body);
        out
    }

    /// The module's code object, resolved.
    pub fn code(&self) -> Result<Rc<CodeObject>> {
        match marshal::resolve(&self.body, self.header.version)? {
            Const::Code(c) => Ok(c),
            _ => Err(LoadError::malformed(
                self.body.offset,
                format!(
                    "the body of a .pyc must be a code object, not {}",
                    self.body.kind.describe()
                ),
            )),
        }
    }
}

/// Parses a `.pyc` and resolves its module code object.
pub fn load(bytes: &[u8]) -> Result<(PycHeader, Rc<CodeObject>)> {
    let pyc = Pyc::parse(bytes)?;
    let code = pyc.code()?;
    Ok((pyc.header, code))
}
