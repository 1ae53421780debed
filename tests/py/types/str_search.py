# str searching: find/rfind/index/rindex/count/startswith/endswith/in.
s = "the quick brown fox jumps over the lazy dog the end"
for sub in ["the", "fox", "cat", "", "e", "dog the"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), sub in s)
print(s.find("the", 1), s.find("the", 1, 10), s.rfind("the", 0, 40), s.count("e", 10, 30))
print(s.find("o", -10), s.rfind("o", -20, -5), s.index("quick"), s.rindex("the"))
print(s.startswith("the"), s.startswith("quick", 4), s.startswith(("a", "t")), s.endswith("end"))
print(s.endswith(("x", "nd")), s.endswith("the", 0, 3), "".startswith(""), "abc".endswith(""))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("zzz")
except ValueError as e:
    print("ValueError:", e)
print("aaaa".count("aa"), "abababa".find("aba", 1), "abc".find("c", 5), "".count(""), "abc".count(""))
