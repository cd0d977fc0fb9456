/* The candidate-line scan of expctl.metrics.parser, compiled: which lines of a block of ASCII
 * output may hold a metric. Exactly `grammar.may_hold_metrics`, line by line: the candidate
 * rules of expctl/metrics/grammar.py (COLON_NUMBER, EQUALS_NUMBER, TAB_FIELD, ENDS_IN_NUMBER,
 * ENDS_IN_SENTENCE, ENDS_IN_CODE, ENDS_IN_ASIDE, ENDS_IN_ITEMS, ENDS_IN_UNIT, ENDS_IN_TENSOR,
 * ENDS_IN_NONFINITE, ENDS_IN_STEP_COUNT, ENDS_IN_INTERVAL, ENDS_IN_BAR_ASIDE, ENDS_IN_DURATION,
 * OPENS_WITH_VALUE, OPENS_OBJECT; their table and reasons are there). Their characters are the GRAMMAR block below, generated from that module; how the
 * rules combine them is this file's, checked against `may_hold_metrics` on generated lines and
 * on every corpus line by tests/test_metrics_scans.py.
 *
 * The scan runs without the GIL, so the thread pumping the child's output keeps going
 * meanwhile. The regex scans of scan.py (derived from the same module) stand in when this
 * module is not built.
 */
#define _GNU_SOURCE  /* memmem */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* BEGIN GRAMMAR: generated from expctl/metrics/grammar.py by
 * `python -m expctl.metrics.write_scan_grammar`; tests/test_metrics_scans.py fails when stale. */
#define GRAMMAR_SPACE " \011\013\014\015\034\035\036\037"  /* SPACE, ASCII, without the newline */
#define GRAMMAR_NUMBER_START "-+.0123456789nNiI"
#define GRAMMAR_END_MARKS "%|"  /* beside a digit */
#define GRAMMAR_TABLE_BARS "|"
#define GRAMMAR_DECORATION "=\052\043\176-"
#define GRAMMAR_DASH_CELLS 8
#define GRAMMAR_TAB_AFTER "]:"
#define GRAMMAR_HEADING_END ':'
#define GRAMMAR_MARKS ":=]{\076"  /* found by memchr, then checked */
#define GRAMMAR_UNIT_LETTERS 3
#define GRAMMAR_RATE_LETTERS 5
#define GRAMMAR_RATE_UNIT_LETTERS 8
#define GRAMMAR_ASIDE_REACH 40
#define GRAMMAR_WORD_CELL_LETTERS 12
#define GRAMMAR_WORD_CELLS_REACH 62
#define GRAMMAR_LABEL_CELL_LETTERS 40
#define GRAMMAR_LABEL_MARKS "\137.\057-0123456789"  /* LABEL_CELL, besides letters */
#define GRAMMAR_TENSOR_ENDS "\051\175"
#define GRAMMAR_TENSOR_CALL "tensor("
#define GRAMMAR_PAIRS_END "\051]\051"  /* ENDS_IN_PAIRS, after a digit */
#define GRAMMAR_OBJECT_OPEN '{'
#define GRAMMAR_OBJECT_CELLS 6
#define GRAMMAR_LATEX_RULES 2
#define GRAMMAR_LATEX_RULE_LETTERS 12
#define GRAMMAR_OBJECT_REACH 40
#define GRAMMAR_NONFINITE "nan|inf|infinity"  /* lower case */
#define GRAMMAR_STEP_COUNT_WORDS "epoch|step|iteration|iter|round|generation|episode"  /* + 's' */
#define GRAMMAR_DURATION_WORDS "second|sec|minute|min|hour"  /* + 's' */
/* END GRAMMAR */

static unsigned char is_space[256];  /* GRAMMAR_SPACE */
static unsigned char starts_number[256];  /* GRAMMAR_NUMBER_START */
static unsigned char end_mark[256];  /* GRAMMAR_END_MARKS: a candidate's last character */
static unsigned char table_bar[256];  /* GRAMMAR_TABLE_BARS */
static unsigned char decoration[256];  /* GRAMMAR_DECORATION */
static unsigned char tab_after[256];  /* GRAMMAR_TAB_AFTER (a table: no strchr call per mark) */
static unsigned char tensor_end[256];  /* GRAMMAR_TENSOR_ENDS (no strchr call per line) */
static unsigned char mark_char[256];  /* GRAMMAR_MARKS */
static unsigned char label_char[256];  /* LABEL_CELL: ASCII letters and GRAMMAR_LABEL_MARKS */
/* GRAMMAR_NONFINITE's words, their sizes and their last three letters packed (a word has
 * three or more), for ENDS_IN_NONFINITE's test without a string search per line. */
#define NONFINITE_MOST 8
static const char *nonfinite_word[NONFINITE_MOST];
static Py_ssize_t nonfinite_size[NONFINITE_MOST];
static unsigned nonfinite_tail[NONFINITE_MOST];
static int nonfinite_count;
/* Bit i set: word i's last letter (nonfinite_last), its last but one (nonfinite_next), any case:
 * a line's last two bytes rule out most lines ending in a letter with two look-ups. */
static unsigned char nonfinite_last[256], nonfinite_next[256];

static void mark_all(unsigned char *table, const char *chars) {
    for (const char *c = chars; *c; c++) table[(unsigned char)*c] = 1;
}

static void init_tables(void) {
    mark_all(is_space, GRAMMAR_SPACE);
    mark_all(starts_number, GRAMMAR_NUMBER_START);
    mark_all(end_mark, GRAMMAR_END_MARKS);
    mark_all(table_bar, GRAMMAR_TABLE_BARS);
    mark_all(decoration, GRAMMAR_DECORATION);
    mark_all(tab_after, GRAMMAR_TAB_AFTER);
    mark_all(tensor_end, GRAMMAR_TENSOR_ENDS);
    mark_all(mark_char, GRAMMAR_MARKS);
    mark_all(label_char, GRAMMAR_LABEL_MARKS);
    for (int c = 'a'; c <= 'z'; c++) label_char[c] = label_char[c - 32] = 1;
    for (const char *word = GRAMMAR_NONFINITE; *word && nonfinite_count < NONFINITE_MOST;) {
        size_t size = strcspn(word, "|");
        const unsigned char *tail = (const unsigned char *)word + size - 3;
        nonfinite_word[nonfinite_count] = word;
        nonfinite_size[nonfinite_count] = (Py_ssize_t)size;
        nonfinite_tail[nonfinite_count] = (unsigned)tail[0] << 16 | tail[1] << 8 | tail[2];
        for (int upper = 0; upper < 2; upper++) {  /* lower case, then upper */
            nonfinite_last[tail[2] - 32 * upper] |= (unsigned char)(1u << nonfinite_count);
            nonfinite_next[tail[1] - 32 * upper] |= (unsigned char)(1u << nonfinite_count);
        }
        nonfinite_count++;
        word += size + (word[size] == '|');
    }
}

/* The candidate lines found so far: at most `most`, then `full`. */
typedef struct {
    Py_ssize_t *starts;
    Py_ssize_t count, most;
    int full;
} Found;

static void add(Found *found, Py_ssize_t line) {
    for (Py_ssize_t i = 0; i < found->count; i++)
        if (found->starts[i] == line) return;
    if (found->count == found->most) found->full = 1;
    else found->starts[found->count++] = line;
}

static Py_ssize_t line_start(const unsigned char *text, Py_ssize_t start, Py_ssize_t at) {
    while (at > start && text[at - 1] != '\n') at--;
    return at;
}

static inline int is_digit(unsigned char c);
static inline int is_letter(unsigned char c);

/* VALUE_FIRST: does the line of the "=" at text[at] (a space and a letter after it) open with a
 * value, SPACE around it: "  0.9341  = Validation score"? */
static int value_first(const unsigned char *text, Py_ssize_t start, Py_ssize_t at) {
    Py_ssize_t b = at;
    while (b > start && is_space[text[b - 1]]) b--;
    if (b == start || !is_digit(text[b - 1])) return 0;
    while (b > start && (is_digit(text[b - 1]) || text[b - 1] == '.')) b--;
    if (b > start && (text[b - 1] == '-' || text[b - 1] == '+')) b--;
    while (b > start && is_space[text[b - 1]]) b--;
    return b == start || text[b - 1] == '\n';
}

/* Does the rule that starts at the mark text[at] hold, within its line (which ends at `end` or
 * at a newline)? OPENS_OBJECT, TAB_FIELD, COLON_NUMBER, EQUALS_NUMBER, ARROW_NUMBER. */
static int rule_holds(const unsigned char *text, Py_ssize_t start, Py_ssize_t at, Py_ssize_t end) {
    unsigned char mark = text[at];
    Py_ssize_t next = at + 1;
    if (mark == '>') {  /* ARROW_NUMBER: "->", SPACE*, a number's start: "(0.23 --> 0.16)" */
        if (at == start || text[at - 1] != '-') return 0;
        while (next < end && is_space[text[next]]) next++;
        return next < end && starts_number[text[next]];
    }
    if (mark == GRAMMAR_OBJECT_OPEN) {  /* the first character of its line that is not a space */
        Py_ssize_t line = line_start(text, start, at);
        while (line < at && is_space[text[line]]) line++;
        return line == at;
    }
    if (tab_after[mark] && next < end && text[next] == '\t') return 1;
    if (mark != ':' && mark != '=') return 0;
    while (next < end && is_space[text[next]]) next++;
    if ((mark == '=' || next > at + 1) && next < end && starts_number[text[next]]) return 1;
    return mark == '=' && next > at + 1 && next < end && is_letter(text[next])
           && value_first(text, start, at);
}

static inline int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static inline int is_letter(unsigned char c) { return (unsigned char)((c | 0x20) - 'a') < 26; }

/* OPENS_WITH_CELLS: does the line text[line:stop] open with SPACE (one at least), a cell of
 * digits (dots and slashes after the first), two SPACE or more and a number: a table's row whose
 * last column is text, its first cell set right ("  3001    0.002    0.048 gen.py:36(f)")? */
static inline int opens_with_cells(const unsigned char *text, Py_ssize_t line, Py_ssize_t stop) {
    Py_ssize_t at = line;
    while (at < stop && is_space[text[at]]) at++;
    if (at == line || at == stop || !is_digit(text[at])) return 0;
    while (at < stop && (is_digit(text[at]) || text[at] == '.' || text[at] == '/')) at++;
    if (at + 2 > stop || !is_space[text[at]] || !is_space[text[at + 1]]) return 0;
    while (at < stop && is_space[text[at]]) at++;
    if (at < stop && (text[at] == '-' || text[at] == '+')) at++;
    return at < stop && is_digit(text[at]);
}

/* ENDS_IN_NONFINITE: does the line text[line:stop] (not empty, no trailing space) end in a
 * space, an optional sign and one of GRAMMAR_NONFINITE's words in any case ("ll change inf",
 * "| loss  NaN")? */
static int ends_nonfinite_word(const unsigned char *text, Py_ssize_t line, Py_ssize_t stop) {
    if (stop - line < 4) return 0;
    unsigned tail = (unsigned)(text[stop - 3] | 0x20) << 16 | (text[stop - 2] | 0x20) << 8
                    | (text[stop - 1] | 0x20);
    for (int i = 0; i < nonfinite_count; i++) {
        if (tail != nonfinite_tail[i]) continue;
        Py_ssize_t size = nonfinite_size[i], at = stop - size, k = 0;
        while (at > line && k < size - 3
               && (text[at + k] | 0x20) == (unsigned char)nonfinite_word[i][k]) k++;
        if (at <= line || k < size - 3) continue;
        at--;  /* the byte before the word */
        if ((text[at] == '-' || text[at] == '+') && at > line) at--;
        if (is_space[text[at]]) return 1;
    }
    return 0;
}

