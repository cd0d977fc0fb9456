/* expctl.transfer._metrics_json.listing_lines: the lines of `expctl list -f json` for a batch
 * of runs, written from the store's rows by SQLite's C API (the reader of open_reader).
 *
 * In Python (render/listing.py) each run cost a tuple per row fetched, an object per value, a
 * dict for its head and two passes of json's encoder: at 100,000 runs, three quarters of the
 * command's time. Here the four tables' rows (runs, tags, params, metric summaries; each
 * sorted by run id) are walked together and each run's line is written straight into one
 * buffer, as render.listing.listing_json_lines writes it: json's C encoder with
 * ensure_ascii=False and the separators ", " and ": ", times as render.text.iso_time writes
 * them. Only the JSON text of a run's command and resources goes through Python (json's
 * scanner, as the store's reads parse it).
 *
 * listing_lines(reader, sqls, args, order, format_version) -> bytes: the lines of the runs of
 * `order` (run ids; those with no row left out), joined by ",\n  " as emit_json_lines joins
 * them. `sqls`: the statements of SQLiteListing.listing_sql, whose parameters are `args` (ints
 * or str). A row this does not write as the Python path would (a check flag that is false,
 * text that is not UTF-8, a param the listing retypes, notes longer than the preview, a time
 * outside years 1970 to 9999, JSON of another shape) raises ValueError or TypeError: the
 * caller writes the batch the Python way, which raises the store's error or writes it.
 * tests/test_listing_lines.py holds the bytes to the Python path's.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <limits.h>
#include <math.h>
#include <sqlite3.h>
#include <string.h>
#include <time.h>

#include "_metrics_json.h"

#define READER "expctl.transfer._metrics_json.reader"

enum { RUNS, TAGS, PARAMS, SUMMARIES, TABLES };
/* The columns of each statement: run id first, a check flag last. */
static const int WIDTH[TABLES] = {16, 3, 4, 8};

HIDDEN int list_fail(const char *why) {
    PyErr_SetString(PyExc_ValueError, why);
    return -1;
}

#define fail list_fail

HIDDEN int rows_next(Rows *t) {
    return step_rows(t->stmt, &t->has_row);
}

/* The row's check flag (its last column) must be true. */
HIDDEN int rows_checked(Rows *t) {
    if (sqlite3_column_type(t->stmt, 0) != SQLITE_INTEGER || !sqlite3_column_int(t->stmt, t->width - 1))
        return fail("a row that fails the store's check");
    return 0;
}

HIDDEN int rows_open(Rows *t, sqlite3 *db, PyObject *sql, PyObject *args, int width) {
    Py_ssize_t size;
    const char *text = PyUnicode_Check(sql) ? PyUnicode_AsUTF8AndSize(sql, &size) : NULL;
    t->width = width;
    if (!text)
        return PyErr_Occurred() ? -1 : fail("a statement that is not text");
    if (sqlite3_prepare_v2(db, text, (int)size, &t->stmt, NULL) != SQLITE_OK || !t->stmt)
        return PyErr_Format(PyExc_ValueError, "reading the store: %s", sqlite3_errmsg(db)), -1;
    if (sqlite3_column_count(t->stmt) != width)
        return fail("a statement with other columns than the listing's");
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(args); i++) {
        PyObject *arg = PyTuple_GET_ITEM(args, i);
        int rc;
        if (PyLong_CheckExact(arg)) {
            long long value = PyLong_AsLongLong(arg);
            if (value == -1 && PyErr_Occurred())
                return -1;
            rc = sqlite3_bind_int64(t->stmt, (int)i + 1, value);
        } else if (PyUnicode_Check(arg)) {
            const char *p = PyUnicode_AsUTF8AndSize(arg, &size);
            if (!p)
                return -1;
            rc = sqlite3_bind_text(t->stmt, (int)i + 1, p, (int)size, SQLITE_TRANSIENT);
        } else {
            return fail("a statement's argument that is not an int or str");
        }
        if (rc != SQLITE_OK)
            return PyErr_Format(PyExc_ValueError, "reading the store: %s", sqlite3_errmsg(db)), -1;
    }
    return rows_next(t);
}

