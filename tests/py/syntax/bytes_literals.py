# Bytes literals and their repr.
print(b'', b'abc', b'\x00\x01', b'a' b'b', bytes(3))
print(b'hello'[0], b'hello'[1:3], b'hello'[-1:], list(b'hi'))
print(repr(b'\t\n\r\x0b\x0c'), repr(b'\x7f\x80'), repr(bytes(range(30, 40))))
print(b'abc' == b'abc', b'abc' < b'abd', b'a' * 3, b'ab' + b'cd')
print(b"it's", b'say "x"', repr(b"both ' and \""))
print(rb'\d+', len(rb'\d+'))
