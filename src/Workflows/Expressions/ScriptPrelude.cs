using Acornima.Ast;
using Jint;

namespace LabFlow.Workflows.Expressions;

/// <summary>
/// The date helpers every script can call. They are JavaScript, not .NET delegates, so the sandbox
/// exposes no .NET object at all. Dates are computed in UTC so that date-only values ("2026-01-05")
/// never shift by a day around daylight-saving changes.
/// </summary>
internal static class ScriptPrelude
{
    public const string Source = """
        (function (g) {
            'use strict';
            function toDate(value, what) {
                if (value instanceof Date) {
                    if (isNaN(value.getTime())) { throw new RangeError(what + ' is an invalid date'); }
                    return new Date(value.getTime());
                }
                if (typeof value === 'string') {
                    var parsed = new Date(value);
                    if (!isNaN(parsed.getTime())) { return parsed; }
                }
                throw new TypeError(what + " must be a date (a Date or an ISO 8601 string such as '2026-01-05'), not " + JSON.stringify(value));
            }
            function toNumber(value, what) {
                if (typeof value !== 'number' || !isFinite(value)) { throw new TypeError(what + ' must be a number, not ' + JSON.stringify(value)); }
                return value;
            }
            g.date = function (value) { return toDate(value, 'date(value)'); };
            g.addDays = function (value, days) {
                var d = toDate(value, 'addDays(date, days): date');
                d.setUTCDate(d.getUTCDate() + toNumber(days, 'addDays(date, days): days'));
                return d;
            };
            g.addHours = function (value, hours) {
                var d = toDate(value, 'addHours(date, hours): date');
                d.setTime(d.getTime() + toNumber(hours, 'addHours(date, hours): hours') * 3600000);
                return d;
            };
            g.addMonths = function (value, months) {
                var d = toDate(value, 'addMonths(date, months): date');
                var n = toNumber(months, 'addMonths(date, months): months');
                var day = d.getUTCDate();
                d.setUTCDate(1);
                d.setUTCMonth(d.getUTCMonth() + n);
                // Like .NET AddMonths: 31 January plus one month is the last day of February, not 3 March.
                var last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
                d.setUTCDate(Math.min(day, last));
                return d;
            };
            g.daysBetween = function (a, b) {
                var from = toDate(a, 'daysBetween(a, b): a');
                var to = toDate(b, 'daysBetween(a, b): b');
                return Math.trunc((to.getTime() - from.getTime()) / 86400000);
            };
        })(globalThis);
        """;

    /// <summary>
    /// Values that reach built-in prototypes no global property leads to (iterators, generators, async functions,
    /// arguments objects), so the lockdown can freeze them too.
    /// </summary>
    public static Prepared<Script> PreparedHiddenIntrinsics { get; } = Engine.PrepareScript(
        "[[][Symbol.iterator](), new Map()[Symbol.iterator](), new Set()[Symbol.iterator](), ''[Symbol.iterator](), ''.matchAll(/a/g), function* () {}, async function () {}, async function* () {}, (function () { return arguments; })()]",
        "labflow-hidden-intrinsics",
        strict: true);

    /// <summary>Parsed once for every engine.</summary>
    public static Prepared<Script> Prepared { get; } = Engine.PrepareScript(Source, "labflow-prelude", strict: true);
}
