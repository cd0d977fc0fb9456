/* expctl.record._pump: wait for the child's output, read it and echo it, without the GIL.
 *
 * The pump (expctl/record/runner.py) reads what the child printed and writes it to expctl's own
 * stdout or stderr at once. In Python each select, os.read and os.write gives the GIL up and
 * must win it back from the threads that digest and store the output meanwhile: a child
 * printing hundreds of MB/s left the pump waiting for the GIL more than copying. Here one call
 * polls, reads, echoes each read as soon as it is read (no added latency: a line printed
 * appears at once), and reads on while more comes within a short gathering window, up to the
 * buffer's size; only then does it take the GIL back to hand the reads over, consecutive reads
 * of one descriptor as one piece. A child printing line by line wakes the pump for every few
 * lines: handing each wake-up's read to Python cost more than the read and the echo together.
 * `relay` (_relay.c) runs the same loop on a thread of its own, which never takes the GIL.
 * Optional: without a compiler runner.py does the same with selectors, os.read and os.write.
 */
#include "_pump.h"
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <time.h>
#include <unistd.h>

#define WAIT_WRITABLE_MS 50  /* a non-blocking stdout that is full: wait, then retry */
#define NAP_BELOW (16 << 10)  /* a read of less than this is a trickle (see `pump_run`) */

/* Write all `size` bytes to `fd`. 0 when done; else the errno that stopped it. Called without
 * the GIL; with `run_handlers`, takes it to run signal handlers when a signal interrupts a
 * write (a SIGTERM to forward while the terminal blocks our output), as os.write does. -1: a
 * handler raised. */
static int write_all(int fd, const char *data, Py_ssize_t size, int run_handlers) {
    while (size > 0) {
        ssize_t written = write(fd, data, (size_t)size);
        if (written >= 0) {
            data += written;
            size -= written;
            continue;
        }
        if (errno == EINTR) {
            if (!run_handlers) continue;
            int failed;
            PyGILState_STATE state = PyGILState_Ensure();
            failed = PyErr_CheckSignals();
            PyGILState_Release(state);
            if (failed) return -1;
        } else if (errno == EAGAIN || errno == EWOULDBLOCK) {
            struct pollfd out = {fd, POLLOUT, 0};
            poll(&out, 1, WAIT_WRITABLE_MS);
        } else {
            return errno;
        }
    }
    return 0;
}

int pump_parse_fds(PyObject *list, int *out, int *count) {
    Py_ssize_t n = PySequence_Fast_GET_SIZE(list);
    if (n > MAX_FDS) {
        PyErr_SetString(PyExc_ValueError, "pump: too many descriptors");
        return -1;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        long fd = PyLong_AsLong(PySequence_Fast_GET_ITEM(list, i));
        if (fd == -1 && PyErr_Occurred()) return -1;
        out[i] = (int)fd;
    }
    *count = (int)n;
    return 0;
}

/* Echo `n` bytes just read into `piece` (at `at` of the buffer) from stream `i`; 0 when the
 * gathering may go on. */
static int echo_read(Streams *s, int i, Piece *piece, const char *at, ssize_t n) {
    if (s->echo[i] >= 0) piece->error = write_all(s->echo[i], at, n, s->run_handlers);
    if (piece->error == -1) {  /* a signal handler raised */
        s->raised = 1;
        return 0;
    }
    if (piece->error == EPIPE) {  /* our reader went away: this stream is read no more */
        s->active[i] = 0;
        return 0;
    }
    if (piece->error) {  /* our stdout failed otherwise (a full disk): read on, echo no more */
        s->echo[i] = -1;
        return 0;
    }
    return 1;
}

