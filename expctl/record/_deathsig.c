/* expctl.record._deathsig: have the kernel signal this process when its parent dies (Linux prctl).
 *
 * Called in a child between fork and exec (see expctl.record.childio), where importing ctypes to
 * reach prctl would cost every wrapped command a few milliseconds. Optional: without it,
 * expctl.record.childio falls back to ctypes. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <signal.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

static PyObject *
set_death_signal(PyObject *self, PyObject *args)
{
    int signum;
    long parent;
    if (!PyArg_ParseTuple(args, "il", &signum, &parent))
        return NULL;
#ifdef __linux__
    if (prctl(PR_SET_PDEATHSIG, signum, 0, 0, 0) != 0)
        return PyErr_SetFromErrno(PyExc_OSError);
    if ((long)getppid() != parent)  /* the parent died before the call above */
        kill(getpid(), signum);
#endif
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"set_death_signal", set_death_signal, METH_VARARGS,
     "set_death_signal(signum, parent_pid): signum when the parent dies (now, if it has)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_deathsig", NULL, -1, methods};

PyMODINIT_FUNC
PyInit__deathsig(void)
{
    return PyModule_Create(&module);
}
