/**
 * A route-free harness for the report print view (issue 13, Out): a ReportDocument built here
 * and mounted with <ReportView/> in the app's frame (header, nav, a button and a banner of the
 * screen beside it), for the print-machinery spec (tests/e2e/report-print.spec.ts). The
 * year-end pack's own contents are the integrator's to mount on its screen. Not part of the app.
 */
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import '../../../renderer/styles.css';
import { ReportView } from '../../../renderer/features/report/ReportView';
import { withTotals, type ReportDocument } from '../../../shared/report/document';

/** Sixty activities, so the table runs over more than one A4 page. */
const rows = Array.from({ length: 60 }, (_, i) => [
  `Activiteit ${i + 1}: toezicht op de keten`,
  1000 + i * 10,
  900 + i * 10,
  (1000 + i) * 100_00,
  -0.1,
  i % 3,
]);

export const HARNESS_DOCUMENT: ReportDocument = {
  title: 'Jaarbericht 2025',
  subtitle: 'Werkprogramma 2025',
  sections: [
    {
      heading: 'Plan en realisatie per focus',
      paragraphs: ['De uren zijn illustratief. De realisatie bleef 10% onder het plan.'],
      charts: [
        {
          kind: 'bars',
          title: 'Uren per focus: plan en realisatie',
          unit: 'hours',
          series: ['Plan (vastgesteld)', 'Realisatie'],
          bars: [
            { label: 'Focus op de context', values: [12_000, 10_800] },
            { label: 'Focus op het maatschappelijk effect', values: [8_000, 8_400] },
          ],
        },
      ],
      tables: [
        withTotals(
          {
            name: 'Plan en realisatie',
            caption: 'Uren en kosten per activiteit',
            columns: [
              { header: 'Activiteit', kind: 'text' },
              { header: 'Plan (vastgesteld)', kind: 'hours' },
              { header: 'Realisatie', kind: 'hours' },
              { header: 'Kosten', kind: 'euro' },
              { header: 'Verschil %', kind: 'percent' },
              { header: 'Publicaties', kind: 'count' },
            ],
            rows,
          },
          'Totaal',
        ),
      ],
    },
    {
      heading: 'Publicaties',
      paragraphs: [],
      tables: [
        {
          name: 'Publicaties',
          caption: 'Gepubliceerd in 2025',
          columns: [
            { header: 'Titel', kind: 'text' },
            { header: 'Gepubliceerd op', kind: 'date' },
            { header: 'Gepland', kind: 'month' },
          ],
          rows: [['Rapport politie', '2025-10-09', '2025-09']],
        },
      ],
    },
  ],
};

const host = document.getElementById('report') as HTMLElement;
createRoot(host).render(createElement(ReportView, { document: HARNESS_DOCUMENT }));
