import { screen } from '@testing-library/react';
import { useQuery } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@shared/api/contract';
import { QueryState } from '../../renderer/src/components/QueryState';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

function Gone() {
  const query = useQuery({ queryKey: ['gone'], queryFn: async (): Promise<string> => Promise.reject(new ApiError({ code: 'not_found', message: 'There is no ambassador 1' })), retry: false });
  return <QueryState query={query}>{(data) => data}</QueryState>;
}

describe('<QueryState>', () => {
  it('says in the user’s language that a record is gone, not the backend’s English', async () => {
    renderWithApp(<Gone />, fakeTransport({ language: 'nl' }).transport, { systemLocale: 'nl-NL' });
    expect((await screen.findByRole('alert')).textContent).toContain('Dit bestaat niet meer: misschien is het verwijderd.');
    expect(screen.getByRole('alert').textContent).not.toContain('There is no ambassador');
  });
});
