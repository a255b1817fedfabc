/**
 * The class the page carries while a report prints: the print stylesheet then shows only the
 * report (`.report`) on A4 (renderer/styles.css, "Issue 13, Out"). `printReport` sets it, and so
 * do the tests that print a report with Playwright (tests/e2e/helpers/pdf.ts). A file of its
 * own, so a test can import it without the page's host.
 */
export const REPORT_PRINT_CLASS = 'report-printing';
