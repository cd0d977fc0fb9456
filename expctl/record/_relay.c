/* expctl.record._pump.relay: _pump.c's read-and-echo loop on a thread of its own, which never
 * takes the GIL.
 *
 * `pump` hands its reads over when it returns, and must win the GIL back to do so: while the
 * digest thread holds it (up to the switch interval each time), nothing read the child's pipe,
 * and a child printing hundreds of MB/s waited on a full pipe after each of our reads (`perf
 * trace`: a futex wait of the pump after every batch). The relay's thread goes on reading and
 * echoing meanwhile, into the next of `slots` batches (each what one `pump` call gathers: up to
 * `limit` bytes); `take`, called by the pump's Python loop, hands the filled ones over in
 * order. Output is echoed as soon as it is read, as before; only its way to the digest waits.
 * When every slot is filled (Python took none for a while), the thread waits for one: output
 * then waits in the pipe, as it would for a slow terminal, and memory stays slots x limit.
 *
 * The thread blocks the signals Python handles, so they reach the main thread, whose `take`
 * (waiting in poll without the GIL) is interrupted to run the handlers: a signal is forwarded
 * to the child even while our stdout blocks the thread's write. `stop` ends the thread; the
 * slots it filled before are still taken by `take`, so what was echoed is recorded too.
 */
#include "_pump.h"
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#define MAX_SLOTS 64
#define STACK_SIZE (256 << 10)  /* the loop needs a few KiB; 8 MB by default counts under ulimit -v */

typedef struct {
    PyObject *bytes;  /* what `batch.buf` points into: `limit` bytes that nothing else holds */
    Batch batch;
} Slot;

typedef struct {
    PyObject_HEAD
    Streams streams;  /* the thread's alone once it started */
    Slot *slots;
    Py_ssize_t limit;
    int nslots, gather_ms, nap_us;
    /* Under `lock`: `published` slots filled from `first` on, in the order filled; the thread
     * fills the one after them, and waits on `room` when none is left. */
    int first, published, stopping, finished, error;
    int started, joined;
    int wake[2];  /* the thread -> take and stop: a slot was published, or the thread ended */
    int stop[2];  /* stop -> the thread, polled with the streams */
    pthread_mutex_t lock;
    pthread_cond_t room;
    pthread_t thread;
} Relay;

static PyTypeObject RelayType;

static void poke(int fd) {
    char one = 1;
    while (write(fd, &one, 1) < 0 && errno == EINTR) {}  /* EAGAIN: a wake-up is pending already */
}

static void drain(int fd) {
    char sink[64];
    for (;;) {
        ssize_t got = read(fd, sink, sizeof sink);
        if (got <= 0 && !(got < 0 && errno == EINTR)) return;  /* emptied (EAGAIN) */
    }
}

static int any_active(const Streams *s) {
    for (int i = 0; i < s->count; i++)
        if (s->active[i]) return 1;
    return 0;
}

/* The next slot to fill, once there is one (NULL: stop). */
static Batch *next_batch(Relay *r) {
    Batch *batch = NULL;
    pthread_mutex_lock(&r->lock);
    while (r->published == r->nslots && !r->stopping) pthread_cond_wait(&r->room, &r->lock);
    if (!r->stopping) batch = &r->slots[(r->first + r->published) % r->nslots].batch;
    pthread_mutex_unlock(&r->lock);
    return batch;
}

static void *relay_main(void *arg) {
    Relay *r = arg;
    Streams *s = &r->streams;
    Batch *batch;
    while (any_active(s) && (batch = next_batch(r)) != NULL) {
        batch->used = 0;
        batch->npieces = 0;
        s->interrupted = s->poll_errno = 0;
        pump_run(s, batch, -1, r->gather_ms, r->nap_us);
        if (batch->npieces) {
            pthread_mutex_lock(&r->lock);
            r->published++;
            pthread_mutex_unlock(&r->lock);
            poke(r->wake[1]);
        }
        if (s->poll_errno) break;  /* take raises it once the slots are taken */
    }
    pthread_mutex_lock(&r->lock);
    r->finished = 1;
    r->error = s->poll_errno;
    pthread_mutex_unlock(&r->lock);
    poke(r->wake[1]);
    return NULL;
}

static void request_stop(Relay *r) {
    pthread_mutex_lock(&r->lock);
    r->stopping = 1;
    pthread_cond_signal(&r->room);
    pthread_mutex_unlock(&r->lock);
    poke(r->stop[1]);
}

static int remaining_ms(double deadline) {
    if (deadline < 0) return -1;
    double left = deadline - pump_now_ms();
    return left <= 0 ? 0 : (int)left + 1;
}

