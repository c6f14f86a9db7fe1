//! SHA-3 and SHAKE (FIPS 202): the Keccak-f[1600] sponge.

use super::algos::Digest;

const RC: [u64; 24] = [
    0x0000000000000001,
    0x0000000000008082,
    0x800000000000808a,
    0x8000000080008000,
    0x000000000000808b,
    0x0000000080000001,
    0x8000000080008081,
    0x8000000000008009,
    0x000000000000008a,
    0x0000000000000088,
    0x0000000080008009,
    0x000000008000000a,
    0x000000008000808b,
    0x800000000000008b,
    0x8000000000008089,
    0x8000000000008003,
    0x8000000000008002,
    0x8000000000000080,
    0x000000000000800a,
    0x800000008000000a,
    0x8000000080008081,
    0x8000000000008080,
    0x0000000080000001,
    0x8000000080008008,
];
const ROT: [u32; 25] = [
    0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14,
];

fn keccak_f(a: &mut [u64; 25]) {
    for rc in RC {
        let mut c = [0u64; 5];
        for x in 0..5 {
            c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
        }
        for x in 0..5 {
            let d = c[(x + 4) % 5] ^ c[(x + 1) % 5].rotate_left(1);
            for y in 0..5 {
                a[x + 5 * y] ^= d;
            }
        }
        let mut b = [0u64; 25];
        for x in 0..5 {
            for y in 0..5 {
                b[y + 5 * ((2 * x + 3 * y) % 5)] = a[x + 5 * y].rotate_left(ROT[x + 5 * y]);
            }
        }
        for x in 0..5 {
            for y in 0..5 {
                a[x + 5 * y] = b[x + 5 * y] ^ (!b[(x + 1) % 5 + 5 * y] & b[(x + 2) % 5 + 5 * y]);
            }
        }
        a[0] ^= rc;
    }
}

/// A Keccak sponge with `rate` bytes per block and the domain `suffix` (0x06 for SHA-3,
/// 0x1f for SHAKE); `out` is the digest length (0 for SHAKE: given at `squeeze`).
#[derive(Clone)]
pub struct Keccak {
    state: [u64; 25],
    buf: Vec<u8>,
    pub rate: usize,
    suffix: u8,
    out: usize,
}

impl Keccak {
    pub fn new(rate: usize, suffix: u8, out: usize) -> Self {
        Keccak {
            state: [0; 25],
            buf: Vec::with_capacity(rate),
            rate,
            suffix,
            out,
        }
    }

    fn absorb_block(&mut self, block: &[u8]) {
        for (k, c) in block.chunks_exact(8).enumerate() {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.state[k] ^= u64::from_le_bytes(w);
        }
        keccak_f(&mut self.state);
    }

    /// `n` output bytes of everything absorbed so far (this copy is consumed).
    pub fn squeeze(mut self, n: usize) -> Vec<u8> {
        let mut last = std::mem::take(&mut self.buf);
        let pad_at = last.len();
        last.resize(self.rate, 0);
        last[pad_at] ^= self.suffix;
        last[self.rate - 1] ^= 0x80;
        self.absorb_block(&last);
        let mut out = Vec::with_capacity(n);
        loop {
            for w in &self.state[..self.rate / 8] {
                out.extend_from_slice(&w.to_le_bytes());
            }
            if out.len() >= n {
                out.truncate(n);
                return out;
            }
            keccak_f(&mut self.state);
        }
    }
}

impl Digest for Keccak {
    fn update(&mut self, mut data: &[u8]) {
        if !self.buf.is_empty() {
            let take = (self.rate - self.buf.len()).min(data.len());
            self.buf.extend_from_slice(&data[..take]);
            data = &data[take..];
            if self.buf.len() == self.rate {
                let b = std::mem::take(&mut self.buf);
                self.absorb_block(&b);
            }
        }
        while data.len() >= self.rate {
            let (blk, rest) = data.split_at(self.rate);
            self.absorb_block(blk);
            data = rest;
        }
        self.buf.extend_from_slice(data);
    }
    fn finish(self: Box<Self>) -> Vec<u8> {
        let n = self.out;
        self.squeeze(n)
    }
    fn finish_len(self: Box<Self>, n: usize) -> Vec<u8> {
        self.squeeze(n)
    }
}
