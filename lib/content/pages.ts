import { isBillPage, isBillsList } from '../clio/pages';

export interface FeaturePage {
  name: string;
  matches: (url: string | URL) => boolean;
}

/**
 * The Clio pages Remit adds features to. The loader injects the feature bundle the first time a tab
 * shows one of them; each feature's own predicate then decides whether it runs. A new page is one entry.
 */
export const featurePages: readonly FeaturePage[] = [
  { name: 'bill', matches: isBillPage },
  { name: 'bills list', matches: isBillsList },
];

export const isFeaturePage = (url: string | URL) => featurePages.some((page) => page.matches(url));