/* `ends_nonfinite_word`, called only for the few lines whose last two letters end a word. */
static inline int ends_nonfinite(const unsigned char *text, Py_ssize_t line, Py_ssize_t stop) {
    return stop - line >= 4 && (nonfinite_last[text[stop - 1]] & nonfinite_next[text[stop - 2]])
           && ends_nonfinite_word(text, line, stop);
}

/* ENDS_IN_ASIDE's second form: text[line:stop] (trailing whitespace cut) ends in an aside
 * opened by a digit, "(8 runs sampled)": a "(", a digit, up to GRAMMAR_ASIDE_REACH characters
 * that are no parenthesis, and the closing ")". */
static inline int counted_aside(const unsigned char *text, Py_ssize_t line, Py_ssize_t stop) {
    for (Py_ssize_t at = stop - 2; at >= line && at >= stop - 3 - GRAMMAR_ASIDE_REACH; at--) {
        if (text[at] == ')') return 0;
        if (text[at] == '(') return at + 1 < stop - 1 && is_digit(text[at + 1]);
    }
    return 0;
}

/* Are text[at:stop] (letters) all capitals: R's logical and missing cells, "FALSE", "NA"? */
static inline int all_capitals(const unsigned char *text, Py_ssize_t at, Py_ssize_t stop) {
    for (; at < stop; at++)
        if (text[at] < 'A' || text[at] > 'Z') return 0;
    return 1;
}

/* The start of the run of one to GRAMMAR_WORD_CELL_LETTERS ASCII letters (one '/' among them: a unit) that ends at `stop`
 * after a column gap (two or more spaces or tabs, or one tab), and where the gap starts; 0
 * when there is none. ENDS_IN_WORD_CELLS's cell: "True", "log". */
static inline Py_ssize_t word_cell_gap(const unsigned char *text, Py_ssize_t line, Py_ssize_t stop) {
    Py_ssize_t at = stop, limit = stop - GRAMMAR_WORD_CELL_LETTERS - 1;
    if (limit < line) limit = line;
    while (at > limit && is_letter(text[at - 1])) at--;
    if (at < stop && at - 1 > limit && text[at - 1] == '/' && is_letter(text[at - 2])) {
        at--;  /* UNIT_CELL: a unit "J/K", one '/' between letters */
        while (at > limit && is_letter(text[at - 1])) at--;
    } else if (at < stop && at - 1 > limit && text[at - 1] == '\\') {
        at--;  /* TRAILING_LABEL: a LaTeX symbol "\\Omega" */
    }
    if (at == stop || at == limit) return 0;  /* no word, or one too long (or the whole line) */
    unsigned char c = text[at - 1];
    if (c != ' ' && c != '\t') return 0;  /* the usual end of prose: a word glued to a mark */
    Py_ssize_t gap = at - 1;
    while (gap > line && (text[gap - 1] == ' ' || text[gap - 1] == '\t')) gap--;
    if (at - gap < 2 && c != '\t' && !all_capitals(text, at, stop))
        return 0;  /* one space: a sentence goes on; but R's "0 FALSE", "NA": a cell */
    return gap;
}

/* MISSING_CELLS: does text[line:stop] open with a row's number (spaces, up to 7 digits, a
 * space), as a tibble's rows do? Only there are R's "NA" cells no words. */
static int opens_with_row_number(const unsigned char *text, Py_ssize_t line, Py_ssize_t stop) {
    Py_ssize_t at = line;
    while (at < stop && text[at] == ' ') at++;
    Py_ssize_t digits = at;
    while (at < stop && is_digit(text[at])) at++;
    return at > digits && at - digits <= 7 && at < stop && text[at] == ' ';
}

/* ENDS_IN_WORD_CELLS: does text[line:stop] (no trailing space) end in one or two word cells
 * after a number's last digit (or its "%"): a table row's text columns ("0.35   True   log")? */
static int ends_in_word_cells(const unsigned char *text, Py_ssize_t line, Py_ssize_t stop) {
    Py_ssize_t end = stop;
    for (int words = 0; words < 2 && end - stop < GRAMMAR_WORD_CELLS_REACH;) {
        Py_ssize_t gap = word_cell_gap(text, line, stop);
        if (gap <= line) return 0;
        Py_ssize_t digit = text[gap - 1] == '%' ? gap - 2 : gap - 1;
        if (digit >= line && is_digit(text[digit])) return end - digit <= GRAMMAR_WORD_CELLS_REACH;
        /* MISSING_CELLS: R's "NA" cells close a numbered row beside its two words ("0.576  NA  NA") */
        words += !(text[stop - 2] == 'N' && text[stop - 1] == 'A' && is_space[text[stop - 3]]
                   && opens_with_row_number(text, line, end));
        stop = gap;
    }
    return 0;
}

/* LABEL_CELL: does text[line:stop] (no trailing space, a letter last) end in one label (a
 * letter, then letters, digits and GRAMMAR_LABEL_MARKS, up to GRAMMAR_LABEL_CELL_LETTERS) after
 * a column gap (two or more spaces or tabs, or one tab), after a number's last digit (or its
 * "%") among the line's last GRAMMAR_WORD_CELLS_REACH bytes: "0.0539 +- 0.0231  color_intensity"? */
static int ends_in_label_cell(const unsigned char *text, Py_ssize_t line, Py_ssize_t stop) {
    Py_ssize_t at = stop, limit = stop - GRAMMAR_LABEL_CELL_LETTERS - 1;
    if (limit < line) limit = line;
    while (at > limit && label_char[text[at - 1]]) at--;
    if (at == limit || !is_letter(text[at])) return 0;  /* too long, the whole line, no letter first */
    Py_ssize_t gap = at;
    while (gap > line && (text[gap - 1] == ' ' || text[gap - 1] == '\t')) gap--;
    if (at - gap < 2 && (at - gap == 0 || text[at - 1] != '\t')) return 0;  /* one space: prose */
    Py_ssize_t digit = gap > line && text[gap - 1] == '%' ? gap - 2 : gap - 1;
    return digit >= line && is_digit(text[digit]) && stop - digit <= GRAMMAR_WORD_CELLS_REACH;
}

/* ENDS_IN_STEP_COUNT: does text[line:stop] (no trailing space, an "s" last) end in "after", a
 * space or a tab, one to nine digits, a space or a tab, and one of GRAMMAR_STEP_COUNT_WORDS in
 * the plural, any case, with no letter glued before "after" ("..., converged after 24 iterations")? */
static int ends_in_step_count(const unsigned char *text, Py_ssize_t line, Py_ssize_t stop) {
    Py_ssize_t at = stop - 1;  /* the plural's "s" */
    while (at > line && is_letter(text[at - 1])) at--;
    Py_ssize_t size = stop - 1 - at;  /* the word without its "s" */
    int known = 0;
    for (const char *word = GRAMMAR_STEP_COUNT_WORDS; *word && !known;) {
        size_t length = strcspn(word, "|");
        if ((Py_ssize_t)length == size) {
            Py_ssize_t k = 0;
            while (k < size && (text[at + k] | 0x20) == (unsigned char)word[k]) k++;
            known = k == size;
        }
        word += length + (word[length] == '|');
    }
    if (!known || at - line < 1 || (text[at - 1] != ' ' && text[at - 1] != '\t')) return 0;
    Py_ssize_t digits = at - 1;
    while (digits > line && is_digit(text[digits - 1]) && at - 1 - digits < 9) digits--;
    if (digits == at - 1 || (digits > line && is_digit(text[digits - 1]))) return 0;
    Py_ssize_t after = digits - 6;  /* "after" and its space or tab */
    if (after < line || (text[digits - 1] != ' ' && text[digits - 1] != '\t')) return 0;
    static const char word_after[] = "after";
    for (int k = 0; k < 5; k++)
        if ((text[after + k] | 0x20) != (unsigned char)word_after[k]) return 0;
    return after == line || !is_letter(text[after - 1]);
}

/* Behind the unit whose last letter is text[stop - 1] (one to GRAMMAR_UNIT_LETTERS letters, or
 * one to GRAMMAR_RATE_UNIT_LETTERS letters, '/' and one to GRAMMAR_RATE_LETTERS letters) and an
 * optional space before it: where the number before the unit must end; before `line` when the
 * letters are no such unit. Shared by ENDS_IN_INTERVAL and ENDS_IN_UNIT. */
static Py_ssize_t before_unit(const unsigned char *text, Py_ssize_t line, Py_ssize_t stop) {
    Py_ssize_t at = stop - 2;
    while (at >= line && at >= stop - GRAMMAR_RATE_LETTERS && is_letter(text[at])) at--;
    if (at >= line && text[at] == '/') {
        Py_ssize_t slash = at--;
        while (at >= line && at >= slash - GRAMMAR_RATE_UNIT_LETTERS && is_letter(text[at])) at--;
        if (at == slash - 1) return line - 1;
    } else if (at < stop - 1 - GRAMMAR_UNIT_LETTERS) {
        return line - 1;
    }
    if (at >= line && text[at] == ' ') at--;
    return at;
}

/* ENDS_IN_INTERVAL: does text[line:stop] (a ']' at text[stop]) end in an amount, a digit and
 * '%', or a digit, an optional space and a unit (one to GRAMMAR_UNIT_LETTERS letters, or one to
 * GRAMMAR_RATE_UNIT_LETTERS letters, '/' and one to GRAMMAR_RATE_LETTERS letters): the high end
 * of a value's interval in brackets ("time: [3.03 us 3.17 us 3.33 us]", "[-69.9% -33.2%]")? */
static int ends_in_interval(const unsigned char *text, Py_ssize_t line, Py_ssize_t stop) {
    Py_ssize_t at = stop - 1;
    if (at < line) return 0;
    if (text[at] == '%') return at > line && is_digit(text[at - 1]);
    if (!is_letter(text[at])) return 0;  /* no unit */
    at = before_unit(text, line, stop);
    return at >= line && is_digit(text[at]);
}

static int ends_in_unit(const unsigned char *text, Py_ssize_t line, Py_ssize_t stop);
#define CODE_GAP 8  /* ENDS_IN_CODE: the spaces R pads a significance code with, at most */
static inline int ends_like_metric(const unsigned char *text, Py_ssize_t line, Py_ssize_t stop);

/* ENDS_IN_LATEX_ROW: does text[line:stop] (no trailing space) end in a backslash pair and up to
 * GRAMMAR_LATEX_RULES rule commands, each a backslash and up to GRAMMAR_LATEX_RULE_LETTERS
 * letters after a space ("\\ \hline"),
 * with what stands before the pair a candidate's end ("train & 0.04 & 0.99 \\")? */
