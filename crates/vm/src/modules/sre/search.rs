//! `SRE(search)` and the entry points: `pattern_match`, `fullmatch`, `search`, with the
//! INFO block's prefix and charset shortcuts.

use super::constants::{info, op};
use super::state::{SreResult, State, Text};

impl<T: Text + ?Sized> State<'_, T> {
    /// Matches at `self.start` (`Pattern.match`; `fullmatch` with `match_all`).
    pub fn pattern_match(&mut self) -> SreResult<bool> {
        self.ptr = self.start;
        self.run(0, true)
    }

    /// Finds the first match at or after `self.start`; on success `self.start` is where
    /// it begins and `self.ptr` where it ends.
    pub fn search(&mut self) -> SreResult<bool> {
        let mut ptr = self.start;
        let end = self.end;
        if ptr > end {
            return Ok(false);
        }
        let mut pc = 0;
        let mut flags = 0;
        let mut prefix: Option<(usize, usize, usize)> = None; // (pc, len, skip)
        let mut charset: Option<usize> = None;
        if self.w(0) == op::INFO {
            flags = self.w(2);
            let min = self.w(3) as usize;
            if min != 0 && end - ptr < min {
                return Ok(false);
            }
            if flags & info::PREFIX != 0 {
                prefix = Some((7, self.w(5) as usize, self.w(6) as usize));
            } else if flags & info::CHARSET != 0 {
                charset = Some(5);
            }
            pc = 1 + self.w(1) as usize;
        }
        let t = self.text;
        if let Some((ppc, plen, pskip)) = prefix.filter(|p| p.1 >= 1) {
            self.must_advance = false;
            while ptr + plen <= end {
                if (0..plen).all(|k| t.at(ptr + k) == self.w(ppc + k)) {
                    self.start = ptr;
                    self.ptr = ptr + pskip;
                    if flags & info::LITERAL != 0 {
                        return Ok(true);
                    }
                    if self.run(pc + 2 * pskip, false)? {
                        return Ok(true);
                    }
                    self.lastmark = -1;
                    self.lastindex = -1;
                }
                ptr += 1;
                self.check_signals()?;
            }
            return Ok(false);
        }
        if let Some(cs) = charset {
            self.must_advance = false;
            loop {
                while ptr < end && !self.charset(cs, t.at(ptr)) {
                    ptr += 1;
                }
                if ptr >= end {
                    return Ok(false);
                }
                self.start = ptr;
                self.ptr = ptr;
                if self.run(pc, false)? {
                    return Ok(true);
                }
                ptr += 1;
                self.lastmark = -1;
                self.lastindex = -1;
            }
        }
        self.start = ptr;
        self.ptr = ptr;
        let mut status = self.run(pc, true)?;
        self.must_advance = false;
        if !status && self.w(pc) == op::AT && matches!(self.w(pc + 1), 0 | 2) {
            self.start = end;
            self.ptr = end;
            return Ok(false);
        }
        while !status && ptr < end {
            ptr += 1;
            self.lastmark = -1;
            self.lastindex = -1;
            self.start = ptr;
            self.ptr = ptr;
            status = self.run(pc, false)?;
        }
        Ok(status)
    }
}
