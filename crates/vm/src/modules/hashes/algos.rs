//! MD5, SHA-1, SHA-224/256 and SHA-384/512, written from their specifications
//! (RFC 1321, FIPS 180-4). Each is a block buffer plus a compression function.

/// A streaming hash: `update` any number of times, `finish` on a copy.
pub trait Digest: DigestClone {
    fn update(&mut self, data: &[u8]);
    /// The digest of everything fed so far (consumes this copy).
    fn finish(self: Box<Self>) -> Vec<u8>;
    /// `n` bytes of output (extendable-output functions; the others ignore `n`).
    fn finish_len(self: Box<Self>, _n: usize) -> Vec<u8> {
        self.finish()
    }
}

pub trait DigestClone {
    fn clone_box(&self) -> Box<dyn Digest>;
}

impl<T: Digest + Clone + 'static> DigestClone for T {
    fn clone_box(&self) -> Box<dyn Digest> {
        Box::new(self.clone())
    }
}

/// The shared Merkle–Damgård buffering: `B`-byte blocks and a bit-length counter.
#[derive(Clone)]
struct Buffer<const B: usize> {
    buf: [u8; B],
    used: usize,
    len: u128,
}

impl<const B: usize> Buffer<B> {
    fn new() -> Self {
        Buffer {
            buf: [0; B],
            used: 0,
            len: 0,
        }
    }

    fn feed(&mut self, mut data: &[u8], mut compress: impl FnMut(&[u8; B])) {
        self.len += data.len() as u128;
        if self.used > 0 {
            let take = (B - self.used).min(data.len());
            self.buf[self.used..self.used + take].copy_from_slice(&data[..take]);
            self.used += take;
            data = &data[take..];
            if self.used < B {
                return;
            }
            let block = self.buf;
            compress(&block);
            self.used = 0;
        }
        let mut chunks = data.chunks_exact(B);
        for c in &mut chunks {
            let mut block = [0u8; B];
            block.copy_from_slice(c);
            compress(&block);
        }
        let rest = chunks.remainder();
        self.buf[..rest.len()].copy_from_slice(rest);
        self.used = rest.len();
    }

    /// Pads (0x80, zeros, the bit length in `lenbytes` bytes, big- or little-endian).
    fn pad(&mut self, lenbytes: usize, big_endian: bool, mut compress: impl FnMut(&[u8; B])) {
        let bits = self.len.wrapping_mul(8);
        let mut tail = vec![0x80u8];
        let total = self.used + 1;
        let zeros = (B + B - lenbytes - total % B) % B;
        tail.extend(std::iter::repeat_n(0, zeros));
        let lb = bits.to_be_bytes();
        let lenfield = &lb[16 - lenbytes..];
        if big_endian {
            tail.extend_from_slice(lenfield);
        } else {
            tail.extend(lenfield.iter().rev());
        }
        let len = self.len;
        self.feed(&tail, &mut compress);
        self.len = len;
    }
}

// ---- MD5 ----

#[derive(Clone)]
pub struct Md5 {
    s: [u32; 4],
    b: Buffer<64>,
}

const MD5_S: [u32; 64] = [
    7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9,
    14, 20, 5, 9, 14, 20, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15,
    21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
];

fn md5_k() -> [u32; 64] {
    let mut k = [0u32; 64];
    for (j, slot) in k.iter_mut().enumerate() {
        *slot = ((j as f64 + 1.0).sin().abs() * 4294967296.0) as u32;
    }
    k
}

