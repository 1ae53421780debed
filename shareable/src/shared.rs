//! `SharedDict` and `SharedList`: mutex-backed containers of shareable values. Each method
//! is one atomic primitive operation (as `d[k] = v` or `lst.append(x)` under CPython's GIL).
//! Values removed from a container are dropped after its mutex is released.

use std::fmt;

use parking_lot::Mutex;

use crate::error::{Error, Result};
use crate::map::ShareableMap;
use crate::value::Shareable;

/// A dict shared between threads: insertion-ordered, keyed by shareable values with Python
/// equality and hashing (`1`, `1.0` and `True` are one key; see [`crate::value`] for NaN).
#[derive(Default)]
pub struct SharedDict {
    map: Mutex<ShareableMap<Shareable>>,
}

impl fmt::Debug for SharedDict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.items()).finish()
    }
}

impl SharedDict {
    /// An empty dict.
    pub fn new() -> SharedDict {
        SharedDict::default()
    }

    /// Runs `f` with the dict locked: for compound operations that must be atomic. `f` must
    /// not block or call into an interpreter.
    pub fn with<R>(&self, f: impl FnOnce(&mut ShareableMap<Shareable>) -> R) -> R {
        f(&mut self.map.lock())
    }

    /// `len(d)`.
    pub fn len(&self) -> usize {
        self.map.lock().len()
    }

    /// `not d`.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// `d.get(key)`; `TypeError` for an unhashable key.
    pub fn get(&self, key: &Shareable) -> Result<Option<Shareable>> {
        Ok(self.map.lock().get(key)?.cloned())
    }

    /// `d[key]`; `KeyError(key)` when absent.
    pub fn get_item(&self, key: &Shareable) -> Result<Shareable> {
        self.map.lock().get_item(key)
    }

    /// `key in d`.
    pub fn contains(&self, key: &Shareable) -> Result<bool> {
        self.map.lock().contains_key(key)
    }

    /// `d[key] = value`.
    pub fn set(&self, key: Shareable, value: Shareable) -> Result<()> {
        let old = self.map.lock().insert(key, value)?;
        drop(old);
        Ok(())
    }

    /// `del d[key]`; `KeyError(key)` when absent.
    pub fn del(&self, key: &Shareable) -> Result<()> {
        let removed = self.map.lock().remove(key)?;
        match removed {
            Some(_) => Ok(()),
            None => Err(Error::Key(key.clone())),
        }
    }

    /// `d.pop(key[, default])`: `KeyError(key)` when absent and no default.
    pub fn pop(&self, key: &Shareable, default: Option<Shareable>) -> Result<Shareable> {
        let removed = self.map.lock().remove(key)?;
        match (removed, default) {
            (Some((_, v)), _) => Ok(v),
            (None, Some(d)) => Ok(d),
            (None, None) => Err(Error::Key(key.clone())),
        }
    }

    /// `d.popitem()`: the last inserted item; `KeyError('popitem(): dictionary is empty')`.
    pub fn popitem(&self) -> Result<(Shareable, Shareable)> {
        let item = self.map.lock().pop_last();
        item.ok_or_else(|| Error::Key(Shareable::str("popitem(): dictionary is empty")))
    }

    /// `d.setdefault(key, default)`: the value for `key`, inserting `default` if absent.
    pub fn setdefault(&self, key: Shareable, default: Shareable) -> Result<Shareable> {
        let mut map = self.map.lock();
        if let Some(v) = map.get(&key)? {
            return Ok(v.clone());
        }
        map.insert(key, default.clone())?;
        Ok(default)
    }

    /// `d.update(items)` (atomic as a whole; stops at the first unhashable key, keeping the
    /// items before it, as CPython).
    pub fn update(&self, items: impl IntoIterator<Item = (Shareable, Shareable)>) -> Result<()> {
        let mut old = Vec::new();
        let mut map = self.map.lock();
        for (k, v) in items {
            old.push(map.insert(k, v)?);
        }
        drop(map);
        Ok(())
    }

    /// `d.clear()`.
    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.map.lock());
        drop(old);
    }

    /// `list(d)`: a snapshot of the keys.
    pub fn keys(&self) -> Vec<Shareable> {
        self.map.lock().iter().map(|(k, _)| k.clone()).collect()
    }

    /// `list(d.values())`: a snapshot.
    pub fn values(&self) -> Vec<Shareable> {
        self.map.lock().iter().map(|(_, v)| v.clone()).collect()
    }

    /// `list(d.items())`: a snapshot.
    pub fn items(&self) -> Vec<(Shareable, Shareable)> {
        self.map.lock().to_vec()
    }
}

/// A list shared between threads, holding shareable values. Indices follow Python (negative
/// from the end) with CPython's `IndexError` messages.
#[derive(Default)]
pub struct SharedList {
    items: Mutex<Vec<Shareable>>,
}

impl fmt::Debug for SharedList {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.to_vec()).finish()
    }
}

/// Normalises a Python index against `len`; `None` if out of range.
fn index(i: isize, len: usize) -> Option<usize> {
    let i = if i < 0 { i + len as isize } else { i };
    (0..len as isize).contains(&i).then_some(i as usize)
}

impl SharedList {
    /// An empty list.
    pub fn new() -> SharedList {
        SharedList::default()
    }

    /// A list holding `items`.
    pub fn from_vec(items: Vec<Shareable>) -> SharedList {
        SharedList {
            items: Mutex::new(items),
        }
    }

    /// Runs `f` with the list locked: for compound operations that must be atomic (slicing,
    /// slice assignment, ...). `f` must not block or call into an interpreter.
    pub fn with<R>(&self, f: impl FnOnce(&mut Vec<Shareable>) -> R) -> R {
        f(&mut self.items.lock())
    }

