//! The matcher (CPython's `SRE(match)`), with backtracking on an explicit heap stack of
//! contexts: a sub-match that CPython runs with `DO_JUMP` pushes a [`Ctx`] and returns to
//! [`State::run`]'s loop, which later resumes the parent at the point its [`Jump`] names.
//! Deep or catastrophic patterns therefore grow vectors, never the native stack.

use super::chars;
use super::constants::op;
use super::state::{Repeat, SreError, SreResult, State, Text, NONE};

/// Where a parent context resumes when its child returns (CPython's `JUMP_*`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Jump {
    None,
    MaxUntil1,
    MaxUntil2,
    MaxUntil3,
    MinUntil1,
    MinUntil2,
    MinUntil3,
    Repeat,
    RepeatOne1,
    RepeatOne2,
    MinRepeatOne,
    Branch,
    Assert,
    AssertNot,
    PossRepeat1,
    PossRepeat2,
    AtomicGroup,
}

/// One activation of the matcher (CPython's `SRE(match_context)`).
pub(super) struct Ctx {
    /// The next code word to run (for an op in progress: the word after its opcode).
    pub pc: usize,
    pub ptr: usize,
    pub count: isize,
    pub chr: u32,
    /// The repeat this context works on (index into `State::repeats`).
    pub rep: usize,
    pub lastmark: isize,
    pub lastindex: isize,
    pub toplevel: bool,
    /// How the parent resumes when this context returns.
    pub jump: Jump,
}

/// What a context asks the run loop to do next.
pub(super) enum Action {
    /// Run a child at `pc` (from `state.ptr`); resume this context at `jump` afterwards.
    Call {
        pc: usize,
        toplevel: bool,
        jump: Jump,
    },
    /// This context is done.
    Ret(bool),
}

use Action::{Call, Ret};

const FAIL: SreResult<Action> = Ok(Ret(false));

