//! `_csv.reader`: the parsing state machine of CPython's `parse_process_char`, fed one
//! line at a time followed by an end-of-line marker (`EOL`).

use std::cell::RefCell;

use krait_object::args::Args;
use krait_object::error::{type_error, PyResult};
use krait_object::gc::traverse::{Busy, Visit};
use krait_object::interp::Interp;
use krait_object::native::{native_ref, new_native, visit_value, GetSetDef, NativeData, TypeSpec};
use krait_object::protocol;
use krait_object::typeobj::TypeData;
use krait_object::types::builtin_types;
use krait_object::types::list::new_list;
use krait_object::Value;

use super::dialect::{call_dialect, str_of, Params, QUOTE_NONE, QUOTE_NONNUMERIC};
use super::{csv_error, field_limit};

/// The end of an input line (not a character).
const EOL: u32 = u32::MAX;

#[derive(Clone, Copy, PartialEq)]
enum State {
    StartRecord,
    StartField,
    EscapedChar,
    InField,
    InQuotedField,
    EscapeInQuotedField,
    QuoteInQuotedField,
    EatCrnl,
    AfterEscapedCrnl,
}

struct Parse {
    input: Value,
    dialect: Value,
    fields: Vec<Value>,
    field: Vec<u32>,
    state: State,
    numeric: bool,
    line_num: u64,
}

pub struct Reader {
    p: Params,
    s: RefCell<Parse>,
}

impl NativeData for Reader {
    fn traverse(&self, visit: Visit) -> Result<(), Busy> {
        let s = self.s.try_borrow().map_err(|_| Busy)?;
        visit_value(&s.input, visit);
        visit_value(&s.dialect, visit);
        for f in &s.fields {
            visit_value(f, visit);
        }
        Ok(())
    }
    fn clear_refs(&self, trash: &mut Vec<Value>) -> Result<(), Busy> {
        let mut s = self.s.try_borrow_mut().map_err(|_| Busy)?;
        trash.push(std::mem::replace(&mut s.input, Value::None));
        trash.push(std::mem::replace(&mut s.dialect, Value::None));
        trash.append(&mut s.fields);
        Ok(())
    }
    fn tracked(&self) -> bool {
        true
    }
}

fn setup(t: &TypeData) {
    t.slots.iter.set(Some(|_, v| Ok(v.clone())));
    t.slots.next.set(Some(reader_next));
}

static SPEC: TypeSpec = TypeSpec {
    name: "reader",
    module: "_csv",
    flags: 0,
    base: None,
    setup,
    methods: &[],
    class_methods: &[],
    static_methods: &[],
    getsets: &[
        GetSetDef {
            name: "dialect",
            get: get_dialect,
            set: None,
        },
        GetSetDef {
            name: "line_num",
            get: get_line_num,
            set: None,
        },
    ],
    doc: Some("CSV reader\n\nReader objects are responsible for reading and parsing tabular data\nin CSV format.\n"),
};

crate::native_type!(pub reader_type, SPEC);

fn this<'a>(a: &Args<'a>) -> PyResult<&'a Reader> {
    a.pos()
        .first()
        .and_then(native_ref::<Reader>)
        .ok_or_else(|| type_error("descriptor needs a '_csv.reader' object"))
}

fn get_dialect(_: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    Ok(this(&a)?.s.borrow().dialect.clone())
}

fn get_line_num(_: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(this(&a)?.s.borrow().line_num as i64))
}

/// `reader(iterable, dialect='excel', **fmtparams)`.
pub fn csv_reader(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = super::unpack_1_2(&args)?;
    let input = protocol::iter(i, &pos[0])?;
    let dialect = call_dialect(i, pos.get(1), &args)?;
    let p = match native_ref::<super::dialect::Dialect>(&dialect) {
        Some(d) => d.p.clone(),
        None => return Err(type_error("dialect must be a _csv.Dialect")),
    };
    let s = Parse {
        input,
        dialect,
        fields: Vec::new(),
        field: Vec::new(),
        state: State::StartRecord,
        numeric: false,
        line_num: 0,
    };
    Ok(new_native(
        reader_type(),
        Reader {
            p,
            s: RefCell::new(s),
        },
    ))
}

/// Moves the current field into `fields` (a float under QUOTE_NONNUMERIC when unquoted).
fn save_field(i: &mut dyn Interp, s: &mut Parse) -> PyResult<()> {
    let text = str_of(&s.field);
    s.field.clear();
    let v = if s.numeric {
        s.numeric = false;
        let float = Value::Obj(builtin_types().float.clone());
        protocol::call0(i, &float, &[text])?
    } else {
        text
    };
    s.fields.push(v);
    Ok(())
}

fn add_char(s: &mut Parse, c: u32) -> PyResult<()> {
    let limit = field_limit();
    if s.field.len() as i64 >= limit {
        return Err(csv_error(format!(
            "field larger than field limit ({limit})"
        )));
    }
    s.field.push(c);
    Ok(())
}

fn is_nl(c: u32) -> bool {
    c == '\n' as u32 || c == '\r' as u32
}

