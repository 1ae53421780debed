//! The value model: Python equality, hashing (checked against CPython 3.11), ordering, repr.

use std::sync::Arc;

use num_bigint::BigInt;
use weft_shareable::{Code, Error, Registry, Shareable, ShareableMap, SharedDict};

fn i(n: i64) -> Shareable {
    Shareable::int(n)
}
fn f(x: f64) -> Shareable {
    Shareable::Float(x)
}
fn big(s: &str) -> Shareable {
    Shareable::bigint(s.parse::<BigInt>().unwrap())
}
fn h(v: &Shareable) -> i64 {
    v.py_hash().unwrap()
}

#[test]
fn numeric_tower_equality_and_hash() {
    let one = [
        i(1),
        f(1.0),
        Shareable::Bool(true),
        Shareable::Complex { re: 1.0, im: 0.0 },
    ];
    for a in &one {
        for b in &one {
            assert!(a.py_eq(b), "{a:?} == {b:?}");
            assert_eq!(h(a), h(b), "hash({a:?}) == hash({b:?})");
        }
    }
    assert_eq!(h(&i(1)), 1);
    assert!(!i(1).py_eq(&Shareable::Complex { re: 1.0, im: 1.0 }));
    assert!(!i(1).py_eq(&Shareable::str("1")));
    assert!(!Shareable::str("a").py_eq(&Shareable::bytes(b"a")));
    assert!(Shareable::Bool(false).py_eq(&f(0.0)));
    assert!(f(-0.0).py_eq(&i(0)));
    assert_eq!(h(&f(-0.0)), 0);
}

#[test]
fn hashes_match_cpython() {
    assert_eq!(h(&f(1.5)), 1152921504606846977);
    assert_eq!(h(&f(-1.5)), -1152921504606846977);
    assert_eq!(h(&f(-1.0)), -2);
    assert_eq!(h(&i(-1)), -2);
    assert_eq!(h(&i(-2)), -2);
    assert_eq!(h(&big("2305843009213693952")), 1); // 2**61
    assert_eq!(h(&big("18446744073709551616")), 8); // 2**64
    assert_eq!(h(&i(i64::MIN)), -4);
    assert_eq!(h(&f(9223372036854775808.0)), 4);
    assert_eq!(h(&big("-1180591620717411303424")), -512); // -2**70
    assert_eq!(h(&f(1e100)), 1822893315824342674);
    assert_eq!(h(&f(0.1)), 230584300921369408);
    assert_eq!(h(&f(1e-300)), 482449582752280463);
    assert_eq!(h(&f(5e-324)), 16777216);
    assert_eq!(h(&f(f64::INFINITY)), 314159);
    assert_eq!(h(&f(f64::NEG_INFINITY)), -314159);
    assert_eq!(
        h(&Shareable::Complex { re: 1.5, im: 2.0 }),
        1152921504608846983
    );
    assert_eq!(h(&Shareable::tuple([i(1), i(2), i(3)])), 529344067295497451);
    assert_eq!(h(&Shareable::tuple([])), 5740354900026072187);
    assert_eq!(
        h(&Shareable::tuple([Shareable::tuple([])])),
        -5486347211504344842
    );
    assert_eq!(h(&Shareable::frozenset([]).unwrap()), 133146708735736);
    assert_eq!(
        h(&Shareable::frozenset([i(1), i(2), i(3)]).unwrap()),
        -272375401224217160
    );
    assert_eq!(
        h(&Shareable::frozenset([f(1.0), i(2)]).unwrap()),
        -1826646154956904602
    );
    assert_eq!(
        h(&Shareable::range(0, 10, 2).unwrap()),
        -6143170332311272345
    );
}

#[test]
fn big_ints_and_floats_compare_exactly() {
    // 2**53 + 1 is not representable: it differs from float(2**53).
    let n = i((1 << 53) + 1);
    assert!(!n.py_eq(&f((1u64 << 53) as f64)));
    assert!(f((1u64 << 53) as f64).py_lt(&n).unwrap());
    let b = big("100000000000000000000000"); // 1e23 is not exactly this
    assert!(!b.py_eq(&f(1e23)));
    let exact = big("99999999999999991611392"); // == float(1e23)
    assert!(exact.py_eq(&f(1e23)));
    assert_eq!(h(&exact), h(&f(1e23)));
    assert!(i(3).py_lt(&f(3.5)).unwrap());
    assert!(!f(3.5).py_lt(&i(3)).unwrap());
    assert!(i(i64::MAX).py_lt(&f(1e19)).unwrap());
    assert!(big("-100000000000000000000").py_lt(&f(-1e19)).unwrap());
    assert!(i(5).py_lt(&f(f64::INFINITY)).unwrap());
    // Normalisation: a BigInt that fits is Small.
    assert!(matches!(
        Shareable::bigint(BigInt::from(7)),
        Shareable::Int(weft_shareable::Int::Small(7))
    ));
}