fn md5_compress(s: &mut [u32; 4], block: &[u8; 64]) {
    thread_local!(static K: [u32; 64] = md5_k());
    let k = K.with(|k| *k);
    let m: Vec<u32> = block
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    let [mut a, mut b, mut c, mut d] = *s;
    for j in 0..64 {
        let (f, g) = match j / 16 {
            0 => ((b & c) | (!b & d), j),
            1 => ((d & b) | (!d & c), (5 * j + 1) % 16),
            2 => (b ^ c ^ d, (3 * j + 5) % 16),
            _ => (c ^ (b | !d), (7 * j) % 16),
        };
        let f = f.wrapping_add(a).wrapping_add(k[j]).wrapping_add(m[g]);
        a = d;
        d = c;
        c = b;
        b = b.wrapping_add(f.rotate_left(MD5_S[j]));
    }
    for (x, y) in s.iter_mut().zip([a, b, c, d]) {
        *x = x.wrapping_add(y);
    }
}

impl Default for Md5 {
    fn default() -> Self {
        Self::new()
    }
}

impl Md5 {
    pub fn new() -> Self {
        Md5 {
            s: [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476],
            b: Buffer::new(),
        }
    }
}

impl Digest for Md5 {
    fn update(&mut self, data: &[u8]) {
        let s = &mut self.s;
        self.b.feed(data, |blk| md5_compress(s, blk));
    }
    fn finish(mut self: Box<Self>) -> Vec<u8> {
        let s = &mut self.s;
        self.b.pad(8, false, |blk| md5_compress(s, blk));
        self.s.iter().flat_map(|w| w.to_le_bytes()).collect()
    }
}

// ---- SHA-1 ----

#[derive(Clone)]
pub struct Sha1 {
    s: [u32; 5],
    b: Buffer<64>,
}

fn sha1_compress(s: &mut [u32; 5], block: &[u8; 64]) {
    let mut w = [0u32; 80];
    for (j, c) in block.chunks_exact(4).enumerate() {
        w[j] = u32::from_be_bytes([c[0], c[1], c[2], c[3]]);
    }
    for j in 16..80 {
        w[j] = (w[j - 3] ^ w[j - 8] ^ w[j - 14] ^ w[j - 16]).rotate_left(1);
    }
    let [mut a, mut b, mut c, mut d, mut e] = *s;
    for (j, &wj) in w.iter().enumerate() {
        let (f, k) = match j / 20 {
            0 => ((b & c) | (!b & d), 0x5a827999),
            1 => (b ^ c ^ d, 0x6ed9eba1),
            2 => ((b & c) | (b & d) | (c & d), 0x8f1bbcdc),
            _ => (b ^ c ^ d, 0xca62c1d6u32),
        };
        let t = a
            .rotate_left(5)
            .wrapping_add(f)
            .wrapping_add(e)
            .wrapping_add(k)
            .wrapping_add(wj);
        e = d;
        d = c;
        c = b.rotate_left(30);
        b = a;
        a = t;
    }
    for (x, y) in s.iter_mut().zip([a, b, c, d, e]) {
        *x = x.wrapping_add(y);
    }
}

impl Default for Sha1 {
    fn default() -> Self {
        Self::new()
    }
}

impl Sha1 {
    pub fn new() -> Self {
        Sha1 {
            s: [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0],
            b: Buffer::new(),
        }
    }
}

impl Digest for Sha1 {
    fn update(&mut self, data: &[u8]) {
        let s = &mut self.s;
        self.b.feed(data, |blk| sha1_compress(s, blk));
    }
    fn finish(mut self: Box<Self>) -> Vec<u8> {
        let s = &mut self.s;
        self.b.pad(8, true, |blk| sha1_compress(s, blk));
        self.s.iter().flat_map(|w| w.to_be_bytes()).collect()
    }
}

// ---- SHA-224 / SHA-256 ----

const K256: [u32; 64] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

#[derive(Clone)]
pub struct Sha256 {
    s: [u32; 8],
    b: Buffer<64>,
    out: usize,
}