fn process_char(i: &mut dyn Interp, d: &Params, s: &mut Parse, mut c: u32) -> PyResult<()> {
    let quoting_on = d.quoting != QUOTE_NONE;
    let mut state = s.state;
    if state == State::StartRecord {
        if c == EOL {
            return Ok(());
        }
        if is_nl(c) {
            s.state = State::EatCrnl;
            return Ok(());
        }
        state = State::StartField;
        s.state = state;
    }
    if state == State::AfterEscapedCrnl {
        if c == EOL {
            return Ok(());
        }
        state = State::InField;
    }
    match state {
        State::StartRecord | State::AfterEscapedCrnl => {}
        State::StartField => {
            if is_nl(c) || c == EOL {
                save_field(i, s)?;
                s.state = if c == EOL {
                    State::StartRecord
                } else {
                    State::EatCrnl
                };
            } else if c == d.quotechar && quoting_on {
                s.state = State::InQuotedField;
            } else if c == d.escapechar {
                s.state = State::EscapedChar;
            } else if c == ' ' as u32 && d.skipinitialspace {
            } else if c == d.delimiter {
                save_field(i, s)?;
            } else {
                if d.quoting == QUOTE_NONNUMERIC {
                    s.numeric = true;
                }
                add_char(s, c)?;
                s.state = State::InField;
            }
        }
        State::EscapedChar => {
            if is_nl(c) {
                add_char(s, c)?;
                s.state = State::AfterEscapedCrnl;
                return Ok(());
            }
            if c == EOL {
                c = '\n' as u32;
            }
            add_char(s, c)?;
            s.state = State::InField;
        }
        State::InField => {
            if is_nl(c) || c == EOL {
                save_field(i, s)?;
                s.state = if c == EOL {
                    State::StartRecord
                } else {
                    State::EatCrnl
                };
            } else if c == d.escapechar {
                s.state = State::EscapedChar;
            } else if c == d.delimiter {
                save_field(i, s)?;
                s.state = State::StartField;
            } else {
                add_char(s, c)?;
            }
        }
        State::InQuotedField => {
            if c == EOL {
            } else if c == d.escapechar {
                s.state = State::EscapeInQuotedField;
            } else if c == d.quotechar && quoting_on {
                s.state = if d.doublequote {
                    State::QuoteInQuotedField
                } else {
                    State::InField
                };
            } else {
                add_char(s, c)?;
            }
        }
        State::EscapeInQuotedField => {
            if c == EOL {
                c = '\n' as u32;
            }
            add_char(s, c)?;
            s.state = State::InQuotedField;
        }
        State::QuoteInQuotedField => {
            if quoting_on && c == d.quotechar {
                add_char(s, c)?;
                s.state = State::InQuotedField;
            } else if c == d.delimiter {
                save_field(i, s)?;
                s.state = State::StartField;
            } else if is_nl(c) || c == EOL {
                save_field(i, s)?;
                s.state = if c == EOL {
                    State::StartRecord
                } else {
                    State::EatCrnl
                };
            } else if !d.strict {
                add_char(s, c)?;
                s.state = State::InField;
            } else {
                let ch = |c: u32| char::from_u32(c).unwrap_or('?');
                return Err(csv_error(format!(
                    "'{}' expected after '{}'",
                    ch(d.delimiter),
                    ch(d.quotechar)
                )));
            }
        }
        State::EatCrnl => {
            if is_nl(c) {
            } else if c == EOL {
                s.state = State::StartRecord;
            } else {
                return Err(csv_error("new-line character seen in unquoted field - do you need to open the file in universal-newline mode?"));
            }
        }
    }
    Ok(())
}

fn reader_next(i: &mut dyn Interp, v: &Value) -> PyResult<Option<Value>> {
    let Some(r) = native_ref::<Reader>(v) else {
        return Ok(None);
    };
    {
        let mut s = r.s.borrow_mut();
        s.fields.clear();
        s.field.clear();
        s.state = State::StartRecord;
        s.numeric = false;
    }
    loop {
        let input = r.s.borrow().input.clone();
        let line = protocol::next(i, &input)?;
        let Some(line) = line else {
            let mut s = r.s.borrow_mut();
            if !s.field.is_empty() || s.state == State::InQuotedField {
                if r.p.strict {
                    return Err(csv_error("unexpected end of data"));
                }
                // A float conversion may run here; the state is ours alone (no Python
                // code can reach this reader's RefCell through float()).
                let mut st = std::mem::replace(&mut *s, empty_parse());
                drop(s);
                let res = save_field(i, &mut st);
                let fields = std::mem::take(&mut st.fields);
                *r.s.borrow_mut() = st;
                res?;
                return Ok(Some(new_list(fields)));
            }
            return Ok(None);
        };
        let Some(text) = line.as_str_data() else {
            return Err(csv_error(format!(
                "iterator should return strings, not {} (the file should be opened in text mode)",
                line.class_name()
            )));
        };
        let cps: Vec<u32> = text.code_points().collect();
        // Parse without holding the borrow across float() calls: take the state out.
        let mut st = std::mem::replace(&mut *r.s.borrow_mut(), empty_parse());
        st.line_num += 1;
        let mut res = Ok(());
        for &c in cps.iter().chain(std::iter::once(&EOL)) {
            res = process_char(i, &r.p, &mut st, c);
            if res.is_err() {
                break;
            }
        }
        let done = st.state == State::StartRecord;
        let fields = if done && res.is_ok() {
            Some(std::mem::take(&mut st.fields))
        } else {
            None
        };
        *r.s.borrow_mut() = st;
        res?;
        if let Some(f) = fields {
            return Ok(Some(new_list(f)));
        }
    }
}

fn empty_parse() -> Parse {
    Parse {
        input: Value::None,
        dialect: Value::None,
        fields: Vec::new(),
        field: Vec::new(),
        state: State::StartRecord,
        numeric: false,
        line_num: 0,
    }
}
