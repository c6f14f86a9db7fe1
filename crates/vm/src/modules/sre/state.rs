//! The matching state of one `match`/`search` call (CPython's `SRE_STATE`): the text, its
//! bounds, the capture marks, the repeat contexts and the backtracking data stack. The
//! engine works on any [`Text`]: bytes (`[u8]`) or code points (`[u32]`).

use super::chars;
use super::constants::{at, op};

/// The subject of a match: a slice of characters (bytes or code points).
pub trait Text {
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The character at `i` (`i < len()`).
    fn at(&self, i: usize) -> u32;
}

impl Text for [u8] {
    #[inline(always)]
    fn len(&self) -> usize {
        <[u8]>::len(self)
    }
    #[inline(always)]
    fn at(&self, i: usize) -> u32 {
        self[i] as u32
    }
}

impl Text for [u32] {
    #[inline(always)]
    fn len(&self) -> usize {
        <[u32]>::len(self)
    }
    #[inline(always)]
    fn at(&self, i: usize) -> u32 {
        self[i]
    }
}

/// Why a match stopped without an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SreError {
    /// The interrupt check said stop (a pending KeyboardInterrupt).
    Interrupted,
    /// The code is not valid compiled `re` code.
    Illegal,
    /// An UNTIL without an open REPEAT.
    State,
}

pub type SreResult<T> = Result<T, SreError>;

/// "No position" in a mark or a repeat's `last_ptr` (CPython's NULL pointer).
pub const NONE: usize = usize::MAX;

/// An open `REPEAT` (CPython's `SRE_REPEAT`).
pub(super) struct Repeat {
    pub count: isize,
    /// Index of the REPEAT's skip word: `pc + 1` is min, `pc + 2` max, `pc + 3` the item.
    pub pc: usize,
    pub prev: Option<usize>,
    pub last_ptr: usize,
}

pub struct State<'a, T: Text + ?Sized> {
    pub(super) code: &'a [u32],
    pub text: &'a T,
    /// Where the current attempt started (group 0 begins here).
    pub start: usize,
    /// The end of the searched slice (`endpos`).
    pub end: usize,
    /// Where the last successful match ended.
    pub ptr: usize,
    /// Capture marks: `2*g` and `2*g + 1` are group `g + 1`'s start and end.
    pub marks: Vec<usize>,
    /// Highest valid index in `marks`, -1 when none.
    pub lastmark: isize,
    /// `lastindex` of the match, -1 when no group closed.
    pub lastindex: isize,
    /// `fullmatch`: SUCCESS only at `end`.
    pub match_all: bool,
    /// An empty match at `start` is not accepted (finditer/sub after an empty match).
    pub must_advance: bool,
    /// Marks beyond this are illegal code (2 × the pattern's groups).
    pub(super) mark_limit: usize,
    pub(super) repeat: Option<usize>,
    pub(super) repeats: Vec<Repeat>,
    /// Saved marks and `last_ptr`s (CPython's data stack).
    pub(super) data: Vec<usize>,
    sigcount: u32,
    /// Asked every 4096 steps; `true` stops the match with [`SreError::Interrupted`].
    pub interrupt: Option<&'a dyn Fn() -> bool>,
}

impl<'a, T: Text + ?Sized> State<'a, T> {
    /// A state over `text[pos..endpos]` (both already clamped by the caller) for code of
    /// a pattern with `groups` groups.
    pub fn new(code: &'a [u32], text: &'a T, pos: usize, endpos: usize, groups: usize) -> Self {
        State {
            code,
            text,
            start: pos,
            end: endpos,
            ptr: pos,
            marks: Vec::new(),
            lastmark: -1,
            lastindex: -1,
            match_all: false,
            must_advance: false,
            mark_limit: 2 * groups,
            repeat: None,
            repeats: Vec::new(),
            data: Vec::new(),
            sigcount: 0,
            interrupt: None,
        }
    }

    /// Forgets the marks of a previous attempt (`state_reset`).
    pub fn reset(&mut self) {
        self.lastmark = -1;
        self.lastindex = -1;
        self.repeat = None;
        self.repeats.clear();
        self.data.clear();
    }

