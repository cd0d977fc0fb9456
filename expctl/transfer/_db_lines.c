/* The tables of run_lines (_run_lines.c) that it reads from the store itself: the SQL the
 * store gives for them (Store.export_rows with `sql_tables`), run on a read-only connection of
 * this module's (open_reader), its values written to the lines straight from SQLite's rows.
 *
 * Read through Python's sqlite3, a run's 25 rows of params, summaries and metric chunks cost
 * a tuple each, an object per value (each chunk's three columns copied into bytes objects)
 * and a release and take of the GIL per row: a third of the export's CPU. Here each value is
 * written from SQLite's own memory: integers and floats as Python writes them (%lld, and
 * float's repr), text checked to be the UTF-8 that sqlite3 would decode, a series' chunks
 * joined into buffers of this module's and base64-encoded once.
 *
 * The checks are the store's: a row's check flag (a column after those written, from the
 * store's SQL_VALID_* conditions) must be true; a metric chunk must be three blobs of one
 * length, a multiple of 8; a name and a tag must be text. Anything else raises ValueError (or
 * TypeError) and the caller writes the batch the Python way, which says what is wrong.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <sqlite3.h>
#include <string.h>

#include "_metrics_json.h"

#define READER "expctl.transfer._metrics_json.reader"

struct DbTable {
    sqlite3_stmt *stmt;
    int has_row;      /* the statement is on a row */
    Buf columns[3];   /* a series' steps, times and values, joined */
    Buf name;         /* the series' name (UTF-8) */
};

static void close_reader(PyObject *capsule) {
    sqlite3 *db = PyCapsule_GetPointer(capsule, READER);
    if (db)
        sqlite3_close_v2(db);
    else
        PyErr_Clear();
}

/* open_reader(path, timeout_s) -> a read-only connection to the store (a capsule). OSError
 * when SQLite cannot open it. */
HIDDEN PyObject *open_reader(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    (void)module;
    if (nargs != 2 || !PyUnicode_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "open_reader(path: str, timeout_s: float, /)");
        return NULL;
    }
    double timeout = PyFloat_AsDouble(args[1]);
    const char *path = PyUnicode_AsUTF8(args[0]);
    if ((timeout == -1.0 && PyErr_Occurred()) || !path)
        return NULL;
    sqlite3 *db = NULL;
    int rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
    if (rc != SQLITE_OK) {
        PyErr_Format(PyExc_OSError, "cannot read %s: %s", path, db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
        sqlite3_close(db);
        return NULL;
    }
    sqlite3_busy_timeout(db, timeout > 0 ? (int)(timeout * 1000) : 0);
    PyObject *capsule = PyCapsule_New(db, READER, close_reader);
    if (!capsule)
        sqlite3_close(db);
    return capsule;
}

HIDDEN int step_rows(sqlite3_stmt *stmt, int *has_row) {
    int rc = sqlite3_step(stmt);
    *has_row = rc == SQLITE_ROW;
    if (rc == SQLITE_ROW || rc == SQLITE_DONE)
        return 0;
    PyErr_Format(PyExc_ValueError, "reading the store: %s", sqlite3_errmsg(sqlite3_db_handle(stmt)));
    return -1;
}

static int step(DbTable *t) {
    return step_rows(t->stmt, &t->has_row);
}

/* The statement `sql` on the reader, its one parameter `arg` (text), on its first row. */
HIDDEN DbTable *db_table_open(PyObject *reader, PyObject *sql, PyObject *arg) {
    sqlite3 *db = PyCapsule_GetPointer(reader, READER);
    Py_ssize_t sql_size, arg_size;
    const char *sql_text = PyUnicode_AsUTF8AndSize(sql, &sql_size);
    const char *arg_text = PyUnicode_Check(arg) ? PyUnicode_AsUTF8AndSize(arg, &arg_size) : NULL;
    if (!db || !sql_text || !arg_text) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_TypeError, "a table's SQL needs the reader and its argument (str)");
        return NULL;
    }
    DbTable *t = PyMem_Calloc(1, sizeof *t);
    if (!t)
        return (DbTable *)PyErr_NoMemory();
    if (sqlite3_prepare_v2(db, sql_text, (int)sql_size, &t->stmt, NULL) != SQLITE_OK
        || sqlite3_bind_text(t->stmt, 1, arg_text, (int)arg_size, SQLITE_TRANSIENT) != SQLITE_OK) {
        PyErr_Format(PyExc_ValueError, "reading the store: %s", sqlite3_errmsg(db));
        db_table_close(t);
        return NULL;
    }
    if (step(t) < 0) {
        db_table_close(t);
        return NULL;
    }
    return t;
}