static int ends_in_latex_row(const unsigned char *text, Py_ssize_t line, Py_ssize_t stop) {
    for (int rules = 0; rules < GRAMMAR_LATEX_RULES; rules++) {
        if (stop - line >= 2 && text[stop - 1] == '\\' && text[stop - 2] == '\\') break;
        Py_ssize_t core = stop;
        while (core > line && stop - core < GRAMMAR_LATEX_RULE_LETTERS && is_letter(text[core - 1])) core--;
        if (core == stop || core - line < 2 || text[core - 1] != '\\' || !is_space[text[core - 2]])
            return 0;
        stop = core - 1;
        while (stop > line && is_space[text[stop - 1]]) stop--;
    }
    if (stop - line < 2 || text[stop - 1] != '\\' || text[stop - 2] != '\\') return 0;
    stop -= 2;
    while (stop > line && is_space[text[stop - 1]]) stop--;
    return stop > line && ends_like_metric(text, line, stop);
}

/* ENDS_IN_OBJECTS: does text[line:stop] (no trailing space, a '>' last) end in one to
 * GRAMMAR_OBJECT_CELLS cells "<...>" (no '<' or '>' inside, at most GRAMMAR_OBJECT_REACH bytes
 * from '<' to '>'), each after a space, with what stands before them a candidate's end ("1 sort
 * 319us 110.3ms <NULL> <bench_tm [200]>", R's list columns)? */
static int ends_in_objects(const unsigned char *text, Py_ssize_t line, Py_ssize_t stop) {
    for (int cells = 0; cells < GRAMMAR_OBJECT_CELLS && text[stop - 1] == '>'; cells++) {
        Py_ssize_t reach = stop - 1 - GRAMMAR_OBJECT_REACH, open = stop - 2;
        if (reach < line) reach = line;
        while (open >= reach && text[open] != '<' && text[open] != '>') open--;
        if (open <= line || open < reach || text[open] != '<' || !is_space[text[open - 1]]) return 0;
        stop = open;
        while (stop > line && is_space[text[stop - 1]]) stop--;
        if (stop == line) return 0;
    }
    return text[stop - 1] != '>' && ends_like_metric(text, line, stop);
}

static int ends_in_bar_aside(const unsigned char *text, Py_ssize_t line, Py_ssize_t stop);

/* OPENS_WITH_VALUE: does text[line:stop] (no trailing space, a letter last) open with SPACE,
 * then a number (a sign, a digit, then digits, "," and "."), one or more spaces, then words of
 * ASCII letters, " ", "-" and "_" to its end ("      534 cumulative infections")? */
static int opens_with_value(const unsigned char *text, Py_ssize_t line, Py_ssize_t stop) {
    Py_ssize_t at = line;
    if (!is_space[text[at]]) return 0;  /* most lines: a letter or a digit first */
    while (at < stop && is_space[text[at]]) at++;
    if (at < stop && (text[at] == '-' || text[at] == '+')) at++;
    if (at >= stop || !is_digit(text[at])) return 0;
    while (at < stop && (is_digit(text[at]) || text[at] == ',' || text[at] == '.')) at++;
    if (at >= stop || text[at] != ' ') return 0;
    while (at < stop && text[at] == ' ') at++;
    if (at >= stop || !is_letter(text[at])) return 0;
    for (; at < stop; at++) {
        unsigned char c = text[at];
        if (!is_letter(c) && c != ' ' && c != '-' && c != '_') return 0;
    }
    return 1;
}

/* SCAN_FRAME (expctl/metrics/frame_starts.py): where the message of the line text[line:stop]
 * starts past a log frame opening it, or -1: "2026-12-06 10:00:00" (or "T" between them), an
 * optional fraction of 1 to FRAME_FRACTION digits after '.' or ',', an optional 'Z', a space;
 * an optional "- "; an optional level of 1 to FRAME_LEVEL capitals, then " -" or ':' at most,
 * and a space. */
#define FRAME_FRACTION 9
#define FRAME_LEVEL 8
static Py_ssize_t frame_end(const unsigned char *text, Py_ssize_t line, Py_ssize_t stop) {
    static const char shape[] = "0000-00-00 00:00:00";  /* '0': a digit; ' ': ' ' or 'T' */
    if (stop - line < (Py_ssize_t)sizeof(shape) || text[line + 4] != '-' || text[line + 16] != ':')
        return -1;  /* most lines opening with a digit: no date */
    for (Py_ssize_t k = 0; k < (Py_ssize_t)sizeof(shape) - 1; k++) {
        unsigned char c = text[line + k];
        if (shape[k] == '0' ? !is_digit(c) : shape[k] == ' ' ? c != ' ' && c != 'T' : c != shape[k])
            return -1;
    }
    Py_ssize_t at = line + sizeof(shape) - 1;
    if (at < stop && (text[at] == '.' || text[at] == ',')) {
        Py_ssize_t digits = at + 1;
        while (digits < stop && is_digit(text[digits])) digits++;
        if (digits == at + 1 || digits - at - 1 > FRAME_FRACTION) return -1;
        at = digits;
    }
    if (at < stop && text[at] == 'Z') at++;
    if (at >= stop || text[at] != ' ') return -1;
    at++;
    if (at + 1 < stop && text[at] == '-' && text[at + 1] == ' ') at += 2;
    Py_ssize_t level = at;
    while (level < stop && text[level] >= 'A' && text[level] <= 'Z') level++;
    if (level == at || level - at > FRAME_LEVEL || level >= stop) return at;  /* no level */
    if (text[level] == ' ' && level + 2 < stop && text[level + 1] == '-' && text[level + 2] == ' ')
        return level + 3;
    if (text[level] == ':' && level + 1 < stop && text[level + 1] == ' ') return level + 2;
    return text[level] == ' ' ? level + 1 : at;
}

static int opens_with_value(const unsigned char *text, Py_ssize_t line, Py_ssize_t stop);

/* SCAN_FRAME: does the line text[line:stop] (a digit first) open with a log frame, and its
 * message with what OPENS_OBJECT, VALUE_FIRST, OPENS_WITH_CELLS or OPENS_WITH_VALUE accepts? */
__attribute__((noinline)) static int opens_behind_frame(const unsigned char *text, Py_ssize_t line,
                                                       Py_ssize_t stop) {
    Py_ssize_t message = frame_end(text, line, stop);
    if (message < 0 || message == stop) return 0;
    unsigned char first = text[message];
    if (!is_space[first] && first != GRAMMAR_OBJECT_OPEN && !is_digit(first) && first != '-'
        && first != '+' && first != '.')
        return 0;  /* the usual message: a word first */
    Py_ssize_t at = message;
    while (at < stop && is_space[text[at]]) at++;
    if (at < stop && text[at] == GRAMMAR_OBJECT_OPEN) return 1;  /* OPENS_OBJECT */
    if (opens_with_cells(text, message, stop)) return 1;
    if (at < stop && (text[at] == '-' || text[at] == '+')) at++;  /* VALUE_FIRST: "0.93 = Score" */
    Py_ssize_t number = at;
    while (at < stop && (is_digit(text[at]) || text[at] == '.')) at++;
    if (at > number && is_digit(text[at - 1])) {
        while (at < stop && is_space[text[at]]) at++;
        if (at < stop && text[at] == '=') {
            Py_ssize_t word = ++at;
            while (at < stop && is_space[text[at]]) at++;
            if (at > word && at < stop && is_letter(text[at])) return 1;
        }
    }
    Py_ssize_t end = stop;  /* OPENS_WITH_VALUE: "    534 cumulative infections" */
    while (end > message && is_space[text[end - 1]]) end--;
    return end > message && is_letter(text[end - 1]) && is_space[first]
           && opens_with_value(text, message, end);
}

/* `opens_behind_frame` for any line: one test for a line that opens with no digit. */
static inline int framed(const unsigned char *text, Py_ssize_t line, Py_ssize_t stop) {
    return line < stop && is_digit(text[line]) && opens_behind_frame(text, line, stop);
}

/* ENDS_IN_DURATION: does text[line:stop] (no trailing space, an "s" last) end in a decimal
 * (digits, ".", digits) opening the line or after SPACE, one space, and one of
 * GRAMMAR_DURATION_WORDS with its "s", lower case ("trained in 5.74 seconds")? */
static int ends_in_duration(const unsigned char *text, Py_ssize_t line, Py_ssize_t stop) {
    Py_ssize_t at = stop - 1;  /* the plural's "s" */
    while (at > line && text[at - 1] >= 'a' && text[at - 1] <= 'z') at--;
    Py_ssize_t size = stop - 1 - at;  /* the word without its "s" */
    int known = 0;
    for (const char *word = GRAMMAR_DURATION_WORDS; *word && !known;) {
        size_t length = strcspn(word, "|");
        known = (Py_ssize_t)length == size && memcmp(text + at, word, length) == 0;
        word += length + (word[length] == '|');
    }
    if (!known || at - line < 2 || text[at - 1] != ' ' || !is_digit(text[at - 2])) return 0;
    Py_ssize_t b = at - 2;
    while (b > line && is_digit(text[b - 1])) b--;
    if (b - line < 2 || text[b - 1] != '.' || !is_digit(text[b - 2])) return 0;
    b -= 2;
    while (b > line && is_digit(text[b - 1])) b--;
    return b == line || is_space[text[b - 1]];
}

/* ENDS_IN_NAMED_LIST: does text[line:stop] (no trailing space, a letter last) end in ',',
 * spaces or tabs, a number (a sign, a digit, digits and '.'; a '%' after it), spaces or tabs,
 * then one to three words parted by one space, each a letter then letters, digits, '_' and '-'
 * ("..., 41.7% correct, 0.0667 f1 score")? The words and the number open with different
 * characters, so the walk back from the end decides at each space. */
static int ends_in_named_list(const unsigned char *text, Py_ssize_t line, Py_ssize_t stop) {
    Py_ssize_t at = stop;
    for (int words = 0;;) {
        Py_ssize_t word = at;
        while (word > line && (is_letter(text[word - 1]) || is_digit(text[word - 1])
                               || text[word - 1] == '_' || text[word - 1] == '-'))
            word--;
        if (word == at || !is_letter(text[word])) return 0;
        words++;
        at = word;
        if (words < 3 && at - line >= 2 && text[at - 1] == ' ') {
            Py_ssize_t next = at - 1;  /* another word, when its run opens with a letter */
            while (next > line && (is_letter(text[next - 1]) || is_digit(text[next - 1])
                                   || text[next - 1] == '_' || text[next - 1] == '-'))
                next--;
            if (next < at - 1 && is_letter(text[next])) { at--; continue; }
        }
        break;
    }
    Py_ssize_t gap = at;
    while (at > line && (text[at - 1] == ' ' || text[at - 1] == '\t')) at--;
    if (at == gap) return 0;
    if (at > line && text[at - 1] == '%') at--;
    Py_ssize_t number = at;
    while (at > line && (is_digit(text[at - 1]) || text[at - 1] == '.')) at--;
    if (at == number || !is_digit(text[at])) return 0;
    if (at > line && (text[at - 1] == '-' || text[at - 1] == '+')) at--;
    gap = at;
    while (at > line && (text[at - 1] == ' ' || text[at - 1] == '\t')) at--;
    return at < gap && at > line && text[at - 1] == ',';
}

/* The cheap look before ENDS_IN_NAMED_LIST: the last word (letters, digits, '_', '-') stands
 * after a space or a tab, and a word's or a number's last character or more space before that
 * ("loading shard 3: done" ends at the ':'). Most lines that end in a letter stop here. */
