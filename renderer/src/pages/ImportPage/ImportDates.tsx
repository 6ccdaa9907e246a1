import { Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { columnsByField, dateOrders, type ColumnMapping, type DateOrder } from '@shared/csv';
import { ImportAsOf, type ImportAsOfProps } from './ImportAsOf';

export interface ImportDatesProps {
  header: readonly string[];
  mapping: ColumnMapping;
  /** How the file's days were read, and the user's correction of it. */
  dateOrder: DateOrder;
  /** The order came from the user's format, because the file's days did not say. */
  dateOrderGuessed: boolean;
  onDateOrder: (order: DateOrder) => void;
  /** Whether no row needs the file's day; how many rows give their own. */
  everyRowDated: boolean;
  datedRows: number;
  /** Rows of an account the file already holds on another day. */
  furtherDays: number;
  /** The file's own day, for the rows that give none. */
  asOf: ImportAsOfProps;
}

/**
 * When the figures were measured: per row where the file has a "figures as of" column (read in
 * an order of day and month the user can correct, as the decimal separator), and one day for
 * the rest. When every row gives its own day there is no rest, and the field is not asked for.
 */
export function ImportDates({ header, mapping, dateOrder, dateOrderGuessed, onDateOrder, everyRowDated: allDated, datedRows, furtherDays, asOf }: ImportDatesProps) {
  const { t } = useTranslation();
  const dateColumn = columnsByField(mapping).figuresAsOf;
  if (dateColumn === undefined) return <ImportAsOf {...asOf} />;
  const column = header[dateColumn] ?? '';
  return (
    <Stack gap="xs">
      <Select
        w={260}
        size="xs"
        label={t('csvImport.dateOrder')}
        data={dateOrders.map((order) => ({ value: order, label: t(`csvImport.dateOrderExamples.${order}`) }))}
        value={dateOrder}
        allowDeselect={false}
        onChange={(value) => value && onDateOrder(value as DateOrder)}
      />
      {dateOrderGuessed && datedRows > 0 && (
        <Text size="sm" c="orange.8" data-testid="import-date-order-guessed">
          {t('csvImport.dateOrderFromFormat', { order: t(`csvImport.dateOrders.${dateOrder}`) })}
        </Text>
      )}
      {/* A mapped column whose cells are all empty dates nothing: then the file's day is simply the day. */}
      {datedRows > 0 && (
        <Text size="sm" data-testid="import-dated-rows">
          {allDated ? t('csvImport.allRowsDated', { column }) : t('csvImport.datedRows', { count: datedRows, column })}
        </Text>
      )}
      {furtherDays > 0 && (
        <Text size="sm" data-testid="import-further-days">
          {t('csvImport.furtherDays', { count: furtherDays })}
        </Text>
      )}
      {!allDated && <ImportAsOf {...asOf} {...(datedRows > 0 ? { label: t('csvImport.asOfForUndated') } : {})} />}
    </Stack>
  );
}