/* Move `t` to run `id`'s first row: the rows of runs before it (none, in a store: the tables'
 * keys refer to runs) are checked and passed over, as the Python path checks them. */
HIDDEN int rows_seek(Rows *t, long long id) {
    while (t->has_row && sqlite3_column_int64(t->stmt, 0) < id)
        if (rows_checked(t) < 0 || rows_next(t) < 0)
            return -1;
    return 0;
}

HIDDEN int rows_at(Rows *t, long long id) {
    return t->has_row && sqlite3_column_int64(t->stmt, 0) == id;
}

static int put_int64(Buf *b, long long x) {
    char number[24];
    return put(b, number, whole_digits(number, x));
}

/* A time as render.text.iso_time writes it: UTC, milliseconds cut (not rounded), or null. */
static int put_iso_time(Buf *b, sqlite3_stmt *s, int col) {
    int type = sqlite3_column_type(s, col);
    if (type == SQLITE_NULL)
        return PUTS(b, "null");
    double t = sqlite3_column_double(s, col);
    if (type != SQLITE_FLOAT || !(t >= 0 && t < 253402300800.0))  /* 1970 to 9999: %Y is 4 digits */
        return fail("a time that the listing writes another way");
    time_t whole = (time_t)floor(t);  /* time.gmtime rounds a float down */
    struct tm tm;
    if (!gmtime_r(&whole, &tm))
        return fail("a time that gmtime does not take");
    int ms = (int)(fmod(t, 1.0) * 1000);  /* int((epoch % 1) * 1000), epoch >= 0: 999 at most */
    char text[26] = "\"0000-00-00T00:00:00.000Z\"";  /* strftime's fields, written by hand */
    int fields[7] = {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, ms};
    static const int ends[7] = {4, 7, 10, 13, 16, 19, 23}, widths[7] = {4, 2, 2, 2, 2, 2, 3};
    for (int f = 0; f < 7; f++)
        for (int k = 0, v = fields[f]; k < widths[f]; k++, v /= 10)
            text[ends[f] - k] = (char)('0' + v % 10);
    return put(b, text, 26);
}

/* duration_s: max(0.0, ended_at - started_at), or null while the run has not ended. */
static int put_duration(Buf *b, sqlite3_stmt *s) {
    if (sqlite3_column_type(s, R_ENDED) == SQLITE_NULL)
        return PUTS(b, "null");
    double d = sqlite3_column_double(s, R_ENDED) - sqlite3_column_double(s, R_STARTED);
    return put_float(b, d > 0.0 ? d : 0.0);
}

/* The command: JSON text of a list of str, written again with ", " between the words. */
HIDDEN int put_command(Buf *b, sqlite3_stmt *s, PyObject *scan) {
    if (sqlite3_column_type(s, R_COMMAND) != SQLITE_TEXT)
        return fail("a command that is not JSON text");
    PyObject *words = parse_column(s, R_COMMAND, scan);
    if (!words)
        return -1;
    int status = PyList_CheckExact(words) ? PUTS(b, "[") : fail("a command that is not a list");
    for (Py_ssize_t i = 0; status == 0 && i < PyList_GET_SIZE(words); i++) {
        PyObject *word = PyList_GET_ITEM(words, i);
        status = !PyUnicode_CheckExact(word) ? fail("a word that is not text")
                 : (i && PUTS(b, ", ") < 0) || put_text(b, word) < 0 ? -1 : 0;
    }
    Py_DECREF(words);
    return status < 0 ? -1 : PUTS(b, "]");
}

/* The resources: JSON text of an object of numbers and nulls (as the store's fast read takes
 * it), written again with ", " and ": "; {} when NULL or empty, as checks.run_row has it. */