fn sha256_compress(s: &mut [u32; 8], block: &[u8; 64]) {
    let mut w = [0u32; 64];
    for (j, c) in block.chunks_exact(4).enumerate() {
        w[j] = u32::from_be_bytes([c[0], c[1], c[2], c[3]]);
    }
    for j in 16..64 {
        let s0 = w[j - 15].rotate_right(7) ^ w[j - 15].rotate_right(18) ^ (w[j - 15] >> 3);
        let s1 = w[j - 2].rotate_right(17) ^ w[j - 2].rotate_right(19) ^ (w[j - 2] >> 10);
        w[j] = w[j - 16]
            .wrapping_add(s0)
            .wrapping_add(w[j - 7])
            .wrapping_add(s1);
    }
    let mut v = *s;
    for j in 0..64 {
        let [a, b, c, d, e, f, g, h] = v;
        let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
        let ch = (e & f) ^ (!e & g);
        let t1 = h
            .wrapping_add(s1)
            .wrapping_add(ch)
            .wrapping_add(K256[j])
            .wrapping_add(w[j]);
        let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
        let maj = (a & b) ^ (a & c) ^ (b & c);
        let t2 = s0.wrapping_add(maj);
        v = [t1.wrapping_add(t2), a, b, c, d.wrapping_add(t1), e, f, g];
    }
    for (x, y) in s.iter_mut().zip(v) {
        *x = x.wrapping_add(y);
    }
}

impl Sha256 {
    pub fn new256() -> Self {
        Sha256 {
            s: [
                0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
                0x5be0cd19,
            ],
            b: Buffer::new(),
            out: 32,
        }
    }
    pub fn new224() -> Self {
        Sha256 {
            s: [
                0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7,
                0xbefa4fa4,
            ],
            b: Buffer::new(),
            out: 28,
        }
    }
}

impl Digest for Sha256 {
    fn update(&mut self, data: &[u8]) {
        let s = &mut self.s;
        self.b.feed(data, |blk| sha256_compress(s, blk));
    }
    fn finish(mut self: Box<Self>) -> Vec<u8> {
        let s = &mut self.s;
        self.b.pad(8, true, |blk| sha256_compress(s, blk));
        let mut out: Vec<u8> = self.s.iter().flat_map(|w| w.to_be_bytes()).collect();
        out.truncate(self.out);
        out
    }
}

// ---- SHA-384 / SHA-512 ----

const K512: [u64; 80] = [
    0x428a2f98d728ae22,
    0x7137449123ef65cd,
    0xb5c0fbcfec4d3b2f,
    0xe9b5dba58189dbbc,
    0x3956c25bf348b538,
    0x59f111f1b605d019,
    0x923f82a4af194f9b,
    0xab1c5ed5da6d8118,
    0xd807aa98a3030242,
    0x12835b0145706fbe,
    0x243185be4ee4b28c,
    0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f,
    0x80deb1fe3b1696b1,
    0x9bdc06a725c71235,
    0xc19bf174cf692694,
    0xe49b69c19ef14ad2,
    0xefbe4786384f25e3,
    0x0fc19dc68b8cd5b5,
    0x240ca1cc77ac9c65,
    0x2de92c6f592b0275,
    0x4a7484aa6ea6e483,
    0x5cb0a9dcbd41fbd4,
    0x76f988da831153b5,
    0x983e5152ee66dfab,
    0xa831c66d2db43210,
    0xb00327c898fb213f,
    0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2,
    0xd5a79147930aa725,
    0x06ca6351e003826f,
    0x142929670a0e6e70,
    0x27b70a8546d22ffc,
    0x2e1b21385c26c926,
    0x4d2c6dfc5ac42aed,
    0x53380d139d95b3df,
    0x650a73548baf63de,
    0x766a0abb3c77b2a8,
    0x81c2c92e47edaee6,
    0x92722c851482353b,
    0xa2bfe8a14cf10364,
    0xa81a664bbc423001,
    0xc24b8b70d0f89791,
    0xc76c51a30654be30,
    0xd192e819d6ef5218,
    0xd69906245565a910,
    0xf40e35855771202a,
    0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8,
    0x1e376c085141ab53,
    0x2748774cdf8eeb99,
    0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63,
    0x4ed8aa4ae3418acb,
    0x5b9cca4f7763e373,
    0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc,
    0x78a5636f43172f60,
    0x84c87814a1f0ab72,
    0x8cc702081a6439ec,
    0x90befffa23631e28,
    0xa4506cebde82bde9,
    0xbef9a3f7b2c67915,
    0xc67178f2e372532b,
    0xca273eceea26619c,
    0xd186b8c721c0c207,
    0xeada7dd6cde0eb1e,
    0xf57d4f7fee6ed178,
    0x06f067aa72176fba,
    0x0a637dc5a2c898a6,
    0x113f9804bef90dae,
    0x1b710b35131c471b,
    0x28db77f523047d84,
    0x32caab7b40c72493,
    0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6,
    0x597f299cfc657e2a,
    0x5fcb6fab3ad6faec,
    0x6c44198c4a475817,
];

