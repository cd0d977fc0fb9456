/* expctl.transfer._metrics_json.run_lines: the export lines of a batch of runs, written in one
 * call from the rows the store read for them (Store.export_rows: rows.ExportRows).
 *
 * In Python each run cost a document of a dozen dicts and lists, a dict per param and per
 * summary, and the JSON encoder's walk of them: at 100,000 runs, half of the export's CPU was
 * the interpreter's. Here the rows are walked as they came from the database, every table's
 * rows sorted by run id, and each run's line is written straight into one buffer: its own
 * columns, then each table's rows as the JSON the document would have given.
 *
 * run_lines(ids, layout, data) -> list of bytes, a line (ending in a newline) per id, in order.
 * `ids`: the runs' ids, ascending. `layout`: the line's keys in order, each a tuple (prefix,
 * kind, names): `prefix` the bytes before the value (`{"uuid":`, `,"tags":` ...), `kind` how
 * the value is made from `data[i]` (the entry's data), `names` the JSON keys (each quoted, with
 * its colon) of a table's columns after the run id, or for METRICS the JSON encoder of a name:
 *   COLUMN      data[i][r] is run r's value (a column of the runs table)
 *   RAW         data[i][r] is run r's JSON (bytes), or None for null
 *   ROWS        the run's rows, (run id, *columns): [{names: columns}, ...]
 *   PARAM_ROWS  ROWS of params (name, type, value, ...): a float value that JSON numbers cannot
 *               hold, or a float's NULL, is written as text ("nan", "inf", "-inf"), as
 *               transfer.runs._encode_param writes it
 *   LOG_ROWS    ROWS whose bytes values are written as base64 text
 *   SCALARS     rows (run id, value): [value, ...]
 *   NAMED       rows (run id, name, *columns): {name: {names: columns}, ...}, or with no names
 *               {name: value, ...}
 *   ONE_ROW     the run's row as {names: columns}, or null when it has none
 *   METRICS     chunk rows (run id, name, steps, times, vals) by run, name, seq: the metrics
 *               object (_metrics_json.c's series)
 *   DB_OBJECT   (read from the store only: see _db_lines.c) ONE_ROW with each column written
 *               its own way; names are (keys, ways, JSON scanner)
 *   DB_HEAD     DB_OBJECT without its braces, a row every run has: the run's own keys
 * A row may have more columns than names: the rest are not written (the store's check flags).
 *
 * Values are written as json.dumps(ensure_ascii=False, separators=(",", ":")) writes them:
 * None, bools, ints, floats (repr; NaN, Infinity and -Infinity as the json module has them),
 * str (escaped as its C encoder escapes), lists, tuples and dicts with str keys. Anything else
 * (bytes outside LOG_ROWS, a key that is not text, nesting deeper than MAX_DEPTH), a row not
 * a tuple or too short, or a damaged chunk row raises TypeError or ValueError: the caller then
 * writes the batch the Python way, which says what is wrong or writes what this cannot.
 * tests/test_export_rows.py holds the lines to the reference encoder's bytes.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "_metrics_json.h"

#define MAX_DEPTH 64

HIDDEN int grow(Buf *b, Py_ssize_t more) {
    if (b->len + more <= b->cap)
        return 0;
    Py_ssize_t cap = b->cap ? b->cap : 1 << 16;
    while (cap < b->len + more)
        cap *= 2;
    if (b->bytes) {
        if (_PyBytes_Resize(&b->bytes, cap) < 0)  /* it freed the object */
            return -1;
        b->data = PyBytes_AS_STRING(b->bytes);
        b->cap = cap;
        return 0;
    }
    char *data = PyMem_Realloc(b->data, (size_t)cap);
    if (!data) {
        PyErr_NoMemory();
        return -1;
    }
    b->data = data;
    b->cap = cap;
    return 0;
}

HIDDEN int put(Buf *b, const char *p, Py_ssize_t n) {
    if (grow(b, n) < 0)
        return -1;
    memcpy(b->data + b->len, p, (size_t)n);
    b->len += n;
    return 0;
}

static int put_bytes(Buf *b, PyObject *bytes) {
    return put(b, PyBytes_AS_STRING(bytes), PyBytes_GET_SIZE(bytes));
}

/* A str as JSON text: '"', '\\' and the control characters escaped, the rest as UTF-8. */
HIDDEN int put_text(Buf *b, PyObject *text) {
    Py_ssize_t n;
    const char *p;
    if (PyUnicode_IS_ASCII(text)) {
        p = (const char *)PyUnicode_1BYTE_DATA(text);
        n = PyUnicode_GET_LENGTH(text);
    } else if (!(p = PyUnicode_AsUTF8AndSize(text, &n))) {
        return -1;  /* a lone surrogate: no UTF-8 */
    }
    return put_utf8(b, p, n);
}

