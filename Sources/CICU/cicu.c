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