HIDDEN int put_resources(Buf *b, sqlite3_stmt *s, PyObject *scan) {
    int type = sqlite3_column_type(s, R_RESOURCES);
    if (type == SQLITE_NULL || (type == SQLITE_TEXT && sqlite3_column_bytes(s, R_RESOURCES) == 0))
        return PUTS(b, "{}");
    if (type != SQLITE_TEXT)
        return fail("resources that are not JSON text");
    PyObject *used = parse_column(s, R_RESOURCES, scan), *key, *value;
    if (!used)
        return -1;
    int status = PyDict_CheckExact(used) ? PUTS(b, "{") : fail("resources that are not an object");
    Py_ssize_t at = 0;
    for (int first = 1; status == 0 && PyDict_Next(used, &at, &key, &value); first = 0) {
        if (!PyUnicode_CheckExact(key) || PyUnicode_CompareWithASCIIString(key, "incomplete") == 0
            || !(value == Py_None || PyLong_CheckExact(value) || PyFloat_CheckExact(value)))
            status = fail("resources of another shape than the listing writes");
        else if ((!first && PUTS(b, ", ") < 0) || put_text(b, key) < 0 || PUTS(b, ": ") < 0
                 || put_value(b, value, 0) < 0)
            status = -1;
    }
    Py_DECREF(used);
    return status < 0 ? -1 : PUTS(b, "}");
}

static int put_name(Buf *b, sqlite3_stmt *s) {
    if (sqlite3_column_type(s, 1) != SQLITE_TEXT)
        return fail("a name that is not text");
    return put_text_column(b, s, 1) < 0 || PUTS(b, ": ") < 0 ? -1 : 0;
}

static int put_tags(Buf *b, Rows *t, long long id) {
    if (rows_seek(t, id) < 0 || PUTS(b, "[") < 0)
        return -1;
    for (int first = 1; rows_at(t, id); first = 0) {
        if (rows_checked(t) < 0 || sqlite3_column_type(t->stmt, 1) != SQLITE_TEXT)
            return fail("a tag that is not text");
        if ((!first && PUTS(b, ", ") < 0) || put_text_column(b, t->stmt, 1) < 0 || rows_next(t) < 0)
            return -1;
    }
    return PUTS(b, "]");
}

/* {name: value}: the rows' values as they come (the flag says the listing takes them so). */
static int put_params(Buf *b, Rows *t, long long id) {
    if (rows_seek(t, id) < 0 || PUTS(b, "{") < 0)
        return -1;
    for (int first = 1; rows_at(t, id); first = 0) {
        if (rows_checked(t) < 0 || (!first && PUTS(b, ", ") < 0) || put_name(b, t->stmt) < 0
            || put_stmt_column(b, t->stmt, 2) < 0 || rows_next(t) < 0)
            return -1;
    }
    return PUTS(b, "}");
}

/* A summary's number as json_number leaves it: NaN and the infinities as null. */
static int put_summary_number(Buf *b, sqlite3_stmt *s, int col) {
    if (sqlite3_column_type(s, col) == SQLITE_FLOAT && !isfinite(sqlite3_column_double(s, col)))
        return PUTS(b, "null");
    return put_stmt_column(b, s, col);
}

static int put_summaries(Buf *b, Rows *t, long long id) {
    static const char *keys[] = {"{\"last\": ", ", \"min\": ", ", \"max\": ", ", \"count\": ", ", \"last_step\": "};
    if (rows_seek(t, id) < 0 || PUTS(b, "{") < 0)
        return -1;
    for (int first = 1; rows_at(t, id); first = 0) {
        sqlite3_stmt *s = t->stmt;
        if (rows_checked(t) < 0 || (!first && PUTS(b, ", ") < 0) || put_name(b, s) < 0)
            return -1;
        for (int k = 0; k < 5; k++)
            if (put(b, keys[k], (Py_ssize_t)strlen(keys[k])) < 0
                || (k == 3 ? put_stmt_column(b, s, 2 + k) : put_summary_number(b, s, 2 + k)) < 0)
                return -1;
        if (PUTS(b, "}") < 0 || rows_next(t) < 0)
            return -1;
    }
    return PUTS(b, "}");
}

