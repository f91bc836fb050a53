/// The one-pass normaliser behind ``VietnameseText``: UTF-8 bytes → letter cells (see
/// ``VietnameseLetterCells``) → spacing, tone placement, case → UTF-8 bytes and keys.
///
/// Invariants and fast paths:
/// - Works on the UTF-8 bytes of the input, never on `Character`s, with scratch buffers from
///   `withUnsafeTemporaryAllocation` (on the stack for names), so it allocates nothing but the
///   result strings, and returns the input `String` itself when nothing changed.
/// - Vietnamese letters and combining marks after them are composed by table, in any mark
///   order; ICU is called only when a scalar outside the table may need NFC (a combining mark
///   that does not fit the letter before it, or a scalar that is not NFC on its own). Then the
///   input is normalised by ICU (after the mark-order repair) and decoded again.
/// - Cells keep one scalar each: a letter cell is (base, modifier, tone, case); anything else
///   is kept raw. Tone placement only touches a syllable that is one run of letters with one
///   vowel cluster and at most one tone, so unusual words ("ThanhHương", minority names with
///   several vowel groups) are left alone rather than damaged.
enum VietnameseTextEngine {
    typealias L = VietnameseLetterCells

    /// Marks in raw cells: bit 29 asks for upper case, bit 28 for lower case at output.
    static let wantUpper: UInt32 = 1 << 29
    static let wantLower: UInt32 = 1 << 28
    /// A space that replaced punctuation (collapsing it is not a spacing repair).
    static let syntheticSpace: UInt32 = 0x4000_0021

    static func run(_ input: String, _ options: VietnameseTextOptions) -> NormalizedText {
        var copy = input
        return copy.withUTF8 { bytes in
            process(bytes, source: input, options: options, fallback: true)
        }
    }

    // MARK: - Decoding

    /// Decoding state shared by the decode loop and its helpers.
    struct Decoder {
        let bytes: UnsafeBufferPointer<UInt8>
        let cells: UnsafeMutableBufferPointer<UInt32>
        let options: VietnameseTextOptions
        var n = 0
        var changes: TextChanges = []
        var needsICU = false
        var tokenStartCell = 0
        var tokenStartByte = 0
        var tokenHasLatin = false
        var tokenHasLookalike = false
        /// Set when the spaces need compacting (leading, repeated or punctuation-made spaces)
        /// or an apostrophe/hyphen needs checking: clean names skip that pass.
        var needsCompaction = false

        init(bytes: UnsafeBufferPointer<UInt8>, cells: UnsafeMutableBufferPointer<UInt32>, options: VietnameseTextOptions) {
            self.bytes = bytes
            self.cells = cells
            self.options = options
        }

        /// The scalar starting at byte `i` and the index after it (input is valid UTF-8).
        @inline(__always) func scalar(at i: Int) -> (UInt32, Int) {
            let b0 = UInt32(bytes[i])
            if b0 < 0x80 { return (b0, i + 1) }
            if b0 < 0xE0 { return (((b0 & 0x1F) << 6) | (UInt32(bytes[i + 1]) & 0x3F), i + 2) }
            if b0 < 0xF0 {
                return (((b0 & 0x0F) << 12) | ((UInt32(bytes[i + 1]) & 0x3F) << 6) | (UInt32(bytes[i + 2]) & 0x3F), i + 3)
            }
            return (((b0 & 0x07) << 18) | ((UInt32(bytes[i + 1]) & 0x3F) << 12) | ((UInt32(bytes[i + 2]) & 0x3F) << 6)
                | (UInt32(bytes[i + 3]) & 0x3F), i + 4)
        }

        @inline(__always) mutating func append(_ cell: UInt32) {
            cells[n] = cell
            n += 1
        }