/* UTF-8 text (valid: the caller's to know) as JSON text, escaped as the json module does. */
HIDDEN int put_utf8(Buf *b, const char *p, Py_ssize_t n) {
    if (grow(b, 6 * n + 2) < 0)
        return -1;
    static const char hex[] = "0123456789abcdef";
    char *out = b->data + b->len;
    *out++ = '"';
    for (Py_ssize_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c >= 0x20 && c != '"' && c != '\\') {
            *out++ = (char)c;
            continue;
        }
        *out++ = '\\';
        switch (c) {
        case '"': *out++ = '"'; break;
        case '\\': *out++ = '\\'; break;
        case '\b': *out++ = 'b'; break;
        case '\f': *out++ = 'f'; break;
        case '\n': *out++ = 'n'; break;
        case '\r': *out++ = 'r'; break;
        case '\t': *out++ = 't'; break;
        default:
            memcpy(out, "u00", 3);
            out[3] = hex[c >> 4];
            out[4] = hex[c & 15];
            out += 5;
        }
    }
    *out++ = '"';
    b->len = out - b->data;
    return 0;
}

static int put_int(Buf *b, PyObject *value) {
    int overflow;
    long long x = PyLong_AsLongLongAndOverflow(value, &overflow);
    if (x == -1 && PyErr_Occurred())
        return -1;
    if (overflow) {
        PyObject *text = PyLong_Type.tp_repr(value);
        if (!text)
            return -1;
        Py_ssize_t n;
        const char *p = PyUnicode_AsUTF8AndSize(text, &n);
        int status = p ? put(b, p, n) : -1;
        Py_DECREF(text);
        return status;
    }
    char number[24];
    return put(b, number, whole_digits(number, x));
}

static int put_items(Buf *b, PyObject *seq, int depth) {
    Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
    PyObject **items = PySequence_Fast_ITEMS(seq);
    if (PUTS(b, "[") < 0)
        return -1;
    for (Py_ssize_t i = 0; i < n; i++)
        if ((i && PUTS(b, ",") < 0) || put_value(b, items[i], depth + 1) < 0)
            return -1;
    return PUTS(b, "]");
}

static int put_dict(Buf *b, PyObject *dict, int depth) {
    Py_ssize_t at = 0, i = 0;
    PyObject *key, *value;
    if (PUTS(b, "{") < 0)
        return -1;
    while (PyDict_Next(dict, &at, &key, &value)) {
        if (!PyUnicode_Check(key)) {
            PyErr_SetString(PyExc_TypeError, "a key that is not text");
            return -1;
        }
        if ((i++ && PUTS(b, ",") < 0) || put_text(b, key) < 0 || PUTS(b, ":") < 0
            || put_value(b, value, depth + 1) < 0)
            return -1;
    }
    return PUTS(b, "}");
}

/* Any value, as the json module's C encoder writes it (the same order of type tests). */
HIDDEN int put_value(Buf *b, PyObject *value, int depth) {
    if (value == Py_None)
        return PUTS(b, "null");
    if (value == Py_True)
        return PUTS(b, "true");
    if (value == Py_False)
        return PUTS(b, "false");
    if (PyUnicode_Check(value))
        return put_text(b, value);
    if (PyLong_Check(value))
        return put_int(b, value);
    if (PyFloat_Check(value))
        return put_float(b, PyFloat_AS_DOUBLE(value));
    if (depth >= MAX_DEPTH) {
        PyErr_SetString(PyExc_ValueError, "nested too deep");
        return -1;
    }
    if (PyList_Check(value) || PyTuple_Check(value))
        return put_items(b, value, depth);
    if (PyDict_CheckExact(value))
        return put_dict(b, value, depth);
    PyErr_Format(PyExc_TypeError, "cannot write a %.100s", Py_TYPE(value)->tp_name);
    return -1;
}

static int put_b64(Buf *b, PyObject *data) {
    return put_b64_text(b, (const unsigned char *)PyBytes_AS_STRING(data), PyBytes_GET_SIZE(data));
}

/* Bytes as JSON text of their base64. */
HIDDEN int put_b64_text(Buf *b, const unsigned char *data, Py_ssize_t size) {
    if (grow(b, b64_size(size) + 2) < 0)
        return -1;
    char *out = b->data + b->len;
    *out++ = '"';
    out = b64_into(out, data, size);
    *out++ = '"';
    b->len = out - b->data;
    return 0;
}