#[derive(Clone)]
pub struct Sha512 {
    s: [u64; 8],
    b: Buffer<128>,
    out: usize,
}

fn sha512_compress(s: &mut [u64; 8], block: &[u8; 128]) {
    let mut w = [0u64; 80];
    for (j, c) in block.chunks_exact(8).enumerate() {
        let mut a = [0u8; 8];
        a.copy_from_slice(c);
        w[j] = u64::from_be_bytes(a);
    }
    for j in 16..80 {
        let s0 = w[j - 15].rotate_right(1) ^ w[j - 15].rotate_right(8) ^ (w[j - 15] >> 7);
        let s1 = w[j - 2].rotate_right(19) ^ w[j - 2].rotate_right(61) ^ (w[j - 2] >> 6);
        w[j] = w[j - 16]
            .wrapping_add(s0)
            .wrapping_add(w[j - 7])
            .wrapping_add(s1);
    }
    let mut v = *s;
    for j in 0..80 {
        let [a, b, c, d, e, f, g, h] = v;
        let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
        let ch = (e & f) ^ (!e & g);
        let t1 = h
            .wrapping_add(s1)
            .wrapping_add(ch)
            .wrapping_add(K512[j])
            .wrapping_add(w[j]);
        let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
        let maj = (a & b) ^ (a & c) ^ (b & c);
        let t2 = s0.wrapping_add(maj);
        v = [t1.wrapping_add(t2), a, b, c, d.wrapping_add(t1), e, f, g];
    }
    for (x, y) in s.iter_mut().zip(v) {
        *x = x.wrapping_add(y);
    }
}

impl Sha512 {
    pub fn new512() -> Self {
        Sha512 {
            s: [
                0x6a09e667f3bcc908,
                0xbb67ae8584caa73b,
                0x3c6ef372fe94f82b,
                0xa54ff53a5f1d36f1,
                0x510e527fade682d1,
                0x9b05688c2b3e6c1f,
                0x1f83d9abfb41bd6b,
                0x5be0cd19137e2179,
            ],
            b: Buffer::new(),
            out: 64,
        }
    }
    pub fn new384() -> Self {
        Sha512 {
            s: [
                0xcbbb9d5dc1059ed8,
                0x629a292a367cd507,
                0x9159015a3070dd17,
                0x152fecd8f70e5939,
                0x67332667ffc00b31,
                0x8eb44a8768581511,
                0xdb0c2e0d64f98fa7,
                0x47b5481dbefa4fa4,
            ],
            b: Buffer::new(),
            out: 48,
        }
    }
}

impl Digest for Sha512 {
    fn update(&mut self, data: &[u8]) {
        let s = &mut self.s;
        self.b.feed(data, |blk| sha512_compress(s, blk));
    }
    fn finish(mut self: Box<Self>) -> Vec<u8> {
        let s = &mut self.s;
        self.b.pad(16, true, |blk| sha512_compress(s, blk));
        let mut out: Vec<u8> = self.s.iter().flat_map(|w| w.to_be_bytes()).collect();
        out.truncate(self.out);
        out
    }
}
