//! `queue.Queue`, `LifoQueue`, `PriorityQueue` and `SimpleQueue`.

use std::collections::VecDeque;
use std::fmt;

use crate::error::{Error, Result};
use crate::sync::Mutex;
use crate::value::Shareable;
use crate::wait::{self, unpark_all, Block, WaitList, Waiter, Wakeup};

/// Which queue discipline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QueueKind {
    /// `queue.Queue`: first in, first out.
    Fifo,
    /// `queue.LifoQueue`: last in, first out.
    Lifo,
    /// `queue.PriorityQueue`: smallest first (Python `<`, CPython's `heapq` algorithm, so
    /// ties come out in the same order as in CPython).
    Priority,
    /// `queue.SimpleQueue`: unbounded FIFO, no task tracking.
    Simple,
}

enum Items {
    Fifo(VecDeque<Shareable>),
    Lifo(Vec<Shareable>),
    Priority(Vec<Shareable>),
}

impl Items {
    fn len(&self) -> usize {
        match self {
            Items::Fifo(q) => q.len(),
            Items::Lifo(v) | Items::Priority(v) => v.len(),
        }
    }

    /// `_put`: a `TypeError` from a priority comparison leaves the item in the heap
    /// (partly sifted), as `heapq.heappush` does.
    fn put(&mut self, item: Shareable) -> Result<()> {
        match self {
            Items::Fifo(q) => q.push_back(item),
            Items::Lifo(v) => v.push(item),
            Items::Priority(heap) => {
                heap.push(item);
                let last = heap.len() - 1;
                sift_down(heap, 0, last)?;
            }
        }
        Ok(())
    }

    /// `_get` (the queue is not empty).
    fn get(&mut self) -> Result<Shareable> {
        match self {
            Items::Fifo(q) => Ok(q.pop_front().expect("not empty")),
            Items::Lifo(v) => Ok(v.pop().expect("not empty")),
            Items::Priority(heap) => {
                let last = heap.pop().expect("not empty");
                if heap.is_empty() {
                    return Ok(last);
                }
                let top = std::mem::replace(&mut heap[0], last);
                sift_up(heap, 0)?;
                Ok(top)
            }
        }
    }
}

/// `_heapq.siftdown`: moves `heap[pos]` up towards `start` (swapping, so an error leaves a
/// permutation of the items).
fn sift_down(heap: &mut [Shareable], start: usize, mut pos: usize) -> Result<()> {
    while pos > start {
        let parent = (pos - 1) >> 1;
        if !heap[pos].py_lt(&heap[parent])? {
            break;
        }
        heap.swap(pos, parent);
        pos = parent;
    }
    Ok(())
}

/// `_heapq.siftup`: bubbles the smaller child up to a leaf, then sifts down.
fn sift_up(heap: &mut [Shareable], mut pos: usize) -> Result<()> {
    let end = heap.len();
    let start = pos;
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end && !heap[child].py_lt(&heap[child + 1])? {
            child += 1;
        }
        heap.swap(pos, child);
        pos = child;
    }
    sift_down(heap, start, pos)
}

struct State {
    items: Items,
    unfinished: usize,
    not_empty: WaitList,
    not_full: WaitList,
    all_done: WaitList,
}

/// A thread-safe queue of shareable items with CPython's `queue` semantics: `maxsize`
/// (`<= 0`: unbounded), blocking `put`/`get` with timeouts raising `Full`/`Empty`,
/// `task_done`/`join`, `qsize`/`empty`/`full`.
pub struct Queue {
    kind: QueueKind,
    maxsize: usize,
    state: Mutex<State>,
}

impl fmt::Debug for Queue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Queue")
            .field("kind", &self.kind)
            .field("maxsize", &self.maxsize)
            .field("qsize", &self.qsize())
            .finish()
    }
}

impl Queue {
    /// A queue of `kind`; `maxsize <= 0` (and every `SimpleQueue`) is unbounded.
    pub fn new(kind: QueueKind, maxsize: i64) -> Queue {
        let items = match kind {
            QueueKind::Fifo | QueueKind::Simple => Items::Fifo(VecDeque::new()),
            QueueKind::Lifo => Items::Lifo(Vec::new()),
            QueueKind::Priority => Items::Priority(Vec::new()),
        };
        let maxsize = if kind == QueueKind::Simple {
            0
        } else {
            maxsize.max(0) as usize
        };
        Queue {
            kind,
            maxsize,
            state: Mutex::new(State {
                items,
                unfinished: 0,
                not_empty: WaitList::new(),
                not_full: WaitList::new(),
                all_done: WaitList::new(),
            }),
        }
    }

