import { Alert, Anchor, Button, Checkbox, FileInput, Group, Radio, Select, Stack, Stepper, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '@shared/api';
import type { Platform } from '@shared/calc/tiers';
import { csvTemplateHeader, csvTemplateHeaderNl, dateOrderOfLocale, exportDialectFor, readFileNameDate, toCsv } from '@shared/csv';
import type { ColumnMapping, DateOrder, DecimalSeparator, FileNameDate, ReadImportableResult, ShareField, ShareScale } from '@shared/csv';
import { importRequestFor, maxImportFileBytes, maxImportRows, type ImportMatch, type ImportProgress as Progressed, type ImportResult, type OnExisting } from '@shared/domain/creator-import';
import { currencyDecimals } from '@shared/format';
import { useApi } from '../../api/api-context';
import { queryKeys } from '../../api/query-keys';
import { apiErrorText } from '../../lib/api-error-text';
import { localToday, useToday } from '../../lib/dates';
import { downloadText } from '../../lib/download';
import { usePreferences } from '../../preferences/preferences';
import { ImportDates } from './ImportDates';
import { ImportMapping } from './ImportMapping';
import { ImportMatchNotes } from './ImportMatchNotes';
import { ImportPlatform } from './ImportPlatform';
import { ImportProgress } from './ImportProgress';
import { readPreview } from './read-preview';
import { rowDayCounts, rowsToWrite } from './row-counts';
import { useProblemText } from './useProblemText';
import { ImportProblems, ImportStatusNote } from './ImportProblems';
import { ImportShares } from './ImportShares';


export function ImportPage() {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const { settings, locale, language, number, date } = usePreferences();
  const problemText = useProblemText();
  const [chosen, setChosen] = useState<File | null>(null);
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | undefined>();
  const [decimal, setDecimal] = useState<DecimalSeparator | undefined>();
  const [dateOrder, setDateOrder] = useState<DateOrder | undefined>();
  /** The platform of rows without one as the user chose it (null: none); undefined: the one the headers name. */
  const [defaultPlatform, setDefaultPlatform] = useState<Platform | null | undefined>();
  const [shareScales, setShareScales] = useState<Partial<Record<ShareField, ShareScale>>>({});
  /** The file whose mapping was asked for (once per file), and the one it was applied to. */
  const askedMappingFor = useRef<unknown>(null);
  const [remembered, setRemembered] = useState<{ from: unknown } | null>(null);
  // Results remember what they were computed from, so a stale one is never shown.
  const [read, setRead] = useState<{ from: { file: unknown }; preview: ReadImportableResult } | null>(null);
  const [matched, setMatched] = useState<{ from: unknown; asOf: string | null; match: ImportMatch } | null>(null);
  const [onExisting, setOnExisting] = useState<OnExisting>('update');
  const today = useToday();
  /** What the file's name says of its day; the figures' day starts at it when it gives one. */
  const [nameDate, setNameDate] = useState<FileNameDate>({ kind: 'none' });
  /** The figures' day as the user set it; undefined until they do (null while the field holds no date). */
  const [asOfSet, setAsOfSet] = useState<string | null | undefined>(undefined);
  // Until the user sets it: the name's day, else today, which moves on at midnight with a page left open.
  const asOf = asOfSet === undefined ? (nameDate.kind === 'day' ? nameDate.day : today) : asOfSet;
  const [confirmed, setConfirmed] = useState(false);
  const [importing, setImporting] = useState(false);
  const [progress, setProgress] = useState<Progressed | null>(null);
  /** What the import did, and the day its figures were dated (null: rows gave their own days). */
  const [result, setResult] = useState<(ImportResult & { asOf: string | null; leftOut: number }) | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [cancelled, setCancelled] = useState(false);
  /** Size in bytes of a chosen file too large to import, which is then not read at all. */
  const [tooLarge, setTooLarge] = useState<number | null>(null);

  // In a file with a day column, a row without a day falls on the file's day and may clash with a
  // dated row of its account: the file is read with that day (again when it changes), and with
  // today when the field is empty, as the backend reads it then.
  const fileDay = asOf ?? today;
  const request = useMemo(
    () => (file ? { file, mapping, decimal, dateOrder, defaultPlatform, shareScales, currency: settings.currency, locale, today, fileDay } : null),
    [file, mapping, decimal, dateOrder, defaultPlatform, shareScales, settings.currency, locale, today, fileDay],
  );
  // While the file is read again (another mapping, day order or day), its last reading stays on
  // screen, so the fields being changed stay where they are; importing waits for the new one.
  const shown = read && request && read.from.file === request.file ? read : null;
  const preview = shown?.preview ?? null;
  const rereading = shown !== null && shown.from !== request;
  const match = matched && matched.from === preview && matched.asOf === asOf ? matched.match : null;

  // Re-read whenever the file, the mapping, the decimal separator, the order of days, the platform or the file's day changes.
  // The CSV core is pure, so the preview is immediate; the backend reads the same bytes with the same call.
  useEffect(() => {
    if (!request) return;
    let live = true;
    const { mapping, decimal, dateOrder, defaultPlatform, shareScales, locale, today, fileDay } = request;
    const options = { mapping, decimal, dateOrder, defaultPlatform, shareScales, fallbackDateOrder: dateOrderOfLocale(locale), today, fileDay, currencyDecimals: currencyDecimals(request.currency), currency: request.currency };
    void readPreview(request.file.bytes, options).then(
      (preview) => live && preview && setRead({ from: request, preview }),
    );
    return () => {
      live = false;
    };
  }, [request]);

  // A row left out for falling on the file's day (beside its account's row of that day) still hangs on that day.
  const leftOutOnFileDay = preview?.ok === true && preview.problems.some((p) => p.code === 'duplicateHandleOnFileDay');
  const everyRowDated = preview?.ok === true && preview.rows.length > 0 && preview.rows.every((r) => r.figuresAsOf !== null) && !leftOutOnFileDay;
  // Matched also while the file's day is being typed: which rows are in the roster does not hang on it.
  useEffect(() => {
    if (!preview?.ok || preview.rows.length === 0) return;
    let live = true;
    void api.creators
      .importMatch({ keys: preview.rows.map((r) => ({ line: r.line, platform: r.platform, handle: r.handle, name: r.name, asOf: r.figuresAsOf, creatorRef: r.creatorRef })), ...(asOf ? { asOf } : {}) })
      .then((m) => live && setMatched({ from: preview, asOf, match: m }));
    return () => {
      live = false;
    };
  }, [api, preview, asOf]);

  // A file laid out like one imported before: map it as the user did then (once per file; the
  // automatic mapping stays one click away).
  useEffect(() => {
    if (!file || !preview?.ok || mapping !== undefined || askedMappingFor.current === file) return;
    askedMappingFor.current = file;
    let live = true;
    void api.creators
      .importMappingFor({ header: [...preview.header] })
      .then((stored) => {
        const samePlatform = stored?.defaultPlatform === undefined || stored.defaultPlatform === preview.defaultPlatform;
        if (!live || !stored || (samePlatform && stored.mapping.every((field, i) => field === preview.mapping[i]))) return;
        setMapping(stored.mapping);
        if (stored.defaultPlatform !== undefined) setDefaultPlatform(stored.defaultPlatform);
        setRemembered({ from: file });
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [api, file, preview, mapping]);

  // The backend answers between chunks of the import's transaction (every 50 ms of work). Asking
  // again right after each answer keeps a question waiting, so even the single pause before the
  // commit ("saving") is seen; while an import runs the pace is the backend's.
  useEffect(() => {
    if (!importing) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = () =>
      void api.creators
        .importProgress()
        .then((p) => {
          if (!live) return;
          setProgress(p);
          // Nothing running (not started yet, or just finished): the backend answers at once, so wait.
          timer = setTimeout(ask, p ? 0 : 100);
        })
        .catch(() => undefined);
    ask();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, importing]);

  const choose = async (picked: File | null) => {
    setChosen(picked);
    setResult(null);
    setFailure(null);
    setCancelled(false);
    setMapping(undefined);
    setDecimal(undefined);
    setDateOrder(undefined);
    setDefaultPlatform(undefined);
    setShareScales({});
    setRemembered(null);
    setConfirmed(false);
    setNameDate(picked ? readFileNameDate(picked.name, locale, localToday()) : { kind: 'none' });
    setAsOfSet(undefined);
    const fits = !picked || picked.size <= maxImportFileBytes;
    setTooLarge(fits ? null : picked.size);
    setFile(picked && fits ? { name: picked.name, bytes: new Uint8Array(await picked.arrayBuffer()) } : null);
  };

  const runImport = async () => {
    if (!file || !preview?.ok || !canImport) return;
    setImporting(true);
    setProgress(null);
    setFailure(null);
    setCancelled(false);
    try {
      // The file, not its rows: the backend reads it again as previewed (mapping, decimal separator)
      // and refuses it if it does not come to the rows the user was offered.
      const done = await api.creators.import(importRequestFor(file, preview, { currency: settings.currency, onExisting, ...(asOf ? { asOf } : {}) }));
      setResult({ ...done, asOf: datedRows > 0 ? null : asOf, leftOut: invalidRows });
      await queryClient.invalidateQueries({ queryKey: queryKeys.creators });
    } catch (error) {
      if (isCancelled(error)) setCancelled(true);
      else setFailure(apiErrorText(t, error));
    } finally {
      setImporting(false);
      setCancelling(false);
    }
  };

  // The backend stops at its next pause and rolls back; `runImport` then sees the refusal.
  // Refused (false) once it is saving: that import completes and its result is shown.
  const cancelImport = async () => {
    setCancelling(true);
    const accepted = await api.creators.importCancel().catch(() => false);
    if (!accepted) setCancelling(false);
  };

  const template = () => {
    const header = language === 'nl' ? csvTemplateHeaderNl : csvTemplateHeader;
    downloadText(t('csvImport.templateName'), toCsv(header, [], { ...exportDialectFor(locale), bom: true }));
  };

  // Past the last step once imported: every step shows as done.
  const step = result ? 3 : file ? 1 : 0;
  const invalidRows = preview?.ok ? new Set(preview.problems.filter((p) => p.line > 0).map((p) => p.line)).size : 0;
  const tooManyRows = preview?.ok === true && preview.rows.length > maxImportRows;
  const toWrite = preview?.ok ? rowsToWrite(preview.rows.length, match, onExisting) : 0;
  const { dated: datedRows, furtherDays } = useMemo(() => (preview?.ok ? rowDayCounts(preview.rows, match, onExisting) : { dated: 0, furtherDays: 0 }), [preview, match, onExisting]);
  const nameOnLine = useMemo(() => new Map(preview?.ok ? preview.rows.map((r) => [r.line, r.name]) : []), [preview]);
  // The file's day is only needed for rows that give none.
  const canImport = !rereading && preview?.ok && preview.rows.length > 0 && !tooManyRows && (invalidRows === 0 || confirmed) && (asOf !== null || everyRowDated) && !importing;

  return (
    <Stack maw={1100}>
      <Anchor component={Link} to="/creators" size="sm">
        ← {t('csvImport.back')}
      </Anchor>
      <Title order={2}>{t('csvImport.title')}</Title>
      <Stepper active={step} size="sm">
        <Stepper.Step label={t('csvImport.stepFile')} />
        <Stepper.Step label={t('csvImport.stepCheck')} />
        <Stepper.Step label={t('csvImport.stepDone')} />
      </Stepper>

      <Group align="flex-end">
        <FileInput w={360} label={t('csvImport.chooseFile')} description={t('csvImport.chooseHelp')} accept=".csv,.txt,text/csv" clearable value={chosen} onChange={(f) => void choose(f)} />
        <Button variant="subtle" onClick={template}>
          {t('csvImport.template')}
        </Button>
      </Group>

      {tooLarge !== null && (
        <Alert color="red" role="alert" title={t('csvImport.failed')}>
          {t('csvImport.tooLarge', { size: number(tooLarge / 2 ** 20, 1), max: number(maxImportFileBytes / 2 ** 20, 0) })}
        </Alert>
      )}
      {file && !preview && <Text>{t('csvImport.reading', { name: file.name })}</Text>}
      {preview && !preview.ok && (
        <Alert color="red" role="alert" title={t('csvImport.failed')}>
          {problemText(preview.problem)}
        </Alert>
      )}

      {preview?.ok && !result && (
        <Stack>
          <Group>
            <Text size="sm" data-testid="import-detected">
              {t('csvImport.detected', {
                encoding: preview.encoding.toUpperCase(),
                delimiter: t(`csvImport.delimiters.${preview.delimiter}`),
                decimal: preview.decimal === ',' ? t('csvImport.decimalComma') : t('csvImport.decimalPoint'),
                records: preview.recordCount,
              })}
            </Text>
            <Select
              size="xs"
              w={180}
              aria-label={t('csvImport.decimalOverride')}
              data={[
                { value: ',', label: t('csvImport.decimalComma') },
                { value: '.', label: t('csvImport.decimalPoint') },
              ]}
              value={preview.decimal}
              allowDeselect={false}
              onChange={(v) => setDecimal(v as DecimalSeparator)}
            />
          </Group>

          <ImportMapping
            header={preview.header}
            samples={preview.samples}
            mapping={preview.mapping}
            onChange={(next) => {
              setRemembered(null);
              setMapping(next);
            }}
            remembered={remembered?.from === file}
            onUseAutomatic={() => {
              setRemembered(null);
              setMapping(undefined);
              setDefaultPlatform(undefined);
            }}
          />
          <ImportPlatform header={preview.header} mapping={preview.mapping} value={preview.defaultPlatform} from={preview.defaultPlatformFrom} onChange={setDefaultPlatform} />
          <ImportShares header={preview.header} mapping={preview.mapping} decimal={preview.decimal} columns={preview.shareColumns} onChange={(field, scale) => setShareScales((s) => ({ ...s, [field]: scale }))} />

          <ImportProblems problems={preview.problems} />

          <Text fw={500} data-testid="import-valid">
            {t('csvImport.valid', { count: preview.rows.length })}
          </Text>
          <ImportStatusNote rows={preview.rows} />
          {match && <ImportMatchNotes match={match} updating={onExisting === 'update'} nameOnLine={(line) => nameOnLine.get(line) ?? null} />}
          <Radio.Group label={t('csvImport.onExisting')} value={onExisting} onChange={(v) => setOnExisting(v as OnExisting)}>
            <Stack gap={4} mt={4}>
              <Radio value="update" label={t('csvImport.onExistingUpdate')} />
              <Radio value="skip" label={t('csvImport.onExistingSkip')} />
              <Radio value="new" label={t('csvImport.onExistingNew')} />
            </Stack>
          </Radio.Group>
          <ImportDates
            header={preview.header}
            mapping={preview.mapping}
            dateOrder={preview.dateOrder}
            dateOrderGuessed={preview.dateOrderFrom === 'format'}
            onDateOrder={setDateOrder}
            everyRowDated={everyRowDated}
            datedRows={datedRows}
            furtherDays={furtherDays}
            asOf={{ value: asOf, setByUser: asOfSet !== undefined, nameDate, today, onChange: setAsOfSet }}
          />
          {invalidRows > 0 && preview.rows.length > 0 && (
            <Checkbox
              checked={confirmed}
              onChange={(e) => setConfirmed(e.currentTarget.checked)}
              label={t('csvImport.confirmPartial', { count: preview.rows.length, leftOut: t('csvImport.leftOut', { count: invalidRows }) })}
            />
          )}
          {tooManyRows && (
            <Alert color="red" role="alert" title={t('csvImport.failed')}>
              {t('csvImport.tooManyRows', { count: preview.rows.length, max: maxImportRows })}
            </Alert>
          )}
          {importing && <ImportProgress rows={preview.rows.length} progress={progress} />}
          {failure && (
            <Alert color="red" role="alert" title={t('csvImport.failed')}>
              {failure}
            </Alert>
          )}
          {cancelled && (
            <Alert color="gray" title={t('csvImport.cancelled')} data-testid="import-cancelled">
              {t('csvImport.cancelledText')}
            </Alert>
          )}
          <Group>
            <Button disabled={!canImport} loading={importing} onClick={() => void runImport()}>
              {toWrite === preview.rows.length ? t('csvImport.import', { count: toWrite }) : t('csvImport.importSkipping', { count: toWrite, skipped: preview.rows.length - toWrite })}
            </Button>
            {importing && (
              <Button variant="default" disabled={cancelling || progress?.step === 'saving'} onClick={() => void cancelImport()}>
                {cancelling ? t('csvImport.cancelling') : t('csvImport.cancel')}
              </Button>
            )}
          </Group>
        </Stack>
      )}

      {result && (
        <Alert color="green" title={t('csvImport.done')} data-testid="import-result">
          <Stack gap="xs">
            <Text>
              {t('csvImport.summary', {
                created: t('csvImport.summaryCreated', { count: result.created }),
                updated: t('csvImport.summaryUpdated', { count: result.updated }),
                added: t('csvImport.summaryAdded', { count: result.addedAccounts }),
                skipped: t('csvImport.summarySkipped', { count: result.skipped }),
              })}
            </Text>
            {result.unchanged > 0 && <Text data-testid="import-unchanged">{t('csvImport.summaryUnchanged', { count: result.unchanged })}</Text>}
            {result.leftOut > 0 && <Text data-testid="import-left-out">{t('csvImport.summaryLeftOut', { count: result.leftOut })}</Text>}
            {result.historyInFile > 0 && <Text data-testid="import-history-in-file">{t('csvImport.summaryHistoryInFile', { count: result.historyInFile })}</Text>}
            {result.inBin > 0 && <Text>{t('csvImport.summaryInBin', { count: result.inBin })}</Text>}
            {result.historyOnly > 0 && (
              <Text data-testid="import-history-only">
                {result.asOf ? t('csvImport.summaryHistoryOnly', { count: result.historyOnly, date: date(result.asOf) }) : t('csvImport.summaryHistoryOnlyOwnDays', { count: result.historyOnly })}
              </Text>
            )}
            <Group>
              <Button component={Link} to="/creators" size="xs">
                {t('csvImport.toRoster')}
              </Button>
              <Button size="xs" variant="light" onClick={() => void choose(null)}>
                {t('csvImport.another')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}

function isCancelled(error: unknown): boolean {
  return error instanceof ApiError && error.issues.some((issue) => issue.rule === 'importCancelled');
}
