/* What expctl.transfer._metrics_json's two sources share: the series of a run's chunk rows and
 * their base64 (_metrics_json.c), used by the writer of whole run lines (_run_lines.c). */
#ifndef EXPCTL_METRICS_JSON_H
#define EXPCTL_METRICS_JSON_H

#include <Python.h>
#include <sqlite3.h>

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

/* A growing buffer, and JSON written into it (_run_lines.c): 0, or -1 with an exception. Its
 * memory is PyMem's, or with `bytes` that bytes object's (a line written in place). */
typedef struct {
    char *data;
    Py_ssize_t len, cap;
    PyObject *bytes;
} Buf;

HIDDEN int grow(Buf *b, Py_ssize_t more);
HIDDEN int put(Buf *b, const char *p, Py_ssize_t n);
#define PUTS(b, literal) put(b, literal, (Py_ssize_t)sizeof(literal) - 1)
HIDDEN int put_utf8(Buf *b, const char *p, Py_ssize_t n);
HIDDEN int put_float(Buf *b, double x);
HIDDEN int whole_digits(char *out, long long v);
HIDDEN int put_b64_text(Buf *b, const unsigned char *data, Py_ssize_t size);
HIDDEN int put_value(Buf *b, PyObject *value, int depth);

/* The kinds of a run line's parts (_run_lines.c says what each writes). */
enum { COLUMN, RAW, ROWS, PARAM_ROWS, LOG_ROWS, SCALARS, NAMED, ONE_ROW, METRICS, DB_OBJECT, DB_HEAD, KINDS };

/* A table that run_lines reads from the store itself (_db_lines.c). */
typedef struct DbTable DbTable;
HIDDEN PyObject *open_reader(PyObject *module, PyObject *const *args, Py_ssize_t nargs);
HIDDEN DbTable *db_table_open(PyObject *reader, PyObject *sql, PyObject *arg);
HIDDEN int db_table_put(Buf *b, DbTable *t, int kind, PyObject *names, long long id);
HIDDEN void db_table_close(DbTable *t);

/* Pieces of _db_lines.c and _run_lines.c that the listing's lines use too (_listing_lines.c). */
HIDDEN int valid_utf8(const unsigned char *p, Py_ssize_t n);
/* sqlite3_step, *has_row set from it; -1 with ValueError("reading the store: ...") on an error. */
HIDDEN int step_rows(sqlite3_stmt *stmt, int *has_row);
HIDDEN int put_text_column(Buf *b, sqlite3_stmt *s, int col);
HIDDEN int put_stmt_column(Buf *b, sqlite3_stmt *s, int col);
HIDDEN PyObject *parse_column(sqlite3_stmt *s, int col, PyObject *scan);
HIDDEN int put_text(Buf *b, PyObject *text);
HIDDEN PyObject *listing_lines(PyObject *module, PyObject *const *args, Py_ssize_t nargs);

/* The listings' walk of a batch's statements, each table's rows in run id order with a check
 * flag last (_listing_lines.c; used by _listing_csv.c too): 0, or -1 with an exception. */
typedef struct {
    sqlite3_stmt *stmt;
    int has_row, width;
} Rows;
HIDDEN int list_fail(const char *why);  /* ValueError(why): the caller writes the batch in Python */
HIDDEN int rows_open(Rows *t, sqlite3 *db, PyObject *sql, PyObject *args, int width);
HIDDEN int rows_next(Rows *t);
HIDDEN int rows_checked(Rows *t);
HIDDEN int rows_seek(Rows *t, long long id);
HIDDEN int rows_at(Rows *t, long long id);
/* A run's line of a listing: lines.data[start:end]. */
typedef struct {
    long long id;
    Py_ssize_t start, end;
} Line;
HIDDEN int add_line(Line **found, Py_ssize_t count, Py_ssize_t *cap, Line line);
/* A listing's line of the run `id` on the runs statement's row (tables[0]), appended to `b`. */
typedef int (*PutRun)(Buf *b, Rows *tables, long long id, void *how);
HIDDEN Py_ssize_t write_each_run(Rows *tables, int count_tables, Buf *lines, Line **found,
                                 PutRun put_run, void *how);
HIDDEN PyObject *lines_in_order(PyObject *order, const Buf *lines, const Line *found, Py_ssize_t count,
                                const char *sep, Py_ssize_t seplen);
/* The columns of the listings' runs statement (SQLiteListing's); the command and resources of
 * its row as the JSON listing writes them, or ValueError where it would not. */
enum { R_ID, R_UUID, R_NAME, R_EXPERIMENT, R_COMMAND, R_CWD, R_STATUS, R_EXIT_CODE, R_SIGNAL,
       R_STARTED, R_ENDED, R_HOST, R_USER, R_NOTES, R_RESOURCES, R_VALID };
HIDDEN int put_command(Buf *b, sqlite3_stmt *s, PyObject *scan);
HIDDEN int put_resources(Buf *b, sqlite3_stmt *s, PyObject *scan);
HIDDEN PyObject *listing_csv(PyObject *module, PyObject *const *args, Py_ssize_t nargs);
HIDDEN PyObject *listing_csv_spread(PyObject *module, PyObject *const *args, Py_ssize_t nargs);

#endif