static int put_key_column(Buf *b, const char *key, sqlite3_stmt *s, int col) {
    return put(b, key, (Py_ssize_t)strlen(key)) < 0 || put_stmt_column(b, s, col) < 0 ? -1 : 0;
}

typedef struct {
    int version;
    PyObject *scan;
} Json;

/* The run on the runs statement's row, its line (as listing_json_lines writes it). */
static int put_run(Buf *b, Rows *tables, long long id, void *how) {
    int version = ((Json *)how)->version;
    PyObject *scan = ((Json *)how)->scan;
    sqlite3_stmt *s = tables[RUNS].stmt;
    char head[64];
    if (rows_checked(&tables[RUNS]) < 0)
        return -1;
    if (put(b, head, snprintf(head, sizeof head, "{\"format_version\": %d, \"id\": ", version)) < 0
        || put_int64(b, id) < 0
        || put_key_column(b, ", \"uuid\": ", s, R_UUID) < 0 || put_key_column(b, ", \"name\": ", s, R_NAME) < 0
        || put_key_column(b, ", \"experiment\": ", s, R_EXPERIMENT) < 0
        || put_key_column(b, ", \"status\": ", s, R_STATUS) < 0
        || put_key_column(b, ", \"exit_code\": ", s, R_EXIT_CODE) < 0
        || put_key_column(b, ", \"signal\": ", s, R_SIGNAL) < 0
        || PUTS(b, ", \"command\": ") < 0 || put_command(b, s, scan) < 0
        || put_key_column(b, ", \"cwd\": ", s, R_CWD) < 0 || put_key_column(b, ", \"host\": ", s, R_HOST) < 0
        || put_key_column(b, ", \"user\": ", s, R_USER) < 0
        || PUTS(b, ", \"started_at\": ") < 0 || put_iso_time(b, s, R_STARTED) < 0
        || PUTS(b, ", \"ended_at\": ") < 0 || put_iso_time(b, s, R_ENDED) < 0
        || PUTS(b, ", \"duration_s\": ") < 0 || put_duration(b, s) < 0
        || PUTS(b, ", \"tags\": ") < 0 || put_tags(b, &tables[TAGS], id) < 0
        || put_key_column(b, ", \"notes\": ", s, R_NOTES) < 0
        || PUTS(b, ", \"params\": ") < 0 || put_params(b, &tables[PARAMS], id) < 0
        || PUTS(b, ", \"metrics\": ") < 0 || put_summaries(b, &tables[SUMMARIES], id) < 0
        || PUTS(b, ", \"resources\": ") < 0 || put_resources(b, s, scan) < 0)
        return -1;
    return PUTS(b, "}");
}

/* Line `line` as found[count], `found` grown as needed (`cap`: its room). */
HIDDEN int add_line(Line **found, Py_ssize_t count, Py_ssize_t *cap, Line line) {
    if (count == *cap) {
        Py_ssize_t more_cap = *cap ? 2 * *cap : 1024;
        Line *more = PyMem_Realloc(*found, (size_t)more_cap * sizeof **found);
        if (!more)
            return PyErr_NoMemory(), -1;
        *found = more;
        *cap = more_cap;
    }
    (*found)[count] = line;
    return 0;
}

/* Every run of the statements' rows (tables[0]: the runs, the other `count_tables - 1` keyed
 * by run id), in id order, into `lines` by `put_run` (`found`: one Line each). The JSON and
 * the csv listing's loop. */
