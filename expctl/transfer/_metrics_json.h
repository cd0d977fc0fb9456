/* What expctl.transfer._metrics_json's two sources share: the series of a run's chunk rows and
 * their base64 (_metrics_json.c), used by the writer of whole run lines (_run_lines.c). */
#ifndef EXPCTL_METRICS_JSON_H
#define EXPCTL_METRICS_JSON_H

#include <Python.h>

#if defined(__GNUC__)
#define HIDDEN __attribute__((visibility("hidden")))
#else
#define HIDDEN
#endif

typedef struct {
    Py_ssize_t first, last;  /* its rows: [first, last) */
    Py_ssize_t size;         /* bytes of each column, joined */
    PyObject *key;           /* owned: the name (str) when plain, else its JSON (bytes, quoted) */
} Series;

HIDDEN Series *find_series(PyObject *rows, Py_ssize_t first, Py_ssize_t last, PyObject *encode_key,
                           Py_ssize_t *count);
HIDDEN void free_series(Series *all, Py_ssize_t count);
HIDDEN Py_ssize_t series_size(const Series *all, Py_ssize_t count);
HIDDEN char *write_series(char *out, PyObject *rows, const Series *all, Py_ssize_t count);
HIDDEN Py_ssize_t b64_size(Py_ssize_t size);
/* The base64 of `size` bytes at `out` (b64_size(size) characters, padded); returns the end. */
HIDDEN char *b64_into(char *out, const unsigned char *data, Py_ssize_t size);
HIDDEN PyObject *run_lines(PyObject *module, PyObject *const *args, Py_ssize_t nargs);

#endif