HIDDEN void db_table_close(DbTable *t) {
    if (!t)
        return;
    sqlite3_finalize(t->stmt);
    for (int c = 0; c < 3; c++)
        PyMem_Free(t->columns[c].data);
    PyMem_Free(t->name.data);
    PyMem_Free(t);
}

/* UTF-8 as Python's strict decoder takes it: no overlong form, no surrogate, nothing past
 * U+10FFFF, no sequence cut short. */
HIDDEN int valid_utf8(const unsigned char *p, Py_ssize_t n) {
    for (Py_ssize_t i = 0; i < n;) {
        unsigned int c = p[i], code, least;
        int size;
        if (c < 0x80) {
            i++;
            continue;
        }
        if ((c & 0xE0) == 0xC0)
            size = 2, code = c & 0x1F, least = 0x80;
        else if ((c & 0xF0) == 0xE0)
            size = 3, code = c & 0x0F, least = 0x800;
        else if ((c & 0xF8) == 0xF0)
            size = 4, code = c & 0x07, least = 0x10000;
        else
            return 0;
        if (n - i < size)
            return 0;
        for (int k = 1; k < size; k++) {
            if ((p[i + k] & 0xC0) != 0x80)
                return 0;
            code = (code << 6) | (p[i + k] & 0x3F);
        }
        if (code < least || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return 0;
        i += size;
    }
    return 1;
}

HIDDEN int put_text_column(Buf *b, sqlite3_stmt *s, int col) {
    const unsigned char *p = sqlite3_column_text(s, col);
    Py_ssize_t n = sqlite3_column_bytes(s, col);
    if (!p && n) {
        PyErr_NoMemory();
        return -1;
    }
    if (!valid_utf8(p, n)) {
        PyErr_SetString(PyExc_ValueError, "stored text that is not UTF-8");
        return -1;
    }
    return put_utf8(b, p ? (const char *)p : "", n);
}

/* A column's value as Python's sqlite3 gives it, written as the json module writes that. */
HIDDEN int put_stmt_column(Buf *b, sqlite3_stmt *s, int col) {
    char number[24];
    switch (sqlite3_column_type(s, col)) {
    case SQLITE_NULL:
        return PUTS(b, "null");
    case SQLITE_INTEGER:
        return put(b, number, whole_digits(number, (long long)sqlite3_column_int64(s, col)));
    case SQLITE_FLOAT:
        return put_float(b, sqlite3_column_double(s, col));
    case SQLITE_TEXT:
        return put_text_column(b, s, col);
    default:
        PyErr_SetString(PyExc_ValueError, "a blob where JSON holds no bytes");
        return -1;
    }
}

static int is_float_type(sqlite3_stmt *s, int col) {
    return sqlite3_column_type(s, col) == SQLITE_TEXT && sqlite3_column_bytes(s, col) == 5
           && memcmp(sqlite3_column_text(s, col), "float", 5) == 0;
}

/* A param's value as transfer.runs._encode_param writes it (see put_param_value). */
static int put_param_column(Buf *b, sqlite3_stmt *s, int type_col, int col) {
    int type = sqlite3_column_type(s, col);
    if (type == SQLITE_FLOAT && !isfinite(sqlite3_column_double(s, col))) {
        double x = sqlite3_column_double(s, col);
        return isnan(x) ? PUTS(b, "\"nan\"") : x > 0 ? PUTS(b, "\"inf\"") : PUTS(b, "\"-inf\"");
    }
    if (type == SQLITE_NULL && is_float_type(s, type_col))
        return PUTS(b, "\"nan\"");
    return put_stmt_column(b, s, col);
}

static int put_object(Buf *b, sqlite3_stmt *s, int from, PyObject *names, int params) {
    Py_ssize_t n = PyTuple_GET_SIZE(names);
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *key = PyTuple_GET_ITEM(names, k);
        if (put(b, k ? "," : "{", 1) < 0 || put(b, PyBytes_AS_STRING(key), PyBytes_GET_SIZE(key)) < 0)
            return -1;
        int status = params && k == 2 ? put_param_column(b, s, from + 1, from + 2)
                                      : put_stmt_column(b, s, from + (int)k);
        if (status < 0)
            return -1;
    }
    return PUTS(b, "}");
}