/* A param's value as transfer.runs._encode_param leaves it: a float that is NaN or infinite
 * as its repr, a float param's NULL (a NaN, as SQLite keeps it) as "nan". */
static int put_param_value(Buf *b, PyObject *kind, PyObject *value) {
    if (PyFloat_Check(value) && !isfinite(PyFloat_AS_DOUBLE(value))) {
        double x = PyFloat_AS_DOUBLE(value);
        return isnan(x) ? PUTS(b, "\"nan\"") : x > 0 ? PUTS(b, "\"inf\"") : PUTS(b, "\"-inf\"");
    }
    if (value == Py_None && PyUnicode_Check(kind) && PyUnicode_CompareWithASCIIString(kind, "float") == 0)
        return PUTS(b, "\"nan\"");
    return put_value(b, value, 1);
}

/* Columns 1.. of a row as an object with `names` (a tuple of bytes: each key quoted, with its
 * colon). */
static int put_object(Buf *b, PyObject *row, Py_ssize_t from, PyObject *names, int kind) {
    Py_ssize_t n = PyTuple_GET_SIZE(names);
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *value = PyTuple_GET_ITEM(row, from + k);
        if (put(b, k ? "," : "{", 1) < 0 || put_bytes(b, PyTuple_GET_ITEM(names, k)) < 0)
            return -1;
        int status;
        if (kind == PARAM_ROWS && k == 2)  /* (name, type, value, ...) */
            status = put_param_value(b, PyTuple_GET_ITEM(row, from + 1), value);
        else if (kind == LOG_ROWS && PyBytes_Check(value))
            status = put_b64(b, value);
        else
            status = put_value(b, value, 1);
        if (status < 0)
            return -1;
    }
    return PUTS(b, "}");
}

/* A table's rows (a list of tuples, by run id) and where the next run's start. */
typedef struct {
    PyObject *rows;
    Py_ssize_t at, width;  /* width: the columns a row must have */
} Cursor;

/* The rows of run `id`: [*first, *last). Rows of smaller ids (of no run in the batch) are
 * passed over. -1 with an exception for a row that is not a tuple of `width` columns. */
static int take(Cursor *c, long long id, Py_ssize_t *first, Py_ssize_t *last) {
    Py_ssize_t n = PyList_GET_SIZE(c->rows);
    *first = -1;
    for (; c->at < n; c->at++) {
        PyObject *row = PyList_GET_ITEM(c->rows, c->at);
        if (!PyTuple_Check(row) || PyTuple_GET_SIZE(row) < c->width) {
            PyErr_SetString(PyExc_TypeError, "a row that is not a tuple of its table's columns");
            return -1;
        }
        long long row_id = PyLong_AsLongLong(PyTuple_GET_ITEM(row, 0));
        if (row_id == -1 && PyErr_Occurred())
            return -1;
        if (row_id > id)
            break;
        if (row_id == id && *first < 0)
            *first = c->at;
    }
    if (*first < 0)
        *first = c->at;
    *last = c->at;
    return 0;
}

#define ROW(c, i) PyList_GET_ITEM((c)->rows, i)

static int put_rows(Buf *b, Cursor *c, Py_ssize_t first, Py_ssize_t last, int kind, PyObject *names) {
    const char *open = kind == NAMED ? "{" : "[", *close = kind == NAMED ? "}" : "]";
    if (kind == ONE_ROW) {
        if (first == last)
            return PUTS(b, "null");
        return put_object(b, ROW(c, last - 1), 1, names, kind);  /* the last, as a dict update would */
    }
    if (put(b, open, 1) < 0)
        return -1;
    for (Py_ssize_t i = first; i < last; i++) {
        PyObject *row = ROW(c, i);
        if (i > first && PUTS(b, ",") < 0)
            return -1;
        int status;
        if (kind == SCALARS) {
            status = put_value(b, PyTuple_GET_ITEM(row, 1), 1);
        } else if (kind == NAMED) {
            PyObject *name = PyTuple_GET_ITEM(row, 1);
            if (!PyUnicode_Check(name)) {
                PyErr_SetString(PyExc_TypeError, "a key that is not text");
                return -1;
            }
            status = put_text(b, name) < 0 || PUTS(b, ":") < 0 ? -1
                     : PyTuple_GET_SIZE(names) ? put_object(b, row, 2, names, kind)
                     : put_value(b, PyTuple_GET_ITEM(row, 2), 1);
        } else {
            status = put_object(b, row, 1, names, kind);
        }
        if (status < 0)
            return -1;
    }
    return put(b, close, 1);
}