static inline int may_end_named_list(const unsigned char *text, Py_ssize_t line, Py_ssize_t stop) {
    Py_ssize_t word = stop - 1;
    while (word > line && (is_letter(text[word - 1]) || is_digit(text[word - 1])
                           || text[word - 1] == '_' || text[word - 1] == '-'))
        word--;
    if (word - line < 3 || (text[word - 1] != ' ' && text[word - 1] != '\t')) return 0;
    unsigned char before = text[word - 2];
    return is_letter(before) || is_digit(before) || before == '%' || before == '_' || before == '-'
           || before == ' ' || before == '\t';
}

/* Does text[line:stop] (no trailing space, a letter last) end as prose does: in a word of
 * letters after one space, glued to what stands before it ("loading shard 3: done")? Then
 * ENDS_IN_UNIT (its unit: up to GRAMMAR_UNIT_LETTERS letters after a digit and one space),
 * ENDS_IN_WORD_CELLS and LABEL_CELL (a cell after a column gap; but R's capitals after one
 * space, "0 FALSE") cannot hold: one walk over the word instead of their three. */
static inline int ends_in_prose_word(const unsigned char *text, Py_ssize_t line, Py_ssize_t stop) {
    Py_ssize_t word = stop - 1;
    while (word > line && is_letter(text[word - 1])) word--;
    if (word - line < 2 || text[word - 1] != ' ') return 0;
    unsigned char before = text[word - 2];
    if (before == ' ' || before == '\t') return 0;  /* a column gap */
    if (stop - word <= GRAMMAR_UNIT_LETTERS && is_digit(before)) return 0;  /* "3 ms" */
    return stop - word > GRAMMAR_WORD_CELL_LETTERS || !all_capitals(text, word, stop);
}

/* `ends_like_metric` for a line text[line:stop] whose last character is an ASCII letter: the
 * rules such a line may meet. `bar_near` is 0 only when the caller knows there is no '|' among
 * the line's last GRAMMAR_ASIDE_REACH + 2 bytes (the wide scan's bit masks), so that
 * ENDS_IN_BAR_ASIDE cannot hold and its search is skipped; `slash_near` 0 only when it knows
 * there is no backslash among its last GRAMMAR_LATEX_RULE_LETTERS + 1 (ENDS_IN_LATEX_ROW). */
static inline int ends_in_letter(const unsigned char *text, Py_ssize_t line, Py_ssize_t stop,
                                 int bar_near, int slash_near) {
    unsigned char last = text[stop - 1];
    if (ends_nonfinite(text, line, stop) || (slash_near && ends_in_latex_row(text, line, stop)))
        return 1;
    if ((last | 0x20) == 's' && ends_in_step_count(text, line, stop)) return 1;
    if (last == 's' && ends_in_duration(text, line, stop)) return 1;
    if (may_end_named_list(text, line, stop) && ends_in_named_list(text, line, stop)) return 1;
    return (!ends_in_prose_word(text, line, stop) && (ends_in_unit(text, line, stop)
                                                      || ends_in_word_cells(text, line, stop)
                                                      || ends_in_label_cell(text, line, stop)))
           || (bar_near && ends_in_bar_aside(text, line, stop))
           || (is_space[text[line]] && opens_with_value(text, line, stop));  /* no call for most lines */
}

/* Does the line text[line:stop] end, trailing whitespace aside, as a metric line or a table row
 * may: ENDS_IN_NUMBER (a digit, an end mark), ENDS_IN_SENTENCE ("inertia 12.3."), ENDS_IN_ASIDE
 * ("loss 0.41 (lr 0.97)"), ENDS_IN_PAIRS ("('hit', 0.15)])"), ENDS_IN_UNIT ("  0.93s"), ENDS_IN_TENSOR ("loss tensor(0.64, ...)"),
 * ENDS_IN_NONFINITE ("ll change inf"), ENDS_IN_STEP_COUNT ("converged after 24 iterations")? */
static inline int ends_like_metric(const unsigned char *text, Py_ssize_t line, Py_ssize_t stop) {
    if (stop == line) return 0;
    unsigned char last = text[stop - 1];
    if (is_space[last]) {
        while (stop > line && is_space[text[stop - 1]]) stop--;
        if (stop == line) return 0;
        last = text[stop - 1];
    }
    if (is_digit(last) || end_mark[last]) return 1;
    if (last == ']' && stop - line >= 2) {
        if (text[stop - 2] == ')' || is_digit(text[stop - 2])
            || ((text[stop - 2] == ']' || text[stop - 2] == '\'' || text[stop - 2] == '"')
                && stop - line >= 3 && is_digit(text[stop - 3])))
            return 1;  /* ENDS_IN_ITEMS: "[('loss', 0.5), ('n', nan)]"; ENDS_IN_LIST: "[0.1, 0.2]", "[[0.5]]";
                        * ENDS_IN_LISTED_LINE: "['... is 22.95']" */
        Py_ssize_t at = stop - 2;  /* ENDS_IN_TIMED_ASIDE: "[total:0.01s iter:0.00s]" */
        while (at >= line && at > stop - 2 - GRAMMAR_UNIT_LETTERS && is_letter(text[at])) at--;
        return (at < stop - 2 && at >= line && is_digit(text[at]))
               || ends_in_interval(text, line, stop - 1);
    }
    if (last == '.' || last == ')') {  /* "inertia 12.3.", "loss 0.41 (lr 0.97)" */
        if (stop - line >= 2 && is_digit(text[stop - 2])) return 1;
        if (last == '.' && stop - line >= 3 && text[stop - 2] == '%' && is_digit(text[stop - 3]))
            return 1;  /* ENDS_IN_SENTENCE: "an accuracy of 91%." */
        if (last == '.') {  /* ENDS_IN_CODE: R's significance code "0.0645 .", padded: "0.0655    ." */
            Py_ssize_t at = stop - 2;
            while (at >= line && text[at] == ' ' && stop - 2 - at <= CODE_GAP) at--;
            return at < stop - 2 && stop - 2 - at <= CODE_GAP && at >= line && is_digit(text[at]);
        }
        Py_ssize_t size = sizeof(GRAMMAR_PAIRS_END) - 1;  /* ENDS_IN_PAIRS: "0.15)])" */
        if (stop - line > size && memcmp(text + stop - size, GRAMMAR_PAIRS_END, (size_t)size) == 0
            && (is_digit(text[stop - size - 1])  /* or "np.float64(0.15))])", a NumPy scalar's repr */
                || (stop - line > size + 1 && text[stop - size - 1] == ')' && is_digit(text[stop - size - 2]))))
            return 1;
        if (counted_aside(text, line, stop)) return 1;  /* "±1.2% (8 runs sampled)" */
        if (last == ')') {  /* ENDS_IN_ASIDE: R's bounds "( 0.7312,  0.8996 )", a digit, spaces, ")" */
            Py_ssize_t at = stop - 2;
            while (at >= line && is_space[text[at]]) at--;
            if (at >= line && is_digit(text[at])) return 1;
        }
    }
    if (last == '"') {  /* ENDS_IN_R_STRING: R's print of a string, [1] "objective:-357.99" */
        if (stop - line < 2 || !is_digit(text[stop - 2])) return 0;
        Py_ssize_t at = line;
        while (is_space[text[at]]) at++;  /* set in as a whole block may be; the quote stops it */
        return text[at] == '[';
    }
    if (last == GRAMMAR_HEADING_END) {  /* ENDS_IN_HEADING: "Epoch 3:", "Round 2 stats:" */
        for (Py_ssize_t at = line; at < stop; at++)
            if (is_digit(text[at])) return 1;
        return 0;
    }
    if (last == '*') {  /* ENDS_IN_STARS: "2.152e-11***", a value and its significance stars */
        Py_ssize_t core = stop;
        while (core > line && text[core - 1] == '*') core--;
        if (stop - core <= 3 && core > line && is_digit(text[core - 1])) return 1;
    }
    if (decoration[last]) {  /* ENDS_IN_DECORATION: "=== Epoch 3 ===" */
        Py_ssize_t core = stop;
        while (core > line && decoration[text[core - 1]]) core--;
        if (core > line && is_space[text[core - 1]]) {
            int dashes = last == '-';  /* DASH_CELLS: a run of dashes only closes the line */
            for (Py_ssize_t at = core; dashes && at < stop; at++) dashes = text[at] == '-';
            while (core > line && is_space[text[core - 1]]) core--;
            for (int cells = 1; dashes && cells < GRAMMAR_DASH_CELLS && core > line && text[core - 1] == '-'; cells++) {
                Py_ssize_t run = core;  /* another empty cell of dashes before: "4.25e-02  --  --" */
                while (run > line && text[run - 1] == '-') run--;
                if (run == line || !is_space[text[run - 1]]) { core = line; break; }  /* glued: no cell */
                core = run;
                while (core > line && is_space[text[core - 1]]) core--;
            }
            if (core > line && !decoration[text[core - 1]] && ends_like_metric(text, line, core))
                return 1;  /* what stands before the frame or mark decides */
        }
    }
    if (last == ')' && ends_in_bar_aside(text, line, stop)) return 1;  /* "15 ms (longest request)" */
    if (last == '>') return ends_in_objects(text, line, stop);
    if (last == '\\') return ends_in_latex_row(text, line, stop);
    if (tensor_end[last])
        return memmem(text + line, (size_t)(stop - line), GRAMMAR_TENSOR_CALL,
                      sizeof(GRAMMAR_TENSOR_CALL) - 1) != NULL;
    return is_letter(last) && ends_in_letter(text, line, stop, 1, 1);
}

/* ENDS_IN_BAR_ASIDE: does text[line:stop] (no trailing space, a letter or ")" last) close with
 * SPACE, "|", a space or a tab and up to GRAMMAR_ASIDE_REACH characters without a bar, or with
 * SPACE and "(" ... ")" as long, without a bracket inside, after what would make a candidate on
 * its own ("1.2 ops/s, ±2.95%   | 64.12% slower", "15 ms (longest request)")? */
static int ends_in_bar_aside(const unsigned char *text, Py_ssize_t line, Py_ssize_t stop) {
    Py_ssize_t low = stop - GRAMMAR_ASIDE_REACH - 2 > line ? stop - GRAMMAR_ASIDE_REACH - 2 : line;
    int bracket = text[stop - 1] == ')';
    const unsigned char *found = memrchr(text + low, bracket ? '(' : '|', (size_t)(stop - low));
    if (found == NULL) return 0;  /* the usual case, one vectorised search */
    Py_ssize_t bar = found - text;
    if (bar <= line || !is_space[text[bar - 1]]) return 0;
    if (bracket) {
        if (memchr(text + bar, ')', (size_t)(stop - 1 - bar)) != NULL) return 0;
    } else if (text[bar + 1] != ' ' && text[bar + 1] != '\t') return 0;
    Py_ssize_t core = bar;
    while (core > line && is_space[text[core - 1]]) core--;
    return core > line && ends_like_metric(text, line, core);
}

/* ENDS_IN_TIMED_FIELD: does text[line:at] hold " - " before a letter (fields parted by dashes,
 * "loss 0.4 - time 1.6s"; not an arrow's pieces, "a - > 2ms")? */
static int dash_field(const unsigned char *text, Py_ssize_t line, Py_ssize_t at) {
    const unsigned char *from = text + line, *end = text + at;
    while (from < end) {
        const unsigned char *found = memmem(from, (size_t)(end - from), " - ", 3);
        if (found == NULL) return 0;
        if (found + 3 < end && is_letter(found[3])) return 1;
        from = found + 1;
    }
    return 0;
}

