// survey-core 3.1.1 ships its locale files (survey-core/i18n/*) without type declarations.
declare module "survey-core/i18n/dutch";