    /// `len(lst)`.
    pub fn len(&self) -> usize {
        self.items.lock().len()
    }

    /// `not lst`.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// `lst.append(x)`.
    pub fn append(&self, x: Shareable) {
        self.items.lock().push(x);
    }

    /// `lst.extend(xs)` (atomic as a whole).
    pub fn extend(&self, xs: impl IntoIterator<Item = Shareable>) {
        self.items.lock().extend(xs);
    }

    /// `lst.insert(i, x)` (the index is clamped, as CPython).
    pub fn insert(&self, i: isize, x: Shareable) {
        let mut v = self.items.lock();
        let len = v.len() as isize;
        let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
        v.insert(i as usize, x);
    }

    /// `lst[i]`; `IndexError("list index out of range")`.
    pub fn get(&self, i: isize) -> Result<Shareable> {
        let v = self.items.lock();
        index(i, v.len())
            .map(|i| v[i].clone())
            .ok_or_else(|| Error::index("list index out of range"))
    }

    /// `lst[i] = x`; `IndexError("list assignment index out of range")`.
    pub fn set(&self, i: isize, x: Shareable) -> Result<()> {
        let mut v = self.items.lock();
        let i =
            index(i, v.len()).ok_or_else(|| Error::index("list assignment index out of range"))?;
        let old = std::mem::replace(&mut v[i], x);
        drop(v);
        drop(old);
        Ok(())
    }

    /// `del lst[i]`; `IndexError("list assignment index out of range")`.
    pub fn del(&self, i: isize) -> Result<()> {
        let mut v = self.items.lock();
        let i =
            index(i, v.len()).ok_or_else(|| Error::index("list assignment index out of range"))?;
        let old = v.remove(i);
        drop(v);
        drop(old);
        Ok(())
    }

    /// `lst.pop(i=-1)`: `IndexError("pop from empty list")` /
    /// `IndexError("pop index out of range")`.
    pub fn pop(&self, i: Option<isize>) -> Result<Shareable> {
        let mut v = self.items.lock();
        if v.is_empty() {
            return Err(Error::index("pop from empty list"));
        }
        let i = index(i.unwrap_or(-1), v.len())
            .ok_or_else(|| Error::index("pop index out of range"))?;
        Ok(v.remove(i))
    }

    /// `x in lst` (Python equality, identity first).
    pub fn contains(&self, x: &Shareable) -> bool {
        self.items.lock().iter().any(|y| y.is_same(x) || y.py_eq(x))
    }

    /// `lst.count(x)`.
    pub fn count(&self, x: &Shareable) -> usize {
        self.items
            .lock()
            .iter()
            .filter(|y| y.is_same(x) || y.py_eq(x))
            .count()
    }

    /// `lst.index(x)`: `ValueError("<repr> is not in list")`.
    pub fn index(&self, x: &Shareable) -> Result<usize> {
        self.items
            .lock()
            .iter()
            .position(|y| y.is_same(x) || y.py_eq(x))
            .ok_or_else(|| Error::Value(format!("{} is not in list", x.repr()).into()))
    }

    /// `lst.remove(x)`: `ValueError("list.remove(x): x not in list")`.
    pub fn remove(&self, x: &Shareable) -> Result<()> {
        let mut v = self.items.lock();
        let i = v
            .iter()
            .position(|y| y.is_same(x) || y.py_eq(x))
            .ok_or_else(|| Error::value("list.remove(x): x not in list"))?;
        let old = v.remove(i);
        drop(v);
        drop(old);
        Ok(())
    }

    /// `lst.clear()`.
    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.items.lock());
        drop(old);
    }

    /// `lst.reverse()`.
    pub fn reverse(&self) {
        self.items.lock().reverse();
    }

    /// `lst.sort(reverse=...)`: a stable merge sort that, like CPython's, only asks
    /// Python `<`. On a `TypeError` the list is left unchanged (CPython leaves some
    /// permutation of it).
    pub fn sort(&self, reverse: bool) -> Result<()> {
        let mut v = self.items.lock();
        let mut sorted = v.clone();
        // CPython's reverse sort is stable too: reverse, stable-sort, reverse back.
        if reverse {
            sorted.reverse();
        }
        merge_sort(&mut sorted, &mut |a, b| a.py_lt(b))?;
        if reverse {
            sorted.reverse();
        }
        let old = std::mem::replace(&mut *v, sorted);
        drop(v);
        drop(old);
        Ok(())
    }

    /// `list(lst)`: a snapshot.
    pub fn to_vec(&self) -> Vec<Shareable> {
        self.items.lock().clone()
    }
}

/// Stable merge sort with a fallible "less than" (never assumes a total order, so NaNs and
/// partial orders cannot upset it).
pub(crate) fn merge_sort<T: Clone>(
    v: &mut [T],
    lt: &mut impl FnMut(&T, &T) -> Result<bool>,
) -> Result<()> {
    let n = v.len();
    if n <= 1 {
        return Ok(());
    }
    let mid = n / 2;
    merge_sort(&mut v[..mid], lt)?;
    merge_sort(&mut v[mid..], lt)?;
    // Already ordered across the split: nothing to merge.
    if !lt(&v[mid], &v[mid - 1])? {
        return Ok(());
    }
    let left: Vec<T> = v[..mid].to_vec();
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < left.len() && j < n {
        // Take from the right only when strictly smaller: stability.
        if lt(&v[j], &left[i])? {
            v[k] = v[j].clone();
            j += 1;
        } else {
            v[k] = left[i].clone();
            i += 1;
        }
        k += 1;
    }
    while i < left.len() {
        v[k] = left[i].clone();
        i += 1;
        k += 1;
    }
    Ok(())
}
