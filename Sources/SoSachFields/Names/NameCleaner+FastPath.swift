#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SoSachText

/// The fast path of ``NameCleaner/clean(_:)`` for names that are already clean: no repair to
/// make, so the result is the input as `full`, keys built on bytes (``CleanNameScan`` for the
/// exact and folded keys and one code per word, ``PhoneticKey/write(words:count:folded:foldedCount:into:)``
/// from those codes, all in one stack buffer), the split (from the spaces the scan found) and
/// the doubt flags computed on the same bytes, and each key
/// `String` created once (the folded key shares the exact key's storage when the name is
/// ASCII, the phonetic key the folded key's when they are equal).
extension NameCleaner {
    /// The result of ``cleanGeneral(_:)`` when `text` is an already-clean name without a
    /// possible honorific; nil otherwise (the general pipeline then decides).
    func cleanAlreadyClean(_ text: String) -> Cleaned<PersonName>? {
        // The closures return only plain values (ranges and bits): the key strings are
        // assigned to these variables, so no `PersonName` is copied out of a closure.
        var key = "", folded = "", phonetic = ""
        // A native string's bytes without copying the string (a bridged one, never seen on
        // Linux, takes the general path).
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> FastSplit? in
            // One stack buffer: the scan's keys, the phonetic key, then the word codes (aligned).
            let phoneticStart = CleanNameScan.capacity(bytes.count)
            let wordsStart = (phoneticStart + PhoneticKey.capacity(bytes.count) + 7) & ~7
            let capacity = wordsStart + 8 * CleanNameScan.wordCapacity(bytes.count)
            return withUnsafeTemporaryAllocation(byteCount: capacity, alignment: 8) { raw -> FastSplit? in
                let base = raw.baseAddress!.bindMemory(to: UInt8.self, capacity: wordsStart)
                let words = (raw.baseAddress! + wordsStart).bindMemory(to: UInt64.self, capacity: CleanNameScan.wordCapacity(bytes.count))
                // The word codes serve the phonetic key only.
                guard let scan = CleanNameScan.scan(bytes, toneStyle: toneStyle, into: base,
                                                    words: makesPhoneticKey ? words : nil) else { return nil }
                let keyBytes = UnsafeBufferPointer(start: base, count: scan.keyLength)
                let foldedBytes = UnsafeBufferPointer(start: base + scan.foldedStart, count: scan.foldedLength)
                // A first word that is an honorific ("Bà", "Ông") needs the dictionary rules of
                // `stripsHonorific`: the general path decides.
                if scan.wordCount > 1 {
                    let probe = scan.hasDiacritics ? keyBytes : foldedBytes
                    let space = scan.hasDiacritics ? scan.firstKeyWordLength : scan.firstFoldedWordLength
                    if space <= 8 {
                        let code = Self.code(probe[..<space])
                        if scan.hasDiacritics ? Self.honorificCodeSet.contains(code) : Self.foldedHonorificCodeSet.contains(code) {
                            return nil
                        }
                    }
                }
                // The scan found the spaces: no search for them again.
                let parts = scan.wordCount == 1 ? (family: 0..<0, middle: 0..<0, given: 0..<bytes.count)
                    : Self.split(bytes, keyBytes, firstSpace: scan.firstSpace, lastSpace: scan.lastSpace)
                var flags: UInt8 = 0
                if parts.family.isEmpty { flags |= FastSplit.singleWord }
                if !scan.hasDiacritics && needsDiacritics(foldedBytes) { flags |= FastSplit.noDiacritics }
                if parts.middle.count > 0 && looksGivenNameFirst(foldedBytes) { flags |= FastSplit.order }
                if makesExactKey {
                    key = String(utf8Bytes: keyBytes)
                    folded = scan.isASCII ? key : String(utf8Bytes: foldedBytes)
                } else {
                    folded = String(utf8Bytes: foldedBytes)
                }
                if makesPhoneticKey {
                    let phoneticBytes = UnsafeBufferPointer(
                        start: base + phoneticStart,
                        count: PhoneticKey.write(words: words, count: scan.wordCount, folded: base + scan.foldedStart,
                                                 foldedCount: scan.foldedLength, into: base + phoneticStart))
                    phonetic = phoneticBytes.count == foldedBytes.count
                        && memcmp(phoneticBytes.baseAddress!, foldedBytes.baseAddress!, foldedBytes.count) == 0
                        ? folded : String(utf8Bytes: phoneticBytes)
                }
                return FastSplit(family: parts.family, middle: parts.middle, given: parts.given, flags: flags,
                                 hasDiacritics: scan.hasDiacritics)
            }
        }
        guard let found = found ?? nil else { return nil }
        // Most clean names have no flag: no array then.
        var flags: [Flag] = []
        if found.flags != 0 {
            if found.flags & FastSplit.singleWord != 0 { flags.append("name.single_word") }
            if found.flags & FastSplit.noDiacritics != 0 { flags.append("name.no_diacritics") }
            if found.flags & FastSplit.order != 0 { flags.append("name.order") }
        }
        // Built in place: no copy of the name (and of its strings) into the result.
        return Cleaned(PersonName(full: text, familyRange: found.family, middleRange: found.middle, givenRange: found.given,
                                  key: consume key, foldedKey: consume folded, phoneticKey: consume phonetic,
                                  hasDiacritics: found.hasDiacritics),
                       flags: flags)
    }

    /// What the fast path found besides the keys: the parts as byte ranges of the name and
    /// the doubt flags as bits.
    struct FastSplit {
        static let singleWord: UInt8 = 1, noDiacritics: UInt8 = 2, order: UInt8 = 4
        let family: Range<Int>, middle: Range<Int>, given: Range<Int>
        let flags: UInt8
        let hasDiacritics: Bool
    }

    /// ``honorificCodes`` and ``foldedHonorificCodes`` as hash sets.
    static let honorificCodeSet = WordCodeSet(honorificCodes)
    static let foldedHonorificCodeSet = WordCodeSet(foldedHonorificCodes)
    /// ``commonFamilyCodes`` as a hash set.
    static let commonFamilyCodeSet = WordCodeSet(commonFamilyCodes)

    /// `looksGivenNameFirst` on the folded key's bytes.
    private func looksGivenNameFirst(_ folded: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = folded.firstIndex(of: 0x20) else { return false }
        let firstWord = folded[..<first]
        if first <= 8 && Self.commonFamilyCodeSet.contains(Self.code(firstWord)) { return false }
        if dictionary.foldedFamilyWords.contains(firstWord) { return false }
        let secondEnd = folded[(first + 1)...].firstIndex(of: 0x20) ?? folded.count
        let second = folded[(first + 1)..<secondEnd]
        return dictionary.foldedFamilyWords.contains(second) && !dictionary.foldedMiddleWords.contains(second)
    }

    /// `needsDiacritics` on the folded key's bytes.
    private func needsDiacritics(_ folded: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        while start < folded.count {
            let end = folded[start...].firstIndex(of: 0x20) ?? folded.count
            if dictionary.foldedWordsNeedingDiacritics.contains(folded[start..<end]) { return true }
            start = end + 1
        }
        return false
    }
}
