/* expctl.store._bulk_insert: a batch of rows inserted through SQLite's C API, on the
 * connection of Python's sqlite3 (the import's transaction: expctl/store/sqlite_import.py).
 *
 * Through sqlite3, a row's values cost a Python call each to bind (an adapter looked up for
 * None, each text and blob copied into SQLite), and the whole batch holds the GIL but for
 * the steps; an import of 1,000 runs (~25 rows each) spent as many instructions binding and
 * flattening rows as SQLite spent writing them. Here the values are looked at once, with the
 * GIL, and then bound where they lie (SQLITE_STATIC: no copy) and stepped, row after row,
 * without the GIL: the importing process reads the next lines meanwhile.
 *
 * The binding is sqlite3's: int (and bool) as a 64-bit integer, float as a double (a NaN
 * becomes NULL, as there), str as its UTF-8, bytes and bytearray as a blob, None as NULL. A
 * value of any other type, an int out of range, a str that is not UTF-8 (a lone surrogate),
 * or a row of another width makes insert_rows return False before it runs anything: the
 * caller then goes through sqlite3, which binds or refuses it as it always has.
 *
 * The connection's handle is the first field of sqlite3's Connection object (CPython 3.8 to
 * 3.13); same_library() checks that this module and Python's _sqlite3 use one SQLite library
 * (a handle of one copy of SQLite must never reach the functions of another).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <dlfcn.h>
#include <limits.h>
#include <sqlite3.h>
#include <string.h>

#if defined(PYPY_VERSION) || PY_VERSION_HEX < 0x03080000 || PY_VERSION_HEX >= 0x030E0000
#define HANDLE_KNOWN 0
#else
#define HANDLE_KNOWN 1
#endif

/* The start of CPython's pysqlite_Connection (Modules/_sqlite/connection.h). */
typedef struct {
    PyObject_HEAD
    sqlite3 *db;
} ConnectionHead;

enum { V_NULL, V_INT, V_FLOAT, V_TEXT, V_BLOB };

typedef struct {
    int kind;
    int size;  /* bytes of a text or blob */
    union {
        sqlite3_int64 i;
        double d;
        const void *p;
    } u;
} Value;

/* same_library(path_of__sqlite3) -> bool: whether the extension at that path (loaded) calls
 * the very SQLite functions this module calls. */
static PyObject *same_library(PyObject *module, PyObject *path) {
    (void)module;
    const char *file = PyUnicode_Check(path) ? PyUnicode_AsUTF8(path) : NULL;
    if (!file)
        return NULL;
    void *theirs = dlopen(file, RTLD_LAZY | RTLD_NOLOAD);
    if (!theirs)
        Py_RETURN_FALSE;
    void *step = dlsym(theirs, "sqlite3_step"), *version = dlsym(theirs, "sqlite3_libversion_number");
    dlclose(theirs);
    return PyBool_FromLong(HANDLE_KNOWN && step == (void *)sqlite3_step
                           && version == (void *)sqlite3_libversion_number);
}

/* The bytearrays whose buffers are held while the rows run (one cannot be resized then). */
typedef struct {
    Py_buffer *views;
    Py_ssize_t count, room;
} Held;

static const void *hold(Held *held, PyObject *obj, Py_ssize_t *size) {
    if (held->count == held->room) {
        Py_ssize_t room = held->room ? 2 * held->room : 64;
        Py_buffer *views = PyMem_Realloc(held->views, (size_t)room * sizeof *views);
        if (!views)
            return NULL;
        held->views = views;
        held->room = room;
    }
    Py_buffer *view = &held->views[held->count];
    if (PyObject_GetBuffer(obj, view, PyBUF_SIMPLE) < 0)
        return NULL;
    held->count++;
    *size = view->len;
    return view->buf;
}

static void release_all(Held *held) {
    for (Py_ssize_t i = 0; i < held->count; i++)
        PyBuffer_Release(&held->views[i]);
    PyMem_Free(held->views);
}