    /// The span of group `g` (1-based) after a successful match, if it took part.
    pub fn group_span(&self, g: usize) -> Option<(usize, usize)> {
        let j = 2 * (g - 1);
        if (j + 1) as isize <= self.lastmark {
            let (a, b) = (self.marks[j], self.marks[j + 1]);
            if a != NONE && b != NONE {
                return Some((a, b));
            }
        }
        None
    }

    /// The code word at `i`; 0 (FAILURE) past the end, so malformed code fails rather
    /// than panics.
    #[inline(always)]
    pub(super) fn w(&self, i: usize) -> u32 {
        self.code.get(i).copied().unwrap_or(op::FAILURE)
    }

    #[inline(always)]
    pub(super) fn check_signals(&mut self) -> SreResult<()> {
        self.sigcount = self.sigcount.wrapping_add(1);
        if self.sigcount & 0xfff == 0 {
            if let Some(f) = self.interrupt {
                if f() {
                    return Err(SreError::Interrupted);
                }
            }
        }
        Ok(())
    }

    pub(super) fn set_mark(&mut self, i: usize, ptr: usize) -> SreResult<()> {
        if i >= self.mark_limit {
            return Err(SreError::Illegal);
        }
        if i & 1 == 1 {
            self.lastindex = (i / 2 + 1) as isize;
        }
        if i as isize > self.lastmark {
            if self.marks.len() <= i {
                self.marks.resize(i + 1, NONE);
            }
            let from = (self.lastmark + 1) as usize;
            for m in &mut self.marks[from..i] {
                *m = NONE;
            }
            self.lastmark = i as isize;
        }
        self.marks[i] = ptr;
        Ok(())
    }

    pub(super) fn mark_push(&mut self, lastmark: isize) {
        if lastmark >= 0 {
            let n = lastmark as usize + 1;
            self.data.extend_from_slice(&self.marks[..n]);
        }
    }

    /// Restores the marks saved by [`mark_push`]; `discard` drops them from the stack.
    pub(super) fn mark_pop(&mut self, lastmark: isize, discard: bool) {
        if lastmark >= 0 {
            let n = lastmark as usize + 1;
            let at = self.data.len().saturating_sub(n);
            let n = n.min(self.marks.len()).min(self.data.len() - at);
            self.marks[..n].copy_from_slice(&self.data[at..at + n]);
            if discard {
                self.data.truncate(at);
            }
        }
    }

    pub(super) fn mark_discard(&mut self, lastmark: isize) {
        if lastmark >= 0 {
            let n = lastmark as usize + 1;
            let at = self.data.len().saturating_sub(n);
            self.data.truncate(at);
        }
    }

    fn is_word_at(&self, i: usize, f: fn(u32) -> bool) -> bool {
        i < self.end && f(self.text.at(i))
    }

    fn boundary(&self, ptr: usize, f: fn(u32) -> bool) -> Option<bool> {
        if self.end == 0 {
            return None;
        }
        let before = ptr > 0 && f(self.text.at(ptr - 1));
        let this = self.is_word_at(ptr, f);
        Some(this != before)
    }

    /// `SRE(at)`: whether `ptr` is at the position `code` asks for.
    pub(super) fn at(&self, ptr: usize, code: u32) -> bool {
        let t = self.text;
        match code {
            at::BEGINNING | at::BEGINNING_STRING => ptr == 0,
            at::BEGINNING_LINE => ptr == 0 || chars::is_linebreak(t.at(ptr - 1)),
            at::END => ptr == self.end || (ptr + 1 == self.end && chars::is_linebreak(t.at(ptr))),
            at::END_LINE => ptr == self.end || chars::is_linebreak(t.at(ptr)),
            at::END_STRING => ptr == self.end,
            at::BOUNDARY => self.boundary(ptr, chars::is_ascii_word) == Some(true),
            at::NON_BOUNDARY => self.boundary(ptr, chars::is_ascii_word) == Some(false),
            at::LOC_BOUNDARY => self.boundary(ptr, chars::is_loc_word) == Some(true),
            at::LOC_NON_BOUNDARY => self.boundary(ptr, chars::is_loc_word) == Some(false),
            at::UNI_BOUNDARY => self.boundary(ptr, chars::is_uni_word) == Some(true),
            at::UNI_NON_BOUNDARY => self.boundary(ptr, chars::is_uni_word) == Some(false),
            _ => false,
        }
    }
}
