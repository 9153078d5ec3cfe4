/**
 * Names and descriptions that break careless rendering or templating: markup, bidi overrides,
 * emoji, very long text, quotes and a template placeholder.
 */
export const HOSTILE_CLIENT_NAMES = [
  '<img src=x onerror=alert(1)>',
  '<script>alert("remit")</script> LLP',
  'Abdel \u202Eorez\u202C Trading',
  '🦄 Unicorn Ventures 💸',
  `Very Long Name ${'Abcdefghij '.repeat(27)}`.slice(0, 300),
  `O'Brien & "Sons" <Ltd>`,
  '{client} Partners',
];

export const HOSTILE_MATTER_DESCRIPTIONS = [
  'Lease dispute <img src=x onerror=alert(1)>',
  '<script>alert("remit")</script> merger',
  'Estate of \u202Enamreh\u202C',
  'Trademark 🚀 filing ✅',
  `Review ${'of contracts and correspondence '.repeat(10)}`.slice(0, 300),
  `Sale of "Mill House" & yard <b>urgent</b> O'Neil`,
  'Invoice for {client} re {matter}',
];
