//! The builtin types, one file each, and the registry that builds them once per thread.
//!
//! **Adding a method to a builtin type**: write `fn name(i: &mut dyn Interp, args: Args)
//! -> PyResult<Value>` in the type's file (`args.pos()[0]` is `self`) and add a row to
//! that file's `METHODS` table. **Adding a type**: a new file with a `setup(&TypeData)`
//! that fills the slots and a `METHODS` table, a field in [`BuiltinTypes`] and one line
//! in [`BuiltinTypes::build`].

pub mod bytearray;
pub mod bytes;
pub mod bytes_methods;
pub mod class;
pub mod code;
pub mod codecs;
pub mod codecs_utf;
pub mod complex;
pub mod complex_format;
pub mod dict;
pub mod dict_ops;
pub mod float;
pub mod float_methods;
pub mod func;
pub mod functional;
pub mod gen;
pub mod gen_async;
pub mod genericalias;
pub mod int;
pub mod int_bytes;
pub mod int_methods;
pub mod int_new;
pub mod introspect;
pub mod iter;
pub mod list;
pub mod memoryview;
pub mod module;
pub mod namespace;
pub mod none;
pub mod numops;
pub mod object;
pub mod percent;
pub mod range;
pub mod range_big;
pub mod reduce;
pub mod reprguard;
pub mod seqalgo;
pub mod set;
pub mod set_ops;
pub mod slice;
pub mod str;
pub mod str_case;
pub mod str_format;
pub mod str_methods;
pub mod str_translate;
pub mod stream;
pub mod super_;
pub mod tuple;
pub mod type_;
pub mod unicode_tables;
pub mod union;

use std::cell::Cell;

use crate::exceptions::ExcTypes;
use crate::hash::HashSecret;
use crate::object::{ObjRef, Payload, PyObject};
use crate::typeobj::{flags, NativeFn, TypeData};
use crate::value::Value;

/// One entry of a type's method table.
pub struct MethodDef {
    pub name: &'static str,
    pub func: NativeFn,
}

/// Shorthand for method tables: `method!("append", list_append)`.
#[macro_export]
macro_rules! method {
    ($name:literal, $f:expr) => {
        $crate::types::MethodDef {
            name: $name,
            func: $f,
        }
    };
}

/// Every builtin type object, built once per thread and never freed.
pub struct BuiltinTypes {
    pub type_: ObjRef,
    pub object: ObjRef,
    pub none_type: ObjRef,
    pub not_implemented_type: ObjRef,
    pub ellipsis_type: ObjRef,
    pub int: ObjRef,
    pub bool_: ObjRef,
    pub float: ObjRef,
    pub complex: ObjRef,
    pub str: ObjRef,
    pub bytes: ObjRef,
    pub bytearray: ObjRef,
    pub tuple: ObjRef,
    pub list: ObjRef,
    pub dict: ObjRef,
    pub set: ObjRef,
    pub frozenset: ObjRef,
    pub set_iterator: ObjRef,
    pub dict_reversekeyiterator: ObjRef,
    pub dict_reversevalueiterator: ObjRef,
    pub dict_reverseitemiterator: ObjRef,
    pub function: ObjRef,
    pub builtin_function: ObjRef,
    pub method_descriptor: ObjRef,
    pub method: ObjRef,
    pub code: ObjRef,
    pub cell: ObjRef,
    pub range: ObjRef,
    pub slice: ObjRef,
    pub module: ObjRef,
    pub list_iterator: ObjRef,
    pub list_reverseiterator: ObjRef,
    pub tuple_iterator: ObjRef,
    pub range_iterator: ObjRef,
    pub str_iterator: ObjRef,
    pub str_ascii_iterator: ObjRef,
    pub dict_keyiterator: ObjRef,
    pub dict_valueiterator: ObjRef,
    pub dict_itemiterator: ObjRef,
    pub dict_keys: ObjRef,
    pub dict_values: ObjRef,
    pub dict_items: ObjRef,
    pub enumerate: ObjRef,
    pub zip: ObjRef,
    pub map: ObjRef,
    pub filter: ObjRef,
    pub reversed: ObjRef,
    pub callable_iterator: ObjRef,
    pub text_io: ObjRef,
    pub exc: ExcTypes,
    /// Singletons.
    pub not_implemented: Value,
    pub ellipsis: Value,
    pub empty_tuple: Value,
}

