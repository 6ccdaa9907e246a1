import { Notifications, notifications } from '@mantine/notifications';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '@shared/api/contract';
import type { CreatorDetail, CreatorInput } from '@shared/domain/creators';
import { Link, Route, Routes } from 'react-router';
import { useCreator } from '../../renderer/src/api/use-creators';
import { EditCreatorPage, NewCreatorPage } from '../../renderer/src/pages/CreatorForm/CreatorForm';
import { creatorBackend as detailBackend, reviewedCreator } from './creator-fixture';
import { fakeTransport } from './fake-transport';
import { renderWithApp } from './render';

// Mantine's notification store is global: what one test showed must not fill the next one's corner.
afterEach(() => notifications.clean());

/** The fake backend, refusing `creators:create` as the real one would (or not at all), keeping what it was sent. */
function creatorBackend(refusal?: ApiResult<unknown>) {
  const fake = fakeTransport();
  const sent: unknown[] = [];
  const transport: typeof fake.transport = async (channel, input) => {
    if (channel !== 'creators:create') return fake.transport(channel, input);
    sent.push(input);
    return refusal ?? { ok: false, error: { code: 'internal', message: 'not expected' } };
  };
  return { transport, sent };
}

/**
 * The edit page of `creator` (id 7) on the fake backend, keeping every creators:update it is
 * sent (answered with the creator as it was).
 */
function openEdit(creator: CreatorDetail, settings: Parameters<typeof detailBackend>[1] = {}, systemLocale = 'en-GB') {
  const backend = detailBackend(creator, settings);
  const updates: unknown[] = [];
  const transport: typeof backend.transport = async (channel, input) => {
    if (channel !== 'creators:update') return backend.transport(channel, input);
    updates.push(input);
    return { ok: true, data: creator };
  };
  renderWithApp(
    <Routes>
      <Route path="/creators/:id/edit" element={<EditCreatorPage />} />
    </Routes>,
    transport,
    { route: '/creators/7/edit', systemLocale },
  );
  return { updates };
}

async function fillMinimal(email: string) {
  fireEvent.change(await screen.findByLabelText(/^(Name|Naam)/), { target: { value: 'Jan Müller' } });
  fireEvent.change(screen.getByLabelText(/^(Handle|Gebruikersnaam)/), { target: { value: 'jan.muller' } });
  fireEvent.change(screen.getByLabelText(/^(Followers|Volgers)/), { target: { value: '12000' } });
  fireEvent.change(screen.getByLabelText(/^(Email|E-mail)$/), { target: { value: email } });
}

