/* expctl.transfer._metrics_json.listing_csv: the rows of `expctl list -f csv` (without its
 * header) for a batch of runs, written from the store's rows by SQLite's C API.
 *
 * In Python (render.listing_csv.python_rows, as before) each run is loaded whole (get_runs: a Run, its params
 * and summaries as objects, all checked), then formatted cell by cell by render.runs.list_rows
 * and written by the csv module: at 100,000 runs, about 7 s of CPU. Here the five tables' rows
 * (runs, tags, params, metric summaries, git; each sorted by run id) are walked together, as
 * _listing_lines.c walks them for `-f json`, and each run's row is written straight into one
 * buffer: the cells as render.text's format_time, format_duration and format_number and
 * render.runs.short_sha write them, the row as csv.writer (QUOTE_MINIMAL, lineterminator
 * "\n") writes it. The JSON of a run's command and resources is parsed (json's scanner) only
 * to be checked, as the store's reads check it.
 *
 * listing_csv(reader, sqls, args, order, params, metrics, scan, today) -> bytes: the rows of
 * the runs of `order` (run ids; those with no row left out), in that order. `sqls`: the
 * statements of SQLiteListing.listing_csv_sql, whose parameters are `args`; `params` and
 * `metrics`: the names of the param and metric columns, each list sorted (code point order,
 * which is UTF-8's byte order: the rows' order by name). `today`: (year, month, day) of the
 * local date that format_time compares with. A row this does not write as the Python path
 * would (a check flag that is false, text that is not UTF-8 or holds a carriage return, a
 * run marked incomplete, a param the listing retypes, a time outside years 1970 to 9999)
 * raises ValueError or TypeError: the caller writes the batch the Python way, which raises
 * the store's error or writes it. tests/test_listing_csv.py holds the bytes to the Python
 * path's.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <limits.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "_metrics_json.h"

#define READER "expctl.transfer._metrics_json.reader"

enum { RUNS, TAGS, PARAMS, SUMMARIES, GIT, TABLES };
/* The columns of each statement: run id first, a check flag last. The params statement gives
 * (run id, name, type, value, text, source, flag); the summaries one the JSON listing's (last
 * at 2); git's (run id, commit, dirty, flag). */
static const int WIDTH[TABLES] = {16, 3, 7, 8, 4};

typedef struct {
    const char *p;
    Py_ssize_t n;
} Name;

typedef struct {
    Name *params, *metrics;
    Py_ssize_t n_params, n_metrics;
    int year, month, day;  /* today, local */
    PyObject *scan;
    Buf scratch;           /* where the command and resources are written, to be checked */
} Csv;

#define fail list_fail

/* A cell of text (valid UTF-8, the caller's to know) as csv.writer writes it: quoted, with
 * its quotes doubled, when it holds a comma, a quote or a newline. A carriage return, which
 * csv quotes or not depending on the Python version, is left to the Python path. */
static int put_cell(Buf *b, const char *p, Py_ssize_t n) {
    int quote = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        char c = p[i];
        if (c == '\r')
            return fail("a carriage return in a cell");
        quote |= c == ',' || c == '"' || c == '\n';
    }
    if (!quote)
        return put(b, p, n);
    if (PUTS(b, "\"") < 0)
        return -1;
    for (Py_ssize_t i = 0, from = 0; i <= n; i++) {
        if (i == n || p[i] == '"') {
            if (put(b, p + from, i - from) < 0 || (i < n && PUTS(b, "\"\"") < 0))
                return -1;
            from = i + 1;
        }
    }
    return PUTS(b, "\"");
}

static int put_text_cell(Buf *b, sqlite3_stmt *s, int col) {
    if (sqlite3_column_type(s, col) != SQLITE_TEXT)
        return fail("a cell that is not text");
    const unsigned char *p = sqlite3_column_text(s, col);
    Py_ssize_t n = sqlite3_column_bytes(s, col);
    if (!p && n)
        return PyErr_NoMemory(), -1;
    if (!valid_utf8(p, n))
        return fail("stored text that is not UTF-8");
    return put_cell(b, p ? (const char *)p : "", n);
}

