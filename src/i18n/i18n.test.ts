import { describe, expect, it } from 'vitest';
import { formatEventWhen, formatLongDate, formatTime, isLang, langCodes, languages, ui } from './index.ts';

describe('language list', () => {
  it('uses BCP 47 codes with Polish first as the source language', () => {
    expect(langCodes).toEqual(['pl', 'en', 'uk']);
    expect(isLang('uk')).toBe(true);
    expect(isLang('ua')).toBe(false);
    expect(isLang('toString')).toBe(false);
    for (const code of langCodes) expect(languages[code].code).toBe(code);
  });

  it('has a complete dictionary for every language', () => {
    const keys = Object.keys(ui('pl')).sort();
    for (const lang of langCodes) {
      expect(Object.keys(ui(lang)).sort()).toEqual(keys);
      expect(Object.keys(ui(lang).languageNames).sort()).toEqual([...langCodes].sort());
    }
  });
});

describe('formatLongDate', () => {
  it('writes the date the way each language does, month in the genitive', () => {
    expect(formatLongDate('2024-06-19', 'pl')).toBe('19 czerwca 2024');
    expect(formatLongDate('2024-06-19', 'en')).toBe('19 June 2024');
    expect(formatLongDate('2024-06-19', 'uk')).toBe('19 червня 2024 р.');
  });

  it('does not shift the day across time zones', () => {
    expect(formatLongDate('2024-01-01', 'en')).toBe('1 January 2024');
    expect(formatLongDate('2024-12-31', 'en')).toBe('31 December 2024');
  });
});

describe('formatTime and formatEventWhen', () => {
  it('uses the 24-hour clock for pl and uk, and am/pm for en', () => {
    expect(formatTime('2024-06-19T17:00', 'pl')).toBe('17:00');
    expect(formatTime('2024-06-19T17:00', 'uk')).toBe('17:00');
    expect(formatTime('2024-06-19T17:00', 'en')).toBe('5 pm');
    expect(formatTime('2024-06-19T09:30', 'en')).toBe('9:30 am');
  });

  it('writes the weekday, date and time range', () => {
    expect(formatEventWhen('2024-06-19T17:00', '2024-06-19T19:00', 'pl')).toBe('środa, 19 czerwca 2024, 17:00–19:00');
    expect(formatEventWhen('2024-06-19T17:00', undefined, 'en')).toBe('Wednesday, 19 June 2024, 5 pm');
    expect(formatEventWhen('2024-06-19T17:00', '2024-06-20T10:00', 'uk')).toBe('середа, 19 червня 2024 р., 17:00 – четвер, 20 червня 2024 р., 10:00');
  });
});

describe('floor wording', () => {
  it('names the ground floor and numbers floors as in the building', () => {
    expect(ui('pl').floor(0)).toBe('parter');
    expect(ui('pl').floor(1)).toBe('1 piętro');
    expect(ui('en').floor(1)).toBe('1st floor');
    expect(ui('en').floor(12)).toBe('12th floor');
    expect(ui('en').floor(22)).toBe('22nd floor');
    expect(ui('uk').floor(1)).toBe('1-й поверх (над партером)');
  });
});
