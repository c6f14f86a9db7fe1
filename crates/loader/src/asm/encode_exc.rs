//! The 3.11+ exception table, written as CPython's `assemble_exception_table` writes it:
//! one entry per run of consecutive instructions with the same handler (compared by target
//! offset), in code units: start, length, target, `depth << 1 | lasti`, each a big-endian
//! 6-bit varint, the first byte of an entry marked with 0x80.

/// A resolved handler: target (code units), depth and lasti.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Handler {
    pub target: u32,
    pub depth: u32,
    pub lasti: bool,
}

/// Encodes per-instruction handlers (`None`: no handler) for instructions of the given
/// sizes in code units.
pub fn encode(handlers: &[Option<Handler>], sizes: &[u32]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut cur: Option<Handler> = None;
    let mut start = 0;
    let mut offset = 0;
    for (h, size) in handlers.iter().zip(sizes) {
        if h.map(|h| h.target) != cur.map(|h| h.target) {
            if let Some(c) = cur {
                entry(&mut out, start, offset, c);
            }
            start = offset;
            cur = *h;
        }
        offset += size;
    }
    if let Some(c) = cur {
        entry(&mut out, start, offset, c);
    }
    out
}

fn entry(out: &mut Vec<u8>, start: u32, end: u32, h: Handler) {
    item(out, start, 0x80);
    item(out, end - start, 0);
    item(out, h.target, 0);
    item(out, h.depth << 1 | u32::from(h.lasti), 0);
}

fn item(out: &mut Vec<u8>, value: u32, mut msb: u8) {
    for shift in [24, 18, 12, 6] {
        if value >= 1 << shift {
            out.push(((value >> shift) & 0x3f) as u8 | 64 | msb);
            msb = 0;
        }
    }
    out.push((value & 0x3f) as u8 | msb);
}
