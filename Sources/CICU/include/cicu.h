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

/// Normalises `src` to NFD into `dest`; same contract as `cicu_nfc`.
int32_t cicu_nfd(const uint16_t *src, int32_t srcLength, uint16_t *dest, int32_t destCapacity, int32_t *status);

/// NFC quick check of `src`: 1 = yes (already NFC), 0 = no, 2 = maybe (a full check is needed).
int32_t cicu_nfc_quick_check(const uint16_t *src, int32_t srcLength, int32_t *status);

/// 1 when `src` is in NFC (a full check, never "maybe"), else 0.
int32_t cicu_nfc_is_normalized(const uint16_t *src, int32_t srcLength, int32_t *status);

/// Case mapping with the rules of `locale` (a C string such as "vi"). `mode`: 0 = upper,
/// 1 = lower, 2 = title (ICU's default word breaks). Returns the length needed; same buffer
/// contract as `cicu_nfc`. ICU may report a warning (< 0) such as U_USING_DEFAULT_WARNING.
int32_t cicu_case_map(int32_t mode, const char *locale, const uint16_t *src, int32_t srcLength,
                      uint16_t *dest, int32_t destCapacity, int32_t *status);

/// Opens a transliterator from a system ID or, when `rules` is non-zero, from a rule set
/// (`id` is then only its name). Returns an owned handle to release with `cicu_translit_close`,
/// or NULL with `*status` > 0.
void *cicu_translit_open(const uint16_t *id, int32_t idLength, int32_t rules, int32_t *status);

/// Closes a handle from `cicu_translit_open` (NULL is ignored).
void cicu_translit_close(void *handle);

/// Transliterates `text` (`*textLength` units, capacity `capacity`) in place; on return
/// `*textLength` is the new length. `*status` = 15 when the capacity is too small.
void cicu_translit_apply(void *handle, uint16_t *text, int32_t *textLength, int32_t capacity, int32_t *status);

/// Opens a collator for `locale` (e.g. "vi"). Owned handle: release with `cicu_coll_close`.
void *cicu_coll_open(const char *locale, int32_t *status);

/// Closes a handle from `cicu_coll_open` (NULL is ignored).
void cicu_coll_close(void *handle);

/// Writes the sort key of `src` into `dest` (capacity `destCapacity`) and returns its length
/// including the terminating zero byte; when the result exceeds the capacity, call again larger.
int32_t cicu_coll_sort_key(void *handle, const uint16_t *src, int32_t srcLength, uint8_t *dest, int32_t destCapacity);

/// Compares two strings with the collator: -1, 0 or 1.
int32_t cicu_coll_compare(void *handle, const uint16_t *a, int32_t aLength, const uint16_t *b, int32_t bLength);

#ifdef __cplusplus
}
#endif

#endif