#[test]
fn nan_is_equal_to_nothing() {
    let nan = f(f64::NAN);
    assert!(!nan.py_eq(&nan));
    assert!(!nan.py_lt(&i(1)).unwrap());
    assert!(!i(1).py_lt(&nan).unwrap());
    assert_eq!(h(&nan), 0);
    // Tuples compare item-wise: a NaN inside makes them unequal, unless it is the same
    // tuple object (identity, as CPython).
    let t = Shareable::tuple([nan.clone()]);
    assert!(t.py_eq(&t.clone()));
    assert!(!t.py_eq(&Shareable::tuple([nan.clone()])));
}

#[test]
fn nan_keys_are_distinct_in_a_shared_dict() {
    let d = SharedDict::new();
    d.set(f(f64::NAN), i(1)).unwrap();
    d.set(f(f64::NAN), i(2)).unwrap();
    assert_eq!(d.len(), 2);
    assert_eq!(d.get(&f(f64::NAN)).unwrap(), None);
    assert!(matches!(d.del(&f(f64::NAN)), Err(Error::Key(_))));
    // Reachable through popitem (LIFO) and iteration.
    let (k, v) = d.popitem().unwrap();
    assert!(matches!(k, Shareable::Float(x) if x.is_nan()));
    assert!(v.py_eq(&i(2)));
    assert_eq!(d.items().len(), 1);
    d.clear();
    assert!(d.is_empty());
}

#[test]
fn dict_follows_python_key_rules() {
    let d = SharedDict::new();
    d.set(i(1), Shareable::str("int")).unwrap();
    d.set(f(1.0), Shareable::str("float")).unwrap();
    d.set(Shareable::Bool(true), Shareable::str("bool"))
        .unwrap();
    assert_eq!(d.len(), 1);
    // The first key object is kept, the value replaced.
    let (k, v) = &d.items()[0];
    assert!(matches!(k, Shareable::Int(_)));
    assert_eq!(v.repr(), "'bool'");
    let key = Shareable::tuple([i(1), Shareable::str("x"), Shareable::tuple([f(2.0)])]);
    d.set(key, i(42)).unwrap();
    let probe = Shareable::tuple([f(1.0), Shareable::str("x"), Shareable::tuple([i(2)])]);
    assert!(d.get_item(&probe).unwrap().py_eq(&i(42)));
    let fs = Shareable::frozenset([i(1), i(2)]).unwrap();
    d.set(fs, i(7)).unwrap();
    assert!(d
        .contains(&Shareable::frozenset([f(2.0), Shareable::Bool(true)]).unwrap())
        .unwrap());
    // Unhashable keys.
    let sl = Shareable::slice(i(1), i(2), Shareable::None);
    assert!(matches!(d.set(sl.clone(), i(0)), Err(Error::Type(_))));
    assert!(matches!(
        d.set(Shareable::tuple([sl]), i(0)),
        Err(Error::Type(_))
    ));
    assert!(matches!(d.get_item(&i(99)), Err(Error::Key(k)) if k.py_eq(&i(99))));
    assert!(d.pop(&i(99), Some(i(5))).unwrap().py_eq(&i(5)));
    assert!(d.pop(&f(1.0), None).unwrap().py_eq(&Shareable::str("bool")));
    assert!(matches!(SharedDict::new().popitem(), Err(Error::Key(_))));
    assert!(d.setdefault(i(3), i(30)).unwrap().py_eq(&i(30)));
    assert!(d.setdefault(i(3), i(31)).unwrap().py_eq(&i(30)));
}

#[test]
fn map_keeps_insertion_order_through_deletes_and_growth() {
    let mut m = ShareableMap::new();
    for n in 0..1000 {
        m.insert(i(n), i(n * 2)).unwrap();
    }
    for n in (0..1000).step_by(2) {
        assert!(m.remove(&i(n)).unwrap().is_some());
    }
    // Reinserting a deleted key puts it at the end.
    m.insert(i(0), i(0)).unwrap();
    let keys: Vec<i64> = m
        .iter()
        .map(|(k, _)| match k {
            Shareable::Int(n) => n.as_i64().unwrap(),
            _ => unreachable!(),
        })
        .collect();
    let mut expect: Vec<i64> = (1..1000).step_by(2).collect();
    expect.push(0);
    assert_eq!(keys, expect);
    assert_eq!(m.len(), 501);
    // Churn: many insert/delete cycles keep working (tombstones are reclaimed).
    for n in 0..100_000 {
        m.insert(i(10_000 + n), i(n)).unwrap();
        m.remove(&i(10_000 + n)).unwrap();
    }
    assert_eq!(m.len(), 501);
    assert!(m.get(&i(999)).unwrap().unwrap().py_eq(&i(1998)));
    let (k, _) = m.pop_last().unwrap();
    assert!(k.py_eq(&i(0)));
}

