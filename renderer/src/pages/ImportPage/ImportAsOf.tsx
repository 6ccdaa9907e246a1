import { useTranslation } from 'react-i18next';
import type { FileNameDate } from '@shared/csv';
import { firstPlatformDay } from '@shared/domain/platform-start';
import { DateField } from '../../components/DateField';
import { usePreferences } from '../../preferences/preferences';

export interface ImportAsOfProps {
  /** The figures' day in effect; null while the field holds no date. */
  value: string | null;
  /** Whether the user set it (else it is the name's day or today). */
  setByUser: boolean;
  /** What the file's name says of its day. */
  nameDate: FileNameDate;
  today: string;
  onChange: (day: string | null) => void;
  /** Another label than "Figures as of" (for the rows of a file that give no day of their own). */
  label?: string;
}

/** The day the file's figures were measured, saying where it came from or why the name's day was not taken. */
export function ImportAsOf({ value, setByUser, nameDate, today, onChange, label }: ImportAsOfProps) {
  const { t } = useTranslation();
  const { date } = usePreferences();
  const description = () => {
    if (nameDate.kind === 'day' && value === nameDate.day) return t('csvImport.asOfFromName');
    if (!setByUser && nameDate.kind === 'future') return t('csvImport.asOfNameFuture', { date: date(nameDate.day) });
    if (!setByUser && nameDate.kind === 'several') return t('csvImport.asOfNameSeveral', { dates: nameDate.days.map((day) => date(day)).join(', ') });
    return t('csvImport.asOfHelp');
  };
  return <DateField w={420} required withAsterisk label={label ?? t('csvImport.asOf')} description={description()} value={value} onChange={onChange} minDate={firstPlatformDay} maxDate={today} />;
}
