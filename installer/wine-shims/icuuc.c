/* Stand-in for Windows 10's system icuuc.dll, for the TEST wine prefix only (never in the bundle).
 * Qt >= 6.10's Qt6Core.dll imports these ucnv_* functions from the system ICU, which Wine 8.0
 * lacks, so Qt would not load at all. Every converter is "unavailable" (U_FILE_ACCESS_ERROR):
 * Qt then uses its own UTF-8/UTF-16/Latin-1 codecs, all the application needs.
 * Built by installer/check with mingw-w64 into the prefix's system32. */
#include <stddef.h>
#include <stdint.h>
typedef int UErrorCode;
#define E __declspec(dllexport)
static void fail(UErrorCode *e) { if (e && *e <= 0) *e = 4; /* U_FILE_ACCESS_ERROR */ }
E void *ucnv_open(const char *n, UErrorCode *e) { (void)n; fail(e); return NULL; }
E void ucnv_close(void *c) { (void)c; }
E void ucnv_reset(void *c) { (void)c; }
E int8_t ucnv_getMaxCharSize(const void *c) { (void)c; return 1; }
E const char *ucnv_getName(const void *c, UErrorCode *e) { (void)c; fail(e); return NULL; }
E const char *ucnv_getStandardName(const char *n, const char *s, UErrorCode *e) { (void)n; (void)s; fail(e); return NULL; }
E const char *ucnv_getAvailableName(int32_t i) { (void)i; return NULL; }
E int32_t ucnv_countAvailable(void) { return 0; }
E int32_t ucnv_toUCountPending(const void *c, UErrorCode *e) { (void)c; fail(e); return 0; }
E int32_t ucnv_fromUCountPending(const void *c, UErrorCode *e) { (void)c; fail(e); return 0; }
E void ucnv_getToUCallBack(const void *c, void **a, const void **x) { (void)c; if (a) *a = NULL; if (x) *x = NULL; }
E void ucnv_getFromUCallBack(const void *c, void **a, const void **x) { (void)c; if (a) *a = NULL; if (x) *x = NULL; }
E void ucnv_setToUCallBack(void *c, void *a, const void *x, void **oa, const void **ox, UErrorCode *e) { (void)c; (void)a; (void)x; if (oa) *oa = NULL; if (ox) *ox = NULL; fail(e); }
E void ucnv_setFromUCallBack(void *c, void *a, const void *x, void **oa, const void **ox, UErrorCode *e) { (void)c; (void)a; (void)x; if (oa) *oa = NULL; if (ox) *ox = NULL; fail(e); }
E void ucnv_cbToUWriteUChars(void *a, const uint16_t *s, int32_t n, int32_t o, UErrorCode *e) { (void)a; (void)s; (void)n; (void)o; fail(e); }
E void ucnv_cbFromUWriteUChars(void *a, const uint16_t **s, const uint16_t *l, int32_t o, UErrorCode *e) { (void)a; (void)s; (void)l; (void)o; fail(e); }
E void ucnv_toUnicode(void *c, uint16_t **t, const uint16_t *tl, const char **s, const char *sl, int32_t *o, int8_t f, UErrorCode *e) { (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; fail(e); }
E void ucnv_fromUnicode(void *c, char **t, const char *tl, const uint16_t **s, const uint16_t *sl, int32_t *o, int8_t f, UErrorCode *e) { (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; fail(e); }
E void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *x, void *a, const uint16_t *u, int32_t n, int32_t cp, int r, UErrorCode *e) { (void)x; (void)a; (void)u; (void)n; (void)cp; (void)r; (void)e; }
E void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *x, void *a, const char *u, int32_t n, int r, UErrorCode *e) { (void)x; (void)a; (void)u; (void)n; (void)r; (void)e; }
