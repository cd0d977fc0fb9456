/* Shared by _pump.c (the read-and-echo loop, and `pump`: one call of it) and _relay.c (the
 * same loop on a thread of its own, `relay`). */
#ifndef EXPCTL_PUMP_H
#define EXPCTL_PUMP_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>

#if defined(__GNUC__)
#define HIDDEN __attribute__((visibility("hidden")))
#else
#define HIDDEN
#endif

#define MAX_FDS 8
#define MAX_PIECES 256

/* One read: `size` bytes at `offset` of a batch's buffer, from fds[index]. Size 0 ends that
 * stream (`error` 0: its end, else the read's errno); with bytes, `error` is the echo's errno. */
typedef struct {
    int index, error;
    Py_ssize_t offset, size;
} Piece;

/* The descriptors read, where each is echoed (-1: nowhere), which are still read; `others`
 * are only polled (a readable one ends a gathering). The outcome of the last `pump_run`:
 * `ready` others, a signal (`interrupted`), a handler that raised (`raised`), poll's errno. */
typedef struct {
    int fds[MAX_FDS], echo[MAX_FDS], active[MAX_FDS], count;
    int others[MAX_FDS], ready[MAX_FDS], other_count;
    int interrupted, raised, poll_errno;
    /* 1: a write interrupted by a signal takes the GIL to run Python's handlers, as os.write
     * does; 0 on the relay's thread, which blocks every signal and never takes the GIL. */
    int run_handlers;
} Streams;

/* What one gathering read: pieces in `limit` bytes at `buf`, read `size` bytes at a time. */
typedef struct {
    char *buf;
    Py_ssize_t limit, size, used;
    Piece pieces[MAX_PIECES];
    int npieces;
} Batch;

/* Poll and read until nothing more comes within `gather_ms` of the first read, the batch is
 * full, a stream ends, one of the others is ready, or a signal comes (see _pump.c). Runs
 * without the GIL. */
HIDDEN void pump_run(Streams *s, Batch *b, int timeout_ms, int gather_ms, int nap_us);
/* A list of descriptors (at most MAX_FDS) into `out`; -1 with an exception. */
HIDDEN int pump_parse_fds(PyObject *list, int *out, int *count);
HIDDEN double pump_now_ms(void);
/* relay(fds, echo_fds, limit, size, slots, gather_ms, nap_us) -> Relay (_relay.c). */
HIDDEN PyObject *relay_start(PyObject *module, PyObject *args);
HIDDEN int relay_ready_type(void);

#endif