/* ENDS_IN_UNIT and ENDS_IN_TIMED_FIELD: does text[line:stop] (no trailing space, a letter
 * last) end in a unit after a number standing in a column, or closing a line of fields?
 * A unit: one to GRAMMAR_UNIT_LETTERS letters, or one to GRAMMAR_RATE_UNIT_LETTERS letters,
 * "/" and one to GRAMMAR_RATE_LETTERS letters, after a number (and an optional space) that
 * stands in a column (two spaces, a tab or a bar before it), as a table's "2.38s" or
 * "| 2.85 ms/iter" does; prose's "in 0.25s" is not. */
static int ends_in_unit(const unsigned char *text, Py_ssize_t line, Py_ssize_t stop) {
    Py_ssize_t at = before_unit(text, line, stop);
    if (at < line || !is_digit(text[at])) return 0;
    while (at >= line && (is_digit(text[at]) || text[at] == '.')) at--;
    if (at < line) return 0;
    if (text[at] == '\t' || table_bar[text[at]]) return 1;
    if (text[at] == ' ') {
        if (at > line && (text[at - 1] == ' ' || table_bar[text[at - 1]])) return 1;
        if (at > line + 1 && text[at - 1] == '>' && text[at - 2] == '-') return 1;  /* an arrow's value: "-> 11.4MB" */
    } else if (text[at] != ':' && text[at] != '=') return 0;
    /* ENDS_IN_TIMED_FIELD: "..., 50 iterations in 0.18 sec", "time:1.60s", a line of fields
     * parted by ",", "|", ";", " - ", a tab or a column gap. */
    return memchr(text + line, ',', (size_t)(at - line)) != NULL
        || memchr(text + line, '|', (size_t)(at - line)) != NULL
        || memchr(text + line, ';', (size_t)(at - line)) != NULL
        || memchr(text + line, '\t', (size_t)(at - line)) != NULL
        || memmem(text + line, (size_t)(at - line), "  ", 2) != NULL
        || dash_field(text, line, at);
}

#ifdef __SSE2__
/* The bytes a block scan leaves (fewer than a block), one at a time, and the last line: the
 * end of `scan` and `wide`, from the line that starts at `line` and the byte at `at`. */
static void scan_rest(const unsigned char *text, Py_ssize_t start, Py_ssize_t line, Py_ssize_t at,
                      Py_ssize_t end, Found *found) {
    for (; at < end && !found->full; at++) {
        if (text[at] != '\n') {
            if (mark_char[text[at]] && rule_holds(text, start, at, end)) add(found, line);
            continue;
        }
        if (ends_like_metric(text, line, at) || opens_with_cells(text, line, at)
            || framed(text, line, at)) add(found, line);
        line = at + 1;
    }
    if (!found->full && line < end && (ends_like_metric(text, line, end)
                                       || opens_with_cells(text, line, end)
                                       || framed(text, line, end))) add(found, line);
}

/* One pass, 16 bytes at a time (SSE2, every x86-64): each newline ends a line, read for how it
 * ends; each of GRAMMAR_MARKS is checked where it stands. Finds what the memchr passes below
 * find, without a call per line and a pass per mark. */
static void scan(const unsigned char *text, Py_ssize_t start, Py_ssize_t end, Found *found) {
    static const char marks[] = GRAMMAR_MARKS;
    const __m128i newline = _mm_set1_epi8('\n');
    Py_ssize_t line = start, at = start;
    for (; at + 16 <= end && !found->full; at += 16) {
        __m128i block = _mm_loadu_si128((const __m128i *)(text + at));
        __m128i hits = _mm_cmpeq_epi8(block, newline);
        for (size_t k = 0; k < sizeof(marks) - 1; k++)
            hits = _mm_or_si128(hits, _mm_cmpeq_epi8(block, _mm_set1_epi8(marks[k])));
        for (unsigned bits = (unsigned)_mm_movemask_epi8(hits); bits; bits &= bits - 1) {
            Py_ssize_t here = at + __builtin_ctz(bits);
            if (text[here] != '\n') {
                if (rule_holds(text, start, here, end)) add(found, line);
                continue;
            }
            if (ends_like_metric(text, line, here) || opens_with_cells(text, line, here)
                || framed(text, line, here))
                add(found, line);
            line = here + 1;
        }
    }
    scan_rest(text, start, line, at, end, found);
}
#else
/* Line by line: how the line ends; then every ":", "=", "]" and "{", each
 * found by memchr, which skips the bytes between them many at a time. */
static void scan(const unsigned char *text, Py_ssize_t start, Py_ssize_t end, Found *found) {
    for (Py_ssize_t line = start; line < end && !found->full;) {
        const unsigned char *newline = memchr(text + line, '\n', (size_t)(end - line));
        Py_ssize_t stop = newline ? newline - text : end;
        if (ends_like_metric(text, line, stop) || opens_with_cells(text, line, stop)
            || framed(text, line, stop)) add(found, line);
        line = stop + 1;
    }
    static const char marks[] = GRAMMAR_MARKS;
    for (const char *mark = marks; *mark && !found->full; mark++) {
        Py_ssize_t at = start;
        while (at < end && !found->full) {
            const unsigned char *hit = memchr(text + at, *mark, (size_t)(end - at));
            if (hit == NULL) break;
            at = hit - text;
            if (rule_holds(text, start, at, end)) add(found, line_start(text, start, at));
            at++;
        }
    }
}
#endif

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define HAVE_WIDE_SCAN 1
#include <immintrin.h>
#include <stdint.h>

/* ---- The wide scan: 64 bytes at a time with AVX2, where the processor has it. ----
 *
 * The scan above takes each 16 bytes' newlines and marks one by one, and reads every line's
 * end: on metric-free output (prose, timestamps, paths) most of its time went to branches that
 * go one way or the other at random, for lines that nearly all turn out not to be candidates.
 * This one finds a 64-byte block's newlines, marks and digits with vector compares, then looks
 * each line end and mark up in a table before it calls the same checks (`ends_like_metric`,
 * `rule_holds`), so its answer is the same; what it passes over is only what those checks
 * reject at once:
 *
 * - a line end after nothing (an empty line), after a character `ends_like_metric` rejects
 *   (END_NEVER), after a letter with no digit 2 to WIDE_UNIT_REACH bytes before it (a unit needs
 *   its number) and no '|' among the GRAMMAR_ASIDE_REACH + 2 bytes before it (ENDS_IN_BAR_ASIDE)
 *   that ends no word of GRAMMAR_NONFINITE, on a line that does not open with SPACE and a
 *   number (OPENS_WITH_VALUE: "      534 cumulative infections", whose digits stand far from
 *   its end), or after a '.' with no digit one or two bytes before it ("12.3.", ENDS_IN_CODE's
 *   "0.0645 .");
 * - a mark that needs a space or a tab after it (every mark but '=' and GRAMMAR_OBJECT_OPEN)
 *   followed by a letter, a digit or a newline (the ':' of "12:00:01");
 * - for a line that ends in a letter and is read, ENDS_IN_BAR_ASIDE's search when no '|' stands
 *   among its last GRAMMAR_ASIDE_REACH + 2 bytes (a log line: "12:00:01 INFO shard 3: done").
 *
 * Its tables are made from the GRAMMAR block's (`init_wide`). */
#define WIDE_UNIT_REACH (GRAMMAR_RATE_LETTERS + GRAMMAR_RATE_UNIT_LETTERS + 3)
#define END_NEVER 0  /* end_class: what a line's last character says */
#define END_LETTER 1  /* a unit's last letter, if a number stands close before */
#define END_DOT 2  /* a sentence's end or a code, if a digit stands 1 to CODE_GAP + 1 bytes before */
#define END_READ 3  /* read by ends_like_metric */
static unsigned char end_class[256];
static unsigned char needs_space[256];  /* a mark read only when a space or a tab follows */
static unsigned char word_char[256];  /* a letter, a digit, a newline: neither space nor tab */
static int wide_usable;  /* the processor has AVX2 */
static int wide_allowed = 1;  /* `wide_scan(False)` turns the wide scan off (for tests) */

static void init_wide(void) {
    for (int c = 0; c < 256; c++) {
        int read = is_space[c] || is_digit(c) || end_mark[c] || c == '.' || c == ')'
                   || c == ']' || decoration[c] || tensor_end[c]  /* ']': ENDS_IN_ITEMS */
                   || c == GRAMMAR_HEADING_END || c == '>'  /* ENDS_IN_HEADING, _OBJECTS */
                   || c == '\\'  /* ENDS_IN_LATEX_ROW */
                   || c == '"';  /* ENDS_IN_R_STRING */
        end_class[c] = is_letter(c) ? END_LETTER : read ? END_READ : END_NEVER;
        word_char[c] = is_letter(c) || is_digit(c) || c == '\n';
        needs_space[c] = mark_char[c] && c != '=' && c != GRAMMAR_OBJECT_OPEN && !is_space[c];
    }
    if (!is_space['.'] && !end_mark['.'] && !decoration['.'] && !tensor_end['.'])
        end_class['.'] = END_DOT;
    if (WIDE_UNIT_REACH > 62 || GRAMMAR_ASIDE_REACH + 2 > 64 || GRAMMAR_LATEX_RULE_LETTERS + 1 > 64)
        return;  /* a block's reach */
    __builtin_cpu_init();
    wide_usable = __builtin_cpu_supports("avx2");
}

#define WIDE_TARGET __attribute__((target("avx2")))

WIDE_TARGET static inline uint64_t wide_bits(__m256i low, __m256i high) {
    return (uint32_t)_mm256_movemask_epi8(low) | (uint64_t)(uint32_t)_mm256_movemask_epi8(high) << 32;
}

/* Whether a digit stands 2 to `reach` bytes before the byte of bit `bit` of a block, from the
 * digits of the block (`digits`) and of the one before (`before`). */
static inline int digit_before(uint64_t digits, uint64_t before, int bit, int reach) {
    /* the 64 bytes up to and without this one: bit 63 - k for the byte k + 1 before */
    uint64_t window = bit ? digits << (64 - bit) | before >> bit : before;
    return (window >> (64 - reach) & ((1ULL << (reach - 1)) - 1)) != 0;
}

/* Whether a bit of `bars` (this block's) or `before` (the block before's) stands 1 to `reach`
 * bytes before the byte of bit `bit`. */
static inline int bar_within(uint64_t bars, uint64_t before, int bit, int reach) {
    uint64_t window = bit ? bars << (64 - bit) | before >> bit : before;
    return window >> (64 - reach) != 0;
}

/* SCAN_FRAME in the wide scan: may the line text[from:here] (a digit first) open with a frame
 * and a message SCAN_FRAME accepts? Such a message opens with '{' or holds '=' (VALUE_FIRST),
 * or opens with SPACE right after the frame's closing space, which stands 19 bytes or more
 * into the line: without a '{', a '=' or a space before a byte up to ' ' from there on,
 * `opens_behind_frame` is no call (a timestamped log line: "2026-01-01 12:30:45 INFO loading
 * shard 3: done"). Reads 32 bytes at a time, past the line's end within the block's `end`. */
