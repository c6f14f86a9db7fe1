# The code the stdlib generates at run time: collections.namedtuple's eval'd __new__ and
# dataclasses' exec'd __init__/__repr__/__eq__/__setattr__ (same source text as 3.11's).

_tuple_new = tuple.__new__
namespace = {'_tuple_new': _tuple_new, '__builtins__': {}, '__name__': 'namedtuple_Point'}
code = 'lambda _cls, x, y: _tuple_new(_cls, (x, y))'
__new__ = eval(code, namespace)
__new__.__name__ = '__new__'
__new__.__defaults__ = (0,)
print(__new__(tuple, 1, 2), __new__(tuple, 5), __new__.__code__.co_varnames)
try:
    __new__(tuple)
except TypeError as e:
    print(e)

_HAS_DEFAULT_FACTORY = object()
class FrozenInstanceError(AttributeError):
    pass

def _create_fn(name, args, body, *, globals=None, locals=None, return_type=None):
    if locals is None:
        locals = {}
    return_annotation = ''
    if return_type is not None:
        locals['_return_type'] = return_type
        return_annotation = '->_return_type'
    args = ','.join(args)
    body = '\n'.join(f'  {b}' for b in body)
    txt = f' def {name}({args}){return_annotation}:\n{body}'
    local_vars = ', '.join(locals.keys())
    txt = f"def __create_fn__({local_vars}):\n{txt}\n return {name}"
    ns = {}
    exec(txt, globals, ns)
    return ns['__create_fn__'](**locals)

class Point:
    pass

g = {'__name__': 'mod'}
locals_ = {'_type_x': int, '_type_y': int, '_type_tags': list, 'MISSING': None,
           '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY, '__dataclass_builtins_object__': object,
           '_dflt_tags': list, '__dataclass_self__': 'self'}
init = _create_fn('__init__',
                  ['__dataclass_self__', 'x:_type_x', 'y:_type_y=0', 'tags:_type_tags=_HAS_DEFAULT_FACTORY'],
                  ['__dataclass_self__.x=x', '__dataclass_self__.y=y',
                   '__dataclass_self__.tags=_dflt_tags() if tags is _HAS_DEFAULT_FACTORY else tags'],
                  locals=locals_, globals=g, return_type=None)
init.__qualname__ = 'Point.__init__'
Point.__init__ = init
repr_ = _create_fn('__repr__', ('self',),
                   ['return self.__class__.__qualname__ + f"(x={self.x!r}, y={self.y!r}, tags={self.tags!r})"'],
                   globals=g)
Point.__repr__ = repr_
eq = _create_fn('__eq__', ('self', 'other'),
                ['if other.__class__ is self.__class__:',
                 ' return (self.x,self.y,self.tags,)==(other.x,other.y,other.tags,)',
                 'return NotImplemented'], globals=g)
Point.__eq__ = eq
lt = _create_fn('__lt__', ('self', 'other'),
                ['if other.__class__ is self.__class__:',
                 ' return (self.x,self.y,)<(other.x,other.y,)',
                 'return NotImplemented'], globals=g)
Point.__lt__ = lt
p = Point(1)
q = Point(1, 0, [])
print(p, q, p == q, p == Point(2), p < Point(2), Point(3, 4, ['a']))
print(init.__annotations__, init.__defaults__[0], init.__defaults__[1] is _HAS_DEFAULT_FACTORY, init.__name__, repr_.__qualname__)
print(p.tags is not q.tags)
try:
    Point()
except TypeError as e:
    print(e)

class Frozen:
    pass
fields = ('a',)
setattr_ = _create_fn('__setattr__', ('self', 'name', 'value'),
                      [f'if type(self) is cls or name in {fields!r}:',
                       ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
                       'super(cls, self).__setattr__(name, value)'],
                      locals={'cls': Frozen, 'FrozenInstanceError': FrozenInstanceError},
                      globals=g)
Frozen.__setattr__ = setattr_
finit = _create_fn('__init__', ('self', 'a'),
                   ["__dataclass_builtins_object__.__setattr__(self,'a',a)"],
                   locals={'__dataclass_builtins_object__': object}, globals=g)
Frozen.__init__ = finit
fr = Frozen(5)
print(fr.a)
try:
    fr.a = 6
except FrozenInstanceError as e:
    print(type(e).__name__, e)
hash_ = _create_fn('__hash__', ('self',), ['return hash((self.a,))'], globals=g)
print(hash_(fr) == hash((5,)))
