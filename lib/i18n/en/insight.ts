/** Collection insight: the figures Clio does not give, and how each is worked out. */
export const insightText = {
  'insight.open': 'Collection insight',
  'insight.heading': 'Collection insight',
  'insight.back': 'Back to the bills',
  'insight.history_being_read':
    'The first sync is still reading the firm’s history: these figures stand on part of it until it ends.',
  'insight.unreadable': 'The insight could not be worked out.',
  'insight.days_to_pay': 'Days to pay, last 90 days',
  'insight.days_to_pay_none': 'No bill paid in the last 90 days',
  'insight.days_value': '{days, plural, one {# day} other {# days}}',
  'insight.days_to_pay_formula':
    '{bills, plural, one {From # bill} other {From # bills}} paid in full by a payment in the last 90 days: the days from issue to that payment, averaged with each bill weighted by what it asked the client to pay, after discounts. Bills closed by a credit note are left out.',
  'insight.clients': 'Who takes longest to pay, against the 90 days before',
  'insight.last_90_days': 'Last 90 days',
  'insight.90_days_before': 'The 90 days before',
  'insight.change': 'Change',
  'insight.slower': '{days, plural, one {# day slower} other {# days slower}}',
  'insight.faster': '{days, plural, one {# day faster} other {# days faster}}',
  'insight.collected': 'Collected versus billed, last 12 months',
  'insight.month': 'Month',
  'insight.billed': 'Billed',
  'insight.collected_column': 'Collected',
  'insight.reversed': 'Reversed',
  'insight.collected_formula':
    'Billed: the totals of bills issued in the month and not voided since. Collected: payments applied in the month, less payments Clio voided in the month (refunds, chargebacks, reversals), shown apart as reversed. Credit notes are neither.',
  'insight.roll_forward': 'Aging roll-forward, this month',
  'insight.roll_column':
    '{column, select, opening {Opening} paid {Paid} credited {Credited} reinstated {Voided, owed again} movedOut {Aged on} movedIn {Aged in} added {New bills} other {Closing}}',
  'insight.roll_forward_formula':
    'Per bucket of days past due: closing = opening − paid − credited + voided, owed again − aged on + aged in + new bills. Opening is what was owed at the end of last month, rebuilt from today’s balances, this month’s payments and credits, and earlier ones voided this month; bills voided this month are left out. New bills are the bills issued this month in full; what was paid or credited on them is in paid and credited.',
  'insight.trend': 'Outstanding, last 12 weeks',
  'insight.week_ending': 'Week ending',
  'insight.trend_formula':
    'What was owed at the end of each week, from the figure Remit keeps each day it syncs; weeks before Remit kept one show a dash.',
  'insight.popup_days_to_pay': 'Days to pay, last 90 days: {days}',
} as const;
