//! The global allocator: mimalloc, called through its plain (unaligned) entry points
//! whenever the requested alignment is at most 8.
//!
//! The `mimalloc` crate's `MiMalloc` sends every request to `mi_malloc_aligned`, whose
//! fast path only hits when the current page's free list is non-empty; otherwise it falls
//! into a generic path that, for block sizes that are not a power of two (a 48-byte frame
//! vector, a 56-byte object), over-allocates. Under callgrind that generic path was ~10%
//! of the `calls` benchmark. Every mimalloc block is at least 8-aligned (block sizes are
//! multiples of the word size and pages start aligned), so `mi_malloc` is exact for
//! `align <= 8`; larger alignments keep the aligned entry points.

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Requests above this size are checked against [`limit`].
const BIG: usize = 1 << 30;

/// The largest single allocation granted: physical memory plus swap, the bound Linux's
/// default overcommit heuristic puts on one `malloc` (which is what makes CPython raise
/// `MemoryError` for `b'x' * 2**45`). mimalloc reserves address space lazily and would
/// grant such a request, then exhaust the machine as it is filled.
fn limit() -> usize {
    static LIMIT: AtomicUsize = AtomicUsize::new(0);
    let l = LIMIT.load(Ordering::Relaxed);
    if l != 0 {
        return l;
    }
    #[cfg(target_os = "linux")]
    let computed = {
        // SAFETY: sysinfo fills the zeroed struct it is given.
        let mut info: libc::sysinfo = unsafe { std::mem::zeroed() };
        if unsafe { libc::sysinfo(&mut info) } == 0 {
            let unit = (info.mem_unit as usize).max(1);
            (info.totalram as usize)
                .saturating_add(info.totalswap as usize)
                .saturating_mul(unit)
        } else {
            usize::MAX
        }
    };
    #[cfg(not(target_os = "linux"))]
    let computed = usize::MAX;
    let computed = computed.max(BIG);
    LIMIT.store(computed, Ordering::Relaxed);
    computed
}

#[inline(always)]
fn too_big(size: usize) -> bool {
    size > BIG && size > limit()
}

extern "C" {
    fn mi_malloc(size: usize) -> *mut c_void;
    fn mi_zalloc(size: usize) -> *mut c_void;
    fn mi_realloc(p: *mut c_void, newsize: usize) -> *mut c_void;
    fn mi_free(p: *mut c_void);
}

/// Alignment every `mi_malloc` block has.
const PLAIN_ALIGN: usize = 8;

pub struct Alloc;

unsafe impl GlobalAlloc for Alloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if too_big(layout.size()) {
            return std::ptr::null_mut();
        }
        if layout.align() <= PLAIN_ALIGN {
            // SAFETY: plain mimalloc allocation; its blocks are 8-aligned.
            unsafe { mi_malloc(layout.size()) as *mut u8 }
        } else {
            // SAFETY: forwarded to the aligned allocator with the same layout.
            unsafe { mimalloc::MiMalloc.alloc(layout) }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if too_big(layout.size()) {
            return std::ptr::null_mut();
        }
        if layout.align() <= PLAIN_ALIGN {
            // SAFETY: as `alloc`, zero-filled.
            unsafe { mi_zalloc(layout.size()) as *mut u8 }
        } else {
            // SAFETY: forwarded with the same layout.
            unsafe { mimalloc::MiMalloc.alloc_zeroed(layout) }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` came from mimalloc (aligned or not, `mi_free` frees both).
        unsafe { mi_free(ptr as *mut c_void) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if too_big(new_size) {
            return std::ptr::null_mut();
        }
        if layout.align() <= PLAIN_ALIGN {
            // SAFETY: `ptr` is a mimalloc block; the result is 8-aligned like every block.
            unsafe { mi_realloc(ptr as *mut c_void, new_size) as *mut u8 }
        } else {
            // SAFETY: forwarded with the same layout.
            unsafe { mimalloc::MiMalloc.realloc(ptr, layout, new_size) }
        }
    }
}
