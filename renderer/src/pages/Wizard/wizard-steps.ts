import type { PlatformAnswers } from '@shared/domain/platform-advice';

/** The wizard's questions in order, each with its options (booleans as yes/no). */
export const wizardSteps: { key: keyof PlatformAnswers; options: readonly string[] }[] = [
  { key: 'audienceAge', options: ['genZ', 'millennials', 'genX', 'mixed'] },
  { key: 'category', options: ['lifestyle', 'beauty', 'fashion', 'fitness', 'food', 'tech', 'travel', 'other'] },
  { key: 'contentStyle', options: ['polished', 'authentic'] },
  { key: 'budgetSize', options: ['small', 'medium', 'large'] },
  { key: 'socialCommerce', options: ['yes', 'no'] },
  { key: 'goal', options: ['awareness', 'engagement', 'conversions'] },
  { key: 'longTermPartnerships', options: ['yes', 'no'] },
];

export function optionOf(answers: PlatformAnswers, key: keyof PlatformAnswers): string {
  const value = answers[key];
  return typeof value === 'boolean' ? (value ? 'yes' : 'no') : value;
}

export function withOption(answers: PlatformAnswers, key: keyof PlatformAnswers, option: string): PlatformAnswers {
  const current = answers[key];
  return { ...answers, [key]: typeof current === 'boolean' ? option === 'yes' : option };
}

/** The planner's URL for a plan pre-filled with the recommended platform split (whole percents). */
export function planUrlFor(name: string, split: Record<'instagram' | 'tiktok' | 'youtube', number>): string {
  const params = new URLSearchParams({ name, instagram: String(split.instagram), tiktok: String(split.tiktok), youtube: String(split.youtube) });
  return `/plans/new?${params.toString()}`;
}