static int seek(DbTable *t, long long id) {
    while (t->has_row && sqlite3_column_int64(t->stmt, 0) < id)
        if (step(t) < 0)
            return -1;
    return 0;
}

static int at_run(DbTable *t, long long id) {
    return t->has_row && sqlite3_column_int64(t->stmt, 0) == id;
}

/* A row's check flag, the column after the `width` written, when the statement has one. */
static int check_flag(DbTable *t, int width) {
    if (sqlite3_column_count(t->stmt) > width && !sqlite3_column_int(t->stmt, width)) {
        PyErr_SetString(PyExc_ValueError, "a row that fails the store's check");
        return -1;
    }
    return 0;
}

static int append_blob(Buf *b, sqlite3_stmt *s, int col) {
    const void *data = sqlite3_column_blob(s, col);
    int size = sqlite3_column_bytes(s, col);
    return size ? put(b, data, size) : 0;
}

/* The rows of one series (from the current row on, while the name is the same) joined. */
static int join_series(DbTable *t, long long id, Py_ssize_t *points) {
    sqlite3_stmt *s = t->stmt;
    t->name.len = 0;
    if (sqlite3_column_type(s, 1) != SQLITE_TEXT) {
        PyErr_SetString(PyExc_ValueError, "a metric name that is not text");
        return -1;
    }
    if (put(&t->name, (const char *)sqlite3_column_text(s, 1), sqlite3_column_bytes(s, 1)) < 0)
        return -1;
    for (int c = 0; c < 3; c++)
        t->columns[c].len = 0;
    do {
        int size = sqlite3_column_bytes(s, 2);
        for (int c = 2; c < 5; c++)
            if (sqlite3_column_type(s, c) != SQLITE_BLOB || sqlite3_column_bytes(s, c) != size || size % 8) {
                PyErr_SetString(PyExc_ValueError, "a chunk row that is not three float64 columns of one length");
                return -1;
            }
        for (int c = 0; c < 3; c++)
            if (append_blob(&t->columns[c], s, c + 2) < 0)
                return -1;
        if (step(t) < 0)
            return -1;
    } while (at_run(t, id) && sqlite3_column_type(s, 1) == SQLITE_TEXT
             && sqlite3_column_bytes(s, 1) == t->name.len
             && memcmp(sqlite3_column_text(s, 1), t->name.data, (size_t)t->name.len) == 0);
    *points = t->columns[0].len / 8;
    return 0;
}

static int put_metrics(Buf *b, DbTable *t, long long id) {
    char number[24];
    if (sqlite3_column_count(t->stmt) < 5) {
        PyErr_SetString(PyExc_TypeError, "chunk rows are (run id, name, steps, times, vals)");
        return -1;
    }
    if (PUTS(b, "{") < 0)
        return -1;
    for (int first = 1; at_run(t, id); first = 0) {
        Py_ssize_t points;
        if (join_series(t, id, &points) < 0)
            return -1;
        if (!valid_utf8((const unsigned char *)t->name.data, t->name.len)) {
            PyErr_SetString(PyExc_ValueError, "stored text that is not UTF-8");
            return -1;
        }
        if ((!first && PUTS(b, ",") < 0) || put_utf8(b, t->name.data, t->name.len) < 0
            || PUTS(b, ":{\"n\":") < 0 || put(b, number, whole_digits(number, (long long)points)) < 0
            || PUTS(b, ",\"steps\":") < 0
            || put_b64_text(b, (const unsigned char *)t->columns[0].data, t->columns[0].len) < 0
            || PUTS(b, ",\"times\":") < 0
            || put_b64_text(b, (const unsigned char *)t->columns[1].data, t->columns[1].len) < 0
            || PUTS(b, ",\"values\":") < 0
            || put_b64_text(b, (const unsigned char *)t->columns[2].data, t->columns[2].len) < 0
            || PUTS(b, "}") < 0)
            return -1;
    }
    return PUTS(b, "}");
}

