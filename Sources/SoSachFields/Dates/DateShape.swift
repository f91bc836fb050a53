import SoSachText

/// The syntactic shape of a date cell, before any calendar check: which numbers it holds and
/// in which roles. Shared by ``DateParser`` and ``DateColumnDetector``.
struct DateShape: Sendable {
    enum Kind: Sendable {
        case serial(Int)
        case year(Int)
        case iso(Int, Int?, Int?)
        case monthYear(Int?, Int)
        /// First and second numbers (nil: placeholder), year; `explicit` when the words ngày /
        /// tháng fix the roles.
        case dayMonthYear(Int?, Int?, Int, explicit: Bool)
    }

    var kind: Kind
    var twoDigitYear = false
    var placeholder = false
    /// An Excel serial or an ISO date-time: a value a spreadsheet converted to a real date.
    var isRealDate = false

    private struct Number {
        var value: Int?      // nil: placeholder (xx, ?, 00)
        var digits: Int
        var fraction: Bool   // followed by .0…
    }

    /// Reads the shape of `text`, or nil when it is not a date.
    static func read(_ text: String) -> DateShape? {
        var text = text
        return text.withUTF8 { raw -> DateShape? in
            if raw.contains(where: { $0 >= 0x80 }) {
                var folded = VietnameseText.foldKey(String(decoding: raw, as: UTF8.self))
                return folded.withUTF8 { read(bytes: $0) }
            }
            return read(bytes: raw)
        }
    }

    private static func read(bytes: UnsafeBufferPointer<UInt8>) -> DateShape? {
        if bytes.count == 10, let shape = plain(bytes) { return shape }
        return readGeneral(bytes: bytes)
    }

    /// The shape of "dd/mm/yyyy" (ten bytes: two digits, '/', two digits, '/', four digits),
    /// built without the general scan; nil for any other text. It is the general reading's
    /// shape (`DateFastPathTests`): 00 is a placeholder, as there.
    static func plain(_ bytes: UnsafeBufferPointer<UInt8>) -> DateShape? {
        guard bytes.count == 10, bytes[2] == 0x2F, bytes[5] == 0x2F else { return nil }
        var value = 0
        var a = 0, b = 0
        for k in 0..<10 where k != 2 && k != 5 {
            let digit = bytes[k] &- 0x30
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
            if k == 1 { a = value; value = 0 } else if k == 4 { b = value; value = 0 }
        }
        let year = value
        let day: Int? = a == 0 ? nil : a, month: Int? = b == 0 ? nil : b
        var shape = DateShape(kind: .dayMonthYear(day, month, year, explicit: false))
        shape.placeholder = day == nil || month == nil
        if month == nil {
            shape.kind = .monthYear(nil, year)
        } else if day == nil {
            shape.kind = .monthYear(month, year)
        }
        return shape
    }

