# Escape sequences in str and bytes.
s = 'a\tb\nc\\d\'e\"f\x41\101\u0042\0g\a\b\f\v\r'
print(repr(s))
print(len(s))
print([ord(c) for c in s])
b = b'\x00\x7f\x80\xff\n\t\\\'"'
print(repr(b), len(b), list(b))
print(repr('\x7f'), repr('\x80'), repr('\xa0'), repr('\u2028'), repr('\U0001f600'))
print(repr("'"), repr('"'), repr('\'"'), repr("a'b\"c"))
print('\101\102\103', '\x61\x62', '\u0063')
print(repr('\\n'), '\\n')
print(repr(b"'"), repr(b'"'), repr(b'\'"'))
