//! What a module carries about where it came from: `__spec__` (a `ModuleSpec`),
//! `__loader__`, `__file__`, `__cached__`, `__path__`, `__package__` — set the way
//! `importlib._bootstrap._init_module_attrs` sets them.
//!
//! `ModuleSpec` and the loaders are small native types whose instances keep their
//! attributes in an instance dict (`name`, `loader`, `origin`, `submodule_search_locations`,
//! `cached`, …), with `parent` and `has_location` computed like CPython's.

use std::path::{Path, PathBuf};

use krait_object::args::Args;
use krait_object::error::{type_error, PyResult};
use krait_object::interp::Interp;
use krait_object::native::{make_type, GetSetDef, TypeSpec};
use krait_object::object::{ObjRef, Payload, PyObject};
use krait_object::protocol;
use krait_object::typeobj::TypeData;
use krait_object::types::dict::{get_by_name, new_dict, set_by_name, DictData};
use krait_object::types::list::new_list;
use krait_object::types::module::module_dict;
use krait_object::types::str::{new_str, new_string};
use krait_object::{method, Value};

use crate::vm::Vm;

/// Where a module's code came from.
pub enum Origin {
    /// `py` with its `__pycache__` file `cached`; `package` is the package directory.
    Source {
        py: PathBuf,
        cached: PathBuf,
        package: Option<PathBuf>,
    },
    Sourceless {
        pyc: PathBuf,
        package: Option<PathBuf>,
    },
    Namespace(Vec<PathBuf>),
}

impl Origin {
    /// The file holding the code.
    pub fn code_file(&self) -> &Path {
        match self {
            Origin::Source { cached, .. } => cached,
            Origin::Sourceless { pyc, .. } => pyc,
            Origin::Namespace(_) => Path::new(""),
        }
    }
}

fn path_str(p: &Path) -> Value {
    new_string(p.display().to_string())
}

fn spec_setup(t: &TypeData) {
    t.slots.repr.set(Some(spec_repr));
}

static SPEC_TYPE: TypeSpec = TypeSpec {
    getsets: &[
        GetSetDef {
            name: "parent",
            get: spec_parent,
            set: None,
        },
        GetSetDef {
            name: "has_location",
            get: spec_has_location,
            set: None,
        },
    ],
    ..TypeSpec::new("ModuleSpec", "_frozen_importlib", spec_setup)
};

static SOURCE_LOADER: TypeSpec = TypeSpec {
    methods: LOADER_METHODS,
    ..TypeSpec::new(
        "SourceFileLoader",
        "_frozen_importlib_external",
        krait_object::native::no_slots,
    )
};
static SOURCELESS_LOADER: TypeSpec = TypeSpec {
    methods: LOADER_METHODS,
    ..TypeSpec::new(
        "SourcelessFileLoader",
        "_frozen_importlib_external",
        krait_object::native::no_slots,
    )
};
static NAMESPACE_LOADER: TypeSpec = TypeSpec::new(
    "NamespaceLoader",
    "_frozen_importlib_external",
    krait_object::native::no_slots,
);
static BUILTIN_IMPORTER: TypeSpec = TypeSpec {
    class_methods: &[
        method!("find_spec", super::meta::builtin_find_spec),
        method!("create_module", super::meta::builtin_create_module),
        method!("exec_module", super::meta::noop),
        method!("invalidate_caches", super::meta::noop),
    ],
    ..TypeSpec::new(
        "BuiltinImporter",
        "_frozen_importlib",
        krait_object::native::no_slots,
    )
};

static PATH_FINDER: TypeSpec = TypeSpec {
    class_methods: &[
        method!("find_spec", super::meta::path_find_spec),
        method!("invalidate_caches", super::meta::noop),
    ],
    ..TypeSpec::new(
        "PathFinder",
        "_frozen_importlib_external",
        krait_object::native::no_slots,
    )
};

const LOADER_METHODS: &[krait_object::types::MethodDef] = &[
    method!("create_module", super::meta::noop),
    method!("exec_module", super::meta::loader_exec_module),
    method!("get_filename", loader_get_filename),
    method!("get_data", loader_get_data),
    method!("get_source", loader_get_source),
    method!("is_package", loader_is_package),
];

