# String literal forms and prefixes.
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print('adjacent' ' literals' " are" """ concatenated""")
print(r'raw\nstring', R"raw\tR", r'\\', len(r'\n'))
print(u'unicode prefix', U'upper U')
print(b'bytes', B'BYTES', rb'raw\bytes', Rb'\x00', bR'a\n', br'b')
s = """line one
line two
  indented line"""
print(s)
print(repr(s))
t = '''a\
b'''
print(t, len(t))
print('\N{GREEK SMALL LETTER ALPHA}', '\u00e9', '\U0001F600'.encode('utf-8'))
print(repr('é'), ascii('é'), len('héllo'))
print(("implicit"
       " continuation"))
print('', "", len(''), repr(''))