thread_local! {
    /// The hash secret; set by the VM (from PYTHONHASHSEED and the version) before the
    /// first string is hashed. Default: PYTHONHASHSEED=0 of 3.11.
    static HASH_SECRET: Cell<HashSecret> =
        Cell::new(HashSecret::from_seed(0, krait_loader::PyVersion::V3_11));
    static TYPES: &'static BuiltinTypes = Box::leak(Box::new(BuiltinTypes::build()));
    static TYPES_BUILT: Cell<bool> = const { Cell::new(false) };
}

/// The builtin types of this thread (built on first use).
#[inline]
pub fn builtin_types() -> &'static BuiltinTypes {
    TYPES.with(|t| *t)
}

/// The str/bytes hash secret in force.
#[inline]
pub fn hash_secret() -> HashSecret {
    HASH_SECRET.with(|s| s.get())
}

/// Sets the hash secret. Must come before any string is hashed (before the builtin types
/// are built); returns false, changing nothing, when too late.
pub fn set_hash_secret(secret: HashSecret) -> bool {
    if TYPES_BUILT.with(|b| b.get()) {
        return false;
    }
    HASH_SECRET.with(|s| s.set(secret));
    true
}

/// Builds type objects (used during bootstrap, before [`builtin_types`] exists).
pub struct TypeBuilder {
    pub type_: ObjRef,
}

impl TypeBuilder {
    /// A type `name` with `bases` (the first is the solid base whose slots and MRO it
    /// extends), `flags`, and `setup` filling its slots.
    pub fn make(
        &self,
        name: &str,
        bases: &[ObjRef],
        flag_bits: u32,
        setup: fn(&TypeData),
    ) -> ObjRef {
        self.make_in("", name, bases, flag_bits, setup)
    }

    /// [`TypeBuilder::make`] for a type whose `__module__` is `module`.
    pub fn make_in(
        &self,
        module: &'static str,
        name: &str,
        bases: &[ObjRef],
        flag_bits: u32,
        setup: fn(&TypeData),
    ) -> ObjRef {
        let mut td = TypeData::new(name, flag_bits);
        td.module = module;
        setup(&td);
        if let Some(Payload::Type(base)) = bases.first().map(|b| &b.payload) {
            td.slots.inherit_from(&base.slots);
            td.flags
                .set(td.flags.get() | (base.flags.get() & flags::EXC_SUBCLASS));
        }
        *td.bases.borrow_mut() = bases.to_vec();
        let obj = PyObject::new(self.type_.clone(), Payload::Type(Box::new(td)));
        if let Payload::Type(td) = &obj.payload {
            let mut mro = vec![obj.clone()];
            if let Some(Payload::Type(base)) = bases.first().map(|b| &b.payload) {
                mro.extend(base.mro.borrow().iter().cloned());
            }
            *td.mro.borrow_mut() = mro;
        }
        // Listed as a subclass of its bases, as in CPython (the attribute cache's tags
        // rely on it: crate::method_cache).
        for b in bases {
            if let Payload::Type(bt) = &b.payload {
                bt.subclasses
                    .borrow_mut()
                    .push(std::rc::Rc::downgrade(&obj));
            }
        }
        obj
    }
}