/* A column's JSON text parsed whole by `scan` (json's scan_once), or NULL with ValueError. */
HIDDEN PyObject *parse_column(sqlite3_stmt *s, int col, PyObject *scan) {
    const char *p = (const char *)sqlite3_column_text(s, col);
    PyObject *text = PyUnicode_DecodeUTF8(p ? p : "", sqlite3_column_bytes(s, col), "strict");
    if (!text)
        return NULL;  /* UnicodeDecodeError, a ValueError */
    PyObject *zero = PyLong_FromLong(0), *result = zero ? PyObject_CallFunctionObjArgs(scan, text, zero, NULL) : NULL;
    Py_XDECREF(zero);
    PyObject *value = NULL;
    if (result && PyTuple_Check(result) && PyTuple_GET_SIZE(result) == 2
        && PyLong_Check(PyTuple_GET_ITEM(result, 1))
        && PyLong_AsSsize_t(PyTuple_GET_ITEM(result, 1)) == PyUnicode_GET_LENGTH(text)) {
        value = PyTuple_GET_ITEM(result, 0);
        Py_INCREF(value);
    } else if (!result && !PyErr_ExceptionMatches(PyExc_StopIteration) && !PyErr_ExceptionMatches(PyExc_ValueError)
               && !PyErr_ExceptionMatches(PyExc_RecursionError)) {
        Py_DECREF(text);
        return NULL;  /* not the text's fault (MemoryError, an interrupt) */
    }
    Py_XDECREF(result);
    Py_DECREF(text);
    if (!value) {
        PyErr_Clear();
        PyErr_SetString(PyExc_ValueError, "stored JSON that is not one whole value");
    }
    return value;
}

/* The checks of rows.runs_from_rows and checks.git_row on a parsed column: a list of text
 * ('l'), or an object of numbers and nulls without "incomplete" ('o'). */
static int parsed_as_expected(PyObject *value, char how) {
    PyObject *key, *item;
    Py_ssize_t at = 0;
    if (how == 'l') {
        if (!PyList_CheckExact(value))
            return 0;
        for (Py_ssize_t i = 0; i < PyList_GET_SIZE(value); i++)
            if (!PyUnicode_CheckExact(PyList_GET_ITEM(value, i)))
                return 0;
        return 1;
    }
    if (!PyDict_CheckExact(value))
        return 0;
    while (PyDict_Next(value, &at, &key, &item)) {
        if (!(item == Py_None || PyLong_CheckExact(item) || PyFloat_CheckExact(item)))
            return 0;
        if (PyUnicode_Check(key) && PyUnicode_CompareWithASCIIString(key, "incomplete") == 0)
            return 0;
    }
    return 1;
}

/* A column written its way: 'v' as it is, 'b' an integer as a bool, 'l' and 'o' JSON text
 * parsed and checked (parsed_as_expected; 'o' is null when NULL or empty, as the export
 * writes a run's resources). */
static int put_way(Buf *b, sqlite3_stmt *s, int col, char how, PyObject *scan) {
    int type = sqlite3_column_type(s, col);
    if (how == 'b' && type == SQLITE_INTEGER)
        return sqlite3_column_int64(s, col) ? PUTS(b, "true") : PUTS(b, "false");
    if (how == 'o' && (type == SQLITE_NULL || (type == SQLITE_TEXT && sqlite3_column_bytes(s, col) == 0)))
        return PUTS(b, "null");
    if ((how == 'l' || how == 'o') && type == SQLITE_TEXT) {
        PyObject *value = parse_column(s, col, scan);
        if (!value)
            return -1;
        int status = parsed_as_expected(value, how) ? put_value(b, value, 0) : -1;
        if (status < 0 && !PyErr_Occurred())
            PyErr_SetString(PyExc_ValueError, "stored JSON of another shape than the export's");
        Py_DECREF(value);
        return status;
    }
    if (how == 'v')
        return put_stmt_column(b, s, col);
    PyErr_SetString(PyExc_ValueError, "a column of another type than the export's");
    return -1;
}