WIDE_TARGET static inline int frame_lead(const unsigned char *text, Py_ssize_t from, Py_ssize_t here,
                                  Py_ssize_t end) {
    const __m256i brace = _mm256_set1_epi8(GRAMMAR_OBJECT_OPEN), equals = _mm256_set1_epi8('='),
                  space = _mm256_set1_epi8(' ');
    for (Py_ssize_t at = from + 19; at < here; at += 32) {
        if (at + 33 > end) {  /* the block's last bytes: one at a time */
            for (; at < here; at++)
                if (text[at] == GRAMMAR_OBJECT_OPEN || text[at] == '='
                    || (text[at] == ' ' && (at + 1 >= end || text[at + 1] <= ' ')))
                    return 1;
            return 0;
        }
        __m256i b = _mm256_loadu_si256((const __m256i *)(text + at));
        __m256i next = _mm256_loadu_si256((const __m256i *)(text + at + 1));
        __m256i lead = _mm256_or_si256(
            _mm256_or_si256(_mm256_cmpeq_epi8(b, brace), _mm256_cmpeq_epi8(b, equals)),
            _mm256_and_si256(_mm256_cmpeq_epi8(b, space),
                             _mm256_cmpeq_epi8(_mm256_min_epu8(next, space), next)));
        uint32_t bits = (uint32_t)_mm256_movemask_epi8(lead);
        if (here - at < 32) bits &= (1u << (here - at)) - 1;
        if (bits) return 1;
    }
    return 0;
}

/* ENDS_IN_WORD_CELLS' one space before a word in capitals (R's "0 FALSE", MISSING_CELLS' "NA")
 * in the wide scan: text[at:here] opens with one to GRAMMAR_WORD_CELL_LETTERS capitals that
 * close the line or stand before a tab, two spaces, or one space and another capital (the next
 * cell, "1.5 NA NA"). A log line's level after its clock, "12:30:45 INFO loading", fails.
 * Rare, so kept out of line and cold: inlined, the wide scan's loop grew and its metric-free
 * lines cost 2-3% more. */
__attribute__((noinline, cold)) static int capitals_cell(const unsigned char *text,
                                                         Py_ssize_t at, Py_ssize_t here) {
    Py_ssize_t k = at;
    while (k < here && k - at <= GRAMMAR_WORD_CELL_LETTERS && text[k] >= 'A' && text[k] <= 'Z') k++;
    if (k == at || k - at > GRAMMAR_WORD_CELL_LETTERS) return 0;
    if (k == here || text[k] == '\t') return 1;
    return text[k] == ' ' && k + 1 < here
           && (text[k + 1] == ' ' || text[k + 1] == '\t' || (text[k + 1] >= 'A' && text[k + 1] <= 'Z'));
}

/* ENDS_IN_WORD_CELLS's and LABEL_CELL's quick test in the wide scan: the line that ends at
 * `here` (the newline of bit `bit`, a letter before it) has a digit among its last
 * GRAMMAR_WORD_CELLS_REACH bytes, and its last digit (a "%" after it at most) stands before a
 * column gap; or it is glued to a label's character (a digit of a label, "od315_of_wines")
 * and the line ends in a label cell; or one space and a word in capitals stand after it
 * (`capitals_cell`). A row ending in word cells or a label passes; most prose fails at once. */
static inline int gap_after_last_digit(uint64_t digits, uint64_t before, int bit,
                                       const unsigned char *text, Py_ssize_t from, Py_ssize_t here) {
    uint64_t window = bit ? digits << (64 - bit) | before >> bit : before;
    window &= ~0ULL << (64 - GRAMMAR_WORD_CELLS_REACH) & ~(1ULL << 63);  /* 2 to REACH bytes before */
    if (window == 0) return 0;
    int top = 63 - __builtin_clzll(window);
    Py_ssize_t q = here - (64 - top) + 1;  /* right after the digit */
    if (q - 1 < from) return 0;  /* the digit is an earlier line's */
    if (label_char[text[q]]) {  /* the digit is glued to a word: only LABEL_CELL may hold, with a */
        /* digit in its label ("od315_of_wines"): a label of at most GRAMMAR_LABEL_CELL_LETTERS
         * holding this digit after a letter, and another digit 3 bytes or more before it (the
         * gap's, before a space and the label's letter); else the walk would find none */
        if (here - q + 2 > GRAMMAR_LABEL_CELL_LETTERS || top < 3 || (window & ((1ULL << (top - 2)) - 1)) == 0)
            return 0;
        return ends_in_label_cell(text, from, here);
    }
    if (text[q] == '%' && q + 1 < here) q++;
    return text[q] == '\t' || (text[q] == ' ' && (text[q + 1] == ' ' || text[q + 1] == '\t'
                                                  || (text[q + 1] >= 'A' && text[q + 1] <= 'Z'
                                                      && capitals_cell(text, q + 1, here))));
}

/* OPENS_WITH_VALUE in the wide scan, for the line text[from:here] whose newline is in the block
 * at `at` (`digits`: its digits; `before`: the block before's): a line that opened in this
 * block or the one before has its number there, so without a digit between `from` and `here`
 * (indented prose) it is no call. */
static inline int wide_opens_with_value(const unsigned char *text, Py_ssize_t at, uint64_t digits,
                                        uint64_t before, Py_ssize_t from, Py_ssize_t here) {
    if (!is_space[text[from]]) return 0;
    uint64_t up_to_here = digits & ((1ULL << (here - at)) - 1);
    if (from >= at) {
        if ((up_to_here & (~0ULL << (from - at))) == 0) return 0;
    } else if (from >= at - 64 && up_to_here == 0 && (before & (~0ULL << (from - (at - 64)))) == 0) {
        return 0;
    }
    return opens_with_value(text, from, here);
}

/* Does the line text[line:stop] open with SPACE, then a sign or a digit? Neither
 * OPENS_WITH_CELLS nor OPENS_WITH_VALUE holds otherwise: the test before both (set-in prose,
 * the usual set-in line, is passed over at its first letter). */
static inline int set_in_number(const unsigned char *text, Py_ssize_t line, Py_ssize_t stop) {
    Py_ssize_t at = line;
    if (!is_space[text[at]]) return 0;
    while (at < stop && is_space[text[at]]) at++;
    return at < stop && (is_digit(text[at]) || text[at] == '-' || text[at] == '+');
}

/* The line ends of a quiet block: one with no mark, no digit, and no digit within
 * WIDE_UNIT_REACH bytes before it (the common block of prose). No unit or sentence end can
 * have its number there, so only a line end after an END_READ character, or a letter ending
 * ENDS_IN_NONFINITE's word or with a '|' close before it (ENDS_IN_BAR_ASIDE), is read; the
 * others are passed over as the general loop below would. Returns where the next line starts. */
static inline Py_ssize_t quiet_block(const unsigned char *text, Py_ssize_t at, Py_ssize_t line,
                                     uint64_t newlines, uint64_t before, uint64_t bars,
                                     uint64_t bars_before, int slashes_near, Py_ssize_t end,
                                     Found *found) {
    for (uint64_t bits = newlines; bits; bits &= bits - 1) {
        Py_ssize_t here = at + __builtin_ctzll(bits), from = line;
        line = here + 1;
        if (here == from) continue;
        int numbered = set_in_number(text, from, here);
        if ((numbered && opens_with_cells(text, from, here)) || (__builtin_expect(is_digit(text[from]), 0)
             && frame_lead(text, from, here, end) && opens_behind_frame(text, from, here))) {
            add(found, from);  /* OPENS_WITH_CELLS, SCAN_FRAME */
            continue;
        }
        unsigned char kind = end_class[text[here - 1]];
        if ((kind == END_READ || (kind == END_LETTER && (ends_nonfinite(text, from, here)
             || (slashes_near && ends_in_latex_row(text, from, here))
             || gap_after_last_digit(0, before, (int)(here - at), text, from, here)
             || bar_within(bars, bars_before, (int)(here - at), GRAMMAR_ASIDE_REACH + 2)
             || (numbered && wide_opens_with_value(text, at, 0, before, from, here)))))
            && ends_like_metric(text, from, here))
            add(found, from);
    }
    return line;
}

/* What the vector compares find in a 64-byte block: a bit per byte. */
typedef struct {
    uint64_t newlines, digits, marks, bars, slashes;  /* '|' (ENDS_IN_BAR_ASIDE), '\\' */
} Block;

#define WIDE_BATCH 16  /* blocks classified per call: 1 KiB */

/* The newlines, digits, marks and bars of `blocks` 64-byte blocks from `text`. Apart from the
 * checks, which call functions: there every vector register is the caller's to save, and the
 * compiler built the compares' constants anew for each block (a fifth of the scan's work). */
WIDE_TARGET static void classify(const unsigned char *text, Py_ssize_t blocks, Block *out) {
    static const char marks[] = GRAMMAR_MARKS;
    const __m256i newline = _mm256_set1_epi8('\n'), zero = _mm256_set1_epi8('0'),
                  nine = _mm256_set1_epi8(9), bar = _mm256_set1_epi8('|'),
                  backslash = _mm256_set1_epi8('\\');
    for (Py_ssize_t i = 0; i < blocks; i++, text += 64) {
        __m256i nl[2], mark[2], digit[2], bars[2], slashes[2];
        for (int h = 0; h < 2; h++) {
            __m256i b = _mm256_loadu_si256((const __m256i *)(text + 32 * h));
            __m256i from_zero = _mm256_sub_epi8(b, zero);
            nl[h] = _mm256_cmpeq_epi8(b, newline);
            bars[h] = _mm256_cmpeq_epi8(b, bar);
            slashes[h] = _mm256_cmpeq_epi8(b, backslash);
            digit[h] = _mm256_cmpeq_epi8(_mm256_min_epu8(from_zero, nine), from_zero);
            mark[h] = _mm256_cmpeq_epi8(b, _mm256_set1_epi8(marks[0]));
            for (size_t k = 1; k < sizeof(marks) - 1; k++)
                mark[h] = _mm256_or_si256(mark[h], _mm256_cmpeq_epi8(b, _mm256_set1_epi8(marks[k])));
        }
        out[i].newlines = wide_bits(nl[0], nl[1]);
        out[i].digits = wide_bits(digit[0], digit[1]);
        out[i].marks = wide_bits(mark[0], mark[1]);
        out[i].bars = wide_bits(bars[0], bars[1]);
        out[i].slashes = wide_bits(slashes[0], slashes[1]);
    }
}

