/// An instant read from a UTCTime or GeneralizedTime, in the forms RFC 5280 allows.
///
/// UTCTime must be `YYMMDDHHMMSSZ` (years 50-99 are 1950-1999, 00-49 are 2000-2049) and GeneralizedTime
/// `YYYYMMDDHHMMSSZ`: seconds present, no fraction, no offset other than `Z`, and a date that exists in the
/// proleptic Gregorian calendar. Leap seconds (`60`) are refused.
public struct DERTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year, 0 to 9999.
    public let year: Int
    /// The month, 1 to 12.
    public let month: Int
    /// The day of the month, 1 to 31.
    public let day: Int
    /// The hour, 0 to 23.
    public let hour: Int
    /// The minute, 0 to 59.
    public let minute: Int
    /// The second, 0 to 59.
    public let second: Int

    /// Creates a time from its fields, checking that they name a real instant.
    ///
    /// - Throws: ``DERError/Code/invalidTime`` for out-of-range fields or a day the month does not have.
    public init(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) throws(DERError) {
        try self.init(year: year, month: month, day: day, hour: hour, minute: minute, second: second, offset: 0)
    }

    private init(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, offset: Int) throws(DERError) {
        guard (0...9999).contains(year), (1...12).contains(month),
            (1...DERTime.daysIn(month: month, year: year)).contains(day),
            (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second)
        else {
            throw DERError(
                .invalidTime,
                "\(year)-\(month)-\(day) \(hour):\(minute):\(second) is not a valid UTC instant",
                offset: offset
            )
        }
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// Reads UTCTime content.
    init(utcTime content: ArraySlice<UInt8>) throws(DERError) {
        guard content.count == 13 else {
            throw DERError(
                .invalidTime,
                "a UTCTime has \(content.count) bytes; RFC 5280 requires YYMMDDHHMMSSZ (13)",
                offset: content.startIndex
            )
        }
        let shortYear = try Self.twoDigits(content, 0)
        try self.init(
            fields: content,
            year: shortYear >= 50 ? 1900 + shortYear : 2000 + shortYear,
            restAt: 2
        )
    }

    /// Reads GeneralizedTime content.
    init(generalizedTime content: ArraySlice<UInt8>) throws(DERError) {
        guard content.count == 15 else {
            throw DERError(
                .invalidTime,
                "a GeneralizedTime has \(content.count) bytes; RFC 5280 requires YYYYMMDDHHMMSSZ (15)",
                offset: content.startIndex
            )
        }
        let year = try Self.twoDigits(content, 0) * 100 + Self.twoDigits(content, 2)
        try self.init(fields: content, year: year, restAt: 4)
    }

    private init(fields content: ArraySlice<UInt8>, year: Int, restAt start: Int) throws(DERError) {
        guard content.last == UInt8(ascii: "Z") else {
            throw DERError(.invalidTime, "a time must end in Z", offset: content.endIndex - 1)
        }
        try self.init(
            year: year,
            month: Self.twoDigits(content, start),
            day: Self.twoDigits(content, start + 2),
            hour: Self.twoDigits(content, start + 4),
            minute: Self.twoDigits(content, start + 6),
            second: Self.twoDigits(content, start + 8),
            offset: content.startIndex
        )
    }

    /// Reads two ASCII digits at `position` bytes into `content`.
    private static func twoDigits(_ content: ArraySlice<UInt8>, _ position: Int) throws(DERError) -> Int {
        let index = content.startIndex + position
        let high = content[index] &- UInt8(ascii: "0")
        let low = content[index + 1] &- UInt8(ascii: "0")
        guard high <= 9, low <= 9 else {
            throw DERError(.invalidTime, "a time has a non-digit where a digit belongs", offset: index)
        }
        return Int(high) * 10 + Int(low)
    }

    /// The number of days in a month of the proleptic Gregorian calendar.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            return leap ? 29 : 28
        case 4, 6, 9, 11:
            return 30
        default:
            return 31
        }
    }

    /// Seconds since 1970-01-01T00:00:00Z (negative before it).
    public var secondsSince1970: Int64 {
        // Count days from 0000-03-01 so that the leap day falls at the end of each counted year.
        let shiftedYear = Int64(month <= 2 ? year - 1 : year)
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let monthFromMarch = Int64(month > 2 ? month - 3 : month + 9)
        let dayOfYear = (153 * monthFromMarch + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return days * 86_400 + Int64(hour) * 3_600 + Int64(minute) * 60 + Int64(second)
    }

    /// Whether the year needs GeneralizedTime under RFC 5280 (before 1950 or after 2049).
    public var requiresGeneralizedTime: Bool {
        year < 1950 || year > 2049
    }

    /// Orders times chronologically.
    public static func < (lhs: DERTime, rhs: DERTime) -> Bool {
        lhs.secondsSince1970 < rhs.secondsSince1970
    }

    /// The time in ISO 8601 form, such as `2049-12-31T23:59:59Z`.
    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))Z"
    }
}