impl BuiltinTypes {
    fn build() -> BuiltinTypes {
        TYPES_BUILT.with(|b| b.set(true));
        // `type` is its own class: create it classless, then close the loop.
        let type_ = PyObject::new_classless(Payload::Type(Box::new(TypeData::new(
            "type",
            flags::BASETYPE,
        ))));
        type_.set_class(type_.clone());
        let object = PyObject::new(
            type_.clone(),
            Payload::Type(Box::new(TypeData::new("object", flags::BASETYPE))),
        );
        if let Payload::Type(td) = &object.payload {
            object::setup(td);
            *td.mro.borrow_mut() = vec![object.clone()];
        }
        if let Payload::Type(td) = &type_.payload {
            type_::setup(td);
            if let Payload::Type(od) = &object.payload {
                td.slots.inherit_from(&od.slots);
            }
            *td.bases.borrow_mut() = vec![object.clone()];
            *td.mro.borrow_mut() = vec![type_.clone(), object.clone()];
        }
        if let Payload::Type(od) = &object.payload {
            od.subclasses
                .borrow_mut()
                .push(std::rc::Rc::downgrade(&type_));
        }
        let b = TypeBuilder {
            type_: type_.clone(),
        };
        let o = std::slice::from_ref(&object);
        let base = flags::BASETYPE;
        let int = b.make("int", o, base, int::setup);
        let bool_ = b.make("bool", std::slice::from_ref(&int), 0, int::setup_bool);
        let dict = b.make("dict", o, base | flags::UNHASHABLE, dict::setup);
        let none_type = b.make("NoneType", o, 0, none::setup_none);
        let not_implemented_type = b.make("NotImplementedType", o, 0, none::setup_not_implemented);
        let ellipsis_type = b.make("ellipsis", o, 0, none::setup_ellipsis);
        let exc = ExcTypes::build(&b, &object);
        let types = BuiltinTypes {
            float: b.make("float", o, base, float::setup),
            complex: b.make("complex", o, base, complex::setup),
            str: b.make("str", o, base, str::setup),
            bytes: b.make("bytes", o, base, bytes::setup_bytes),
            bytearray: b.make("bytearray", o, base, bytes::setup_bytearray),
            tuple: b.make("tuple", o, base, tuple::setup),
            list: b.make("list", o, base | flags::UNHASHABLE, list::setup),
            set: b.make("set", o, base | flags::UNHASHABLE, set_ops::setup_set),
            frozenset: b.make("frozenset", o, base, set_ops::setup_frozenset),
            set_iterator: b.make("set_iterator", o, 0, iter::setup_iter),
            dict_reversekeyiterator: b.make("dict_reversekeyiterator", o, 0, iter::setup_iter),
            dict_reversevalueiterator: b.make("dict_reversevalueiterator", o, 0, iter::setup_iter),
            dict_reverseitemiterator: b.make("dict_reverseitemiterator", o, 0, iter::setup_iter),
            function: b.make("function", o, 0, func::setup_function),
            builtin_function: b.make("builtin_function_or_method", o, 0, func::setup_builtin),
            method_descriptor: b.make("method_descriptor", o, 0, func::setup_method_descr),
            method: b.make("method", o, 0, func::setup_method),
            code: b.make("code", o, 0, code::setup),
            cell: b.make("cell", o, 0, func::setup_cell),
            range: b.make("range", o, 0, range::setup),
            slice: b.make("slice", o, 0, slice::setup),
            module: b.make("module", o, base, module::setup),
            list_iterator: b.make("list_iterator", o, 0, iter::setup_iter),
            list_reverseiterator: b.make("list_reverseiterator", o, 0, iter::setup_iter),
            tuple_iterator: b.make("tuple_iterator", o, 0, iter::setup_iter),
            range_iterator: b.make("range_iterator", o, 0, iter::setup_iter),
            str_iterator: b.make("str_iterator", o, 0, iter::setup_iter),
            str_ascii_iterator: b.make("str_ascii_iterator", o, 0, iter::setup_iter),
            dict_keyiterator: b.make("dict_keyiterator", o, 0, iter::setup_iter),
            dict_valueiterator: b.make("dict_valueiterator", o, 0, iter::setup_iter),
            dict_itemiterator: b.make("dict_itemiterator", o, 0, iter::setup_iter),
            dict_keys: b.make("dict_keys", o, 0, dict_ops::setup_keys_items),
            dict_values: b.make("dict_values", o, 0, iter::setup_dict_view),
            dict_items: b.make("dict_items", o, 0, dict_ops::setup_keys_items),
            enumerate: b.make("enumerate", o, base, iter::setup_enumerate),
            zip: b.make("zip", o, base, iter::setup_zip),
            map: b.make("map", o, base, functional::setup_map),
            filter: b.make("filter", o, base, functional::setup_filter),
            reversed: b.make("reversed", o, base, functional::setup_reversed),
            callable_iterator: b.make("callable_iterator", o, 0, iter::setup_iter),
            text_io: b.make("TextIOWrapper", o, 0, stream::setup),
            not_implemented: Value::Obj(PyObject::new(
                not_implemented_type.clone(),
                Payload::NotImplemented,
            )),
            ellipsis: Value::Obj(PyObject::new(ellipsis_type.clone(), Payload::Ellipsis)),
            empty_tuple: Value::Null,
            type_,
            object,
            none_type,
            not_implemented_type,
            ellipsis_type,
            int,
            bool_,
            dict,
            exc,
        };
        types.install_methods();
        dict_ops::install_classmethods(&types);
        let mut types = types;
        types.empty_tuple = Value::Obj(PyObject::new(
            types.tuple.clone(),
            Payload::Tuple(Box::new([])),
        ));
        types
    }

