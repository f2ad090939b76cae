import {
  formatNumber,
  koploperScan,
  planTimeline,
  toICalendar,
  toSurveyJs,
  type Locale,
  type Question,
  type QuestionnaireText,
  type Timeline,
} from "../index.js";
import { explain, table, usage } from "./io.js";
import { COMMON_HELP, help, integer, parse, type Command } from "./args.js";

const SCAN_TEXT = {
  nl: { yes: "ja", no: "nee" },
  en: { yes: "yes", no: "no" },
} as const;

function questionLines(question: Question, text: (value: QuestionnaireText) => string, locale: Locale): string[] {
  const head = `  [${question.key}] ${text(question.title)}${question.required ? " *" : ""}`;
  switch (question.type) {
    case "single-choice":
    case "multiple-choice":
      return [head, ...question.options.map((option) => `      ${question.type === "single-choice" ? "( )" : "[ ]"} ${text(option.label)}`)];
    case "maturity":
      return [head, ...question.levels.map((level, index) => `      ${index} ${text(level)}`)];
    case "yes-no":
      return [head, `      ( ) ${SCAN_TEXT[locale].yes}   ( ) ${SCAN_TEXT[locale].no}`];
    case "number":
      return [head, `      ____ ${question.unit}`];
    default:
      return [head, "      ____"];
  }
}

/** `koploper scan`. */
export const scan: Command = {
  summary: "the Koploper ISO 26000 scan, as text or SurveyJS JSON",
  help: `Usage: koploper scan [--locale nl|en] [--surveyjs]

Prints the Koploper scan (an ISO 26000 questionnaire for small companies) section by section.

Options:
  --surveyjs                   print the scan as a SurveyJS survey (JSON) instead
${COMMON_HELP}`,
  async run(args, io) {
    const { values, positionals, locale } = parse("scan", args, { surveyjs: { type: "boolean" } });
    if (values.help === true) return help(io, this);
    if (positionals.length > 0) throw usage(`koploper scan: unexpected argument "${positionals[0] ?? ""}"`);
    if (values.surveyjs === true) {
      io.stdout(`${JSON.stringify(toSurveyJs(koploperScan, { locale }), null, 2)}\n`);
      return 0;
    }
    const text = (value: QuestionnaireText): string => value[locale] ?? value[koploperScan.defaultLocale] ?? "";
    const lines = [`${text(koploperScan.title)} (${koploperScan.id}@${koploperScan.version})`];
    for (const section of koploperScan.sections) {
      lines.push("", `${section.clause === undefined ? "" : `${section.clause} `}${text(section.title)}`);
      for (const question of section.questions) lines.push(...questionLines(question, text, locale));
    }
    io.stdout(`${lines.join("\n")}\n`);
    return 0;
  },
};

const TIMELINE_TEXT = {
  nl: {
    title: (start: string, end: string, months: string, zone: string) => `Koploperjaar ${start} - ${end} (${months} maanden, ${zone})`,
    phases: ["fase", "van", "tot en met"],
    meetings: ["bijeenkomst", "datum"],
  },
  en: {
    title: (start: string, end: string, months: string, zone: string) => `Koploper year ${start} - ${end} (${months} months, ${zone})`,
    phases: ["phase", "from", "to"],
    meetings: ["meeting", "date"],
  },
} as const;

function timelineText(timeline: Timeline, locale: Locale): string {
  const t = TIMELINE_TEXT[locale];
  const phases = timeline.phases.map((phase) => [phase.label[locale], phase.start, phase.end]);
  const meetings = timeline.meetings.map((meeting) => [meeting.label[locale], meeting.date]);
  const title = t.title(timeline.start, timeline.end, formatNumber(timeline.months, 0, locale), timeline.timeZone);
  return `${title}\n\n${table([[...t.phases], ...phases])}\n\n${table([[...t.meetings], ...meetings])}\n`;
}

/** `koploper timeline`. */
export const timeline: Command = {
  summary: "the one-year programme from a kick-off date, as text or iCalendar",
  help: `Usage: koploper timeline --kickoff YYYY-MM-DD [--ics] [--months N] [--exchange-meetings N] [--name NAME] [--locale nl|en]

Plans a Koploper year: a window per phase and meeting dates that avoid weekends and Dutch public
holidays (Europe/Amsterdam).

Options:
  --kickoff YYYY-MM-DD         date of the kick-off meeting (required)
  --months N                   length of the programme in months (6-24, default 12)
  --exchange-meetings N        number of exchange meetings (0-24, default 3)
  --ics                        print the plan as an iCalendar (.ics) file
  --name NAME                  cohort name in the calendar (default "Koploperproject")
${COMMON_HELP}`,
  async run(args, io) {
    const { values, positionals, locale } = parse("timeline", args, {
      kickoff: { type: "string" },
      months: { type: "string" },
      "exchange-meetings": { type: "string" },
      ics: { type: "boolean" },
      name: { type: "string" },
    });
    if (values.help === true) return help(io, this);
    if (positionals.length > 0) throw usage(`koploper timeline: unexpected argument "${positionals[0] ?? ""}"`);
    if (values.kickoff === undefined) throw usage("koploper timeline: --kickoff YYYY-MM-DD is required");
    const months = integer("timeline", "months", values.months);
    const exchangeMeetings = integer("timeline", "exchange-meetings", values["exchange-meetings"]);
    let plan: Timeline;
    try {
      plan = planTimeline({
        kickoff: values.kickoff,
        ...(months === undefined ? {} : { months }),
        ...(exchangeMeetings === undefined ? {} : { exchangeMeetings }),
      });
    } catch (error) {
      explain(error, "koploper timeline: options", 2);
    }
    if (values.ics !== true) {
      io.stdout(timelineText(plan, locale));
      return 0;
    }
    try {
      io.stdout(toICalendar(plan, { cohortName: values.name ?? "Koploperproject", locale }));
    } catch (error) {
      explain(error, "koploper timeline: --name", 2);
    }
    return 0;
  },
};
