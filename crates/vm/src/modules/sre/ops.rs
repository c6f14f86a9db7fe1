//! Single-character matching: set membership (`SRE(charset)`), the one-character opcodes
//! and `SRE(count)`, which runs a one-character item as often as it can.

use super::chars;
use super::constants::{op, MAXREPEAT};
use super::state::{SreError, SreResult, State, Text};

impl<T: Text + ?Sized> State<'_, T> {
    /// Whether `ch` is in the set starting at code index `s` (ends at FAILURE).
    pub(super) fn charset(&self, mut s: usize, ch: u32) -> bool {
        let mut ok = true;
        loop {
            let o = self.w(s);
            s += 1;
            match o {
                op::FAILURE => return !ok,
                op::LITERAL => {
                    if ch == self.w(s) {
                        return ok;
                    }
                    s += 1;
                }
                op::CATEGORY => {
                    if chars::category(self.w(s), ch) {
                        return ok;
                    }
                    s += 1;
                }
                op::CHARSET => {
                    if ch < 256 && self.w(s + (ch / 32) as usize) & (1u32 << (ch & 31)) != 0 {
                        return ok;
                    }
                    s += 8;
                }
                op::RANGE => {
                    if self.w(s) <= ch && ch <= self.w(s + 1) {
                        return ok;
                    }
                    s += 2;
                }
                op::RANGE_UNI_IGNORE => {
                    // ch is already lower-cased
                    if self.w(s) <= ch && ch <= self.w(s + 1) {
                        return ok;
                    }
                    let u = chars::upper_unicode(ch);
                    if self.w(s) <= u && u <= self.w(s + 1) {
                        return ok;
                    }
                    s += 2;
                }
                op::NEGATE => ok = !ok,
                op::BIGCHARSET => {
                    // <BIGCHARSET> <blockcount> <256 block indices as bytes> <blocks>
                    let count = self.w(s) as usize;
                    s += 1;
                    if ch < 0x10000 {
                        let k = (ch >> 8) as usize;
                        let block = (self.w(s + k / 4) >> (8 * (k % 4))) & 0xff;
                        let bit = block as usize * 256 + (ch & 255) as usize;
                        if self.w(s + 64 + bit / 32) & (1u32 << (ch & 31)) != 0 {
                            return ok;
                        }
                    }
                    s += 64 + count * 8;
                }
                _ => return false,
            }
        }
    }

    /// `charset` for `IN_LOC_IGNORE`: the lower or the upper form is in the set.
    fn charset_loc_ignore(&self, s: usize, ch: u32) -> bool {
        let lo = chars::lower_locale(ch);
        if self.charset(s, lo) {
            return true;
        }
        let up = chars::upper_locale(ch);
        up != lo && self.charset(s, up)
    }

    /// Whether the one-character op at `pc` accepts `ch`; `None` when the op at `pc` is
    /// not a one-character op.
    pub(super) fn one_char(&self, pc: usize, ch: u32) -> Option<bool> {
        let arg = self.w(pc + 1);
        Some(match self.w(pc) {
            op::ANY => !chars::is_linebreak(ch),
            op::ANY_ALL => true,
            op::LITERAL => ch == arg,
            op::NOT_LITERAL => ch != arg,
            op::LITERAL_IGNORE => chars::lower_ascii(ch) == arg,
            op::NOT_LITERAL_IGNORE => chars::lower_ascii(ch) != arg,
            op::LITERAL_UNI_IGNORE => chars::lower_unicode(ch) == arg,
            op::NOT_LITERAL_UNI_IGNORE => chars::lower_unicode(ch) != arg,
            op::LITERAL_LOC_IGNORE => char_loc_ignore(arg, ch),
            op::NOT_LITERAL_LOC_IGNORE => !char_loc_ignore(arg, ch),
            op::CATEGORY => chars::category(arg, ch),
            op::IN => self.charset(pc + 2, ch),
            op::IN_IGNORE => self.charset(pc + 2, chars::lower_ascii(ch)),
            op::IN_UNI_IGNORE => self.charset(pc + 2, chars::lower_unicode(ch)),
            op::IN_LOC_IGNORE => self.charset_loc_ignore(pc + 2, ch),
            _ => return None,
        })
    }

    /// `SRE(count)`: how many times (at most `maxcount`) the one-character item at `pc`
    /// matches from `self.ptr`.
    pub(super) fn count(&mut self, pc: usize, maxcount: u32) -> SreResult<usize> {
        let start = self.ptr;
        let mut end = self.end;
        if maxcount != MAXREPEAT && (maxcount as usize) < end.saturating_sub(start) {
            end = start + maxcount as usize;
        }
        let t = self.text;
        let mut p = start;
        match self.w(pc) {
            op::ANY_ALL => p = end.max(start),
            op::ANY => {
                while p < end && !chars::is_linebreak(t.at(p)) {
                    p += 1;
                }
            }
            op::LITERAL => {
                let c = self.w(pc + 1);
                while p < end && t.at(p) == c {
                    p += 1;
                }
            }
            op::NOT_LITERAL => {
                let c = self.w(pc + 1);
                while p < end && t.at(p) != c {
                    p += 1;
                }
            }
            op::IN => {
                while p < end && self.charset(pc + 2, t.at(p)) {
                    p += 1;
                }
            }
            _ => {
                while p < end {
                    self.check_signals()?;
                    match self.one_char(pc, t.at(p)) {
                        Some(true) => p += 1,
                        Some(false) => break,
                        None => return Err(SreError::Illegal),
                    }
                }
            }
        }
        Ok(p - start)
    }
}

/// `char_loc_ignore`: `ch` equals `pattern` up to the C locale's case.
fn char_loc_ignore(pattern: u32, ch: u32) -> bool {
    ch == pattern || chars::lower_locale(ch) == pattern || chars::upper_locale(ch) == pattern
}
