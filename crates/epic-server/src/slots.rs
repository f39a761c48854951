//! Places for long work (lists being sent, imports being written), counted
//! per employee and in all, so that no one employee, and not everyone
//! together, can make the server hold more than it allows.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use epic_api::ErrorCode;
use epic_domain::types::EmployeeId;

use crate::failure::Failure;

#[derive(Debug)]
pub struct Slots {
    what: &'static str,
    per_employee: usize,
    total: usize,
    taken: Mutex<Taken>,
}

#[derive(Debug, Default)]
struct Taken {
    total: usize,
    by_employee: HashMap<EmployeeId, usize>,
}

/// A place held until dropped.
#[derive(Debug)]
pub struct Slot {
    slots: Arc<Slots>,
    employee: EmployeeId,
}

impl Slots {
    /// `what` names the work in the refusal ("lists", "imports").
    pub fn new(what: &'static str, per_employee: usize, total: usize) -> Arc<Self> {
        Arc::new(Self {
            what,
            per_employee: per_employee.max(1),
            total: total.max(1),
            taken: Mutex::default(),
        })
    }

    /// A place for `employee`, or 429 when they, or everyone, hold all.
    pub fn take(self: &Arc<Self>, employee: EmployeeId) -> Result<Slot, Failure> {
        let busy = |whose: &str, limit: usize| {
            Failure::new(
                ErrorCode::Busy,
                format!(
                    "{whose} {limit} {} at once already; try again when one has finished",
                    self.what
                ),
            )
        };
        let mut taken = self
            .taken
            .lock()
            .map_err(|_| busy("the server has", self.total))?;
        if taken.total >= self.total {
            return Err(busy("the server has", self.total));
        }
        let mine = taken.by_employee.entry(employee).or_default();
        if *mine >= self.per_employee {
            return Err(busy("you have", self.per_employee));
        }
        *mine += 1;
        taken.total += 1;
        Ok(Slot {
            slots: Arc::clone(self),
            employee,
        })
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        if let Ok(mut taken) = self.slots.taken.lock() {
            taken.total = taken.total.saturating_sub(1);
            if let Some(mine) = taken.by_employee.get_mut(&self.employee) {
                *mine = mine.saturating_sub(1);
                if *mine == 0 {
                    taken.by_employee.remove(&self.employee);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_are_capped_per_employee_and_in_all_and_given_back() {
        let slots = Slots::new("lists", 2, 3);
        let (ada, bob) = (EmployeeId(1), EmployeeId(2));
        let a1 = slots.take(ada).ok();
        let a2 = slots.take(ada).ok();
        assert!(a1.is_some() && a2.is_some());
        let refused = slots.take(ada).err().map(|f| (f.0.code, f.0.message));
        assert_eq!(
            refused,
            Some((
                ErrorCode::Busy,
                "you have 2 lists at once already; try again when one has finished".into()
            ))
        );
        let b1 = slots.take(bob).ok();
        assert!(b1.is_some());
        assert!(slots.take(bob).is_err(), "three in all");
        drop(a1);
        assert!(slots.take(bob).is_ok(), "a place given back is free again");
    }
}