    /// Phase 2: the method tables into the type dicts (needs `str` and
    /// `method_descriptor`, which exist only after phase 1).
    fn install_methods(&self) {
        let tables: &[(&ObjRef, &'static [MethodDef])] = &[
            (&self.object, object::METHODS),
            (&self.object, introspect::OBJECT_METHODS),
            (&self.list, introspect::REVERSED_METHODS),
            (&self.dict, introspect::REVERSED_METHODS),
            (&self.range, introspect::REVERSED_METHODS),
            (&self.str, introspect::STR_NEWARGS),
            (&self.tuple, introspect::TUPLE_NEWARGS),
            (&self.bytes, introspect::BYTES_EXTRA),
            (&self.bytes, introspect::BYTES_SHARED_EXTRA),
            (&self.bytearray, introspect::BYTES_SHARED_EXTRA),
            (&self.type_, type_::METHODS),
            (&self.int, int_methods::METHODS),
            (&self.float, float_methods::METHODS),
            (&self.complex, complex::METHODS),
            (&self.str, str::METHODS),
            (&self.bytes, bytes_methods::SHARED),
            (&self.bytearray, bytes_methods::SHARED),
            (&self.bytearray, bytearray::METHODS),
            (&self.tuple, tuple::METHODS),
            (&self.list, list::METHODS),
            (&self.dict, dict::METHODS),
            (&self.set, set_ops::SET_METHODS),
            (&self.range, range::METHODS),
            (&self.slice, slice::METHODS),
            (&self.code, code::METHODS),
            (&self.dict_keys, dict_ops::VIEW_METHODS),
            (&self.dict_items, dict_ops::VIEW_METHODS),
            (&self.frozenset, set_ops::FROZENSET_METHODS),
            (&self.text_io, stream::METHODS),
            (&self.exc.base_exception, crate::exceptions::METHODS),
            (&self.exc.base_exception_group, crate::exc_group::METHODS),
        ];
        for (t, defs) in tables {
            let Payload::Type(td) = &t.payload else {
                continue;
            };
            let mut d = td.dict.borrow_mut();
            for def in defs.iter() {
                let key = str::new_str_with_class(&self.str, def.name);
                let descr = PyObject::new(
                    self.method_descriptor.clone(),
                    Payload::MethodDescr(func::MethodDescr {
                        def,
                        owner: (*t).clone(),
                    }),
                );
                d.set_str_key(key, Value::Obj(descr));
            }
        }
        // Classmethods of builtin types: builtin functions bound to the class.
        let class_tables: &[(&ObjRef, &'static [MethodDef])] = &[
            (&self.int, int_methods::CLASS_METHODS),
            (&self.bool_, int_methods::CLASS_METHODS),
            (&self.float, float_methods::CLASS_METHODS),
            (&self.object, introspect::OBJECT_CLASS_METHODS),
            (&self.float, introspect::FLOAT_CLASS_METHODS),
        ];
        for (t, defs) in class_tables {
            let Payload::Type(td) = &t.payload else {
                continue;
            };
            let mut d = td.dict.borrow_mut();
            for def in defs.iter() {
                let key = str::new_str_with_class(&self.str, def.name);
                let f = PyObject::new(
                    self.builtin_function.clone(),
                    Payload::BuiltinFunction(func::BuiltinFunction {
                        name: def.name,
                        func: def.func,
                        self_: Some(Value::Obj((*t).clone())),
                    }),
                );
                d.set_str_key(key, Value::Obj(f));
            }
        }
        // Static methods: plain builtin functions in the type dict (never bound).
        let statics: &[(&ObjRef, &'static str, NativeFn)] = &[
            (&self.str, "maketrans", str_translate::maketrans),
            (&self.bytes, "maketrans", bytes_methods::maketrans),
            (&self.bytearray, "maketrans", bytes_methods::maketrans),
            (&self.bytes, "fromhex", bytes_methods::bytes_fromhex),
            (&self.bytearray, "fromhex", bytes_methods::bytearray_fromhex),
        ];
        introspect::install_object_entries(self);
        for (t, name, f) in statics {
            if let Payload::Type(td) = &t.payload {
                let key = str::new_str_with_class(&self.str, name);
                let bf = PyObject::new(
                    self.builtin_function.clone(),
                    Payload::BuiltinFunction(func::BuiltinFunction {
                        name,
                        func: *f,
                        self_: None,
                    }),
                );
                td.dict.borrow_mut().set_str_key(key, Value::Obj(bf));
            }
        }
    }
}
