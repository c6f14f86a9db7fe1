//! `try`/`except`/`finally`, `with`, and what `return`/`break`/`continue` undo on the way
//! out of them, in CPython 3.11's layout (PUSH_EXC_INFO / POP_EXCEPT / RERAISE with the
//! `COPY 3; POP_EXCEPT; RERAISE 1` cleanup handler).

use krait_loader::asm::Value;
use krait_loader::opcodes::Op;

use super::{Compiler, FBlock, Handler};
use crate::ast::*;
use crate::error::{CResult, CompileError};

impl Compiler<'_> {
    pub fn try_except(
        &mut self,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
    ) -> CResult<()> {
        let d = self.stmt_depth();
        let handler = self.label();
        let cleanup = self.label();
        let end = self.label();
        self.push_handler(Handler {
            label: handler,
            depth: d,
            lasti: false,
        });
        self.push_fblock(FBlock::TryExcept, true);
        self.body(body)?;
        self.pop_fblock();
        self.pop_handler();
        self.body(orelse)?;
        self.jump(end);
        // Handlers: stack is [exc]; PUSH_EXC_INFO makes it [prev_exc, exc].
        self.bind(handler);
        self.push_handler(Handler {
            label: cleanup,
            depth: d + 1,
            lasti: true,
        });
        self.op(Op::PUSH_EXC_INFO);
        for (k, h) in handlers.iter().enumerate() {
            self.set_line(h.line);
            let next = self.label();
            match &h.typ {
                Some(t) => {
                    self.expr(t)?;
                    self.op(Op::CHECK_EXC_MATCH);
                    self.pop_jump_if(false, next);
                }
                None if k + 1 < handlers.len() => {
                    return Err(CompileError::syntax(
                        "default 'except:' must be last",
                        h.line,
                        1,
                    ));
                }
                None => {}
            }
            match &h.name {
                Some(n) => {
                    self.store_name(n);
                    let named_cleanup = self.label();
                    self.push_handler(Handler {
                        label: named_cleanup,
                        depth: d + 1,
                        lasti: true,
                    });
                    self.push_fblock(
                        FBlock::HandlerCleanup {
                            name: Some(n.clone()),
                        },
                        true,
                    );
                    self.body(&h.body)?;
                    self.pop_fblock();
                    self.pop_handler();
                    self.op(Op::POP_EXCEPT);
                    self.clear_name(n);
                    self.jump(end);
                    self.bind(named_cleanup);
                    self.clear_name(n);
                    self.opi(Op::RERAISE, 1);
                }
                None => {
                    self.op(Op::POP_TOP);
                    self.push_fblock(FBlock::HandlerCleanup { name: None }, true);
                    self.body(&h.body)?;
                    self.pop_fblock();
                    self.op(Op::POP_EXCEPT);
                    self.jump(end);
                }
            }
            self.bind(next);
        }
        if handlers.last().is_some_and(|h| h.typ.is_some()) {
            self.opi(Op::RERAISE, 0);
        }
        self.pop_handler();
        self.bind(cleanup);
        self.cleanup_block();
        self.bind(end);
        Ok(())
    }

    /// `COPY 3; POP_EXCEPT; RERAISE 1`: restores the previous exception and re-raises.
    fn cleanup_block(&mut self) {
        self.u().b.position(Default::default());
        self.opi(Op::COPY, 3);
        self.op(Op::POP_EXCEPT);
        self.opi(Op::RERAISE, 1);
    }

    /// `e = None; del e` after an `except … as e` body.
    fn clear_name(&mut self, n: &str) {
        self.load_const(Value::None);
        self.store_name(n);
        self.delete_name(n);
    }

    pub fn try_finally(
        &mut self,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
    ) -> CResult<()> {
        let d = self.stmt_depth();
        let handler = self.label();
        let cleanup = self.label();
        let end = self.label();
        self.push_handler(Handler {
            label: handler,
            depth: d,
            lasti: false,
        });
        self.push_fblock(
            FBlock::Finally {
                body: finalbody.to_vec(),
            },
            true,
        );
        if handlers.is_empty() {
            self.body(body)?;
            self.body(orelse)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.pop_fblock();
        self.pop_handler();
        self.body(finalbody)?;
        self.jump(end);
        // The exceptional path: [exc] → [prev_exc, exc], run the body, re-raise.
        self.bind(handler);
        self.push_handler(Handler {
            label: cleanup,
            depth: d + 1,
            lasti: true,
        });
        self.op(Op::PUSH_EXC_INFO);
        self.push_fblock(FBlock::FinallyEnd, true);
        self.body(finalbody)?;
        self.pop_fblock();
        self.opi(Op::RERAISE, 0);
        self.pop_handler();
        self.bind(cleanup);
        self.cleanup_block();
        self.bind(end);
        Ok(())
    }

    pub fn with(&mut self, items: &[WithItem], body: &[Stmt], line: u32) -> CResult<()> {
        let Some((item, rest)) = items.split_first() else {
            return self.body(body);
        };
        let d = self.stmt_depth();
        let handler = self.label();
        let cleanup = self.label();
        let suppress = self.label();
        let end = self.label();
        self.expr(&item.ctx)?;
        self.set_line(line);
        self.op(Op::BEFORE_WITH);
        // Stack: [exit, value].
        self.push_handler(Handler {
            label: handler,
            depth: d + 1,
            lasti: true,
        });
        self.push_fblock(FBlock::With, true);
        match &item.target {
            Some(t) => self.store_target(t)?,
            None => self.op(Op::POP_TOP),
        }
        if rest.is_empty() {
            self.body(body)?;
        } else {
            self.with(rest, body, line)?;
        }
        self.pop_fblock();
        self.pop_handler();
        self.set_line(line);
        self.call_exit_none();
        self.jump(end);
        // [exit, lasti, exc] → [exit, lasti, prev_exc, exc]
        self.bind(handler);
        self.push_handler(Handler {
            label: cleanup,
            depth: d + 3,
            lasti: true,
        });
        self.op(Op::PUSH_EXC_INFO);
        self.op(Op::WITH_EXCEPT_START);
        self.pop_jump_if(true, suppress);
        self.opi(Op::RERAISE, 2);
        self.bind(suppress);
        self.op(Op::POP_TOP);
        self.op(Op::POP_EXCEPT);
        self.op(Op::POP_TOP);
        self.op(Op::POP_TOP);
        self.pop_handler();
        self.jump(end);
        self.bind(cleanup);
        self.cleanup_block();
        self.bind(end);
        Ok(())
    }

    /// `exit(None, None, None)` with `exit` on the stack; the result is dropped.
    fn call_exit_none(&mut self) {
        self.load_const(Value::None);
        self.load_const(Value::None);
        self.load_const(Value::None);
        self.opi(Op::PRECALL, 2);
        self.opi(Op::CALL, 2);
        self.op(Op::POP_TOP);
    }

    pub fn return_(&mut self, st: &Stmt, value: Option<&Expr>) -> CResult<()> {
        if !self.scope_kind_is_function() {
            return Err(CompileError::syntax(
                "'return' outside function",
                st.line,
                1,
            ));
        }
        if self.st.scopes[self.u().scope].is_generator && value.is_some() {
            // Allowed (StopIteration value); nothing special in 3.11's codegen.
        }
        match value {
            Some(v) => self.expr(v)?,
            None => self.load_const(Value::None),
        }
        let n = self.u().fblocks.len();
        self.unwind(0, n, true)?;
        self.set_line(st.line);
        self.op(Op::RETURN_VALUE);
        Ok(())
    }

    fn scope_kind_is_function(&self) -> bool {
        self.units
            .last()
            .is_some_and(|u| self.st.scopes[u.scope].is_function_like())
    }

    pub fn break_continue(&mut self, st: &Stmt, is_break: bool) -> CResult<()> {
        let blocks: Vec<FBlock> = self.u().fblocks.iter().map(|(b, _)| b.clone()).collect();
        let Some(k) = blocks
            .iter()
            .rposition(|b| matches!(b, FBlock::For { .. } | FBlock::While { .. }))
        else {
            let msg = if is_break {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            };
            return Err(CompileError::syntax(msg, st.line, 1));
        };
        let n = blocks.len();
        self.unwind(k + 1, n, false)?;
        match &blocks[k] {
            FBlock::For { start, end } => {
                if is_break {
                    self.op(Op::POP_TOP);
                    self.jump(*end);
                } else {
                    self.jump(*start);
                }
            }
            FBlock::While { start, end } => self.jump(if is_break { *end } else { *start }),
            _ => {}
        }
        Ok(())
    }

    /// Undoes fblocks `from..to` (innermost first). `preserve_tos`: a return value sits on
    /// top of the stack and must stay there.
    fn unwind(&mut self, from: usize, to: usize, preserve_tos: bool) -> CResult<()> {
        for k in (from..to).rev() {
            let (b, mark) = self.u().fblocks[k].clone();
            match b {
                FBlock::For { .. } => {
                    if preserve_tos {
                        self.opi(Op::SWAP, 2);
                    }
                    self.op(Op::POP_TOP);
                }
                FBlock::While { .. } | FBlock::TryExcept => {}
                FBlock::Finally { body } => {
                    // Run the finally body outside its own handler (and outside the
                    // blocks inside it), then restore them.
                    let saved_blocks = self.u().fblocks.split_off(k);
                    let mut saved = Vec::new();
                    while self.u().handlers.len() > mark {
                        if let Some(h) = self.pop_handler() {
                            saved.push(h);
                        }
                    }
                    saved.reverse();
                    self.body(&body)?;
                    for h in saved {
                        self.push_handler(h);
                    }
                    self.u().fblocks.extend(saved_blocks);
                }
                FBlock::HandlerCleanup { name } => {
                    if preserve_tos {
                        self.opi(Op::SWAP, 2);
                    }
                    self.op(Op::POP_EXCEPT);
                    if let Some(n) = name {
                        self.clear_name(&n);
                    }
                }
                FBlock::FinallyEnd => {
                    if preserve_tos {
                        self.opi(Op::SWAP, 2);
                    }
                    self.op(Op::POP_TOP);
                    if preserve_tos {
                        self.opi(Op::SWAP, 2);
                    }
                    self.op(Op::POP_EXCEPT);
                }
                FBlock::With => {
                    if preserve_tos {
                        self.opi(Op::SWAP, 2);
                    }
                    self.call_exit_none();
                }
            }
        }
        Ok(())
    }
}