#[test]
fn frozensets_are_sets() {
    let a = Shareable::frozenset([i(1), i(2), i(2), f(1.0)]).unwrap();
    let Shareable::FrozenSet(set) = &a else {
        unreachable!()
    };
    assert_eq!(set.len(), 2);
    let b = Shareable::frozenset([i(2), i(1)]).unwrap();
    assert!(a.py_eq(&b));
    assert_eq!(h(&a), h(&b));
    let c = Shareable::frozenset([i(1), i(2), i(3)]).unwrap();
    assert!(a.py_lt(&c).unwrap());
    assert!(!c.py_lt(&a).unwrap());
    assert!(!a.py_lt(&b).unwrap());
    assert!(Shareable::frozenset([Shareable::slice(
        Shareable::None,
        Shareable::None,
        Shareable::None
    )])
    .is_err());
    assert_eq!(a.repr(), "frozenset({1, 2})");
}

#[test]
fn ranges_compare_as_sequences() {
    let r = |a, b, c| Shareable::range(a, b, c).unwrap();
    assert!(r(0, 0, 1).py_eq(&r(5, 2, 3)));
    assert!(r(0, 3, 2).py_eq(&r(0, 4, 2)));
    assert!(r(3, 4, 1).py_eq(&r(3, 5, 7)));
    assert!(!r(0, 3, 1).py_eq(&r(0, 3, 2)));
    assert_eq!(h(&r(0, 3, 2)), h(&r(0, 4, 2)));
    assert_eq!(h(&r(0, 0, 1)), h(&r(5, 2, 3)));
    assert!(matches!(Shareable::range(0, 1, 0), Err(Error::Value(_))));
    let Shareable::Range(rr) = r(10, -10, -3) else {
        unreachable!()
    };
    assert_eq!(rr.len().as_i64(), Some(7));
}

#[test]
fn ordering_follows_python() {
    assert!(Shareable::str("abc").py_lt(&Shareable::str("abd")).unwrap());
    assert!(Shareable::str("z").py_lt(&Shareable::str("é")).unwrap());
    assert!(Shareable::bytes(b"a")
        .py_lt(&Shareable::bytes(b"ab"))
        .unwrap());
    let t = |a: i64, b: &str| Shareable::tuple([i(a), Shareable::str(b)]);
    assert!(t(1, "b").py_lt(&t(2, "a")).unwrap());
    assert!(t(1, "a").py_lt(&t(1, "b")).unwrap());
    assert!(Shareable::tuple([i(1)]).py_lt(&t(1, "a")).unwrap());
    let err = i(1).py_lt(&Shareable::str("a")).unwrap_err();
    assert_eq!(
        err.to_string(),
        "'<' not supported between instances of 'int' and 'str'"
    );
    assert!(Shareable::None.py_lt(&Shareable::None).is_err());
    assert!(Shareable::Complex { re: 0.0, im: 1.0 }
        .py_lt(&i(2))
        .is_err());
    // Handles: identity equality, no ordering.
    let reg = Registry::new();
    let a = Shareable::Handle(reg.new_lock());
    let b = Shareable::Handle(reg.new_lock());
    assert!(a.py_eq(&a.clone()));
    assert!(!a.py_eq(&b));
    assert!(a.py_lt(&b).is_err());
    assert!(Shareable::tuple([i(1), a.clone()])
        .py_lt(&Shareable::tuple([i(2), b.clone()]))
        .unwrap());
}

