//! `Args`: the arguments of a native call, CPython's vectorcall shape: positional values,
//! then keyword values whose names are in `kwnames` (str values, same order).

use crate::error::{type_error, PyResult};
use crate::value::Value;

#[derive(Copy, Clone)]
pub struct Args<'a> {
    /// Positional values followed by keyword values.
    pub values: &'a [Value],
    /// Names of the trailing keyword values (str values).
    pub kwnames: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn new(values: &'a [Value], kwnames: &'a [Value]) -> Self {
        Args { values, kwnames }
    }

    /// Positional only.
    pub fn positional(values: &'a [Value]) -> Self {
        Args {
            values,
            kwnames: &[],
        }
    }

    /// The positional values.
    #[inline]
    pub fn pos(&self) -> &'a [Value] {
        &self.values[..self.values.len() - self.kwnames.len().min(self.values.len())]
    }

    /// `(name, value)` of every keyword argument.
    pub fn kwargs(&self) -> impl Iterator<Item = (&'a Value, &'a Value)> {
        let n = self.values.len() - self.kwnames.len().min(self.values.len());
        self.kwnames.iter().zip(&self.values[n..])
    }

    pub fn has_kwargs(&self) -> bool {
        !self.kwnames.is_empty()
    }

    /// The keyword argument `name`, if given.
    pub fn kwarg(&self, name: &str) -> Option<&'a Value> {
        self.kwargs()
            .find(|(k, _)| k.as_str_data().is_some_and(|s| s.as_str() == Some(name)))
            .map(|(_, v)| v)
    }

    /// These args without the first positional one (`self` of a method).
    pub fn skip_self(&self) -> Args<'a> {
        match self.values.split_first() {
            Some((_, rest)) if !self.pos().is_empty() => Args {
                values: rest,
                kwnames: self.kwnames,
            },
            _ => *self,
        }
    }

    /// `TypeError: f() takes no keyword arguments` unless there are none.
    pub fn no_kwargs(&self, fname: &str) -> PyResult<()> {
        if self.has_kwargs() {
            return Err(type_error(format!("{fname}() takes no keyword arguments")));
        }
        Ok(())
    }

    /// Exactly `n` positional arguments and no keywords; CPython's messages.
    pub fn exact(&self, fname: &str, n: usize) -> PyResult<&'a [Value]> {
        self.no_kwargs(fname)?;
        let pos = self.pos();
        if pos.len() != n {
            return Err(type_error(match n {
                0 => format!("{fname}() takes no arguments ({} given)", pos.len()),
                1 => format!("{fname}() takes exactly one argument ({} given)", pos.len()),
                _ => format!("{fname} expected {n} arguments, got {}", pos.len()),
            }));
        }
        Ok(pos)
    }

    /// Between `min` and `max` positional arguments, no keywords (`_PyArg_CheckPositional`).
    pub fn between(&self, fname: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
        self.no_kwargs(fname)?;
        let pos = self.pos();
        let n = pos.len();
        if n < min {
            return Err(type_error(format!(
                "{fname} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )));
        }
        if n > max {
            return Err(type_error(format!(
                "{fname} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )));
        }
        Ok(pos)
    }
}
