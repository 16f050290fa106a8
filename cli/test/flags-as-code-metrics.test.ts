// planMetrics: metric definitions in flags.yaml against the remote ones, table-driven (pure).
import type { MetricDefinition } from '@ff/client';
import { describe, expect, it } from 'vitest';
import { metricSpecOf, planMetrics } from '../src/flags-as-code/metrics.ts';
import type { MetricSpec } from '../src/flags-as-code/metrics.ts';

const remote = (key: string, over: Partial<MetricDefinition> = {}): MetricDefinition => ({
  key,
  name: key,
  description: '',
  kind: 'binomial',
  event: 'purchase',
  windowHours: 168,
  cap: null,
  direction: 'higher',
  version: 3,
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
  ...over,
});

describe('planMetrics', () => {
  const purchase = remote('purchase');
  it.each<[string, Record<string, MetricSpec>, unknown]>([
    ['what export wrote: no changes', { purchase: metricSpecOf(purchase) }, []],
    ['only the fields the file sets are managed', { purchase: { kind: 'binomial', event: 'purchase' } }, []],
    [
      'a changed window and cap: one update from the remote version',
      { purchase: { kind: 'binomial', event: 'purchase', windowHours: 24, cap: 3 } },
      [
        {
          action: 'update',
          type: 'metric',
          key: 'purchase',
          version: 3,
          fields: [
            { field: 'windowHours', before: 168, after: 24 },
            { field: 'cap', before: null, after: 3 },
          ],
        },
      ],
    ],
    [
      'a new metric: a create with the fields set',
      { revenue: { kind: 'sum', event: 'purchase', name: 'Revenue' } },
      [
        {
          action: 'create',
          type: 'metric',
          key: 'revenue',
          fields: [
            { field: 'kind', after: 'sum' },
            { field: 'name', after: 'Revenue' },
            { field: 'event', after: 'purchase' },
          ],
        },
      ],
    ],
  ])('%s', (_name, desired, changes) => {
    expect(planMetrics(desired, { purchase })).toEqual({ changes, issues: [] });
  });

  it('refuses a kind change with its path, and leaves remote metrics the file does not list alone', () => {
    const { changes, issues } = planMetrics(
      { purchase: { kind: 'count', event: 'purchase' } },
      { purchase, clicks: remote('clicks', { kind: 'count' }) },
    );
    expect(changes).toEqual([]);
    expect(issues).toEqual([
      {
        path: 'metrics.purchase.kind',
        message:
          "is binomial remotely; a metric's kind cannot change (define a new metric under another key)",
      },
    ]);
  });
});