        /// Ends the current token at byte `end`: a token made only of Cyrillic/Greek letters
        /// (no Latin letter) is decoded again with its look-alikes kept.
        mutating func endToken(at end: Int, next: Int) {
            if tokenHasLookalike {
                if tokenHasLatin {
                    changes.insert(.confusable)
                } else {
                    n = tokenStartCell
                    var inner = Decoder(bytes: bytes, cells: cells, options: options)
                    inner.n = n
                    inner.decode(from: tokenStartByte, to: end, scriptLookalikes: false)
                    n = inner.n
                    changes.formUnion(inner.changes)
                    needsICU = needsICU || inner.needsICU
                    needsCompaction = needsCompaction || inner.needsCompaction
                }
            }
            tokenHasLatin = false
            tokenHasLookalike = false
            tokenStartByte = next
        }

        @inline(__always) mutating func appendSpace(_ cell: UInt32, at i: Int, next: Int, scriptLookalikes: Bool) {
            if scriptLookalikes { endToken(at: i, next: next) }
            if n == 0 || cells[n - 1] == L.space || cells[n - 1] == syntheticSpace || cell != L.space { needsCompaction = true }
            append(cell)
            tokenStartCell = n
        }

        /// Whether the scalar at byte `i` is a lower-case letter (a tone typed as a spacing mark
        /// must be followed by one to be inside a word).
        @inline(__always) func lowercaseLetter(at i: Int) -> Bool {
            guard i < bytes.count else { return false }
            let (s, _) = scalar(at: i)
            let cell = L.cell(s)
            return cell != 0 && cell & L.upperBit == 0
        }

        @inline(__always) func uppercaseLetter(at i: Int) -> Bool {
            guard i < bytes.count else { return false }
            let (s, _) = scalar(at: i)
            let cell = L.cell(s)
            return cell != 0 && cell & L.upperBit != 0
        }

        @inline(__always) func letter(at i: Int) -> Bool {
            guard i < bytes.count else { return false }
            let (s, _) = scalar(at: i)
            return L.cell(s) != 0
        }

        /// Handles a spacing tone mark (´ ˊ ˋ ˜ ˀ ` ~ ? .) typed in a name; true when consumed.
        mutating func spacingMark(_ s: UInt32, next: Int) -> Bool {
            // "H´Hen", "Y`Bih": an apostrophe after a one-letter H/Y/K prefix.
            if s == 0xB4 || s == 0x60 || s == 0x2CA || s == 0x2CB, n - tokenStartCell == 1, L.isLetter(cells[n - 1]),
                [0x68, 0x79, 0x6B].contains(L.base(cells[n - 1])), letter(at: next) {
                needsCompaction = true
                append(L.rawBit | 0x27)
                changes.insert(.confusable)
                return true
            }
            let tone: UInt32
            switch s {
            case 0xB4, 0x2CA: tone = 4
            case 0x2CB, 0x60: tone = 1
            case 0x2DC, 0x7E: tone = 3
            case 0x2C0, 0x3F: tone = 2
            case 0x2E: tone = 5
            default: return false
            }
            guard n > tokenStartCell, L.isVowel(cells[n - 1]), L.tone(cells[n - 1]) == 0, lowercaseLetter(at: next) else {
                return false
            }
            cells[n - 1] |= tone << L.toneShift
            changes.insert(.confusable)
            return true
        }