/* Without the GIL: wait up to `timeout_ms` (-1: no limit) for a published slot, the thread's
 * end, or one of `others` to be readable (marked in `ready`); the number of published slots.
 * A signal sets `*interrupted`; a failed poll, `*poll_errno`. */
static int wait_published(Relay *r, const int *others, int n, int timeout_ms, int *ready,
                          int *interrupted, int *poll_errno) {
    double deadline = timeout_ms < 0 ? -1 : pump_now_ms() + timeout_ms;
    for (;;) {
        pthread_mutex_lock(&r->lock);
        int count = r->published, failed = r->finished && r->error;
        pthread_mutex_unlock(&r->lock);
        struct pollfd polled[MAX_FDS + 1];
        polled[0] = (struct pollfd){r->wake[0], POLLIN, 0};
        for (int i = 0; i < n; i++) polled[i + 1] = (struct pollfd){others[i], POLLIN, 0};
        /* With slots to take, the others are looked at without waiting (an exit, a key typed
         * for a pty's child), so that constant output never hides them. */
        int found = poll(polled, (nfds_t)(n + 1), count || failed ? 0 : remaining_ms(deadline));
        if (found < 0) {
            if (errno == EINTR) *interrupted = 1;
            else *poll_errno = errno;
            return count;
        }
        int other = 0;
        for (int i = 0; i < n; i++)
            if (polled[i + 1].revents) ready[i] = other = 1;
        if (polled[0].revents) drain(r->wake[0]);
        if (count || failed || other || found == 0) return count;  /* found 0: the time is up */
        /* woken by a slot published since `count` was read (or the thread's end): again */
    }
}

/* The reads of the `count` oldest published slots, in order, as `pump`'s: [(index, bytes,
 * errno)]; those slots go back to the thread. A slot holding one read that fills it is handed
 * over as it is (no copy of a fast child's output) and a new bytes object takes its place;
 * other reads are copied. When memory runs out, nothing is taken (MemoryError): the slots stay
 * published for the next call. */
static PyObject *take_reads(Relay *r, int count) {
    PyObject *fresh[MAX_SLOTS] = {NULL};
    Py_ssize_t total = 0, at = 0;
    for (int k = 0; k < count; k++) total += r->slots[(r->first + k) % r->nslots].batch.npieces;
    PyObject *reads = PyList_New(total);
    if (reads == NULL) return NULL;
    for (int k = 0; k < count; k++) {
        Slot *slot = &r->slots[(r->first + k) % r->nslots];
        const Batch *b = &slot->batch;
        for (int i = 0; i < b->npieces; i++) {
            const Piece *piece = &b->pieces[i];
            PyObject *data = NULL;
            if (b->npieces == 1 && piece->size == r->limit) {
                fresh[k] = PyBytes_FromStringAndSize(NULL, r->limit);
                if (fresh[k] != NULL) data = Py_NewRef(slot->bytes);
                else PyErr_Clear();  /* no memory for another: a copy may still fit */
            }
            if (data == NULL) data = PyBytes_FromStringAndSize(b->buf + piece->offset, piece->size);
            PyObject *item = data ? Py_BuildValue("(iNi)", piece->index, data, piece->error) : NULL;
            if (item == NULL) goto fail;
            PyList_SET_ITEM(reads, at++, item);
        }
    }
    for (int k = 0; k < count; k++) {  /* nothing fails from here on */
        Slot *slot = &r->slots[(r->first + k) % r->nslots];
        if (fresh[k] == NULL) continue;
        Py_SETREF(slot->bytes, fresh[k]);  /* the list holds the one handed over */
        slot->batch.buf = PyBytes_AS_STRING(slot->bytes);
    }
    pthread_mutex_lock(&r->lock);
    r->first = (r->first + count) % r->nslots;
    r->published -= count;
    pthread_cond_signal(&r->room);
    pthread_mutex_unlock(&r->lock);
    return reads;
fail:
    for (int k = 0; k < count; k++) Py_XDECREF(fresh[k]);
    Py_DECREF(reads);
    return NULL;
}

static PyObject *ready_list(const int *others, const int *ready, int n) {
    PyObject *list = PyList_New(0);
    for (int i = 0; list != NULL && i < n; i++) {
        if (!ready[i]) continue;
        PyObject *fd = PyLong_FromLong(others[i]);
        if (fd == NULL || PyList_Append(list, fd) < 0) Py_CLEAR(list);
        Py_XDECREF(fd);
    }
    return list;
}

