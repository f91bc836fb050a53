import Foundation
import Testing
@testable import SoSachFields

/// The run date read from the clock without a Calendar is the Gregorian UTC date
/// (from 1696 on: Foundation's calendar is Julian before 1582).
@Suite struct CivilDateTodayTests {
    @Test func daysSince1970MatchCalendar() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        for days in stride(from: -100_000, through: 800_000, by: 997) + Array(-1_000...25_000) {
            let parts = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(days) * 86_400 + 43_210))
            let date = CivilDate.fromDaysSince1970(days)
            #expect(date == CivilDate(year: parts.year!, month: parts.month!, day: parts.day!), "\(days)")
        }
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        #expect(CivilDate.today() == CivilDate(year: parts.year!, month: parts.month!, day: parts.day!))
    }
}