/* Text that is read but not written (Python's sqlite3 would refuse it when not UTF-8). */
static int check_text(sqlite3_stmt *s, int col) {
    if (sqlite3_column_type(s, col) != SQLITE_TEXT)
        return 0;
    const unsigned char *p = sqlite3_column_text(s, col);
    Py_ssize_t n = sqlite3_column_bytes(s, col);
    return (!p && n) || !valid_utf8(p, n) ? fail("stored text that is not UTF-8") : 0;
}

static int put_int_cell(Buf *b, long long x) {
    char number[24];
    return put(b, number, whole_digits(number, x));
}

/* render.text.format_number of a float. */
static int put_float_cell(Buf *b, double x) {
    if (isnan(x))
        return PUTS(b, "nan");
    if (isinf(x))
        return x > 0 ? PUTS(b, "inf") : PUTS(b, "-inf");
    if (fabs(x) < 1e15 && x == floor(x))
        return put_int_cell(b, (long long)x);  /* str(int(value)); -0.0 is "0" */
    char text[32];
    int n = snprintf(text, sizeof text, "%.4g", x);  /* f"{value:.4g}": both correctly rounded */
    return put(b, text, n);
}

/* format_number of a column's number (NULL: the NaN the store reads it as). */
static int put_number_cell(Buf *b, sqlite3_stmt *s, int col) {
    switch (sqlite3_column_type(s, col)) {
    case SQLITE_INTEGER:
        return put_int_cell(b, sqlite3_column_int64(s, col));
    case SQLITE_FLOAT:
        return put_float_cell(b, sqlite3_column_double(s, col));
    case SQLITE_NULL:
        return PUTS(b, "nan");
    default:
        return fail("a number that is not a number");
    }
}

static int time_column(sqlite3_stmt *s, int col, double *t) {
    int type = sqlite3_column_type(s, col);
    *t = sqlite3_column_double(s, col);
    if ((type != SQLITE_FLOAT && type != SQLITE_INTEGER) || !(*t >= 0 && *t < 253402300800.0))
        return fail("a time that the listing writes another way");
    return 0;
}

/* render.text.format_time: local time, `14:03:12` today, `11-27 14:03` this year, else
 * `2025-11-27`. */
