//! The backtracking opcodes of the matcher, written as resumable steps: each either asks
//! for a child match (`Action::Call`, resumed in [`State::resume`] with the child's result)
//! or finishes the context. Mirrors the `JUMP_*` continuations of CPython's `sre_lib.h`.

use super::constants::{op, MAXREPEAT};
use super::engine::{Action, Ctx, Jump};
use super::state::{SreError, SreResult, State, Text, NONE};

use Action::{Call, Ret};

const FAIL: SreResult<Action> = Ok(Ret(false));
const SUCCEED: SreResult<Action> = Ok(Ret(true));

impl<T: Text + ?Sized> State<'_, T> {
    /// Continues `ctx` after a child returned `ret`; `jump` says where.
    pub(super) fn resume(&mut self, ctx: &mut Ctx, jump: Jump, ret: bool) -> SreResult<Action> {
        match jump {
            Jump::None => Err(SreError::State),
            Jump::Branch => {
                if ret {
                    if self.repeat.is_some() {
                        self.mark_discard(ctx.lastmark);
                    }
                    return SUCCEED;
                }
                if self.repeat.is_some() {
                    self.mark_pop(ctx.lastmark, false);
                }
                self.restore(ctx);
                ctx.pc += self.w(ctx.pc) as usize;
                self.branch_next(ctx)
            }
            Jump::RepeatOne1 | Jump::RepeatOne2 => {
                if ret {
                    if self.repeat.is_some() {
                        self.mark_discard(ctx.lastmark);
                    }
                    return SUCCEED;
                }
                if self.repeat.is_some() {
                    self.mark_pop(ctx.lastmark, false);
                }
                self.restore(ctx);
                ctx.ptr = ctx.ptr.wrapping_sub(1);
                ctx.count -= 1;
                if jump == Jump::RepeatOne1 {
                    self.repeat_one_literal(ctx)
                } else {
                    self.repeat_one_general(ctx)
                }
            }
            Jump::MinRepeatOne => {
                if ret {
                    if self.repeat.is_some() {
                        self.mark_discard(ctx.lastmark);
                    }
                    return SUCCEED;
                }
                if self.repeat.is_some() {
                    self.mark_pop(ctx.lastmark, false);
                }
                self.restore(ctx);
                self.ptr = ctx.ptr;
                if self.count(ctx.pc + 3, 1)? == 0 {
                    if self.repeat.is_some() {
                        self.mark_discard(ctx.lastmark);
                    }
                    return FAIL;
                }
                ctx.ptr += 1;
                ctx.count += 1;
                self.min_repeat_one_next(ctx)
            }
            Jump::Repeat => {
                let rep = &self.repeats[ctx.rep];
                self.repeat = rep.prev;
                self.repeats.truncate(ctx.rep);
                Ok(Ret(ret))
            }
            Jump::MaxUntil1 | Jump::MinUntil1 => {
                if ret {
                    return SUCCEED;
                }
                self.repeats[ctx.rep].count = ctx.count - 1;
                self.ptr = ctx.ptr;
                FAIL
            }
            Jump::MaxUntil2 => {
                self.repeats[ctx.rep].last_ptr = self.data.pop().unwrap_or(NONE);
                if ret {
                    self.mark_discard(ctx.lastmark);
                    return SUCCEED;
                }
                self.mark_pop(ctx.lastmark, true);
                self.restore(ctx);
                self.repeats[ctx.rep].count = ctx.count - 1;
                self.ptr = ctx.ptr;
                self.max_until_tail(ctx)
            }
            Jump::MaxUntil3 => {
                self.repeat = Some(ctx.rep);
                if ret {
                    return SUCCEED;
                }
                self.ptr = ctx.ptr;
                FAIL
            }
            Jump::MinUntil2 => {
                let repeat_of_tail = self.repeat;
                self.repeat = Some(ctx.rep);
                if ret {
                    if repeat_of_tail.is_some() {
                        self.mark_discard(ctx.lastmark);
                    }
                    return SUCCEED;
                }
                if repeat_of_tail.is_some() {
                    self.mark_pop(ctx.lastmark, true);
                }
                self.restore(ctx);
                self.ptr = ctx.ptr;
                let rpc = self.repeats[ctx.rep].pc;
                let max = self.w(rpc + 2);
                if (ctx.count >= max as isize && max != MAXREPEAT)
                    || self.ptr == self.repeats[ctx.rep].last_ptr
                {
                    return FAIL;
                }
                let rep = &mut self.repeats[ctx.rep];
                rep.count = ctx.count;
                self.data.push(rep.last_ptr);
                rep.last_ptr = self.ptr;
                Ok(Call {
                    pc: rpc + 3,
                    toplevel: ctx.toplevel,
                    jump: Jump::MinUntil3,
                })
            }
            Jump::MinUntil3 => {
                self.repeats[ctx.rep].last_ptr = self.data.pop().unwrap_or(NONE);
                if ret {
                    return SUCCEED;
                }
                self.repeats[ctx.rep].count = ctx.count - 1;
                self.ptr = ctx.ptr;
                FAIL
            }
            Jump::PossRepeat1 => {
                if !ret {
                    self.ptr = ctx.ptr;
                    return FAIL;
                }
                ctx.count += 1;
                self.poss_repeat_min(ctx)
            }
            Jump::PossRepeat2 => {
                if ret {
                    self.mark_discard(ctx.lastmark);
                    ctx.count += 1;
                    return self.poss_repeat_more(ctx);
                }
                self.mark_pop(ctx.lastmark, true);
                self.restore(ctx);
                self.ptr = ctx.ptr;
                self.poss_repeat_tail(ctx)
            }
            Jump::AtomicGroup => {
                if !ret {
                    self.ptr = ctx.ptr;
                    return FAIL;
                }
                ctx.pc += self.w(ctx.pc) as usize;
                ctx.ptr = self.ptr;
                self.dispatch(ctx)
            }
            Jump::Assert => {
                if !ret {
                    return FAIL;
                }
                ctx.pc += self.w(ctx.pc) as usize;
                self.dispatch(ctx)
            }
            Jump::AssertNot => {
                if ret {
                    if self.repeat.is_some() {
                        self.mark_discard(ctx.lastmark);
                    }
                    return FAIL;
                }
                if self.repeat.is_some() {
                    self.mark_pop(ctx.lastmark, true);
                }
                self.restore(ctx);
                ctx.pc += self.w(ctx.pc) as usize;
                self.dispatch(ctx)
            }
        }
    }

    fn save(&self, ctx: &mut Ctx) {
        ctx.lastmark = self.lastmark;
        ctx.lastindex = self.lastindex;
    }

    fn restore(&mut self, ctx: &Ctx) {
        self.lastmark = ctx.lastmark;
        self.lastindex = ctx.lastindex;
    }

    /// REPEAT_ONE (greedy, one-character item): `ctx.pc` is the skip word, `self.ptr`
    /// the start.
    pub(super) fn repeat_one(&mut self, ctx: &mut Ctx) -> SreResult<Action> {
        let p = ctx.pc;
        let n = self.count(p + 3, self.w(p + 2))?;
        ctx.count = n as isize;
        ctx.ptr += n;
        if ctx.count < self.w(p + 1) as isize {
            return FAIL;
        }
        let tail = p + self.w(p) as usize;
        if self.w(tail) == op::SUCCESS
            && ctx.ptr == self.end
            && !(ctx.toplevel && self.must_advance && ctx.ptr == self.start)
        {
            self.ptr = ctx.ptr;
            return SUCCEED;
        }
        self.save(ctx);
        if self.repeat.is_some() {
            self.mark_push(ctx.lastmark);
        }
        if self.w(tail) == op::LITERAL {
            ctx.chr = self.w(tail + 1);
            self.repeat_one_literal(ctx)
        } else {
            self.repeat_one_general(ctx)
        }
    }

    /// Backs off to the next position where the tail's first literal can match.
    fn repeat_one_literal(&mut self, ctx: &mut Ctx) -> SreResult<Action> {
        let p = ctx.pc;
        let min = self.w(p + 1) as isize;
        while ctx.count >= min && (ctx.ptr >= self.end || self.text.at(ctx.ptr) != ctx.chr) {
            ctx.ptr = ctx.ptr.wrapping_sub(1);
            ctx.count -= 1;
        }
        if ctx.count < min {
            if self.repeat.is_some() {
                self.mark_discard(ctx.lastmark);
            }
            return FAIL;
        }
        self.ptr = ctx.ptr;
        Ok(Call {
            pc: p + self.w(p) as usize,
            toplevel: ctx.toplevel,
            jump: Jump::RepeatOne1,
        })
    }

    fn repeat_one_general(&mut self, ctx: &mut Ctx) -> SreResult<Action> {
        let p = ctx.pc;
        if ctx.count >= self.w(p + 1) as isize {
            self.ptr = ctx.ptr;
            return Ok(Call {
                pc: p + self.w(p) as usize,
                toplevel: ctx.toplevel,
                jump: Jump::RepeatOne2,
            });
        }
        if self.repeat.is_some() {
            self.mark_discard(ctx.lastmark);
        }
        FAIL
    }

    /// MIN_REPEAT_ONE (lazy, one-character item).
    pub(super) fn min_repeat_one(&mut self, ctx: &mut Ctx) -> SreResult<Action> {
        let p = ctx.pc;
        let min = self.w(p + 1);
        if min == 0 {
            ctx.count = 0;
        } else {
            let n = self.count(p + 3, min)?;
            if n < min as usize {
                return FAIL;
            }
            ctx.count = n as isize;
            ctx.ptr += n;
        }
        let tail = p + self.w(p) as usize;
        if self.w(tail) == op::SUCCESS
            && !(ctx.toplevel
                && ((self.match_all && ctx.ptr != self.end)
                    || (self.must_advance && ctx.ptr == self.start)))
        {
            self.ptr = ctx.ptr;
            return SUCCEED;
        }
        self.save(ctx);
        if self.repeat.is_some() {
            self.mark_push(ctx.lastmark);
        }
        self.min_repeat_one_next(ctx)
    }

    fn min_repeat_one_next(&mut self, ctx: &mut Ctx) -> SreResult<Action> {
        let p = ctx.pc;
        let max = self.w(p + 2);
        if max == MAXREPEAT || ctx.count <= max as isize {
            self.ptr = ctx.ptr;
            return Ok(Call {
                pc: p + self.w(p) as usize,
                toplevel: ctx.toplevel,
                jump: Jump::MinRepeatOne,
            });
        }
        if self.repeat.is_some() {
            self.mark_discard(ctx.lastmark);
        }
        FAIL
    }

    /// MAX_UNTIL with at least `min` items: try one more item, else the tail.
    pub(super) fn max_until_more(&mut self, ctx: &mut Ctx) -> SreResult<Action> {
        let r = ctx.rep;
        let rpc = self.repeats[r].pc;
        let max = self.w(rpc + 2);
        if (ctx.count < max as isize || max == MAXREPEAT) && self.ptr != self.repeats[r].last_ptr {
            self.repeats[r].count = ctx.count;
            self.save(ctx);
            self.mark_push(ctx.lastmark);
            // zero-width match protection
            let last = self.repeats[r].last_ptr;
            self.data.push(last);
            self.repeats[r].last_ptr = self.ptr;
            return Ok(Call {
                pc: rpc + 3,
                toplevel: ctx.toplevel,
                jump: Jump::MaxUntil2,
            });
        }
        self.max_until_tail(ctx)
    }

    fn max_until_tail(&mut self, ctx: &mut Ctx) -> SreResult<Action> {
        self.repeat = self.repeats[ctx.rep].prev;
        Ok(Call {
            pc: ctx.pc,
            toplevel: ctx.toplevel,
            jump: Jump::MaxUntil3,
        })
    }

    /// MIN_UNTIL with at least `min` items: try the tail first.
    pub(super) fn min_until_tail(&mut self, ctx: &mut Ctx) -> SreResult<Action> {
        self.repeat = self.repeats[ctx.rep].prev;
        self.save(ctx);
        if self.repeat.is_some() {
            self.mark_push(ctx.lastmark);
        }
        Ok(Call {
            pc: ctx.pc,
            toplevel: ctx.toplevel,
            jump: Jump::MinUntil2,
        })
    }

    /// POSSESSIVE_REPEAT: the first `min` items.
    pub(super) fn poss_repeat_min(&mut self, ctx: &mut Ctx) -> SreResult<Action> {
        let p = ctx.pc;
        if ctx.count < self.w(p + 1) as isize {
            return Ok(Call {
                pc: p + 3,
                toplevel: false,
                jump: Jump::PossRepeat1,
            });
        }
        ctx.ptr = NONE;
        self.poss_repeat_more(ctx)
    }

    fn poss_repeat_more(&mut self, ctx: &mut Ctx) -> SreResult<Action> {
        let p = ctx.pc;
        let max = self.w(p + 2);
        if (ctx.count < max as isize || max == MAXREPEAT) && self.ptr != ctx.ptr {
            self.save(ctx);
            self.mark_push(ctx.lastmark);
            ctx.ptr = self.ptr;
            return Ok(Call {
                pc: p + 3,
                toplevel: false,
                jump: Jump::PossRepeat2,
            });
        }
        self.poss_repeat_tail(ctx)
    }

    fn poss_repeat_tail(&mut self, ctx: &mut Ctx) -> SreResult<Action> {
        ctx.pc += self.w(ctx.pc) as usize + 1;
        ctx.ptr = self.ptr;
        self.dispatch(ctx)
    }
}