static int put_metrics(Buf *b, Cursor *c, Py_ssize_t first, Py_ssize_t last, PyObject *encode_key) {
    Py_ssize_t count = 0;
    Series *all = find_series(c->rows, first, last, encode_key, &count);
    if (!all)
        return -1;
    Py_ssize_t size = series_size(all, count);
    int status = grow(b, size + 2);
    if (status == 0) {
        char *out = b->data + b->len;
        *out++ = '{';
        out = write_series(out, c->rows, all, count);
        *out++ = '}';
        b->len = out - b->data;
    }
    free_series(all, count);
    return status;
}

/* One part of a run's line (layout entry `i`), after its prefix. */
static int put_part(Buf *b, int kind, PyObject *data, Cursor *c, Py_ssize_t r, long long id, PyObject *names,
                    DbTable *table) {
    if (table)
        return db_table_put(b, table, kind, names, id);
    if (kind == COLUMN)
        return put_value(b, PySequence_Fast_ITEMS(data)[r], 0);
    if (kind == RAW) {
        PyObject *json = PySequence_Fast_ITEMS(data)[r];
        if (json == Py_None)
            return PUTS(b, "null");
        if (!PyBytes_Check(json)) {
            PyErr_SetString(PyExc_TypeError, "RAW takes bytes or None");
            return -1;
        }
        return put_bytes(b, json);
    }
    Py_ssize_t first, last;
    if (take(c, id, &first, &last) < 0)
        return -1;
    if (kind == METRICS)
        return put_metrics(b, c, first, last, names);
    return put_rows(b, c, first, last, kind, names);
}

typedef struct {
    PyObject *prefix, *names, *data;  /* data: a list or tuple (PySequence_Fast) */
    int kind;
    Cursor cursor;
    DbTable *table;  /* or the table read from the store (_db_lines.c) */
} Part;

/* The columns a table's row has at least: its run id and what is written of it. */
static Py_ssize_t row_width(int kind, PyObject *names) {
    switch (kind) {
    case METRICS: return 5;
    case SCALARS: return 2;
    case NAMED: return PyTuple_GET_SIZE(names) ? 2 + PyTuple_GET_SIZE(names) : 3;
    case COLUMN: case RAW: return 0;
    default: return 1 + PyTuple_GET_SIZE(names);
    }
}

/* The layout and data as Parts (data[i] made a fast sequence, or a table read from the store
 * when it is SQL text: owned), or -1. */
static int read_layout(PyObject *layout, PyObject *data, Py_ssize_t runs, Part *parts, Py_ssize_t n,
                       PyObject *reader, PyObject *arg) {
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *entry = PyTuple_GET_ITEM(layout, i), *column;
        long kind;
        if (!PyTuple_Check(entry) || PyTuple_GET_SIZE(entry) != 3 || !PyBytes_Check(PyTuple_GET_ITEM(entry, 0))
            || (kind = PyLong_AsLong(PyTuple_GET_ITEM(entry, 1))) < 0 || kind >= KINDS) {
            PyErr_SetString(PyExc_TypeError, "a layout entry is (prefix: bytes, kind, names)");
            return -1;
        }
        Part *p = &parts[i];
        p->prefix = PyTuple_GET_ITEM(entry, 0);
        p->names = PyTuple_GET_ITEM(entry, 2);
        p->kind = (int)kind;
        PyObject *keys = kind >= DB_OBJECT && PyTuple_Check(p->names) && PyTuple_GET_SIZE(p->names) == 3
                         ? PyTuple_GET_ITEM(p->names, 0) : p->names;
        if (kind >= DB_OBJECT && (keys == p->names || !PyTuple_Check(keys)
                                  || !PyBytes_Check(PyTuple_GET_ITEM(p->names, 1))
                                  || PyBytes_GET_SIZE(PyTuple_GET_ITEM(p->names, 1)) != PyTuple_GET_SIZE(keys)
                                  || !PyCallable_Check(PyTuple_GET_ITEM(p->names, 2)))) {
            PyErr_SetString(PyExc_TypeError, "a store row's names are (keys, ways: bytes, JSON scanner)");
            return -1;
        }
        if (kind != METRICS && (!PyTuple_Check(keys) || (kind >= ROWS && kind != SCALARS && kind != NAMED
                                                         && PyTuple_GET_SIZE(keys) == 0))) {
            PyErr_SetString(PyExc_TypeError, "a layout entry's names are a tuple of bytes");
            return -1;
        }
        for (Py_ssize_t k = 0; kind != METRICS && k < PyTuple_GET_SIZE(keys); k++)
            if (!PyBytes_Check(PyTuple_GET_ITEM(keys, k))) {
                PyErr_SetString(PyExc_TypeError, "a layout entry's names are a tuple of bytes");
                return -1;
            }
        PyObject *given = PySequence_Fast_ITEMS(data)[i];
        if (kind >= DB_OBJECT && !PyUnicode_Check(given)) {
            PyErr_SetString(PyExc_TypeError, "a store row's data is its SQL");
            return -1;
        }
        if (PyUnicode_Check(given) && kind != COLUMN && kind != RAW) {
            if (!reader) {
                PyErr_SetString(PyExc_TypeError, "a table given as SQL needs the reader");
                return -1;
            }
            if (!(p->table = db_table_open(reader, given, arg)))
                return -1;
            continue;
        }
        if (!(column = PySequence_Fast(given, "data entries are lists or tuples")))
            return -1;
        p->data = column;
        Py_ssize_t have = PySequence_Fast_GET_SIZE(column);
        if ((kind == COLUMN || kind == RAW) ? have != runs : !PyList_Check(column)) {
            PyErr_SetString(PyExc_TypeError, "a column has a value per run; a table is a list of rows");
            return -1;
        }
        p->cursor.rows = column;
        p->cursor.at = 0;
        p->cursor.width = row_width(p->kind, p->names);
        if (kind == PARAM_ROWS && PyTuple_GET_SIZE(p->names) < 3) {
            PyErr_SetString(PyExc_TypeError, "param rows are (run id, name, type, value, ...)");
            return -1;
        }
    }
    return 0;
}