static int put_local_time(Buf *b, sqlite3_stmt *s, const Csv *c) {
    double t;
    if (time_column(s, R_STARTED, &t) < 0)
        return -1;
    time_t whole = (time_t)floor(t);  /* time.localtime rounds a float down */
    struct tm tm;
    if (!localtime_r(&whole, &tm) || tm.tm_year + 1900 > 9999)
        return fail("a time that localtime does not take");
    char text[16];
    int n;
    if (tm.tm_year + 1900 == c->year && tm.tm_mon + 1 == c->month && tm.tm_mday == c->day)
        n = snprintf(text, sizeof text, "%02d:%02d:%02d", tm.tm_hour, tm.tm_min, tm.tm_sec);
    else if (tm.tm_year + 1900 == c->year)
        n = snprintf(text, sizeof text, "%02d-%02d %02d:%02d", tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min);
    else
        n = snprintf(text, sizeof text, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
    return put(b, text, n);
}

/* render.text.format_duration of max(0.0, ended_at - started_at); nothing while running. */
static int put_duration_cell(Buf *b, sqlite3_stmt *s) {
    if (sqlite3_column_type(s, R_ENDED) == SQLITE_NULL)
        return 0;
    double started, ended;
    if (time_column(s, R_STARTED, &started) < 0 || time_column(s, R_ENDED, &ended) < 0)
        return -1;
    double d = ended - started > 0.0 ? ended - started : 0.0;
    char text[40];
    int n;
    if (d < 10) {
        n = snprintf(text, sizeof text, "%.1fs", d);
        return put(b, text, n);
    }
    long long secs = (long long)rint(d);  /* int(round(seconds)): half to even, as rint */
    long long minutes = secs / 60, hours = minutes / 60, days = hours / 24;
    if (secs < 60)
        n = snprintf(text, sizeof text, "%llds", secs);
    else if (minutes < 60)
        n = snprintf(text, sizeof text, "%lldm%02llds", minutes, secs % 60);
    else if (hours < 24)
        n = snprintf(text, sizeof text, "%lldh%02lldm", hours, minutes % 60);
    else
        n = snprintf(text, sizeof text, "%lldd%lldh", days, hours % 24);
    return put(b, text, n);
}

/* render.runs.short_sha: the commit's first 8 characters, `*` when dirty; nothing without one. */
static int put_git_cell(Buf *b, Rows *t, long long id) {
    if (rows_seek(t, id) < 0)
        return -1;
    if (!rows_at(t, id))
        return 0;
    sqlite3_stmt *s = t->stmt;
    if (rows_checked(t) < 0)
        return -1;
    if (sqlite3_column_type(s, 1) == SQLITE_TEXT) {
        const unsigned char *p = sqlite3_column_text(s, 1);
        Py_ssize_t n = sqlite3_column_bytes(s, 1), end = 0;
        if ((!p && n) || !valid_utf8(p, n))
            return fail("stored text that is not UTF-8");
        for (int chars = 0; end < n && chars < 8; chars++)  /* 8 code points */
            for (end++; end < n && (p[end] & 0xC0) == 0x80; end++) {
            }
        if (n && (put_cell(b, (const char *)p, end) < 0
                  || (sqlite3_column_int64(s, 2) != 0 && PUTS(b, "*") < 0)))
            return -1;
    }
    return rows_next(t);
}

static int name_cmp(sqlite3_stmt *s, const Name *name) {
    const void *p = sqlite3_column_text(s, 1);
    Py_ssize_t n = sqlite3_column_bytes(s, 1);
    int order = memcmp(p, name->p, (size_t)(n < name->n ? n : name->n));
    return order ? order : (n > name->n) - (n < name->n);
}

/* A param's cell: format_number of its typed value (the flag says the type is the value's
 * own, or a bool stored as 0 or 1). */
static int put_param_cell(Buf *b, sqlite3_stmt *s) {
    const unsigned char *kind = sqlite3_column_text(s, 2);
    if (kind && sqlite3_column_bytes(s, 2) == 4 && memcmp(kind, "bool", 4) == 0)
        return sqlite3_column_int64(s, 3) ? PUTS(b, "true") : PUTS(b, "false");
    if (sqlite3_column_type(s, 3) == SQLITE_TEXT)
        return put_text_cell(b, s, 3);
    return put_number_cell(b, s, 3);
}

/* The cells of `columns` (sorted as the rows' names) from this run's rows of `t`: each row
 * checked and its name checked; a name no column has is passed over. */
static int put_named_cells(Buf *b, Rows *t, long long id, const Name *columns, Py_ssize_t count,
                           int params) {
    Py_ssize_t column = 0;
    if (rows_seek(t, id) < 0)
        return -1;
    for (; rows_at(t, id); ) {
        sqlite3_stmt *s = t->stmt;
        if (rows_checked(t) < 0 || sqlite3_column_type(s, 1) != SQLITE_TEXT || check_text(s, 1) < 0
            || (params && (check_text(s, 4) < 0 || check_text(s, 5) < 0)))
            return sqlite3_column_type(s, 1) != SQLITE_TEXT ? fail("a name that is not text") : -1;
        int order = 1;
        while (column < count && (order = name_cmp(s, &columns[column])) > 0)
            if (PUTS(b, ",") < 0)
                return -1;
            else
                column++;
        if (column < count && order == 0) {
            if (PUTS(b, ",") < 0 || (params ? put_param_cell(b, s) : put_number_cell(b, s, 2)) < 0)
                return -1;
            column++;
        }
        if (rows_next(t) < 0)
            return -1;
    }
    for (; column < count; column++)
        if (PUTS(b, ",") < 0)
            return -1;
    return 0;
}

static int check_tags(Rows *t, long long id) {
    if (rows_seek(t, id) < 0)
        return -1;
    for (; rows_at(t, id); )
        if (rows_checked(t) < 0 || sqlite3_column_type(t->stmt, 1) != SQLITE_TEXT
            || check_text(t->stmt, 1) < 0 || rows_next(t) < 0)
            return PyErr_Occurred() ? -1 : fail("a tag that is not text");
    return 0;
}

/* The run's other columns, read by the Python path, checked as it checks them. */
static int check_run(sqlite3_stmt *s, Csv *c) {
    static const int texts[] = {R_UUID, R_CWD, R_HOST, R_USER, R_NOTES};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++)
        if (check_text(s, texts[i]) < 0)
            return -1;
    c->scratch.len = 0;
    return put_command(&c->scratch, s, c->scan) < 0 || put_resources(&c->scratch, s, c->scan) < 0 ? -1 : 0;
}

