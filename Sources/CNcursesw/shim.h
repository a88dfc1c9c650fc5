#ifndef PAPERBOAT_CNCURSESW_SHIM_H
#define PAPERBOAT_CNCURSESW_SHIM_H

/* The wide-character API is only declared with NCURSES_WIDECHAR; SwiftPM drops
   the -D_XOPEN_SOURCE flag pkg-config would give, so define it here. */
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Swift 6 cannot read C globals or NCURSES_BITS macros: expose them as functions. */
static inline WINDOW *pb_stdscr(void) { return stdscr; }
static inline FILE *pb_stdout(void) { return stdout; }
static inline FILE *pb_stdin(void) { return stdin; }
static inline int pb_lines(void) { return LINES; }
static inline int pb_cols(void) { return COLS; }
static inline int pb_colors(void) { return COLORS; }
static inline attr_t pb_a_bold(void) { return A_BOLD; }
static inline attr_t pb_a_reverse(void) { return A_REVERSE; }
static inline attr_t pb_a_underline(void) { return A_UNDERLINE; }
static inline attr_t pb_a_dim(void) { return A_DIM; }
static inline attr_t pb_a_normal(void) { return A_NORMAL; }
static inline attr_t pb_a_standout(void) { return A_STANDOUT; }
static inline attr_t pb_a_blink(void) { return A_BLINK; }
static inline int pb_key_code_yes(void) { return KEY_CODE_YES; }

/* Puts one cell (a base character and up to four combining marks, NUL-terminated)
   with attributes and colour pair at y, x. */
static inline int pb_put_cell(WINDOW *win, int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, pair, NULL) != OK) return ERR;
    return mvwadd_wch(win, y, x, &cell);
}

/* wcwidth is not visible through Glibc in Swift. */
int wcwidth(wchar_t c);

/* Puts one wide character (with attributes and colour pair) at y, x. */
static inline int pb_put_wchar(WINDOW *win, int y, int x, wchar_t ch, attr_t attrs, short pair) {
    cchar_t cell;
    wchar_t text[2] = { ch, 0 };
    setcchar(&cell, text, attrs, pair, NULL);
    return mvwadd_wch(win, y, x, &cell);
}
#endif