/* Read what the ready descriptors hold, echoing each read at once. 1: poll again. */
static int read_ready(Streams *s, Batch *b, const struct pollfd *polled, const int *slot_of) {
    int go_on = 1;
    for (int i = 0; i < s->count; i++) {
        int slot = slot_of[i];
        if (slot < 0 || !(polled[slot].revents & (POLLIN | POLLHUP | POLLERR | POLLNVAL))) continue;
        Py_ssize_t room = b->limit - b->used;
        if (room <= 0 || b->npieces == MAX_PIECES) return 0;  /* full */
        char *at = b->buf + b->used;
        ssize_t n = read(s->fds[i], at, (size_t)(room < b->size ? room : b->size));
        if (n < 0 && (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK)) {
            s->interrupted |= errno == EINTR;
            return 0;
        }
        Piece *piece = b->npieces ? &b->pieces[b->npieces - 1] : NULL;
        if (n > 0 && piece && piece->index == i && piece->size > 0 && !piece->error) {
            /* more of the same stream, right after it in the buffer: one piece */
            b->used += n;
            piece->size += n;
            if (!echo_read(s, i, piece, at, n)) go_on = 0;
            if (s->raised) return 0;
            continue;
        }
        piece = &b->pieces[b->npieces++];
        piece->index = i;
        piece->offset = b->used;
        piece->error = 0;
        if (n <= 0) {  /* the end of this stream, or an error: the caller decides */
            piece->size = 0;
            piece->error = n < 0 ? errno : 0;
            s->active[i] = 0;
            go_on = 0;
            continue;
        }
        piece->size = n;
        b->used += n;
        if (!echo_read(s, i, piece, at, n)) go_on = 0;
        if (s->raised) return 0;
    }
    return go_on;
}

double pump_now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* How long the next poll may wait: `timeout_ms` for the first; then what is left of the
 * gathering window that the first read opened (0 once it has passed). */
static int next_wait(const Batch *b, int first, int timeout_ms, int gather_ms, double began) {
    if (first) return timeout_ms;
    if (!b->npieces || gather_ms <= 0) return 0;
    double left = gather_ms - (pump_now_ms() - began);
    return left <= 0 ? 0 : (int)left + 1;
}

/* Poll and read until nothing more comes within `gather_ms` of the first read, the batch is
 * full, a stream ends, one of the other descriptors is ready, or a signal comes; after a read
 * of less than NAP_BELOW, sleep `nap_us` (< 1 s; 0: never) first. Runs without the GIL. */
void pump_run(Streams *s, Batch *b, int timeout_ms, int gather_ms, int nap_us) {
    struct pollfd polled[2 * MAX_FDS];
    int slot_of[MAX_FDS];
    double began = 0;
    for (int first = 1;; first = 0) {
        if (b->npieces && began == 0) began = pump_now_ms();
        int n = 0;
        for (int i = 0; i < s->count; i++) {
            slot_of[i] = s->active[i] ? n : -1;
            if (s->active[i]) polled[n++] = (struct pollfd){s->fds[i], POLLIN, 0};
        }
        for (int i = 0; i < s->other_count; i++)
            polled[n + i] = (struct pollfd){s->others[i], POLLIN, 0};
        int found = poll(polled, (nfds_t)(n + s->other_count),
                         next_wait(b, first, timeout_ms, gather_ms, began));
        if (found < 0) {
            if (errno == EINTR) s->interrupted = 1;
            else s->poll_errno = errno;
            return;
        }
        if (found == 0) return;  /* nothing (more) waiting */
        int other = 0;
        for (int i = 0; i < s->other_count; i++)
            if (polled[n + i].revents) s->ready[i] = other = 1;
        Py_ssize_t before = b->used;
        if (!read_ready(s, b, polled, slot_of) || other) return;
        if (nap_us > 0 && b->used - before < NAP_BELOW) {
            /* A trickle: let it gather in the pipe for a moment rather than wake for each
             * write (each wake-up costs the child and us a context switch). What the pipe
             * holds meanwhile is echoed at the next read, nap_us late at most. */
            struct timespec nap = {0, nap_us * 1000L};
            if (nanosleep(&nap, NULL) < 0 && errno == EINTR) {
                s->interrupted = 1;
                return;
            }
        }
    }
}

/* A bytes object of the buffer's size that nothing else holds, kept from one call to the next:
 * reads go into it (see `take_target`). */
static PyObject *spare = NULL;

/* Where this call's reads go: a bytes object of `limit` bytes (the spare one, else a new one),
 * so that a large read can be handed over as it is, without a copy; NULL (reads go into the
 * caller's bytearray) when none can be had. */
static PyObject *take_target(Py_ssize_t limit) {
    PyObject *target = spare;
    spare = NULL;
    if (target != NULL && PyBytes_GET_SIZE(target) == limit) return target;
    Py_XDECREF(target);
    target = PyBytes_FromStringAndSize(NULL, limit);
    if (target == NULL) PyErr_Clear();  /* out of memory: the bytearray will do */
    return target;
}