/* `scan`, 64 bytes at a time (see above). */
WIDE_TARGET static void scan_wide(const unsigned char *text, Py_ssize_t start, Py_ssize_t end,
                                  Found *found) {
    Py_ssize_t line = start, at = start;
    uint64_t before = 0, bars_before = 0, slashes_before = 0;  /* the block before's */
    Block blocks[WIDE_BATCH];
    for (Py_ssize_t count = 0, i = 0; !found->full; i++, at += 64) {
        if (i == count) {
            count = (end - at) / 64 < WIDE_BATCH ? (end - at) / 64 : WIDE_BATCH;
            if (count == 0) break;
            classify(text + at, count, blocks);
            i = 0;
        }
        uint64_t newlines = blocks[i].newlines, digits = blocks[i].digits;
        uint64_t marks_here = blocks[i].marks, bars = blocks[i].bars;
        int bars_near = (bars | bars_before) != 0;  /* most blocks: no bar, no test per line */
        /* ENDS_IN_LATEX_ROW needs a backslash within GRAMMAR_LATEX_RULE_LETTERS + 1 bytes of
         * a letter-ended line's end: in this block or the one before */
        int slashes_near = (blocks[i].slashes | slashes_before) != 0;
        if ((digits | marks_here | before >> (64 - WIDE_UNIT_REACH)) == 0) {
            line = quiet_block(text, at, line, newlines, before, blocks[i].bars, bars_before,
                               slashes_near, end, found);
            before = 0;
            bars_before = blocks[i].bars;
            slashes_before = blocks[i].slashes;
            continue;
        }
        for (uint64_t bits = marks_here; bits; bits &= bits - 1) {
            Py_ssize_t here = at + __builtin_ctzll(bits);
            if (needs_space[text[here]] && here + 1 < end && word_char[text[here + 1]]) continue;
            if (rule_holds(text, start, here, end)) add(found, line_start(text, line, here));
        }
        for (uint64_t bits = newlines; bits; bits &= bits - 1) {
            int bit = __builtin_ctzll(bits);
            Py_ssize_t here = at + bit, from = line;
            line = here + 1;
            if (here == from) continue;  /* an empty line */
            int numbered = set_in_number(text, from, here);
            if ((numbered && opens_with_cells(text, from, here)) || (__builtin_expect(is_digit(text[from]), 0)
                 && frame_lead(text, from, here, end) && opens_behind_frame(text, from, here))) {
                add(found, from);  /* OPENS_WITH_CELLS, SCAN_FRAME */
                continue;
            }
            switch (end_class[text[here - 1]]) {
            case END_NEVER:
                continue;
            case END_LETTER: {  /* a unit's number, ENDS_IN_NONFINITE's word, a bar's aside */
                int bar = bars_near && bar_within(bars, bars_before, bit, GRAMMAR_ASIDE_REACH + 2);
                if (!bar && !digit_before(digits, before, bit, WIDE_UNIT_REACH)
                    && !ends_nonfinite(text, from, here)
                    && !(slashes_near && ends_in_latex_row(text, from, here))
                    && !gap_after_last_digit(digits, before, bit, text, from, here)
                    && !(numbered && wide_opens_with_value(text, at, digits, before, from, here)))
                    continue;  /* ENDS_IN_WORD_CELLS: its number may stand farther back;
                                * OPENS_WITH_VALUE: its number opens the line */
                if (ends_in_letter(text, from, here, bar, slashes_near)) add(found, from);
                continue;
            }
            case END_DOT:  /* "12.3." or, ENDS_IN_CODE, "0.0645 .", "0.0655    ." */
                if (!digit_before(digits, before, bit, CODE_GAP + 2)) continue;
                break;
            }
            if (ends_like_metric(text, from, here)) add(found, from);
        }
        before = digits;
        bars_before = bars;
        slashes_before = blocks[i].slashes;
    }
    scan_rest(text, start, line, at, end, found);
}
#endif

static int compare(const void *a, const void *b) {
    Py_ssize_t x = *(const Py_ssize_t *)a, y = *(const Py_ssize_t *)b;
    return (x > y) - (x < y);
}

/* candidate_starts(buffer, start, end, most) -> list of line starts, or None past `most` */
static PyObject *candidate_starts(PyObject *self, PyObject *args) {
    Py_buffer view;
    Py_ssize_t start, end, most;
    if (!PyArg_ParseTuple(args, "y*nnn", &view, &start, &end, &most)) return NULL;
    if (start < 0) start = 0;
    if (end > view.len) end = view.len;
    if (most < 0) most = 0;
    Found found = {PyMem_RawMalloc((size_t)(most + 1) * sizeof(Py_ssize_t)), 0, most, 0};
    if (found.starts == NULL) {
        PyBuffer_Release(&view);
        return PyErr_NoMemory();
    }
    const unsigned char *text = view.buf;
    Py_BEGIN_ALLOW_THREADS
#ifdef HAVE_WIDE_SCAN
    if (wide_usable && wide_allowed) scan_wide(text, start, end, &found);
    else scan(text, start, end, &found);
#else
    scan(text, start, end, &found);
#endif
    qsort(found.starts, (size_t)found.count, sizeof(Py_ssize_t), compare);
    Py_END_ALLOW_THREADS
    PyBuffer_Release(&view);
    PyObject *result;
    if (found.full) {
        result = Py_NewRef(Py_None);
    } else {
        result = PyList_New(found.count);
        for (Py_ssize_t i = 0; result != NULL && i < found.count; i++) {
            PyObject *number = PyLong_FromSsize_t(found.starts[i]);
            if (number == NULL) Py_CLEAR(result);
            else PyList_SET_ITEM(result, i, number);
        }
    }
    PyMem_RawFree(found.starts);
    return result;
}

/* ---- Template rows: a block of lines all of one learned template's shape, read at once. ----
 *
 * The parser learns a line's *template* (expctl/metrics/templates.py) from what its general
 * reading found: literal text, runs of digits that match any digits, and number slots. The
 * template's regex is the definition; this is the same match, for the bulk path, when the
 * template's shape is one that reads the same left to right without backtracking (its
 * `Template.pieces`, built in Python only then): each digit run is followed by a non-digit
 * literal or the line's end, and no number slot follows a digit run. A number slot reads
 * `[-+]?+\d++(?:\.\d*+)?+(?:[eE][-+]?+\d++)?+` (possessive, as in the regex) and its text becomes
 * a float as `float()` makes it: exactly the simple way when it can be (exact_double), else by
 * PyOS_string_to_double. The match runs without the GIL, as the scan does; only the numbers
 * the simple way cannot read wait for it. A line of another shape, or a step that is not
 * finite, gives None: the caller
 * then takes the regex path. tests/test_metrics_rows.py checks this against the regex. */

#define PIECE_DIGITS 0  /* a run of digits: \d+ */
#define PIECE_NUMBER 1  /* a number slot: a value */
#define MAX_PIECES 256
#define MAX_NUMBER 64  /* longer number texts are copied to the heap to be read */

typedef struct {
    const unsigned char *text;  /* literal bytes, or NULL for a digit run or a number slot */
    Py_ssize_t size;
    int kind;
} Piece;

/* The end of the number starting at text[at] within [at, stop), or -1 when none starts there. */
static Py_ssize_t number_end(const unsigned char *text, Py_ssize_t at, Py_ssize_t stop) {
    if (at < stop && (text[at] == '-' || text[at] == '+')) at++;
    Py_ssize_t digits = at;
    while (at < stop && is_digit(text[at])) at++;
    if (at == digits) return -1;
    if (at < stop && text[at] == '.') {
        at++;
        while (at < stop && is_digit(text[at])) at++;
    }
    if (at < stop && (text[at] == 'e' || text[at] == 'E')) {
        Py_ssize_t exp = at + 1;
        if (exp < stop && (text[exp] == '-' || text[exp] == '+')) exp++;
        Py_ssize_t first = exp;
        while (exp < stop && is_digit(text[exp])) exp++;
        if (exp > first) at = exp;
    }
    return at;
}

/* Match one line text[line:stop] against `pieces`; the number slots' spans go to `spans`
 * (start, end pairs). 1 on a match. */
static int match_line(const unsigned char *text, Py_ssize_t line, Py_ssize_t stop,
                      const Piece *pieces, Py_ssize_t count, Py_ssize_t *spans) {
    Py_ssize_t at = line;
    for (Py_ssize_t i = 0; i < count; i++) {
        const Piece *piece = &pieces[i];
        if (piece->text != NULL) {
            if (stop - at < piece->size || memcmp(text + at, piece->text, (size_t)piece->size))
                return 0;
            at += piece->size;
        } else if (piece->kind == PIECE_DIGITS) {
            Py_ssize_t first = at;
            while (at < stop && is_digit(text[at])) at++;
            if (at == first) return 0;
        } else {
            Py_ssize_t end = number_end(text, at, stop);
            if (end < 0) return 0;
            *spans++ = at;
            *spans++ = end;
            at = end;
        }
    }
    return at == stop;
}

/* The pieces of a template: a tuple of bytes (literal text) and ints (PIECE_DIGITS,
 * PIECE_NUMBER). Returns the count of number slots, or -1 with an exception set. */
static Py_ssize_t read_pieces(PyObject *spec, Piece *pieces, Py_ssize_t *count) {
    if (!PyTuple_Check(spec) || PyTuple_GET_SIZE(spec) > MAX_PIECES) {
        PyErr_SetString(PyExc_ValueError, "pieces: a tuple of at most 256 bytes and ints");
        return -1;
    }
    Py_ssize_t slots = 0;
    *count = PyTuple_GET_SIZE(spec);
    for (Py_ssize_t i = 0; i < *count; i++) {
        PyObject *item = PyTuple_GET_ITEM(spec, i);
        if (PyBytes_Check(item)) {
            pieces[i].text = (const unsigned char *)PyBytes_AS_STRING(item);
            pieces[i].size = PyBytes_GET_SIZE(item);
            pieces[i].kind = -1;
            continue;
        }
        long kind = PyLong_Check(item) ? PyLong_AsLong(item) : -1;
        if (kind != PIECE_DIGITS && kind != PIECE_NUMBER) {
            PyErr_SetString(PyExc_ValueError, "pieces: bytes, 0 (digits) or 1 (a number)");
            return -1;
        }
        pieces[i].text = NULL;
        pieces[i].size = 0;
        pieces[i].kind = (int)kind;
        slots += kind == PIECE_NUMBER;
    }
    return slots;
}

/* The number text[0:size] (as number_end reads it) as a double, when it is exact the simple
 * way: at most 2**53 for its digits and a power of ten up to 1e22, each exact in a double, so
 * that one multiplication or division rounds once, as a correctly rounded reading does
 * (Clinger's fast path). 0 when the number needs the full reading. */
static const double POW10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
                               1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

static int exact_double(const unsigned char *text, Py_ssize_t size, double *out) {
    Py_ssize_t at = 0;
    int negative = 0;
    if (at < size && (text[at] == '-' || text[at] == '+')) negative = text[at++] == '-';
    unsigned long long digits = 0;
    int significant = 0, scale = 0;
    for (; at < size && is_digit(text[at]); at++) {
        if (digits || text[at] != '0') significant++;
        digits = digits * 10 + (unsigned)(text[at] - '0');
        if (significant > 15) return 0;
    }
    if (at < size && text[at] == '.') {
        for (at++; at < size && is_digit(text[at]); at++) {
            if (digits || text[at] != '0') significant++;
            digits = digits * 10 + (unsigned)(text[at] - '0');
            scale--;
            if (significant > 15 || scale < -22) return 0;
        }
    }
    if (at < size) {  /* an exponent: [eE][-+]?digits */
        int sign = 1, exponent = 0;
        at++;
        if (text[at] == '-' || text[at] == '+') sign = text[at++] == '-' ? -1 : 1;
        for (; at < size; at++) {
            exponent = exponent * 10 + (text[at] - '0');
            if (exponent > 100) return 0;
        }
        scale += sign * exponent;
    }
    double value = (double)digits;  /* exact: at most 15 digits */
    if (digits == 0) value = 0.0;
    else if (scale >= 0 && scale <= 22) value *= POW10[scale];
    else if (scale < 0 && scale >= -22) value /= POW10[-scale];
    else return 0;
    *out = negative ? -value : value;
    return 1;
}

/* The numbers the simple way cannot read exactly, to be read by PyOS_string_to_double once the
 * GIL is held again: each one's text and where its value goes. */
typedef struct {
    Py_ssize_t at, size;
    double *into;
} Slow;

