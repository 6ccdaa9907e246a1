import { Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlatformAnswers } from '@shared/domain/platform-advice';
import { optionOf, wizardSteps } from './wizard-steps';

/** The answers the recommendation rests on, worded as the wizard asked them, so a client can check them. */
export function AdviceAnswers({ answers }: { answers: PlatformAnswers }) {
  const { t } = useTranslation();
  return (
    <section data-testid="advice-answers">
      <Title order={2} size="h4" mb="xs">
        {t('wizard.answers')}
      </Title>
      <Table withTableBorder>
        <Table.Tbody>
          {wizardSteps.map((step) => (
            <Table.Tr key={step.key}>
              <Table.Th scope="row" w="55%">
                {t(`wizard.questions.${step.key}.label`)}
              </Table.Th>
              <Table.Td>{t(`wizard.questions.${step.key}.${optionOf(answers, step.key)}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}
