//! BLAKE2b and BLAKE2s (RFC 7693) with the full parameter block: digest size, key,
//! salt, personalization and the tree-hashing fields.

use super::algos::Digest;

const SIGMA: [[usize; 16]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

/// The tree/keying parameters shared by both variants.
#[derive(Clone, Default)]
pub struct Params {
    pub digest_size: usize,
    pub key: Vec<u8>,
    pub salt: Vec<u8>,
    pub person: Vec<u8>,
    pub fanout: u8,
    pub depth: u8,
    pub leaf_size: u32,
    pub node_offset: u64,
    pub node_depth: u8,
    pub inner_size: u8,
    pub last_node: bool,
}

macro_rules! blake2 {
    ($name:ident, $w:ty, $bb:expr, $rounds:expr, $r:expr, $iv:expr, $off_bytes:expr) => {
        #[derive(Clone)]
        pub struct $name {
            h: [$w; 8],
            t: u128,
            buf: Vec<u8>,
            out: usize,
            last_node: bool,
        }

        impl $name {
            const WB: usize = std::mem::size_of::<$w>();

            pub fn new(p: &Params) -> Self {
                // The parameter block, as bytes, then XORed into the IV word by word.
                let mut pb = vec![0u8; 8 * Self::WB];
                pb[0] = p.digest_size as u8;
                pb[1] = p.key.len() as u8;
                pb[2] = p.fanout;
                pb[3] = p.depth;
                pb[4..8].copy_from_slice(&p.leaf_size.to_le_bytes());
                pb[8..8 + $off_bytes].copy_from_slice(&p.node_offset.to_le_bytes()[..$off_bytes]);
                pb[8 + $off_bytes] = p.node_depth;
                pb[9 + $off_bytes] = p.inner_size;
                let salt_at = 4 * Self::WB;
                let half = 2 * Self::WB;
                pb[salt_at..salt_at + p.salt.len()].copy_from_slice(&p.salt);
                pb[salt_at + half..salt_at + half + p.person.len()].copy_from_slice(&p.person);
                let mut h: [$w; 8] = $iv;
                for (k, c) in pb.chunks_exact(Self::WB).enumerate() {
                    let mut a = [0u8; std::mem::size_of::<$w>()];
                    a.copy_from_slice(c);
                    h[k] ^= <$w>::from_le_bytes(a);
                }
                let mut s = $name {
                    h,
                    t: 0,
                    buf: Vec::with_capacity($bb),
                    out: p.digest_size,
                    last_node: p.last_node,
                };
                if !p.key.is_empty() {
                    let mut block = p.key.clone();
                    block.resize($bb, 0);
                    s.buf = block;
                }
                s
            }

            fn compress(&mut self, block: &[u8], last: bool) {
                let mut m = [0 as $w; 16];
                for (k, c) in block.chunks_exact(Self::WB).enumerate() {
                    let mut a = [0u8; std::mem::size_of::<$w>()];
                    a.copy_from_slice(c);
                    m[k] = <$w>::from_le_bytes(a);
                }
                let iv: [$w; 8] = $iv;
                let mut v = [0 as $w; 16];
                v[..8].copy_from_slice(&self.h);
                v[8..].copy_from_slice(&iv);
                v[12] ^= self.t as $w;
                v[13] ^= (self.t >> (8 * Self::WB)) as $w;
                if last {
                    v[14] = !v[14];
                    if self.last_node {
                        v[15] = !v[15];
                    }
                }
                let r: [u32; 4] = $r;
                let g = |v: &mut [$w; 16], a: usize, b: usize, c: usize, d: usize, x: $w, y: $w| {
                    v[a] = v[a].wrapping_add(v[b]).wrapping_add(x);
                    v[d] = (v[d] ^ v[a]).rotate_right(r[0]);
                    v[c] = v[c].wrapping_add(v[d]);
                    v[b] = (v[b] ^ v[c]).rotate_right(r[1]);
                    v[a] = v[a].wrapping_add(v[b]).wrapping_add(y);
                    v[d] = (v[d] ^ v[a]).rotate_right(r[2]);
                    v[c] = v[c].wrapping_add(v[d]);
                    v[b] = (v[b] ^ v[c]).rotate_right(r[3]);
                };
                for round in 0..$rounds {
                    let s = &SIGMA[round % 10];
                    g(&mut v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
                    g(&mut v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
                    g(&mut v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
                    g(&mut v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
                    g(&mut v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
                    g(&mut v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
                    g(&mut v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
                    g(&mut v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
                }
                for k in 0..8 {
                    self.h[k] ^= v[k] ^ v[k + 8];
                }
            }
        }

        impl Digest for $name {
            fn update(&mut self, mut data: &[u8]) {
                // A full buffer is compressed only once more data follows (the last block
                // carries the final flag).
                while !data.is_empty() {
                    if self.buf.len() == $bb {
                        self.t += $bb as u128;
                        let b = std::mem::take(&mut self.buf);
                        self.compress(&b, false);
                    }
                    let take = ($bb - self.buf.len()).min(data.len());
                    self.buf.extend_from_slice(&data[..take]);
                    data = &data[take..];
                }
            }
            fn finish(mut self: Box<Self>) -> Vec<u8> {
                self.t += self.buf.len() as u128;
                let mut b = std::mem::take(&mut self.buf);
                b.resize($bb, 0);
                self.compress(&b, true);
                let mut out: Vec<u8> = self.h.iter().flat_map(|w| w.to_le_bytes()).collect();
                out.truncate(self.out);
                out
            }
        }
    };
}

blake2!(
    Blake2b,
    u64,
    128,
    12,
    [32, 24, 16, 63],
    [
        0x6a09e667f3bcc908,
        0xbb67ae8584caa73b,
        0x3c6ef372fe94f82b,
        0xa54ff53a5f1d36f1,
        0x510e527fade682d1,
        0x9b05688c2b3e6c1f,
        0x1f83d9abfb41bd6b,
        0x5be0cd19137e2179,
    ],
    8
);

blake2!(
    Blake2s,
    u32,
    64,
    10,
    [16, 12, 8, 7],
    [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
        0x5be0cd19,
    ],
    6
);
