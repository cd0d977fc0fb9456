/* expctl.store._columns: the range of a metric's new values, for its summary row; and a
 * series cut into its metric_chunks rows.
 *
 * Each flush of a run updates the min and max of every series it appends to (metric_summaries).
 * In Python, min() and max() over an array of float64 make a float object per value, and the
 * NaN check a third pass: on a child printing a million points a second, the flush thread spent
 * more time there than in packing the points. Optional: expctl/store/rows.py does the same
 * in Python when this was not built.
 *
 * Import writes a series of 100 points as three rows of ~40 points: in Python, cutting the three
 * columns (nine slices, three tuples, a comprehension) cost ~6 us a series, a sixth of the
 * importing process's time. expctl/store/sqlite_write.py cuts them in Python when this was not
 * built, into the same rows.
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

/* A slice of a bytes or bytearray column, of the same type; bounds clamped as Python's are. */
static PyObject *column_slice(PyObject *column, Py_ssize_t at, Py_ssize_t width) {
    if (PyByteArray_CheckExact(column)) {
        Py_ssize_t len = PyByteArray_GET_SIZE(column);
        Py_ssize_t end = at + width < len ? at + width : len;
        return PyByteArray_FromStringAndSize(PyByteArray_AS_STRING(column) + at, end > at ? end - at : 0);
    }
    if (PyBytes_CheckExact(column)) {
        Py_ssize_t len = PyBytes_GET_SIZE(column);
        Py_ssize_t end = at + width < len ? at + width : len;
        return PyBytes_FromStringAndSize(PyBytes_AS_STRING(column) + at, end > at ? end - at : 0);
    }
    PyErr_SetString(PyExc_TypeError, "append_chunk_rows: columns of bytes or bytearray");
    return NULL;
}

/* append_chunk_rows(rows, run_id, name, seq, per_row, n, steps, times, values): see methods[]. */
static PyObject *append_chunk_rows(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 9 || !PyList_CheckExact(args[0])) {
        PyErr_SetString(PyExc_TypeError, "append_chunk_rows(rows: list, run_id, name, seq, per_row, n, "
                                         "steps, times, values)");
        return NULL;
    }
    PyObject *rows = args[0], *run_id = args[1], *name = args[2];
    Py_ssize_t seq = PyLong_AsSsize_t(args[3]), per_row = PyLong_AsSsize_t(args[4]);
    Py_ssize_t n = PyLong_AsSsize_t(args[5]);
    if (PyErr_Occurred()) return NULL;
    if (per_row < 1 || n < 0) {
        PyErr_SetString(PyExc_ValueError, "append_chunk_rows: per_row >= 1 and n >= 0");
        return NULL;
    }
    if (n <= per_row) {  /* one row: the columns as they are */
        PyObject *row = Py_BuildValue("(OOnnOOO)", run_id, name, seq, n, args[6], args[7], args[8]);
        if (row == NULL || PyList_Append(rows, row) < 0) {
            Py_XDECREF(row);
            return NULL;
        }
        Py_DECREF(row);
        Py_RETURN_NONE;
    }
    for (Py_ssize_t start = 0; start < n; start += per_row) {
        Py_ssize_t count = n - start < per_row ? n - start : per_row;
        PyObject *row = PyTuple_New(7);
        if (row == NULL) return NULL;
        PyTuple_SET_ITEM(row, 0, Py_NewRef(run_id));
        PyTuple_SET_ITEM(row, 1, Py_NewRef(name));
        PyObject *number = PyLong_FromSsize_t(seq + start), *size = PyLong_FromSsize_t(count);
        if (number) PyTuple_SET_ITEM(row, 2, number);
        if (size) PyTuple_SET_ITEM(row, 3, size);
        for (int c = 0; c < 3 && number && size; c++) {
            PyObject *piece = column_slice(args[6 + c], 8 * start, 8 * per_row);
            if (piece == NULL) break;
            PyTuple_SET_ITEM(row, 4 + c, piece);
        }
        if (PyErr_Occurred() || PyList_Append(rows, row) < 0) {
            Py_DECREF(row);
            return NULL;
        }
        Py_DECREF(row);
    }
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"finite_range", finite_range, METH_O,
     "finite_range(values) -> (min, max) of the float64 values of a buffer (an array('d')), "
     "NaNs left out; (None, None) when there are none. The GIL is released meanwhile."},
    {"append_chunk_rows", (PyCFunction)(void (*)(void))append_chunk_rows, METH_FASTCALL,
     "append_chunk_rows(rows, run_id, name, seq, per_row, n, steps, times, values): append to the "
     "list `rows` the metric_chunks rows of a series of n points (its columns of packed float64, "
     "bytes or bytearray), per_row points to a row, the first numbered seq: what "
     "sqlite_write.chunk_rows returns."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_columns", NULL, -1, methods};

PyMODINIT_FUNC PyInit__columns(void) {
    return PyModule_Create(&module);
}
