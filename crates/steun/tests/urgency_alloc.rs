//! The typed path allocates nothing: counted with a global allocator (own test binary).

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use steun::urgency::{
    self, BandTable, Persons, UrgencyDuration, UrgencyInput, UrgencyRisk, UrgencyRisks, UrgencyScope,
};
use steun::Labelled;

struct Counting;
static ALLOCS: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCS.fetch_add(1, Ordering::SeqCst);
        // SAFETY: forwarded to the system allocator with the caller's layout.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

#[test]
fn assess_does_not_allocate() {
    let table = BandTable::DEFAULT;
    let mut inputs = Vec::new();
    for &s in UrgencyRisk::ALL {
        for &d in UrgencyDuration::ALL {
            inputs.push(UrgencyInput {
                risks: UrgencyRisks { safety: s, health: UrgencyRisk::Moderate, wellbeing: s },
                scope: UrgencyScope {
                    persons: Persons::new(3).unwrap(),
                    minors_involved: false,
                    over_75_involved: true,
                },
                duration: d,
            });
        }
    }
    let before = ALLOCS.load(Ordering::SeqCst);
    let mut total = 0u32;
    for i in &inputs {
        total += u32::from(urgency::assess(i).score_max);
        total += u32::from(urgency::assess_with(i, &table).score);
    }
    let after = ALLOCS.load(Ordering::SeqCst);
    assert_eq!(after - before, 0, "allocations on the typed path");
    assert!(total > 0);
}