thread_local! {
    static TYPES: [ObjRef; 6] = [
        make_type(&SPEC_TYPE),
        make_type(&SOURCE_LOADER),
        make_type(&SOURCELESS_LOADER),
        make_type(&NAMESPACE_LOADER),
        make_type(&BUILTIN_IMPORTER),
        make_type(&PATH_FINDER),
    ];
}

fn ty(i: usize) -> ObjRef {
    TYPES.with(|t| t[i].clone())
}

/// An instance of `cls` whose attributes are `attrs`.
fn instance(cls: ObjRef, attrs: &[(&str, Value)]) -> Value {
    let d = new_dict(DictData::new());
    for (k, v) in attrs {
        set_by_name(&d, k, v.clone());
    }
    Value::Obj(PyObject::new(cls, Payload::Instance(d)))
}

fn get(v: &Value, name: &str) -> Value {
    protocol::instance_dict_value(v)
        .and_then(|d| get_by_name(&d, name))
        .unwrap_or(Value::None)
}

fn spec_parent(_i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let s = args.pos().first().cloned().unwrap_or(Value::None);
    let name = get(&s, "name");
    let n = name
        .as_str_data()
        .map(|x| x.lossy().into_owned())
        .unwrap_or_default();
    if get(&s, "submodule_search_locations").is_none() {
        Ok(new_string(
            n.rsplit_once('.')
                .map_or(String::new(), |(a, _)| a.to_owned()),
        ))
    } else {
        Ok(name)
    }
}

fn spec_has_location(_i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let s = args.pos().first().cloned().unwrap_or(Value::None);
    Ok(Value::Bool(matches!(
        get(&s, "_set_fileattr"),
        Value::Bool(true)
    )))
}

fn spec_repr(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    let mut parts = vec![
        format!("name={}", repr_of(i, &get(v, "name"))?),
        format!("loader={}", repr_of(i, &get(v, "loader"))?),
    ];
    let origin = get(v, "origin");
    if !origin.is_none() {
        parts.push(format!("origin={}", repr_of(i, &origin)?));
    }
    let locs = get(v, "submodule_search_locations");
    if !locs.is_none() {
        parts.push(format!("submodule_search_locations={}", repr_of(i, &locs)?));
    }
    Ok(new_string(format!("ModuleSpec({})", parts.join(", "))))
}

fn repr_of(i: &mut dyn Interp, v: &Value) -> PyResult<String> {
    let r = protocol::repr(i, v)?;
    Ok(r.as_str_data()
        .map(|s| s.lossy().into_owned())
        .unwrap_or_default())
}

fn self_path(args: &Args) -> PyResult<String> {
    let s = args.pos().first().cloned().unwrap_or(Value::None);
    get(&s, "path")
        .as_str_data()
        .map(|x| x.lossy().into_owned())
        .ok_or_else(|| type_error("loader has no path"))
}

fn loader_get_filename(_i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    Ok(new_string(self_path(&args)?))
}

fn loader_get_data(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let p = args
        .pos()
        .get(1)
        .and_then(|v| v.as_str_data())
        .map(|s| s.lossy().into_owned())
        .ok_or_else(|| type_error("get_data() argument must be str"))?;
    match std::fs::read(&p) {
        Ok(b) => Ok(krait_object::types::bytes::new_bytes(b)),
        Err(e) => Err(krait_object::exceptions_os::os_error_from_io(
            i,
            &e,
            Some(&p),
        )),
    }
}

fn loader_get_source(_i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let p = self_path(&args)?;
    if !p.ends_with(".py") {
        return Ok(Value::None);
    }
    match std::fs::read(&p) {
        Ok(b) => Ok(new_string(String::from_utf8_lossy(&b).into_owned())),
        Err(_) => Ok(Value::None),
    }
}

fn loader_is_package(_i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let p = self_path(&args)?;
    let stem = Path::new(&p)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(Value::Bool(stem == "__init__"))
}

