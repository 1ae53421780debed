# A tiny stack-based virtual machine with an assembler, labels, calls and a trace.
def assemble(source):
    program, labels = [], {}
    for line in source.strip().splitlines():
        line = line.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(program)
            continue
        op, *args = line.split()
        program.append((op, [int(a) if a.lstrip("-").isdigit() else a for a in args]))
    return [(op, [labels.get(a, a) if isinstance(a, str) else a for a in args]) for op, args in program]
class VM:
    def __init__(self, program):
        self.program = program
        self.stack = []
        self.calls = []
        self.vars = {}
        self.out = []
        self.steps = 0
    def run(self, limit=100000):
        pc = 0
        while pc < len(self.program):
            self.steps += 1
            if self.steps > limit:
                raise RuntimeError("step limit exceeded")
            op, args = self.program[pc]
            pc += 1
            s = self.stack
            match op:
                case "push":
                    s.append(args[0])
                case "pop":
                    s.pop()
                case "dup":
                    s.append(s[-1])
                case "swap":
                    s[-1], s[-2] = s[-2], s[-1]
                case "add" | "sub" | "mul" | "div" | "mod" | "lt" | "eq":
                    b, a = s.pop(), s.pop()
                    s.append({"add": a + b, "sub": a - b, "mul": a * b, "div": a // b if b else 0,
                              "mod": a % b if b else 0, "lt": int(a < b), "eq": int(a == b)}[op])
                case "load":
                    s.append(self.vars[args[0]])
                case "store":
                    self.vars[args[0]] = s.pop()
                case "jmp":
                    pc = args[0]
                case "jz":
                    if s.pop() == 0:
                        pc = args[0]
                case "call":
                    self.calls.append(pc)
                    pc = args[0]
                case "ret":
                    pc = self.calls.pop()
                case "print":
                    self.out.append(s.pop())
                case "halt":
                    break
                case _:
                    raise ValueError(f"unknown op {op}")
        return self.out
FACT = """
    push 1
    store acc
    push 10
    store n
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    push 7
    call square
    print
    halt
square:        ; squares top of stack
    dup
    mul
    ret
"""
prog = assemble(FACT)
print(len(prog), prog[:6])
vm = VM(prog)
print(vm.run(), vm.steps, vm.vars)
COLLATZ = """
    push 27
    store x
    push 0
    store steps
top:
    load x
    push 1
    eq
    jz body
    jmp end
body:
    load steps
    push 1
    add
    store steps
    load x
    push 2
    mod
    jz even
    load x
    push 3
    mul
    push 1
    add
    store x
    jmp top
even:
    load x
    push 2
    div
    store x
    jmp top
end:
    load steps
    print
"""
vm2 = VM(assemble(COLLATZ))
print(vm2.run(), vm2.steps)
try:
    VM(assemble("loop:\n jmp loop")).run(limit=50)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    VM(assemble("bogus 1")).run()
except ValueError as e:
    print("ValueError:", e)