        mutating func decode(from start: Int, to end: Int, scriptLookalikes: Bool) {
            let table = L.decode
            let o = options
            var i = start
            tokenStartByte = start
            tokenStartCell = n
            while i < end {
                let b = bytes[i]
                if b < 0x80 {
                    let s = UInt32(b)
                    let next = i + 1
                    let cell = table[Int(s)]
                    if cell != 0 {
                        append(cell)
                        tokenHasLatin = true
                    } else if s == 0x20 {
                        appendSpace(L.space, at: i, next: next, scriptLookalikes: scriptLookalikes)
                    } else if L.isOddSpace(s) {
                        changes.insert(.spacing)
                        appendSpace(L.space, at: i, next: next, scriptLookalikes: scriptLookalikes)
                    } else if L.isInvisible(s) {
                        changes.insert(.invisible)
                    } else if s >= 0x30 && s <= 0x39 {
                        if o.stripDigits { changes.insert(.digits) } else { append(L.rawBit | s) }
                    } else if o.spacingMarks && (s == 0x60 || s == 0x7E || s == 0x3F || s == 0x2E) && spacingMark(s, next: next) {
                        // consumed as a tone or an apostrophe
                    } else if s == 0x27 || s == 0x2D || !o.stripPunctuation {
                        if s == 0x27 || s == 0x2D { needsCompaction = true }
                        append(L.rawBit | s)
                    } else {
                        changes.insert(.punctuation)
                        appendSpace(syntheticSpace, at: i, next: next, scriptLookalikes: scriptLookalikes)
                    }
                    i = next
                    continue
                }
                let (s, next) = scalar(at: i)
                if s < 0x1F00, table[Int(s)] != 0 {
                    append(table[Int(s)])
                    tokenHasLatin = true
                } else if s >= 0x300 && s <= 0x36F {
                    if n > 0, let merged = L.attach(s, to: cells[n - 1], lookalikes: o.confusables) {
                        cells[n - 1] = merged
                        let standard = L.toneOfMark(s, lookalikes: false) != 0 || L.modifierOfMark(s, lookalikes: false) != 0
                        changes.insert(standard && s != 0x335 ? .composition : .confusable)
                    } else {
                        append(L.rawBit | s)
                        needsICU = true
                    }
                } else if o.confusables, L.dStrokeLookalike(s) != 0 {
                    append(table[Int(L.dStrokeLookalike(s))])
                    tokenHasLatin = true
                    changes.insert(.confusable)
                } else if o.confusables, scriptLookalikes, let latin = L.scriptLookalikes[s] {
                    append(table[Int(latin)])
                    tokenHasLookalike = true
                } else if L.isOddSpace(s) {
                    changes.insert(.spacing)
                    appendSpace(L.space, at: i, next: next, scriptLookalikes: scriptLookalikes)
                } else if L.isInvisible(s) {
                    changes.insert(.invisible)
                    // A zero-width space before a capital separates two words ("Trần\u{200B}Văn").
                    if s == 0x200B, n > tokenStartCell, next < end, uppercaseLetter(at: next) {
                        appendSpace(L.space, at: i, next: next, scriptLookalikes: scriptLookalikes)
                    }
                } else if o.confusables && (s == 0x2019 || s == 0x2BC || s == 0x2018) {
                    needsCompaction = true
                    append(L.rawBit | 0x27)
                    changes.insert(.confusable)
                } else if o.spacingMarks && (s == 0xB4 || s == 0x2CA || s == 0x2CB || s == 0x2DC || s == 0x2C0)
                    && spacingMark(s, next: next) {
                    // consumed
                } else if o.stripPunctuation && !Self.isWordScalar(s) {
                    changes.insert(.punctuation)
                    appendSpace(syntheticSpace, at: i, next: next, scriptLookalikes: scriptLookalikes)
                } else if o.stripDigits && Self.isDigit(s) {
                    changes.insert(.digits)
                } else {
                    append(L.rawBit | s)
                    if !(s < 0x300 || (s >= 0x1E00 && s < 0x1F00)) { needsICU = true }
                }
                i = next
            }
            if scriptLookalikes { endToken(at: end, next: end) }
        }

        static func isWordScalar(_ s: UInt32) -> Bool {
            guard let scalar = Unicode.Scalar(s) else { return false }
            let p = scalar.properties
            if p.isAlphabetic { return true }
            switch p.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return true
            default: return false
            }
        }

