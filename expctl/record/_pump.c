/* expctl.record._pump: read a chunk of the child's output and echo it, without the GIL.
 *
 * The pump (expctl/record/runner.py) reads what the child printed and writes it to expctl's own
 * stdout or stderr at once. In Python each os.read and os.write gives the GIL up and must win
 * it back from the digest thread, which parses and stores the output meanwhile: a child
 * printing hundreds of MB/s left the pump waiting for the GIL more than copying. Here one call
 * reads, echoes each read as soon as it is read (no added latency: a line printed appears at
 * once), reads again while more is already waiting, up to the buffer's size, and only then
 * takes the GIL back to hand the bytes over. Optional: without a compiler runner.py does the same
 * with os.read and os.write.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <errno.h>
#include <poll.h>
#include <unistd.h>

#define WAIT_WRITABLE_MS 50  /* a non-blocking stdout that is full: wait, then retry */

/* Write all `size` bytes to `fd`. 0 when done; else the errno that stopped it. Called without
 * the GIL; takes it to run signal handlers when a signal interrupts a write (a SIGTERM to
 * forward while the terminal blocks our output), as os.write does. -1: a handler raised. */
static int write_all(int fd, const char *data, Py_ssize_t size) {
    while (size > 0) {
        ssize_t written = write(fd, data, (size_t)size);
        if (written >= 0) {
            data += written;
            size -= written;
            continue;
        }
        if (errno == EINTR) {
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

/* Is there something to read on `fd` right now? */
static int readable(int fd) {
    struct pollfd in = {fd, POLLIN, 0};
    return poll(&in, 1, 0) == 1 && (in.revents & POLLIN);
}

/* read_echo(fd, echo_fd, buffer, size) -> (data, echo_errno) */
static PyObject *read_echo(PyObject *self, PyObject *args) {
    int fd, echo_fd;
    Py_ssize_t size;
    PyObject *buffer;
    if (!PyArg_ParseTuple(args, "iiYn", &fd, &echo_fd, &buffer, &size)) return NULL;
    /* The reads land in `buffer`, the caller's, used again and again: its pages stay mapped.
     * Only what was read is then copied out, into a bytes object of its size. */
    Py_ssize_t limit = PyByteArray_GET_SIZE(buffer);
    if (limit < 1) {
        PyErr_SetString(PyExc_ValueError, "read_echo: empty buffer");
        return NULL;
    }
    if (size < 1) size = 1;
    if (size > limit) size = limit;
    Py_INCREF(buffer);  /* held while the GIL is released */
    char *buf = PyByteArray_AS_STRING(buffer);
    Py_ssize_t got = 0;
    int read_errno = 0, write_errno = 0;
    PyObject *data = NULL;
    for (;;) {
        ssize_t n;
        Py_BEGIN_ALLOW_THREADS
        n = read(fd, buf + got, (size_t)(limit - got < size ? limit - got : size));
        if (n < 0) read_errno = errno;
        else if (n > 0 && echo_fd >= 0) write_errno = write_all(echo_fd, buf + got, n);
        Py_END_ALLOW_THREADS
        if (n < 0) {
            if (read_errno == EINTR && got == 0) {  /* as os.read: handlers run, then retry */
                read_errno = 0;
                if (PyErr_CheckSignals() < 0) goto done;
                continue;
            }
            break;  /* what was read is handed over; the error comes again on the next call */
        }
        got += n;
        if (write_errno == -1) goto done;  /* a signal handler raised */
        if (n == 0 || write_errno || got >= limit || !readable(fd)) break;
    }
    if (got == 0 && read_errno) {
        errno = read_errno;
        PyErr_SetFromErrno(PyExc_OSError);
        goto done;
    }
    PyObject *bytes = PyBytes_FromStringAndSize(buf, got);
    if (bytes != NULL) data = Py_BuildValue("(Ni)", bytes, write_errno);
done:
    Py_DECREF(buffer);
    return data;
}

static PyMethodDef methods[] = {
    {"read_echo", read_echo, METH_VARARGS,
     "read_echo(fd, echo_fd, buffer, size) -> (data, echo_errno): read up to `size` bytes from "
     "fd (blocking) into the bytearray `buffer`, write them to echo_fd (-1: none) at once, and "
     "go on while more is waiting, up to len(buffer) bytes in all. `data` is a copy of what was "
     "read (b'' at the end of the stream); `echo_errno` is 0, or the error that stopped the "
     "echo (EPIPE: its reader went away), after which nothing more was read. A read error is "
     "raised when nothing was read. The GIL is released while reading and writing."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_pump", NULL, -1, methods};

PyMODINIT_FUNC PyInit__pump(void) {
    return PyModule_Create(&module);
}
