import type { TFunction } from 'i18next';
import type { Deliverable } from '@shared/calc/pricing';
import type { Platform } from '@shared/calc/tiers';

/**
 * A deliverable's name, as its platform calls it where one is known: the short vertical video is
 * a Reel on Instagram and a Short on YouTube ("Reel / Short" where no platform is given).
 */
export function deliverableName(t: TFunction, type: Deliverable, platform?: Platform): string {
  const general = t(`creator.deliverables.${type}`, { defaultValue: type });
  return platform ? t(`creator.deliverableOn.${platform}.${type}`, { defaultValue: general }) : general;
}