/* DB_OBJECT and DB_HEAD (_run_lines.c): the run's one row, each column written its way. */
static int put_row_ways(Buf *b, DbTable *t, int kind, PyObject *spec, long long id) {
    PyObject *keys = PyTuple_GET_ITEM(spec, 0), *scan = PyTuple_GET_ITEM(spec, 2);
    const char *ways = PyBytes_AS_STRING(PyTuple_GET_ITEM(spec, 1));
    Py_ssize_t n = PyTuple_GET_SIZE(keys);
    if (!at_run(t, id)) {
        if (kind == DB_OBJECT)
            return PUTS(b, "null");
        PyErr_SetString(PyExc_ValueError, "a run's row is gone");
        return -1;
    }
    if (sqlite3_column_count(t->stmt) < 1 + n) {
        PyErr_SetString(PyExc_TypeError, "a store row has a column per key");
        return -1;
    }
    if (check_flag(t, (int)(1 + n)) < 0 || (kind == DB_OBJECT && PUTS(b, "{") < 0))
        return -1;
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *key = PyTuple_GET_ITEM(keys, k);
        if ((k && PUTS(b, ",") < 0) || put(b, PyBytes_AS_STRING(key), PyBytes_GET_SIZE(key)) < 0
            || put_way(b, t->stmt, (int)(1 + k), ways[k], scan) < 0)
            return -1;
    }
    if ((kind == DB_OBJECT && PUTS(b, "}") < 0) || step(t) < 0)
        return -1;
    if (at_run(t, id)) {  /* two rows for one run: not a store's (the table's key says so) */
        PyErr_SetString(PyExc_ValueError, "two rows for one run");
        return -1;
    }
    return 0;
}

/* Run `id`'s rows of the table, written as `kind` says (_run_lines.c), the statement moved
 * past them. */
HIDDEN int db_table_put(Buf *b, DbTable *t, int kind, PyObject *names, long long id) {
    if (seek(t, id) < 0)
        return -1;
    if (kind == METRICS)
        return put_metrics(b, t, id);
    if (kind == DB_OBJECT || kind == DB_HEAD)
        return put_row_ways(b, t, kind, names, id);
    Py_ssize_t n = PyTuple_GET_SIZE(names);
    int width = (int)(kind == SCALARS ? 2 : kind == NAMED ? (n ? 2 + n : 3) : 1 + n);
    if ((kind != ROWS && kind != PARAM_ROWS && kind != SCALARS && kind != NAMED)
        || sqlite3_column_count(t->stmt) < width) {
        PyErr_SetString(PyExc_TypeError, "a table read from the store is rows, params, scalars or named");
        return -1;
    }
    const char *open = kind == NAMED ? "{" : "[", *close = kind == NAMED ? "}" : "]";
    if (put(b, open, 1) < 0)
        return -1;
    for (int first = 1; at_run(t, id); first = 0) {
        sqlite3_stmt *s = t->stmt;
        int status = check_flag(t, width) < 0 || (!first && PUTS(b, ",") < 0) ? -1 : 0;
        if (status == 0 && kind == SCALARS) {
            status = put_stmt_column(b, s, 1);
        } else if (status == 0 && kind == NAMED) {
            if (sqlite3_column_type(s, 1) != SQLITE_TEXT) {
                PyErr_SetString(PyExc_ValueError, "a key that is not text");
                return -1;
            }
            status = put_text_column(b, s, 1) < 0 || PUTS(b, ":") < 0 ? -1
                     : n ? put_object(b, s, 2, names, 0) : put_stmt_column(b, s, 2);
        } else if (status == 0) {
            status = put_object(b, s, 1, names, kind == PARAM_ROWS);
        }
        if (status < 0 || step(t) < 0)
            return -1;
    }
    return put(b, close, 1);
}
