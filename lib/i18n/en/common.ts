/** Words for what goes wrong anywhere: the fallbacks when nothing more precise is known. */
export const commonText = {
  'common.internal_error': 'Something went wrong inside Remit.',
  'common.unknown_message': 'Unknown message.',
  'common.invalid_request': 'Remit could not read this request: {detail}',
  'common.page_failed': 'Remit failed in the page.',
  'common.background_unreachable':
    'Remit could not reach its background service. Reload the page and try again.',
  'common.refused_sender': 'Remit does not take this request from here.',
  'common.refused_other_bill': 'A Clio page may ask Remit only about the bill it shows.',
  'common.refused_other_clio':
    'Remit is connected to another region’s Clio: this page’s bills are not that firm’s bills.',
  'common.clio_tabs_only': 'Remit’s features load only into Clio tabs.',
} as const;