HIDDEN Py_ssize_t write_each_run(Rows *tables, int count_tables, Buf *lines, Line **found,
                                 PutRun put_run, void *how) {
    Py_ssize_t count = 0, cap = 0;
    Rows *runs = &tables[0];
    long long last = 0;
    for (; runs->has_row; count++) {
        if (sqlite3_column_type(runs->stmt, R_ID) != SQLITE_INTEGER)
            return fail("a run id that is not an integer");
        long long id = sqlite3_column_int64(runs->stmt, R_ID);
        if (count && id <= last)
            return fail("runs not in the order of their ids");
        Py_ssize_t start = lines->len;
        if (put_run(lines, tables, id, how) < 0 || rows_next(runs) < 0
            || add_line(found, count, &cap, (Line){id, start, lines->len}) < 0)
            return -1;
        last = id;
    }
    for (int t = 1; t < count_tables; t++)  /* rows after the last run are checked too */
        if (rows_seek(&tables[t], LLONG_MAX) < 0 || (tables[t].has_row && rows_checked(&tables[t]) < 0))
            return -1;
    return count;
}

static const Line *find_line(const Line *lines, Py_ssize_t count, long long id) {
    Py_ssize_t low = 0, high = count;
    while (low < high) {
        Py_ssize_t mid = low + (high - low) / 2;
        if (lines[mid].id < id)
            low = mid + 1;
        else
            high = mid;
    }
    return low < count && lines[low].id == id ? &lines[low] : NULL;
}

/* The lines in the order of `order`, joined by `sep` (`seplen` bytes). */
HIDDEN PyObject *lines_in_order(PyObject *order, const Buf *lines, const Line *found, Py_ssize_t count,
                                const char *sep, Py_ssize_t seplen) {
    Buf out = {0};
    PyObject *ids = PySequence_Fast(order, "the order is a list of run ids");
    if (!ids)
        return NULL;
    int status = 0, any = 0;
    for (Py_ssize_t i = 0; status == 0 && i < PySequence_Fast_GET_SIZE(ids); i++) {
        long long id = PyLong_AsLongLong(PySequence_Fast_GET_ITEM(ids, i));
        if (id == -1 && PyErr_Occurred()) {
            status = -1;
            break;
        }
        const Line *line = find_line(found, count, id);
        if (line && ((any && put(&out, sep, seplen) < 0)
                     || put(&out, lines->data + line->start, line->end - line->start) < 0))
            status = -1;
        any |= line != NULL;
    }
    Py_DECREF(ids);
    PyObject *result = status == 0 ? PyBytes_FromStringAndSize(out.data ? out.data : "", out.len) : NULL;
    PyMem_Free(out.data);
    return result;
}

HIDDEN PyObject *listing_lines(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    (void)module;
    if (nargs != 6 || !PyTuple_Check(args[1]) || PyTuple_GET_SIZE(args[1]) != TABLES || !PyTuple_Check(args[2])
        || !PyLong_Check(args[4])) {
        PyErr_SetString(PyExc_TypeError,
                        "listing_lines(reader, sqls: tuple[str x 4], args: tuple, order: list[int], "
                        "format_version: int, scan, /)");
        return NULL;
    }
    sqlite3 *db = PyCapsule_GetPointer(args[0], READER);
    int version = PyLong_AsLong(args[4]);
    if (!db || (version == -1 && PyErr_Occurred()))
        return NULL;
    Rows tables[TABLES] = {{0}};
    Buf lines = {0};
    Line *found = NULL;
    PyObject *result = NULL;
    Py_ssize_t count = -1;
    int t = 0;
    for (; t < TABLES; t++)
        if (rows_open(&tables[t], db, PyTuple_GET_ITEM(args[1], t), args[2], WIDTH[t]) < 0)
            break;
    if (t == TABLES)
        count = write_each_run(tables, TABLES, &lines, &found, put_run, &(Json){version, args[5]});
    if (count >= 0)
        result = lines_in_order(args[3], &lines, found, count, ",\n  ", 4);
    for (t = 0; t < TABLES; t++)
        sqlite3_finalize(tables[t].stmt);
    PyMem_Free(lines.data);
    PyMem_Free(found);
    return result;
}