/* Each run's line, written in place into its bytes object: allocated a little larger than the
 * last line and cut to size (no copy of a line made elsewhere). */
static PyObject *lines_of(PyObject *ids, Part *parts, Py_ssize_t n) {
    Py_ssize_t runs = PyList_GET_SIZE(ids), guess = 1 << 12;
    PyObject *lines = PyList_New(runs);
    Buf b = {NULL, 0, 0, NULL};
    if (!lines)
        return NULL;
    for (Py_ssize_t r = 0; r < runs; r++) {
        long long id = PyLong_AsLongLong(PyList_GET_ITEM(ids, r));
        if ((id == -1 && PyErr_Occurred()) || !(b.bytes = PyBytes_FromStringAndSize(NULL, guess)))
            goto fail;
        b.data = PyBytes_AS_STRING(b.bytes);
        b.cap = guess;
        b.len = 0;
        for (Py_ssize_t i = 0; i < n; i++)
            if (put_bytes(&b, parts[i].prefix) < 0
                || put_part(&b, parts[i].kind, parts[i].data, &parts[i].cursor, r, id, parts[i].names,
                            parts[i].table) < 0)
                goto fail;
        if (PUTS(&b, "}\n") < 0 || _PyBytes_Resize(&b.bytes, b.len) < 0)
            goto fail;
        PyList_SET_ITEM(lines, r, b.bytes);
        b.bytes = NULL;
        guess = b.len + b.len / 8 + 64;
    }
    return lines;
fail:
    Py_XDECREF(b.bytes);
    Py_DECREF(lines);
    return NULL;
}

HIDDEN PyObject *run_lines(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    (void)module;
    if ((nargs != 3 && nargs != 5) || !PyList_Check(args[0]) || !PyTuple_Check(args[1])
        || !(PyList_Check(args[2]) || PyTuple_Check(args[2]))
        || PySequence_Fast_GET_SIZE(args[2]) != PyTuple_GET_SIZE(args[1])) {
        PyErr_SetString(PyExc_TypeError, "run_lines(ids: list, layout: tuple, data: a list as long as layout"
                                         "[, reader, arg: str], /)");
        return NULL;
    }
    Py_ssize_t n = PyTuple_GET_SIZE(args[1]);
    Part *parts = PyMem_Calloc(n ? (size_t)n : 1, sizeof(Part));
    if (!parts)
        return PyErr_NoMemory();
    PyObject *lines = NULL;
    PyObject *reader = nargs == 5 && args[3] != Py_None ? args[3] : NULL;
    if (read_layout(args[1], args[2], PyList_GET_SIZE(args[0]), parts, n, reader, nargs == 5 ? args[4] : NULL) == 0)
        lines = lines_of(args[0], parts, n);
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_XDECREF(parts[i].data);
        db_table_close(parts[i].table);
    }
    PyMem_Free(parts);
    return lines;
}