    /// The discipline.
    pub fn kind(&self) -> QueueKind {
        self.kind
    }

    /// `maxsize` (0: unbounded).
    pub fn maxsize(&self) -> usize {
        self.maxsize
    }

    /// `qsize()`.
    pub fn qsize(&self) -> usize {
        self.state.lock().items.len()
    }

    /// `empty()`.
    pub fn empty(&self) -> bool {
        self.qsize() == 0
    }

    /// `full()`: `0 < maxsize <= qsize()`.
    pub fn full(&self) -> bool {
        self.maxsize > 0 && self.qsize() >= self.maxsize
    }

    /// Unfinished tasks (`unfinished_tasks`).
    pub fn unfinished_tasks(&self) -> usize {
        self.state.lock().unfinished
    }

    /// `put(item, block, timeout)`: `Err(Full)` if there is no room in time (the item is
    /// dropped), `TypeError` from a priority comparison. A `SimpleQueue` never blocks.
    pub fn put(&self, w: &mut Waiter<'_>, item: Shareable, block: Block) -> Result<()> {
        let maxsize = self.maxsize;
        let track = self.kind != QueueKind::Simple;
        let mut item = Some(item);
        let done = wait::wait_until(
            w,
            &self.state,
            &block,
            |s| &mut s.not_full,
            |s| -> Option<Result<Option<Wakeup>>> {
                if maxsize > 0 && s.items.len() >= maxsize {
                    return None;
                }
                let r = s.items.put(item.take().expect("put once")).map(|()| {
                    if track {
                        s.unfinished += 1;
                    }
                    s.not_empty.notify_one()
                });
                Some(r)
            },
        )?;
        match done {
            None => Err(Error::Full),
            Some(Ok(wakeup)) => {
                if let Some(wk) = wakeup {
                    wk.unpark();
                }
                Ok(())
            }
            Some(Err(e)) => Err(e),
        }
    }

    /// `put_nowait(item)`.
    pub fn put_nowait(&self, item: Shareable) -> Result<()> {
        wait::with_nowait(|w| self.put(w, item, Block::No))
    }

    /// `get(block, timeout)`: `Err(Empty)` if nothing arrives in time.
    pub fn get(&self, w: &mut Waiter<'_>, block: Block) -> Result<Shareable> {
        let bounded = self.maxsize > 0;
        let done = wait::wait_until(
            w,
            &self.state,
            &block,
            |s| &mut s.not_empty,
            |s| -> Option<Result<(Shareable, Option<Wakeup>)>> {
                if s.items.len() == 0 {
                    return None;
                }
                Some(s.items.get().map(|item| {
                    let wakeup = if bounded {
                        s.not_full.notify_one()
                    } else {
                        None
                    };
                    (item, wakeup)
                }))
            },
        )?;
        match done {
            None => Err(Error::Empty),
            Some(Ok((item, wakeup))) => {
                if let Some(wk) = wakeup {
                    wk.unpark();
                }
                Ok(item)
            }
            Some(Err(e)) => Err(e),
        }
    }

    /// `get_nowait()`.
    pub fn get_nowait(&self) -> Result<Shareable> {
        wait::with_nowait(|w| self.get(w, Block::No))
    }

    /// `task_done()`: `ValueError("task_done() called too many times")` when no task is
    /// unfinished; wakes `join`ers when the count reaches zero.
    pub fn task_done(&self) -> Result<()> {
        let mut s = self.state.lock();
        if s.unfinished == 0 {
            return Err(Error::value("task_done() called too many times"));
        }
        s.unfinished -= 1;
        if s.unfinished == 0 {
            let woken = s.all_done.notify_all();
            drop(s);
            unpark_all(woken);
        }
        Ok(())
    }

    /// `join()`: blocks until every item put has been marked done. (`block` may bound the
    /// wait, an extension: `Ok(false)` on timeout.)
    pub fn join(&self, w: &mut Waiter<'_>, block: Block) -> Result<bool> {
        let done = wait::wait_until(
            w,
            &self.state,
            &block,
            |s| &mut s.all_done,
            |s| (s.unfinished == 0).then_some(()),
        )?;
        Ok(done.is_some())
    }
}
