/* Stand-in for mscms.dll (colour management), for the TEST wine prefix only (never in the bundle).
 * Qt's qwindows.dll calls WcsCreateIccProfile, a Wine 8.0 stub that aborts the process: this
 * native one reports "no colour profile" instead. Loaded with WINEDLLOVERRIDES=mscms=n for the
 * windowed program only. Built by installer/check with mingw-w64. */
#include <windows.h>
__declspec(dllexport) HANDLE WINAPI OpenColorProfileW(void *p, DWORD a, DWORD s, DWORD c) { (void)p; (void)a; (void)s; (void)c; SetLastError(ERROR_FILE_NOT_FOUND); return NULL; }
__declspec(dllexport) BOOL WINAPI CloseColorProfile(HANDLE h) { (void)h; return TRUE; }
__declspec(dllexport) HANDLE WINAPI WcsCreateIccProfile(HANDLE h, DWORD o) { (void)h; (void)o; SetLastError(ERROR_NOT_SUPPORTED); return NULL; }
__declspec(dllexport) BOOL WINAPI GetColorProfileFromHandle(HANDLE h, BYTE *b, DWORD *n) { (void)h; (void)b; (void)n; SetLastError(ERROR_NOT_SUPPORTED); return FALSE; }