/* take(others, timeout_ms) -> (reads, ready) | None */
static PyObject *relay_take(Relay *r, PyObject *args) {
    PyObject *given, *list;
    int timeout_ms, others[MAX_FDS], n, ready[MAX_FDS] = {0}, interrupted = 0, poll_errno = 0;
    if (!PyArg_ParseTuple(args, "Oi", &given, &timeout_ms)) return NULL;
    if ((list = PySequence_Fast(given, "take: others")) == NULL) return NULL;
    int parsed = pump_parse_fds(list, others, &n);
    Py_DECREF(list);
    if (parsed < 0) return NULL;
    int count, other = 0;
    Py_BEGIN_ALLOW_THREADS
    count = wait_published(r, others, n, timeout_ms, ready, &interrupted, &poll_errno);
    Py_END_ALLOW_THREADS
    for (int i = 0; i < n; i++) other |= ready[i];
    if (interrupted && PyErr_CheckSignals() < 0) return NULL;  /* the slots wait for next time */
    pthread_mutex_lock(&r->lock);
    int failed = r->finished ? r->error : 0;
    pthread_mutex_unlock(&r->lock);
    if (!count && !other) {
        if (poll_errno || failed) {
            errno = poll_errno ? poll_errno : failed;
            return PyErr_SetFromErrno(PyExc_OSError);
        }
        if (interrupted) Py_RETURN_NONE;  /* handlers ran: the caller polls again */
    }
    PyObject *reads = take_reads(r, count);
    if (reads == NULL) return NULL;
    PyObject *readable = ready_list(others, ready, n);
    if (readable == NULL) {
        Py_DECREF(reads);
        return NULL;
    }
    return Py_BuildValue("(NN)", reads, readable);
}

/* Without the GIL: wait until the thread ended; 0 when a signal came first. */
static int wait_finished(Relay *r, int *interrupted) {
    for (;;) {
        pthread_mutex_lock(&r->lock);
        int finished = r->finished;
        pthread_mutex_unlock(&r->lock);
        if (finished) return 1;
        struct pollfd polled = {r->wake[0], POLLIN, 0};
        if (poll(&polled, 1, -1) < 0 && errno == EINTR) {
            *interrupted = 1;
            return 0;
        }
        drain(r->wake[0]);
    }
}

/* stop(): end the thread (after the write it may be in) and wait for it; signals that come
 * meanwhile are handled. What it read before is left for `take`. */
static PyObject *relay_stop(Relay *r, PyObject *unused) {
    if (!r->started || r->joined) Py_RETURN_NONE;
    request_stop(r);
    for (;;) {
        int finished, interrupted = 0;
        Py_BEGIN_ALLOW_THREADS
        finished = wait_finished(r, &interrupted);
        Py_END_ALLOW_THREADS
        if (finished) break;
        if (interrupted && PyErr_CheckSignals() < 0) return NULL;
    }
    pthread_join(r->thread, NULL);
    r->joined = 1;
    Py_RETURN_NONE;
}

static void relay_dealloc(Relay *r) {
    if (r->started && !r->joined) {  /* never stopped (an exception on the way): stop it now */
        request_stop(r);
        Py_BEGIN_ALLOW_THREADS
        pthread_join(r->thread, NULL);
        Py_END_ALLOW_THREADS
    }
    for (int i = 0; i < 2; i++) {
        if (r->wake[i] >= 0) close(r->wake[i]);
        if (r->stop[i] >= 0) close(r->stop[i]);
    }
    if (r->slots != NULL) {
        for (int k = 0; k < r->nslots; k++) Py_XDECREF(r->slots[k].bytes);
        PyMem_Free(r->slots);
    }
    pthread_mutex_destroy(&r->lock);
    pthread_cond_destroy(&r->room);
    Py_TYPE(r)->tp_free((PyObject *)r);
}

static int make_pipe(int fds[2]) {
#ifdef __linux__
    return pipe2(fds, O_CLOEXEC | O_NONBLOCK);
#else
    if (pipe(fds) < 0) return -1;
    for (int i = 0; i < 2; i++) {
        fcntl(fds[i], F_SETFD, FD_CLOEXEC);
        fcntl(fds[i], F_SETFL, O_NONBLOCK);
    }
    return 0;
#endif
}

/* Start the thread with every signal blocked (it inherits the mask it starts with), except
 * those a fault of its own raises and those of job control, which expctl leaves to their
 * default (stopping the whole process): a blocked SIGTTOU would let a background expctl write
 * to a terminal set to `stty tostop` instead of stopping it. 0, or pthread_create's error. */
static int start_thread(Relay *r) {
    sigset_t all, saved;
    pthread_attr_t attr;
    sigfillset(&all);
    int kept[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGTTOU, SIGTTIN, SIGTSTP, SIGCONT};
    for (size_t i = 0; i < sizeof kept / sizeof *kept; i++) sigdelset(&all, kept[i]);
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, STACK_SIZE);
    pthread_sigmask(SIG_BLOCK, &all, &saved);
    int failed = pthread_create(&r->thread, &attr, relay_main, r);
    pthread_sigmask(SIG_SETMASK, &saved, NULL);
    pthread_attr_destroy(&attr);
    return failed;
}