/* The run on the runs statement's row, its csv row (as list_rows and csv.writer write it). */
static int put_run(Buf *b, Rows *tables, long long id, void *how) {
    Csv *c = how;
    sqlite3_stmt *s = tables[RUNS].stmt;
    if (rows_checked(&tables[RUNS]) < 0 || check_run(s, c) < 0 || check_tags(&tables[TAGS], id) < 0
        || put_int_cell(b, id) < 0 || PUTS(b, ",") < 0
        || (sqlite3_column_type(s, R_NAME) != SQLITE_NULL && put_text_cell(b, s, R_NAME) < 0)
        || PUTS(b, ",") < 0 || put_text_cell(b, s, R_EXPERIMENT) < 0
        || PUTS(b, ",") < 0 || put_text_cell(b, s, R_STATUS) < 0
        || PUTS(b, ",") < 0 || put_local_time(b, s, c) < 0
        || PUTS(b, ",") < 0 || put_duration_cell(b, s) < 0
        || PUTS(b, ",") < 0 || put_git_cell(b, &tables[GIT], id) < 0
        || put_named_cells(b, &tables[PARAMS], id, c->params, c->n_params, 1) < 0
        || put_named_cells(b, &tables[SUMMARIES], id, c->metrics, c->n_metrics, 0) < 0)
        return -1;
    return PUTS(b, "\n");
}

/* The UTF-8 of each str of `list` into `names` (PyMem; the str objects keep the text). */
static int read_names(PyObject *list, Name **names, Py_ssize_t *count) {
    if (!PyList_Check(list))
        return PyErr_SetString(PyExc_TypeError, "column names are a list of str"), -1;
    *count = PyList_GET_SIZE(list);
    *names = PyMem_Calloc((size_t)(*count ? *count : 1), sizeof **names);
    if (!*names)
        return PyErr_NoMemory(), -1;
    for (Py_ssize_t i = 0; i < *count; i++) {
        PyObject *name = PyList_GET_ITEM(list, i);
        if (!PyUnicode_Check(name))
            return PyErr_SetString(PyExc_TypeError, "a column name that is not str"), -1;
        if (!((*names)[i].p = PyUnicode_AsUTF8AndSize(name, &(*names)[i].n)))
            return -1;
    }
    return 0;
}

static int read_today(PyObject *today, Csv *c) {
    if (!PyTuple_Check(today) || !PyArg_ParseTuple(today, "iii", &c->year, &c->month, &c->day)) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_TypeError, "today is (year, month, day)");
        return -1;
    }
    return 0;
}

/* The key that tells a param's typed value from another's as repr does (type and repr: 1, 1.0
 * and true differ, so do 0.0 and -0.0), as bytes: the type's first letter, then the value's
 * 8 bytes (int, float) or UTF-8 (str); a bool is its 0 or 1. */