/* The bytes of `piece`: `*target` itself, cut to size, when it holds that one read alone and
 * nearly fills it (a fast child's: no copy of hundreds of MB/s); else a copy. A smaller read
 * is copied: cutting the buffer down to it would leave holes in the heap that the next
 * buffers do not fit (a child printing lines fast: 33 -> 49 MB of expctl's peak). */
static PyObject *piece_bytes(const Batch *b, const Piece *piece, PyObject **target) {
    if (*target != NULL && b->npieces == 1 && piece->offset == 0
            && piece->size >= b->limit - b->limit / 16) {
        PyObject *whole = *target;
        *target = NULL;
        if (_PyBytes_Resize(&whole, piece->size) < 0) return NULL;
        return whole;
    }
    return PyBytes_FromStringAndSize(b->buf + piece->offset, piece->size);
}

/* ([(index, bytes, errno), ...], [ready other fd, ...]) from what `pump_run` did. */
static PyObject *build_result(const Streams *s, const Batch *b, PyObject **target) {
    PyObject *reads = PyList_New(b->npieces), *ready = PyList_New(0);
    if (reads == NULL || ready == NULL) goto fail;
    for (int i = 0; i < b->npieces; i++) {
        const Piece *piece = &b->pieces[i];
        PyObject *data = piece_bytes(b, piece, target);
        if (data == NULL) goto fail;
        PyObject *item = Py_BuildValue("(iNi)", piece->index, data, piece->error);
        if (item == NULL) goto fail;
        PyList_SET_ITEM(reads, i, item);
    }
    for (int i = 0; i < s->other_count; i++) {
        if (!s->ready[i]) continue;
        PyObject *fd = PyLong_FromLong(s->others[i]);
        if (fd == NULL || PyList_Append(ready, fd) < 0) {
            Py_XDECREF(fd);
            goto fail;
        }
        Py_DECREF(fd);
    }
    return Py_BuildValue("(NN)", reads, ready);
fail:
    Py_XDECREF(reads);
    Py_XDECREF(ready);
    return NULL;
}

static int setup(Streams *s, PyObject *fds, PyObject *echo, PyObject *others) {
    PyObject *lists[3] = {PySequence_Fast(fds, "pump: fds"), NULL, NULL};
    int echo_count = -1, failed = 1;
    if (lists[0] == NULL || (lists[1] = PySequence_Fast(echo, "pump: echo_fds")) == NULL
            || (lists[2] = PySequence_Fast(others, "pump: others")) == NULL)
        goto done;
    if (pump_parse_fds(lists[0], s->fds, &s->count) < 0
            || pump_parse_fds(lists[1], s->echo, &echo_count) < 0
            || pump_parse_fds(lists[2], s->others, &s->other_count) < 0)
        goto done;
    if (echo_count != s->count) {
        PyErr_SetString(PyExc_ValueError, "pump: one echo descriptor per descriptor read");
        goto done;
    }
    for (int i = 0; i < s->count; i++) s->active[i] = 1;
    failed = 0;
done:
    for (int i = 0; i < 3; i++) Py_XDECREF(lists[i]);
    return failed ? -1 : 0;
}

/* What a call returns once `pump_run` is done: None when a signal came first and its handlers
 * ran; else the reads and the ready others, or poll's error when nothing was read. */
static PyObject *call_result(const Streams *s, const Batch *b, PyObject **target) {
    int other = 0;
    for (int i = 0; i < s->other_count; i++) other |= s->ready[i];
    if (s->raised || (s->interrupted && PyErr_CheckSignals() < 0)) return NULL;
    if (s->interrupted && !b->npieces && !other)  /* handlers ran: the caller polls again */
        return Py_NewRef(Py_None);
    if (s->poll_errno && !b->npieces) {
        errno = s->poll_errno;
        return PyErr_SetFromErrno(PyExc_OSError);
    }
    return build_result(s, b, target);
}

typedef struct {
    Streams streams;
    Batch batch;
} Call;

/* pump(fds, echo_fds, others, buffer, size, timeout_ms, gather_ms=0, nap_us=0)
 *   -> (reads, ready) */
