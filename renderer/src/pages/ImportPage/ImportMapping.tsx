import { Alert, Button, Code, Group, Select, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { creatorFields, type ColumnMapping, type CreatorField } from '@shared/csv';

export interface ImportMappingProps {
  header: readonly string[];
  samples: readonly (readonly string[])[];
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
  /** Set while the mapping is the one remembered from the last import of these headers. */
  remembered: boolean;
  onUseAutomatic: () => void;
}

/** The mapping with `field` on `column`, and taken from any other column that had it. */
export function withField(mapping: ColumnMapping, column: number, field: CreatorField | null): ColumnMapping {
  return mapping.map((current, i) => (i === column ? field : field !== null && current === field ? null : current));
}

/**
 * Which creator field each column of the file fills. A field goes to one column only: giving it
 * to another column takes it from the first, which then shows "Ignore this column".
 */
export function ImportMapping({ header, samples, mapping, onChange, remembered, onUseAutomatic }: ImportMappingProps) {
  const { t } = useTranslation();
  const fieldOptions = useMemo(
    () => [{ value: '', label: t('csvImport.ignore') }, ...creatorFields.map((f) => ({ value: f, label: t(`csvImport.fields.${f}`) }))],
    [t],
  );
  const assign = (column: number, field: CreatorField | null) => onChange(withField(mapping, column, field));

  return (
    <>
      <Title order={3} size="h5">
        {t('csvImport.mapping')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('csvImport.mappingHelp')}
      </Text>
      {remembered && (
        <Alert color="blue" data-testid="import-mapping-remembered">
          <Group justify="space-between" gap="xs">
            <Text size="sm">{t('csvImport.mappingRemembered')}</Text>
            <Button size="xs" variant="subtle" onClick={onUseAutomatic}>
              {t('csvImport.mappingUseAutomatic')}
            </Button>
          </Group>
        </Alert>
      )}
      <Table withTableBorder striped data-testid="import-mapping">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('csvImport.column')}</Table.Th>
            <Table.Th>{t('csvImport.field')}</Table.Th>
            <Table.Th>{t('csvImport.sample')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {header.map((name, i) => (
            <Table.Tr key={`${name}-${i}`}>
              <Table.Td>
                <Code>{name}</Code>
              </Table.Td>
              <Table.Td>
                <Select
                  size="xs"
                  aria-label={`${t('csvImport.field')}: ${name}`}
                  data={fieldOptions}
                  value={mapping[i] ?? ''}
                  allowDeselect={false}
                  onChange={(v) => assign(i, (v || null) as CreatorField | null)}
                />
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed" truncate maw={360}>
                  {samples[i]?.filter(Boolean).join(' · ')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