static PyObject *value_key(sqlite3_stmt *s) {
    const unsigned char *kind = sqlite3_column_text(s, 2);
    int type = sqlite3_column_type(s, 3);
    char key[9];
    if (!kind || sqlite3_column_bytes(s, 2) < 3)
        return fail("a param of another type"), NULL;
    key[0] = (char)kind[0];
    if (type == SQLITE_TEXT) {
        const unsigned char *p = sqlite3_column_text(s, 3);
        Py_ssize_t n = sqlite3_column_bytes(s, 3);
        if ((!p && n) || !valid_utf8(p, n))
            return fail("stored text that is not UTF-8"), NULL;
        PyObject *text = PyBytes_FromStringAndSize(NULL, n + 1);
        if (text) {
            PyBytes_AS_STRING(text)[0] = key[0];
            memcpy(PyBytes_AS_STRING(text) + 1, p ? (const char *)p : "", (size_t)n);
        }
        return text;
    }
    if (type == SQLITE_FLOAT) {
        double x = sqlite3_column_double(s, 3);
        memcpy(key + 1, &x, 8);
    } else if (type == SQLITE_INTEGER) {
        long long x = sqlite3_column_int64(s, 3);
        memcpy(key + 1, &x, 8);
    } else {
        return fail("a param value that is not a number or text"), NULL;
    }
    return PyBytes_FromStringAndSize(key, 9);
}

/* One params row into `spread` (name bytes -> [runs with it, first key, second key or None]). */
static int spread_param(sqlite3_stmt *s, PyObject *spread) {
    const unsigned char *name = sqlite3_column_text(s, 1);
    Py_ssize_t n = sqlite3_column_bytes(s, 1);
    if (sqlite3_column_type(s, 1) != SQLITE_TEXT || (!name && n) || !valid_utf8(name, n))
        return fail("a name that is not text");
    PyObject *key = PyBytes_FromStringAndSize(name ? (const char *)name : "", n), *value = NULL;
    PyObject *entry = key ? PyDict_GetItemWithError(spread, key) : NULL;
    int status = -1;
    if (key && (entry || !PyErr_Occurred()) && (value = value_key(s))) {
        if (!entry) {
            entry = Py_BuildValue("[nOO]", (Py_ssize_t)1, value, Py_None);
            status = entry && PyDict_SetItem(spread, key, entry) == 0 ? 0 : -1;
            Py_XDECREF(entry);
        } else {
            Py_ssize_t runs = PyLong_AsSsize_t(PyList_GET_ITEM(entry, 0));
            PyObject *count = runs < 0 ? NULL : PyLong_FromSsize_t(runs + 1);
            status = count ? PyList_SetItem(entry, 0, count) : -1;
            int same = status ? -1 : PyObject_RichCompareBool(PyList_GET_ITEM(entry, 1), value, Py_EQ);
            if (same == 0 && PyList_GET_ITEM(entry, 2) == Py_None) {  /* a second key: enough */
                Py_INCREF(value);
                status = PyList_SetItem(entry, 2, value);
            } else if (same < 0) {
                status = -1;
            }
        }
    }
    Py_XDECREF(key);
    Py_XDECREF(value);
    return status;
}

/* listing_csv_spread(reader, sqls, args, spread, metrics) -> int: for the columns of a batch,
 * as ParamSpread finds them over its runs: each param row (sqls[0]: run id, name, type,
 * value, a flag that says the value is of its type's storage class) counted into `spread`
 * (see spread_param), each summary's name (sqls[1]: run id, name, 1) added to `metrics` (a
 * set of bytes); returns the number of runs (sqls[2]: their ids, 1). A row whose flag is
 * false raises ValueError: the caller finds the columns the Python way. (SQLiteListing's
 * listing_spread_sql.) */