    /// The general reading of `bytes` (see `read(_:)`).
    static func readGeneral(bytes: UnsafeBufferPointer<UInt8>) -> DateShape? {
        var numbers: [Number] = []
        numbers.reserveCapacity(6)
        var separators: [UInt8] = []   // the separator after each number (0 = none/space)
        var hasNgay = false, hasThang = false, hasNam = false, hasTime = false
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b >= 0x30 && b <= 0x39 {
                var value = 0, digits = 0
                while i < n, bytes[i] >= 0x30 && bytes[i] <= 0x39 {
                    if digits < 9 { value = value * 10 + Int(bytes[i] - 0x30) }
                    digits += 1
                    i += 1
                }
                var fraction = false
                if i + 1 < n, bytes[i] == 0x2E || bytes[i] == 0x2C, bytes[i + 1] >= 0x30 && bytes[i + 1] <= 0x39 {
                    // "1980.0", "29285.0": a float from a spreadsheet library, only at the end.
                    var j = i + 1
                    while j < n, bytes[j] >= 0x30 && bytes[j] <= 0x39 { j += 1 }
                    if j == n && numbers.isEmpty { fraction = true; i = j }
                }
                numbers.append(Number(value: digits > 9 ? nil : value, digits: digits, fraction: fraction))
                if digits > 9 { return nil }
                separators.append(0)
                continue
            }
            if b == 0x78 || b == 0x58 || b == 0x3F {   // x, X, ? placeholders
                while i < n, bytes[i] == 0x78 || bytes[i] == 0x58 || bytes[i] == 0x3F { i += 1 }
                numbers.append(Number(value: nil, digits: 0, fraction: false))
                separators.append(0)
                continue
            }
            if (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) {
                let start = i
                while i < n, (bytes[i] | 0x20) >= 0x61 && (bytes[i] | 0x20) <= 0x7A { i += 1 }
                let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self).lowercased()
                switch word {
                case "ngay": hasNgay = true
                case "thang": hasThang = true
                case "nam": hasNam = true
                case "t": hasTime = true
                case "sinh": break
                default: return nil
                }
                continue
            }
            switch b {
            case 0x2F, 0x2D, 0x2E:
                if let last = separators.indices.last, separators[last] == 0 { separators[last] = b }
            case 0x3A:
                hasTime = true
                if let last = separators.indices.last, separators[last] == 0 { separators[last] = b }
            case 0x20, 0x09, 0x2C, 0x27, 0x22: break
            default: return nil
            }
            i += 1
        }
        guard !numbers.isEmpty, numbers.count <= 7 else { return nil }
        // Placeholders: 0 or 00 for a day or month.
        func part(_ k: Int) -> Int? { numbers[k].value.flatMap { $0 == 0 ? nil : $0 } }

        if numbers.count == 1 {
            let only = numbers[0]
            guard let value = only.value else { return nil }
            if only.digits == 4 && value >= 1000 && value <= 2999 && !hasNgay && !hasThang {
                return DateShape(kind: .year(value))
            }
            if hasNam || hasNgay || hasThang { return nil }
            var shape = DateShape(kind: .serial(value))
            shape.isRealDate = true
            return shape
        }
        if numbers.contains(where: { $0.fraction }) { return nil }
        // ISO: the year first.
        if numbers[0].digits == 4, let year = numbers[0].value {
            let sep = separators[0]
            guard sep == 0x2D || sep == 0x2F || sep == 0x2E else { return nil }
            if numbers.count > 3 && !(hasTime || numbers.count <= 6 && separators[2] == 0) { return nil }
            let month = numbers.count > 1 ? numbers[1].value : nil
            let day = numbers.count > 2 ? numbers[2].value : nil
            var shape = DateShape(kind: .iso(year, month, day))
            shape.isRealDate = numbers.count > 3 || hasTime
            return shape
        }
        // "5/3/1980 0:00" (a date-time in a display format): drop the time. Unlike a serial
        // or an ISO date-time it is still text in the display order, so it is not a "real
        // date" for the swap rule: read day-first, it already gives the typed date back.
        if numbers.count > 3 && hasTime && numbers.count <= 6 && numbers[2].digits == 4 {
            numbers.removeSubrange(3...)
        }
        guard numbers.count <= 3 else { return nil }
        let yearNumber = numbers[numbers.count - 1]
        guard let yearValue = yearNumber.value, yearNumber.digits == 4 || yearNumber.digits == 2 else { return nil }
        for k in 0..<(numbers.count - 1) where numbers[k].digits > 2 { return nil }
        var shape: DateShape
        if numbers.count == 2 {
            if hasNgay { return nil }
            shape = DateShape(kind: .monthYear(part(0), yearValue))
            shape.placeholder = part(0) == nil
        } else {
            shape = DateShape(kind: .dayMonthYear(part(0), part(1), yearValue, explicit: hasNgay || hasThang))
            shape.placeholder = part(0) == nil || part(1) == nil
            if part(1) == nil, case .dayMonthYear = shape.kind {
                shape.kind = .monthYear(nil, yearValue)
            } else if part(0) == nil, let month = part(1) {
                shape.kind = .monthYear(month, yearValue)
            }
        }
        shape.twoDigitYear = yearNumber.digits == 2
        return shape
    }
}
