/* expctl.store._columns: the range of a metric's new values, for its summary row.
 *
 * Each flush of a run updates the min and max of every series it appends to (metric_summaries).
 * In Python, min() and max() over an array of float64 make a float object per value, and the
 * NaN check a third pass: on a child printing a million points a second, the flush thread spent
 * more time there than in packing the points. Optional: expctl/store/rows.py does the same
 * in Python when this was not built.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>

/* finite_range(values) -> (min, max): of the float64 values in the buffer, NaNs left out;
 * (None, None) when there are none. */
static PyObject *finite_range(PyObject *self, PyObject *arg) {
    Py_buffer view;
    if (PyObject_GetBuffer(arg, &view, PyBUF_FORMAT | PyBUF_C_CONTIGUOUS) < 0) return NULL;
    if (view.itemsize != sizeof(double) || view.format == NULL || strcmp(view.format, "d") != 0) {
        PyBuffer_Release(&view);
        PyErr_SetString(PyExc_TypeError, "finite_range: a buffer of float64 ('d') values");
        return NULL;
    }
    const double *values = view.buf;
    Py_ssize_t count = view.len / (Py_ssize_t)sizeof(double);
    double lo = 0, hi = 0;
    int found = 0;
    Py_BEGIN_ALLOW_THREADS
    for (Py_ssize_t i = 0; i < count; i++) {
        double v = values[i];
        if (isnan(v)) continue;
        if (!found) {
            lo = hi = v;
            found = 1;
        } else if (v < lo) {
            lo = v;
        } else if (v > hi) {
            hi = v;
        }
    }
    Py_END_ALLOW_THREADS
    PyBuffer_Release(&view);
    if (!found) return Py_BuildValue("(OO)", Py_None, Py_None);
    return Py_BuildValue("(dd)", lo, hi);
}

static PyMethodDef methods[] = {
    {"finite_range", finite_range, METH_O,
     "finite_range(values) -> (min, max) of the float64 values of a buffer (an array('d')), "
     "NaNs left out; (None, None) when there are none. The GIL is released meanwhile."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_columns", NULL, -1, methods};

PyMODINIT_FUNC PyInit__columns(void) {
    return PyModule_Create(&module);
}
