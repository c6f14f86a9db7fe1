# copy of datetime objects goes through their __reduce__ (bytes state, ord() of bytes)
import copy, datetime
d = datetime.date(2020, 1, 2)
print(d.__reduce_ex__(4))
print(copy.deepcopy(d), copy.copy(d))
print(copy.deepcopy(datetime.timedelta(1)), copy.deepcopy(datetime.datetime(2020, 1, 2, 3, 4)))
print(copy.deepcopy(datetime.time(5, 6, 7)))
for a in [b'a', bytearray(b'z'), b'', b'ab', bytearray(b'ab'), 'ab', 5]:
    try: print(ord(a))
    except Exception as e: print(type(e).__name__, e)
