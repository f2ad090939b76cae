import { refuse, type IssuePath } from "../../core/errors.js";
import { localize, type Locale } from "../../core/localized.js";
import { LAST_YEAR } from "../dates.js";
import { dayFromIsoDate, isoDate, plusDays } from "./calendar.js";
import { iCalendarOptionsParser, parseTimeline, type ICalendarOptions, type Timeline } from "./timeline.schema.js";

const CRLF = "\r\n";
const MAX_OCTETS = 75;

/** Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, "\\n");
}

function octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line (RFC 5545 3.1): no physical line longer than 75 octets of UTF-8, each
 * continuation starting with one space, never splitting a character.
 */
function fold(line: string): string {
  const parts: string[] = [];
  let current = "";
  let size = 0;
  for (const char of line) {
    const width = octets(char.codePointAt(0) as number);
    if (size + width > MAX_OCTETS) {
      parts.push(current);
      current = " ";
      size = 1;
    }
    current += char;
    size += width;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** FNV-1a, 64 bits, over the UTF-8 bytes of `text`, as 16 hex digits. */
function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, "0");
}

const basicDate = (iso: string): string => iso.replaceAll("-", "");
const basicUtc = (moment: string): string => new Date(moment).toISOString().replace(/[-:]|\.\d{3}/g, "");

/** The day after an ISO date (DTEND of an all-day event is exclusive); refused after 9999-12-30, as it cannot be written. */
function nextDay(iso: string, path: IssuePath): string {
  const day = plusDays(dayFromIsoDate(iso, "UTC"), 1, "UTC");
  if (day.getFullYear() > LAST_YEAR)
    refuse("INVALID_INPUT", "date_out_of_range", `An all-day event on ${iso} cannot be written: it ends on the next day, after ${LAST_YEAR}-12-31`, path);
  return isoDate(day);
}

interface CalendarEvent {
  readonly uid: string;
  readonly summary: string;
  readonly start: string;
  readonly end: string;
  readonly transparent: boolean;
}

function vevent(event: CalendarEvent, stamp: string): string[] {
  return [
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    event.start,
    event.end,
    `SUMMARY:${escapeText(event.summary)}`,
    `TRANSP:${event.transparent ? "TRANSPARENT" : "OPAQUE"}`,
    "END:VEVENT",
  ];
}

function events(timeline: Timeline, cohortName: string, locale: Locale): CalendarEvent[] {
  const key = fnv1a64(cohortName);
  const uid = (kind: string, id: string, date: string): string => `${kind}-${id}-${basicDate(date)}-${key}@koploper`;
  const windows = timeline.phases.flatMap((phase, index) =>
    phase.id === "kickoff"
      ? []
      : [
          {
            uid: uid("phase", phase.id, phase.start),
            summary: `${cohortName}: ${localize(phase.label, locale)}`,
            start: `DTSTART;VALUE=DATE:${basicDate(phase.start)}`,
            end: `DTEND;VALUE=DATE:${basicDate(nextDay(phase.end, ["phases", index, "end"]))}`,
            transparent: true,
          },
        ],
  );
  const meetings = timeline.meetings.map((meeting, index) => ({
    uid: uid("meeting", meeting.id, meeting.date),
    summary: `${cohortName}: ${localize(meeting.label, locale)}`,
    ...(meeting.start === undefined || meeting.end === undefined
      ? { start: `DTSTART;VALUE=DATE:${basicDate(meeting.date)}`, end: `DTEND;VALUE=DATE:${basicDate(nextDay(meeting.date, ["meetings", index, "date"]))}` }
      : { start: `DTSTART:${basicUtc(meeting.start)}`, end: `DTEND:${basicUtc(meeting.end)}` }),
    transparent: false,
  }));
  return [...windows, ...meetings];
}

/**
 * Writes a timeline as an iCalendar file (RFC 5545), so coordinators can send invitations or
 * subscribe: one all-day, non-blocking (`TRANSP:TRANSPARENT`) event per phase window after the
 * kick-off, and one event per meeting (all-day, or timed in UTC when the timeline has meeting
 * hours).
 *
 * Deterministic: `DTSTAMP` is the kick-off day at 00:00 UTC (never the clock), and every UID is
 * built from the kind of event, the phase or meeting id, its date and a hash (FNV-1a, 64 bits) of
 * the cohort name, so regenerating the file gives the same UIDs and a moved meeting a new one.
 * Lines end in CRLF and are folded at 75 octets; text is escaped.
 *
 * @param timeline - a timeline from {@link planTimeline} (checked again: it may come from storage)
 * @param options - `cohortName` (starts every summary, keys the UIDs) and `locale` (`"nl"` default)
 * @returns the calendar as text
 * @throws {@link KoploperError} `INVALID_INPUT` when the timeline or the options are malformed
 * @see RFC 5545 (iCalendar), sections 3.1 (folding), 3.3.11 (text escaping), 3.6.1 (VEVENT)
 *
 * @example
 * ```ts
 * import { planTimeline, toICalendar } from "koploper";
 *
 * const ics = toICalendar(planTimeline({ kickoff: "2027-01-19" }), { cohortName: "Koplopers Oost-Groningen" });
 * ics.split("\r\n")[0]; //=> "BEGIN:VCALENDAR"
 * ics.split("\r\n").filter((line) => line === "BEGIN:VEVENT").length; //=> 11
 * ```
 */
export function toICalendar(timeline: Timeline, options: ICalendarOptions): string {
  const checked = parseTimeline(timeline);
  const { cohortName, locale } = iCalendarOptionsParser.parse(options);
  const stamp = `${basicDate(checked.start)}T000000Z`;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//koploper//Koploper timeline//NL",
    "CALSCALE:GREGORIAN",
    ...events(checked, cohortName, locale).flatMap((event) => vevent(event, stamp)),
    "END:VCALENDAR",
  ];
  return lines.map(fold).join(CRLF) + CRLF;
}