static PyObject *pump(PyObject *self, PyObject *args) {
    PyObject *fds, *echo, *others, *buffer, *result = NULL;
    Py_ssize_t size;
    int timeout_ms, gather_ms = 0, nap_us = 0;
    if (!PyArg_ParseTuple(args, "OOOYni|ii", &fds, &echo, &others, &buffer, &size, &timeout_ms,
                          &gather_ms, &nap_us))
        return NULL;
    if (nap_us < 0 || nap_us >= 1000000 || gather_ms < 0) {
        PyErr_SetString(PyExc_ValueError, "pump: gather_ms >= 0 and 0 <= nap_us < 1000000");
        return NULL;
    }
    if (PyByteArray_GET_SIZE(buffer) < 1) {
        PyErr_SetString(PyExc_ValueError, "pump: empty buffer");
        return NULL;
    }
    Call *call = PyMem_Calloc(1, sizeof(Call));
    if (call == NULL) return PyErr_NoMemory();
    Streams *s = &call->streams;
    Batch *b = &call->batch;
    if (setup(s, fds, echo, others) < 0) goto done;
    s->run_handlers = 1;
    b->limit = PyByteArray_GET_SIZE(buffer);
    b->size = size < 1 ? 1 : size > b->limit ? b->limit : size;
    Py_INCREF(buffer);  /* held while the GIL is released */
    PyObject *target = take_target(b->limit);
    b->buf = target != NULL ? PyBytes_AS_STRING(target) : PyByteArray_AS_STRING(buffer);
    Py_BEGIN_ALLOW_THREADS
    pump_run(s, b, timeout_ms, gather_ms, nap_us);
    Py_END_ALLOW_THREADS
    result = call_result(s, b, &target);
    if (spare == NULL) spare = target;  /* not handed over: the next call reads into it */
    else Py_XDECREF(target);
    Py_DECREF(buffer);
done:
    PyMem_Free(call);
    return result;
}

/* The pipe `fd` made to hold `size` bytes (Linux's F_SETPIPE_SZ): here, because the `fcntl`
 * module is one more library to load on every run's start, for one call. */
static PyObject *enlarge_pipe(PyObject *self, PyObject *args) {
    int fd, size;
    if (!PyArg_ParseTuple(args, "ii", &fd, &size))
        return NULL;
#ifdef F_SETPIPE_SZ
    return PyBool_FromLong(fcntl(fd, F_SETPIPE_SZ, size) >= size);
#else
    return PyBool_FromLong(0);
#endif
}

static PyMethodDef methods[] = {
    {"enlarge_pipe", enlarge_pipe, METH_VARARGS,
     "enlarge_pipe(fd, size) -> bool: whether the pipe `fd` now holds `size` bytes or more "
     "(False where it cannot be resized: not Linux, or above /proc/sys/fs/pipe-max-size)."},
    {"pump", pump, METH_VARARGS,
     "pump(fds, echo_fds, others, buffer, size, timeout_ms, gather_ms=0, nap_us=0) -> (reads, "
     "ready): wait up to timeout_ms (-1: no limit) for one of `fds` or `others` to be readable, "
     "then read `fds` (at most `size` bytes a read, len(buffer) in all; into a bytes object "
     "handed over as it is when it holds one large read, into the bytearray `buffer` when no "
     "memory is left for one), writing each "
     "read at once to its echo_fds entry (-1: none), and go on while more comes within gather_ms "
     "of the first read (0: while more is already waiting), sleeping nap_us microseconds after a "
     "read of less than 16 KiB, until the buffer is full, a stream ends, "
     "one of `others` is ready or a signal comes. `reads`: (index into fds, bytes, errno) in the "
     "order read, consecutive reads of one descriptor joined; b'' ends that stream (errno 0 at "
     "its end, else the read's error); with bytes, errno is the echo's error (EPIPE: its reader "
     "went away and the stream is read no more; another: the stream is no longer echoed), 0 "
     "when all was echoed. `ready`: the `others` that are readable. None when a "
     "signal came first (its handler has run). The GIL is released meanwhile."},
    {"relay", relay_start, METH_VARARGS,
     "relay(fds, echo_fds, limit, size, slots, gather_ms, nap_us) -> Relay: `pump`'s reading "
     "and echoing of `fds`, on a thread of its own that never takes the GIL, into `slots` "
     "buffers of `limit` bytes that Relay.take hands over in order (see _relay.c). OSError "
     "when the thread cannot be started."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_pump", NULL, -1, methods};

PyMODINIT_FUNC PyInit__pump(void) {
    if (relay_ready_type() < 0) return NULL;
    return PyModule_Create(&module);
}