typedef struct {
    Slow *items;
    Py_ssize_t count, most;
} SlowList;

static int add_slow(SlowList *slow, Py_ssize_t at, Py_ssize_t size, double *into) {
    if (slow->count == slow->most) {
        Py_ssize_t most = slow->most ? 2 * slow->most : 64;
        Slow *items = PyMem_RawRealloc(slow->items, (size_t)most * sizeof(Slow));
        if (items == NULL) return -1;
        slow->items = items;
        slow->most = most;
    }
    slow->items[slow->count++] = (Slow){at, size, into};
    return 0;
}

/* Match every line of text[start:end] against `pieces` and write their values, row by row, to
 * `row`: the exact ones, and the others to `slow`. Runs without the GIL. 1 when every line
 * matched, 0 when one did not (a step key's value in exponent form is no match: the general
 * path reads it, MEASURED_STEP_KEY), -1 when memory ran out. */
static int match_block(const unsigned char *text, Py_ssize_t start, Py_ssize_t end,
                       const Piece *pieces, Py_ssize_t count, Py_ssize_t slots, Py_ssize_t step,
                       double *row, SlowList *slow) {
    Py_ssize_t spans[2 * MAX_PIECES];
    for (Py_ssize_t line = start; line <= end; row += slots) {
        const unsigned char *newline = memchr(text + line, '\n', (size_t)(end - line));
        Py_ssize_t stop = newline ? newline - text : end;
        if (!match_line(text, line, stop, pieces, count, spans)) return 0;
        if (step >= 0) {
            const unsigned char *value = text + spans[2 * step];
            size_t size = (size_t)(spans[2 * step + 1] - spans[2 * step]);
            if (memchr(value, 'e', size) || memchr(value, 'E', size)) return 0;
        }
        for (Py_ssize_t i = 0; i < slots; i++) {
            Py_ssize_t at = spans[2 * i], size = spans[2 * i + 1] - at;
            if (!exact_double(text + at, size, &row[i]) && add_slow(slow, at, size, &row[i]) < 0)
                return -1;
        }
        line = stop + 1;
    }
    return 1;
}

/* Read the `slow` numbers as float() would (PyOS_string_to_double); needs the GIL. */
static int read_slow(const unsigned char *text, const SlowList *slow) {
    char small[MAX_NUMBER + 1];
    for (Py_ssize_t i = 0; i < slow->count; i++) {
        const Slow *item = &slow->items[i];
        char *number = item->size <= MAX_NUMBER ? small : PyMem_Malloc((size_t)item->size + 1);
        if (number == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        memcpy(number, text + item->at, (size_t)item->size);
        number[item->size] = '\0';
        *item->into = PyOS_string_to_double(number, NULL, NULL);
        if (number != small) PyMem_Free(number);
        if (*item->into == -1.0 && PyErr_Occurred()) return -1;
    }
    return 0;
}

/* template_rows(buffer, start, end, pieces, step) -> (count, bytes of doubles) or None */
static PyObject *template_rows(PyObject *self, PyObject *args) {
    Py_buffer view;
    Py_ssize_t start, end, step;
    PyObject *spec;
    if (!PyArg_ParseTuple(args, "y*nnO!n", &view, &start, &end, &PyTuple_Type, &spec, &step))
        return NULL;
    Piece pieces[MAX_PIECES];
    Py_ssize_t count;
    Py_ssize_t slots = read_pieces(spec, pieces, &count);
    if (start < 0) start = 0;
    if (end > view.len) end = view.len;
    PyObject *result = NULL, *values = NULL;
    SlowList slow = {NULL, 0, 0};
    if (slots < 0) goto done;
    if (slots == 0 || step >= slots || start >= end) {
        result = Py_NewRef(Py_None);
        goto done;
    }
    const unsigned char *text = view.buf;
    Py_ssize_t lines = 1;
    for (const unsigned char *at = text + start;
         (at = memchr(at, '\n', (size_t)(text + end - at))) != NULL; at++)
        lines++;
    values = PyBytes_FromStringAndSize(NULL, lines * slots * (Py_ssize_t)sizeof(double));
    if (values == NULL) goto done;
    double *rows = (double *)PyBytes_AS_STRING(values);
    int matched;
    Py_BEGIN_ALLOW_THREADS
    matched = match_block(text, start, end, pieces, count, slots, step, rows, &slow);
    Py_END_ALLOW_THREADS
    if (matched < 0) {
        PyErr_NoMemory();
        goto done;
    }
    if (matched == 0) {
        result = Py_NewRef(Py_None);
        goto done;
    }
    if (read_slow(text, &slow) < 0) goto done;
    for (Py_ssize_t i = 0; step >= 0 && i < lines; i++) {
        if (!isfinite(rows[i * slots + step])) {  /* a step that is none: the general path */
            result = Py_NewRef(Py_None);
            goto done;
        }
    }
    result = Py_BuildValue("nO", lines, values);
done:
    PyMem_RawFree(slow.items);
    Py_XDECREF(values);
    PyBuffer_Release(&view);
    return result;
}

/* ---- The last rows of a block: splitter._tail_rows, by memrchr. ----
 *
 * How many lines buffer[start:end] holds, counted up to `rows`, and where the last of those
 * begins. In Python that was a loop of up to 63 rfind calls per chunk the digest reads, a
 * quarter of its time on plain text at full speed. */
static PyObject *tail_rows(PyObject *self, PyObject *args) {
    Py_buffer view;
    Py_ssize_t start, end, rows;
    if (!PyArg_ParseTuple(args, "y*nnn", &view, &start, &end, &rows)) return NULL;
    if (start < 0) start = 0;
    if (end > view.len) end = view.len;
    const char *text = view.buf;
    Py_ssize_t cut = end, count;
    for (count = 1; count < rows; count++) {
        const char *hit = cut > start ? memrchr(text + start, '\n', (size_t)(cut - start)) : NULL;
        if (hit == NULL) {
            PyBuffer_Release(&view);
            return Py_BuildValue("nn", count, start);
        }
        cut = hit - text;
    }
    PyBuffer_Release(&view);
    return Py_BuildValue("nn", rows, cut + 1);
}

/* ---- Plain text: what the line splitter may take on its bytes fast path. ----
 *
 * ASCII without "\r", "\b" or ESC (a redraw or an escape sequence): splitter._plain. In one
 * pass, 16 bytes at a time, without the GIL: bytes.isascii and three `in` tests were four
 * passes, a fifth of the digest's time on a child printing plain text at full speed. */
static int is_plain(const unsigned char *text, Py_ssize_t size) {
    Py_ssize_t at = 0;
#ifdef __SSE2__
    const __m128i cr = _mm_set1_epi8('\r'), bs = _mm_set1_epi8('\b'), esc = _mm_set1_epi8(0x1b);
    for (; at + 64 <= size; at += 64) {  /* four blocks per test: one branch per 64 bytes */
        __m128i bad = _mm_setzero_si128();
        for (int k = 0; k < 64; k += 16) {
            __m128i block = _mm_loadu_si128((const __m128i *)(text + at + k));
            bad = _mm_or_si128(bad, _mm_or_si128(block, _mm_or_si128(
                _mm_cmpeq_epi8(block, cr), _mm_or_si128(_mm_cmpeq_epi8(block, bs),
                                                         _mm_cmpeq_epi8(block, esc)))));
        }
        if (_mm_movemask_epi8(bad)) return 0;  /* a byte >= 0x80, or a compare that held */
    }
#endif
    for (; at < size; at++) {
        unsigned char c = text[at];
        if (c >= 0x80 || c == '\r' || c == '\b' || c == 0x1b) return 0;
    }
    return 1;
}

#ifdef HAVE_WIDE_SCAN
/* `is_plain`, 128 bytes a test with AVX2 (see the wide scan). */
WIDE_TARGET static int is_plain_wide(const unsigned char *text, Py_ssize_t size) {
    const __m256i cr = _mm256_set1_epi8('\r'), bs = _mm256_set1_epi8('\b'), esc = _mm256_set1_epi8(0x1b);
    Py_ssize_t at = 0;
    for (; at + 128 <= size; at += 128) {
        __m256i bad = _mm256_setzero_si256();
        for (int k = 0; k < 128; k += 32) {
            __m256i block = _mm256_loadu_si256((const __m256i *)(text + at + k));
            bad = _mm256_or_si256(bad, _mm256_or_si256(block, _mm256_or_si256(
                _mm256_cmpeq_epi8(block, cr), _mm256_or_si256(_mm256_cmpeq_epi8(block, bs),
                                                              _mm256_cmpeq_epi8(block, esc)))));
        }
        if (_mm256_movemask_epi8(bad)) return 0;  /* a byte >= 0x80, or a compare that held */
    }
    return is_plain(text + at, size - at);
}
#endif

static int plain_text(const unsigned char *text, Py_ssize_t size) {
#ifdef HAVE_WIDE_SCAN
    if (wide_usable && wide_allowed) return is_plain_wide(text, size);
#endif
    return is_plain(text, size);
}

/* plain(buffer) -> bool */
static PyObject *plain(PyObject *self, PyObject *arg) {
    Py_buffer view;
    if (PyObject_GetBuffer(arg, &view, PyBUF_SIMPLE) < 0) return NULL;
    int result;
    if (view.len < (64 << 10)) {  /* a short one: not worth giving the GIL up */
        result = plain_text(view.buf, view.len);
    } else {
        Py_BEGIN_ALLOW_THREADS
        result = plain_text(view.buf, view.len);
        Py_END_ALLOW_THREADS
    }
    PyBuffer_Release(&view);
    return PyBool_FromLong(result);
}

/* wide_scan(on) -> whether the wide scan was on: turns it off or on again (for tests, which
 * check both against the grammar); False where it cannot run (no AVX2). */
static PyObject *wide_scan(PyObject *self, PyObject *arg) {
    int on = PyObject_IsTrue(arg);
    if (on < 0) return NULL;
#ifdef HAVE_WIDE_SCAN
    int was = wide_usable && wide_allowed;
    wide_allowed = on;
    return PyBool_FromLong(was);
#else
    return Py_NewRef(Py_False);
#endif
}

static PyMethodDef methods[] = {
    {"wide_scan", wide_scan, METH_O,
     "wide_scan(on): turn the AVX2 candidate scan off or on again (for tests); returns whether "
     "it was in use."},
    {"candidate_starts", candidate_starts, METH_VARARGS,
     "candidate_starts(buffer, start, end, most): the starts of the lines of the ASCII lines "
     "buffer[start:end] that may hold a metric, or None when there are more than `most`."},
    {"template_rows", template_rows, METH_VARARGS,
     "template_rows(buffer, start, end, pieces, step): (lines, their values as doubles, row by "
     "row) when every line of the ASCII lines buffer[start:end] has the shape of `pieces`, "
     "else None."},
    {"tail_rows", tail_rows, METH_VARARGS,
     "tail_rows(buffer, start, end, rows): (how many lines buffer[start:end] holds, counted up "
     "to `rows`; where the last of those begins)."},
    {"plain", plain, METH_O,
     "plain(buffer): True when the bytes are ASCII without \\r, \\b or ESC (no redraw, no "
     "escape sequence)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_scan", NULL, -1, methods};

PyMODINIT_FUNC PyInit__scan(void) {
    init_tables();
#ifdef HAVE_WIDE_SCAN
    init_wide();
#endif
    return PyModule_Create(&module);
}