describe('<NewCreatorPage>', () => {
  it('reads a pasted profile link as handle, platform and profile URL, as the CSV import does', async () => {
    const backend = creatorBackend({ ok: false, error: { code: 'conflict', message: 'stop here' } });
    renderWithApp(<NewCreatorPage />, backend.transport);
    await fillMinimal('jan@example.nl');
    const handle = screen.getByLabelText(/^Handle/) as HTMLInputElement;
    fireEvent.change(handle, { target: { value: 'https://www.tiktok.com/@jan.fietst?lang=nl' } });
    fireEvent.blur(handle);
    await waitFor(() => expect(handle.value).toBe('jan.fietst'));
    fireEvent.click(screen.getByRole('button', { name: 'Save creator' }));
    await waitFor(() => expect(backend.sent).toHaveLength(1));
    expect((backend.sent[0] as CreatorInput).accounts[0]).toMatchObject({ platform: 'tiktok', handle: 'jan.fietst', profileUrl: 'https://www.tiktok.com/@jan.fietst?lang=nl' });
  });

  it('clears a profile URL it filled in from a pasted link once the handle names another account', async () => {
    const backend = creatorBackend({ ok: false, error: { code: 'conflict', message: 'stop here' } });
    renderWithApp(<NewCreatorPage />, backend.transport);
    await fillMinimal('jan@example.nl');
    const handle = screen.getByLabelText(/^Handle/) as HTMLInputElement;
    const profileUrl = screen.getByLabelText('Profile URL') as HTMLInputElement;
    fireEvent.change(handle, { target: { value: 'https://www.instagram.com/amira.hendriks/' } });
    fireEvent.blur(handle);
    await waitFor(() => expect(profileUrl.value).toBe('https://www.instagram.com/amira.hendriks/'));
    // Only the handle's case or a leading @ changed: still the same account, the link stays.
    fireEvent.change(handle, { target: { value: '@Amira.Hendriks' } });
    expect(profileUrl.value).toBe('https://www.instagram.com/amira.hendriks/');
    fireEvent.change(handle, { target: { value: 'fenna.jansen' } });
    await waitFor(() => expect(profileUrl.value).toBe(''));
    fireEvent.click(screen.getByRole('button', { name: 'Save creator' }));
    await waitFor(() => expect(backend.sent).toHaveLength(1));
    const sent = (backend.sent[0] as CreatorInput).accounts[0]!;
    expect(sent).toMatchObject({ platform: 'instagram', handle: 'fenna.jansen', profileUrl: null });
    expect(sent).not.toHaveProperty('linkedProfileUrl');
  });

  it('clears a profile URL it filled in when the platform changes, and a pasted link fills it again', async () => {
    renderWithApp(<NewCreatorPage />, creatorBackend().transport);
    await fillMinimal('jan@example.nl');
    const handle = screen.getByLabelText(/^Handle/) as HTMLInputElement;
    const profileUrl = screen.getByLabelText('Profile URL') as HTMLInputElement;
    fireEvent.change(handle, { target: { value: 'https://www.instagram.com/amira.hendriks/' } });
    fireEvent.blur(handle);
    await waitFor(() => expect(profileUrl.value).toBe('https://www.instagram.com/amira.hendriks/'));
    const platform = within(screen.getByTestId('account-form-0')).getByLabelText('Platform', { selector: 'input' });
    fireEvent.click(platform);
    const list = await waitFor(() => document.getElementById(platform.getAttribute('aria-controls') ?? '') ?? Promise.reject(new Error('no list')));
    fireEvent.click(within(list).getByRole('option', { name: 'TikTok', hidden: true }));
    await waitFor(() => expect(profileUrl.value).toBe(''));
    fireEvent.change(handle, { target: { value: 'https://www.tiktok.com/@fenna.jansen' } });
    fireEvent.blur(handle);
    await waitFor(() => expect(profileUrl.value).toBe('https://www.tiktok.com/@fenna.jansen'));
  });

  it('never touches a profile URL the user typed or edited, whatever the handle becomes', async () => {
    const backend = creatorBackend({ ok: false, error: { code: 'conflict', message: 'stop here' } });
    renderWithApp(<NewCreatorPage />, backend.transport);
    await fillMinimal('jan@example.nl');
    const handle = screen.getByLabelText(/^Handle/) as HTMLInputElement;
    const profileUrl = screen.getByLabelText('Profile URL') as HTMLInputElement;
    fireEvent.change(profileUrl, { target: { value: 'https://www.instagram.com/jan.muller/' } });
    fireEvent.change(handle, { target: { value: 'fenna.jansen' } });
    expect(profileUrl.value).toBe('https://www.instagram.com/jan.muller/');

    // Filled in from a pasted link, then edited by the user: theirs from then on.
    fireEvent.change(profileUrl, { target: { value: '' } });
    fireEvent.change(handle, { target: { value: 'https://www.instagram.com/amira.hendriks/' } });
    fireEvent.blur(handle);
    await waitFor(() => expect(profileUrl.value).toBe('https://www.instagram.com/amira.hendriks/'));
    fireEvent.change(profileUrl, { target: { value: 'https://www.instagram.com/amira.hendriks/?hl=nl' } });
    fireEvent.change(handle, { target: { value: 'fenna.jansen' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save creator' }));
    await waitFor(() => expect(backend.sent).toHaveLength(1));
    expect((backend.sent[0] as CreatorInput).accounts[0]).toMatchObject({ handle: 'fenna.jansen', profileUrl: 'https://www.instagram.com/amira.hendriks/?hl=nl' });
  });

  it('refuses in the form an e-mail address the backend would refuse, before sending anything', async () => {
    const backend = creatorBackend();
    renderWithApp(<NewCreatorPage />, backend.transport);
    await fillMinimal('jan@müller.de');
    fireEvent.click(screen.getByRole('button', { name: 'Save creator' }));
    expect(await screen.findByText('This does not look like an email address')).toBeTruthy();
    expect(backend.sent).toEqual([]);
  });

  it('shows a refusal the form could not foresee at its field, in the user’s language', async () => {
    const issue = { field: 'accounts.0.followers', rule: 'zod.too_big', message: 'accounts.0.followers: Too big: expected number to be <=10000000000' };
    const backend = creatorBackend({ ok: false, error: { code: 'invalid_input', field: issue.field, message: issue.message, issues: [issue] } });
    renderWithApp(<NewCreatorPage />, backend.transport, { systemLocale: 'nl-NL' });
    await fillMinimal('jan@example.nl');
    fireEvent.click(screen.getByRole('button', { name: /opslaan/i }));
    await waitFor(() => expect(backend.sent).toHaveLength(1));
    expect(await screen.findByText('Te groot of te lang')).toBeTruthy();
    expect(screen.queryByText(/Too big/)).toBeNull();
  });

  it('says when a handle belongs to a creator in the bin, pointing to the bin', async () => {
    const issue = {
      field: 'accounts.0.handle',
      rule: 'handleInBin',
      params: { handle: 'jan.muller', platform: 'instagram', name: 'Jan M.', creatorId: 7 },
      message: '@jan.muller on instagram already belongs to Jan M., which is in the bin',
    };
    const backend = creatorBackend({ ok: false, error: { code: 'conflict', field: issue.field, message: issue.message, issues: [issue] } });
    renderWithApp(<NewCreatorPage />, backend.transport);
    await fillMinimal('jan@example.nl');
    fireEvent.click(screen.getByRole('button', { name: 'Save creator' }));
    expect(
      await screen.findByText('@jan.muller on Instagram belongs to Jan M., which is in the bin: restore Jan M. from the bin (Creators → Bin), or delete it permanently there to use this handle again'),
    ).toBeTruthy();
  });
});

/** A backend that saves whatever it is sent, so a test can read exactly what the form sent. */
function savingBackend(settings: Parameters<typeof fakeTransport>[0] = {}) {
  const fake = fakeTransport(settings);
  const sent: CreatorInput[] = [];
  const transport: typeof fake.transport = async (channel, input) => {
    if (channel !== 'creators:create') return fake.transport(channel, input);
    sent.push(input as CreatorInput);
    return { ok: true, data: { ...reviewedCreator(), id: 99 } };
  };
  return { transport, sent };
}

async function fillFollowers(followers: string, systemLocale = 'en-GB') {
  const backend = savingBackend({ formatLocale: systemLocale === 'nl-NL' ? 'nl-NL' : 'en-GB' });
  renderWithApp(
    <>
      <Notifications />
      <NewCreatorPage />
    </>,
    backend.transport,
    { systemLocale },
  );
  await fillMinimal('jan@example.nl');
  fireEvent.change(screen.getByLabelText(/^(Followers|Volgers)/), { target: { value: followers } });
  fireEvent.click(screen.getByRole('button', { name: /^(Save creator|Creator opslaan)$/ }));
  return backend;
}

describe('<NewCreatorPage> number fields', () => {
  it.each([
    ['-5', 'en-GB', 'Followers must be a whole number of 0 or more'],
    ['12,5', 'en-GB', 'Not a number in your number format (for example 1,234,567)'],
    ['1.234.567', 'en-GB', 'Not a number in your number format (for example 1,234,567)'],
    ['12,5', 'nl-NL', 'Volgers moet een geheel getal van 0 of meer zijn'],
    ['1,234,567', 'nl-NL', 'Geen getal in jouw getalnotatie (bijvoorbeeld 1.234.567)'],
  ])('refuses followers "%s" (%s) at the field instead of saving something else', async (followers, locale, message) => {
    const backend = await fillFollowers(followers, locale);
    expect(await screen.findByText(message)).toBeTruthy();
    // What the user typed stays as typed: nothing clamped, truncated or reformatted.
    expect((screen.getByLabelText(/^(Followers|Volgers)/) as HTMLInputElement).value).toBe(followers);
    expect(backend.sent).toEqual([]);
  });

  it.each([
    ['1,234,567', 'en-GB', 1_234_567],
    ['1.234.567', 'nl-NL', 1_234_567],
    ['1234567', 'nl-NL', 1_234_567],
    ['0', 'en-GB', 0],
  ])('reads followers "%s" in the %s number format as %d', async (followers, locale, expected) => {
    const backend = await fillFollowers(followers, locale);
    await waitFor(() => expect(backend.sent).toHaveLength(1));
    expect(backend.sent[0]!.accounts[0]!.followers).toBe(expected);
  });

  it('reads a rate in the user’s format to exact cents and refuses more decimals than the currency has', async () => {
    const backend = savingBackend({ formatLocale: 'nl-NL' });
    renderWithApp(<NewCreatorPage />, backend.transport, { systemLocale: 'nl-NL' });
    await fillMinimal('jan@example.nl');
    fireEvent.click(screen.getByRole('button', { name: 'Tarief toevoegen' }));
    const amount = screen.getByLabelText('Bedrag');
    fireEvent.change(amount, { target: { value: '1.250,555' } });
    fireEvent.click(screen.getByRole('button', { name: 'Creator opslaan' }));
    expect(await screen.findByText('Maximaal 2 decimalen in EUR')).toBeTruthy();
    expect(backend.sent).toEqual([]);
    // Another currency's sign is refused, not saved as euros; the rate's own is taken.
    fireEvent.change(amount, { target: { value: '$1.250,55' } });
    fireEvent.click(screen.getByRole('button', { name: 'Creator opslaan' }));
    expect(await screen.findByText('Dit bedrag is in EUR: het teken of de code van een andere valuta kan hier niet worden opgeslagen')).toBeTruthy();
    expect(backend.sent).toEqual([]);
    fireEvent.change(amount, { target: { value: '€ 1.250,55' } });
    fireEvent.click(screen.getByRole('button', { name: 'Creator opslaan' }));
    await waitFor(() => expect(backend.sent).toHaveLength(1));
    expect(backend.sent[0]!.rateCard).toEqual([{ platform: 'instagram', deliverable: 'post', currency: 'EUR', amount: 125_055 }]);
  });

  it('moves a rate to a deliverable its new platform has when the platform changes', async () => {
    const backend = savingBackend();
    renderWithApp(<NewCreatorPage />, backend.transport);
    await fillMinimal('jan@example.nl');
    fireEvent.click(screen.getByRole('button', { name: 'Add rate' }));
    const rate = screen.getByTestId('rate-form-0');
    // Every Select of the form keeps its options in the DOM: pick from the list this input controls.
    const pick = async (label: string, option: string) => {
      const input = within(rate).getByLabelText(label, { selector: 'input' });
      fireEvent.click(input);
      const list = await waitFor(() => document.getElementById(input.getAttribute('aria-controls') ?? '') ?? Promise.reject(new Error('no list')));
      fireEvent.click(within(list).getByRole('option', { name: option, hidden: true }));
    };
    await pick('Platform', 'YouTube');
    // An Instagram post has no YouTube counterpart: the rate becomes a YouTube video.
    await waitFor(() => expect((within(rate).getByLabelText('Deliverable', { selector: 'input' }) as HTMLInputElement).value).toBe('Video'));
    await pick('Platform', 'Instagram');
    // A video is no Instagram deliverable either; a post is Instagram's usual one.
    await waitFor(() => expect((within(rate).getByLabelText('Deliverable', { selector: 'input' }) as HTMLInputElement).value).toBe('Post'));
    await pick('Deliverable', 'Story');
    await pick('Platform', 'TikTok');
    // A story exists on TikTok too: the user's choice stays.
    await waitFor(() => expect((within(rate).getByLabelText('Deliverable', { selector: 'input' }) as HTMLInputElement).value).toBe('Story'));
    fireEvent.change(within(rate).getByLabelText('Amount'), { target: { value: '300' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save creator' }));
    await waitFor(() => expect(backend.sent).toHaveLength(1));
    expect(backend.sent[0]!.rateCard).toEqual([{ platform: 'tiktok', deliverable: 'story', currency: 'EUR', amount: 30_000 }]);
  });

  it('starts a new rate at the usual deliverable of the first account’s platform', async () => {
    renderWithApp(<NewCreatorPage />, savingBackend().transport);
    const handle = (await screen.findByLabelText(/^Handle/)) as HTMLInputElement;
    fireEvent.change(handle, { target: { value: 'https://www.youtube.com/@janmuller' } });
    fireEvent.blur(handle);
    await waitFor(() => expect(handle.value).toBe('janmuller'));
    fireEvent.click(screen.getByRole('button', { name: 'Add rate' }));
    const rate = screen.getByTestId('rate-form-0');
    expect((within(rate).getByLabelText('Platform', { selector: 'input' }) as HTMLInputElement).value).toBe('YouTube');
    expect((within(rate).getByLabelText('Deliverable', { selector: 'input' }) as HTMLInputElement).value).toBe('Video');
  });

  it('shows a stored rate its platform lacks as it is, refused at its field when the edit opens', async () => {
    const creator = reviewedCreator({ rateCard: [{ platform: 'instagram', deliverable: 'video', amount: 30_000, currency: 'EUR' }] });
    const { updates } = openEdit(creator);
    const rate = await screen.findByTestId('rate-form-0');
    const deliverable = within(rate).getByLabelText('Deliverable', { selector: 'input' }) as HTMLInputElement;
    expect(deliverable.value).toBe('Video');
    expect(within(rate).getByText('This platform has no such deliverable; choose one of its own')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save creator' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(updates).toEqual([]);

    fireEvent.click(deliverable);
    const list = await waitFor(() => document.getElementById(deliverable.getAttribute('aria-controls') ?? '') ?? Promise.reject(new Error('no list')));
    fireEvent.click(within(list).getByRole('option', { name: 'Post', hidden: true }));
    await waitFor(() => expect(within(rate).queryByText('This platform has no such deliverable; choose one of its own')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Save creator' }));
    await waitFor(() => expect(updates).toHaveLength(1));
    expect((updates[0] as { creator: { rateCard: unknown } }).creator.rateCard).toEqual([{ platform: 'instagram', deliverable: 'post', amount: 30_000, currency: 'EUR' }]);
  });

  it('clears a stored profile URL that is the address of the account once its handle changes; keeps any other', async () => {
    const [tiktok, instagram] = reviewedCreator().accounts;
    const creator = reviewedCreator({
      accounts: [
        { ...tiktok!, profileUrl: 'https://www.tiktok.com/@anna.fit' },
        { ...instagram!, profileUrl: 'https://linktr.ee/anna' },
      ],
    });
    openEdit(creator);
    const account = (i: number) => within(screen.getByTestId(`account-form-${i}`));
    await screen.findByTestId('account-form-1');
    const url = (i: number) => account(i).getByLabelText('Profile URL') as HTMLInputElement;
    expect(url(0).value).toBe('https://www.tiktok.com/@anna.fit');
    fireEvent.change(account(0).getByLabelText(/^Handle/), { target: { value: 'anna.fit.official' } });
    await waitFor(() => expect(url(0).value).toBe(''));
    // Not this account's address on its platform: the user's own link, kept.
    fireEvent.change(account(1).getByLabelText(/^Handle/), { target: { value: 'anna.eats.nl' } });
    expect(url(1).value).toBe('https://linktr.ee/anna');
  });

  it('opens stored rates with their currency’s decimals, and saves them unchanged', async () => {
    const creator = reviewedCreator({
      rateCard: [
        { platform: 'tiktok', deliverable: 'post', amount: 125_050, currency: 'EUR' },
        { platform: 'tiktok', deliverable: 'story', amount: 40_000, currency: 'EUR' },
        { platform: 'instagram', deliverable: 'post', amount: 1_250, currency: 'JPY' },
      ],
    });
    const { updates } = openEdit(creator, { formatLocale: 'nl-NL' }, 'nl-NL');
    await screen.findByTestId('rate-form-2');
    const amounts = [0, 1, 2].map((i) => (within(screen.getByTestId(`rate-form-${i}`)).getByLabelText('Bedrag') as HTMLInputElement).value);
    expect(amounts).toEqual(['1.250,50', '400,00', '1.250']);
    fireEvent.click(screen.getByRole('button', { name: 'Creator opslaan' }));
    await waitFor(() => expect(updates).toHaveLength(1));
    expect((updates[0] as { creator: { rateCard: { amount: number }[] } }).creator.rateCard.map((r) => r.amount)).toEqual([125_050, 40_000, 1_250]);
  });

  it('labels a rate’s remove button as removing the rate, not an account', async () => {
    renderWithApp(<NewCreatorPage />, savingBackend().transport);
    await screen.findByLabelText(/^Name/);
    fireEvent.click(screen.getByRole('button', { name: 'Add rate' }));
    expect(screen.getAllByRole('button', { name: 'Remove account' })).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Remove rate' }));
    expect(screen.queryByLabelText('Amount')).toBeNull();
  });

  it('shows one notice however often a form with errors is saved', async () => {
    const backend = savingBackend();
    renderWithApp(
      <>
        <Notifications />
        <NewCreatorPage />
      </>,
      backend.transport,
    );
    const save = await screen.findByRole('button', { name: 'Save creator' });
    for (let i = 0; i < 3; i++) fireEvent.click(save);
    await screen.findByText('The creator needs a name');
    await waitFor(() => expect(screen.getAllByText('Please check the highlighted fields')).toHaveLength(1));
    expect(backend.sent).toEqual([]);
  });
});

describe('<EditCreatorPage> opened from the cache', () => {
  it('reads the creator again before filling the form, so it starts from what is stored now and saves against that version', async () => {
    const before = reviewedCreator({ email: 'old@example.nl', updatedAt: '2026-11-24T09:00:00.000Z' });
    const now = reviewedCreator({ email: 'new@example.nl', updatedAt: '2026-11-24T10:00:00.000Z' });
    let stored = before;
    const backend = detailBackend(before);
    const updates: { expectedUpdatedAt?: string }[] = [];
    const transport: typeof backend.transport = async (channel, input) => {
      if (channel === 'creators:get') return { ok: true, data: stored };
      if (channel === 'creators:update') {
        updates.push(input as (typeof updates)[number]);
        return { ok: true, data: stored };
      }
      return backend.transport(channel, input);
    };
    // The creator page caches the creator; then it changes (a bulk action, an import) before Edit is opened.
    function Viewer() {
      const creator = useCreator(7);
      return creator.data ? <Link to="/creators/7/edit">Edit {creator.data.email}</Link> : null;
    }
    renderWithApp(
      <Routes>
        <Route path="/creators/7" element={<Viewer />} />
        <Route path="/creators/:id/edit" element={<EditCreatorPage />} />
      </Routes>,
      transport,
      { route: '/creators/7' },
    );
    const edit = await screen.findByRole('link', { name: 'Edit old@example.nl' });
    stored = now;
    fireEvent.click(edit);
    await waitFor(() => expect((screen.getByLabelText(/^Email$/) as HTMLInputElement).value).toBe('new@example.nl'));
    fireEvent.click(screen.getByRole('button', { name: 'Save creator' }));
    await waitFor(() => expect(updates).toHaveLength(1));
    expect(updates[0]!.expectedUpdatedAt).toBe('2026-11-24T10:00:00.000Z');
  });
});
