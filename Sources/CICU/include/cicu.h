// Plain C functions over ICU, callable from Swift.
//
// ICU's own headers rename every function with a version suffix through macros
// (unorm2_normalize -> unorm2_normalize_72), which Swift cannot import, and Foundation on
// Linux carries ICU headers of its own whose types clash with the system's. So this header
// includes no ICU header: it declares plain functions over UTF-16 buffers and int32_t
// status codes (ICU's UErrorCode values: 0 success, < 0 warning, > 0 error), and cicu.c
// forwards to ICU.
#ifndef CICU_H
#define CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Normalises `src` (UTF-16, `srcLength` units) to NFC into `dest` (capacity `destCapacity`).
/// Returns the length needed; `*status` > 0 on error (15 = buffer overflow: call again larger).
int32_t cicu_nfc(const uint16_t *src, int32_t srcLength, uint16_t *dest, int32_t destCapacity, int32_t *status);

#ifdef __cplusplus
}
#endif

#endif