#[test]
fn reprs_match_python() {
    let cases: Vec<(Shareable, &str)> = vec![
        (f(1e16), "1e+16"),
        (f(1e15), "1000000000000000.0"),
        (f(0.0001), "0.0001"),
        (f(1e-5), "1e-05"),
        (f(-0.0), "-0.0"),
        (f(1e22), "1e+22"),
        (f(123456789012345678.0), "1.2345678901234568e+17"),
        (f(0.1), "0.1"),
        (f(2.5), "2.5"),
        (f(f64::NAN), "nan"),
        (f(f64::NEG_INFINITY), "-inf"),
        (Shareable::Complex { re: 1.5, im: 2.0 }, "(1.5+2j)"),
        (Shareable::Complex { re: 0.0, im: 2.0 }, "2j"),
        (Shareable::Complex { re: 0.0, im: -1.0 }, "-1j"),
        (Shareable::Complex { re: -0.0, im: 1.0 }, "(-0+1j)"),
        (Shareable::str("it's"), "\"it's\""),
        (Shareable::str("a\nb'\""), "'a\\nb\\'\"'"),
        (Shareable::bytes(b"\x00ab\xff"), "b'\\x00ab\\xff'"),
        (Shareable::tuple([i(1)]), "(1,)"),
        (Shareable::tuple([]), "()"),
        (Shareable::range(0, 5, 1).unwrap(), "range(0, 5)"),
        (Shareable::range(0, 5, 2).unwrap(), "range(0, 5, 2)"),
        (
            Shareable::slice(i(1), Shareable::None, Shareable::None),
            "slice(1, None, None)",
        ),
        (Shareable::Ellipsis, "Ellipsis"),
        (
            big("-123456789012345678901234567890"),
            "-123456789012345678901234567890",
        ),
    ];
    for (v, want) in cases {
        assert_eq!(v.repr(), want);
    }
}

#[test]
fn code_is_opaque_and_shared() {
    #[derive(Debug, PartialEq)]
    struct MyCode(u32);
    let arc = Arc::new(MyCode(7));
    let c = Code::new(arc.clone());
    let v = Shareable::Code(c.clone());
    assert!(v.py_eq(&Shareable::Code(c.clone())));
    assert!(!v.py_eq(&Shareable::Code(Code::new(Arc::new(MyCode(7))))));
    assert!(Arc::ptr_eq(&c.downcast::<MyCode>().unwrap(), &arc));
    assert!(c.downcast_ref::<String>().is_none());
    assert_eq!(h(&v), h(&v.clone()));
    // Payloads are shared, not copied, when values are cloned.
    let s = Shareable::str("a long string");
    let (Shareable::Str(a), Shareable::Str(b)) = (&s, &s.clone()) else {
        unreachable!()
    };
    assert!(Arc::ptr_eq(a, b));
}

#[test]
fn shared_list_ops() {
    use weft_shareable::SharedList;
    let l = SharedList::new();
    for n in [3, 1, 2] {
        l.append(i(n));
    }
    l.insert(-100, i(0));
    l.insert(100, i(9));
    assert_eq!(Shareable::tuple(l.to_vec()).repr(), "(0, 3, 1, 2, 9)");
    assert!(l.get(-1).unwrap().py_eq(&i(9)));
    assert!(matches!(l.get(5), Err(Error::Index(_))));
    l.set(0, f(0.5)).unwrap();
    assert!(l.contains(&f(3.0)));
    assert_eq!(l.index(&i(1)).unwrap(), 2);
    assert_eq!(
        l.index(&Shareable::str("x")).unwrap_err().to_string(),
        "'x' is not in list"
    );
    l.sort(false).unwrap();
    assert_eq!(Shareable::tuple(l.to_vec()).repr(), "(0.5, 1, 2, 3, 9)");
    l.sort(true).unwrap();
    assert_eq!(Shareable::tuple(l.to_vec()).repr(), "(9, 3, 2, 1, 0.5)");
    l.append(Shareable::str("s"));
    assert!(l.sort(false).is_err());
    assert_eq!(l.len(), 6, "a failed sort leaves the list intact");
    assert!(l.pop(None).unwrap().py_eq(&Shareable::str("s")));
    assert!(l.pop(Some(0)).unwrap().py_eq(&i(9)));
    l.remove(&i(2)).unwrap();
    assert!(l.remove(&i(2)).is_err());
    assert_eq!(l.count(&f(1.0)), 1);
    l.del(-1).unwrap();
    l.reverse();
    assert_eq!(Shareable::tuple(l.to_vec()).repr(), "(1, 3)");
    l.clear();
    assert_eq!(l.pop(None).unwrap_err().to_string(), "pop from empty list");
    l.append(i(1));
    assert_eq!(
        l.pop(Some(3)).unwrap_err().to_string(),
        "pop index out of range"
    );
    // Stable sort with ties and NaN does not panic.
    let l = SharedList::from_vec(vec![
        Shareable::tuple([i(1), Shareable::str("a")]),
        f(f64::NAN),
        Shareable::tuple([i(1), Shareable::str("b")]),
    ]);
    assert!(l.sort(false).is_err()); // tuple < float is a TypeError
    let l = SharedList::from_vec(vec![f(3.0), f(f64::NAN), f(1.0), f(2.0)]);
    l.sort(false).unwrap();
    assert_eq!(l.len(), 4);
}
