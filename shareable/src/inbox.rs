//! An interpreter's inbox: a crossbeam channel whose sender interrupts the receiving
//! thread's [`Parker`], so that a thread blocked in any operation of this crate services
//! its messages while it waits.

use crossbeam_channel::{Receiver, Sender, TryRecvError};

use crate::wait::{Interrupter, Parker};

/// Creates an inbox for the thread that owns `parker`.
///
/// ```
/// use std::ops::ControlFlow;
/// use weft_shareable::{inbox, Block, Parker, Registry, Waiter};
///
/// let parker = Parker::new();
/// let (tx, rx) = inbox::<String>(&parker);
/// let reg = Registry::new();
/// let lock = reg.new_lock();
/// lock.as_lock().unwrap().try_acquire(); // held: our acquire below must wait
///
/// let lock2 = lock.clone();
/// let t = std::thread::spawn(move || {
///     tx.send("please run this".to_string()).unwrap(); // interrupts our acquire
///     std::thread::sleep(std::time::Duration::from_millis(20));
///     lock2.as_lock().unwrap().release().unwrap();
/// });
/// let mut handled = Vec::new();
/// let mut service = || {
///     rx.drain(|msg| handled.push(msg));
///     ControlFlow::Continue(())
/// };
/// let mut w = Waiter::with_service(&parker, &mut service);
/// assert!(lock.as_lock().unwrap().acquire(&mut w, Block::Forever).unwrap());
/// drop(w);
/// t.join().unwrap();
/// assert_eq!(handled, ["please run this"]);
/// ```
pub fn inbox<T>(parker: &Parker) -> (InboxSender<T>, InboxReceiver<T>) {
    let (tx, rx) = crossbeam_channel::unbounded();
    (
        InboxSender {
            tx,
            interrupter: parker.interrupter(),
        },
        InboxReceiver { rx },
    )
}

/// The sending side of an inbox: cloneable, `Send + Sync` when `T: Send`.
#[derive(Debug)]
pub struct InboxSender<T> {
    tx: Sender<T>,
    interrupter: Interrupter,
}

impl<T> Clone for InboxSender<T> {
    fn clone(&self) -> Self {
        InboxSender {
            tx: self.tx.clone(),
            interrupter: self.interrupter.clone(),
        }
    }
}

impl<T> InboxSender<T> {
    /// Queues `msg`, then interrupts the receiver. `Err(msg)` if the receiver is gone.
    pub fn send(&self, msg: T) -> Result<(), T> {
        self.tx.send(msg).map_err(|e| e.0)?;
        self.interrupter.interrupt();
        Ok(())
    }
}

/// The receiving side of an inbox (owned by the interpreter's thread).
#[derive(Debug)]
pub struct InboxReceiver<T> {
    rx: Receiver<T>,
}

impl<T> InboxReceiver<T> {
    /// Hands every queued message to `f`; returns how many. Call it from the service
    /// callback (the interrupt is already consumed there) or after
    /// [`Parker::take_interrupt`] at a safe point.
    pub fn drain(&self, mut f: impl FnMut(T)) -> usize {
        let mut n = 0;
        loop {
            match self.rx.try_recv() {
                Ok(msg) => {
                    f(msg);
                    n += 1;
                }
                Err(TryRecvError::Empty | TryRecvError::Disconnected) => return n,
            }
        }
    }

    /// One message, if any.
    pub fn try_recv(&self) -> Option<T> {
        self.rx.try_recv().ok()
    }

    /// Messages waiting.
    pub fn len(&self) -> usize {
        self.rx.len()
    }

    /// Whether no message waits.
    pub fn is_empty(&self) -> bool {
        self.rx.is_empty()
    }
}
