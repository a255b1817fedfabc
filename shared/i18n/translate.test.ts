import { describe, expect, it } from 'vitest';
import { translate } from './translate';

describe('translate: Dutch plurals', () => {
  it('writes one and other forms after a count', () => {
    expect(translate('programme.groupHours', { count: 1, hours: '900 uur' })).toBe(
      '1 activiteit · 900 uur',
    );
    expect(translate('programme.groupHours', { count: 2, hours: '900 uur' })).toBe(
      '2 activiteiten · 900 uur',
    );
    expect(translate('programme.groupHours', { count: 0, hours: '0 uur' })).toBe(
      '0 activiteiten · 0 uur',
    );
  });
  it('reads a count given as text', () => {
    expect(translate('data.contentsValue', { programmes: '1', activities: '41' })).toBe(
      '1 programma, 41 activiteiten',
    );
    expect(translate('data.contentsValue', { programmes: 2, activities: 1 })).toBe(
      '2 programma’s, 1 activiteit',
    );
  });
  it('agrees the verb too', () => {
    expect(translate('displace.result', { title: 'X', count: 1 })).toBe(
      'Als „X” erin gaat, valt 1 activiteit onder de lijn.',
    );
  });
  it('leaves a placeholder without a value as it is', () => {
    expect(translate('programme.groupHours', {})).toBe(
      '{count} {count:activiteit|activiteiten} · {hours}',
    );
  });
});
