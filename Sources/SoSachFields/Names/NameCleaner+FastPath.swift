import SoSachText

/// The fast path of ``NameCleaner/clean(_:)`` for names that are already clean: no repair to
/// make, so the result is the input as `full`, keys built on bytes in one pass
/// (``CleanNameScan``), the split and the doubt flags computed on the same bytes, and each key
/// `String` created once.
extension NameCleaner {
    /// The result of ``cleanGeneral(_:)`` when `text` is an already-clean name without a
    /// possible honorific; nil otherwise (the general pipeline then decides).
    func cleanAlreadyClean(_ text: String) -> Cleaned<PersonName>? {
        var copy = text
        return copy.withUTF8 { bytes -> Cleaned<PersonName>? in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: CleanNameScan.capacity(bytes.count)) { out -> Cleaned<PersonName>? in
                guard let scan = CleanNameScan.scan(bytes, toneStyle: toneStyle, into: out.baseAddress!) else { return nil }
                let key = UnsafeBufferPointer(start: out.baseAddress, count: scan.keyLength)
                let folded = UnsafeBufferPointer(start: out.baseAddress! + scan.foldedStart, count: scan.foldedLength)
                // A first word that is an honorific ("Bà", "Ông") needs the dictionary rules of
                // `stripsHonorific`: the general path decides.
                let probe = scan.hasDiacritics ? key : folded
                if let space = probe.firstIndex(of: 0x20), space <= 8,
                   Self.isSortedMember(Self.code(probe[..<space]), of: scan.hasDiacritics ? Self.sortedHonorificCodes : Self.sortedFoldedHonorificCodes) {
                    return nil
                }
                let parts = Self.split(bytes, key)
                var flags: [Flag] = []
                if parts.family.isEmpty { flags.append("name.single_word") }
                if !scan.hasDiacritics && needsDiacritics(folded) { flags.append("name.no_diacritics") }
                if parts.middle.count > 0 && looksGivenNameFirst(folded) { flags.append("name.order") }
                let keyString = String(utf8Bytes: key)
                let name = PersonName(full: text, familyRange: parts.family, middleRange: parts.middle, givenRange: parts.given,
                                      key: keyString, foldedKey: scan.isASCII ? keyString : String(utf8Bytes: folded),
                                      phoneticKey: PhoneticKey.make(foldedBytes: folded), hasDiacritics: scan.hasDiacritics)
                return Cleaned(name, flags: flags)
            }
        }
    }

    /// ``honorificCodes`` and ``foldedHonorificCodes`` sorted, for ``isSortedMember(_:of:)``.
    static let sortedHonorificCodes = honorificCodes.sorted()
    static let sortedFoldedHonorificCodes = foldedHonorificCodes.sorted()

    /// Binary search in sorted codes.
    static func isSortedMember(_ code: UInt64, of codes: [UInt64]) -> Bool {
        var low = 0, high = codes.count
        while low < high {
            let mid = (low + high) >> 1
            if codes[mid] < code { low = mid + 1 } else { high = mid }
        }
        return low < codes.count && codes[low] == code
    }

    /// `looksGivenNameFirst` on the folded key's bytes.
    private func looksGivenNameFirst(_ folded: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = folded.firstIndex(of: 0x20) else { return false }
        let firstWord = folded[..<first]
        if first <= 8 && Self.commonFamilyCodes.contains(Self.code(firstWord)) { return false }
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
