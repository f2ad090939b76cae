// SurveyJS's own texts (buttons, messages) come from its locale files. This file checks both sides
// of what docs/iso26000.md says: English without the Dutch file, Dutch once it is imported. The
// import is global to survey-core, so it happens halfway, in this file only (vitest isolates files).
import { Model, type Question, type SurveyError } from "survey-core";
import { describe, expect, it } from "vitest";
import { koploperScan, toSurveyJs } from "../../src/index.js";

function rendered(survey: Model) {
  const title = (id: string) => survey.navigationBar.getActionById(id)?.title;
  survey.nextPage(); // refused: the first page has required questions left open
  const required = survey.currentPage.questions.filter((question: Question) => question.isRequired);
  return {
    page: survey.currentPageNo,
    next: title("sv-nav-next"),
    previous: title("sv-nav-prev"),
    complete: title("sv-nav-complete"),
    errors: [...new Set(required.flatMap((question: Question) => question.errors.map((error: SurveyError) => error.getText())))],
    question: survey.getQuestionByName("org_name").title,
  };
}

describe("the Koploper scan in survey-core", () => {
  it("has SurveyJS's English buttons and messages without its Dutch locale file, the questions in Dutch", () => {
    const survey = new Model(toSurveyJs(koploperScan, { locale: "nl" }));
    expect(survey.locale).toBe("nl");
    const view = rendered(survey);
    expect(view).toMatchObject({ page: 0, next: "Next", previous: "Previous", complete: "Complete", errors: ["Response required."] });
    expect(view.question).toBe(koploperScan.sections[0]?.questions[0]?.title.nl);
  });

  it("has Dutch buttons and required-messages once survey-core/i18n/dutch is imported", async () => {
    await import("survey-core/i18n/dutch");
    const view = rendered(new Model(toSurveyJs(koploperScan, { locale: "nl" })));
    expect(view).toMatchObject({ page: 0, next: "Volgende", previous: "Vorige", complete: "Verzenden", errors: ["Dit is een vereiste vraag"] });
  });

  it("keeps English for an English survey after the Dutch file is loaded", async () => {
    await import("survey-core/i18n/dutch");
    const view = rendered(new Model(toSurveyJs(koploperScan, { locale: "en" })));
    expect(view).toMatchObject({ next: "Next", errors: ["Response required."] });
    expect(view.question).toBe(koploperScan.sections[0]?.questions[0]?.title.en);
  });
});
