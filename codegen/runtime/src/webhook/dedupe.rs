//! Which message ids were handled: the receiver asks before a message is handled and records
//! it after, so a vendor's resend of a handled message is answered without handling it again.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;

/// What a store knows of a message id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Claim {
    /// Not handled, and now claimed by the caller.
    Fresh,
    /// Handled before.
    Handled,
    /// Claimed by another delivery that has not finished.
    InFlight,
}

/// Where handled message ids are kept. The in-memory [`MemoryStore`] serves one process; a
/// service of several instances keeps them where every instance sees them (its database, say).
/// The calls are made on the request's task and should answer quickly.
pub trait DedupeStore: Send + Sync {
    /// Claims `id` for handling, unless it was handled or is being handled.
    fn claim(&self, id: &str) -> Claim;
    /// Records a claimed `id` as handled.
    fn handled(&self, id: &str);
    /// Gives up a claim on `id` whose handling failed, so that a resend is handled.
    fn release(&self, id: &str);
}

/// Handled ids in memory, the oldest forgotten past `capacity` (a vendor resends within a day
/// or so; Tiki's last retry comes 43 hours after the first try).
#[derive(Debug)]
pub struct MemoryStore {
    capacity: usize,
    state: Mutex<State>,
}

#[derive(Debug, Default)]
struct State {
    ids: HashMap<String, bool>,
    order: VecDeque<String>,
}

impl MemoryStore {
    /// A store that remembers up to `capacity` handled ids.
    pub fn with_capacity(capacity: usize) -> Self {
        Self {
            capacity: capacity.max(1),
            state: Mutex::default(),
        }
    }
}

impl Default for MemoryStore {
    fn default() -> Self {
        Self::with_capacity(100_000)
    }
}

impl DedupeStore for MemoryStore {
    fn claim(&self, id: &str) -> Claim {
        let mut state = self
            .state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        match state.ids.get(id) {
            Some(true) => Claim::Handled,
            Some(false) => Claim::InFlight,
            None => {
                state.ids.insert(id.to_owned(), false);
                Claim::Fresh
            }
        }
    }

    fn handled(&self, id: &str) {
        let mut state = self
            .state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        state.ids.insert(id.to_owned(), true);
        state.order.push_back(id.to_owned());
        while state.order.len() > self.capacity {
            if let Some(oldest) = state.order.pop_front() {
                state.ids.remove(&oldest);
            }
        }
    }

    fn release(&self, id: &str) {
        let mut state = self
            .state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if state.ids.get(id) == Some(&false) {
            state.ids.remove(id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_handled_id_is_a_duplicate_and_a_released_one_is_fresh_again() {
        let store = MemoryStore::with_capacity(2);
        assert_eq!(store.claim("a"), Claim::Fresh);
        assert_eq!(store.claim("a"), Claim::InFlight);
        store.release("a");
        assert_eq!(store.claim("a"), Claim::Fresh);
        store.handled("a");
        assert_eq!(store.claim("a"), Claim::Handled);
        for id in ["b", "c"] {
            assert_eq!(store.claim(id), Claim::Fresh);
            store.handled(id);
        }
        // Past its capacity the oldest handled id is forgotten.
        assert_eq!(store.claim("a"), Claim::Fresh);
    }
}