impl<T: Text + ?Sized> State<'_, T> {
    /// `SRE(match)`: matches the code at `pc` at `self.ptr`; on success `self.ptr` is the
    /// end of the match.
    pub fn run(&mut self, pc: usize, toplevel: bool) -> SreResult<bool> {
        let mut stack: Vec<Ctx> = Vec::with_capacity(16);
        stack.push(self.new_ctx(pc, toplevel, Jump::None));
        let mut action = {
            let ctx = stack.last_mut().ok_or(SreError::State)?;
            self.enter(ctx)?
        };
        loop {
            match action {
                Call { pc, toplevel, jump } => {
                    stack.push(self.new_ctx(pc, toplevel, jump));
                    let ctx = stack.last_mut().ok_or(SreError::State)?;
                    action = self.enter(ctx)?;
                }
                Ret(r) => {
                    let child = stack.pop().ok_or(SreError::State)?;
                    let Some(ctx) = stack.last_mut() else {
                        return Ok(r);
                    };
                    action = self.resume(ctx, child.jump, r)?;
                }
            }
        }
    }

    fn new_ctx(&self, pc: usize, toplevel: bool, jump: Jump) -> Ctx {
        Ctx {
            pc,
            ptr: self.ptr,
            count: 0,
            chr: 0,
            rep: 0,
            lastmark: -1,
            lastindex: -1,
            toplevel,
            jump,
        }
    }

    /// The start of a context: the INFO block's length check, then dispatch.
    fn enter(&mut self, ctx: &mut Ctx) -> SreResult<Action> {
        ctx.ptr = self.ptr;
        if self.w(ctx.pc) == op::INFO {
            let min = self.w(ctx.pc + 3) as usize;
            if min != 0 && ctx.ptr <= self.end && self.end - ctx.ptr < min {
                return FAIL;
            }
            ctx.pc += self.w(ctx.pc + 1) as usize + 1;
        }
        self.dispatch(ctx)
    }

    fn lastmark_save(&self, ctx: &mut Ctx) {
        ctx.lastmark = self.lastmark;
        ctx.lastindex = self.lastindex;
    }

    /// Runs opcodes from `ctx.pc` until the context needs a child or is done.
    pub(super) fn dispatch(&mut self, ctx: &mut Ctx) -> SreResult<Action> {
        let end = self.end;
        loop {
            self.check_signals()?;
            let o = self.w(ctx.pc);
            ctx.pc += 1;
            let pc = ctx.pc;
            let ptr = ctx.ptr;
            match o {
                op::MARK => {
                    self.set_mark(self.w(pc) as usize, ptr)?;
                    ctx.pc += 1;
                }
                op::LITERAL
                | op::NOT_LITERAL
                | op::LITERAL_IGNORE
                | op::NOT_LITERAL_IGNORE
                | op::LITERAL_UNI_IGNORE
                | op::NOT_LITERAL_UNI_IGNORE
                | op::LITERAL_LOC_IGNORE
                | op::NOT_LITERAL_LOC_IGNORE
                | op::CATEGORY => {
                    if ptr >= end || self.one_char(pc - 1, self.text.at(ptr)) != Some(true) {
                        return FAIL;
                    }
                    ctx.pc += 1;
                    ctx.ptr += 1;
                }
                op::ANY | op::ANY_ALL => {
                    if ptr >= end || self.one_char(pc - 1, self.text.at(ptr)) != Some(true) {
                        return FAIL;
                    }
                    ctx.ptr += 1;
                }
                op::IN | op::IN_IGNORE | op::IN_UNI_IGNORE | op::IN_LOC_IGNORE => {
                    if ptr >= end || self.one_char(pc - 1, self.text.at(ptr)) != Some(true) {
                        return FAIL;
                    }
                    ctx.pc += self.w(pc) as usize;
                    ctx.ptr += 1;
                }
                op::SUCCESS => {
                    if ctx.toplevel
                        && ((self.match_all && ptr != end)
                            || (self.must_advance && ptr == self.start))
                    {
                        return FAIL;
                    }
                    self.ptr = ptr;
                    return Ok(Ret(true));
                }
                op::AT => {
                    if !self.at(ptr, self.w(pc)) {
                        return FAIL;
                    }
                    ctx.pc += 1;
                }
                op::JUMP | op::INFO => ctx.pc += self.w(pc) as usize,
                op::BRANCH => {
                    self.lastmark_save(ctx);
                    if self.repeat.is_some() {
                        self.mark_push(ctx.lastmark);
                    }
                    return self.branch_next(ctx);
                }
                op::REPEAT_ONE | op::MIN_REPEAT_ONE | op::POSSESSIVE_REPEAT_ONE => {
                    let min = self.w(pc + 1) as usize;
                    if ptr > end || min > end - ptr {
                        return FAIL;
                    }
                    self.ptr = ptr;
                    match o {
                        op::REPEAT_ONE => return self.repeat_one(ctx),
                        op::MIN_REPEAT_ONE => return self.min_repeat_one(ctx),
                        _ => {
                            let n = self.count(pc + 3, self.w(pc + 2))?;
                            if n < min {
                                return FAIL;
                            }
                            ctx.ptr += n;
                            ctx.pc = pc + self.w(pc) as usize;
                            if self.w(ctx.pc) == op::SUCCESS
                                && ctx.ptr == end
                                && !(ctx.toplevel && self.must_advance && ctx.ptr == self.start)
                            {
                                self.ptr = ctx.ptr;
                                return Ok(Ret(true));
                            }
                        }
                    }
                }
                op::REPEAT => {
                    self.repeats.push(Repeat {
                        count: -1,
                        pc,
                        prev: self.repeat,
                        last_ptr: NONE,
                    });
                    ctx.rep = self.repeats.len() - 1;
                    self.repeat = Some(ctx.rep);
                    self.ptr = ptr;
                    return Ok(Call {
                        pc: pc + self.w(pc) as usize,
                        toplevel: ctx.toplevel,
                        jump: Jump::Repeat,
                    });
                }
                op::MAX_UNTIL | op::MIN_UNTIL => {
                    let r = self.repeat.ok_or(SreError::State)?;
                    ctx.rep = r;
                    self.ptr = ptr;
                    ctx.count = self.repeats[r].count + 1;
                    let rpc = self.repeats[r].pc;
                    if ctx.count < self.w(rpc + 1) as isize {
                        self.repeats[r].count = ctx.count;
                        let jump = if o == op::MAX_UNTIL {
                            Jump::MaxUntil1
                        } else {
                            Jump::MinUntil1
                        };
                        return Ok(Call {
                            pc: rpc + 3,
                            toplevel: ctx.toplevel,
                            jump,
                        });
                    }
                    if o == op::MAX_UNTIL {
                        return self.max_until_more(ctx);
                    }
                    return self.min_until_tail(ctx);
                }
                op::POSSESSIVE_REPEAT => {
                    self.ptr = ptr;
                    ctx.count = 0;
                    return self.poss_repeat_min(ctx);
                }
                op::ATOMIC_GROUP => {
                    self.ptr = ptr;
                    return Ok(Call {
                        pc: pc + 1,
                        toplevel: false,
                        jump: Jump::AtomicGroup,
                    });
                }
                op::GROUPREF
                | op::GROUPREF_IGNORE
                | op::GROUPREF_UNI_IGNORE
                | op::GROUPREF_LOC_IGNORE => {
                    let Some((mut p, e)) = self.groupref(self.w(pc)) else {
                        return FAIL;
                    };
                    let fold: fn(u32) -> u32 = match o {
                        op::GROUPREF => |c| c,
                        op::GROUPREF_IGNORE => chars::lower_ascii,
                        op::GROUPREF_UNI_IGNORE => chars::lower_unicode,
                        _ => chars::lower_locale,
                    };
                    let t = self.text;
                    while p < e {
                        if ctx.ptr >= end || fold(t.at(ctx.ptr)) != fold(t.at(p)) {
                            return FAIL;
                        }
                        p += 1;
                        ctx.ptr += 1;
                    }
                    ctx.pc += 1;
                }
                op::GROUPREF_EXISTS => {
                    // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno
                    if self.groupref(self.w(pc)).is_some() {
                        ctx.pc += 2;
                    } else {
                        ctx.pc += self.w(pc + 1) as usize;
                    }
                }
                op::ASSERT => {
                    // <ASSERT> <skip> <back> <pattern>
                    let back = self.w(pc + 1) as usize;
                    if ptr < back {
                        return FAIL;
                    }
                    self.ptr = ptr - back;
                    return Ok(Call {
                        pc: pc + 2,
                        toplevel: false,
                        jump: Jump::Assert,
                    });
                }
                op::ASSERT_NOT => {
                    let back = self.w(pc + 1) as usize;
                    if ptr >= back {
                        self.ptr = ptr - back;
                        self.lastmark_save(ctx);
                        if self.repeat.is_some() {
                            self.mark_push(ctx.lastmark);
                        }
                        return Ok(Call {
                            pc: pc + 2,
                            toplevel: false,
                            jump: Jump::AssertNot,
                        });
                    }
                    ctx.pc += self.w(pc) as usize;
                }
                op::FAILURE => return FAIL,
                op::RANGE_UNI_IGNORE
                | op::SUBPATTERN
                | op::RANGE
                | op::NEGATE
                | op::BIGCHARSET
                | op::CHARSET => return Err(SreError::Illegal),
                _ => return Err(SreError::Illegal),
            }
        }
    }

    /// The span of a back-referenced group (0-based `g`), if it matched.
    fn groupref(&self, g: u32) -> Option<(usize, usize)> {
        let i = 2 * g as usize;
        if i as isize >= self.lastmark {
            return None;
        }
        let (p, e) = (*self.marks.get(i)?, *self.marks.get(i + 1)?);
        (p != NONE && e != NONE && e >= p).then_some((p, e))
    }

    /// Tries the alternatives of a BRANCH from the one at `ctx.pc` (its skip word).
    pub(super) fn branch_next(&mut self, ctx: &mut Ctx) -> SreResult<Action> {
        let end = self.end;
        loop {
            let skip = self.w(ctx.pc) as usize;
            if skip == 0 {
                if self.repeat.is_some() {
                    self.mark_discard(ctx.lastmark);
                }
                return FAIL;
            }
            let first = self.w(ctx.pc + 1);
            let ptr = ctx.ptr;
            let skip_it = (first == op::LITERAL
                && (ptr >= end || self.text.at(ptr) != self.w(ctx.pc + 2)))
                || (first == op::IN
                    && (ptr >= end || !self.charset(ctx.pc + 3, self.text.at(ptr))));
            if !skip_it {
                self.ptr = ptr;
                return Ok(Call {
                    pc: ctx.pc + 1,
                    toplevel: ctx.toplevel,
                    jump: Jump::Branch,
                });
            }
            ctx.pc += skip;
        }
    }
}