static int parse_streams(Streams *s, PyObject *fds, PyObject *echo) {
    PyObject *lists[2] = {PySequence_Fast(fds, "relay: fds"), NULL};
    int echo_count = -1, failed = -1;
    if (lists[0] != NULL && (lists[1] = PySequence_Fast(echo, "relay: echo_fds")) != NULL
            && pump_parse_fds(lists[0], s->fds, &s->count) == 0
            && pump_parse_fds(lists[1], s->echo, &echo_count) == 0) {
        if (echo_count == s->count) failed = 0;
        else PyErr_SetString(PyExc_ValueError, "relay: one echo descriptor per descriptor read");
    }
    Py_XDECREF(lists[0]);
    Py_XDECREF(lists[1]);
    for (int i = 0; i < s->count; i++) s->active[i] = 1;
    return failed;
}

/* The slots' buffers and the two pipes; -1 with an exception. */
static int make_slots(Relay *r, Py_ssize_t size) {
    r->slots = PyMem_Calloc((size_t)r->nslots, sizeof(Slot));
    if (r->slots == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    for (int k = 0; k < r->nslots; k++) {
        Slot *slot = &r->slots[k];
        if ((slot->bytes = PyBytes_FromStringAndSize(NULL, r->limit)) == NULL) return -1;
        slot->batch.buf = PyBytes_AS_STRING(slot->bytes);
        slot->batch.limit = r->limit;
        slot->batch.size = size < 1 ? 1 : size > r->limit ? r->limit : size;
    }
    if (make_pipe(r->wake) < 0 || make_pipe(r->stop) < 0) {
        PyErr_SetFromErrno(PyExc_OSError);
        return -1;
    }
    return 0;
}

PyObject *relay_start(PyObject *module, PyObject *args) {
    PyObject *fds, *echo;
    Py_ssize_t limit, size;
    int slots, gather_ms, nap_us;
    if (!PyArg_ParseTuple(args, "OOnniii", &fds, &echo, &limit, &size, &slots, &gather_ms, &nap_us))
        return NULL;
    if (limit < 1 || slots < 1 || slots > MAX_SLOTS || gather_ms < 0 || nap_us < 0
            || nap_us >= 1000000) {
        PyErr_SetString(PyExc_ValueError, "relay: limit >= 1, 1 <= slots <= 64, gather_ms >= 0 "
                                          "and 0 <= nap_us < 1000000");
        return NULL;
    }
    Relay *r = PyObject_New(Relay, &RelayType);
    if (r == NULL) return NULL;
    /* PyObject_New leaves the rest as it found it: set all that dealloc reads first */
    memset((char *)r + sizeof(PyObject), 0, sizeof(Relay) - sizeof(PyObject));
    r->wake[0] = r->wake[1] = r->stop[0] = r->stop[1] = -1;
    pthread_mutex_init(&r->lock, NULL);
    pthread_cond_init(&r->room, NULL);
    r->limit = limit;
    r->nslots = slots;
    r->gather_ms = gather_ms;
    r->nap_us = nap_us;
    if (parse_streams(&r->streams, fds, echo) < 0 || make_slots(r, size) < 0) goto fail;
    r->streams.others[0] = r->stop[0];
    r->streams.other_count = 1;
    int failed = start_thread(r);
    if (failed) {
        errno = failed;
        PyErr_SetFromErrno(PyExc_OSError);
        goto fail;
    }
    r->started = 1;
    return (PyObject *)r;
fail:
    Py_DECREF(r);
    return NULL;
}

static PyMethodDef relay_methods[] = {
    {"take", (PyCFunction)relay_take, METH_VARARGS,
     "take(others, timeout_ms) -> (reads, ready): wait up to timeout_ms (-1: no limit) for "
     "reads of the thread or for one of `others` to be readable, without the GIL. `reads` as "
     "pump's, in the order read (a slot filled by one read is handed over without a copy); "
     "`ready`: the readable `others`. None when a signal came first (its handlers ran). "
     "OSError when the thread's poll failed, once every read before it was taken."},
    {"stop", (PyCFunction)relay_stop, METH_NOARGS,
     "stop(): end the thread and wait for it (signals are handled meanwhile); what it read "
     "before is still handed over by take."},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject RelayType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "expctl.record._pump.Relay",
    .tp_basicsize = sizeof(Relay),
    .tp_dealloc = (destructor)relay_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "A thread reading and echoing the child's output; made by relay().",
    .tp_methods = relay_methods,
};

int relay_ready_type(void) {
    return PyType_Ready(&RelayType);
}