/* The value as sqlite3 would bind it; 0 when this module does not take it (nothing raised). */
static int look(PyObject *obj, Value *v, Held *held) {
    Py_ssize_t size = 0;
    if (obj == Py_None) {
        v->kind = V_NULL;
    } else if (PyLong_CheckExact(obj) || PyBool_Check(obj)) {
        int overflow = 0;
        v->u.i = PyLong_AsLongLongAndOverflow(obj, &overflow);
        if (overflow || (v->u.i == -1 && PyErr_Occurred())) {
            PyErr_Clear();
            return 0;
        }
        v->kind = V_INT;
    } else if (PyFloat_CheckExact(obj)) {
        v->kind = V_FLOAT;
        v->u.d = PyFloat_AS_DOUBLE(obj);
    } else if (PyUnicode_CheckExact(obj)) {
        v->u.p = PyUnicode_AsUTF8AndSize(obj, &size);  /* kept by the str while it lives */
        v->kind = V_TEXT;
    } else if (PyBytes_CheckExact(obj)) {  /* immutable: its bytes stay where they are */
        v->u.p = PyBytes_AS_STRING(obj);
        size = PyBytes_GET_SIZE(obj);
        v->kind = V_BLOB;
    } else if (PyByteArray_CheckExact(obj)) {
        v->u.p = hold(held, obj, &size);
        v->kind = V_BLOB;
    } else {
        return 0;
    }
    if ((v->kind == V_TEXT || v->kind == V_BLOB) && (!v->u.p || size > INT_MAX)) {
        PyErr_Clear();  /* not UTF-8 (a lone surrogate), no memory, or too long: sqlite3 says */
        return 0;
    }
    v->size = (int)size;
    return 1;
}

static int bind(sqlite3_stmt *stmt, int at, const Value *v) {
    switch (v->kind) {
    case V_INT:
        return sqlite3_bind_int64(stmt, at, v->u.i);
    case V_FLOAT:
        return sqlite3_bind_double(stmt, at, v->u.d);
    case V_TEXT:
        return sqlite3_bind_text(stmt, at, v->u.p, v->size, SQLITE_STATIC);
    case V_BLOB:  /* zero bytes: an empty blob, never NULL (whatever the pointer) */
        return v->size ? sqlite3_bind_blob(stmt, at, v->u.p, v->size, SQLITE_STATIC)
                       : sqlite3_bind_zeroblob(stmt, at, 0);
    default:
        return sqlite3_bind_null(stmt, at);
    }
}

/* Bind `rows` rows from `values` to a statement of that many rows, and step it. */
static int run_once(sqlite3_stmt *stmt, const Value *values, Py_ssize_t rows, int width) {
    int at = 1;
    for (Py_ssize_t r = 0; r < rows; r++)
        for (int c = 0; c < width; c++, at++) {
            int rc = bind(stmt, at, &values[r * width + c]);
            if (rc != SQLITE_OK)
                return rc;
        }
    int rc = sqlite3_step(stmt);
    if (rc != SQLITE_DONE)  /* the message stays on the connection until the next call */
        return rc == SQLITE_ROW ? SQLITE_MISUSE : rc;
    sqlite3_reset(stmt);
    return SQLITE_OK;
}

/* Every row, `per` to a step of `many` while they last, the rest one by one with `one`;
 * SQLITE_OK, or the failing call's code. Runs without the GIL. */
static int run_rows(sqlite3_stmt *many, Py_ssize_t per, sqlite3_stmt *one, const Value *values,
                    Py_ssize_t rows, int width) {
    Py_ssize_t r = 0;
    int rc = SQLITE_OK;
    for (; many && rows - r >= per && rc == SQLITE_OK; r += per)
        rc = run_once(many, values + r * width, per, width);
    for (; r < rows && rc == SQLITE_OK; r++)
        rc = run_once(one, values + r * width, 1, width);
    return rc;
}

/* sqlite3's exception for an error code, as its _pysqlite_seterror chooses it. */
static void raise_error(int rc, const char *message) {
    PyObject *sqlite = PyImport_ImportModule("_sqlite3");
    if (!sqlite)
        return;
    const char *name;
    switch (rc & 0xff) {
    case SQLITE_INTERNAL: case SQLITE_NOTFOUND:
        name = "InternalError";
        break;
    case SQLITE_NOMEM:
        Py_DECREF(sqlite);
        PyErr_NoMemory();
        return;
    case SQLITE_CORRUPT:
        name = "DatabaseError";
        break;
    case SQLITE_TOOBIG:
        name = "DataError";
        break;
    case SQLITE_CONSTRAINT: case SQLITE_MISMATCH:
        name = "IntegrityError";
        break;
    case SQLITE_MISUSE: case SQLITE_RANGE:
        name = "InterfaceError";
        break;
    case SQLITE_ERROR: case SQLITE_PERM: case SQLITE_ABORT: case SQLITE_BUSY: case SQLITE_LOCKED:
    case SQLITE_READONLY: case SQLITE_INTERRUPT: case SQLITE_IOERR: case SQLITE_FULL:
    case SQLITE_CANTOPEN: case SQLITE_PROTOCOL: case SQLITE_EMPTY: case SQLITE_SCHEMA:
        name = "OperationalError";
        break;
    default:
        name = "DatabaseError";
    }
    PyObject *kind = PyObject_GetAttrString(sqlite, name);
    Py_DECREF(sqlite);
    if (kind) {
        PyErr_SetString(kind, message);
        Py_DECREF(kind);
    }
}

