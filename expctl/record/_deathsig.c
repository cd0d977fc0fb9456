/* expctl.record._deathsig: have the kernel signal the wrapped command when expctl dies (Linux prctl).
 *
 * `set_death_signal` is called in a child between fork and exec (subprocess's preexec_fn), where
 * importing ctypes to reach prctl would cost every wrapped command a few milliseconds.
 * `spawn` starts the command in a process group of its own with that death signal set, without
 * running any Python in the child: a preexec_fn makes subprocess fork the whole interpreter and
 * run Python between fork and exec (about 4 ms a command, against 0.3 ms for a plain spawn), and
 * importing subprocess costs a few more modules. Optional: without it, expctl.record.childio
 * uses subprocess, with this module's set_death_signal or ctypes. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#ifdef __linux__
#include <sched.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#endif

static PyObject *
set_death_signal(PyObject *self, PyObject *args)
{
    int signum;
    long parent;
    if (!PyArg_ParseTuple(args, "il", &signum, &parent))
        return NULL;
#ifdef __linux__
    if (prctl(PR_SET_PDEATHSIG, signum, 0, 0, 0) != 0)
        return PyErr_SetFromErrno(PyExc_OSError);
    if ((long)getppid() != parent)  /* the parent died before the call above */
        kill(getpid(), signum);
#endif
    Py_RETURN_NONE;
}

/* A NULL-terminated array of the bytes objects in `seq` (borrowed buffers: `seq` must outlive
 * it); NULL with an exception set on error. */
static char **
byte_strings(PyObject *seq, const char *what)
{
    Py_ssize_t n = PyList_Size(seq);
    if (n < 0)
        return NULL;
    char **out = PyMem_Calloc((size_t)n + 1, sizeof(char *));
    if (out == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *item = PyList_GET_ITEM(seq, i);
        char *text;
        Py_ssize_t size;
        if (PyBytes_AsStringAndSize(item, &text, &size) < 0) {
            PyMem_Free(out);
            return NULL;
        }
        if ((size_t)size != strlen(text)) {
            PyMem_Free(out);
            PyErr_Format(PyExc_ValueError, "embedded null byte in %s", what);
            return NULL;
        }
        out[i] = text;
    }
    return out;
}

/* In the child, between fork and exec: only async-signal-safe calls, no allocation. */
static void
child_exec(char **executables, char **argv, char **envp, int out_fd, int err_fd, int own_group,
           int deathsig, pid_t parent, int errpipe)
{
    int saved = 0, code;
    if (out_fd >= 0) {
        if ((out_fd == 1 ? fcntl(1, F_SETFD, 0) : dup2(out_fd, 1)) < 0)
            goto failed;
    }
    if (err_fd >= 0) {
        if ((err_fd == 2 ? fcntl(2, F_SETFD, 0) : dup2(err_fd, 2)) < 0)
            goto failed;
    }
    /* As subprocess's restore_signals: what Python ignores, the command gets back. */
    signal(SIGPIPE, SIG_DFL);
#ifdef SIGXFSZ
    signal(SIGXFSZ, SIG_DFL);
#endif
    if (own_group && setpgid(0, 0) < 0)
        goto failed;
#ifdef __linux__
    if (deathsig > 0) {
        if (prctl(PR_SET_PDEATHSIG, deathsig, 0, 0, 0) != 0)
            goto failed;
        if (getppid() != parent)  /* expctl died before the call above */
            kill(getpid(), deathsig);
    }
#endif
    for (char **exe = executables; *exe != NULL; exe++) {
        execve(*exe, argv, envp);
        /* As subprocess: the first failure other than "not there" is the one reported. */
        if (errno != ENOENT && errno != ENOTDIR && saved == 0)
            saved = errno;
    }
    if (saved != 0)
        errno = saved;
failed:
    code = errno;
    while (write(errpipe, &code, sizeof code) < 0 && errno == EINTR)
        ;
    _exit(127);
}

#ifdef __linux__
/* What the child of `start_child` gets: child_exec's arguments, and the signal mask the command
 * starts with. */
struct child_args {
    char **executables, **argv, **envp;
    int out_fd, err_fd, own_group, deathsig, errpipe;
    pid_t parent;
    sigset_t mask;
};

/* The child shares expctl's memory until it execs (CLONE_VM): a handler of expctl's that ran in
 * it would write expctl's state. Every caught signal goes back to its default before the mask
 * (all blocked, see start_child) is lifted; ignored ones stay ignored, as across exec. */
static int
child_main(void *data)
{
    struct child_args *a = data;
    struct sigaction dfl, now;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    for (int sig = 1; sig < NSIG; sig++) {
        if (sig == SIGKILL || sig == SIGSTOP || sigaction(sig, NULL, &now) != 0)
            continue;
        if ((now.sa_flags & SA_SIGINFO) || (now.sa_handler != SIG_DFL && now.sa_handler != SIG_IGN))
            sigaction(sig, &dfl, NULL);
    }
    sigprocmask(SIG_SETMASK, &a->mask, NULL);
    child_exec(a->executables, a->argv, a->envp, a->out_fd, a->err_fd, a->own_group, a->deathsig,
               a->parent, a->errpipe);
    return 127;  /* not reached: child_exec execs or exits */
}

