#include "cicu.h"

#include <unicode/unorm2.h>
#include <unicode/utypes.h>

int32_t cicu_nfc(const uint16_t *src, int32_t srcLength, uint16_t *dest, int32_t destCapacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&code); // a singleton: never closed
    if (U_FAILURE(code)) { *status = (int32_t)code; return 0; }
    int32_t length = unorm2_normalize(nfc, (const UChar *)src, srcLength, (UChar *)dest, destCapacity, &code);
    *status = (int32_t)code;
    return length;
}

#include <unicode/ucasemap.h>
#include <unicode/ucol.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <stddef.h>

int32_t cicu_nfd(const uint16_t *src, int32_t srcLength, uint16_t *dest, int32_t destCapacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const UNormalizer2 *nfd = unorm2_getNFDInstance(&code); // a singleton: never closed
    if (U_FAILURE(code)) { *status = (int32_t)code; return 0; }
    int32_t length = unorm2_normalize(nfd, (const UChar *)src, srcLength, (UChar *)dest, destCapacity, &code);
    *status = (int32_t)code;
    return length;
}

int32_t cicu_nfc_quick_check(const uint16_t *src, int32_t srcLength, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&code);
    if (U_FAILURE(code)) { *status = (int32_t)code; return 0; }
    UNormalizationCheckResult result = unorm2_quickCheck(nfc, (const UChar *)src, srcLength, &code);
    *status = (int32_t)code;
    switch (result) {
    case UNORM_YES: return 1;
    case UNORM_MAYBE: return 2;
    default: return 0;
    }
}

int32_t cicu_nfc_is_normalized(const uint16_t *src, int32_t srcLength, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&code);
    if (U_FAILURE(code)) { *status = (int32_t)code; return 0; }
    UBool result = unorm2_isNormalized(nfc, (const UChar *)src, srcLength, &code);
    *status = (int32_t)code;
    return result ? 1 : 0;
}

int32_t cicu_case_map(int32_t mode, const char *locale, const uint16_t *src, int32_t srcLength,
                      uint16_t *dest, int32_t destCapacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t length = 0;
    switch (mode) {
    case 0: length = u_strToUpper((UChar *)dest, destCapacity, (const UChar *)src, srcLength, locale, &code); break;
    case 1: length = u_strToLower((UChar *)dest, destCapacity, (const UChar *)src, srcLength, locale, &code); break;
    default: length = u_strToTitle((UChar *)dest, destCapacity, (const UChar *)src, srcLength, NULL, locale, &code); break;
    }
    *status = (int32_t)code;
    return length;
}

void *cicu_translit_open(const uint16_t *id, int32_t idLength, int32_t rules, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UParseError parseError;
    UTransliterator *trans;
    if (rules) {
        static const UChar name[] = { 'S', 'o', 'S', 'a', 'c', 'h', 0 };
        trans = utrans_openU(name, -1, UTRANS_FORWARD, (const UChar *)id, idLength, &parseError, &code);
    } else {
        trans = utrans_openU((const UChar *)id, idLength, UTRANS_FORWARD, NULL, 0, &parseError, &code);
    }
    *status = (int32_t)code;
    if (U_FAILURE(code)) { if (trans) utrans_close(trans); return NULL; }
    return trans;
}

void cicu_translit_close(void *handle) {
    if (handle) utrans_close((UTransliterator *)handle);
}

void cicu_translit_apply(void *handle, uint16_t *text, int32_t *textLength, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t limit = *textLength;
    utrans_transUChars((const UTransliterator *)handle, (UChar *)text, textLength, capacity, 0, &limit, &code);
    *status = (int32_t)code;
}

void *cicu_coll_open(const char *locale, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UCollator *coll = ucol_open(locale, &code);
    *status = (int32_t)code;
    if (U_FAILURE(code)) { if (coll) ucol_close(coll); return NULL; }
    return coll;
}

void cicu_coll_close(void *handle) {
    if (handle) ucol_close((UCollator *)handle);
}

int32_t cicu_coll_sort_key(void *handle, const uint16_t *src, int32_t srcLength, uint8_t *dest, int32_t destCapacity) {
    return ucol_getSortKey((const UCollator *)handle, (const UChar *)src, srcLength, dest, destCapacity);
}

int32_t cicu_coll_compare(void *handle, const uint16_t *a, int32_t aLength, const uint16_t *b, int32_t bLength) {
    UCollationResult r = ucol_strcoll((const UCollator *)handle, (const UChar *)a, aLength, (const UChar *)b, bLength);
    return r == UCOL_LESS ? -1 : (r == UCOL_EQUAL ? 0 : 1);
}