/* Whether `obj` is a sqlite3.Connection (or of a subclass of it). */
static int is_connection(PyObject *obj) {
    for (PyTypeObject *type = Py_TYPE(obj); type; type = type->tp_base)
        if (strcmp(type->tp_name, "sqlite3.Connection") == 0)
            return type->tp_basicsize >= (Py_ssize_t)sizeof(ConnectionHead);
    return 0;
}

/* How a call's argument makes its rows: how many (-1: an argument this module does not take),
 * and each row's values (0: a value it does not take). */
typedef struct {
    Py_ssize_t (*count)(PyObject *items, int width);
    int (*look)(PyObject *items, int width, Value *values, Held *held);
} Source;

/* insert_rows: the rows are the items, tuples of `width` values. */
static Py_ssize_t count_rows(PyObject *items, int width) {
    Py_ssize_t count = PyTuple_GET_SIZE(items);
    for (Py_ssize_t r = 0; r < count; r++) {
        PyObject *row = PyTuple_GET_ITEM(items, r);
        if (!PyTuple_CheckExact(row) || PyTuple_GET_SIZE(row) != width)
            return -1;
    }
    return count;
}

static int look_rows(PyObject *items, int width, Value *values, Held *held) {
    for (Py_ssize_t r = 0; r < PyTuple_GET_SIZE(items); r++)
        for (int c = 0; c < width; c++)
            if (!look(PyTuple_GET_ITEM(PyTuple_GET_ITEM(items, r), c), &values[r * width + c], held))
                return 0;
    return 1;
}

/* insert_chunks: each item a series (run_id, name, seq, per_row, n, steps, times, values), cut
 * into metric_chunks rows as sqlite_write.chunk_rows cuts it (those of n <= per_row whole). */
static int series_shape(PyObject *item, Py_ssize_t *per_row, Py_ssize_t *n) {
    if (!PyTuple_CheckExact(item) || PyTuple_GET_SIZE(item) != 8)
        return 0;
    *per_row = PyLong_AsSsize_t(PyTuple_GET_ITEM(item, 3));
    *n = PyLong_AsSsize_t(PyTuple_GET_ITEM(item, 4));
    if (PyErr_Occurred()) {
        PyErr_Clear();
        return 0;
    }
    return *per_row >= 1 && *n >= 1 && *n <= PY_SSIZE_T_MAX / 8;
}

static Py_ssize_t count_chunks(PyObject *items, int width) {
    Py_ssize_t count = 0, per_row, n;
    if (width != 7)
        return -1;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(items); i++) {
        if (!series_shape(PyTuple_GET_ITEM(items, i), &per_row, &n))
            return -1;
        count += n <= per_row ? 1 : (n + per_row - 1) / per_row;
    }
    return count;
}

static int look_chunks(PyObject *items, int width, Value *values, Held *held) {
    (void)width;
    Value *row = values;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(items); i++) {
        PyObject *item = PyTuple_GET_ITEM(items, i);
        Py_ssize_t per_row = 1, n = 0;
        Value head[3], columns[3];
        series_shape(item, &per_row, &n);
        for (int k = 0; k < 3; k++)
            if (!look(PyTuple_GET_ITEM(item, k), &head[k], held)
                || !look(PyTuple_GET_ITEM(item, 5 + k), &columns[k], held) || columns[k].kind != V_BLOB)
                return 0;
        if (head[2].kind != V_INT)
            return 0;
        for (Py_ssize_t start = 0; start < n; start += per_row, row += 7) {
            row[0] = head[0];
            row[1] = head[1];
            row[2] = head[2];
            row[2].u.i += start;
            row[3].kind = V_INT;
            row[3].u.i = n - start < per_row ? n - start : per_row;
            for (int k = 0; k < 3; k++) {
                row[4 + k] = columns[k];
                if (n <= per_row)  /* one row: the columns as they are */
                    continue;
                Py_ssize_t at = 8 * start, end = at + 8 * per_row;
                end = end < columns[k].size ? end : columns[k].size;
                row[4 + k].u.p = (const char *)columns[k].u.p + (at < end ? at : 0);
                row[4 + k].size = (int)(end > at ? end - at : 0);
            }
        }
    }
    return 1;
}

static const Source ROWS = {count_rows, look_rows}, CHUNKS = {count_chunks, look_chunks};