HIDDEN PyObject *listing_csv_spread(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    (void)module;
    static const int widths[3] = {5, 3, 2};
    if (nargs != 5 || !PyTuple_Check(args[1]) || PyTuple_GET_SIZE(args[1]) != 3 || !PyTuple_Check(args[2])
        || !PyDict_Check(args[3]) || !PySet_Check(args[4])) {
        PyErr_SetString(PyExc_TypeError, "listing_csv_spread(reader, sqls: tuple[str x 3], args: tuple, "
                                         "spread: dict, metrics: set, /)");
        return NULL;
    }
    sqlite3 *db = PyCapsule_GetPointer(args[0], READER);
    Rows tables[3] = {{0}};
    Py_ssize_t runs = 0;
    int status = db ? 0 : -1, t = 0;
    for (; status == 0 && t < 3; t++)
        status = rows_open(&tables[t], db, PyTuple_GET_ITEM(args[1], t), args[2], widths[t]);
    for (Rows *p = &tables[0]; status == 0 && p->has_row; )
        status = rows_checked(p) < 0 || spread_param(p->stmt, args[3]) < 0 ? -1 : rows_next(p);
    for (Rows *m = &tables[1]; status == 0 && m->has_row; ) {
        sqlite3_stmt *s = m->stmt;
        const unsigned char *name = sqlite3_column_text(s, 1);
        Py_ssize_t n = sqlite3_column_bytes(s, 1);
        if (rows_checked(m) < 0 || sqlite3_column_type(s, 1) != SQLITE_TEXT || (!name && n) || !valid_utf8(name, n)) {
            status = PyErr_Occurred() ? -1 : fail("a name that is not text");
            break;
        }
        PyObject *key = PyBytes_FromStringAndSize(name ? (const char *)name : "", n);
        status = key && PySet_Add(args[4], key) == 0 ? rows_next(m) : -1;
        Py_XDECREF(key);
    }
    for (Rows *r = &tables[2]; status == 0 && r->has_row; runs++)
        status = rows_checked(r) < 0 ? -1 : rows_next(r);
    for (t = 0; t < 3; t++)
        sqlite3_finalize(tables[t].stmt);
    return status == 0 ? PyLong_FromSsize_t(runs) : NULL;
}

HIDDEN PyObject *listing_csv(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    (void)module;
    if (nargs != 8 || !PyTuple_Check(args[1]) || PyTuple_GET_SIZE(args[1]) != TABLES || !PyTuple_Check(args[2])) {
        PyErr_SetString(PyExc_TypeError,
                        "listing_csv(reader, sqls: tuple[str x 5], args: tuple, order: list[int], "
                        "params: list[str], metrics: list[str], scan, today: tuple, /)");
        return NULL;
    }
    sqlite3 *db = PyCapsule_GetPointer(args[0], READER);
    Csv c = {0};
    c.scan = args[6];
    Rows tables[TABLES] = {{0}};
    Buf lines = {0};
    Line *found = NULL;
    PyObject *result = NULL;
    Py_ssize_t count = -1;
    int t = 0;
    if (db && read_names(args[4], &c.params, &c.n_params) == 0
        && read_names(args[5], &c.metrics, &c.n_metrics) == 0 && read_today(args[7], &c) == 0) {
        for (; t < TABLES; t++)
            if (rows_open(&tables[t], db, PyTuple_GET_ITEM(args[1], t), args[2], WIDTH[t]) < 0)
                break;
        if (t == TABLES)
            count = write_each_run(tables, TABLES, &lines, &found, put_run, &c);
    }
    if (count >= 0)
        result = lines_in_order(args[3], &lines, found, count, "", 0);
    for (t = 0; t < TABLES; t++)
        sqlite3_finalize(tables[t].stmt);
    PyMem_Free(lines.data);
    PyMem_Free(found);
    PyMem_Free(c.params);
    PyMem_Free(c.metrics);
    PyMem_Free(c.scratch.data);
    return result;
}