        static func isDigit(_ s: UInt32) -> Bool {
            guard let scalar = Unicode.Scalar(s) else { return false }
            return scalar.properties.numericType != nil
        }
    }

    // MARK: - Processing

    static func process(
        _ bytes: UnsafeBufferPointer<UInt8>, source: String, options: VietnameseTextOptions, fallback: Bool
    ) -> NormalizedText {
        let capacity = bytes.count + 4
        return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: capacity) { cells -> NormalizedText in
            var decoder = Decoder(bytes: bytes, cells: cells, options: options)
            decoder.decode(from: 0, to: bytes.count, scriptLookalikes: options.confusables)
            if decoder.needsICU && fallback {
                let repaired = ICUNormalizer.nfcUnchecked(VietnameseText.reorderingMarks(source))
                if Array(repaired.utf8) != Array(bytes) {
                    var result = run(repaired, options, fallback: false)
                    result.changes.insert(.composition)
                    return result
                }
            }
            var n = decoder.n
            var changes = decoder.changes
            if decoder.needsCompaction || (n > 0 && cells[n - 1] == L.space) {
                compactSpaces(cells, &n, &changes, dropLooseApostrophes: options.stripPunctuation)
            }
            var hasDiacritics = false
            for k in 0..<n where L.isLetter(cells[k]) && cells[k] & (L.toneMask | L.modifierMask) != 0 {
                hasDiacritics = true
                break
            }
            var key = "", folded = ""
            if options.keys {
                if options.toneStyle == .traditional {
                    changes.formUnion(placeTones(cells, n, .traditional))
                    (key, folded) = keys(cells, n)
                } else {
                    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: max(n, 1)) { keyCells in
                        for k in 0..<n { keyCells[k] = cells[k] }
                        _ = placeTones(keyCells, n, .traditional)
                        (key, folded) = keys(keyCells, n)
                    }
                    if let style = options.toneStyle { changes.formUnion(placeTones(cells, n, style)) }
                }
            } else if let style = options.toneStyle {
                changes.formUnion(placeTones(cells, n, style))
            }
            if applyCasing(cells, n, options.casing) { changes.insert(.letterCase) }
            // Every transformation above records a change, and cells encode back to the very
            // scalars they were decoded from, so no change means the output is the input.
            let text: String
            if changes.isEmpty {
                assert(encode(cells, n, reusing: bytes, source: "\u{FFFF}unchanged", changes: &changes) == "\u{FFFF}unchanged")
                text = source
            } else {
                text = encode(cells, n, reusing: bytes, source: source, changes: &changes)
            }
            return NormalizedText(text: text, changes: changes, key: key, foldedKey: folded, hasDiacritics: hasDiacritics)
        }
    }

    static func run(_ input: String, _ options: VietnameseTextOptions, fallback: Bool) -> NormalizedText {
        var copy = input
        return copy.withUTF8 { process($0, source: input, options: options, fallback: fallback) }
    }

    /// Trims and collapses spaces; with `dropLooseApostrophes`, removes apostrophes and
    /// hyphens that are not between two letters.
    static func compactSpaces(_ cells: UnsafeMutableBufferPointer<UInt32>, _ n: inout Int, _ changes: inout TextChanges,
                              dropLooseApostrophes: Bool) {
        if dropLooseApostrophes {
            var w = 0
            for r in 0..<n {
                let c = cells[r]
                if c == L.rawBit | 0x27 || c == L.rawBit | 0x2D {
                    let before = r > 0 && isWordCell(cells[r - 1])
                    let after = r + 1 < n && isWordCell(cells[r + 1])
                    if !(before && after) {
                        changes.insert(.punctuation)
                        cells[w] = syntheticSpace
                        w += 1
                        continue
                    }
                }
                cells[w] = c
                w += 1
            }
            n = w
        }
        var w = 0
        var r = 0
        while r < n {
            let c = cells[r]
            if c == L.space || c == syntheticSpace {
                var runEnd = r
                var synthetic = false
                while runEnd < n && (cells[runEnd] == L.space || cells[runEnd] == syntheticSpace) {
                    if cells[runEnd] == syntheticSpace { synthetic = true }
                    runEnd += 1
                }
                let length = runEnd - r
                let edge = w == 0 || runEnd == n
                if !synthetic && (edge || length > 1) { changes.insert(.spacing) }
                if !edge { cells[w] = L.space; w += 1 }
                r = runEnd
                continue
            }
            cells[w] = c
            w += 1
            r += 1
        }
        n = w
    }

    @inline(__always) static func isWordCell(_ c: UInt32) -> Bool {
        if L.isLetter(c) { return true }
        guard c & L.rawBit != 0 else { return false }
        let s = c & 0x1F_FFFF
        return s >= 0x80 && Decoder.isWordScalar(s)
    }

    // MARK: - Tone placement

    /// Places the tone of every syllable (a maximal run of letter cells) in `style`.
    static func placeTones(_ cells: UnsafeMutableBufferPointer<UInt32>, _ n: Int, _ style: ToneStyle) -> TextChanges {
        var changes: TextChanges = []
        var k = 0
        while k < n {
            guard L.isLetter(cells[k]) else { k += 1; continue }
            var e = k
            while e < n && L.isLetter(cells[e]) { e += 1 }
            changes.formUnion(placeTone(cells, k, e, style))
            k = e
        }
        return changes
    }

    /// The rules of README §3.1 (Unikey's placement): a modified vowel (ă â ê ô ơ ư; ơ in ươ)
    /// takes the tone; else the last vowel when a final consonant follows; else the middle of
    /// three vowels; else oa/oe/uy by style; else the first vowel. qu and gi (before another
    /// vowel) are onsets whose u/i never carry the tone.
    static func placeTone(_ cells: UnsafeMutableBufferPointer<UInt32>, _ s: Int, _ e: Int, _ style: ToneStyle) -> TextChanges {
        var anyTone: UInt32 = 0
        for j in s..<e { anyTone |= cells[j] }
        if anyTone & L.toneMask == 0 { return [] }
        var first = s
        while first < e && !L.isVowel(cells[first]) { first += 1 }
        if first == e { return [] }
        var vStart = first
        if vStart > s, vStart + 1 < e, L.isVowel(cells[vStart + 1]) {
            let onset = L.base(cells[vStart - 1])
            let v = cells[vStart]
            if (onset == 0x71 && L.base(v) == 0x75 && L.modifier(v) == 0) || (onset == 0x67 && L.base(v) == 0x69) {
                vStart += 1
            }
        }
        var vEnd = vStart
        while vEnd < e && L.isVowel(cells[vEnd]) { vEnd += 1 }
        for j in vEnd..<e where L.isVowel(cells[j]) { return [] }   // several vowel groups: not one syllable
        var toneAt = -1
        for j in s..<e where L.tone(cells[j]) != 0 {
            if toneAt >= 0 { return [] }
            toneAt = j
        }
        if toneAt < 0 { return [] }
        let count = vEnd - vStart
        var lastModified = -1
        for j in vStart..<vEnd where L.modifier(cells[j]) != 0 { lastModified = j }
        var target: Int
        var styleDependent = false
        if lastModified >= 0 {
            target = lastModified
        } else if vEnd < e {
            target = vEnd - 1
        } else if count >= 3 {
            target = vStart + 1
        } else if count == 2 {
            let a = L.base(cells[vStart]), b = L.base(cells[vStart + 1])
            if (a == 0x6F && (b == 0x61 || b == 0x65)) || (a == 0x75 && b == 0x79) {
                styleDependent = true
                target = style == .traditional ? vStart : vStart + 1
            } else {
                target = vStart
            }
        } else {
            target = vStart
        }
        if target == toneAt { return [] }
        let toneBits = cells[toneAt] & L.toneMask
        cells[toneAt] &= ~L.toneMask
        cells[target] |= toneBits
        let wasStyleVariant = styleDependent && toneAt >= vStart && toneAt < vEnd
        return wasStyleVariant ? .toneStyle : .toneMisplaced
    }

    // MARK: - Case

    /// Applies `casing`; true when a letter changed case.
    static func applyCasing(_ cells: UnsafeMutableBufferPointer<UInt32>, _ n: Int, _ casing: VietnameseTextOptions.Casing) -> Bool {
        if casing == .keep { return false }
        var changed = false
        var tokenStart = true
        var tokenIndex = 0
        for k in 0..<n {
            let c = cells[k]
            if c == L.space { tokenStart = true; tokenIndex = 0; continue }
            let upper: Bool
            switch casing {
            case .upper: upper = true
            case .lower: upper = false
            default:
                if tokenStart {
                    upper = true
                } else if k >= 1 && (cells[k - 1] == L.rawBit | 0x2D) {
                    upper = true
                } else if tokenIndex == 2 && cells[k - 1] == L.rawBit | 0x27 && L.isLetter(cells[k - 2]) {
                    upper = true   // H'Hen, Y'Bih, K'Bố
                } else {
                    upper = false
                }
            }
            if L.isLetter(c) {
                let now = upper ? c | L.upperBit : c & ~L.upperBit
                if now != c { changed = true; cells[k] = now }
                tokenStart = false
            } else {
                let s = c & 0x1F_FFFF
                if let scalar = Unicode.Scalar(s), scalar.properties.isCased {
                    let p = scalar.properties
                    if upper ? p.changesWhenUppercased : p.changesWhenLowercased {
                        cells[k] = (c & ~(wantUpper | wantLower)) | (upper ? wantUpper : wantLower)
                        changed = true
                    }
                    tokenStart = false
                } else if tokenStart && isWordCell(c) {
                    tokenStart = false
                }
            }
            tokenIndex += 1
        }
        return changed
    }

    // MARK: - Output

    @inline(__always) static func put(_ s: UInt32, _ out: UnsafeMutableBufferPointer<UInt8>, _ len: inout Int) {
        if s < 0x80 {
            out[len] = UInt8(s); len += 1
        } else if s < 0x800 {
            out[len] = UInt8(0xC0 | (s >> 6)); out[len + 1] = UInt8(0x80 | (s & 0x3F)); len += 2
        } else if s < 0x10000 {
            out[len] = UInt8(0xE0 | (s >> 12)); out[len + 1] = UInt8(0x80 | ((s >> 6) & 0x3F))
            out[len + 2] = UInt8(0x80 | (s & 0x3F)); len += 3
        } else {
            out[len] = UInt8(0xF0 | (s >> 18)); out[len + 1] = UInt8(0x80 | ((s >> 12) & 0x3F))
            out[len + 2] = UInt8(0x80 | ((s >> 6) & 0x3F)); out[len + 3] = UInt8(0x80 | (s & 0x3F)); len += 4
        }
    }

    /// Writes a raw cell, case-mapped through ICU when asked.
    static func putRaw(_ c: UInt32, _ out: UnsafeMutableBufferPointer<UInt8>, _ len: inout Int, lower: Bool = false) {
        let s = c & 0x1F_FFFF
        let mapUpper = !lower && c & wantUpper != 0
        let mapLower = lower || c & wantLower != 0
        if (mapUpper || mapLower), let scalar = Unicode.Scalar(s),
           mapUpper ? scalar.properties.changesWhenUppercased : scalar.properties.changesWhenLowercased {
            let text = String(Character(scalar))
            let mapped = mapUpper ? ICUCaseMapping.uppercased(text) : ICUCaseMapping.lowercased(text)
            for m in mapped.unicodeScalars.prefix(3) { put(m.value, out, &len) }
            return
        }
        put(s, out, &len)
    }

    static func encode(_ cells: UnsafeMutableBufferPointer<UInt32>, _ n: Int, reusing bytes: UnsafeBufferPointer<UInt8>,
                       source: String, changes: inout TextChanges) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n * 12 + 4) { out -> String in
            var len = 0
            let compose = L.compose
            for k in 0..<n {
                let c = cells[k]
                if L.isLetter(c) { put(L.scalar(c, compose), out, &len) } else if c == L.space { out[len] = 0x20; len += 1 } else { putRaw(c, out, &len) }
            }
            if len == bytes.count {
                var same = true
                for j in 0..<len where out[j] != bytes[j] { same = false; break }
                if same { return source }
            }
            return String(decoding: UnsafeBufferPointer(start: out.baseAddress, count: len), as: UTF8.self)
        }
    }

    /// The lower-case key and the folded key of cells whose tones are already traditional.
    static func keys(_ cells: UnsafeMutableBufferPointer<UInt32>, _ n: Int) -> (String, String) {
        // Fast path: letters and spaces only, both keys in one pass.
        for k in 0..<n where !(L.isLetter(cells[k]) || cells[k] == L.space) { return generalKeys(cells, n) }
        let foldedStart = n * 4 + 4
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: foldedStart + n + 4) { out -> (String, String) in
            var len = 0, foldedLength = 0
            var ascii = true
            let compose = L.compose
            for k in 0..<n {
                let c = cells[k]
                if c == L.space {
                    out[len] = 0x20; len += 1
                    out[foldedStart + foldedLength] = 0x20; foldedLength += 1
                    continue
                }
                let s = L.scalar(c & ~L.upperBit, compose)
                if s >= 0x80 { ascii = false }
                put(s, out, &len)
                out[foldedStart + foldedLength] = L.base(c); foldedLength += 1
            }
            let key = String(decoding: UnsafeBufferPointer(start: out.baseAddress, count: len), as: UTF8.self)
            if ascii { return (key, key) }
            let folded = String(decoding: UnsafeBufferPointer(start: out.baseAddress! + foldedStart, count: foldedLength), as: UTF8.self)
            return (key, folded)
        }
    }

    /// ``keys(_:_:)`` for cells that include raw scalars (apostrophes, foreign letters, marks).
    static func generalKeys(_ cells: UnsafeMutableBufferPointer<UInt32>, _ n: Int) -> (String, String) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n * 12 + 4) { out -> (String, String) in
            var len = 0
            var ascii = true
            for k in 0..<n {
                let c = cells[k]
                if L.isLetter(c) {
                    let s = L.scalar(c & ~L.upperBit)
                    if s >= 0x80 { ascii = false }
                    put(s, out, &len)
                } else if c == L.space {
                    out[len] = 0x20; len += 1
                } else {
                    ascii = false
                    putRaw(c, out, &len, lower: true)
                }
            }
            let key = String(decoding: UnsafeBufferPointer(start: out.baseAddress, count: len), as: UTF8.self)
            if ascii { return (key, key) }
            len = 0
            var k = 0
            var foreign = ""
            while k < n {
                let c = cells[k]
                if L.isLetter(c) {
                    out[len] = L.base(c); len += 1
                } else if c == L.space {
                    out[len] = 0x20; len += 1
                } else {
                    let s = c & 0x1F_FFFF
                    if s < 0x80 {
                        out[len] = UInt8(s | (s >= 0x41 && s <= 0x5A ? 0x20 : 0)); len += 1
                    } else if !(s >= 0x300 && s <= 0x36F) {
                        // A run of other scalars goes through ICU's rule-based transliterator.
                        var e = k
                        foreign.unicodeScalars.removeAll(keepingCapacity: true)
                        while e < n, cells[e] & L.rawBit != 0, (cells[e] & 0x1F_FFFF) >= 0x80 {
                            if let u = Unicode.Scalar(cells[e] & 0x1F_FFFF) { foreign.unicodeScalars.append(u) }
                            e += 1
                        }
                        let latin = VietnameseText.foldForeign(foreign)
                        for b in latin.utf8 where len < out.count { out[len] = b; len += 1 }
                        k = e
                        continue
                    }
                }
                k += 1
            }
            return (key, String(decoding: UnsafeBufferPointer(start: out.baseAddress, count: len), as: UTF8.self))
        }
    }
}