/// The `(spec, loader, __file__, __cached__, __path__)` of a module loaded from `origin`.
pub fn make_spec(
    name: &str,
    origin: &Origin,
) -> (Value, Value, Option<Value>, Option<Value>, Option<Value>) {
    let (loader, file, cached, locations) = match origin {
        Origin::Source {
            py,
            cached,
            package,
        } => (
            instance(ty(1), &[("name", new_str(name)), ("path", path_str(py))]),
            Some(path_str(py)),
            Some(path_str(cached)),
            package.as_ref().map(|p| vec![path_str(p)]),
        ),
        Origin::Sourceless { pyc, package } => (
            instance(ty(2), &[("name", new_str(name)), ("path", path_str(pyc))]),
            Some(path_str(pyc)),
            Some(path_str(pyc)),
            package.as_ref().map(|p| vec![path_str(p)]),
        ),
        Origin::Namespace(portions) => (
            instance(ty(3), &[]),
            None,
            None,
            Some(portions.iter().map(|p| path_str(p)).collect()),
        ),
    };
    let locs = locations.map(new_list);
    let spec = instance(
        ty(0),
        &[
            ("name", new_str(name)),
            ("loader", loader.clone()),
            ("origin", file.clone().unwrap_or(Value::None)),
            ("loader_state", Value::None),
            (
                "submodule_search_locations",
                locs.clone().unwrap_or(Value::None),
            ),
            ("cached", cached.clone().unwrap_or(Value::None)),
            ("_set_fileattr", Value::Bool(file.is_some())),
        ],
    );
    (spec, loader, file, cached, locs)
}

/// Sets the import attributes of a module loaded from `origin`.
pub fn init_module_attrs(_vm: &mut Vm, m: &Value, name: &str, origin: &Origin) {
    let Some(d) = module_dict(m) else { return };
    let parent = name.rsplit_once('.').map_or("", |(a, _)| a);
    let (spec, loader, file, cached, locs) = make_spec(name, origin);
    let package = if locs.is_some() { name } else { parent };
    set_by_name(d, "__package__", new_str(package));
    set_by_name(d, "__loader__", loader);
    set_by_name(d, "__spec__", spec);
    if let Some(l) = locs {
        set_by_name(d, "__path__", l);
    }
    match file {
        Some(f) => set_by_name(d, "__file__", f),
        None => set_by_name(d, "__file__", Value::None),
    }
    if let Some(c) = cached {
        set_by_name(d, "__cached__", c);
    }
}

/// The spec of a native module (`origin='built-in'`, loader `BuiltinImporter`).
pub fn builtin_spec(name: &str) -> Value {
    instance(
        ty(0),
        &[
            ("name", new_str(name)),
            ("loader", Value::Obj(ty(4))),
            ("origin", new_str("built-in")),
            ("loader_state", Value::None),
            ("submodule_search_locations", Value::None),
            ("cached", Value::None),
            ("_set_fileattr", Value::Bool(false)),
        ],
    )
}

/// `sys.meta_path`'s finders: `[BuiltinImporter, PathFinder]`.
pub fn meta_path() -> Vec<Value> {
    vec![Value::Obj(ty(4)), Value::Obj(ty(5))]
}

/// The `__main__` attributes of a program run from `pyc` (`python3.11 FILE.pyc`): no
/// spec, a sourceless loader, `__file__` the absolute path of the file.
pub fn init_main_attrs(main: &Value, pyc: &Path) {
    let abs = std::path::absolute(pyc).unwrap_or_else(|_| pyc.to_path_buf());
    set_by_name(main, "__package__", Value::None);
    set_by_name(
        main,
        "__loader__",
        instance(
            ty(2),
            &[("name", new_str("__main__")), ("path", path_str(&abs))],
        ),
    );
    set_by_name(main, "__spec__", Value::None);
    set_by_name(main, "__annotations__", new_dict(DictData::new()));
    // `__builtins__` comes after these, then `__file__` and `__cached__` (CPython's order).
    if let Some(d) = krait_object::types::dict::as_dict(main) {
        let key = new_str("__builtins__");
        let b = d.borrow_mut().remove_str_key(&key);
        if let Some(b) = b {
            d.borrow_mut().set_str_key(key, b);
        }
    }
    set_by_name(main, "__file__", path_str(&abs));
    set_by_name(main, "__cached__", Value::None);
}

/// Sets the import attributes of a native module (`origin='built-in'`).
pub fn init_native_module_attrs(_vm: &mut Vm, m: &Value, name: &str) {
    let Some(d) = module_dict(m) else { return };
    set_by_name(d, "__package__", new_str(""));
    set_by_name(d, "__loader__", Value::Obj(ty(4)));
    set_by_name(d, "__spec__", builtin_spec(name));
}