#define CHILD_STACK (256 * 1024)

/* The child, started as vfork does (clone with CLONE_VM | CLONE_VFORK): no copy of expctl's
 * page tables, and no copy-on-write faults in expctl afterwards for every page it writes while
 * the child shares them (fork cost 0.3 ms and some 500 faults here, 0.1 ms and none this way).
 * expctl's thread waits until the child has exec'd or exited; the child runs on a stack of its
 * own, with every signal blocked until its handlers are reset (child_main). -1 and errno on
 * failure. */
static pid_t
start_child(struct child_args *a)
{
    sigset_t all;
    sigfillset(&all);
    if (pthread_sigmask(SIG_BLOCK, &all, &a->mask) != 0)
        return -1;
    pid_t pid = -1;
    void *stack = mmap(NULL, CHILD_STACK, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
    if (stack != MAP_FAILED) {
        pid = clone(child_main, (char *)stack + CHILD_STACK, CLONE_VM | CLONE_VFORK | SIGCHLD, a);
        int saved = errno;
        munmap(stack, CHILD_STACK);
        errno = saved;
    }
    int saved = errno;
    pthread_sigmask(SIG_SETMASK, &a->mask, NULL);
    errno = saved;
    return pid;
}
#endif

static PyObject *
spawn(PyObject *self, PyObject *args)
{
    PyObject *exe_list, *argv_list, *env_list;
    int out_fd, err_fd, own_group, deathsig;
    long parent;
    if (!PyArg_ParseTuple(args, "O!O!O!iipil", &PyList_Type, &exe_list, &PyList_Type, &argv_list,
                          &PyList_Type, &env_list, &out_fd, &err_fd, &own_group, &deathsig,
                          &parent))
        return NULL;
    if (PyList_GET_SIZE(exe_list) == 0 || PyList_GET_SIZE(argv_list) == 0) {
        PyErr_SetString(PyExc_ValueError, "spawn needs a program and its argv");
        return NULL;
    }
    char **executables = NULL, **argv = NULL, **envp = NULL;
    PyObject *result = NULL;
    int pipefd[2] = {-1, -1};
    if ((executables = byte_strings(exe_list, "the program's path")) == NULL
        || (argv = byte_strings(argv_list, "argv")) == NULL
        || (envp = byte_strings(env_list, "the environment")) == NULL)
        goto done;
    if (pipe2(pipefd, O_CLOEXEC) < 0) {
        PyErr_SetFromErrno(PyExc_OSError);
        goto done;
    }
#ifdef __linux__
    struct child_args child = {executables, argv, envp, out_fd, err_fd, own_group, deathsig,
                               pipefd[1], (pid_t)parent};
    pid_t pid = start_child(&child);
#else
    pid_t pid = fork();
    if (pid == 0)
        child_exec(executables, argv, envp, out_fd, err_fd, own_group, deathsig, (pid_t)parent,
                   pipefd[1]);
#endif
    int fork_errno = errno;
    close(pipefd[1]);
    if (pid < 0) {
        errno = fork_errno;
        PyErr_SetFromErrno(PyExc_OSError);
        goto done;
    }
    /* Nothing to read (end of file): the command was exec'd. An errno: it could not be. */
    int code = 0;
    ssize_t got;
    Py_BEGIN_ALLOW_THREADS
    do {
        got = read(pipefd[0], &code, sizeof code);
    } while (got < 0 && errno == EINTR);
    Py_END_ALLOW_THREADS
    if (got > 0) {
        int status;
        Py_BEGIN_ALLOW_THREADS
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
            ;
        Py_END_ALLOW_THREADS
        errno = got == (ssize_t)sizeof code ? code : EIO;
        PyErr_SetFromErrnoWithFilenameObject(PyExc_OSError, PyList_GET_ITEM(argv_list, 0));
        goto done;
    }
    result = PyLong_FromLong((long)pid);
done:
    if (pipefd[0] >= 0)
        close(pipefd[0]);
    PyMem_Free(executables);
    PyMem_Free(argv);
    PyMem_Free(envp);
    return result;
}

static PyMethodDef methods[] = {
    {"spawn", spawn, METH_VARARGS,
     "spawn(executables, argv, env, stdout_fd, stderr_fd, own_group, deathsig, parent_pid) -> pid: "
     "run the first of `executables` (bytes paths, tried in order) that can be exec'd, with `argv` "
     "and `env` (lists of bytes, `NAME=value`), stdout and stderr on those fds (-1: inherited), "
     "in a process group of its own when `own_group`, SIGPIPE and SIGXFSZ at their defaults, and "
     "`deathsig` (0: none) when `parent_pid` dies. OSError (its errno from the child) when it "
     "cannot be started."},
    {"set_death_signal", set_death_signal, METH_VARARGS,
     "set_death_signal(signum, parent_pid): signum when the parent dies (now, if it has)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_deathsig", NULL, -1, methods};

PyMODINIT_FUNC
PyInit__deathsig(void)
{
    return PyModule_Create(&module);
}
