//! `_ast`: the AST node classes of CPython 3.11's ASDL (Parser/Python.asdl) with their
//! `_fields`, `_attributes`, `__match_args__` and optional-field defaults, and the `AST`
//! base's constructor (`ast_type_init`: positional arguments by `_fields`, keywords as
//! attributes) and `__reduce__`. The classes are built at import by a short Python
//! bootstrap run with `exec` over the table below (one line per class:
//! `name base fields own-attributes optional-names`, `-` for none). krait's compiler does
//! not produce ASTs, so `ast.parse` is not available.

use krait_object::error::PyResult;
use krait_object::types::dict::get_by_name;
use krait_object::types::module::module_dict;
use krait_object::types::str::new_str;
use krait_object::{protocol, Value};

use super::{new_module_with, set_attr};
use crate::vm::Vm;

const TABLE: &str = "\
mod AST - () -
Module mod body,type_ignores - -
Interactive mod body - -
Expression mod body - -
FunctionType mod argtypes,returns - -
stmt AST - lineno,col_offset,end_lineno,end_col_offset end_lineno,end_col_offset
FunctionDef stmt name,args,body,decorator_list,returns,type_comment - returns,type_comment
AsyncFunctionDef stmt name,args,body,decorator_list,returns,type_comment - returns,type_comment
ClassDef stmt name,bases,keywords,body,decorator_list - -
Return stmt value - value
Delete stmt targets - -
Assign stmt targets,value,type_comment - type_comment
AugAssign stmt target,op,value - -
AnnAssign stmt target,annotation,value,simple - value
For stmt target,iter,body,orelse,type_comment - type_comment
AsyncFor stmt target,iter,body,orelse,type_comment - type_comment
While stmt test,body,orelse - -
If stmt test,body,orelse - -
With stmt items,body,type_comment - type_comment
AsyncWith stmt items,body,type_comment - type_comment
Match stmt subject,cases - -
Raise stmt exc,cause - exc,cause
Try stmt body,handlers,orelse,finalbody - -
TryStar stmt body,handlers,orelse,finalbody - -
Assert stmt test,msg - msg
Import stmt names - -
ImportFrom stmt module,names,level - module,level
Global stmt names - -
Nonlocal stmt names - -
Expr stmt value - -
Pass stmt - - -
Break stmt - - -
Continue stmt - - -
expr AST - lineno,col_offset,end_lineno,end_col_offset end_lineno,end_col_offset
BoolOp expr op,values - -
NamedExpr expr target,value - -
BinOp expr left,op,right - -
UnaryOp expr op,operand - -
Lambda expr args,body - -
IfExp expr test,body,orelse - -
Dict expr keys,values - -
Set expr elts - -
ListComp expr elt,generators - -
SetComp expr elt,generators - -
DictComp expr key,value,generators - -
GeneratorExp expr elt,generators - -
Await expr value - -
Yield expr value - value
YieldFrom expr value - -
Compare expr left,ops,comparators - -
Call expr func,args,keywords - -
FormattedValue expr value,conversion,format_spec - format_spec
JoinedStr expr values - -
Constant expr value,kind - kind
Attribute expr value,attr,ctx - -
Subscript expr value,slice,ctx - -
Starred expr value,ctx - -
Name expr id,ctx - -
List expr elts,ctx - -
Tuple expr elts,ctx - -
Slice expr lower,upper,step - lower,upper,step
expr_context AST - () -
Load expr_context - - -
Store expr_context - - -
Del expr_context - - -
boolop AST - () -
And boolop - - -
Or boolop - - -
operator AST - () -
Add operator - - -
Sub operator - - -
Mult operator - - -
MatMult operator - - -
Div operator - - -
Mod operator - - -
Pow operator - - -
LShift operator - - -
RShift operator - - -
BitOr operator - - -
BitXor operator - - -
BitAnd operator - - -
FloorDiv operator - - -
unaryop AST - () -
Invert unaryop - - -
Not unaryop - - -
UAdd unaryop - - -
USub unaryop - - -
cmpop AST - () -
Eq cmpop - - -
NotEq cmpop - - -
Lt cmpop - - -
LtE cmpop - - -
Gt cmpop - - -
GtE cmpop - - -
Is cmpop - - -
IsNot cmpop - - -
In cmpop - - -
NotIn cmpop - - -
comprehension AST target,iter,ifs,is_async () -
excepthandler AST - lineno,col_offset,end_lineno,end_col_offset end_lineno,end_col_offset
ExceptHandler excepthandler type,name,body - type,name
arguments AST posonlyargs,args,vararg,kwonlyargs,kw_defaults,kwarg,defaults () vararg,kwarg
arg AST arg,annotation,type_comment lineno,col_offset,end_lineno,end_col_offset annotation,type_comment,end_lineno,end_col_offset
keyword AST arg,value lineno,col_offset,end_lineno,end_col_offset arg,end_lineno,end_col_offset
alias AST name,asname lineno,col_offset,end_lineno,end_col_offset asname,end_lineno,end_col_offset
withitem AST context_expr,optional_vars () optional_vars
match_case AST pattern,guard,body () guard
pattern AST - lineno,col_offset,end_lineno,end_col_offset -
MatchValue pattern value - -
MatchSingleton pattern value - -
MatchSequence pattern patterns - -
MatchMapping pattern keys,patterns,rest - rest
MatchClass pattern cls,patterns,kwd_attrs,kwd_patterns - -
MatchStar pattern name - name
MatchAs pattern pattern,name - pattern,name
MatchOr pattern patterns - -
type_ignore AST - () -
TypeIgnore type_ignore lineno,tag - -
";

const BOOTSTRAP: &str = r#"
class AST:
    __module__ = 'ast'
    _fields = ()
    _attributes = ()
    __match_args__ = ()
    def __init__(self, *args, **kwargs):
        fields = getattr(type(self), '_fields', ())
        if len(args) > len(fields):
            n = len(fields)
            raise TypeError(f"{type(self).__name__} constructor takes at most "
                            f"{n} positional argument{'' if n == 1 else 's'}")
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)
    def __reduce__(self):
        d = getattr(self, '__dict__', None)
        return (type(self), (), d) if d else (type(self), ())

def _build(table):
    g = globals()
    for line in table.splitlines():
        if not line:
            continue
        name, base, fields, attrs, opt = line.split(' ')
        fields = () if fields == '-' else tuple(fields.split(','))
        ns = {'__module__': 'ast', '_fields': fields, '__match_args__': fields}
        if attrs != '-':
            ns['_attributes'] = () if attrs == '()' else tuple(attrs.split(','))
        if opt != '-':
            for o in opt.split(','):
                ns[o] = None
        g[name] = type(name, (g[base],), ns)

_build(_TABLE)
del _build, _TABLE
"#;

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let m = new_module_with("_ast", &[]);
    set_attr(&m, "PyCF_ONLY_AST", Value::Int(0x400));
    set_attr(&m, "PyCF_TYPE_COMMENTS", Value::Int(0x1000));
    set_attr(&m, "PyCF_ALLOW_TOP_LEVEL_AWAIT", Value::Int(0x2000));
    set_attr(&m, "_TABLE", new_str(TABLE));
    let Some(d) = module_dict(&m).cloned() else {
        return Ok(m);
    };
    let exec = get_by_name(&vm.builtins, "exec")
        .ok_or_else(|| krait_object::error::runtime_error("_ast: no builtins.exec"))?;
    protocol::call0(vm, &exec, &[new_str(BOOTSTRAP), d])?;
    Ok(m)
}
