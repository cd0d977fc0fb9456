/* expctl.record._guard: once the command has ended, end expctl with the command's exit code if
 * the interpreter stops making progress (see expctl/record/recorder.py, `_guard_the_end`).
 *
 * Under a tight `ulimit -v`, CPython 3.11 to 3.13 can spin for ever in a thread that ran out of
 * memory: unwinding an exception to a handler pushes the instruction offset as an int, and
 * when that int cannot be allocated the unwinding starts over (ceval.c, exception_unwind;
 * CPython gh-132508), without ever handing the GIL on. Every other thread then waits for the
 * GIL: no Python code of expctl's runs again, however carefully it waits. Only threads that
 * run no Python can tell, and act.
 *
 * `arm` starts two such threads. The ticker takes the GIL once a second (with a thread state
 * made by `arm`, while memory was there) and counts; a healthy interpreter hands it the GIL
 * within the switch interval, even while expctl waits on a lock, a store or a thread (those
 * release the GIL). The watcher, when the count has not moved for `stuck_s` seconds, writes
 * `message` to stderr and _exit(code)s: the command's exit code, as expctl would have returned
 * it. `disarm` stops both (they end within a second). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <pthread.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define TICK_NS 1000000000L
#define STACK_BYTES (256 * 1024)

typedef struct {
    PyThreadState *tstate; /* the ticker's, made by `arm` (never freed: a few hundred bytes) */
    volatile long ticks;
    volatile int disarmed;
    int code;
    double stuck_s;
    char message[512];
    size_t message_len;
} guard_t;

static guard_t *armed = NULL; /* the guard of the current `arm`; each one is its threads' own */

static void
sleep_tick(void)
{
    struct timespec left = {TICK_NS / 1000000000L, TICK_NS % 1000000000L};
    while (nanosleep(&left, &left) != 0)
        ;
}

static void *
ticker(void *arg)
{
    guard_t *g = arg;
    g->tstate->thread_id = PyThread_get_thread_ident(); /* made on the thread that armed it */
    while (!g->disarmed) {
        PyEval_RestoreThread(g->tstate); /* waits while another thread holds the GIL */
        g->ticks++;
        PyEval_SaveThread();
        sleep_tick();
    }
    return NULL;
}

static void *
watcher(void *arg)
{
    guard_t *g = arg;
    long seen = g->ticks;
    double still = 0.0;
    while (!g->disarmed) {
        sleep_tick();
        if (g->ticks != seen) {
            seen = g->ticks;
            still = 0.0;
        } else if ((still += (double)TICK_NS / 1e9) > g->stuck_s + (double)TICK_NS / 1e9
                   && !g->disarmed) { /* a tick of slack: the two threads' phases differ */
            ssize_t ignored = write(2, g->message, g->message_len);
            (void)ignored;
            _exit(g->code);
        }
    }
    return NULL;
}

static int
start_detached(void *(*body)(void *), guard_t *g)
{
    pthread_attr_t attr;
    pthread_t thread;
    if (pthread_attr_init(&attr) != 0)
        return -1;
    pthread_attr_setstacksize(&attr, STACK_BYTES);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    int failed = pthread_create(&thread, &attr, body, g);
    pthread_attr_destroy(&attr);
    return failed ? -1 : 0;
}

static PyObject *
arm(PyObject *self, PyObject *args)
{
    int code;
    double stuck_s;
    const char *message;
    Py_ssize_t message_len;
    if (!PyArg_ParseTuple(args, "idy#", &code, &stuck_s, &message, &message_len))
        return NULL;
    if (armed != NULL)
        Py_RETURN_FALSE; /* one at a time: `disarm` first */
    guard_t *g = calloc(1, sizeof *g); /* outlives `disarm`: its threads read it until they end */
    if (g == NULL)
        Py_RETURN_FALSE;
    g->code = code;
    g->stuck_s = stuck_s;
    g->message_len = (size_t)message_len < sizeof g->message ? (size_t)message_len
                                                             : sizeof g->message;
    memcpy(g->message, message, g->message_len);
    g->tstate = PyThreadState_New(PyThreadState_GetInterpreter(PyThreadState_Get()));
    if (g->tstate == NULL) {
        PyErr_Clear();
        free(g);
        Py_RETURN_FALSE;
    }
    if (start_detached(ticker, g) != 0) {
        PyThreadState_Clear(g->tstate);
        PyThreadState_Delete(g->tstate);
        free(g);
        Py_RETURN_FALSE;
    }
    if (start_detached(watcher, g) != 0) {
        g->disarmed = 1; /* the ticker ends; its state and `g` are left to it */
        Py_RETURN_FALSE;
    }
    armed = g;
    Py_RETURN_TRUE;
}

static PyObject *
disarm(PyObject *self, PyObject *unused)
{
    if (armed != NULL) {
        armed->disarmed = 1;
        armed = NULL;
    }
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"arm", arm, METH_VARARGS,
     "arm(code, stuck_s, message) -> bool: _exit(code) after writing message to stderr once the "
     "interpreter made no progress for stuck_s seconds; False when the guard could not start."},
    {"disarm", disarm, METH_NOARGS, "disarm(): stop the guard `arm` started."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_guard",
    "End expctl with the command's code when the interpreter hangs after the command ended.",
    -1, methods,
};

PyMODINIT_FUNC
PyInit__guard(void)
{
    return PyModule_Create(&module);
}