/* A statement of `sql` on `db`; NULL when SQLite refuses it (sqlite3 then says why). */
static sqlite3_stmt *prepare(sqlite3 *db, PyObject *sql) {
    Py_ssize_t size;
    const char *text = PyUnicode_AsUTF8AndSize(sql, &size);
    sqlite3_stmt *stmt = NULL;
    if (!text) {
        PyErr_Clear();
        return NULL;
    }
    if (sqlite3_prepare_v2(db, text, (int)size, &stmt, NULL) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return NULL;
    }
    return stmt;
}

/* insert_rows and insert_chunks: (connection, sql_one, sql_many, per, items) -> bool. */
static PyObject *insert(PyObject *const *args, Py_ssize_t nargs, const Source *source) {
    Py_ssize_t per = nargs == 5 ? PyLong_AsSsize_t(args[3]) : 0;
    if (nargs != 5 || !PyUnicode_Check(args[1]) || !PyUnicode_Check(args[2]) || per < 1
        || !PyList_Check(args[4])) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_TypeError, "(connection, sql_one: str, sql_many: str, per: int >= 1, "
                                             "items: list[tuple], /)");
        return NULL;
    }
    sqlite3 *db = HANDLE_KNOWN && is_connection(args[0]) ? ((ConnectionHead *)args[0])->db : NULL;
    if (!db)  /* not a connection, or a closed one: sqlite3 says so */
        Py_RETURN_FALSE;
    PyObject *items = PyList_AsTuple(args[4]);  /* the caller's list may change: this may not */
    if (!items)
        return NULL;
    sqlite3_stmt *one = prepare(db, args[1]), *many = NULL;
    int width = one ? sqlite3_bind_parameter_count(one) : 0;
    Py_ssize_t count = width > 0 ? source->count(items, width) : -1;
    Value *values = NULL;
    Held held = {NULL, 0, 0};
    int rc = SQLITE_OK;
    PyObject *result = Py_NewRef(Py_False);
    if (count < 0)
        goto done;
    if (per > 1 && count >= per) {
        many = prepare(db, args[2]);
        if (!many || sqlite3_bind_parameter_count(many) != per * width)
            goto done;
    }
    values = PyMem_Malloc((size_t)(count * width + 1) * sizeof *values);  /* every one set by look */
    if (!values) {
        Py_CLEAR(result);
        PyErr_NoMemory();
        goto done;
    }
    if (!source->look(items, width, values, &held))
        goto done;
    char message[512] = "";
    Py_BEGIN_ALLOW_THREADS
    rc = run_rows(many, per, one, values, count, width);
    if (rc != SQLITE_OK)
        snprintf(message, sizeof message, "%s", sqlite3_errmsg(db));
    Py_END_ALLOW_THREADS
    Py_CLEAR(result);
    if (rc != SQLITE_OK)
        raise_error(rc, message);
    else
        result = Py_NewRef(Py_True);
done:
    sqlite3_finalize(one);
    sqlite3_finalize(many);
    release_all(&held);
    PyMem_Free(values);
    Py_DECREF(items);
    return result;
}

static PyObject *insert_rows(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    (void)module;
    return insert(args, nargs, &ROWS);
}

static PyObject *insert_chunks(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    (void)module;
    return insert(args, nargs, &CHUNKS);
}

static PyMethodDef methods[] = {
    {"same_library", same_library, METH_O,
     "same_library(path) -> bool: whether the loaded extension at `path` (Python's _sqlite3) "
     "calls the SQLite library this module calls, and its connections' handle is known here."},
    {"insert_rows", (PyCFunction)(void (*)(void))insert_rows, METH_FASTCALL,
     "insert_rows(connection, sql_one, sql_many, per, rows) -> bool: insert the rows (tuples) on "
     "the sqlite3 connection, `per` to a step of `sql_many` (an INSERT of `per` rows) while they "
     "last, the rest one by one by `sql_one` (of one row), the values bound as sqlite3 binds them. "
     "False, with nothing run, when a value is not one it binds here (the caller then uses "
     "sqlite3); sqlite3's exception when SQLite fails, after the rows before were run."},
    {"insert_chunks", (PyCFunction)(void (*)(void))insert_chunks, METH_FASTCALL,
     "insert_chunks(connection, sql_one, sql_many, per, series) -> bool: insert_rows of the "
     "metric_chunks rows of each series (run_id, name, seq, per_row, n, steps, times, values), "
     "cut as sqlite_write.chunk_rows cuts them, each column's slice bound where it lies."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_bulk_insert", NULL, -1, methods};

PyMODINIT_FUNC PyInit__bulk_insert(void) {
    return PyModule_Create(&module);
}
