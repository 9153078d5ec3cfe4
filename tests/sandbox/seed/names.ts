export const FIRST_NAMES = [
  'Maya', 'Liam', 'Noor', 'Tomás', 'Aiko', 'Priya', 'Oskar', 'Chiara', 'Kwame', 'Elena',
  'Dmitri', 'Fatima', 'Hugo', 'Ingrid', 'Jamal', 'Leila', 'Mateo', 'Nadia', 'Pablo', 'Rosa',
];

export const LAST_NAMES = [
  'Okafor', 'Lindqvist', 'Haddad', 'Moreau', 'Tanaka', 'Reyes', 'Kowalski', 'Brennan', 'Ferreira', 'Singh',
  'Novak', 'Abara', 'Whitfield', 'Castillo', 'Sørensen', 'Yilmaz', 'Dubois', 'Mensah', 'Rossi', 'Park',
];

export const COMPANY_WORDS = [
  'Harbor', 'Summit', 'Cedar', 'Northwind', 'Bluestone', 'Meridian', 'Redwood', 'Atlas', 'Juniper', 'Granite',
];

export const COMPANY_SUFFIXES = ['LLC', 'Inc.', 'Ltd.', 'Holdings', 'Group', 'Partners'];

export const MATTER_TOPICS = [
  'Contract review', 'Employment dispute', 'Real estate closing', 'Estate planning', 'Trademark registration',
  'Commercial lease', 'Personal injury claim', 'Corporate restructuring', 'Immigration petition', 'Debt recovery',
];
