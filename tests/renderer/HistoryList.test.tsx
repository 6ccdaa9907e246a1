import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DeliverableView, HistoryEntry } from '@shared/domain/campaigns';
import { HistoryList } from '../../renderer/src/pages/Partnership/HistoryList';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

const deliverable = (id: number, dueDate: string, description = ''): DeliverableView => ({
  id,
  partnershipId: 1,
  type: 'post',
  platform: 'instagram',
  dueDate,
  description,
  status: 'planned',
  publishedUrl: null,
  statusChangedAt: '2026-11-20T10:00:00.000Z',
});

const planned = (id: number, deliverableId: number): HistoryEntry => ({ id, at: '2026-11-20T10:00:00.000Z', actor: 'Sanne', kind: 'deliverable', from: null, to: 'planned', note: '', deliverableId });

describe('<HistoryList> deliverable steps', () => {
  it('tells identical deliverables apart by their due date, and by what they are when described', async () => {
    const fake = fakeTransport({ language: 'nl', formatLocale: 'nl-NL' });
    const deliverables = [deliverable(1, '2026-12-01'), deliverable(2, '2026-12-08'), deliverable(3, '2026-12-15', 'Ochtendkoffie-routine')];
    renderWithApp(<HistoryList history={[planned(1, 1), planned(2, 2), planned(3, 3)]} deliverables={deliverables} currency="EUR" />, fake.transport, { systemLocale: 'nl-NL' });
    await screen.findByText('Post · Instagram (deadline 1 december 2026): Gepland');
    expect(screen.getByText('Post · Instagram (deadline 8 december 2026): Gepland')).toBeTruthy();
    expect(screen.getByText('Post · Instagram “Ochtendkoffie-routine” (deadline 15 december 2026): Gepland')).toBeTruthy();
  });
});
